"""A question for the name of a person ("what's the name of the other burned worker?") is answered
only by a person's full name: a firm, a place, a body or a day named in the sentence is not one.

The pure rule is tested on sentences; the answers with the real model and an embedded Chroma over a
short article written for these tests, which names one of two burned workers and not the other.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.extractive import _full_names, answer_values
from assistant.answer.kinds import classify

from ..conftest import assistant_over_written_articles


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("A worker was burned in Monday night's fire at the Dalby Chemicals plant, the Agency said.", 0),
        ("Water from the blaze reached the River Tane near Eastholm on Thursday.", 0),
        ("Detective Sergeant Owen Price said the inquiry was moving quickly.", 1),
        ("The men were named as Karl Sand and Ivo Brandt.", 2),
    ],
)
def test_a_full_name_names_no_place_body_or_day(sentence: str, names: int) -> None:
    assert len(_full_names(sentence, set())) == names


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("That is the highest turnout for a mayoral race in Port Calder since 2006.", []),
        ("Turnout was up sharply at Harbor Hall and across the Eastside wards.", []),
        ("The winner, Adaeze Morrow, took 53 percent of the vote in Port Calder.", ["Adaeze", "Morrow,"]),
        ("The deal was signed by the Harbour Trust on Monday.", ["Harbour", "Trust"]),  # a body answers who
    ],
)
def test_a_name_after_a_place_word_answers_where_not_who(sentence: str, who: list[str]) -> None:
    found = answer_values(sentence, "person", set())
    assert [sentence[at:].split()[0] for at, _ in found] == who


@pytest.mark.parametrize(
    ("question", "exact"),
    [
        ("What's the name of the other badly burned worker?", True),
        ("What are the names of the two men held over the theft?", True),
        ("What's the name of the staff member who got shoved?", True),
        ("What is the name of the company making the vaccine?", False),
        ("What is the name of the head teacher's dog?", False),
        ("what's the name of the firefighter who got burned near the creek?", True),
        ("what was the name of the pilot", True),
        ("what is the name of the river?", False),
        ("Who won the election?", False),
    ],
)
def test_the_name_of_a_person_asks_for_a_full_name(question: str, exact: bool) -> None:
    assert classify(question).exact is exact


ARTICLES = {
    "plant.md": (
        "Worker Dies After Fire at Dalby Chemicals Plant",
        "2026-03-09",
        [
            "A worker who was badly burned in Monday night's fire at the Dalby Chemicals plant in Eastholm "
            "has died in hospital, his family said on Thursday.",
            "He was named as Jonas Berg, a 34-year-old shift supervisor from Eastholm.",
            "A second worker, who was also badly burned, remains in a serious condition at Norby General "
            "Hospital, the Health Authority said.",
            "Water used to fight the fire reached the River Tane, the Environment Agency said.",
        ],
    ),
}


@pytest.mark.slow
class TestAnswers:
    @pytest.fixture(scope="class")
    def reader(self, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
        return assistant_over_written_articles(tmp_path_factory, ARTICLES, "person-name")

    def test_the_name_the_article_never_gives_is_not_given(self, reader: Assistant) -> None:
        answer = reader.ask("What's the name of the second badly burned worker?")
        assert answer.abstained, answer.text

    def test_the_name_the_article_gives_is_the_answer(self, reader: Assistant) -> None:
        answer = reader.ask("What is the name of the worker who died?")
        assert not answer.abstained and "Jonas Berg" in answer.text, answer.text
