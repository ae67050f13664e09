"""An overview prefers a sentence that states a point of the story to one that opens with someone's
words, when the two are equally central (pure logic: sentence vectors set by hand)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant import Assistant
from assistant.answer.overview import summarize
from assistant.answer.topics import topic_stems
from assistant.index.sentence_vectors import SentenceVectors
from assistant.types import Passage

PARAGRAPHS = [
    "The Old Mill Bridge in Dunmore was closed to all traffic on Monday after cracks were found.",
    '"Closing a bridge that has served Dunmore for two hundred years was never easy," said Mairead Quinn.',
    "The council said the repairs would take at least eight months and cost the town dearly.",
]


def _unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_a_summary_gives_a_point_of_the_story_over_an_equally_central_quote() -> None:
    passages = [Passage("bridge", i + 1, text, "Bridge closed", 1.0) for i, text in enumerate(PARAGRAPHS)]
    # The quote and the repairs sentence are equally close to the lead and to the article as a
    # whole; the quote comes first, which alone would choose it.
    vectors = [_unit(1, 0, 0), _unit(0.6, 0.8, 0), _unit(0.6, 0, 0.8)]
    sentences = [
        SentenceVectors(((0, len(text)),), vector[None, :])
        for text, vector in zip(PARAGRAPHS, vectors, strict=True)
    ]
    draft = summarize(passages, sentences, length=2)
    assert "eight months" in draft.text, draft.text
    assert "two hundred years" not in draft.text, draft.text


@pytest.mark.parametrize("question", ["tl;dr", "TL;DR?", "tl dr please"])
def test_tl_dr_asks_for_a_summary_of_the_only_article_not_about_a_topic(
    question: str, seed_assistant: Assistant
) -> None:
    assert topic_stems(question) == set()
    answer = seed_assistant.ask(question)
    assert answer.trace.kind == "overview" and not answer.abstained
    assert len(answer.citations) >= 3


def test_a_summary_opens_with_the_leads_first_sentence_that_says_something() -> None:
    # A live page's newest entry opens by signing off; its recap follows in the same paragraph.
    lead = (
        "That is where we will pause our live coverage for tonight. To recap: the volcano began erupting "
        "at 05:48 and about 3,200 people have been moved out of three villages."
    )
    paragraphs = [lead, *PARAGRAPHS[2:]]
    passages = [Passage("live", i + 1, text, "Volcano live", 1.0) for i, text in enumerate(paragraphs)]
    split = lead.index("To recap")
    sentences = [
        SentenceVectors(((0, split - 1), (split, len(lead))), np.stack([_unit(1, 0, 0), _unit(0.9, 0.1, 0)])),
        SentenceVectors(((0, len(PARAGRAPHS[2])),), _unit(0.6, 0, 0.8)[None, :]),
    ]
    draft = summarize(passages, sentences, length=2)
    assert draft.text.startswith("To recap"), draft.text
    assert "pause our live coverage" not in draft.text
