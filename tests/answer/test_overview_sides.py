"""An overview of one side of an article ("what's the deal with Kelsford's goalkeepers?") summarises
the paragraphs that tell that side, not the whole story."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.overview import side_named
from assistant.types import Passage

from ..conftest import assistant_over_written_articles

MATCH = [
    "Kelsford Athletic came from behind to beat Ardmurran Rovers 3-1 on Saturday to reach the semi-finals "
    "of the cup.",
    "Ardmurran led through a header from Callum Brodie in the 12th minute after a corner was half cleared.",
    "Jamie Fairlie equalised before the break with a shot that curled into the top corner from 20 yards.",
    "At half-time Kelsford's captain and goalkeeper, Ross Kinnaird, stayed in the dressing room with a "
    "hamstring strain, and 19-year-old Lewis Pardoe came on for his first senior appearance.",
    "Pardoe made a one-handed save from a close-range volley with twelve minutes left.",
    "Ardmurran's defender Neil Lothian was sent off for a second booking just after the hour.",
    "Substitute Tomasz Wrobel scored twice in the last ten minutes to settle the tie.",
    "Manager Ewan Haig said Kinnaird would have a scan on Monday and was likely to miss three weeks. "
    "With no other senior goalkeeper fit, the club will ask the league to sign an emergency loan keeper.",
    "The semi-final draw will be made on Tuesday evening at the league's offices in Perth.",
]


@pytest.fixture(scope="module")
def match_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    articles = {"match.md": ("Wrobel double sends Kelsford into semi-finals", "2025-03-01", MATCH)}
    return assistant_over_written_articles(tmp_path_factory, articles, "sides")


def _passages() -> list[Passage]:
    return [
        Passage("match", i + 1, text, "Wrobel double sends Kelsford into semi-finals", 1.0)
        for i, text in enumerate(MATCH)
    ]


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("what's the deal with Kelsford's goalkeepers?", {"goalkeep"}),
        ("give me the gist of the goalkeeper side of the match report", {"goalkeep"}),
        # the story itself, not a side of it: words of its header or its top
        ("sum up Kelsford's win", None),
        ("main points of Kelsford's cup tie", None),
        ("what's the story with Ardmurran's header?", None),
    ],
)
def test_the_words_that_name_a_side_of_an_article(question: str, side: set[str] | None) -> None:
    header = {"wrobel", "doubl", "send", "kelsford", "semi", "final"}
    found = side_named(question, header, _passages())
    assert (found.stems if found else None) == (frozenset(side) if side else None)


def test_an_overview_of_a_side_quotes_the_paragraphs_that_tell_it(match_assistant: Assistant) -> None:
    answer = match_assistant.ask("what's the deal with Kelsford's goalkeepers?")
    assert answer.trace.kind == "overview" and not answer.abstained
    cited = {c.paragraph for c in answer.citations}
    assert 1 not in cited, answer.text  # not the match's lead
    assert {4, 8} <= cited, answer.text
    assert "emergency loan keeper" in answer.text
