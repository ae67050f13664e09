"""Index maintenance that must never lose data: rebuilding moves the old index aside first."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from .config import Settings
from .errors import AssistantError
from .types import IngestReport


def rebuild_index(settings: Settings) -> tuple[Path | None, IngestReport]:
    """Move ``index_dir`` to ``<index_dir>.old-<timestamp>`` and rebuild from the corpus folder."""
    from .assistant import Assistant

    if settings.chroma_host:
        raise AssistantError(
            "`rebuild` works on the embedded index only. On a Chroma server, delete the collection "
            f"{settings.collection!r} (or pick a new ASSISTANT_COLLECTION) and run `assistant ingest`."
        )
    index_dir = Path(settings.index_dir)
    moved = None
    if index_dir.exists() and any(index_dir.iterdir()):
        moved = index_dir.with_name(f"{index_dir.name}.old-{time.strftime('%Y%m%d-%H%M%S')}")
        shutil.move(str(index_dir), str(moved))
    assistant = Assistant(settings)
    return moved, assistant.ingest([settings.corpus_dir], progress=True)
