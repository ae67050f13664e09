"""Questions about what someone died of: a report of the death is not its cause (real model, embedded
Chroma)."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.extractive import answer_values
from assistant.answer.kinds import classify

from ..conftest import assistant_over_articles

pytestmark = pytest.mark.slow
FILES = ["chef-obituary.md", "wildfire-evacuation-update.md", "mayor-election.html"]


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_articles(tmp_path_factory, FILES, "death")


@pytest.mark.parametrize(
    "question",
    [
        "what did she die of?",
        "What was the cause of death?",
        "How did he die?",
        "what illness did the chef have?",
    ],
)
def test_cause_of_death_questions_are_lookups_for_a_cause(question: str) -> None:
    plan = classify(question)
    assert (plan.kind, plan.answer_type) == ("lookup", "cause")


@pytest.mark.parametrize("question", ["What killed the deal?", "What condition is the bridge in?"])
def test_other_questions_with_those_words_ask_for_no_cause_of_death(question: str) -> None:
    assert classify(question).answer_type != "cause"


def test_the_illness_not_the_lead_that_reports_the_death(reader: Assistant) -> None:
    history = [
        {"role": "user", "content": "when and where did Ines Carvalho pass away?"},
        {"role": "assistant", "content": "She died on Saturday at her home in Kingsbridge."},
    ]
    for answer in (
        reader.ask("what did she die of?", history=history),
        reader.ask("What was the cause of death of Ines Carvalho?"),
    ):
        assert "pancreatic cancer" in answer.text and not answer.abstained
        assert answer.citations[0].article_id == "chef-obituary"


def test_a_death_reported_without_its_cause_is_not_given(reader: Assistant) -> None:
    answer = reader.ask("What did Peter Beck die of?")  # "He died in 2016." and nothing more
    assert answer.abstained and answer.text.startswith("The articles do not say what caused the death.")


@pytest.mark.parametrize(
    ("sentence", "gives_a_cause"),
    [
        ("She died on Saturday after a long illness.", True),
        ("He died at home of a heart attack.", True),
        ("She died in hospital from injuries sustained in the crash.", True),
        ("The cause of death was pneumonia.", True),
        ("She was diagnosed with pancreatic cancer in 2025.", True),
        ("She died at the age of 78.", False),
        ("Ines Carvalho died on Saturday at her home in Kingsbridge.", False),
        ("The death of Walter Brannigan shocked the town.", False),
    ],
)
def test_what_names_the_cause_of_a_death(sentence: str, gives_a_cause: bool) -> None:
    assert bool(answer_values(sentence, "cause", set())) is gives_a_cause
