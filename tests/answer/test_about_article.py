"""Answers about the articles themselves cite each article's header (paragraph 0)."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer.about_article import (
    answer_catalog,
    answer_credits,
    answer_fields,
    answer_genre_catalog,
    reporting_credits,
)
from assistant.answer.genre import GenreReading
from assistant.types import HEADER_PARAGRAPH, ArticleInfo, Passage


def _info(article_id: str, byline: str | None = "Helen Marsh") -> ArticleInfo:
    return ArticleInfo(
        article_id,
        f"Headline of {article_id}",
        9,
        f"{article_id}.txt",
        "hash",
        dek="A dek",
        byline=byline,
        date="2026-09-14",
        outlet="The Lowland Courier",
    )


def test_fields_are_answered_from_the_header_and_cite_it() -> None:
    draft = answer_fields([_info("strike")], ("author", "outlet", "date"))
    assert not draft.abstained
    assert "Helen Marsh" in draft.text and "The Lowland Courier" in draft.text
    assert "September 14, 2026" in draft.text and draft.text.endswith("[1].")
    (citation,) = draft.citations
    assert citation.paragraph == HEADER_PARAGRAPH and citation.location == "header"
    assert "By Helen Marsh" in citation.text


def test_the_headline_is_named_once_for_several_fields() -> None:
    draft = answer_fields([_info("strike")], ("outlet", "author"))
    assert draft.text == (
        "“Headline of strike” was published by The Lowland Courier. It was written by Helen Marsh [1]."
    )


def test_the_writer_is_named_with_the_outlet_they_wrote_for() -> None:
    draft = answer_fields([_info("strike")], ("author",))
    assert draft.text == "“Headline of strike” was written by Helen Marsh for The Lowland Courier [1]."
    with_role = answer_fields([_info("strike", "Helen Marsh, Transport Correspondent")], ("author",))
    assert with_role.text == (
        "“Headline of strike” was written by Helen Marsh, Transport Correspondent, "
        "for The Lowland Courier [1]."
    )


def test_the_date_is_given_as_the_article_writes_it_with_its_iso_form() -> None:
    info = replace(_info("strike"), date_text="Monday 14 September 2026")
    draft = answer_fields([info], ("date",))
    assert "is dated Monday 14 September 2026 (2026-09-14)" in draft.text
    (citation,) = draft.citations
    assert "Monday 14 September 2026 (2026-09-14)" in citation.text.splitlines()


def test_a_missing_field_is_said_plainly_and_counts_as_not_answered() -> None:
    draft = answer_fields([_info("strike", byline=None)], ("author",))
    assert draft.abstained and "does not name its author" in draft.text


def test_catalog_counts_and_lists_the_articles() -> None:
    draft = answer_catalog([_info("a"), _info("b")], 2)
    assert draft.text.startswith("There are 2 indexed articles")
    assert [c.marker for c in draft.citations] == [1, 2]
    none = answer_catalog([], 2, topic="sports")
    assert none.abstained and "None of the 2" in none.text


def test_catalog_gives_outlets_and_dates_as_the_articles_write_them() -> None:
    info = replace(_info("a"), date_text="Monday 14 September 2026")
    draft = answer_catalog([info, _info("b")], 2, topic="strikes")
    assert "(The Lowland Courier, Monday 14 September 2026) [1]" in draft.text
    assert "(The Lowland Courier, 14 September 2026) [2]" in draft.text  # spelled out when only ISO is given
    assert "are about strikes:" in draft.text


def test_catalog_by_kind_lists_those_of_the_kind_or_says_what_kinds_there_are() -> None:
    obituary, news = GenreReading("obituary", "…"), GenreReading("news report", "…")
    readings = [(_info("a"), news), (_info("b"), obituary), (_info("c"), news)]
    found = answer_genre_catalog(readings, ("obituary",))
    assert found.text.startswith("1 of the 3 indexed articles is an obituary: “Headline of b”")
    assert [c.article_id for c in found.citations] == ["b"]
    none = answer_genre_catalog(readings, ("interview",))
    assert none.abstained and none.text == (
        "None of the 3 indexed articles is an interview: they are 1 obituary and 2 news reports."
    )


def test_an_article_without_an_outlet_is_answered_with_whom_it_credits() -> None:
    texts = [
        "Talks resume next week, according to reports cited by the Harbour Gazette.",
        "The mayor, quoted by the Tokyo-based Kaiyo Shimbun outlet, said nothing was agreed.",
        "As the Harbour Gazette has reported, the port has been closed since May.",
        "Officials said the ferry would run again on Friday.",
    ]
    passages = [Passage("a", i, t, "Headline of a", 0.0) for i, t in enumerate(texts, 1)]
    assert [name for name, _ in reporting_credits(passages)] == ["Harbour Gazette", "Kaiyo Shimbun"]
    info = replace(_info("a"), outlet=None)
    draft = answer_credits(answer_fields([info], ("outlet",)), ("outlet",), passages)
    assert not draft.abstained
    assert draft.text.startswith("The article's header names no outlet; it credits its reporting mainly to ")
    assert [c.paragraph for c in draft.citations] == [1, 2]
