"""The index's records and rules (assistant/index/records.py): pure, no Chroma, no model."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.index.records import (
    WRITING_KEY,
    StoredParagraph,
    article_info,
    articles_from_heads,
    articles_from_metadata,
    incomplete_articles,
    is_complete,
    is_head,
    text_hash,
)
from assistant.types import paragraph_id, parse_paragraph_id


def meta(
    article_id: str, paragraph: int, count: int, content_hash: str = "h1", **extra: Any
) -> dict[str, Any]:
    """One paragraph's stored metadata, as ``ParagraphStore`` writes it."""
    return {
        "article_id": article_id,
        "paragraph": paragraph,
        "paragraph_count": count,
        "content_hash": content_hash,
        "title": f"Title of {article_id}",
        "source": f"/corpus/{article_id}.txt",
        "dek": "",
        "byline": "By Ada",
        "date": "",
        WRITING_KEY: False,
    } | extra


def whole(article_id: str, count: int, content_hash: str = "h1") -> list[dict[str, Any]]:
    return [meta(article_id, n, count, content_hash) for n in range(1, count + 1)]


def test_paragraph_keys_round_trip() -> None:
    key = paragraph_id("report-2024.v2", 12)
    assert key == "report-2024.v2#12"
    assert parse_paragraph_id(key) == ("report-2024.v2", 12)
    assert StoredParagraph("a", 3, "text", {}).key == "a#3"


def test_text_hash_is_stable_and_short() -> None:
    assert text_hash("The council approved it.") == text_hash("The council approved it.")
    assert text_hash("The council approved it.") != text_hash("The council rejected it.")
    assert len(text_hash("x")) == 16


def test_a_whole_article_is_complete() -> None:
    assert is_complete(whole("a", 3))
    assert is_complete(list(reversed(whole("a", 3))))  # order does not matter


@pytest.mark.parametrize(
    "metas",
    [
        whole("a", 3)[:2],  # a paragraph missing: the ingest died part way
        [*whole("a", 3)[:2], meta("a", 3, 3, "h2")],  # paragraphs of two versions
        [meta("a", 1, 3), meta("a", 2, 3), meta("a", 4, 3)],  # numbers not 1..n
        [meta("a", 1, 2, **{WRITING_KEY: True}), meta("a", 2, 2)],  # ¶1 flagged as being rewritten
        [meta("a", 1, 1, **{WRITING_KEY: True})],  # even a one-paragraph article
    ],
)
def test_a_partly_written_article_is_not_complete(metas: list[dict[str, Any]]) -> None:
    assert not is_complete(metas)


def test_incomplete_articles_names_only_the_partial_ones() -> None:
    metas = [*whole("a", 2), *whole("b", 3)[:2], *whole("c", 1)]
    assert incomplete_articles(metas) == {"b"}


def test_article_info_reads_one_paragraphs_metadata() -> None:
    info = article_info(meta("a", 1, 7, date="2024-05-01"), paragraph_count=7)
    assert (info.article_id, info.title, info.content_hash) == ("a", "Title of a", "h1")
    assert info.paragraph_count == 7
    assert (info.byline, info.date, info.dek) == ("By Ada", "2024-05-01", None)  # "" reads as None


def test_articles_from_heads_sorts_by_title_and_skips_rewrites_unless_asked() -> None:
    heads = [
        meta("b", 1, 4, title="beta"),
        meta("a", 1, 2, title="Alpha"),
        meta("c", 1, 3, title="gamma", **{WRITING_KEY: True}),
    ]
    assert [(i.article_id, i.paragraph_count) for i in articles_from_heads(heads)] == [("a", 2), ("b", 4)]
    with_rewrites = articles_from_heads(heads, include_rewriting=True)
    assert [i.article_id for i in with_rewrites] == ["a", "b", "c"]


def test_articles_from_metadata_counts_paragraphs_and_can_keep_partial_articles() -> None:
    metas = [*whole("a", 3), *whole("b", 2)[:1]]
    assert [(i.article_id, i.paragraph_count) for i in articles_from_metadata(metas)] == [("a", 3)]
    everything = articles_from_metadata(metas, complete_only=False)
    assert [(i.article_id, i.paragraph_count) for i in everything] == [("a", 3), ("b", 1)]


def test_is_head_is_paragraph_one() -> None:
    assert is_head(meta("a", 1, 2)) and not is_head(meta("a", 2, 2))


def test_a_stored_row_becomes_the_public_paragraph() -> None:
    row = StoredParagraph("a", 2, "Second paragraph.", meta("a", 2, 3, start=40, end=57))
    paragraph = row.to_paragraph()
    assert (paragraph.number, paragraph.paragraph, paragraph.text) == (2, 2, "Second paragraph.")
    assert (paragraph.start, paragraph.end) == (40, 57)
