"""The `assistant` command, run as a user runs it: a real subprocess on a temporary index."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT, SEED_ID

pytestmark = pytest.mark.slow

LESSONS = "What do Israeli leaders say the lessons of October 7 require?"


def run(args: list[str], env_dir: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("assistant", path=str(Path(sys.executable).parent)) or "assistant"
    env = os.environ | {
        "ASSISTANT_INDEX_DIR": str(env_dir / "index"),
        "ASSISTANT_CORPUS_DIR": str(ROOT / "seeds"),
    }
    return subprocess.run(
        [exe, *args], capture_output=True, text=True, env=env, input=stdin, timeout=300, cwd=env_dir
    )


def test_ask_builds_the_index_on_first_use_and_prints_json(tmp_path: Path) -> None:
    result = run(["ask", LESSONS, "--json"], tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["abstained"] is False
    assert data["citations"][0]["article_id"] == SEED_ID
    assert data["citations"][0]["paragraph"] == 26
    assert data["trace"]["retrieved"][0]["dense_score"] is not None

    listed = run(["articles"], tmp_path)
    assert listed.returncode == 0
    assert SEED_ID in listed.stdout and "42 ¶" in listed.stdout

    text = run(["ask", LESSONS, "--trace"], tmp_path)
    assert "[1]" in text.stdout and "¶26" in text.stdout and "query:" in text.stdout


def test_ingest_report_remove_and_errors(tmp_path: Path) -> None:
    extra = tmp_path / "dam.txt"
    extra.write_text("Dam Opens\n\nThe new dam opened on Friday after years of delays, engineers said.\n")
    (tmp_path / "empty.md").write_text("")
    result = run(["ingest", str(extra), str(tmp_path / "empty.md"), str(tmp_path / "missing.txt")], tmp_path)
    assert result.returncode == 1  # something failed, the rest went in
    assert "added  dam" in result.stdout
    assert "empty.md: file is empty" in result.stderr
    assert "missing.txt: no such file or folder" in result.stderr

    again = run(["ingest", str(extra), "--json"], tmp_path)
    assert json.loads(again.stdout)["unchanged"] == ["dam"]

    removed = run(["remove", "dam"], tmp_path)
    assert removed.returncode == 0 and "Removed dam (1 paragraphs)" in removed.stdout
    assert extra.exists()  # a file outside the corpus folder stays where it is
    unknown = run(["remove", "dam"], tmp_path)
    assert unknown.returncode == 2 and "No article with id 'dam'" in unknown.stderr

    empty = run(["ask", "  "], tmp_path)
    assert empty.returncode == 2 and "question is empty" in empty.stderr


def test_chat_keeps_the_conversation(tmp_path: Path) -> None:
    script = "What regional issues do developments in Gaza influence?\nWhich outlet highlighted that?\n\n"
    result = run(["chat"], tmp_path, stdin=script)
    assert result.returncode == 0, result.stderr
    answers = result.stdout.split("> ")
    assert "Israel National News has consistently highlighted" in answers[-2]


def test_a_file_type_whose_parser_cannot_load_fails_the_ingest_and_says_so(tmp_path: Path) -> None:
    """The fresh-install defect of issue 14: jusText (via trafilatura) imports lxml.html.clean, which
    lives in the lxml_html_clean package. A stand-in of that package that cannot be imported makes every
    .html file fail, as on an install without it; the .txt and .md files still go in."""
    shadow = tmp_path / "shadow" / "lxml_html_clean"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text('raise ImportError("stand-in: lxml_html_clean is not installed")\n')
    articles = ROOT / "eval" / "articles"
    second = tmp_path / "library-cuts-2.html"
    second.write_text((articles / "library-cuts.html").read_text().replace("library", "museum"))
    exe = shutil.which("assistant", path=str(Path(sys.executable).parent)) or "assistant"
    env = os.environ | {
        "ASSISTANT_INDEX_DIR": str(tmp_path / "index"),
        "ASSISTANT_CORPUS_DIR": str(tmp_path / "none"),
        "PYTHONPATH": os.pathsep.join([str(shadow.parent), os.environ.get("PYTHONPATH", "")]),
    }
    files = [articles / name for name in ("vaccine-trial.txt", "harbour-wind-farm.md", "library-cuts.html")]
    result = subprocess.run(
        [exe, "ingest", *map(str, files), str(second)],
        capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1
    assert "added  vaccine-trial" in result.stdout and "added  harbour-wind-farm" in result.stdout
    summary = result.stdout.strip().splitlines()[-1]
    assert "2 added" in summary and "2 failed" in summary
    assert "every .html file failed (2 of 2)" in summary, summary
    assert "ImportError: lxml.html.clean" in summary  # what lxml says when its cleaner is missing
    # One traceback for the one cause, not one per file.
    assert result.stderr.count("Traceback") <= 1, result.stderr


def test_index_and_corpus_are_shared_options_taken_anywhere_after_the_command(tmp_path: Path) -> None:
    elsewhere, seeds = tmp_path / "elsewhere", str(ROOT / "seeds")
    listed = run(["articles", "--index", str(elsewhere), "--corpus", seeds, "--json"], tmp_path)
    assert listed.returncode == 0, listed.stderr
    seed = json.loads(listed.stdout)[0]
    assert seed["paragraph_count"] == 42 and seed["paragraphs"] == 42  # the old name, kept one release
    assert elsewhere.is_dir() and not (tmp_path / "index").exists()  # the option beat ASSISTANT_INDEX_DIR
    shown = run(["show", "--corpus", seeds, SEED_ID, "--index", str(elsewhere)], tmp_path)  # around the id
    assert shown.returncode == 0 and "¶26  Israeli leaders have argued" in shown.stdout
    from typer.testing import CliRunner  # help only: in-process is enough

    from assistant.interfaces.cli import app

    for command in ("ingest", "ask", "chat", "articles", "show", "remove", "rebuild", "eval", "serve", "mcp"):
        helped = CliRunner().invoke(app, [command, "--help"], terminal_width=200).output
        assert "--index" in helped and "--corpus" in helped, command
    assert "Evaluate on these articles" in CliRunner().invoke(app, ["eval", "--help"]).output  # its own


def test_old_spellings_of_the_answer_mode_still_work_and_warn(tmp_path: Path) -> None:
    new = run(["ask", LESSONS, "--mode", "extractive", "--json"], tmp_path)
    assert new.returncode == 0 and "deprecated" not in new.stderr, new.stderr
    assert json.loads(new.stdout)["trace"]["mode"] == "extractive"

    flag = run(["ask", LESSONS, "--llm", "extractive", "--json"], tmp_path)
    assert flag.returncode == 0 and json.loads(flag.stdout)["trace"]["mode"] == "extractive"
    assert "--llm is deprecated: use --mode extractive" in flag.stderr

    value = run(["ask", LESSONS, "--mode", "llm"], tmp_path)  # the configured LLM: none is set up here
    assert value.returncode == 2
    assert "--mode llm is deprecated: name the LLM backend, --mode openai or --mode llamacpp" in value.stderr
    assert "ASSISTANT_MODE=openai needs an OpenAI-compatible server" in value.stderr

    exe = shutil.which("assistant", path=str(Path(sys.executable).parent)) or "assistant"
    env = os.environ | {"ASSISTANT_INDEX_DIR": str(tmp_path / "index"), "ASSISTANT_LLM": "extractive"}
    old_env = subprocess.run([exe, "settings"], capture_output=True, text=True, env=env, timeout=120)
    assert old_env.returncode == 0 and json.loads(old_env.stdout)["mode"] == "extractive"
    assert "ASSISTANT_LLM is deprecated: use the setting `mode` (ASSISTANT_MODE)" in old_env.stderr
