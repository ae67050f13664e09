"""Sentence vectors from the paragraph's one model pass: exact paragraph vectors, a faithful stored
form, and answers that need no model call for the sentences of stored paragraphs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant
from assistant.answer.extractive import without_names
from assistant.index import embeddings as embeddings_module
from assistant.index.embeddings import SentenceEmbeddings
from assistant.index.records import SENTENCES_KEY
from assistant.index.sentence_vectors import SentenceVectors
from assistant.ingest.article import load_article
from assistant.text import split_sentences

from ..conftest import SEED_FILE, SEEDS

pytestmark = pytest.mark.slow

LESSONS = "What do Israeli leaders say the lessons of October 7 require?"


@pytest.fixture(scope="module")
def embeddings() -> SentenceEmbeddings:
    return SentenceEmbeddings("all-MiniLM-L6-v2")


def seed_paragraphs() -> list[str]:
    return [p.text for p in load_article(SEED_FILE).paragraphs]


@pytest.mark.parametrize("backend", ["torch", "onnx"])
def test_paragraph_vectors_are_exactly_the_models(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Models are loaded once per process; this one (exported into tmp_path) must not stay loaded
    # for later tests that check where their own export lands.
    monkeypatch.setattr("assistant.index.embeddings._CACHE", dict(embeddings_module._CACHE))
    model = SentenceEmbeddings("all-MiniLM-L6-v2", backend=backend, cache_dir=tmp_path)
    texts = [*seed_paragraphs(), "  Leading and trailing space. Two sentences here.  "]
    vectors, sentences = model.encode_paragraphs(texts)
    assert np.allclose(vectors, model.encode(texts), atol=1e-5)
    for text, found in zip(texts, sentences, strict=True):
        assert found is not None and found.spans == split_sentences(text)
        assert found.vectors.shape == (len(found.spans), vectors.shape[1])
        assert np.allclose(np.linalg.norm(found.vectors, axis=1), 1.0, atol=1e-5)


def test_sentence_vectors_sit_near_the_sentence_read_alone(embeddings: SentenceEmbeddings) -> None:
    texts = seed_paragraphs()
    _, sentences = embeddings.encode_paragraphs(texts)
    for text, found in zip(texts, sentences, strict=True):
        assert found is not None
        alone = embeddings.encode([text[s:e] for s, e in found.spans])
        # Read in its paragraph's context a sentence's vector moves, but stays its own: it is
        # closer to the same sentence read alone than to any other sentence of the paragraph.
        similarity = found.vectors @ alone.T
        assert (np.argmax(similarity, axis=1) == np.arange(len(found.spans))).all(), text[:60]
        assert similarity.diagonal().min() > 0.5


def test_a_paragraph_longer_than_the_model_reads_has_no_stored_sentences(
    embeddings: SentenceEmbeddings,
) -> None:
    long = " ".join(f"Sentence number {i} says something about the harbour." for i in range(80))
    vectors, sentences = embeddings.encode_paragraphs([long, "A short one. It fits."])
    assert sentences[0] is None and sentences[1] is not None
    assert np.allclose(vectors[0], embeddings.encode([long])[0], atol=1e-5)
    # The answerer's fallback still gives every sentence a vector, embedding them one by one.
    fallback = embeddings.sentence_vectors([long])[0]
    assert fallback.spans == split_sentences(long) and len(fallback.vectors) == 80


def test_stored_form_round_trips_and_refuses_what_is_not_for_this_text(
    embeddings: SentenceEmbeddings,
) -> None:
    text = seed_paragraphs()[0]
    found = embeddings.encode_paragraphs([text])[1][0]
    assert found is not None
    packed = found.pack()
    back = SentenceVectors.unpack(packed, text)
    assert back is not None and back.spans == found.spans
    assert np.min(np.sum(back.vectors * found.vectors, axis=1)) > 0.9999  # int8 loses next to nothing
    assert len(packed) < 600 * len(found.spans)
    bad_forms = (None, "", "s0;1;0-5;AAAA", "s1;0-5", "s1;x;0-5;AAAA", "s1;3;x-y;AAAA", "s1;3;0-5;!!!!")
    for bad in (*bad_forms, packed[:-8], packed.replace(";384;", ";192;")):
        assert SentenceVectors.unpack(bad, text) is None, bad
    assert SentenceVectors.unpack(packed, text[:10]) is None  # spans beyond the text: not its vectors


def count_model_calls(assistant: Assistant, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Record the texts of every model pass the assistant's embeddings make, until the test ends."""
    calls: list[list[str]] = []
    model = assistant.embeddings.model
    encode = model.encode

    def counting(texts: list[str], *args: object, **kwargs: object) -> object:
        calls.append(list(texts))
        return encode(texts, *args, **kwargs)

    monkeypatch.setattr(model, "encode", counting)  # the model is shared by the whole process
    return calls


def test_answers_use_stored_sentences_without_running_the_model_on_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assistant = Assistant.open(index_dir=tmp_path / "index", corpus_dir=SEEDS)
    assistant.ensure_index()
    stored = assistant.store.paragraphs(["000_12d29104be5af25a#26"])
    assert str(next(iter(stored.values())).metadata[SENTENCES_KEY]).startswith("s1;")

    calls = count_model_calls(assistant, monkeypatch)
    answer = assistant.ask(LESSONS)
    assert answer.citations[0].paragraph == 26
    assert calls[0] == [LESSONS, without_names(LESSONS)]  # the question, and the question without its names
    # Every passage brought its sentence vectors: no paragraph or sentence of one goes through the
    # model. (A "what do X say" question also embeds the speakers it finds, a few words each.)
    passages = {p.text for p in answer.retrieved}
    sentences = {p.text[s:e] for p in answer.retrieved for s, e in split_sentences(p.text)}
    later = [text for call in calls[1:] for text in call]
    assert not (set(later) & (passages | sentences)), later
    assert all(len(text.split()) <= 6 for text in later), later


def test_an_index_without_stored_sentences_answers_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Paragraphs written before sentence vectors were stored (or by another writer) still answer."""
    assistant = Assistant.open(index_dir=tmp_path / "index", corpus_dir=SEEDS)
    assistant.ensure_index()
    expected = assistant.ask(LESSONS)
    collection = assistant.store._collection
    ids = collection.get(include=[])["ids"]
    collection.update(ids=ids, metadatas=[{SENTENCES_KEY: ""} for _ in ids])
    reopened = Assistant.open(index_dir=tmp_path / "index", corpus_dir=SEEDS)
    calls = count_model_calls(reopened, monkeypatch)
    answer = reopened.ask(LESSONS)
    assert calls[0] == [LESSONS, without_names(LESSONS)]
    # pooled now: the retrieved paragraphs, and the lead a lookup reads too when it was not retrieved
    lead = [p.text for p in load_article(SEED_FILE).paragraphs[:1]]
    retrieved = [p.text for p in answer.retrieved]
    assert calls[1] == retrieved + [t for t in lead if t not in retrieved]
    assert [(c.paragraph, c.quote) for c in answer.citations] == [
        (c.paragraph, c.quote) for c in expected.citations
    ]
