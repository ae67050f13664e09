"""Sentence vectors that come free with a paragraph's embedding, and their compact stored form.

The extractive answerer compares the question with every sentence of the retrieved paragraphs.
Embedding those sentences at question time was most of an answer's cost. Instead, when a
paragraph is embedded, the model's token embeddings are kept for a moment: their mean over the
whole paragraph is the paragraph vector (exactly what sentence-transformers' mean pooling
computes), and their mean over each sentence's tokens is that sentence's vector, read in the
context of its paragraph. One model pass gives both; on the evaluation sets these vectors answer
as well as embedding each sentence alone.

Sentence vectors are stored with the paragraph (a metadata string: the spans, then int8 vectors
in base64), so they travel with it to a Chroma server and are written and deleted with it.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..text import split_sentences

FORMAT = "s1"  # bump when the stored form changes; other forms are ignored and recomputed


@dataclass(frozen=True, slots=True)
class SentenceVectors:
    """The sentences of one paragraph (character spans) and a unit vector for each."""

    spans: tuple[tuple[int, int], ...]
    vectors: np.ndarray  # (len(spans), dim), float32, unit rows

    def pack(self) -> str:
        """The stored form: ``s1;<dimension>;start-end,start-end;<base64 int8 rows>``."""
        scale = np.abs(self.vectors).max(axis=1, keepdims=True)
        quantized = np.round(self.vectors / np.clip(scale, 1e-12, None) * 127).astype(np.int8)
        spans = ",".join(f"{s}-{e}" for s, e in self.spans)
        data = base64.b64encode(quantized.tobytes()).decode("ascii")
        return f"{FORMAT};{quantized.shape[1]};{spans};{data}"

    @classmethod
    def unpack(cls, packed: object, text: str) -> SentenceVectors | None:
        """The vectors stored for ``text``, or None when absent, of another form, or not for it."""
        if not isinstance(packed, str) or not packed.startswith(FORMAT + ";"):
            return None
        try:
            _, dim_part, spans_part, data = packed.split(";", 3)
            dim = int(dim_part)
            spans = tuple((int(s), int(e)) for s, e in (pair.split("-") for pair in spans_part.split(",")))
            quantized = np.frombuffer(base64.b64decode(data, validate=True), dtype=np.int8)
        except ValueError:  # binascii.Error is a ValueError
            return None
        if dim < 1 or quantized.size != len(spans) * dim or spans[-1][1] > len(text):
            return None
        vectors = quantized.reshape(len(spans), dim).astype(np.float32)
        vectors /= np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)
        return cls(spans, vectors)


def pool(
    text: str, tokens: np.ndarray, offsets: Sequence[tuple[int, int]]
) -> tuple[np.ndarray, SentenceVectors | None]:
    """The paragraph vector and its sentence vectors from one paragraph's token embeddings.

    ``tokens`` are the model's token embeddings (special tokens included, padding not), and
    ``offsets`` their character spans in ``text`` ((0, 0) for special tokens). Sentences that
    start beyond the model's window (it truncates long paragraphs) get no vector: then the
    result has none, and the answerer embeds that paragraph's sentences itself.
    """
    paragraph = tokens.mean(axis=0)
    paragraph = paragraph / max(float(np.linalg.norm(paragraph)), 1e-12)
    if len(offsets) != len(tokens):
        return paragraph.astype(np.float32), None
    spans = split_sentences(text)
    bounds = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
    real = bounds[:, 1] > bounds[:, 0]  # special tokens have empty spans
    # Each token belongs to the sentence it starts in (tokens come in text order).
    sentence_of = np.searchsorted(np.array([e for _, e in spans]), bounds[real, 0], side="right")
    inside = sentence_of < len(spans)
    sentence_of, rows = sentence_of[inside], tokens[real][inside]
    counts = np.bincount(sentence_of, minlength=len(spans))
    if not counts.all():  # a sentence the model did not read (cut off): no vectors for this paragraph
        return paragraph.astype(np.float32), None
    sums = np.add.reduceat(rows, np.concatenate([[0], np.cumsum(counts)[:-1]]), axis=0)
    vectors = sums / np.linalg.norm(sums, axis=1, keepdims=True).clip(1e-12)
    return paragraph.astype(np.float32), SentenceVectors(spans, vectors.astype(np.float32))


def pool_paragraphs(
    texts: Sequence[str], token_rows: Sequence[np.ndarray], offsets: Sequence[Sequence[tuple[int, int]]]
) -> tuple[np.ndarray, list[SentenceVectors | None]]:
    """``pool`` for a batch: ``offsets`` are the tokenizer's, taken on each text stripped (as the
    model reads it), and are shifted back onto the text as given."""
    vectors: list[np.ndarray] = []
    sentences: list[SentenceVectors | None] = []
    for text, rows, spans in zip(texts, token_rows, offsets, strict=True):
        shift = len(text) - len(text.lstrip())
        shifted = [(s + shift, e + shift) if e > s else (0, 0) for s, e in spans]
        vector, found = pool(text, rows, shifted)
        vectors.append(vector)
        sentences.append(found)
    return np.stack(vectors).astype(np.float32), sentences
