"""Fusing the dense and BM25 rankings of a question's queries into one ranking.

Two ways, chosen by ``ASSISTANT_FUSION``:

- ``scores`` (the default) adds the scores themselves: the paragraph vector's cosine, the cosine of
  the paragraph's closest sentence, and BM25 as a share of the query's best BM25 score. A reader's
  question usually matches one sentence of a paragraph, and a paragraph vector averages that
  sentence with the rest; the sentence vectors are stored with the paragraph
  (``index.sentence_vectors``), so this costs no model call. Measured on the development sets
  (636 answerable questions, the paragraph holding the answer): mean reciprocal rank 0.618 with
  reciprocal rank fusion, 0.646 with this (docs/answers.md, the tenth stop).
- ``rrf``: reciprocal rank fusion, which looks only at ranks: a paragraph that BM25 ranks first by a
  wide margin counts no more than one it ranks first by a hair.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from ..index.sentence_vectors import SentenceVectors
from ..types import Fusion

__all__ = ["Fusion", "QueryHits", "Ranking", "candidate_keys", "fuse_rankings", "fuse_scores"]

DENSE_WEIGHT = 0.5  # the paragraph vector's cosine with the query
SENTENCE_WEIGHT = 0.5  # the cosine of its closest sentence
BM25_WEIGHT = 0.4  # BM25, as a share of the best BM25 score the query got


@dataclass(slots=True)
class Ranking:
    """One retriever's ranked result for one query: ``(paragraph key, score)``, best first."""

    source: Literal["dense", "bm25"]
    items: list[tuple[str, float]]
    weight: float = 1.0


@dataclass(slots=True)
class QueryHits:
    """What dense and BM25 search found for one query, with the query's vector."""

    vector: np.ndarray
    dense: list[tuple[str, float]]  # (key, cosine), best first
    keyword: list[tuple[str, float]]  # (key, BM25 score), best first


def fuse_rankings(rankings: Sequence[Ranking], k: int = 60) -> list[tuple[str, float]]:
    """Reciprocal rank fusion: score(d) = Σ weight / (k + rank). Duplicates within a list count once."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        seen: set[str] = set()
        for rank, (key, _) in enumerate(ranking.items, 1):
            if key in seen:
                continue
            seen.add(key)
            scores[key] = scores.get(key, 0.0) + ranking.weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def candidate_keys(hits: Sequence[QueryHits]) -> list[str]:
    """Every paragraph any query found, in the order first found."""
    return list(dict.fromkeys(key for h in hits for key, _ in (*h.dense, *h.keyword)))


def fuse_scores(
    hits: Sequence[QueryHits],
    sentences: Mapping[str, SentenceVectors | None],
    keys: Sequence[str] | None = None,
) -> list[tuple[str, float]]:
    """Score fusion: per query, ``DENSE_WEIGHT·cos(paragraph) + SENTENCE_WEIGHT·max cos(sentence) +
    BM25_WEIGHT·bm25/best bm25``, averaged over the queries, best first.

    A paragraph that dense search did not return for a query gets a cosine no higher than the last
    one it did return (it ranked below it); one without stored sentence vectors uses its paragraph
    cosine for its closest sentence. ``keys`` limits the scoring to those paragraphs (default: all
    that any query found).
    """
    keys = candidate_keys(hits) if keys is None else list(keys)
    if not hits or not keys:
        return []
    total = dict.fromkeys(keys, 0.0)
    for h in hits:
        dense = dict(h.dense)
        floor = min(dense.values()) if dense else 0.0
        keyword = dict(h.keyword)
        best_bm25 = max(keyword.values(), default=0.0)
        for key in keys:
            found = sentences.get(key)
            closest = float((found.vectors @ h.vector).max()) if found is not None else None
            cosine = dense.get(key)
            if cosine is None:
                cosine = floor if found is None else min(floor, _mean_cosine(found, h.vector))
            bm25 = keyword.get(key, 0.0) / best_bm25 if best_bm25 > 0 else 0.0
            closest = cosine if closest is None else closest
            total[key] += DENSE_WEIGHT * cosine + SENTENCE_WEIGHT * closest + BM25_WEIGHT * bm25
    return sorted(((key, score / len(hits)) for key, score in total.items()), key=lambda kv: (-kv[1], kv[0]))


def _mean_cosine(found: SentenceVectors, vector: np.ndarray) -> float:
    """The cosine of the mean of a paragraph's sentence vectors: near its paragraph vector's."""
    mean = found.vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return float(mean @ vector) / norm if norm > 0 else 0.0
