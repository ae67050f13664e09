"""Uploaded article files: check them, save the usable ones into the corpus folder, ingest them.

Shared by the web UI and the HTTP API so both accept and refuse exactly the same files.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .assistant import Assistant
from .corpus import SUPPORTED_SUFFIXES, article_id_for, load_article
from .errors import ArticleError
from .types import IngestReport


def safe_upload_name(name: str) -> str:
    """A file name that stays inside the corpus folder: no folders, no hidden files, a known suffix.

    Raises ``ArticleError`` for a name that cannot be used.
    """
    base = Path(name.replace("\\", "/")).name
    stem, suffix = Path(base).stem, Path(base).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ArticleError(base, f"unsupported file type {suffix or '(none)'!r}; use .txt, .md or .html")
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-.")
    if not stem:
        raise ArticleError(repr(name), "is not a usable file name; give the file a name of letters or digits")
    return f"{stem}{suffix}"


@dataclass(frozen=True, slots=True)
class Upload:
    """One uploaded file: the name the user gave it and where its bytes are now."""

    name: str
    path: Path


@dataclass(frozen=True, slots=True)
class UploadResult:
    """What became of one uploaded file."""

    file: str  # the name the user gave it
    result: str  # "added" | "updated" | "unchanged" | "failed"
    detail: str  # the article id, or why it failed

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def add_uploads(
    assistant: Assistant, uploads: Sequence[Upload], progress: Any = None
) -> tuple[list[UploadResult], IngestReport]:
    """Check uploaded files, copy the usable ones into the corpus folder under safe names, ingest them.

    A file is checked before it is copied, so a bad upload never overwrites a good article.
    ``progress``, when given, is called like a Gradio progress tracker.
    """
    corpus = Path(assistant.settings.corpus_dir)
    corpus.mkdir(parents=True, exist_ok=True)
    results: list[UploadResult] = []
    targets: list[Path] = []
    saved: dict[str, str] = {}  # article id -> uploaded file name
    for upload in uploads:
        try:
            name = safe_upload_name(upload.name)
            load_article(upload.path, assistant.settings.max_file_bytes)
        except ArticleError as exc:
            results.append(UploadResult(upload.name, "failed", exc.reason))
            continue
        target = corpus / name
        shutil.copyfile(upload.path, target)
        targets.append(target)
        saved[article_id_for(target)] = upload.name
    report = assistant.ingest(
        targets,
        progress=(lambda d, t, p: progress((d, t), desc=f"Indexing {Path(p).name}")) if progress else False,
    )
    for label in ("added", "updated", "unchanged"):
        for article_id in getattr(report, label):
            results.append(UploadResult(saved.get(article_id, article_id), label, f"article id {article_id}"))
    for failure in report.failed:
        results.append(UploadResult(Path(failure.path).name, "failed", failure.reason))
    return results, report
