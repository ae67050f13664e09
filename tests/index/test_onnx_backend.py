"""The ONNX Runtime backend: exported from the packaged weights offline, same vectors and answers."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant
from assistant.index.embeddings import SentenceEmbeddings
from assistant.ingest.article import load_article

from ..conftest import SEED_FILE, SEEDS

pytestmark = pytest.mark.slow

LESSONS = "What do Israeli leaders say the lessons of October 7 require?"


def test_onnx_vectors_match_the_pytorch_model(tmp_path: Path) -> None:
    texts = [p.text for p in load_article(SEED_FILE).paragraphs] + ["Who mediates?", "x"]
    torch_vectors = SentenceEmbeddings("all-MiniLM-L6-v2").encode(texts)
    onnx = SentenceEmbeddings("all-MiniLM-L6-v2", backend="onnx", cache_dir=tmp_path / "cache")
    onnx_vectors = onnx.encode(texts)
    assert list((tmp_path / "cache" / "onnx").glob("*/model.onnx"))  # exported once, offline
    assert onnx_vectors.shape == torch_vectors.shape
    assert np.min(np.sum(onnx_vectors * torch_vectors, axis=1)) > 0.9999


def test_onnx_threads_leave_the_cpu_when_a_run_ends(tmp_path: Path) -> None:
    """Spinning workers would burn the CPU the Chroma server and the answer need after an embedding."""
    onnx = SentenceEmbeddings("all-MiniLM-L6-v2", backend="onnx", cache_dir=tmp_path / "cache")
    onnx.encode(["warm up"])
    for _ in range(3):
        onnx.encode(["Who mediates the talks between the two sides?"])
        started = time.process_time()
        time.sleep(0.3)
        assert time.process_time() - started < 0.05  # the process idles: no thread spins


def test_assistant_on_onnx_gives_the_same_answer(tmp_path: Path) -> None:
    assistant = Assistant.open(
        index_dir=tmp_path / "index", corpus_dir=SEEDS, embedding_backend="onnx", model_cache_dir=tmp_path
    )
    answer = assistant.ask(LESSONS)
    assert answer.citations[0].paragraph == 26


def test_an_index_embedded_on_one_backend_answers_alike_on_the_other(tmp_path: Path) -> None:
    # Switching the backend keeps the index: same model, same vectors to a cosine of 0.9999+, so
    # the same ranking, scores and answer, with no rebuild.
    index = tmp_path / "index"
    on_torch = Assistant.open(index_dir=index, corpus_dir=SEEDS, embedding_backend="torch")
    on_torch.ensure_index()
    on_onnx = Assistant.open(
        index_dir=index, corpus_dir=SEEDS, embedding_backend="onnx", model_cache_dir=tmp_path / "cache"
    )
    for question in (LESSONS, "Who mediates between Israel and Hamas?"):
        expected, got = on_torch.ask(question), on_onnx.ask(question)
        assert got.text == expected.text
        assert [c.paragraph for c in got.citations] == [c.paragraph for c in expected.citations]
        assert [p.key for p in got.retrieved] == [p.key for p in expected.retrieved]
        for ours, theirs in zip(got.retrieved, expected.retrieved, strict=True):
            if theirs.dense_score is None:
                assert ours.dense_score is None
            else:
                assert ours.dense_score == pytest.approx(theirs.dense_score, abs=1e-3)


def test_tokenizer_without_transformers_matches_transformers() -> None:
    # The ONNX backend reads tokenizer.json with `tokenizers` alone; it must tokenize exactly as the
    # transformers tokenizer that sentence-transformers uses: same ids, masks and character offsets.
    from transformers import AutoTokenizer

    from assistant.index.embeddings import resolve_model_path
    from assistant.index.onnx_encoder import FastTokenizer, load_tokenizer

    model_dir = Path(resolve_model_path("all-MiniLM-L6-v2"))
    reference = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    ours = load_tokenizer(model_dir, 256)
    assert isinstance(ours, FastTokenizer)
    texts = [
        *[p.text for p in load_article(SEED_FILE).paragraphs[:5]],
        "Who mediates?",
        "x",
        "ÉCOLE Ñandú 北京 naïve — “quoted” ‘s\u00a0tab\there",
        "word " * 400,  # longer than the model's window: truncated alike
    ]
    expected = reference(texts, padding=True, truncation=True, max_length=256, return_tensors="np")
    got = ours(texts, padding=True, truncation=True, max_length=256, return_tensors="np")
    for name in ("input_ids", "token_type_ids", "attention_mask"):
        assert np.array_equal(got[name], expected[name]), name
    expected_offsets = reference(texts, return_offsets_mapping=True, truncation=True, max_length=256)
    got_offsets = ours(texts, return_offsets_mapping=True, truncation=True, max_length=256)
    assert [list(map(tuple, o)) for o in got_offsets["offset_mapping"]] == [
        list(map(tuple, o)) for o in expected_offsets["offset_mapping"]
    ]
