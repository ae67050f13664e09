"""Ingest orchestration: files -> articles -> write plans -> the index, and the file moves that go with it.

``IngestService`` is what ``Assistant.ingest``/``remove`` run. It reaches the store through a
``StoreAccess`` (the front satisfies it: it reopens a store whose collection vanished), so that it
never imports the front. The caller holds the front's lock around each call.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol

from ..arguments import check_article_id
from ..config import Settings
from ..errors import ArticleError, StoreUnavailableError, UnknownArticleError
from ..index.records import WritePlan
from ..index.store import ParagraphStore
from ..types import Article, Duplicate, IngestFailure, IngestReport, Removal
from .article import article_id_for, find_article_files, source_file
from .guard import IngestGuard
from .prepare import FileOutcomes, crash_reason, prepare_write

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, str], None]
# Paragraphs embedded per pass while ingesting: large enough to batch well, small enough to show progress.
_EMBED_CHUNK = 2048
# Files of removed articles go here (hidden folders are not ingested).
REMOVED_FOLDER = ".removed"


class StoreAccess(Protocol):
    """What ingesting needs of the index: the store, opened (or reopened) on demand."""

    @property
    def store(self) -> ParagraphStore: ...


class IngestService:
    """Adds, updates and removes articles; one per ``Assistant``."""

    def __init__(self, settings: Settings, index: StoreAccess) -> None:
        self.settings = settings
        self.index = index

    def ingest(
        self,
        targets: Sequence[str | Path],
        progress: bool | ProgressCallback = False,
        ray_address: str | None = None,
    ) -> IngestReport:
        """See ``Assistant.ingest``; with ``ray_address``, parsing and embedding run on that Ray
        cluster (see ``ray_ingest``) and the rest (checks, report, pruning) here, as without it."""
        report = IngestReport()
        files, problems = find_article_files(targets)
        report.failed += [IngestFailure(p, r) for p, r in problems]
        files = _unique_ids(files, report)
        outcomes = FileOutcomes(report)
        corpus = Path(self.settings.corpus_dir)
        guard = IngestGuard(self.index.store.article_catalog, corpus)
        if ray_address is not None:
            from .ray_ingest import RayIngest

            RayIngest(self.settings, ray_address, progress=progress is True).run(
                files, outcomes, lambda article, path: self._admit(article, path, guard, report)
            )
        else:
            self._ingest_here(files, outcomes, guard, progress)
        outcomes.finish()
        report.removed += self._prune_missing([Path(t) for t in targets if Path(t).is_dir()])
        return report

    def _ingest_here(
        self,
        files: list[Path],
        outcomes: FileOutcomes,
        guard: IngestGuard,
        progress: bool | ProgressCallback,
    ) -> None:
        """Parse, check, embed and write the files in this process."""
        report = outcomes.report
        pending: list[WritePlan] = []
        # What is stored of these articles, read once for the batch rather than per article.
        heads = self.index.store.article_heads([article_id_for(f) for f in files])
        for done, path in enumerate(_progress(files, progress), 1):
            outcomes.tried_file(path)
            try:
                article, plan = prepare_write(path, self.settings, self.index.store, heads)
                if plan.status == "unchanged" or self._admit(article, path, guard, report):
                    pending.append(plan)
            except ArticleError as exc:
                outcomes.failed(path, exc.reason)
            except StoreUnavailableError:
                raise
            except Exception as exc:  # a parser bug or a missing package must not sink the batch
                outcomes.failed(path, crash_reason(exc), crashed=True, exc=exc)
            if sum(len(p.embed_ids) for p in pending) >= _EMBED_CHUNK:
                self._apply(pending, report)
                pending = []
            if callable(progress):
                progress(done, len(files), str(path))
        self._apply(pending, report)

    def remove(self, article_id: str) -> Removal:
        """Remove an article from the index.

        If its file lies in the corpus folder, the file is moved to ``<corpus>/.removed/`` so the
        next ingest of the folder does not bring the article back; nothing is deleted from disk.
        """
        article_id = check_article_id(article_id)
        info = self.index.store.article_info(article_id, complete_only=False)
        if info is None:
            raise UnknownArticleError(article_id, [a.article_id for a in self.index.store.articles()])
        removed = self.index.store.delete_article(article_id)
        corpus = Path(self.settings.corpus_dir)
        return Removal(article_id, removed, self._set_aside(source_file(info.source, corpus)))

    def _admit(self, article: Article, path: Path, guard: IngestGuard, report: IngestReport) -> bool:
        """False (and the report says why) for an article that would clobber or double another."""
        owner = guard.id_taken_by(article)
        if owner is not None:
            reason = (
                f"its article id {article.article_id!r} is already used by {owner}, which has "
                f"different text; rename this file, or remove that article first "
                f"(`assistant remove {article.article_id}`)"
            )
            report.failed.append(IngestFailure(str(path), reason))
            return False
        original = guard.duplicate_of(article)
        if original is not None:
            report.duplicates.append(Duplicate(str(path), article.article_id, original))
            return False
        guard.accept(article)
        return True

    def _apply(self, plans: list[WritePlan], report: IngestReport) -> None:
        if not plans:
            return
        self.index.store.apply_writes(plans)
        for plan in plans:
            getattr(report, plan.status).append(plan.article_id)

    def _prune_missing(self, folders: Sequence[Path]) -> list[str]:
        """Remove articles whose source file lay in one of ``folders`` and no longer exists."""
        if not folders:
            return []
        roots = [f.resolve() for f in folders]
        corpus = Path(self.settings.corpus_dir)
        removed = []
        for info in self.index.store.articles(complete_only=False):
            source = source_file(info.source, corpus).resolve()
            if any(source.is_relative_to(root) for root in roots) and not source.exists():
                self.index.store.delete_article(info.article_id)
                removed.append(info.article_id)
        return removed

    def _set_aside(self, source: Path) -> str | None:
        """Move a corpus file to ``.removed/``; returns where it went, relative to the corpus folder."""
        corpus = Path(self.settings.corpus_dir).resolve()
        if not source.is_file() or not source.resolve().is_relative_to(corpus):
            return None
        target = set_aside_path(corpus, source.name)
        source.rename(target)
        return target.relative_to(corpus).as_posix()


def set_aside_path(corpus: Path, name: str) -> Path:
    """A free place in ``<corpus>/.removed/`` for a file called ``name`` that leaves the corpus:
    the file of a removed article, or the previous file of a replaced one. Nothing there is overwritten.
    """
    folder = corpus / REMOVED_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    stamp = time.strftime("%Y%m%d-%H%M%S")
    number = 1
    while target.exists():
        target = folder / f"{stem}-{stamp}{f'-{number}' if number > 1 else ''}{suffix}"
        number += 1
    return target


def _unique_ids(files: list[Path], report: IngestReport) -> list[Path]:
    """``files`` without those whose article id an earlier file has (reported as failed)."""
    seen_ids: dict[str, Path] = {}
    unique = []
    for path in files:
        article_id = article_id_for(path)
        if article_id in seen_ids:
            reason = f"has the same article id {article_id!r} as {seen_ids[article_id]}; rename one"
            report.failed.append(IngestFailure(str(path), reason))
            continue
        seen_ids[article_id] = path
        unique.append(path)
    return unique


def _progress(files: list[Path], progress: bool | ProgressCallback) -> Iterable[Path]:
    if progress is True and files:
        from tqdm import tqdm

        return tqdm(files, desc="Ingesting", unit="file")
    return files
