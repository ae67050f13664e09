"""Uploaded article files: check them, save the usable ones into the corpus folder, ingest them.

Shared by the web UI and the HTTP API so both accept and refuse exactly the same files.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Literal

from ..assistant import Assistant
from ..errors import ArticleError, AssistantError
from ..ingest.article import SUPPORTED_SUFFIXES, article_id_for, load_article, name_part
from ..ingest.pipeline import set_aside_path
from ..types import IngestFailure, IngestReport

# Most bytes a saved file name may have: disks allow 255, and a replaced or removed article's file
# gets a time stamp added in .removed/.
MAX_NAME_BYTES = 200


def safe_upload_name(name: str) -> str:
    """A file name that stays inside the corpus folder: no folders, no hidden files, a known suffix.

    Raises ``ArticleError`` for a name that cannot be used.
    """
    base = Path(name.replace("\\", "/")).name
    stem, suffix = Path(base).stem, Path(base).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ArticleError(base, f"unsupported file type {suffix or '(none)'!r}; use .txt, .md or .html")
    stem = name_part(stem)
    if not stem:
        raise ArticleError(repr(name), "is not a usable file name; give the file a name of letters or digits")
    safe = f"{stem}{suffix}"
    if len(safe.encode()) > MAX_NAME_BYTES:
        raise ArticleError(
            base[:60] + "…",
            f"the file name is too long ({len(base.encode())} bytes; at most {MAX_NAME_BYTES}): shorten it",
        )
    return safe


@dataclass(frozen=True, slots=True)
class Upload:
    """One uploaded file: the name the user gave it and where its bytes are now."""

    name: str
    path: Path


UploadOutcome = Literal["added", "updated", "unchanged", "duplicate", "failed"]


@dataclass(frozen=True, slots=True)
class UploadResult:
    """What became of one uploaded file."""

    file: str  # the name the user gave it
    result: UploadOutcome
    detail: str  # the article id, or why it failed

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def add_uploads(
    assistant: Assistant, uploads: Sequence[Upload], progress: Any = None
) -> tuple[list[UploadResult], IngestReport]:
    """Check uploaded files, copy the usable ones into the corpus folder under safe names, ingest them.

    A file is checked before it is copied, so a bad upload never overwrites a good article. A copy
    that the ingest then refuses (the same text as an indexed article, or a name another article
    holds) is taken out of the corpus folder again, and a file it replaced is put back.
    ``progress``, when given, is called like a Gradio progress tracker.
    """
    corpus = Path(assistant.settings.corpus_dir)
    corpus.mkdir(parents=True, exist_ok=True)
    results: list[UploadResult] = []
    copies: dict[Path, bytes | None] = {}  # copied file -> what it replaced (None: nothing)
    uploaded: dict[str, str] = {}  # article id -> uploaded file name
    for upload in uploads:
        try:
            name = safe_upload_name(upload.name)
            load_article(upload.path, assistant.settings.max_file_bytes)
        except ArticleError as exc:
            results.append(UploadResult(upload.name, "failed", exc.reason))
            continue
        except AssistantError as exc:
            results.append(UploadResult(upload.name, "failed", without_server_paths(str(exc))))
            continue
        target = corpus / name
        article_id = article_id_for(target)
        if article_id in uploaded:
            reason = f"has the same article id {article_id!r} as {uploaded[article_id]}; rename one"
            results.append(UploadResult(upload.name, "failed", reason))
            continue
        copies[target] = target.read_bytes() if target.is_file() else None
        shutil.copyfile(upload.path, target)
        uploaded[article_id] = upload.name
    show = (lambda d, t, p: progress((d, t), desc=f"Indexing {Path(p).name}")) if progress else False
    try:
        report = assistant.ingest(list(copies), progress=show)
    except BaseException:
        _put_back(copies)
        raise
    indexed = set(report.added + report.updated + report.unchanged)
    _put_back({target: old for target, old in copies.items() if article_id_for(target) not in indexed})
    updated = set(report.updated)
    kept = _keep_replaced(corpus, {t: old for t, old in copies.items() if article_id_for(t) in updated})
    for label in ("added", "updated", "unchanged"):
        for article_id in getattr(report, label):
            name = uploaded.get(article_id, article_id)
            detail = f"article id {article_id}"
            if article_id in kept:
                detail += f"; the previous file is kept as {kept[article_id]}"
            results.append(UploadResult(name, label, detail))
    for dup in report.duplicates:
        detail = f"same text as article {dup.duplicate_of}; not indexed twice"
        results.append(UploadResult(uploaded.get(dup.article_id, Path(dup.path).name), "duplicate", detail))
    for failure in report.failed:
        name = uploaded.get(article_id_for(failure.path), Path(failure.path).name)
        results.append(UploadResult(name, "failed", without_server_paths(failure.reason)))
    return results, _as_uploaded(report, uploaded)


def _as_uploaded(report: IngestReport, uploaded: dict[str, str]) -> IngestReport:
    """The report with each file named as the user uploaded it, not by its place on the server."""

    def name(path: str) -> str:
        return uploaded.get(article_id_for(path), Path(path).name)

    return replace(
        report,
        failed=[IngestFailure(name(f.path), without_server_paths(f.reason)) for f in report.failed],
        duplicates=[replace(d, path=name(d.path)) for d in report.duplicates],
    )


# An absolute path in a message: its folders are dropped, its file name kept.
_FOLDERS = re.compile(r"(?<![\w.~])/(?:[^/\s'\"`]+/)+(?=[^/\s'\"`])")


def without_server_paths(message: str) -> str:
    """``message`` with each absolute path cut to its file name, for clients of the UI and the HTTP API
    (an article ingested from outside the corpus folder is recorded, and named, by its absolute path)."""
    return _FOLDERS.sub("", message)


def _keep_replaced(corpus: Path, replaced: dict[Path, bytes | None]) -> dict[str, str]:
    """Keep the previous file of each replaced article in ``.removed/``, as a removed article's file is
    kept, so an overwrite can be undone. Returns article id -> where it is, relative to the corpus."""
    kept: dict[str, str] = {}
    for target, previous in replaced.items():
        if previous is not None:
            place = set_aside_path(corpus, target.name)
            place.write_bytes(previous)
            kept[article_id_for(target)] = place.relative_to(corpus).as_posix()
    return kept


def upload_failure_message(results: Sequence[UploadResult]) -> str | None:
    """What went wrong with the failed files of an upload (None when none failed)."""
    failed = [r for r in results if r.result == "failed"]
    if not failed:
        return None
    problems = "; ".join(f"{r.file}: {r.detail}" for r in failed)
    return f"{len(failed)} of {len(results)} file(s) could not be ingested: {problems}"


def _put_back(copies: dict[Path, bytes | None]) -> None:
    """Undo copies into the corpus folder: remove new files, restore the ones they replaced."""
    for target, previous in copies.items():
        if previous is None:
            target.unlink(missing_ok=True)
        else:
            target.write_bytes(previous)
