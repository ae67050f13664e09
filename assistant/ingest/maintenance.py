"""Index maintenance that must never lose data: rebuilding moves the old index aside first."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from ..config import Settings
from ..errors import AssistantError


def move_index_aside(settings: Settings) -> Path | None:
    """Move ``index_dir`` to ``<index_dir>.old-<timestamp>`` (if it holds anything); return where.

    The first half of a rebuild (see ``assistant.assistant.rebuild_index``): the old index is kept,
    so a rebuild that fails half way loses nothing.
    """
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
    return moved
