"""The kind of an article (obituary, interview, review, opinion, news report) read from its header and
wording, and the kinds a question names."""

from __future__ import annotations

import pytest

from assistant.answer.genre import genres_named, header_genre, may_not_be_news, read_genre
from assistant.types import ArticleInfo


def _info(title: str, dek: str | None = None) -> ArticleInfo:
    return ArticleInfo("a", title, 5, "a.txt", "hash", dek=dek)


OBITUARY = [
    "Margit Olsen, the architect whose timber libraries were copied across the north, died on Tuesday "
    "at a hospice in Bergen. She was 91.",
    "Her death was confirmed by her nephew.",
    "Born in a fishing village in 1934, Olsen trained as a carpenter before studying architecture.",
    "She married the engineer Per Dahl in 1961; he died in 2004. She is survived by two daughters.",
]
NEWS_OF_A_DEATH = [
    "One person died and dozens were injured when a bus overturned on the coast road on Sunday, police said.",
    "The driver, who was born in the town, was treated in hospital.",
    "The road was closed for six hours while investigators examined the scene.",
]
INTERVIEW = [
    "The novelist talks about her new book, her garden and why she stopped using a phone.",
    "Q: When did you start writing the book? A: In the first lockdown, mostly at night.",
    "Q: Why a garden? A: Because nothing else would sit still long enough.",
]
REVIEW = [
    "★★★★☆ The new production is brisk, funny and far too short.",
    "The cast is strong throughout, and the second act flies.",
]
OPINION = [
    "I have lived on this street for thirty years, and I have never seen the council so deaf.",
    "My neighbours tell me the same thing: the new car park helps nobody.",
    "When I wrote to the mayor, I got a form letter back.",
    'The council says the scheme will "revive the high street". It will not.',
]
NEWS = [
    "The council voted 7 to 4 on Monday to close three libraries, citing a budget shortfall.",
    '"I am devastated," said one resident, who has used the Millbrook branch for decades.',
    "The closures take effect on June 30.",
]


@pytest.mark.parametrize(
    ("paragraphs", "genre"),
    [
        (OBITUARY, "obituary"),
        (NEWS_OF_A_DEATH, "news report"),
        (INTERVIEW, "interview"),
        (REVIEW, "review"),
        (OPINION, "opinion"),
        (NEWS, "news report"),
    ],
)
def test_the_kind_shows_in_the_wording(paragraphs: list[str], genre: str) -> None:
    assert read_genre(_info("A headline"), paragraphs).genre == genre


def test_the_header_may_say_it() -> None:
    assert read_genre(_info("Analysis: Why the rate rise came early"), NEWS).genre == "analysis"
    assert read_genre(_info("The budget is a missed chance | Opinion"), NEWS).genre == "opinion"
    assert header_genre(_info("Margit Olsen, Architect of Timber Libraries, Dies at 91")).genre == "obituary"  # type: ignore[union-attr]
    assert header_genre(_info("Ridgeback Fire: One Dead, 47 Homes Lost")) is None


def test_only_a_lead_that_may_open_another_kind_is_read_in_full() -> None:
    assert may_not_be_news(OBITUARY[0]) and may_not_be_news(OPINION[0]) and may_not_be_news(REVIEW[0])
    assert not may_not_be_news(NEWS[0])


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("are there any obituaries in here?", ("obituary",)),
        ("Is the harbour piece news or analysis?", ("news report", "analysis")),
        ("Do you have any op-eds?", ("opinion",)),
        ("What kind of article is this?", ()),
    ],
)
def test_kinds_named_in_a_question(question: str, named: tuple[str, ...]) -> None:
    assert genres_named(question) == named
