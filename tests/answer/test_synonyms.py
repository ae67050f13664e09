"""A reader's everyday word counts, in part, where the article uses the news's word for it."""

from __future__ import annotations

from assistant.answer.extractive import SYNONYM_SHARE, _covered
from assistant.answer.synonyms import article_words_for
from assistant.text import content_stems


def _stem(word: str) -> str:
    return content_stems(word)[0]


def test_the_news_words_for_a_readers_word() -> None:
    assert _stem("executive") in article_words_for(_stem("boss"))
    assert _stem("pupils") in article_words_for(_stem("kids"))
    assert article_words_for(_stem("zebra")) == frozenset()


def test_a_readers_word_counts_in_part_where_the_article_says_it_otherwise() -> None:
    weights = {_stem("boss"): 1.0, _stem("velkaar"): 1.0}
    sentence = set(content_stems("Chief executive Marloes Verhagen said Velkaar would not follow rivals."))
    assert _covered(weights, sentence) == 1.0 + SYNONYM_SHARE
    assert _covered(weights, set(content_stems("Velkaar sold 118,000 e-bikes."))) == 1.0


def test_a_mention_counts_the_news_word_for_a_readers_word() -> None:
    from assistant.answer.router import _mentions_all

    found = set(content_stems("Dr Helen Sowerby of Calderbrook University said the result was clear."))
    assert _mentions_all(set(content_stems("calderbrook uni")), found)
