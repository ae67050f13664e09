"""Word handling shared by retrieval and answers: pure logic, and rules that mirror a library's own."""

from __future__ import annotations

import pytest
from bm25s.stopwords import STOPWORDS_EN as BM25S_STOPWORDS_EN

from assistant.text import STOPWORDS_EN, content_stems


def test_stopwords_are_those_of_bm25s() -> None:
    # Spelled out in assistant.text so that a question never imports bm25s (and scipy under it).
    assert tuple(STOPWORDS_EN) == tuple(BM25S_STOPWORDS_EN)
    assert content_stems("The talks are in Cairo") == ["talk", "cairo"]


def test_contractions_are_not_content_words() -> None:
    assert content_stems("Why didn't the majority go along with a hike?") == ["major", "go", "along", "hike"]
    assert content_stems("They're sure we'll win; I'm not") == ["sure", "win"]


def test_names_with_an_apostrophe_are_kept() -> None:
    assert content_stems("O'Neill met d'Arcy") == ["o'neil", "met", "d'arci"]


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Kuusijärvi", "kuusijarvi"),
        ("Brøndum", "brondum"),
        ("Quirós", "quiros"),
        ("Ærøskøbing", "aeroskobing"),
    ],
)
def test_a_name_with_accents_is_the_name_typed_without_them(written: str, typed: str) -> None:
    assert content_stems(written) == content_stems(typed)
    assert len(content_stems(written)) == 1  # one word, not "kuusij" and "rvi"
