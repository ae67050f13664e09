"""Answers about the articles themselves cite each article's header (paragraph 0)."""

from __future__ import annotations

from assistant.answer.about_article import answer_catalog, answer_fields
from assistant.types import HEADER_PARAGRAPH, ArticleInfo


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


def test_a_missing_field_is_said_plainly_and_counts_as_not_answered() -> None:
    draft = answer_fields([_info("strike", byline=None)], ("author",))
    assert draft.abstained and "does not name its author" in draft.text


def test_catalog_counts_and_lists_the_articles() -> None:
    draft = answer_catalog([_info("a"), _info("b")], 2)
    assert draft.text.startswith("There are 2 indexed articles")
    assert [c.marker for c in draft.citations] == [1, 2]
    none = answer_catalog([], 2, topic="sports")
    assert none.abstained and "None of the 2" in none.text
