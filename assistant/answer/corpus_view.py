"""The corpus as the answer router reads it: articles, whole articles, searches, each article's lead."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from ..index.records import SENTENCES_KEY, StoredParagraph, article_info, articles_from_heads
from ..index.sentence_vectors import SentenceVectors
from ..index.store import ParagraphStore
from ..retrieval.hybrid import HybridSearcher
from ..text import content_stems
from ..types import ArticleInfo, Passage, paragraph_id
from .versions import headline_words, publication_date

# A headline word that this many articles use (in any paragraph) finds no versions worth reading
# every head for: other reports of a story share its rarer names and words too.
VERSION_WORD_MAX_ARTICLES = 500


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
        self._leads: tuple[str, dict[str, str]] = ("", {})
        self._versions: tuple[str, dict[str, list[ArticleInfo]]] = ("", {})  # possible_versions, kept

    def articles(self) -> list[ArticleInfo]:
        revision = self.store.revision()
        cached = self._cached_articles(revision)
        if cached is not None:
            return cached
        found = self.store.articles()
        visible = self.searcher.article_ids()
        infos = [a for a in found if a.article_id in visible]
        with self._lock:
            self._articles = (revision, infos)
        return infos

    def _cached_articles(self, revision: str) -> list[ArticleInfo] | None:
        with self._lock:
            if self._articles is not None and self._articles[0] == revision:
                return self._articles[1]
        return None

    def possible_versions(self, article_id: str) -> list[ArticleInfo]:
        """The article and every article that shares a name or longer word with its headline and
        dek (``headline_words``): all that ``story_versions`` needs to see.

        Found through the keyword index (which holds every paragraph's headline words) and read
        by id, so that the first question of a new process does not read the whole article list
        (a second at 100k paragraphs). Once that list is read anyway, it is used instead. Kept
        per article until the store changes, so that questions about one story read its
        candidates once.
        """
        revision = self.store.revision()
        cached = self._cached_articles(revision)
        if cached is not None:
            return cached
        with self._lock:
            if self._versions[0] == revision and article_id in self._versions[1]:
                return self._versions[1][article_id]
        found = self._possible_versions(article_id)
        with self._lock:
            if self._versions[0] != revision:
                self._versions = (revision, {})
            self._versions[1][article_id] = found
        return found

    def _possible_versions(self, article_id: str) -> list[ArticleInfo]:
        if not self.searcher.visible_articles([article_id]):
            return []
        seen = self.store.metadata_seen(article_id)  # the question's search read one of its paragraphs
        if seen is not None:
            target = [article_info(seen, int(seen.get("paragraph_count", 0)))]
        else:
            target = articles_from_heads(self.store.article_heads([article_id]).values())
        if not target:
            return []
        if publication_date(target[0]) is None:
            return target  # an undated article has no dated versions
        candidates: set[str] = {article_id}
        for word in headline_words(target[0]):
            holders: set[str] | None = None
            stems = content_stems(word)
            # One stem: past the cap the word is too common to follow, so its articles need not be
            # named. Several ("cease-fire"): their articles are intersected, so all are named.
            cap = VERSION_WORD_MAX_ARTICLES if len(stems) == 1 else None
            for stem in stems:
                found = self.searcher.keyword.articles_with(stem, max_articles=cap)
                if found is None:
                    break
                holders = found if holders is None else holders & found
            else:
                if holders is None:  # a word the keyword index does not keep: look at every article
                    return self.articles()
                if len(holders) <= VERSION_WORD_MAX_ARTICLES:
                    candidates |= holders
        if len(candidates) > VERSION_WORD_MAX_ARTICLES:
            return self.articles()  # as many heads as a page of the whole list: read it once, kept
        visible = self.searcher.visible_articles(candidates)
        if visible == {article_id}:
            return target
        heads = self.store.article_heads(sorted(visible))
        return articles_from_heads(heads.values())

    def article_passages(self, article_id: str) -> list[Passage]:
        return [self._passage(row) for row in self.store.article_paragraphs(article_id)]

    def following(self, passages: Sequence[Passage], count: int) -> list[Passage]:
        """The ``count`` paragraphs after each passage in its article that are not among the passages,
        read in one call, in the order of the passages they follow."""
        have = {p.key for p in passages}
        keys = [
            paragraph_id(p.article_id, p.paragraph + step) for p in passages for step in range(1, count + 1)
        ]
        wanted = [k for k in dict.fromkeys(keys) if k not in have]
        rows = self.store.paragraphs(wanted) if wanted else {}
        return [self._passage(rows[k]) for k in wanted if k in rows]

    def lead_passage(self, article_id: str) -> Passage | None:
        """The article's ¶1 as a passage, or None when it has none."""
        row = self.store.paragraphs([paragraph_id(article_id, 1)]).get(paragraph_id(article_id, 1))
        return self._passage(row) if row is not None else None

    def _passage(self, row: StoredParagraph) -> Passage:
        """A stored paragraph as a passage; its stored sentence vectors are kept for the answer."""
        meta = row.metadata
        sentences = SentenceVectors.unpack(meta.get(SENTENCES_KEY), row.text)
        if sentences is not None:
            self.store.embeddings.remember_sentences(row.text, sentences)
        return Passage(
            article_id=row.article_id,
            paragraph=row.paragraph,
            text=row.text,
            title=str(meta.get("title", "")),
            byline=meta.get("byline") or None,
            score=0.0,
        )

    def search(
        self, queries: list[str], top_k: int, article_ids: Sequence[str] | None, query_vectors: np.ndarray
    ) -> list[Passage]:
        return self.searcher.search(queries, top_k, article_ids, query_vectors)

    def lead(self, article_id: str) -> str:
        """The text of the article's ¶1, kept until the store changes."""
        return self.leads([article_id]).get(article_id, "")

    def leads(self, article_ids: Sequence[str]) -> dict[str, str]:
        """The ¶1 text of each article, those not kept yet read in one call ("any obituaries?" looks
        at every article's lead)."""
        revision = self.store.revision()
        with self._lock:
            kept = self._leads[1] if self._leads[0] == revision else {}
            missing = [a for a in dict.fromkeys(article_ids) if a not in kept]
        rows = self.store.paragraphs([paragraph_id(a, 1) for a in missing]) if missing else {}
        read = {a: "" for a in missing} | {row.article_id: row.text for row in rows.values()}
        with self._lock:
            if self._leads[0] != revision:
                self._leads = (revision, {})
            self._leads[1].update(read)
            return {a: self._leads[1].get(a, "") for a in article_ids}
