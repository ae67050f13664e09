"""A one-shot `assistant ask` on the ONNX backend imports no PyTorch stack (issue 15: fast cold start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import Assistant

from ..conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow

LESSONS = "What do Israeli leaders say the lessons of October 7 require?"
# Each costs a one-shot question a second or more at start-up and is not needed to answer it.
HEAVY = (
    "torch",
    "sentence_transformers",
    "transformers",
    "sklearn",
    "scipy",
    "langchain_core",
    "langchain_chroma",
    "gradio",
)

# Runs the real CLI entry point in a fresh interpreter, then reports which heavy modules it loaded.
DRIVER = f"""
import json, sys
from assistant.interfaces.cli import main
sys.argv = ["assistant", "ask", {LESSONS!r}]
try:
    main()
except SystemExit as exc:
    if exc.code:
        raise
print("LOADED " + json.dumps([m for m in {HEAVY!r} if m in sys.modules]))
"""


def test_one_shot_ask_on_onnx_imports_no_torch_stack(tmp_path: Path) -> None:
    settings = {"embedding_backend": "onnx", "model_cache_dir": tmp_path / "cache"}
    # Built (and the model exported, which does need torch) in this process, as an earlier run would.
    Assistant.open(index_dir=tmp_path / "index", corpus_dir=SEEDS, **settings).ensure_index()
    env = os.environ | {
        "ASSISTANT_INDEX_DIR": str(tmp_path / "index"),
        "ASSISTANT_CORPUS_DIR": str(SEEDS),
        "ASSISTANT_EMBEDDING_BACKEND": "onnx",
        "ASSISTANT_MODEL_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    result = subprocess.run(
        [sys.executable, "-c", DRIVER], capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "[1]" in result.stdout and "¶26" in result.stdout
    loaded = json.loads(result.stdout.rsplit("LOADED ", 1)[1])
    assert loaded == []
