"""Within the article a question names, its sentences are ranked by what the question asks of the
names, not by the names themselves (MiniLM's similarity leans on them)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant import Assistant
from assistant.answer import extractive
from assistant.answer.extractive import without_names

from ..conftest import assistant_over_written_articles


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("Roughly what time did the Wendham blaze kick off?", "Roughly what time did the blaze kick off?"),
        ("What is Egypt's stake in all this?", "What is stake in all this?"),
        ("Voss conceded when?", "conceded when?"),
        ("When does the hosepipe ban begin?", None),  # no name
        ("Officials said what?", None),  # a capitalised everyday word opens it
        ("Who is Adaeze Morrow?", None),  # nothing left to ask
    ],
)
def test_the_question_without_its_names(question: str, rest: str | None) -> None:
    assert without_names(question) == rest


ARTICLES = {
    "kelso-bridge.md": (
        "Fire closes Kelso's Harwood Bridge",
        "2026-11-03",
        [
            "A fire closed the Harwood Bridge in Kelso on Monday night, and the Kelso ferry will run extra "
            "crossings while engineers inspect the Kelso side of the span.",
            "Flames were first seen at about 9.15pm under the eastern span, where workers had been "
            "cutting steel.",
            "Kelso council said the bridge would stay shut until at least Friday.",
        ],
    ),
    "dunmore-school.md": (
        "Dunmore school reopens after flood",
        "2026-11-04",
        [
            "Dunmore primary school reopened on Wednesday, a week after floodwater filled its ground "
            "floor, and pupils returned to classrooms dried out by volunteers.",
            "The head teacher thanked parents who had spent the weekend clearing mud from the hall.",
        ],
    ),
}


@pytest.fixture(scope="module")
def bridge(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "focus")


@pytest.mark.slow
def test_a_sentence_that_answers_without_the_name_outranks_ones_that_only_name_it(
    bridge: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "Roughly what time did the Kelso fire begin?"
    answer = bridge.ask(question)
    assert "9.15pm" in answer.text and not answer.abstained
    # Without the shift (and without the story words' lesser weight, which also finds it), the lead,
    # which names Kelso three times and gives only "Monday night", wins.
    monkeypatch.setattr(extractive, "focus_shift", lambda _q, _v, sim, _e: np.zeros(len(sim)))
    monkeypatch.setattr(extractive, "story_word_shift", lambda cands, *_: [0.0] * len(cands))
    assert "9.15pm" not in bridge.ask(question).text
