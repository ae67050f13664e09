"""Hybrid retrieval: dense (Chroma) + keyword (BM25), fused by reciprocal rank fusion."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

import bm25s
import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from .store import ParagraphStore, StoredParagraph
from .text import content_stems
from .types import Passage


@dataclass(slots=True)
class Ranking:
    """One retriever's ranked result for one query: ``(paragraph key, score)``, best first."""

    source: str  # "dense" | "bm25"
    items: list[tuple[str, float]]
    weight: float = 1.0


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


@dataclass(slots=True)
class KeywordIndex:
    """BM25 over every stored paragraph, rebuilt whenever the index changes."""

    paragraphs: list[StoredParagraph] = field(default_factory=list)
    _bm25: bm25s.BM25 | None = None
    _vocabulary: frozenset[str] = frozenset()
    _doc_freq: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, paragraphs: list[StoredParagraph]) -> KeywordIndex:
        index = cls(paragraphs=paragraphs)
        body = [content_stems(p.text) for p in paragraphs]
        headlines: dict[str, list[str]] = {}  # stems of each article's title and dek, once per article
        for p in paragraphs:
            if p.article_id not in headlines:
                headlines[p.article_id] = content_stems(_headline(p))
        tokens = [headlines[p.article_id] + stems for p, stems in zip(paragraphs, body, strict=True)]
        if paragraphs:
            index._bm25 = bm25s.BM25()
            index._bm25.index(tokens, show_progress=False)
        index._vocabulary = frozenset(t for doc in tokens for t in doc)
        # Term rarity comes from the paragraph text alone: headline words repeated on every
        # paragraph of an article would otherwise look common.
        freq: dict[str, int] = {}
        for doc in body:
            for term in set(doc):
                freq[term] = freq.get(term, 0) + 1
        index._doc_freq = freq
        return index

    def search(self, query: str, k: int, article_ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        if self._bm25 is None:
            return []
        terms = [t for t in content_stems(query) if t in self._vocabulary]
        if not terms:
            return []
        scores = np.asarray(self._bm25.get_scores(terms), dtype=np.float64)
        if article_ids:
            allowed = set(article_ids)
            mask = np.array([p.article_id in allowed for p in self.paragraphs])
            scores = np.where(mask, scores, 0.0)
        order = np.argsort(-scores, kind="stable")[:k]
        return [(self.paragraphs[i].key, float(scores[i])) for i in order if scores[i] > 0]

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency; unseen terms get the highest value."""
        n = max(len(self.paragraphs), 1)
        return float(np.log(1 + (n + 1) / (self._doc_freq.get(term, 0) + 0.5)))

    def knows(self, term: str) -> bool:
        return term in self._vocabulary


def _headline(p: StoredParagraph) -> str:
    """The article's title and dek: BM25 sees them with every paragraph, which rarely repeats them."""
    meta = p.metadata
    return f"{meta.get('title', '')} {meta.get('dek', '')}"


class HybridSearcher:
    """Runs dense and BM25 search for each query and fuses everything into one ranking."""

    def __init__(self, store: ParagraphStore, rrf_k: int = 60, candidates: int = 30) -> None:
        self.store = store
        self.rrf_k = rrf_k
        self.candidates = candidates
        self._lock = threading.Lock()
        self.refresh()

    def refresh(self) -> None:
        """Reload paragraphs from the store (after ingest or removal)."""
        paragraphs = self.store.all_paragraphs()
        with self._lock:
            self.keyword = KeywordIndex.build(paragraphs)
            self.by_key = {p.key: p for p in paragraphs}

    def search(
        self,
        queries: Sequence[str],
        top_k: int,
        article_ids: Sequence[str] | None = None,
        query_vectors: np.ndarray | None = None,
    ) -> list[Passage]:
        """Fused passages for ``queries`` (the first is the user's literal words), best first."""
        if not queries:
            return []
        if query_vectors is None:
            query_vectors = self.store.embeddings.encode(list(queries))
        rankings: list[Ranking] = []
        dense_best: dict[str, tuple[float, int]] = {}
        bm25_best: dict[str, tuple[float, int]] = {}
        for query, vector in zip(queries, query_vectors, strict=True):
            dense = self.store.dense_search(vector, self.candidates, article_ids)
            keyword = self.keyword.search(query, self.candidates, article_ids)
            rankings += [Ranking("dense", dense), Ranking("bm25", keyword)]
            _keep_best(dense_best, dense)
            _keep_best(bm25_best, keyword)
        passages = []
        for key, fused in fuse_rankings(rankings, self.rrf_k)[:top_k]:
            stored = self.by_key.get(key)
            if stored is None:  # written by another process since the last refresh
                self.refresh()
                stored = self.by_key.get(key)
                if stored is None:
                    continue
            passages.append(
                Passage(
                    article_id=stored.article_id,
                    paragraph=stored.paragraph,
                    text=stored.text,
                    title=str(stored.metadata.get("title", "")),
                    byline=stored.metadata.get("byline") or None,
                    score=round(fused, 6),
                    dense_score=_score(dense_best, key),
                    dense_rank=_rank(dense_best, key),
                    bm25_score=_score(bm25_best, key),
                    bm25_rank=_rank(bm25_best, key),
                )
            )
        return passages


def _keep_best(best: dict[str, tuple[float, int]], items: list[tuple[str, float]]) -> None:
    """Remember, per paragraph, its best score and best rank over all queries."""
    for rank, (key, score) in enumerate(items, 1):
        old_score, old_rank = best.get(key, (score, rank))
        best[key] = (max(score, old_score), min(rank, old_rank))


def _score(best: dict[str, tuple[float, int]], key: str) -> float | None:
    return round(best[key][0], 6) if key in best else None


def _rank(best: dict[str, tuple[float, int]], key: str) -> int | None:
    return best[key][1] if key in best else None


class ParagraphRetriever(BaseRetriever):
    """LangChain retriever over the hybrid search: one ``Document`` per paragraph, scores in metadata."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: HybridSearcher
    top_k: int = 5
    article_ids: list[str] | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, top_k: int | None = None
    ) -> list[Document]:
        """``top_k`` passed to ``invoke`` overrides the retriever's own for that call."""
        passages = self.searcher.search([query], top_k or self.top_k, self.article_ids)
        return [passage_to_document(p) for p in passages]


def passage_to_document(passage: Passage) -> Document:
    meta = passage.to_dict()
    text = meta.pop("text")
    return Document(page_content=text, metadata=meta, id=passage.key)
