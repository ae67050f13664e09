"""Fusion and keyword search: pure logic, no model needed."""

from __future__ import annotations

from assistant.index.records import StoredParagraph
from assistant.retrieval.hybrid import KeywordIndex, Ranking, fuse_rankings


def test_reciprocal_rank_fusion_rewards_agreement_and_ignores_duplicates() -> None:
    dense = Ranking("dense", [("a", 0.9), ("b", 0.8), ("c", 0.7)])
    keyword = Ranking("bm25", [("b", 12.0), ("b", 11.0), ("d", 3.0)])
    fused = dict(fuse_rankings([dense, keyword], k=60))
    assert next(iter(fused)) == "b"  # ranked by both
    assert fused["b"] == 1 / 62 + 1 / 61
    assert set(fused) == {"a", "b", "c", "d"}


def test_fusion_of_nothing_is_empty() -> None:
    assert fuse_rankings([]) == []
    assert fuse_rankings([Ranking("dense", []), Ranking("bm25", [])]) == []


def _para(article: str, n: int, text: str, title: str = "") -> StoredParagraph:
    return StoredParagraph(article, n, text, {"title": title, "dek": ""})


def test_keyword_search_uses_stems_titles_and_filters() -> None:
    paragraphs = [
        _para("a", 1, "The mediators presented a revised proposal.", "Talks in Cairo"),
        _para("a", 2, "Fishing crews objected to the cables.", "Talks in Cairo"),
        _para("b", 1, "The council voted to close three libraries.", "Library cuts"),
    ]
    index = KeywordIndex.build(paragraphs)
    assert index.search("mediator proposals", k=5)[0][0] == "a#1"  # stemmed
    assert {key for key, _ in index.search("Cairo", k=5)} == {"a#1", "a#2"}  # title words
    assert index.search("libraries", k=5, article_ids=["a"]) == []
    assert index.search("unknownword", k=5) == []
    assert index.knows("cairo") and not index.knows("zebra")
    assert index.idf("zebra") > index.idf("librari")
