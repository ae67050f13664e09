"""What the single-process and the Ray ingest share: one file to a write plan, and the per-file report."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..config import Settings
from ..index.records import WritePlan
from ..index.store import ParagraphStore
from ..types import Article, BrokenFileType, IngestFailure, IngestReport
from .article import load_article, stored_source

log = logging.getLogger(__name__)


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


class FileOutcomes:
    """The per-file part of an ingest report: failures, and the file types whose every file crashed."""

    def __init__(self, report: IngestReport) -> None:
        self.report = report
        self._tried: Counter[str] = Counter()  # files tried, by suffix
        self._crashed: dict[str, list[str]] = {}  # suffix -> unexpected errors (not the file's fault)

    def tried_file(self, path: Path) -> None:
        self._tried[path.suffix.lower()] += 1

    def failed(
        self, path: Path, reason: str, crashed: bool = False, exc: BaseException | None = None
    ) -> None:
        if crashed:
            errors = self._crashed.setdefault(path.suffix.lower(), [])
            if reason not in errors and exc is not None:  # one traceback per cause, not one per file
                log.error("Failed to ingest %s", path, exc_info=exc)
            errors.append(reason)
        self.report.failed.append(IngestFailure(str(path), reason))

    def finish(self) -> None:
        self.report.broken_types += [
            BrokenFileType(suffix, self._tried[suffix], " ".join(errors[0].split()))
            for suffix, errors in self._crashed.items()
            if len(errors) == self._tried[suffix]
        ]
