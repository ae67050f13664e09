"""Fusion and keyword search: pure logic, no model needed."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.index.records import StoredParagraph
from assistant.index.sentence_vectors import SentenceVectors
from assistant.retrieval.fusion import QueryHits, fuse_scores
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


def _sentences(*rows: list[float]) -> SentenceVectors:
    vectors = np.array(rows, dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return SentenceVectors(tuple((i, i + 1) for i in range(len(rows))), vectors)


def test_score_fusion_rewards_the_paragraph_whose_sentence_matches_and_scales_bm25() -> None:
    query = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    hits = [QueryHits(query, dense=[("a", 0.6), ("b", 0.5)], keyword=[("c", 8.0), ("b", 4.0)])]
    sentences = {
        "a": _sentences([0.6, 0.8, 0.0], [0.6, 0.0, 0.8]),  # close on the whole, no sentence says it
        "b": _sentences([1.0, 0.0, 0.0], [0.0, 1.0, 0.0]),  # one sentence says just what is asked
        "c": None,  # BM25 found it, dense search did not: its cosine is at most the last dense one's
    }
    fused = dict(fuse_scores(hits, sentences))
    assert list(fused) == ["b", "c", "a"]
    assert fused["b"] == pytest.approx(0.5 * 0.5 + 0.5 * 1.0 + 0.4 * 0.5)
    assert fused["c"] == pytest.approx(0.5 * 0.5 + 0.5 * 0.5 + 0.4 * 1.0)
    assert fused["a"] == pytest.approx(0.5 * 0.6 + 0.5 * 0.6)
    assert [key for key, _ in fuse_scores(hits, sentences, keys=["a", "c"])] == ["c", "a"]  # only these


def test_score_fusion_averages_over_the_queries_and_of_nothing_is_empty() -> None:
    first, second = np.array([1.0, 0.0], dtype=np.float32), np.array([0.0, 1.0], dtype=np.float32)
    hits = [
        QueryHits(first, dense=[("a", 0.9), ("b", 0.1)], keyword=[]),
        QueryHits(second, dense=[("b", 0.9), ("a", 0.1)], keyword=[("b", 2.0)]),
    ]
    fused = dict(fuse_scores(hits, {}))
    assert fused["a"] == pytest.approx((0.9 + 0.1) / 2)
    assert fused["b"] == pytest.approx((0.1 + 0.9 + 0.4) / 2)
    assert fuse_scores([], {}) == []
    assert fuse_scores([QueryHits(first, [], [])], {}) == []
