"""A why / how answer, and each part of a multi-part answer, quotes its sentence's whole paragraph when
the paragraph is short: news copy often gives the reason or the asked detail in the sentence after the
one that reads closest to the question, and the citation points to the paragraph anyway.

The real model and an embedded Chroma answer questions over an article written for these tests.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.extractive import REASON_PARAGRAPH_SENTENCES, SentenceCandidate, with_paragraph

from ..conftest import assistant_over_written_articles

ARTICLES = {
    "orchard.md": (
        "Cider maker Brackwell to close its Lenton orchard",
        "2025-09-12",
        [
            "Brackwell Cider will close its orchard at Lenton next spring, ending 90 years of apple "
            "growing on the site, the company said on Thursday.",
            "Managing director Owen Saltash said the orchard had lost money in each of the past four "
            "seasons. A fungal disease spread through the older trees in 2023, and replanting the whole "
            "orchard would cost about £2.4 million.",
            "The 23 orchard workers will be offered jobs at the company's bottling plant in Hartcombe. "
            "Those who do not want to move will receive a redundancy payment of at least £6,000.",
            "The land will be sold to a neighbouring dairy farm, the company said.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "paragraph-quotes")


@pytest.mark.slow
def test_a_why_answer_quotes_the_reason_told_in_the_next_sentence(reader: Assistant) -> None:
    answer = reader.ask("why has the lenton orchard been losing money?")
    assert not answer.abstained
    assert "fungal disease" in answer.text, answer.text
    assert [c.paragraph for c in answer.citations] == [2], answer.text


@pytest.mark.slow
def test_each_part_of_a_two_part_question_gets_its_paragraph(reader: Assistant) -> None:
    question = "what happens to the lenton orchard staff, and what payout do they get if they leave?"
    answer = reader.ask(question)
    assert not answer.abstained
    assert "bottling plant in Hartcombe" in answer.text, answer.text
    assert "£6,000" in answer.text, answer.text


def _sentences(passage: int, count: int) -> list[SentenceCandidate]:
    return [SentenceCandidate(passage, 10 * i, 10 * i + 9, f"Sentence {i}.") for i in range(count)]


def test_only_a_short_paragraph_is_quoted_whole() -> None:
    short, long = _sentences(0, 3), _sentences(1, REASON_PARAGRAPH_SENTENCES + 1)
    candidates = [*short, *long]
    assert len(with_paragraph([short[1]], [short[1]], candidates)) == 3
    assert with_paragraph([long[2]], [long[2]], candidates) == [long[2]]


LEAD_ARTICLES = {
    "marathon.md": (
        "Lopez wins the Harbour Marathon",
        "2025-04-06",
        [
            "Maria Lopez won the Harbour Marathon on Sunday, crossing the line in 2 hours 21 minutes.",
            "Lopez said the finishing stretch along the harbour wall was the hardest part of the course, "
            "and she thanked the crowds who lined the finishing straight.",
            "About 9,000 runners took part, the organisers said.",
        ],
    ),
}


@pytest.fixture(scope="module")
def one_paragraph_reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, LEAD_ARTICLES, "lead-read-too")


@pytest.mark.slow
def test_a_lookup_reads_the_lead_of_the_best_paragraphs_story(one_paragraph_reader: Assistant) -> None:
    # One paragraph retrieved, the one sharing the question's words: the lead holding the time is read too
    answer = one_paragraph_reader.ask("how long did lopez take to finish the harbour marathon?", top_k=1)
    assert [p.paragraph for p in answer.retrieved] == [2]
    assert "2 hours 21 minutes" in answer.text, answer.text
    assert [c.paragraph for c in answer.citations] == [1], answer.text
