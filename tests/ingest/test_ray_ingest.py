"""`assistant ingest --ray` on a real local Ray cluster (a head and a second worker node, started with
`ray start`) into a real `chroma run` server: the index equals the single-process one, a writer killed
mid-run is retried without duplicates or partial articles, re-ingest skips everything; and the errors
for a missing Chroma server, an unreachable cluster and a missing `ray` extra.

The cluster is kept on loopback: Ray swaps 127.0.0.1 for the machine's network address unless told
otherwise (see ``ray_cluster``), and its processes would then listen on every interface.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant import Assistant, ClusterError
from assistant.errors import ConfigError
from assistant.index.records import SENTENCES_KEY
from assistant.index.sentence_vectors import SentenceVectors

from ..conftest import ROOT, free_port

pytest.importorskip("ray", reason="the `ray` extra is not installed")

pytestmark = [pytest.mark.slow, pytest.mark.server, pytest.mark.ray]

ARTICLES = ROOT / "eval" / "articles"
RAY = str(Path(sys.executable).parent / "ray")
# `ray start` with its loopback address kept as given (Ray would put the machine's address in its place).
LOOPBACK_RAY = (
    "import sys; import ray._private.services as services; "
    "services.resolve_ip_for_localhost = lambda host: host; "
    "from ray.scripts.scripts import main; sys.argv[0] = 'ray'; sys.exit(main())"
)
# A driver on this machine dials a loopback head as it is (ray.init would also swap the address).
DRIVER_ENV = {"RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0"}
WRITER_TITLE = re.compile(rb"^ray::MapWorker\(MapBatches\(ParagraphWriter\)\)")


def _env() -> dict[str, str]:
    """The environment of the cluster's processes: they import this checkout's `assistant`."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return os.environ | {"PYTHONPATH": path}


@pytest.fixture(scope="module")
def ray_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Ray head and a worker node (one CPU each) on loopback; `ray stop` afterwards, even on failure."""
    port = free_port()
    address = f"127.0.0.1:{port}"
    temp = tmp_path_factory.mktemp("ray")
    common = ["--node-ip-address", "127.0.0.1", "--num-cpus", "1", "--disable-usage-stats"]
    head = [
        "start", "--head", "--port", str(port), "--include-dashboard=false", "--temp-dir", str(temp),
        "--ray-client-server-port", str(free_port()), "--dashboard-agent-listen-port", str(free_port()),
    ]  # fmt: skip
    worker = ["start", "--address", address, "--dashboard-agent-listen-port", str(free_port())]
    try:
        for args in (head, worker):
            done = subprocess.run(
                [sys.executable, "-c", LOOPBACK_RAY, *args, *common],
                env=_env(),
                capture_output=True,
                text=True,
                timeout=240,
            )
            assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        yield address
    finally:
        subprocess.run([RAY, "stop"], capture_output=True, timeout=120)


def _server_env(port: int, database: str, corpus: Path, **extra: str) -> dict[str, str]:
    return (
        _env()
        | DRIVER_ENV
        | {
            "ASSISTANT_CHROMA_HOST": "127.0.0.1",
            "ASSISTANT_CHROMA_PORT": str(port),
            "ASSISTANT_CHROMA_DATABASE": database,
            "ASSISTANT_CORPUS_DIR": str(corpus),
            **extra,
        }
    )


def _assistant_cli() -> str:
    return str(Path(sys.executable).parent / "assistant")


def _collection(assistant: Assistant) -> dict[str, dict[str, Any]]:
    """Every stored row by id: document, metadata and vector."""
    got = assistant.store._collection.get(include=["documents", "metadatas", "embeddings"])
    return {
        i: {"document": d, "metadata": dict(m), "vector": np.asarray(v, dtype=np.float32)}
        for i, d, m, v in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True)
    }


def _writer_processes() -> list[tuple[int, bytes]]:
    """(pid, title) of the Ray actors that embed and write (their process title names them)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            title = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if WRITER_TITLE.match(title):
            found.append((int(entry.name), title.split(b"\0")[0]))
    return found


def test_ray_ingest_equals_single_process_and_survives_a_killed_writer(
    ray_cluster: str, chroma_server: int, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ARTICLES, corpus)
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    server = {"chroma_host": "127.0.0.1", "chroma_port": chroma_server, "index_dir": tmp_path / "unused"}

    # The reference: the single-process ingest of the same files into its own database.
    single = Assistant.open(corpus_dir=corpus, chroma_database="single", **server)
    expected_ids = single.ingest([corpus]).added
    assert len(expected_ids) == len(files)

    # The Ray ingest, two articles per batch so that there is a batch to cut short.
    env = _server_env(chroma_server, "on-ray", corpus, ASSISTANT_RAY_BATCH_ARTICLES="2")
    command = [_assistant_cli(), "ingest", "--ray", ray_cluster, "--json", str(corpus)]
    on_ray = Assistant.open(corpus_dir=corpus, chroma_database="on-ray", **server)
    log = tmp_path / "ingest.log"
    with log.open("w") as err:
        proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=err, cwd=tmp_path)
        killed = None
        deadline = time.monotonic() + 600
        while proc.poll() is None and time.monotonic() < deadline:
            # Once a batch is stored, kill a writer that is working on the next one.
            if killed is None and on_ray.store.count() > 0:
                busy = [(pid, title) for pid, title in _writer_processes() if title.endswith(b".submit")]
                if busy:
                    killed = busy[0]
                    os.kill(killed[0], signal.SIGKILL)
            time.sleep(0.05)
        if proc.poll() is None:
            proc.kill()
        out = proc.stdout.read().decode() if proc.stdout else ""
        proc.wait()
    assert proc.returncode == 0, log.read_text()[-4000:]
    assert killed is not None, "the ingest finished before a writer could be killed mid-run"
    report = json.loads(out)
    assert report["added"] == expected_ids  # each article once, in file order
    assert report["failed"] == [] and report["duplicates"] == []

    # The same index: ids, paragraphs, metadata (sources, hashes), vectors and sentence vectors.
    want, got = _collection(single), _collection(on_ray)
    assert sorted(got) == sorted(want)
    for key, row in want.items():
        other = got[key]
        assert other["document"] == row["document"], key
        meta, other_meta = dict(row["metadata"]), dict(other["metadata"])
        packed, other_packed = meta.pop(SENTENCES_KEY), other_meta.pop(SENTENCES_KEY)
        assert other_meta == meta, key
        np.testing.assert_allclose(other["vector"], row["vector"], atol=1e-4)
        mine = SentenceVectors.unpack(packed, row["document"])
        theirs = SentenceVectors.unpack(other_packed, row["document"])
        assert (mine is None) == (theirs is None), key
        if mine is not None and theirs is not None:
            assert theirs.spans == mine.spans
            np.testing.assert_allclose(theirs.vectors, mine.vectors, atol=0.02)  # int8-quantised
    # No partial article left behind: every stored article is complete.
    assert [a.article_id for a in on_ray.store.articles(complete_only=False)] == [
        a.article_id for a in on_ray.store.articles()
    ]
    assert sorted(a.article_id for a in on_ray.store.articles()) == sorted(expected_ids)

    # Re-ingest: everything is unchanged and nothing is written.
    revision = on_ray.store.revision()
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert again.returncode == 0, again.stderr[-4000:]
    assert json.loads(again.stdout)["unchanged"] == expected_ids
    assert on_ray.store.revision() == revision


def test_ray_ingest_needs_a_chroma_server(tmp_path: Path) -> None:
    assistant = Assistant.open(index_dir=tmp_path / "index", corpus_dir=ARTICLES)
    with pytest.raises(ConfigError, match="ASSISTANT_CHROMA_HOST"):
        assistant.ingest([ARTICLES / "vaccine-trial.txt"], ray_address="127.0.0.1:6379")


def test_an_unreachable_cluster_fails_at_once_with_what_to_do(chroma_server: int, tmp_path: Path) -> None:
    address = f"127.0.0.1:{free_port()}"  # nothing listens there
    env = _server_env(chroma_server, "unreachable", ARTICLES)
    started = time.monotonic()
    done = subprocess.run(
        [_assistant_cli(), "ingest", "--ray", address, str(ARTICLES / "vaccine-trial.txt")],
        env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert f"No Ray cluster answers at {address}" in done.stderr
    assert "ray start --head" in done.stderr
    assert time.monotonic() - started < 60
    assistant = Assistant.open(
        index_dir=tmp_path / "unused", corpus_dir=ARTICLES, chroma_host="127.0.0.1",
        chroma_port=chroma_server, chroma_database="unreachable",
    )  # fmt: skip
    with pytest.raises(ClusterError, match="ASSISTANT_RAY_ADDRESS"):
        assistant.ingest([ARTICLES / "vaccine-trial.txt"], ray_address=address)
    assert assistant.store.count() == 0


def test_without_the_ray_extra_the_cli_says_how_to_install_it(chroma_server: int, tmp_path: Path) -> None:
    # `ray` made unimportable, as in an install without the extra.
    script = (
        "import sys; sys.modules['ray'] = None; from assistant.interfaces.cli import main; "
        "sys.argv = ['assistant', 'ingest', '--ray', sys.argv[1]]; main()"
    )
    env = _server_env(chroma_server, "no-extra", ARTICLES)
    done = subprocess.run(
        [sys.executable, "-c", script, str(ARTICLES / "vaccine-trial.txt")],
        env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "pip install 'article-assistant[ray]'" in done.stderr
