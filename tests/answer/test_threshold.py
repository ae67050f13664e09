"""The extractive answer threshold (ASSISTANT_MIN_ANSWER_SCORE) on its own, with the real model."""

from __future__ import annotations

from assistant import Assistant
from assistant.answer.extractive import Draft, ExtractiveAnswerer, score_sentences

LESSONS = "What do Israeli leaders say the lessons of October 7 require?"


def test_answers_at_the_threshold_and_abstains_just_above_it(seed_assistant: Assistant) -> None:
    searcher = seed_assistant.searcher
    vectors = seed_assistant.embeddings.encode([LESSONS])
    passages = searcher.search([LESSONS], 5, None, vectors)
    best = max(  # the threshold is compared with the score that decides whether to answer
        c.unanchored
        for c in score_sentences([LESSONS], passages, vectors, searcher.keyword, seed_assistant.embeddings)
    )

    def draft(min_score: float) -> Draft:
        answerer = ExtractiveAnswerer(seed_assistant.embeddings, min_score=min_score)
        return answerer.answer([LESSONS], passages, vectors, searcher.keyword)

    at = draft(best)
    assert not at.abstained and at.citations  # a score equal to the threshold is enough
    above = draft(best + 0.001)
    assert above.abstained and not above.citations
    assert "below the answer threshold" in (above.abstain_reason or "")


def test_no_passages_abstains_whatever_the_threshold(seed_assistant: Assistant) -> None:
    vectors = seed_assistant.embeddings.encode([LESSONS])
    answerer = ExtractiveAnswerer(seed_assistant.embeddings, min_score=0.0)
    assert answerer.answer([LESSONS], [], vectors, seed_assistant.searcher.keyword).abstained
