"""Shared text rules that mirror a library's own."""

from __future__ import annotations

from bm25s.stopwords import STOPWORDS_EN as BM25S_STOPWORDS_EN

from assistant.text import STOPWORDS_EN, content_stems


def test_stopwords_are_those_of_bm25s() -> None:
    # Spelled out in assistant.text so that a question never imports bm25s (and scipy under it).
    assert tuple(STOPWORDS_EN) == tuple(BM25S_STOPWORDS_EN)
    assert content_stems("The talks are in Cairo") == ["talk", "cairo"]
