"""Hybrid retrieval: dense (Chroma) + keyword (BM25), fused into one ranking (``fusion``)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np

from ..background import in_background
from ..index.records import (
    COMPLETENESS_KEYS,
    SENTENCES_KEY,
    WRITING_KEY,
    StoreChange,
    StoredParagraph,
    is_complete,
)
from ..index.sentence_vectors import SentenceVectors
from ..index.store import ParagraphStore
from ..types import Passage, RetrievalMode, parse_paragraph_id
from .fusion import Fusion, QueryHits, Ranking, fuse_rankings, fuse_scores
from .keyword import KeywordIndex, signature
from .snapshot import SnapshotContent, SnapshotUnusable, load_snapshot, save_snapshot, snapshot_path

log = logging.getLogger(__name__)

# The LangChain retriever over this search lives in ``retriever``: langchain-core's retriever
# machinery takes a second or more to import, which a one-shot question does not need.
__all__ = ["HybridSearcher", "KeywordIndex", "Ranking", "fuse_rankings", "fuse_scores"]


class HybridSearcher:
    """Runs dense and BM25 search for each query and fuses everything into one ranking.

    The BM25 side lives in this process and follows the store. A new searcher loads it from its
    snapshot on disk (``snapshot.py``) and catches up with what changed in the store since; it is
    built from the whole store only when there is no usable snapshot, and says so in the log.
    ``save_snapshot`` writes it back after an ingest or a removal (``Assistant`` calls it), never
    on the question path.

    Writes made through this process's store are applied to it article by article, and before each
    search the store's revision is compared with the one the index reflects, so changes made by
    other processes (several assistants sharing a Chroma server) are picked up too: the articles'
    ¶1s (content hash, paragraph count) are compared with what is indexed, and only the articles
    that differ are read again (``_catch_up``). Articles that are only partly written (an ingest
    was killed, or another process is writing them) are left out of both sides until they are whole.

    ``mode`` ``"dense"`` or ``"bm25"`` skips the other side (to measure each retriever alone);
    the keyword index is built in every mode because the answerer reads term rarity from it.
    """

    def __init__(
        self,
        store: ParagraphStore,
        rrf_k: int = 60,
        candidates: int = 30,
        mode: RetrievalMode = "hybrid",
        persist: bool = True,
        fusion: Fusion = "scores",
    ) -> None:
        if mode not in ("hybrid", "dense", "bm25"):
            raise ValueError(f"Unknown retrieval mode {mode!r}: use 'hybrid', 'dense' or 'bm25'.")
        self.store = store
        self.rrf_k = rrf_k
        self.candidates = candidates
        self.mode = mode
        self.fusion = fusion
        self.keyword = KeywordIndex()
        self._lock = threading.RLock()
        self._revision: str | None = None  # store revision the keyword index reflects; None: unknown
        self._pending: set[str] = set()  # keys written by this process, not yet re-read
        self.incomplete: set[str] = set()  # partly written articles, hidden from search
        # Per partly written article, per paragraph key: what ``is_complete`` reads of its stored
        # metadata. Whole articles are dropped from it (a million small dicts at 1M paragraphs).
        self._versions: dict[str, dict[str, dict[str, Any]]] = {}
        self.snapshot_path: Path | None = snapshot_path(store.settings) if persist else None
        self._saved_revision: str | None = None  # revision of the snapshot on disk, as far as we know
        self.opened_from: Literal["snapshot", "store"] = "store"  # how the keyword index was first filled
        store.add_listener(self._on_write)
        with self._lock:
            if self._load_snapshot():
                self.opened_from = "snapshot"
                self._catch_up_loaded()
            else:
                self.sync()
        if self._revision != self._saved_revision:
            self.save_snapshot()  # opening is not the question path; the next process starts fast

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

    # ------------------------------------------------------------------ snapshot

    def _load_snapshot(self) -> bool:
        """Fill the keyword index from the snapshot; False (with one log line saying why) if it cannot."""
        path = self.snapshot_path
        if path is None:
            return False
        started = time.perf_counter()
        try:
            snapshot = load_snapshot(path, self.store.collection_id)
        except FileNotFoundError:
            log.info("No keyword index snapshot at %s: building the keyword index from the store.", path)
            return False
        except (SnapshotUnusable, OSError) as exc:
            log.warning(
                "Keyword index snapshot %s is unusable (%s): rebuilding the keyword index from the store.",
                path,
                exc,
            )
            return False
        self.keyword = snapshot.index
        self._revision = self._saved_revision = snapshot.revision
        self.incomplete = set(snapshot.incomplete)
        log.info(
            "Loaded the keyword index (%d paragraphs) from %s in %.2f s.",
            len(snapshot.index),
            path,
            time.perf_counter() - started,
        )
        return True

    def _catch_up_loaded(self) -> None:
        """After loading a snapshot: re-read its partly written articles, then catch up if the store moved."""
        current = self.store.revision()
        if self.incomplete:
            self._reread_articles(set(self.incomplete))
        if current != self._revision or self.store.count() != len(self.keyword):
            self._catch_up()
        self._revision = current

    def save_snapshot(self) -> bool:
        """Write the keyword index to its snapshot file if it changed since it was loaded or saved.

        Saving takes a fraction of a second at 100k paragraphs; searches wait only while the
        arrays are copied, not while the file is written. A failure to write (read-only folder,
        full disk) is logged, not raised: the index in memory is unaffected.
        """
        path = self.snapshot_path
        if path is None:
            return False
        with self._lock:
            self.sync()
            if self._revision is None or self._revision == self._saved_revision:
                return False
            try:
                content = SnapshotContent(
                    arrays=self.keyword.to_arrays(),
                    paragraphs=len(self.keyword),
                    k1=self.keyword.k1,
                    b=self.keyword.b,
                    revision=self._revision,
                    collection_id=self.store.collection_id,
                    incomplete=sorted(self.incomplete),
                )
            except ValueError as exc:
                log.warning("Cannot snapshot the keyword index: %s", exc)
                return False
        started = time.perf_counter()
        try:
            size = save_snapshot(path, content)
        except OSError as exc:
            log.warning("Cannot save the keyword index snapshot to %s: %s", path, exc)
            return False
        with self._lock:
            self._saved_revision = content.revision
        log.info(
            "Saved the keyword index (%d paragraphs, %.1f MB) to %s in %.2f s.",
            content.paragraphs,
            size / 1e6,
            path,
            time.perf_counter() - started,
        )
        return True

    # ------------------------------------------------------------------ following the store

    def _on_write(self, change: StoreChange) -> None:
        with self._lock:
            if self._revision is not None and change.before == self._revision:
                self._pending |= change.keys
                self._revision = change.after
            else:  # someone else wrote in between: compare everything on the next sync
                self._pending |= change.keys
                self._revision = None

    def _reread(self, keys: set[str]) -> None:
        """Re-read the articles of these paragraphs (writes always touch whole articles)."""
        self._reread_articles({parse_paragraph_id(key)[0] for key in keys})

    def _reread_articles(self, article_ids: set[str]) -> None:
        """Make these articles' keyword entries match the store; unchanged paragraphs are not re-indexed."""
        if not article_ids:
            return
        found = self.store.paragraphs_of_articles(article_ids)
        indexed = self.keyword.keys_by_article(article_ids)
        gone: list[str] = []
        fresh: list[StoredParagraph] = []
        for article_id in article_ids:
            rows = found.get(article_id, [])
            now = {row.key for row in rows}
            gone += [key for key in indexed.get(article_id, []) if key not in now]
            fresh += [row for row in rows if self.keyword.signature_of(row.key) != signature(row)]
            self._versions.pop(article_id, None)  # rebuilt from the rows just read
        self.keyword.remove(gone)
        self.keyword.upsert(fresh)
        self._track([row for rows in found.values() for row in rows], gone)

    def _track(self, rows: Iterable[StoredParagraph], gone: Iterable[str] = ()) -> None:
        """Note what version of its article each paragraph belongs to, and which articles are whole.

        ``rows`` hold all of an article's paragraphs, or (reading the whole store page by page)
        the first of them, the rest following in later calls.
        """
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
            if not versions or is_complete(list(versions.values())):
                self._versions.pop(article_id, None)
                self.incomplete.discard(article_id)
            else:
                self.incomplete.add(article_id)
        if touched:
            self.store.hide_articles(self.incomplete)  # dense search leaves them out too

    def _keyword_search(self, query: str, article_ids: Sequence[str] | None) -> list[tuple[str, float]]:
        with self._lock:
            return self._whole(self.keyword.search(query, self.candidates, article_ids))

    def _whole(self, ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
        """Leave out paragraphs of articles that are only partly written."""
        if not self.incomplete:
            return ranked
        return [(key, score) for key, score in ranked if parse_paragraph_id(key)[0] not in self.incomplete]

    def _reconcile(self) -> None:
        """Make the keyword index match the store: built from it when empty, else caught up."""
        if len(self.keyword):
            self._catch_up()
            return
        started = time.perf_counter()
        self._versions, self.incomplete = {}, set()
        for page in self.store.iter_paragraphs():
            self.keyword.upsert(page)
            self._track(page)
        if len(self.keyword):
            log.info(
                "Built the keyword index from the store (%d paragraphs) in %.1f s.",
                len(self.keyword),
                time.perf_counter() - started,
            )

    def _catch_up(self) -> None:
        """Bring an index that was right at an earlier revision up to date, reading only the articles
        whose ¶1 (content hash, paragraph count, rewrite flag) differs from what is indexed.

        ¶1 is written last and flagged while an article is rewritten (``ParagraphStore.apply_writes``),
        so an article whose ¶1 matches is stored as indexed. What ¶1s cannot show, paragraphs of an
        article whose ¶1 was never written, shows in the paragraph count: if it differs, every
        paragraph's signature is compared (``_compare_all``).
        """
        heads = self.store.article_heads()
        indexed = self.keyword.article_versions()
        stale = set(self.incomplete) | {a for a in indexed if a not in heads}
        for article_id, head in heads.items():
            version = (str(head.get("content_hash", "")), int(head.get("paragraph_count", 0)))
            if head.get(WRITING_KEY) or indexed.get(article_id) != version:
                stale.add(article_id)
        self._reread_articles(stale)
        stored = self.store.count()
        if stored != len(self.keyword):
            log.info(
                "The store holds %d paragraphs, the keyword index %d: comparing every paragraph.",
                stored,
                len(self.keyword),
            )
            self._compare_all()

    def _compare_all(self) -> None:
        """Compare every stored paragraph's signature with the index; re-read the articles that differ."""
        indexed = self.keyword.signatures()
        stored: dict[str, str] = {}
        self._versions, self.incomplete = {}, set()
        for page in self.store.iter_paragraphs(with_text=False):
            stored.update((p.key, signature(p)) for p in page)
            self._track(page)
        changed = {k for k in indexed if k not in stored} | {
            k for k, sig in stored.items() if indexed.get(k) != sig
        }
        self._reread(changed)

    @property
    def is_empty(self) -> bool:
        return not len(self.keyword)

    def article_ids(self) -> set[str]:
        """Ids of the articles in the index."""
        with self._lock:
            self.sync()
            return self.keyword.article_ids - self.incomplete

    def visible_articles(self, article_ids: Iterable[str]) -> set[str]:
        """Those of ``article_ids`` that are in the index: ``article_ids()`` without copying every id
        (50,000 of them at 1M paragraphs)."""
        with self._lock:
            self.sync()
            return {a for a in article_ids if self.keyword.holds_article(a) and a not in self.incomplete}

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
        hits: list[QueryHits] = []
        dense_best: dict[str, tuple[float, int]] = {}
        bm25_best: dict[str, tuple[float, int]] = {}
        for query, vector in zip(queries, query_vectors, strict=True):
            # BM25 ranks in the background while the dense search waits on Chroma (a round trip on a server).
            ranking = None
            if self.mode != "dense":
                ranking = in_background(self._keyword_search, query, article_ids)
            dense: list[tuple[str, float]] = []
            if self.mode != "bm25":
                dense = self._whole(self.store.dense_search(vector, self.candidates, article_ids))
            keyword = ranking.result() if ranking is not None else []
            rankings += [Ranking("dense", dense), Ranking("bm25", keyword)]
            hits.append(QueryHits(vector, dense, keyword))
            _keep_best(dense_best, dense)
            _keep_best(bm25_best, keyword)
        unpacked: dict[str, SentenceVectors | None] = {}  # sentence vectors fusion read, by key
        if self.fusion == "scores" and self.mode == "hybrid":
            # Ranked first without sentence vectors; the best are read from the store (their sentence
            # vectors score them again), which is most of what fusion costs.
            rough = fuse_scores(hits, {})
            rows = self.store.paragraphs([key for key, _ in rough[: top_k + RESCORED]])
            unpacked = {key: _sentences(row) for key, row in rows.items()}
            fused = fuse_scores(hits, unpacked, keys=list(rows))
        else:
            fused = fuse_rankings(rankings, self.rrf_k)
            # Read the best paragraphs from the store (a few spare, in case one was just deleted).
            rows = self.store.paragraphs([key for key, _ in fused[: top_k + 5]])
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
            vectors = unpacked[key] if key in unpacked else _sentences(stored)
            if vectors is not None:  # the answerer reads them from the model's cache, no model call
                self.store.embeddings.remember_sentences(stored.text, vectors)
            if len(passages) == top_k:
                break
        return passages


# Paragraphs beyond ``top_k`` scored again with their sentence vectors: one the paragraph vector ranks
# lower than this seldom has a sentence close enough to reach the top.
RESCORED = 15


def _sentences(row: StoredParagraph) -> SentenceVectors | None:
    return SentenceVectors.unpack(row.metadata.get(SENTENCES_KEY), row.text)


def _keep_best(best: dict[str, tuple[float, int]], items: list[tuple[str, float]]) -> None:
    """Remember, per paragraph, its best score and best rank over all queries."""
    for rank, (key, score) in enumerate(items, 1):
        old_score, old_rank = best.get(key, (score, rank))
        best[key] = (max(score, old_score), min(rank, old_rank))


def _score(best: dict[str, tuple[float, int]], key: str) -> float | None:
    return round(best[key][0], 6) if key in best else None


def _rank(best: dict[str, tuple[float, int]], key: str) -> int | None:
    return best[key][1] if key in best else None
