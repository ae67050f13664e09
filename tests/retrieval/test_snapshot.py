"""The keyword snapshot file on its own (no model, no store): a round trip scores as the index it was
made from; damage of any kind is refused with a reason; concurrent writers never leave a file that
loads wrong. The store-backed behaviour (load instead of rebuild, catch-up, crash mid-save) is in
``test_keyword_snapshot.py``."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.retrieval.keyword import KeywordIndex
from assistant.retrieval.snapshot import (
    MAGIC,
    SnapshotContent,
    SnapshotUnusable,
    load_snapshot,
    save_snapshot,
)

from .test_keyword import WORDS, _all_scores, _corpus

QUERIES = ["ceasefire talks cairo", "dam river turbine", "nurses strike wages", "story", "bank rates port"]


def _content(index: KeywordIndex, revision: str = "r1", collection: str = "c1") -> SnapshotContent:
    return SnapshotContent(index.to_arrays(), len(index), index.k1, index.b, revision, collection, ["x"])


def _saved(tmp_path: Path, index: KeywordIndex) -> Path:
    path = tmp_path / "keyword" / "paragraphs.bm25"
    save_snapshot(path, _content(index))
    return path


def test_round_trip_scores_as_the_index_it_was_made_from(tmp_path: Path) -> None:
    rows = _corpus(700)
    index = KeywordIndex.build(rows)
    index.remove([r.key for r in rows[:40]])  # dead slots are left out of the file
    index.upsert(_corpus(30, seed=7))  # and a replaced paragraph keeps its new terms
    loaded = load_snapshot(_saved(tmp_path, index), "c1")
    assert (loaded.revision, loaded.incomplete) == ("r1", ["x"])
    again = loaded.index
    assert len(again) == len(index) and again.signatures() == index.signatures()
    assert again.article_ids == index.article_ids
    for query in QUERIES:
        assert _all_scores(again, query) == _all_scores(index, query)
    for word in [*WORDS, "unseen"]:
        assert again.idf(word) == index.idf(word)
    assert again.article_versions() == index.article_versions()
    # the loaded index goes on taking updates like any other
    again.remove(again.keys_of("art3"))
    index.remove(index.keys_of("art3"))
    again.upsert(_corpus(20, seed=9))
    index.upsert(_corpus(20, seed=9))
    for query in QUERIES:
        assert _all_scores(again, query) == _all_scores(index, query)
        assert again.search(query, k=5) == index.search(query, k=5)  # pruned, on the file's narrow types
    gone = [r.key for r in rows[100:600]]  # dead slots among the rows read from the file
    again.remove(gone)
    index.remove(gone)
    for query in QUERIES:
        assert again.search(query, k=5) == index.search(query, k=5)


def test_an_empty_index_round_trips(tmp_path: Path) -> None:
    loaded = load_snapshot(_saved(tmp_path, KeywordIndex()), "c1")
    assert len(loaded.index) == 0 and loaded.index.search("dam", 5) == []


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    head_end = len(MAGIC) + 4 + int.from_bytes(data[len(MAGIC) : len(MAGIC) + 4], "little")
    if how == "truncated":
        del data[len(data) // 2 :]
    elif how == "cut in its header":
        del data[20:]
    elif how == "flipped byte":
        data[head_end + (len(data) - head_end) // 2] ^= 0xFF
    elif how == "other format":
        header = json.loads(data[len(MAGIC) + 4 : head_end])
        header["format"] = 999
        raw = json.dumps(header).encode()
        data[len(MAGIC) :] = len(raw).to_bytes(4, "little") + raw + data[head_end:]
    elif how == "not a snapshot":
        data[:] = b"PK\x03\x04 something else entirely"
    elif how == "empty":
        data[:] = b""
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("how", "reason"),
    [
        ("truncated", "cut short"),
        ("cut in its header", "cut short"),
        ("flipped byte", "checksum"),
        ("other format", "format version 999"),
        ("not a snapshot", "magic"),
        ("empty", "magic"),
    ],
)
def test_a_damaged_snapshot_is_refused_with_the_reason(tmp_path: Path, how: str, reason: str) -> None:
    path = _saved(tmp_path, KeywordIndex.build(_corpus(300)))
    _damage(path, how)
    with pytest.raises(SnapshotUnusable, match=reason):
        load_snapshot(path, "c1")


def test_a_snapshot_of_another_collection_is_refused(tmp_path: Path) -> None:
    path = _saved(tmp_path, KeywordIndex.build(_corpus(50)))
    with pytest.raises(SnapshotUnusable, match="collection"):
        load_snapshot(path, "another-collection-id")


def test_arrays_that_do_not_fit_together_are_refused(tmp_path: Path) -> None:
    """Even with a matching checksum (a bug in a writer), arrays that contradict each other never load."""
    index = KeywordIndex.build(_corpus(80))
    arrays = index.to_arrays()
    arrays["post_slots"] = arrays["post_slots"] + len(index)  # postings pointing past the last paragraph
    path = tmp_path / "bad.bm25"
    save_snapshot(path, SnapshotContent(arrays, len(index), 1.5, 0.75, "r", "c1", []))
    with pytest.raises(SnapshotUnusable, match="inconsistent"):
        load_snapshot(path, "c1")


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from assistant.retrieval.keyword import KeywordIndex
    from assistant.retrieval.snapshot import SnapshotContent, save_snapshot
    from tests.retrieval.test_keyword import _corpus

    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    index = KeywordIndex.build(_corpus(1500 + 100 * seed, seed=seed))
    content = SnapshotContent(index.to_arrays(), len(index), 1.5, 0.75, f"rev-{seed}", "c1", [])
    for _ in range(15):
        save_snapshot(path, content)
    """
)


def test_concurrent_writers_never_leave_a_file_that_loads_wrong(tmp_path: Path) -> None:
    """Two processes save different snapshots to one path while this one keeps loading it."""
    root = Path(__file__).resolve().parents[2]
    path = tmp_path / "keyword" / "paragraphs.bm25"
    expected = {
        f"rev-{seed}": KeywordIndex.build(_corpus(1500 + 100 * seed, seed=seed)).signatures()
        for seed in (1, 2)
    }
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(seed)], cwd=root) for seed in (1, 2)
    ]
    loads = 0
    deadline = time.monotonic() + 120
    while any(w.poll() is None for w in writers) and time.monotonic() < deadline:
        if path.exists():
            snapshot = load_snapshot(path, "c1")  # never raises: a reader sees a whole file
            assert snapshot.index.signatures() == expected[snapshot.revision]
            loads += 1
    assert [w.wait(timeout=60) for w in writers] == [0, 0]
    assert loads > 0
    assert load_snapshot(path, "c1").revision in expected
    assert not list(path.parent.glob("*.tmp"))


def test_narrowed_counts_keep_large_values(tmp_path: Path) -> None:
    """Whole-number arrays are stored in the smallest type that holds them; nothing is clipped."""
    index = KeywordIndex.build(_corpus(40))
    content = _content(index)
    content.arrays["doc_counts"] = content.arrays["doc_counts"].copy()
    content.arrays["doc_counts"][0] = 70_000  # beyond uint16
    path = tmp_path / "big.bm25"
    save_snapshot(path, content)
    header, arrays = _stored(path)
    assert int(arrays["doc_counts"][0]) == 70_000 and arrays["doc_counts"].dtype == np.int32
    assert arrays["post_counts"].dtype == np.uint8  # term counts fit a byte
    assert all(item["offset"] % 64 == 0 for item in header["arrays"])  # each array aligned, viewed in place


def _stored(path: Path) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The header and the arrays of a snapshot file, read as they are laid out."""
    data = path.read_bytes()
    size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 4], "little")
    header = json.loads(data[len(MAGIC) + 4 : len(MAGIC) + 4 + size])
    payload = data[len(MAGIC) + 4 + size :]
    arrays = {
        item["name"]: np.frombuffer(payload, dtype=item["dtype"], count=item["length"], offset=item["offset"])
        for item in header["arrays"]
    }
    return header, arrays


def test_a_snapshot_of_the_first_format_still_loads(tmp_path: Path) -> None:
    """Format 1 held the arrays as an ``.npz``: an index saved before the change loads without a rebuild."""
    index = KeywordIndex.build(_corpus(200))
    path = tmp_path / "old.bm25"
    save_snapshot(path, _content(index))
    header, arrays = _stored(path)
    buffer = io.BytesIO()
    np.savez(buffer, allow_pickle=False, **arrays)
    payload = buffer.getvalue()
    header = {k: v for k, v in header.items() if k != "arrays"} | {
        "format": 1,
        "payload_bytes": len(payload),
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
    }
    head = json.dumps(header).encode()
    path.write_bytes(MAGIC + len(head).to_bytes(4, "little") + head + payload)
    loaded = load_snapshot(path, "c1").index
    for query in QUERIES:
        assert loaded.search(query, k=5) == index.search(query, k=5)


def test_an_array_laid_out_beyond_the_payload_is_refused(tmp_path: Path) -> None:
    path = _saved(tmp_path, KeywordIndex.build(_corpus(50)))
    data = path.read_bytes()
    size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 4], "little")
    header = json.loads(data[len(MAGIC) + 4 : len(MAGIC) + 4 + size])
    header["arrays"][0]["length"] = 10**9
    head = json.dumps(header).encode()
    path.write_bytes(MAGIC + len(head).to_bytes(4, "little") + head + data[len(MAGIC) + 4 + size :])
    with pytest.raises(SnapshotUnusable, match="lies outside the payload"):
        load_snapshot(path, "c1")


def test_a_word_whose_paragraphs_were_removed_before_the_save_is_searched_like_any_unknown_word(
    tmp_path: Path,
) -> None:
    rows = _corpus(60)
    zebra = type(rows[0])("zoo", 1, "The zebra crossing opened.", {"text_hash": "z"})
    index = KeywordIndex.build([*rows, zebra])
    index.remove([zebra.key])  # "zebra" keeps its term id, with no paragraph left
    loaded = load_snapshot(_saved(tmp_path, index), "c1").index
    assert loaded.search("zebra", k=5) == []
    assert loaded.search("zebra budget", k=5) == index.search("budget", k=5)
    assert loaded.articles_with("zebra") == set()
