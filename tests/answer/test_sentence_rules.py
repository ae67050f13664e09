"""Rules of the extractive answerer that read a sentence's words alone (no model, no index)."""

from __future__ import annotations

from assistant.answer.extractive import (
    Focus,
    SentenceCandidate,
    everyday_stems,
    named_elsewhere,
    with_content,
)
from assistant.text import content_stems
from assistant.types import Passage


def test_everyday_words_are_told_from_rare_ones() -> None:
    found = everyday_stems("What obstacles stand in the way of a deal?")
    assert set(content_stems("stand way deal")) <= found
    assert not set(content_stems("obstacles")) & found
    assert not everyday_stems("How many children caught measles in the cryptocurrency outbreak?") & set(
        content_stems("measles cryptocurrency")
    )


def _sentences(paragraph: str) -> list[SentenceCandidate]:
    out, start = [], 0
    for part in paragraph.split(". "):
        text = part if part.endswith(".") else part + "."
        out.append(SentenceCandidate(0, start, start + len(text), text, similarity=0.5, novelty=6))
        start += len(part) + 2
    return out


def test_a_short_sentence_that_names_nothing_brings_the_next_one() -> None:
    found = _sentences(
        "Despite the renewed diplomatic activity, significant obstacles remain. Previous efforts stalled "
        "over implementation, verification mechanisms and security guarantees."
    )
    assert [c.text for c in with_content(found[:1], found)] == [found[0].text, found[1].text]


def test_a_short_sentence_with_a_name_or_a_figure_stands_alone() -> None:
    for opening in ("Talks resume in Cairo next week.", "The union wants 9 percent more."):
        found = _sentences(f"{opening[:-1]}. Nothing else was agreed on the day, officials said.")
        assert [c.text for c in with_content(found[:1], found)] == [found[0].text]


def test_a_value_in_a_paragraph_that_never_names_who_is_asked_about_belongs_to_someone_else() -> None:
    def passage(n: int, text: str) -> Passage:
        return Passage(article_id="bank", paragraph=n, text=text, title="Central Bank Holds Rates", score=1.0)

    decision = "The board's next decision is due on February 12."
    vote = "Two members, including Deputy Governor Pia Kestner, voted for a cut."
    passages = [passage(3, decision), passage(2, vote)]
    dated = SentenceCandidate(0, 0, len(decision), decision, score=0.5)
    named = SentenceCandidate(1, 0, len(vote), vote, score=0.3, has_type=False)
    question = "When does Deputy Governor Kestner's term end?"
    weights = dict.fromkeys(content_stems(question), 1.0)
    focus = Focus(question, weights, {"kestner": {"bank"}})
    assert named_elsewhere(dated, [dated, named], passages, focus) is named
    # the answer's paragraph names her: the date may be hers
    passages[0] = passage(3, f"{decision} Kestner's term ends then.")
    assert named_elsewhere(dated, [dated, named], passages, focus) is None
    # a name the article does not use says nothing about this article's sentences
    assert named_elsewhere(dated, [dated, named], passages, Focus(question, weights, {})) is None
