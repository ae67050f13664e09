"""Word handling shared by retrieval and answers: pure logic."""

from __future__ import annotations

from assistant.text import content_stems


def test_contractions_are_not_content_words() -> None:
    assert content_stems("Why didn't the majority go along with a hike?") == ["major", "go", "along", "hike"]
    assert content_stems("They're sure we'll win; I'm not") == ["sure", "win"]


def test_names_with_an_apostrophe_are_kept() -> None:
    assert content_stems("O'Neill met d'Arcy") == ["o'neil", "met", "d'arci"]
