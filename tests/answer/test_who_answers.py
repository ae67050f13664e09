"""A "who" question is answered by a person, not by the name of the thing it asks about.

A capitalised name holding the question's own word (or a word of its family) names what the
question asks about. The last test asks a real assistant (real model, embedded Chroma) over a short
article written for it, whose lead, closest to the question, names the hoard and no one else:
it is not given as who dug the hoard up.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.extractive import answer_values

from ..conftest import assistant_over_written_articles


def _words(question: str) -> set[str]:
    return {w.strip("?").lower() for w in question.split()}


@pytest.mark.parametrize(
    ("sentence", "question", "values"),
    [
        # the hoard's name holds the question's "hoard": what is asked about, not who
        ("Coins of the Hallow Hill Hoard were taken.", "Who dug up the hoard?", 0),
        # "Environment" is of the family of "environmental"
        ("Later the Environment Agency said so.", "Who spoke for the environmental regulator?", 0),
        ("They fished the River Lode.", "Who polluted the river?", 0),
        # a title that is the question's word leaves the full name after it a value
        ("Later Mayor Daniel Brooks said so.", "Who is the mayor?", 2),
        ("The coins were found by Barry Ketteridge.", "Who dug up the hoard?", 2),
    ],
)
def test_a_name_holding_the_questions_word_is_no_person(sentence: str, question: str, values: int) -> None:
    assert len(answer_values(sentence, "person", _words(question))) == values


ARTICLES = {
    "hoard.md": (
        "Stolen Hoard Was Found by Retired Driver",
        "2026-07-02",
        [
            "The Ashcombe Hoard of silver coins, dug up by a metal detectorist, has been stolen from the "
            "town museum in an overnight raid.",
            "The coins were found in 2015 by Peter Dunmore, a retired lorry driver, in a field outside the "
            "town.",
            "The museum will reopen on Saturday.",
        ],
    ),
}


@pytest.mark.slow
def test_who_is_answered_by_a_person_not_the_things_name(tmp_path_factory: pytest.TempPathFactory) -> None:
    reader: Assistant = assistant_over_written_articles(tmp_path_factory, ARTICLES, "who-answers")
    answer = reader.ask("Who dug up the hoard?")
    # before, the lead answered as if "Ashcombe Hoard" were who; the name is no value of its own
    assert "Peter Dunmore" in answer.text or answer.text.startswith("The articles do not say"), answer.text
