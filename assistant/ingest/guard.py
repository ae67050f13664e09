"""Checks that keep one ingest from clobbering or doubling articles that are already indexed.

Two files are the same article when they have the same id (file name); two articles are the same
text when their content hashes match. The guard refuses:

- a file whose id is already used by another file that still exists, when their texts differ
  (``news.txt`` in two folders): indexing it would silently replace the other article;
- a new file whose text is already indexed under another id, or appeared earlier in the batch
  (``report.txt`` and ``report (1).txt``): it would compete with the original for every citation.

An original whose file is gone does not count: the new file is its renamed or moved copy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..types import Article, ArticleInfo
from .article import source_file


class IngestGuard:
    """Per-ingest view of what the index holds, read from the store only when first needed."""

    def __init__(self, load_catalog: Callable[[], list[ArticleInfo]], corpus: Path) -> None:
        self._load_catalog = load_catalog
        self._corpus = corpus  # stored sources are relative to it
        self._by_id: dict[str, ArticleInfo] | None = None
        self._by_hash: dict[str, str] = {}  # content hash -> article id
        self._batch_by_hash: dict[str, str] = {}

    def _catalog(self) -> dict[str, ArticleInfo]:
        if self._by_id is None:
            infos = self._load_catalog()
            self._by_id = {info.article_id: info for info in infos}
            for info in infos:
                if _exists(self._file(info.source)):
                    self._by_hash.setdefault(info.content_hash, info.article_id)
        return self._by_id

    def id_taken_by(self, article: Article) -> str | None:
        """The other file that holds ``article``'s id with a different text, if there is one."""
        current = self._catalog().get(article.article_id)
        if current is None or current.content_hash == article.content_hash:
            return None
        held_by, given = self._file(current.source), self._file(article.source)
        if _same_file(held_by, given) or not _exists(held_by):
            return None
        return current.source

    def _file(self, source: str) -> Path:
        return source_file(source, self._corpus)

    def duplicate_of(self, article: Article) -> str | None:
        """The id of an article with the same text, when ``article`` would be a new id."""
        catalog = self._catalog()
        if article.article_id in catalog:
            return None  # an update of an article already indexed, not a second copy
        original = self._batch_by_hash.get(article.content_hash) or self._by_hash.get(article.content_hash)
        return original if original != article.article_id else None

    def accept(self, article: Article) -> None:
        """Remember an article that this ingest writes, so later copies in the batch are caught."""
        self._batch_by_hash.setdefault(article.content_hash, article.article_id)


def _exists(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b
