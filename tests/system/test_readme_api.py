"""The documented HTTP-server and LangChain examples run as written against a real `assistant serve`.

Every ```bash and ```python block of the section "HTTP server" of docs/http-api.md and the LangChain
block of "Python" in docs/python.md (they were the README's) is run in a folder laid out like the
repository (seeds/, eval/articles/); only the server address differs (a free port instead of 8080).
Blocks fenced without a language are sample output.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT, SEEDS, running_api

pytestmark = [pytest.mark.slow, pytest.mark.api]

DOCS = {
    "HTTP server": (ROOT / "docs" / "http-api.md").read_text(encoding="utf-8"),
    "Python": (ROOT / "docs" / "python.md").read_text(encoding="utf-8"),
}
_BLOCK = re.compile(r"```(bash|python)\n(.*?)```", re.S)


def section(title: str) -> str:
    text = DOCS[title]
    start = text.index(f"\n## {title}")
    end = text.find("\n## ", start + 1)
    return text[start:end] if end != -1 else text[start:]


def blocks(title: str) -> list[tuple[str, str]]:
    return _BLOCK.findall(section(title))


def run(language: str, code: str, cwd: Path, port: int) -> str:
    code = code.replace("127.0.0.1:8080", f"127.0.0.1:{port}")
    command = ["bash", "-euo", "pipefail", "-c", code] if language == "bash" else [sys.executable, "-c", code]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{code}\n---\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copytree(ROOT / "eval" / "articles", folder / "eval" / "articles")
    return folder


def test_http_examples_work_as_written(workdir: Path, tmp_path: Path) -> None:
    examples = blocks("HTTP server")
    assert [lang for lang, _ in examples] == ["bash", "python", "python"]
    with running_api(tmp_path) as url:
        port = int(url.rsplit(":", 1)[1])
        curl = run(*examples[0], workdir, port)
        assert '"error"' not in curl
        assert '"paragraph":26' in curl  # the first question's citation
        assert '"added":["vaccine-trial"]' in curl and '"moved_to":' in curl
        openai_out = run(*examples[1], workdir, port)
        assert "[1]" in openai_out and "\nSources:\n[1] Ceasefire Diplomacy" in openai_out
        assert "1 000_12d29104be5af25a 30 " in openai_out
        langchain_out = run(*examples[2], workdir, port)
        assert "fundamentally different security architecture" in langchain_out and "¶26" in langchain_out


def test_langchain_python_example_works_as_written(workdir: Path) -> None:
    code = next(c for lang, c in blocks("Python") if lang == "python" and "as_retriever" in c)
    out = run("python", code, workdir, 0)
    first_doc = out.splitlines()[0]
    assert first_doc.startswith("000_12d29104be5af25a#26 ")
    assert out.count("000_12d29104be5af25a#") == 3
    assert "[1]" in out.splitlines()[-1] and "('000_12d29104be5af25a'," in out
