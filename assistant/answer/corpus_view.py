"""The corpus as the answer router reads it: articles, whole articles, searches, each article's lead."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from ..index.records import SENTENCES_KEY
from ..index.sentence_vectors import SentenceVectors
from ..index.store import ParagraphStore
from ..retrieval.hybrid import HybridSearcher
from ..types import ArticleInfo, Passage, paragraph_id


class StoreCorpus:
    """Reads the store and the searcher for the answer router, keeping what is costly to re-read.

    The article list is kept until the store's revision changes; each article's lead paragraph is
    kept per content hash, so an updated article is read afresh.
    """

    def __init__(self, store: ParagraphStore, searcher: HybridSearcher) -> None:
        self.store = store
        self.searcher = searcher
        self._lock = threading.Lock()
        self._articles: tuple[str, list[ArticleInfo]] | None = None
        self._leads: dict[tuple[str, str], str] = {}

    def articles(self) -> list[ArticleInfo]:
        revision = self.store.revision()
        with self._lock:
            if self._articles is not None and self._articles[0] == revision:
                return self._articles[1]
        found = self.store.articles()
        visible = self.searcher.article_ids()
        infos = [a for a in found if a.article_id in visible]
        with self._lock:
            self._articles = (revision, infos)
        return infos

    def article_passages(self, article_id: str) -> list[Passage]:
        rows = self.store.article_paragraphs(article_id)
        passages = []
        for row in rows:
            meta = row.metadata
            passages.append(
                Passage(
                    article_id=row.article_id,
                    paragraph=row.paragraph,
                    text=row.text,
                    title=str(meta.get("title", "")),
                    byline=meta.get("byline") or None,
                    score=0.0,
                )
            )
            sentences = SentenceVectors.unpack(meta.get(SENTENCES_KEY), row.text)
            if sentences is not None:
                self.store.embeddings.remember_sentences(row.text, sentences)
        return passages

    def search(
        self, queries: list[str], top_k: int, article_ids: Sequence[str] | None, query_vectors: np.ndarray
    ) -> list[Passage]:
        return self.searcher.search(queries, top_k, article_ids, query_vectors)

    def lead(self, article_id: str) -> str:
        info = next((a for a in self.articles() if a.article_id == article_id), None)
        key = (article_id, info.content_hash if info else "")
        with self._lock:
            if key in self._leads:
                return self._leads[key]
        rows = self.store.paragraphs([paragraph_id(article_id, 1)])
        text = next(iter(rows.values())).text if rows else ""
        with self._lock:
            self._leads[key] = text
        return text
