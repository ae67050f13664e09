"""A question about a place, product or ship no article names is off the corpus: the names are told
from readers' everyday words and from misspellings of the articles' own names."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.places import absent_places, named_places
from assistant.answer.unknown_names import unknown_names
from assistant.text import content_stems

ARTICLE_WORDS = "Calagrana holiday flats rental policy council Kellambra scooters festival storm house"
ARTICLE_STEMS = set(content_stems(ARTICLE_WORDS))


def _names(question: str) -> list[str]:
    return unknown_names(question, ARTICLE_STEMS.__contains__, lambda: sorted(ARTICLE_STEMS))


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("what's the holiday rental policy in puerto verdeluz?", ["verdeluz"]),
        ("has saint-orvanne banned rental scooters too?", ["orvanne"]),
        ("how much is the zoomgo plus scooter subscription?", ["zoomgo"]),
        # the articles' own names, and misspelt
        ("what did the calagrana council decide?", []),
        ("what did the kelambra council decide?", []),
        # readers' everyday words the articles do not use, and real places English knows
        ("why are festivalgoers annoyed about the storm?", []),
        ("is the house unliveable after the refurb?", []),
        ("summarise the rental policy", []),
        ("what is the rental policy in vancouver?", []),
        # a capitalised word English hardly uses is a name ("Munt"); a common one is not ("Covid")
        ("what happened in the Gary Munt trial?", ["munt"]),
        ("did Covid close the festival?", []),
        # a name typed in lower case that English barely knows and no dictionary lists
        ("how many homes are planned at the thornbury meadows development?", ["thornbury"]),
        ("did cerro pantoja erupt as well this week?", ["cerro", "pantoja"]),
        ("how do i apply for a schengen visa", ["schengen"]),
        # ...but a typo of a common word, an abbreviation or a clipped word is none
        ("what realy happend at the festival", []),
        ("tldr of the storm story", []),
    ],
)
def test_names_no_article_uses(question: str, names: list[str]) -> None:
    assert _names(question) == names


@pytest.mark.slow
def test_a_question_about_a_place_no_article_names_abstains(seed_assistant: Assistant) -> None:
    answer = seed_assistant.ask("What did the mediators offer the delegation from Verdeluzia?")
    assert answer.abstained
    assert "verdeluzia" in (answer.trace.abstain_reason or "")
    # the same question about the article's own people is answered
    assert not seed_assistant.ask("What did the mediators offer Hamas?").abstained


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("can you recommend a swim coach in toronto?", ["toronto"]),
        ("how much is a train from london to edinburgh?", ["london", "edinburgh"]),
        # countries are not told: readers name a story by its country where it names its towns
        ("who's in charge at the airline in sweden?", []),
        ("where does Nice stand on the ban?", ["nice"]),
        # a city named like an everyday word, not placed and in lower case, is the word
        ("what is the split between the parties?", []),
        ("did the mobile phone ban work?", []),
    ],
)
def test_places_a_question_names(question: str, places: list[str]) -> None:
    assert named_places(question) == places


def test_a_place_the_articles_name_is_not_absent() -> None:
    known = set(content_stems("The storm hit Beira and moved inland")).__contains__
    assert absent_places("how many died in beira?", known) == []
    assert absent_places("how many died in toliara?", known) == ["toliara"]


@pytest.mark.slow
def test_a_question_about_a_city_the_articles_never_name_abstains(seed_assistant: Assistant) -> None:
    answer = seed_assistant.ask("What did the mediators offer the delegation in Toronto?")
    assert answer.abstained
    assert "toronto" in (answer.trace.abstain_reason or "")
