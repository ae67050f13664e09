"""A yes/no question after a comma ("…, and can people swim in the river?") is answered as a part
of its own: its sentence is in another paragraph than the first part's.

Real model and an embedded Chroma over a short article written for this test.
"""

from __future__ import annotations

import pytest

from assistant import Assistant

from ..conftest import assistant_over_written_articles

pytestmark = pytest.mark.slow

ARTICLES = {
    "spill.md": (
        "Chemical Spill Kills Fish in the River Wey",
        "2026-06-02",
        [
            "A chemical spill from a paint factory in Ashby killed fish along two kilometres of the River "
            "Wey on Monday, the regional water authority said.",
            "The factory's owner, Brightcoat, said a valve had failed during a night shift and that the "
            "leak was stopped within an hour.",
            "Inspectors found dead trout, perch and pike below the factory's outfall.",
            "Swimming and paddling are banned between the Ashby weir and the old stone bridge until tests "
            "show the water is clean, the authority said.",
            "Brightcoat employs about 300 people at the Ashby site.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "yes-no-parts")


def test_a_yes_no_part_after_the_comma_gets_its_own_sentence(reader: Assistant) -> None:
    answer = reader.ask("Which fish died, and can people go swimming in the river?")
    assert answer.trace.kind == "multi_part" and not answer.abstained
    assert "banned between the Ashby weir" in answer.text
