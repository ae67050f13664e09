"""Shared fixtures: the real embedding model, a real embedded Chroma in temporary folders."""

from __future__ import annotations

import shutil
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
