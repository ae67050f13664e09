"""Extractive answer composition: pure logic on hand-made candidates."""

from __future__ import annotations

from assistant.answer.extractive import SentenceCandidate, compose, with_antecedents
from assistant.text import markers_in
from assistant.types import Passage


def _passage(n: int, text: str) -> Passage:
    return Passage(article_id="a", paragraph=n, text=text, title="T", score=1.0)


def test_pointing_back_pulls_in_the_previous_sentence_of_the_same_paragraph() -> None:
    text = "Egypt and Qatar mediate. Their role is seen as essential. Talks resume soon."
    first, second, third = (
        SentenceCandidate(0, 0, 24, text[0:24]),
        SentenceCandidate(0, 25, 57, text[25:57]),
        SentenceCandidate(0, 58, 76, text[58:76]),
    )
    assert with_antecedents([second], [first, second, third]) == [second, first]
    assert with_antecedents([third], [first, second, third]) == [third]  # stands on its own
    assert with_antecedents([first], [first, second, third]) == [first]  # nothing before it

    draft = compose(with_antecedents([second], [first, second, third]), [_passage(5, text)])
    assert draft.text == "Egypt and Qatar mediate. Their role is seen as essential. [1]"
    assert [(c.marker, c.paragraph) for c in draft.citations] == [(1, 5)]
    assert draft.citations[0].quote == "Egypt and Qatar mediate. Their role is seen as essential."


def test_markers_are_numbered_by_first_appearance() -> None:
    passages = [_passage(3, "Alpha one."), _passage(9, "Beta two.")]
    chosen = [SentenceCandidate(1, 0, 9, "Beta two."), SentenceCandidate(0, 0, 10, "Alpha one.")]
    draft = compose(chosen, passages)
    assert draft.text == "Alpha one. [1] Beta two. [2]"
    assert markers_in(draft.text) == [1, 2]
    assert [c.paragraph for c in draft.citations] == [3, 9]
