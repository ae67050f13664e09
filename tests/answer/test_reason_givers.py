"""A reason someone gave ("why is Sarsenov nervous about the cut?", "how did Renwick's lawyers explain
the numbers?") is answered by what that one said, not by another speaker's reason.

The real model and an embedded Chroma answer questions over an article written for these tests.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.extractive import speaker_of
from assistant.answer.kinds import classify

from ..conftest import assistant_over_written_articles

ARTICLES = {
    "rates.md": (
        "Central bank of Ostravia cuts its key rate to 4.5%",
        "2025-11-05",
        [
            "The National Bank of Ostravia cut its key interest rate by half a point to 4.5% on Wednesday, "
            "its third cut this year, as inflation eased to 3.2% in October.",
            "Governor Lena Marsh said the bank had acted because price growth had slowed faster than "
            "expected and the economy needed cheaper credit to recover.",
            '"This is a gamble," said Ivo Brandt, chief economist at Harrow Capital. "A weaker currency '
            'could push prices up again within months, and then the bank will have to reverse course."',
            "The Ostravian Retailers' Association welcomed the cut, saying its members had postponed "
            "investment because of high borrowing costs.",
            "The bank's next meeting is due on 17 December.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "reason-givers")


@pytest.mark.slow
def test_why_someone_is_nervous_is_what_they_said(reader: Assistant) -> None:
    answer = reader.ask("why is brandt nervous about the rate cut?")
    assert "weaker currency" in answer.text, answer.text
    assert not answer.text.startswith("Governor Lena Marsh"), answer.text  # the governor's reason is hers


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("why does mayor Kröhnert say the town needs this tax", "mayor Kröhnert"),
        ("why is sarsenov nervous about the keldara cut", "sarsenov"),
        ("how did renwicks lawyers explain the battery numbers", "renwicks lawyers"),
        ("why are the bakers so annoyed about the tax", "bakers"),
    ],
)
def test_the_one_giving_a_reason_is_who_the_answer_listens_for(question: str, speaker: str) -> None:
    plan = classify(question)
    assert (plan.kind, plan.aspect, plan.speaker) == ("why_how", "reason", speaker)


@pytest.mark.parametrize(
    "question",
    ["why did the ship run aground?", "why does it matter that the star is quiet?", "why is it closed"],
)
def test_a_reason_asked_of_no_one_listens_for_no_one(question: str) -> None:
    assert classify(question).speaker == ""


def test_a_speaker_named_with_a_long_role_is_found() -> None:
    sentence = (
        "Dale Prentice, an organiser with the Goldfields branch of the Mining and Energy Workers' Union, "
        "said members had raised concerns about ground conditions."
    )
    assert speaker_of(sentence) is not None
