"""The keyword (BM25) index saved to disk, so that a new process loads it instead of rebuilding it.

Rebuilding means reading and stemming every stored paragraph: 44 s at 100k paragraphs. A snapshot
is the index's flat arrays (``KeywordIndex.to_arrays``) in one file:

    ASSTBM25 | header length (4 bytes, little-endian) | header (JSON) | payload

The header names the format version, the store revision the index reflects, the collection it was
built from (Chroma's collection id: a collection deleted and created again is another one), a
fingerprint of the stemmer, the payload's length and SHA-256, and where each array lies in the
payload (name, dtype, length, offset). The payload is the arrays' raw little-endian bytes, each
starting on a 64-byte boundary, so that loading reads the file once and views the arrays in place:
an ``.npz`` (format 1, still read) was copied array by array, a second copy of the file in memory
and over a second of a 1M-paragraph index's load. Numbers and UTF-8 bytes only, never pickles.

Where: with the embedded store, inside the index folder (``<index_dir>/keyword/``), so it moves,
is copied and is deleted with the index. With a Chroma server, in the same folder used as a local
cache, one file per server, tenant, database and collection. A Chroma server has no place for
files of ours (its collections hold records of bounded metadata), and each machine can bring
its own copy up to date from the server cheaply (see ``HybridSearcher``), so a cache is enough.

Saving is atomic: the file is written under a temporary name in the same folder, flushed to disk,
then renamed over the old one, so a reader sees the old snapshot or the new one, never half of
one. Writers take an exclusive ``flock`` on ``.lock`` in the folder while they write; a temporary
file found by a writer holding the lock was left by a writer that died, and is deleted.
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import json
import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from ..config import Settings
from ..text import content_stems
from .keyword import KeywordIndex

log = logging.getLogger(__name__)

FORMAT_VERSION = 2
READABLE_FORMATS = (1, 2)  # format 1: the payload is an uncompressed ``.npz``
_ALIGN = 64  # each array starts on this boundary of the payload
_DTYPES = frozenset({"|u1", "<u2", "<i4", "<i8", "<f8"})  # what ``_narrow`` and the index produce
MAGIC = b"ASSTBM25"
_HEADER_MAX = 1 << 24  # a header is a few hundred bytes plus the ids of partly written articles
_CHUNK = 8 << 20  # bytes per write call
# A sentence whose stems change if the stemmer or the stopword list does: a snapshot made with
# other stems would score differently, so it is rebuilt.
_PROBE = (
    "The ministers' negotiations were running late, said officials of the United Nations in Geneva; "
    "farmers, nurses and teachers had been striking about wages since 2023, and they didn't say we're done "
    "in Kuusijärvi or Brøndum."
)


class SnapshotUnusable(Exception):
    """The snapshot cannot be used; the message says why (it is logged, and the index rebuilt)."""


@dataclass(slots=True)
class Snapshot:
    """A loaded snapshot: the index, the store revision it reflects, and the articles that were
    only partly written when it was saved (they are read again from the store)."""

    index: KeywordIndex
    revision: str
    incomplete: list[str]
    path: Path


def snapshot_path(settings: Settings) -> Path:
    """Where the snapshot of the configured collection lives (see the module docstring)."""
    folder = Path(settings.index_dir) / "keyword"
    if not settings.chroma_host:
        return folder / f"{settings.collection}.bm25"
    server = (
        f"{'https' if settings.chroma_ssl else 'http'}://{settings.chroma_host}:{settings.chroma_port}"
        f"/{settings.chroma_tenant}/{settings.chroma_database}"
    )
    digest = hashlib.sha256(server.encode()).hexdigest()[:16]
    return folder / f"server-{digest}-{settings.collection}.bm25"


def analyzer_fingerprint() -> str:
    return hashlib.sha256(" ".join(content_stems(_PROBE)).encode()).hexdigest()[:16]


@dataclass(slots=True)
class SnapshotContent:
    """What a snapshot holds, captured from the live index (``KeywordIndex.to_arrays``)."""

    arrays: dict[str, np.ndarray]
    paragraphs: int
    k1: float
    b: float
    revision: str
    collection_id: str
    incomplete: list[str]


def save_snapshot(path: Path, content: SnapshotContent) -> int:
    """Write ``content`` to ``path`` atomically; returns the file's size in bytes."""
    arrays = {name: _narrow(values) for name, values in content.arrays.items()}
    payload, layout = _pack(arrays)
    header = {
        "format": FORMAT_VERSION,
        "revision": content.revision,
        "collection_id": content.collection_id,
        "analyzer": analyzer_fingerprint(),
        "k1": content.k1,
        "b": content.b,
        "paragraphs": content.paragraphs,
        "incomplete": sorted(content.incomplete),
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "payload_bytes": len(payload),
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
        "arrays": layout,
    }
    head = json.dumps(header).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    with _writer_lock(path.parent):
        for stale in path.parent.glob(f"{path.name}.*.tmp"):
            stale.unlink(missing_ok=True)  # left by a writer that died: no living writer holds the lock
        temporary = path.with_name(f"{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
        try:
            with temporary.open("wb") as out:
                _write_all(out, [MAGIC, len(head).to_bytes(4, "little"), head, payload])
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        _fsync_folder(path.parent)
    return len(MAGIC) + 4 + len(head) + len(payload)


def load_snapshot(path: Path, collection_id: str) -> Snapshot:
    """Read a snapshot; raises ``FileNotFoundError`` if there is none and ``SnapshotUnusable``
    (saying why) if it is corrupt, cut short, of another format or of another collection."""
    with path.open("rb") as file:
        # One read into a buffer the arrays are then views of (writable, not zero-filled, not copied).
        buffer = np.empty(os.fstat(file.fileno()).st_size, dtype=np.uint8)
        data = memoryview(buffer)[: file.readinto(memoryview(buffer))]
    if bytes(data[: len(MAGIC)]) != MAGIC:
        raise SnapshotUnusable("it is not a keyword snapshot (wrong magic bytes)")
    size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 4], "little")
    start = len(MAGIC) + 4
    if size > _HEADER_MAX or start + size > len(data):
        raise SnapshotUnusable(f"it is cut short ({len(data)} bytes, within its header)")
    try:
        header: dict[str, Any] = json.loads(bytes(data[start : start + size]))
    except ValueError as exc:
        raise SnapshotUnusable(f"its header is not valid JSON ({exc})") from exc
    if header.get("format") not in READABLE_FORMATS:
        raise SnapshotUnusable(
            f"it has format version {header.get('format')!r}; this version reads "
            + " and ".join(map(str, READABLE_FORMATS))
        )
    payload = memoryview(data)[start + size :]
    if len(payload) != header.get("payload_bytes"):
        raise SnapshotUnusable(
            f"its payload has {len(payload)} bytes, its header says {header.get('payload_bytes')} (cut short)"
        )
    if hashlib.sha256(payload).hexdigest() != header.get("payload_sha256"):
        raise SnapshotUnusable("its payload does not match the checksum in its header (corrupt)")
    if header.get("collection_id") != collection_id:
        raise SnapshotUnusable(
            f"it was made for collection {header.get('collection_id')}, the store holds {collection_id} "
            "(the collection was deleted and created again)"
        )
    if header.get("analyzer") != analyzer_fingerprint():
        raise SnapshotUnusable("it was made with other word stems (the stemmer or stopword list changed)")
    try:
        if header["format"] == 1:
            with np.load(io.BytesIO(payload), allow_pickle=False) as npz:
                arrays = {name: npz[name] for name in npz.files}
        else:
            arrays = _unpack(payload, header.get("arrays"))
        index = KeywordIndex.from_arrays(arrays, float(header["k1"]), float(header["b"]))
    except (ValueError, KeyError, OSError, UnicodeDecodeError) as exc:
        raise SnapshotUnusable(f"its arrays cannot be read ({exc})") from exc
    if len(index) != header.get("paragraphs"):
        raise SnapshotUnusable(
            f"it holds {len(index)} paragraphs, its header says {header.get('paragraphs')}"
        )
    return Snapshot(index, str(header["revision"]), [str(a) for a in header.get("incomplete", [])], path)


def _narrow(values: np.ndarray) -> np.ndarray:
    """Whole numbers in the smallest type that holds them (term counts fit a byte): a smaller file."""
    if values.dtype.kind not in "iu" or not len(values):
        return values
    low, high = int(values.min()), int(values.max())
    for dtype in (np.uint8, np.uint16, np.int32):
        info = np.iinfo(dtype)
        if info.min <= low and high <= info.max:
            return values.astype(dtype)
    return values


def _pack(arrays: dict[str, np.ndarray]) -> tuple[bytearray, list[dict[str, Any]]]:
    """The arrays' bytes one after another, each on an ``_ALIGN`` boundary, and where each lies."""
    little = {
        name: np.ascontiguousarray(v, dtype=np.asarray(v).dtype.newbyteorder("<"))
        for name, v in arrays.items()
    }
    layout: list[dict[str, Any]] = []
    offset = 0
    for name, values in little.items():
        offset += -offset % _ALIGN
        layout.append({"name": name, "dtype": values.dtype.str, "length": len(values), "offset": offset})
        offset += values.nbytes
    payload = bytearray(offset)
    for item, values in zip(layout, little.values(), strict=True):
        payload[item["offset"] : item["offset"] + values.nbytes] = values.tobytes()
    return payload, layout


def _unpack(payload: memoryview, layout: object) -> dict[str, np.ndarray]:
    """Views of the arrays ``_pack`` laid out; ``ValueError`` if the layout does not fit the payload."""
    if not isinstance(layout, list):
        raise ValueError("its header lists no arrays")
    arrays = {}
    for item in layout:
        dtype = np.dtype(item["dtype"]) if item.get("dtype") in _DTYPES else None
        length, offset = item.get("length"), item.get("offset")
        if dtype is None or not isinstance(length, int) or not isinstance(offset, int) or length < 0:
            raise ValueError(f"array {item.get('name')!r} has an unreadable layout")
        if offset < 0 or offset % _ALIGN or offset + length * dtype.itemsize > len(payload):
            raise ValueError(f"array {item.get('name')!r} lies outside the payload")
        arrays[str(item["name"])] = np.frombuffer(payload, dtype=dtype, count=length, offset=offset)
    return arrays


def _write_all(out: io.BufferedWriter, parts: list[bytes | memoryview]) -> None:
    for part in parts:
        view = memoryview(part).cast("B")
        for lo in range(0, len(view), _CHUNK):
            out.write(view[lo : lo + _CHUNK])


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (a crash right after it could otherwise undo it)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _writer_lock(folder: Path) -> Iterator[None]:
    with (folder / ".lock").open("a") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)
