"""List answers: what readers are told to do, given as "asked / urged … to <verb>".

Real model and an embedded Chroma over a short article written for these tests, in which a
sentence shares more of the question's words ("if every resident used less power…") than the
one that answers it ("Residents have been urged to run…").
"""

from __future__ import annotations

import pytest

from assistant import Assistant

from ..conftest import assistant_over_written_articles

pytestmark = pytest.mark.slow

ARTICLES = {
    "grid.md": (
        "Power Grid Strained as Heatwave Continues",
        "2026-07-14",
        [
            "The regional grid operator Eastline Power warned on Tuesday that supplies could be cut in "
            "parts of the Dunmore valley if demand keeps rising during the heatwave.",
            "Residents have been urged to run washing machines and dishwashers at night, to switch off "
            "air conditioning in empty rooms and to close curtains during the hottest hours. Eastline's "
            "chief engineer, Paula Hale, said that if every resident used less power in the afternoon, "
            "the grid would cope without cuts.",
            "Demand reached a record 4.2 gigawatts on Monday afternoon, the company said.",
            "Two hospitals in the valley have been fitted with backup generators since the last heatwave, "
            "in 2023.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "list-answers")


def test_what_people_are_told_to_do_is_the_sentence_that_asks_them_to(reader: Assistant) -> None:
    answer = reader.ask("What are residents being told to do to use less power?")
    assert not answer.abstained
    assert answer.text.startswith("Residents have been urged to run washing machines")
