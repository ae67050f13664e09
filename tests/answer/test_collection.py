"""Questions about the collection: dates they name ("from 2025", "in October") and who wrote the articles."""

from __future__ import annotations

import pytest

from assistant.answer.collection import DateFilter, answer_people, date_filter, topic_left, writers
from assistant.text import content_stems
from assistant.types import ArticleInfo


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which articles came out in 2025?", DateFilter(2025, None)),
        ("any stories from October?", DateFilter(None, 10)),
        ("What was published in March 2026?", DateFilter(2026, 3)),
        ("Which stories are from May 2024?", DateFilter(2024, 5)),
        ("Which articles may be about the fire?", None),  # "may" without a year is a verb
        ("Which articles are about the strike?", None),
        ("Which articles are about the 2024 election?", None),  # a year naming the topic
        ("Which stories cover the pandemic of 2020?", None),  # "of": the topic's year
        ("Any articles dated March, 2026?", DateFilter(2026, 3)),
    ],
)
def test_the_year_and_month_a_question_names(question: str, expected: DateFilter | None) -> None:
    assert date_filter(question) == expected


def test_a_date_matches_the_articles_of_its_year_and_month() -> None:
    october = DateFilter(None, 10)
    assert october.matches("2026-10-12") and not october.matches("2026-09-14")
    assert DateFilter(2025, 6).matches("2025-06-14T08:00:00")
    assert not DateFilter(2025, None).matches(None) and not DateFilter(2025, None).matches("undated")


def test_the_topic_left_once_dates_and_order_words_go() -> None:
    question = "Which is the oldest story on the wildfire from 2026?"
    assert topic_left(question, set(content_stems(question))) >= set(content_stems("wildfire"))
    assert not topic_left(question, set(content_stems(question))) & set(content_stems("oldest 2026 from"))


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Graham Kerr and Shona MacLeod", ["Graham Kerr", "Shona MacLeod"]),
        ("Ann Lee, Sam Roe and Kim Park", ["Ann Lee", "Sam Roe", "Kim Park"]),
        ("Tamsin Roe; Declan Price", ["Tamsin Roe", "Declan Price"]),
        ("Priya Nandakumar, Courts Correspondent", ["Priya Nandakumar"]),
        (None, []),
    ],
)
def test_the_writers_a_byline_names(byline: str | None, names: list[str]) -> None:
    assert writers(byline) == names


def test_a_joint_byline_credits_each_writer() -> None:
    articles = [
        ArticleInfo("a", "Ferry update", 9, "a.txt", "h", byline="Graham Kerr and Shona MacLeod"),
        ArticleInfo("b", "Ferry report", 9, "b.txt", "h", byline="Shona MacLeod"),
    ]
    draft = answer_people(articles, 2, "author")
    assert draft.text.startswith(
        "The 2 indexed articles were written by 2 authors: Shona MacLeod (2 articles)"
    )
    assert "Graham Kerr (1 article)" in draft.text
