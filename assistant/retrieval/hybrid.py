"""Hybrid retrieval: dense (Chroma) + keyword (BM25), fused by reciprocal rank fusion."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from ..index.records import COMPLETENESS_KEYS, SENTENCES_KEY, StoreChange, StoredParagraph, is_complete
from ..index.sentence_vectors import SentenceVectors
from ..index.store import ParagraphStore
from ..types import Passage, RetrievalMode, parse_paragraph_id
from .keyword import KeywordIndex, signature

# The LangChain retriever over this search lives in ``retriever``: langchain-core's retriever
# machinery takes a second or more to import, which a one-shot question does not need.
__all__ = ["HybridSearcher", "KeywordIndex", "Ranking", "fuse_rankings"]


@dataclass(slots=True)
class Ranking:
    """One retriever's ranked result for one query: ``(paragraph key, score)``, best first."""

    source: Literal["dense", "bm25"]
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


class HybridSearcher:
    """Runs dense and BM25 search for each query and fuses everything into one ranking.

    The BM25 side lives in this process and follows the store: writes made through this
    process's store are applied to it key by key, and before each search the store's revision
    is compared with the one the index reflects, so changes made by other processes (several
    assistants sharing a Chroma server) are picked up too, by comparing per-paragraph signatures.
    Articles that are only partly written (an ingest was killed, or another process is writing
    them) are left out of both sides until they are whole.

    ``mode`` ``"dense"`` or ``"bm25"`` skips the other side (to measure each retriever alone);
    the keyword index is built in every mode because the answerer reads term rarity from it.
    """

    def __init__(
        self, store: ParagraphStore, rrf_k: int = 60, candidates: int = 30, mode: RetrievalMode = "hybrid"
    ) -> None:
        if mode not in ("hybrid", "dense", "bm25"):
            raise ValueError(f"Unknown retrieval mode {mode!r}: use 'hybrid', 'dense' or 'bm25'.")
        self.store = store
        self.rrf_k = rrf_k
        self.candidates = candidates
        self.mode = mode
        self.keyword = KeywordIndex()
        self._lock = threading.RLock()
        self._revision: str | None = None  # store revision the keyword index reflects; None: unknown
        self._pending: set[str] = set()  # keys written by this process, not yet re-read
        self.incomplete: set[str] = set()  # partly written articles, hidden from search
        # Per article, per paragraph key: what ``is_complete`` reads of its stored metadata.
        self._versions: dict[str, dict[str, dict[str, Any]]] = {}
        store.add_listener(self._on_write)
        self.sync()

    def refresh(self) -> None:
        """Bring the keyword index up to date with the store now (``search`` does it anyway)."""
        self.sync()

    def sync(self) -> None:
        """Apply what changed in the store since the last call: cheap when nothing did."""
        with self._lock:
            current = self.store.revision()  # read first: a write after this shows up next time
            if self._pending:
                self._reread(self._pending)
                self._pending = set()
            if current != self._revision:
                self._reconcile()
            self._revision = current

    def _on_write(self, change: StoreChange) -> None:
        with self._lock:
            if self._revision is not None and change.before == self._revision:
                self._pending |= change.keys
                self._revision = change.after
            else:  # someone else wrote in between: compare everything on the next sync
                self._pending |= change.keys
                self._revision = None

    def _reread(self, keys: set[str]) -> None:
        found = self.store.paragraphs(keys)
        gone = [k for k in keys if k not in found]
        self.keyword.remove(gone)
        self.keyword.upsert(found.values())
        self._track(found.values(), gone)

    def _track(self, rows: Iterable[StoredParagraph], gone: Iterable[str] = ()) -> None:
        """Note what version of its article each paragraph belongs to, and which articles are whole."""
        touched: set[str] = set()
        for key in gone:
            article_id, _ = parse_paragraph_id(key)
            self._versions.get(article_id, {}).pop(key, None)
            touched.add(article_id)
        for row in rows:
            meta = row.metadata
            version = {key: meta.get(key) for key in COMPLETENESS_KEYS} | {"paragraph": row.paragraph}
            self._versions.setdefault(row.article_id, {})[row.key] = version
            touched.add(row.article_id)
        for article_id in touched:
            versions = self._versions.get(article_id)
            if not versions:
                self._versions.pop(article_id, None)
                self.incomplete.discard(article_id)
            elif is_complete(list(versions.values())):
                self.incomplete.discard(article_id)
            else:
                self.incomplete.add(article_id)
        if touched:
            self.store.hide_articles(self.incomplete)  # dense search leaves them out too

    def _whole(self, ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
        """Leave out paragraphs of articles that are only partly written."""
        if not self.incomplete:
            return ranked
        return [(key, score) for key, score in ranked if parse_paragraph_id(key)[0] not in self.incomplete]

    def _reconcile(self) -> None:
        """Make the keyword index match the store, re-reading only paragraphs whose signature changed."""
        if not len(self.keyword):
            for page in self.store.iter_paragraphs():
                self.keyword.upsert(page)
                self._track(page)
            return
        indexed = self.keyword.signatures()
        stored: dict[str, str] = {}
        for page in self.store.iter_paragraphs(with_text=False):
            stored.update((p.key, signature(p)) for p in page)
            self._track(page)
        gone = [k for k in indexed if k not in stored]
        self.keyword.remove(gone)
        self._track((), gone)
        changed = {k for k, sig in stored.items() if indexed.get(k) != sig}
        if changed:
            self._reread(changed)

    @property
    def is_empty(self) -> bool:
        return not len(self.keyword)

    def article_ids(self) -> set[str]:
        """Ids of the articles in the index."""
        with self._lock:
            self.sync()
            return self.keyword.article_ids - self.incomplete

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
        self.sync()
        if query_vectors is None:
            query_vectors = self.store.embeddings.encode(list(queries))
        rankings: list[Ranking] = []
        dense_best: dict[str, tuple[float, int]] = {}
        bm25_best: dict[str, tuple[float, int]] = {}
        for query, vector in zip(queries, query_vectors, strict=True):
            dense: list[tuple[str, float]] = []
            keyword: list[tuple[str, float]] = []
            if self.mode != "bm25":
                dense = self._whole(self.store.dense_search(vector, self.candidates, article_ids))
            if self.mode != "dense":
                with self._lock:
                    keyword = self._whole(self.keyword.search(query, self.candidates, article_ids))
            rankings += [Ranking("dense", dense), Ranking("bm25", keyword)]
            _keep_best(dense_best, dense)
            _keep_best(bm25_best, keyword)
        fused = fuse_rankings(rankings, self.rrf_k)
        # Read the best paragraphs from the store (a few spare, in case one was just deleted).
        wanted = [key for key, _ in fused[: top_k + 5]]
        rows = self.store.paragraphs(wanted)
        passages = []
        for key, score in fused:
            stored = rows.get(key)
            if stored is None:
                continue
            passages.append(
                Passage(
                    article_id=stored.article_id,
                    paragraph=stored.paragraph,
                    text=stored.text,
                    title=str(stored.metadata.get("title", "")),
                    byline=stored.metadata.get("byline") or None,
                    score=round(score, 6),
                    dense_score=_score(dense_best, key),
                    dense_rank=_rank(dense_best, key),
                    bm25_score=_score(bm25_best, key),
                    bm25_rank=_rank(bm25_best, key),
                )
            )
            sentences = SentenceVectors.unpack(stored.metadata.get(SENTENCES_KEY), stored.text)
            if sentences is not None:  # the answerer reads them from the model's cache, no model call
                self.store.embeddings.remember_sentences(stored.text, sentences)
            if len(passages) == top_k:
                break
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
