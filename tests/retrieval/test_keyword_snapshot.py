"""The keyword index persists: a new process loads its snapshot instead of rebuilding it, catches up
with what another process changed in the store since, rebuilds (and says why) only when the
snapshot is missing or unusable, and a save killed half way never leaves a snapshot that loads
wrong. Real model, real Chroma (embedded and a `chroma run` server, see conftest)."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from assistant import Assistant
from assistant.index.store import ParagraphStore
from assistant.retrieval.keyword import KeywordIndex

from ..conftest import ROOT, SEED_ID

pytestmark = pytest.mark.slow

QUERIES = [
    "What do Israeli leaders say the lessons of October 7 require?",
    "Hamas delegation Cairo talks",
    "Kariba dam turbines",
    "harbour ferry strike wages",
    "library budget vote council",
]

ARTICLES = {
    "dam": "Dam Opens\n\nThe Kariba dam on the river opened on Friday, engineers said, after delays.\n\n"
    "Engineers say the turbines at the new dam will deliver power to two countries by next year.\n",
    "ferry": "Ferry Strike\n\nFerry crews at the harbour walked out over wages on Monday, the union said.\n\n"
    "The harbour master said ferries to the islands would not sail until the strike ends.\n\n"
    "Passengers queued at the port for buses laid on by the council.\n",
    "library": "Library Vote\n\nThe council voted to keep the library open after a budget row.\n",
}


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _rebuilt(assistant: Assistant) -> KeywordIndex:
    """The keyword index built from scratch from what the store holds now."""
    return KeywordIndex.build(row for page in assistant.store.iter_paragraphs() for row in page)


def _assert_same_scores(loaded: KeywordIndex, rebuilt: KeywordIndex) -> None:
    assert loaded.signatures() == rebuilt.signatures()
    for query in QUERIES:
        got, want = dict(loaded.search(query, 10**6)), dict(rebuilt.search(query, 10**6))
        assert got.keys() == want.keys()
        assert got == pytest.approx(want, rel=1e-12)
    for word in ("dam", "harbour", "hamas", "unseen"):
        assert loaded.idf(word) == pytest.approx(rebuilt.idf(word), rel=1e-12)


def _refuse(self: ParagraphStore, with_text: bool = True) -> None:
    raise AssertionError("the keyword index read the whole store (a rebuild)")


def _env(assistant: Assistant) -> dict[str, str]:
    """Environment for an `assistant` subprocess on the same store."""
    s = assistant.settings
    env = os.environ | {"ASSISTANT_INDEX_DIR": str(s.index_dir), "ASSISTANT_CORPUS_DIR": str(s.corpus_dir)}
    if s.chroma_host:
        env |= {
            "ASSISTANT_CHROMA_HOST": s.chroma_host,
            "ASSISTANT_CHROMA_PORT": str(s.chroma_port),
            "ASSISTANT_CHROMA_DATABASE": s.chroma_database,
        }
    return env


def _cli(assistant: Assistant, *args: str) -> None:
    exe = shutil.which("assistant", path=str(Path(sys.executable).parent)) or "assistant"
    result = subprocess.run([exe, *args], capture_output=True, text=True, env=_env(assistant), timeout=300)
    assert result.returncode == 0, result.stderr


def test_a_new_process_loads_the_snapshot_and_scores_as_a_rebuild(
    fresh: Assistant, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, text in ARTICLES.items():
        _write(corpus, name, text)
    fresh.ingest([corpus])
    path = fresh.searcher.snapshot_path
    assert path is not None and path.is_file()
    if fresh.settings.chroma_host:  # a local cache, one per server, database and collection
        assert path.name.startswith("server-")

    with monkeypatch.context() as patch:
        patch.setattr(ParagraphStore, "iter_paragraphs", _refuse)
        other = Assistant.open(settings=fresh.settings)
        searcher = other.searcher
    assert searcher.opened_from == "snapshot"
    assert searcher.article_ids() == {SEED_ID, *ARTICLES}
    _assert_same_scores(searcher.keyword, _rebuilt(other))
    answer = other.ask("When did the Kariba dam open?")
    assert answer.retrieved[0].key == "dam#1" and answer.retrieved[0].bm25_rank == 1


def test_catch_up_after_another_process_changed_the_store(
    fresh: Assistant,
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The snapshot is older than the store: only the articles added, changed or removed are read."""
    for name, text in ARTICLES.items():
        _write(corpus, name, text)
    fresh.ingest([corpus])
    path = fresh.searcher.snapshot_path
    assert path is not None
    old = path.read_bytes()

    # another process adds an article, changes one and removes one (and saves its own snapshot)
    extra = tmp_path / "extra"
    _write(
        extra, "port", "Port Expands\n\nThe port will add two berths for container ships, officials said.\n"
    )
    _cli(fresh, "ingest", str(extra))
    _write(corpus, "ferry", ARTICLES["ferry"].replace("harbour", "marina"))
    _cli(fresh, "ingest", str(corpus / "ferry.txt"))
    _cli(fresh, "remove", "library")
    assert path.read_bytes() != old

    read: list[set[str]] = []
    original = ParagraphStore.paragraphs_of_articles

    def counting(self: ParagraphStore, article_ids: set[str]) -> dict[str, list[Any]]:
        read.append(set(article_ids))
        return original(self, article_ids)

    with monkeypatch.context() as patch:
        patch.setattr(ParagraphStore, "iter_paragraphs", _refuse)
        patch.setattr(ParagraphStore, "paragraphs_of_articles", counting)
        # its snapshot is current: a new process reads no article at all
        assert Assistant.open(settings=fresh.settings).searcher.opened_from == "snapshot"
        assert read == []
        # with the old snapshot back, a new process reads exactly the three articles that changed
        path.write_bytes(old)
        caplog.set_level(logging.INFO, logger="assistant.retrieval.hybrid")
        later = Assistant.open(settings=fresh.settings)
        searcher = later.searcher
        assert searcher.opened_from == "snapshot"
        assert set().union(*read) == {"port", "ferry", "library"}
        assert searcher.article_ids() == {SEED_ID, "dam", "ferry", "port"}
        assert later.ask("Which ferry crews walked out at the marina?").retrieved[0].key.startswith("ferry#")
        # the one that caught up saved it: the next process starts from the store as it is now
        next_one = Assistant.open(settings=fresh.settings).searcher
        assert next_one.keyword.signatures() == searcher.keyword.signatures()
    assert not any("building" in r.message.lower() for r in caplog.records)
    _assert_same_scores(searcher.keyword, _rebuilt(later))


def test_paragraphs_without_their_first_paragraph_are_found_and_hidden(
    fresh: Assistant, corpus: Path, tmp_path: Path
) -> None:
    """An ingest killed before it wrote an article's ¶1: the ¶1s cannot show it, the paragraph count does."""
    fresh.ingest([corpus])
    path = fresh.searcher.snapshot_path
    assert path is not None
    old = path.read_bytes()
    article = _write(tmp_path / "new", "ferry", ARTICLES["ferry"])
    from assistant.ingest.article import load_article

    plan = fresh.store.plan_write(load_article(article))
    plan.embed_ids, plan.embed_texts, plan.embed_metas = (
        x[1:] for x in (plan.embed_ids, plan.embed_texts, plan.embed_metas)
    )
    fresh.store.apply_writes([plan])  # ¶2 and ¶3 only
    path.write_bytes(old)
    other = Assistant.open(settings=fresh.settings)
    searcher = other.searcher
    assert searcher.opened_from == "snapshot"
    assert searcher.incomplete == {"ferry"}
    assert searcher.article_ids() == {SEED_ID}
    assert all(not p.key.startswith("ferry#") for p in searcher.search(["ferry harbour strike"], top_k=10))


@pytest.mark.parametrize("damage", ["truncated", "flipped byte", "other format", "missing"])
def test_a_missing_or_unusable_snapshot_is_rebuilt_with_one_log_line(
    fresh: Assistant, corpus: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    from .test_snapshot import _damage

    fresh.ingest([corpus])
    path = fresh.searcher.snapshot_path
    assert path is not None
    if damage == "missing":
        path.unlink()
    else:
        _damage(path, damage)
    caplog.set_level(logging.INFO, logger="assistant.retrieval.hybrid")
    other = Assistant.open(settings=fresh.settings)
    searcher = other.searcher
    assert searcher.opened_from == "store"
    lines = [r for r in caplog.records if "snapshot" in r.message and "building" in r.message]
    assert len(lines) == 1, [r.message for r in caplog.records]
    reason = {
        "truncated": "cut short",
        "flipped byte": "checksum",
        "other format": "format version 999",
        "missing": "No keyword index snapshot",
    }[damage]
    assert reason in lines[0].message and str(path) in lines[0].message
    assert lines[0].levelno == (logging.INFO if damage == "missing" else logging.WARNING)
    _assert_same_scores(searcher.keyword, _rebuilt(other))
    # the rebuilt index was saved: the next process loads it
    assert Assistant.open(settings=fresh.settings).searcher.opened_from == "snapshot"


CRASHING_SAVE = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    import assistant.retrieval.snapshot as snapshot
    from assistant import Assistant

    def stall(out, parts):
        data = b"".join(bytes(p) for p in parts)
        out.write(data[: len(data) // 2])
        out.flush()
        print("HALF", flush=True)
        time.sleep(600)

    snapshot._write_all = stall
    assistant = Assistant.open()
    assistant.ingest([Path(sys.argv[1])])
    """
)


@pytest.mark.parametrize("store_backend", ["embedded"], indirect=True)
def test_a_save_killed_half_way_leaves_the_old_snapshot(
    fresh: Assistant, corpus: Path, tmp_path: Path
) -> None:
    fresh.ingest([corpus])
    path = fresh.searcher.snapshot_path
    assert path is not None
    old = path.read_bytes()
    article = _write(tmp_path / "new", "dam", ARTICLES["dam"])
    env = _env(fresh) | {"PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASHING_SAVE, str(article)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "HALF"
        [partial] = path.parent.glob("*.tmp")
        assert partial.stat().st_size > 0
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert path.read_bytes() == old  # the old snapshot, whole

    other = Assistant.open(settings=fresh.settings)
    searcher = other.searcher
    assert searcher.opened_from == "snapshot"  # loaded, then caught up with the killed process's ingest
    assert "dam" in searcher.article_ids()
    _assert_same_scores(searcher.keyword, _rebuilt(other))
    assert not list(path.parent.glob("*.tmp"))  # its save cleared the dead writer's temporary file
