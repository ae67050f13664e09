"""Which sentence answers a why or how question: the one giving the reason or the means, not the lead
that restates the event in the question's own words.

The rules read a sentence's words (a clause of "as" with a perfect verb, "by" with a verb's "-ing"
form, a purpose clause, a story's lead); the real model and an embedded Chroma answer questions
over three short articles written for these tests, in which the lead names the event and a later
sentence says why or how.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.extractive import (
    _BY_DOING,
    _CAUSAL_AS,
    _MEANS,
    SentenceCandidate,
    _bare_lead,
    gives_aspect,
)
from assistant.answer.kinds import QuestionPlan, why_how_aspect
from assistant.types import Passage

from ..conftest import assistant_over_written_articles


@pytest.mark.parametrize(
    "sentence",
    [
        "The chain has lost money for three years as shoppers have moved online.",
        "Sales fell sharply as households are cutting back on treats.",
        "Ticket sales dropped as prices have been rising faster than wages.",
    ],
)
def test_a_clause_of_as_with_a_perfect_or_progressive_verb_gives_a_reason(sentence: str) -> None:
    assert _CAUSAL_AS.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor spoke as the council met on Monday.",  # "while"
        "He died in hospital, as the agency confirmed that fish had been killed.",
        "Jobs will go through retirement as well as through voluntary redundancy.",
        "Traders read the split vote as a signal that a cut was unlikely.",
        "The walkout began as the strike that has crippled the network entered its third day.",
    ],
)
def test_other_clauses_of_as_give_no_reason(sentence: str) -> None:
    assert not _CAUSAL_AS.search(sentence)


def test_by_with_an_ing_form_is_the_means_itself() -> None:
    assert _BY_DOING.search("They expect to save 40 million a year, mostly by merging their systems.")
    assert _BY_DOING.search("The council will pay for it by quietly selling two car parks.")
    for sentence in ("The bridge will be finished by spring.", "It was hit by a falling ceiling."):
        assert not _BY_DOING.search(sentence), sentence


def test_a_purpose_clause_is_a_means_but_an_infinitive_after_a_word_is_not() -> None:
    assert _MEANS.search("To address those concerns, the regulator attached conditions.")
    assert _MEANS.search("Coaches were hired, to cover the lines still closed.")
    assert not _MEANS.search("The council voted 7 to 4 on Monday night to close three libraries.")


def test_a_lead_that_gives_no_reason_or_means_is_bare() -> None:
    lead = "Two thieves smashed a display case on Sunday and escaped with six gold boxes."
    passage = Passage("theft", 1, lead, "Gold Boxes Stolen", 0.0)
    later = Passage("theft", 2, lead, "Gold Boxes Stolen", 0.0)
    cand = SentenceCandidate(0, 0, len(lead), lead)
    means, reason = QuestionPlan("why_how", aspect="means"), QuestionPlan("why_how", aspect="reason")
    assert _bare_lead(cand, passage, means) and _bare_lead(cand, passage, reason)
    assert not _bare_lead(cand, later, means)  # not the lead
    assert not _bare_lead(cand, passage, QuestionPlan("lookup"))
    citing = "The council closed three libraries, citing a budget shortfall."
    assert not _bare_lead(SentenceCandidate(0, 0, len(citing), citing), passage, reason)


@pytest.mark.parametrize(
    "question",
    [
        "How might a messy sleep routine actually lead to diabetes?",
        "How did the heatwave cause the power cuts?",
        "How could the new road result in more flooding?",
    ],
)
def test_how_one_thing_leads_to_another_asks_for_a_reason(question: str) -> None:
    assert why_how_aspect(question)[0] == "reason"


def test_a_belief_in_what_may_follow_gives_a_reason() -> None:
    sentence = "The team believes that irregular sleep may upset the body's internal clock."
    assert gives_aspect(
        SentenceCandidate(0, 0, len(sentence), sentence), QuestionPlan("why_how", aspect="reason")
    )


ARTICLES = {
    "bakery.md": (
        "Hollin Bakeries to Merge With Rival Crustworth",
        "2026-06-02",
        [
            "Hollin Bakeries has agreed to merge with its smaller rival Crustworth in a deal worth about "
            "£300 million that the two bakers said on Monday would cut costs and lead to 400 job losses.",
            "Crustworth, which was founded in Leeds in 1921, runs 180 shops in the north of England. It has "
            "struggled in the last three years as supermarkets have cut the price of their own bread, and "
            "its profits fell by a quarter last year.",
            "Of the 60 shops that would close, 35 belong to Crustworth, and the bakers said that most of the "
            "closures would be in towns where both chains have a shop on the same street.",
            "The two bakers said they expected to save about £25 million a year, mostly by combining their "
            "ovens, delivery vans and head offices.",
            "The Bakers' Union said the job losses were a blow to staff in Leeds.",
        ],
    ),
    "gallery.md": (
        "Thieves Take Silver Bowls From Harbour Gallery",
        "2026-06-03",
        [
            "Two thieves armed with a crowbar smashed a display case at the Harbour Gallery in Kestwick on "
            "Saturday afternoon and escaped with four Georgian silver bowls valued at £600,000.",
            "A guard who tried to stop them was knocked over, and the thieves ran out through a side door to "
            "a van waiting in Dock Street.",
            "The gallery said the bowls had been given to the town by a local shipowner in 1890.",
            "Police said they were studying footage from cameras on the harbour front.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "why-how-sentences")


@pytest.mark.slow
def test_a_why_question_is_answered_by_the_circumstance_given_with_as(reader: Assistant) -> None:
    answer = reader.ask("Why has Crustworth been doing badly?")
    assert not answer.abstained
    assert "supermarkets have cut the price" in answer.text, answer.text  # not only the lead's merger


@pytest.mark.slow
def test_a_how_question_is_answered_by_the_means_given_with_by(reader: Assistant) -> None:
    answer = reader.ask("How exactly do the bakers plan to cut costs?")
    assert not answer.abstained
    assert "by combining their ovens" in answer.text, answer.text
    assert [c.paragraph for c in answer.citations] == [4], answer.text  # the lead only says they will


@pytest.mark.slow
def test_a_how_question_quotes_the_manner_not_only_the_lead(reader: Assistant) -> None:
    answer = reader.ask("How did the Kestwick thieves escape?")
    assert not answer.abstained
    assert "through a side door" in answer.text, answer.text
