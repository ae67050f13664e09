"""Questions about what a story expects ("What happens next?", "Is a deal likely?") are answered by
a sentence that looks ahead (a plan, an expectation, a chance), not by one that reports what was done.

The real model and an embedded Chroma answer over a short article written for these tests.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.kinds import classify

from ..conftest import assistant_over_written_articles

pytestmark = pytest.mark.slow

ARTICLES = {
    "ferry-strike.md": (
        "Ferry Crews Strike Over Rosters",
        "2026-06-03",
        [
            "Crews on the Skarholm ferry walked out on Monday in a dispute over rosters, cancelling all "
            "twelve crossings of the day and leaving about 2,000 travellers stranded.",
            "The Maritime Workers' Union said its members had worked seven days in a row for most of the "
            "summer and that the operator had ignored two years of complaints.",
            "Talks between the union and the operator, Skarholm Lines, are due to resume on Thursday, and "
            "the union said a second walkout would follow next week if no deal was reached.",
            "The island's tourism office said hotels had reported a wave of cancellations.",
        ],
    ),
}


@pytest.mark.parametrize(
    ("question", "outlook"),
    [
        ("What happens next?", True),
        ("Is a deal likely?", True),
        ("Will the strike go on?", True),
        ("What are the chances of a second walkout?", True),
        ("When will the talks resume?", False),  # asks for a date
        ("How many people are likely to lose their jobs?", False),  # asks for a figure
    ],
)
def test_outlook_questions_are_told_apart(question: str, outlook: bool) -> None:
    assert (classify(question).aspect == "outlook") is outlook


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "outlook")


def test_what_happens_next_is_answered_by_the_sentence_that_looks_ahead(ferry: Assistant) -> None:
    answer = ferry.ask("What happens next in the ferry dispute?")
    assert not answer.abstained
    assert answer.text.startswith("Talks between the union and the operator"), answer.text
