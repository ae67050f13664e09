""" "What's new in the update?" is answered with what a story's latest report says that its earlier
report did not: the new figures and findings, not the facts both tell.

The real model and an embedded Chroma answer over two reports of one quake written for these tests.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.kinds import asks_what_is_new, classify

from ..conftest import assistant_over_written_articles

ARTICLES = {
    "quake-first.md": (
        "Strong earthquake hits Melitsa, killing at least four",
        "2025-10-14",
        [
            "A strong earthquake struck the town of Melitsa in western Greece on Tuesday evening, killing "
            "at least four people and damaging hundreds of homes, officials said.",
            "The quake had a preliminary magnitude of 6.1, the national seismic service said.",
            "Schools across the municipality will stay closed on Wednesday so that buildings can be checked.",
            "Rescue teams were searching a collapsed guesthouse in the old town for three people missing.",
        ],
    ),
    "quake-update.md": (
        "Melitsa earthquake: death toll rises to 11 as search ends",
        "2025-10-18",
        [
            "Rescue teams called off the search for survivors in Melitsa on Friday after the last three "
            "people missing since Tuesday's earthquake were found dead, bringing the death toll to 11.",
            "The quake had a preliminary magnitude of 6.1, the national seismic service said at first.",
            "The government declared a state of emergency for the municipality and approved 15 million "
            "euros in emergency aid.",
            "The collapse of the guesthouse is now the subject of a criminal investigation.",
        ],
    ),
    "harbour.md": (
        "Harbour festival draws record crowds",
        "2025-10-12",
        ["The Kessel harbour festival drew a record 40,000 visitors over the weekend, organisers said."],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "what-is-new")


@pytest.mark.slow
def test_whats_new_in_the_update_is_what_the_first_report_did_not_say(reader: Assistant) -> None:
    answer = reader.ask("what's new in the update that wasnt in the first report?")
    assert not answer.abstained, answer.text
    assert {c.article_id for c in answer.citations} == {"quake-update"}
    assert "state of emergency" in answer.text and "criminal investigation" in answer.text
    assert "preliminary magnitude of 6.1" not in answer.text  # both reports say it


@pytest.mark.parametrize(
    ("question", "new"),
    [
        ("what's new in the update?", True),
        ("what new information came out in the later report?", True),
        ("anything new since the first report on the quake?", True),
        ("what did the update add", True),
        ("what new rules come in next year?", False),  # no report named
        ("what is new about the vaccine", False),
    ],
)
def test_what_is_new_in_a_later_report(question: str, new: bool) -> None:
    assert asks_what_is_new(question) is new


def test_a_question_of_two_parts_stays_two_parts() -> None:
    plan = classify("what did the first report say about the danger, and what did the later story add?")
    assert plan.kind == "multi_part" and not plan.new_only
