"""The ONNX Runtime backend: exported from the packaged weights offline, same vectors and answers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant
from assistant.index.embeddings import SentenceEmbeddings
from assistant.ingest.article import load_article

from .conftest import SEED_FILE, SEEDS

pytestmark = pytest.mark.slow


def test_onnx_vectors_match_the_pytorch_model(tmp_path: Path) -> None:
    texts = [p.text for p in load_article(SEED_FILE).paragraphs] + ["Who mediates?", "x"]
    torch_vectors = SentenceEmbeddings("all-MiniLM-L6-v2").encode(texts)
    onnx = SentenceEmbeddings("all-MiniLM-L6-v2", backend="onnx", cache_dir=tmp_path / "cache")
    onnx_vectors = onnx.encode(texts)
    assert list((tmp_path / "cache" / "onnx").glob("*/model.onnx"))  # exported once, offline
    assert onnx_vectors.shape == torch_vectors.shape
    assert np.min(np.sum(onnx_vectors * torch_vectors, axis=1)) > 0.9999


def test_assistant_on_onnx_gives_the_same_answer(tmp_path: Path) -> None:
    assistant = Assistant.open(
        index_dir=tmp_path / "index", corpus_dir=SEEDS, embedding_backend="onnx", model_cache_dir=tmp_path
    )
    answer = assistant.ask("What do Israeli leaders say the lessons of October 7 require?")
    assert answer.citations[0].paragraph == 26
