"""The words of a story's headline name the story, which every sentence of it is about: among its
sentences, the one that answers is found by the question's other words ("centre", "moved" in "why did
the evacuation centre for the Tallis Gap fire get moved?"), not by how often it repeats "fire".

The real model and an embedded Chroma answer questions over articles written for these tests.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.extractive import SentenceCandidate, story_word_shift
from assistant.types import Passage

from ..conftest import assistant_over_written_articles

ARTICLES = {
    "fire.md": (
        "Second person dies in Tallis Gap fire as blaze doubles in size",
        "2025-01-15",
        [
            "A second person has died in the Tallis Gap fire, which has now burnt through 9,150 hectares "
            "of forest and farmland, fire officials said on Wednesday.",
            "Investigators now believe the Tallis Gap fire was sparked by a power line that came down in "
            "strong winds, rather than by the dry lightning first suspected.",
            "The relief centre for evacuees has moved from the Denholm Recreation Reserve to the Yallan "
            "Sports Stadium, after the Denholm site lost power on Tuesday night.",
            "Crews fighting the Tallis Gap fire were helped by cooler weather overnight, but hot winds are "
            "forecast to return on Saturday.",
        ],
    ),
    "council.md": (
        "Council approves new sports stadium budget",
        "2025-01-14",
        [
            "The council approved a budget of 4 million dollars for repairs to the Yallan Sports Stadium "
            "on Tuesday.",
            "Work on the stadium's roof is due to start in March.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "story-words")


@pytest.mark.slow
def test_the_words_that_tell_a_storys_sentences_apart_find_the_answer(reader: Assistant) -> None:
    answer = reader.ask("why did the evacuation centre for the tallis gap fire get moved")
    assert "lost power" in answer.text, answer.text


def _passage(article: str, title: str, text: str, paragraph: int = 1) -> Passage:
    return Passage(article_id=article, paragraph=paragraph, text=text, title=title, score=1.0)


def test_the_shift_moves_no_story_against_another() -> None:
    title = "Fire at the mill"
    passages = [
        _passage("mill", title, "The fire at the mill spread fast. The fire alarm was moved last year."),
        _passage("other", "Budget news", "The alarm budget was cut."),
    ]
    first, second = passages[0].text.split(". ")
    candidates = [
        SentenceCandidate(0, 0, len(first) + 1, first + "."),
        SentenceCandidate(0, len(first) + 2, len(passages[0].text), second),
        SentenceCandidate(1, 0, len(passages[1].text), passages[1].text),
    ]
    weights = {"fire": 1.0, "alarm": 1.0, "move": 1.0}
    terms = [{"fire", "mill", "spread", "fast", "alarm", "move", "last", "year"}, {"alarm", "budget", "cut"}]
    shift = story_word_shift(candidates, passages, weights, terms)
    assert shift[1] > shift[0]  # within the mill story: the sentence with "alarm" and "moved" gains
    assert sum(shift[:2]) == pytest.approx(0.0)  # and the story as a whole moves not at all
    assert shift[2] == pytest.approx(0.0)  # a story whose headline holds no word of the question
