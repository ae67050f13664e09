"""Faults of a real Chroma server (`chroma run` on loopback): down at start, hung, killed mid-run,
restarted, restarted without its data. Each gives a clear `StoreUnavailableError` (or
`IndexStateError`) within the configured timeout, and the same `Assistant` works again once the
server is back: no reopen needed, nothing hangs, nothing half-written stays visible.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Answer, Assistant, IndexStateError, StoreUnavailableError

from ..conftest import _answers, free_port, stop_process
from .test_crash_safety import write_article

pytestmark = [pytest.mark.slow, pytest.mark.server]

QUESTION = "When did the harbour reopen?"
TIMEOUT = 3.0  # ASSISTANT_CHROMA_TIMEOUT for these tests
# Beyond the timeout, what opening the index may take on a busy machine: an error must come in
# about the timeout, not after minutes of retries, and a loaded CI machine must not fail the test.
SLACK = 15.0


class ChromaServer:
    """A `chroma run` process that a test can kill, pause, resume and start again on the same port."""

    def __init__(self, data: Path, port: int, log: Path) -> None:
        self.data, self.port, self.log = data, port, log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, data: Path | None = None) -> None:
        chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
        assert chroma, "the `chroma` command comes with chromadb"
        command = [
            chroma,
            "run",
            "--path",
            str(data or self.data),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]
        with self.log.open("a") as log:
            self.proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while not _answers(f"http://127.0.0.1:{self.port}/api/v2/heartbeat"):
            assert self.proc.poll() is None and time.monotonic() < deadline, self.log.read_text()[-2000:]
            time.sleep(0.2)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(timeout=30)

    def pause(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.resume()
            stop_process(self.proc)


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("small-corpus")
    (corpus / "harbour.txt").write_text(
        "Harbour Reopens\n\nThe harbour reopened on Monday after three weeks of repairs to the sea "
        "wall, officials said.\n\nFishermen welcomed the news but warned that fuel prices stay high.\n",
        encoding="utf-8",
    )
    return corpus


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path / "chroma-data", free_port(), tmp_path / "chroma.log")
    yield server
    server.stop()


def on_server(server: ChromaServer, corpus: Path) -> Assistant:
    return Assistant.open(
        corpus_dir=corpus, chroma_host="127.0.0.1", chroma_port=server.port, chroma_timeout=TIMEOUT
    )


def cites_harbour(answer: Answer) -> bool:
    return bool(answer.citations) and answer.citations[0].article_id == "harbour"


def timed_error(call, error: type[Exception]) -> tuple[str, float]:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    with pytest.raises(error) as info:
        call()
    return str(info.value), time.monotonic() - started


def test_down_at_start_then_started(server: ChromaServer, small_corpus: Path) -> None:
    assistant = on_server(server, small_corpus)
    message, took = timed_error(lambda: assistant.ask(QUESTION), StoreUnavailableError)
    assert f"Cannot reach the Chroma server 127.0.0.1:{server.port}" in message and "chroma run" in message
    assert took < TIMEOUT + SLACK
    server.start()
    # The same object now builds the index from its corpus folder and answers.
    assert cites_harbour(assistant.ask(QUESTION))
    assert [a.article_id for a in assistant.articles()] == ["harbour"]


def test_hung_server_times_out_and_recovers(server: ChromaServer, small_corpus: Path) -> None:
    server.start()
    assistant = on_server(server, small_corpus)
    assert cites_harbour(assistant.ask(QUESTION))
    server.pause()  # accepts connections, answers nothing
    try:
        message, took = timed_error(lambda: assistant.ask(QUESTION), StoreUnavailableError)
        assert f"did not answer within {TIMEOUT:g} s" in message and "ASSISTANT_CHROMA_TIMEOUT" in message
        assert took < 2 * TIMEOUT + SLACK
        # Opening a new assistant on the hung server fails the same way instead of waiting forever.
        _, took = timed_error(lambda: on_server(server, small_corpus).articles(), StoreUnavailableError)
        assert took < 2 * TIMEOUT + SLACK
    finally:
        server.resume()
    assert cites_harbour(assistant.ask(QUESTION))


def test_killed_then_restarted_with_the_same_object(server: ChromaServer, small_corpus: Path) -> None:
    server.start()
    assistant = on_server(server, small_corpus)
    assert cites_harbour(assistant.ask(QUESTION))
    server.kill()
    message, took = timed_error(lambda: assistant.ask(QUESTION), StoreUnavailableError)
    assert f"Lost the connection to Chroma server 127.0.0.1:{server.port}" in message
    assert took < TIMEOUT + SLACK
    timed_error(assistant.articles, StoreUnavailableError)
    server.start()
    assert cites_harbour(assistant.ask(QUESTION))
    assert [a.paragraph_count for a in assistant.articles()] == [2]


def test_killed_during_ingest_then_rerun(
    server: ChromaServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import assistant.index.store as store_module
    import assistant.ingest.pipeline as pipeline_module

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(6):
        write_article(corpus, f"report-{i}", paragraphs=25, seed=200 + i)
    # Many small writes, so that the kill lands between two of them.
    monkeypatch.setattr(pipeline_module, "_EMBED_CHUNK", 30)
    monkeypatch.setattr(store_module, "_WRITE_BATCH", 10)
    server.start()
    assistant = on_server(server, tmp_path / "no-corpus")  # nothing to build on first use
    watcher = on_server(server, tmp_path / "no-corpus")  # a second client, to watch the writes
    errors: list[BaseException] = []

    def ingest() -> None:
        try:
            assistant.ingest([corpus])
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=ingest)
    worker.start()
    deadline = time.monotonic() + 300
    while watcher.store.count() < 40 and time.monotonic() < deadline:  # part of the corpus is in
        time.sleep(0.05)
    server.kill()
    worker.join(timeout=2 * TIMEOUT + 30)
    assert not worker.is_alive(), "ingest hung after the server died"
    assert errors and isinstance(errors[0], StoreUnavailableError), errors

    server.start()
    report = assistant.ingest([corpus])
    assert not report.failed
    infos = {a.article_id: a.paragraph_count for a in assistant.articles()}
    assert infos == {f"report-{i}": 25 for i in range(6)}
    assert assistant.store.count() == 150
    assert len(assistant.searcher.keyword) == 150  # BM25 holds the same paragraphs
    answer = assistant.ask("What did the council approve?")
    assert all(p.article_id.startswith("report-") for p in answer.retrieved)


def test_restarted_without_its_data(server: ChromaServer, small_corpus: Path, tmp_path: Path) -> None:
    server.start()
    assistant = on_server(server, small_corpus)
    assert cites_harbour(assistant.ask(QUESTION))
    server.kill()
    server.start(data=tmp_path / "other-data")  # same address, empty server
    message, _ = timed_error(lambda: assistant.ask(QUESTION), IndexStateError)
    assert "is gone from the Chroma server" in message and "fills it from the corpus folder" in message
    # The next call starts a new collection and builds it from the corpus folder.
    assert cites_harbour(assistant.ask(QUESTION))
