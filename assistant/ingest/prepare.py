"""One file to a write plan: the step that the single-process and the Ray ingest share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..config import Settings
from ..index.records import WritePlan
from ..index.store import ParagraphStore
from ..types import Article
from .article import load_article, stored_source


def prepare_write(
    path: Path, settings: Settings, store: ParagraphStore, heads: Mapping[str, Mapping[str, Any]]
) -> tuple[Article, WritePlan]:
    """Read and parse one file and work out what storing it needs (the unchanged check included).

    Raises ``ArticleError`` for a file that cannot be used. The Ray ingest runs this in its tasks.
    """
    article = load_article(path.resolve(), settings.max_file_bytes)
    article = replace(article, source=stored_source(path, Path(settings.corpus_dir)))
    return article, store.plan_write(article, heads)


def crash_reason(exc: BaseException) -> str:
    """How the report words an unexpected error (a parser bug, a missing package)."""
    return f"{type(exc).__name__}: {exc}"
