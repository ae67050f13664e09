"""Two parts of a question that read closest to the same sentence: the part that asks for a value
keeps it, and the other takes the next sentence of that paragraph that answers it.

Real model and an embedded Chroma over a short article written for this test: one paragraph names
the harbourmaster and says what she did first, then "She said…" gives her promise.
"""

from __future__ import annotations

import pytest

from assistant import Assistant

from ..conftest import assistant_over_written_articles

pytestmark = pytest.mark.slow

ARTICLES = {
    "storm.md": (
        "Storm Wrecks Boats in Kellan Harbour",
        "2026-10-04",
        [
            "A storm with gusts of up to 130 kilometres an hour tore through Kellan on Saturday night, "
            "sinking eleven boats in the harbour and flooding the lower town.",
            "The coastguard said no one was hurt, although two fishermen had to be pulled from the water "
            "after their moorings gave way.",
            "The town's harbourmaster, Captain Ines Varga, who last year promised boat owners a higher "
            "harbour wall, thanked the volunteers who had worked through the night. She said that the port "
            "would refund the mooring fees of every vessel that was damaged.",
            "Forecasters expect calmer weather from Tuesday.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "part-collisions")


def test_a_part_asking_for_no_value_takes_the_next_sentence_of_the_paragraph(reader: Assistant) -> None:
    answer = reader.ask("What did the harbourmaster promise the boat owners, and who is she?")
    assert answer.trace.kind == "multi_part" and not answer.abstained
    assert "Ines Varga" in answer.text, answer.text
    assert "refund the mooring fees" in answer.text, answer.text
