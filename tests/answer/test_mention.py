"""Mention questions ("does it mention X?"): what counts as naming the thing, and what is quoted."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.router import _agent_root, _mentions_all
from assistant.text import content_stems

from ..conftest import assistant_over_articles


def _names(wanted: str, sentence: str) -> bool:
    return _mentions_all(set(content_stems(wanted)), set(content_stems(sentence)))


def test_a_word_for_who_does_it_is_named_by_its_root() -> None:
    assert _names("fishermen", "Fishing associations had argued against the turbines.")
    assert _names("farmers", "Hillside farms lost their barns.")
    assert _names("teachers", "Teaching unions called a strike.")
    assert not _names("whales", "The seabird populations will be monitored.")
    # too little is left of a short word to stand for it ("water" is no one who "wats")
    assert _agent_root(content_stems("water")[0]) is None
    assert _agent_root(content_stems("fishermen")[0]) == "fish"


@pytest.fixture(scope="module")
def two_stories(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_articles(
        tmp_path_factory, ["harbour-wind-farm.md", "000_12d29104be5af25a.txt"], "mention"
    )


@pytest.mark.slow
def test_a_thing_named_by_a_word_of_its_family_is_mentioned(two_stories: Assistant) -> None:
    answer = two_stories.ask("does the wind farm story mention fishermen?")
    assert answer.trace.kind == "mention" and not answer.abstained
    assert answer.text.startswith("Yes")
    assert {c.article_id for c in answer.citations} == {"harbour-wind-farm"}
    assert all("fishing" in c.quote.lower() for c in answer.citations)


@pytest.mark.slow
def test_only_sentences_that_name_the_thing_are_quoted(two_stories: Assistant) -> None:
    # "Israeli policy discussions" reads close to "the Israeli prime minister" but does not name him.
    answer = two_stories.ask("is the Israeli prime minister mentioned?")
    assert not answer.abstained and answer.citations
    assert all("Prime Minister" in c.quote for c in answer.citations)


@pytest.mark.slow
def test_a_thing_no_article_names_is_not_mentioned(two_stories: Assistant) -> None:
    answer = two_stories.ask("does the wind farm story mention whales?")
    assert answer.trace.kind == "mention" and answer.abstained
    assert answer.text.startswith("No")


@pytest.mark.slow
def test_was_there_any_asks_whether_the_story_tells_of_it(two_stories: Assistant) -> None:
    # "in the wind farm case" says where to look, not what to look for
    no = two_stories.ask("Was there any ransom demand in the wind farm case?")
    assert no.trace.kind == "mention" and no.abstained
    assert no.text.startswith("No: I found no mention of ransom demand"), no.text
    yes = two_stories.ask("were there any fishing associations against the wind farm?")
    assert yes.trace.kind == "mention" and not yes.abstained and yes.text.startswith("Yes"), yes.text
    assert any("Fishing associations" in c.quote for c in yes.citations)


@pytest.fixture(scope="module")
def said_otherwise(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    from ..conftest import assistant_over_written_articles

    trial = [
        "A boatyard owner was found guilty on Wednesday of murdering his business partner.",
        "The prosecutor told the trial that he had taken out loans in the company's name, using forged "
        "signatures, to cover personal debts from online betting.",
        'His barrister argued that the case was "built on suspicion rather than evidence".',
        "Detectives built the case using footage from a neighbouring marina and location data from phones.",
    ]
    planet = [
        "Astronomers have found a rocky planet orbiting a nearby red dwarf star.",
        "The discovery was made with the university's 1.2-metre robotic telescope over two years.",
        "The team has applied for time on a space telescope to search for gases such as carbon dioxide.",
    ]
    return assistant_over_written_articles(
        tmp_path_factory,
        {
            "boatyard-trial.md": ("Boatyard owner guilty of murdering partner", "2025-10-01", trial),
            "rocky-planet.md": ("Astronomers find rocky planet near red dwarf", "2025-07-22", planet),
        },
        "said-otherwise",
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("does the trial story talk about gambling?", "online betting"),
        ("any mention of CO2 in the planet story?", "carbon dioxide"),
    ],
)
def test_a_thing_the_story_names_in_other_words_is_mentioned(
    said_otherwise: Assistant, question: str, quoted: str
) -> None:
    answer = said_otherwise.ask(question)
    assert answer.trace.kind == "mention" and not answer.abstained
    assert answer.text.startswith("Yes")
    assert any(quoted in c.quote for c in answer.citations)


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "does anything talk about DNA evidence?",  # "suspicion rather than evidence" is no kind of it
        "is the james webb telescope mentioned?",  # a robotic or a space telescope is not that one
        "does either story mention a mayor?",
    ],
)
def test_a_thing_only_brushed_by_a_sentence_is_not_mentioned(
    said_otherwise: Assistant, question: str
) -> None:
    answer = said_otherwise.ask(question)
    assert answer.trace.kind == "mention" and answer.abstained
    assert answer.text.startswith("No")
