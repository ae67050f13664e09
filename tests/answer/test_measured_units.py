"""A question about a quality wants its figure in that quality's unit: "how fast were the winds?" a
speed, not the lead's death toll; "how cold was it?" a temperature; "how effective?" a share.

The real model and an embedded Chroma answer questions over an article written for these tests.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.measures import SHARE, SPEED, TEMPERATURE, WEIGHT, measured_unit

from ..conftest import assistant_over_written_articles

ARTICLES = {
    "storm.md": (
        "Storm Elsbeth leaves 12 dead as it sweeps across the Varn coast",
        "2025-11-03",
        [
            "Storm Elsbeth has killed 12 people and left 40,000 homes without power after it swept "
            "across the Varn coast on Sunday, officials said, as crews cleared roads blocked by trees.",
            "The storm came ashore near the fishing port of Kelby shortly after midnight with sustained "
            "winds of 150 km/h, according to the national weather office.",
            "Overnight the temperature in the hills dropped to minus 4C, and snow closed the mountain pass "
            "between Kelby and Orrin for the first time in 30 years.",
            "Three ferries were cancelled and 18 flights diverted from Kelby airport, which reopened on "
            "Monday morning.",
            "The coastguard said a 30-tonne fishing boat had broken its moorings and run aground, but its "
            "crew of five had been ashore.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "measured-units")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how fast were the winds when the storm hit land", "150 km/h"),
        ("how cold did it get in the hills", "minus 4C"),
    ],
)
def test_a_question_about_a_quality_is_answered_with_a_figure_in_its_unit(
    reader: Assistant, question: str, figure: str
) -> None:
    answer = reader.ask(question)
    assert not answer.abstained, answer.text
    assert figure in answer.text
    assert "12 people" not in answer.text  # the lead's toll is a number, not a speed or a temperature


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("how fast were the winds?", SPEED),
        ("what top speed did the train reach", SPEED),
        ("how strong did the gusts get", SPEED),
        ("how hot might it get in occitanie?", TEMPERATURE),
        ("what temperature was forecast for saturday", TEMPERATURE),
        ("how effective was the vaccine against severe illness", SHARE),
        ("how heavy is the satellite", WEIGHT),
        ("how much does the bell weigh", WEIGHT),
    ],
)
def test_the_unit_a_quality_is_measured_in(question: str, unit: object) -> None:
    assert measured_unit(question) is unit


@pytest.mark.parametrize(
    "question", ["how many people died", "how strong was the opposition", "how big is the fine", "who won"]
)
def test_other_questions_ask_for_no_unit(question: str) -> None:
    assert measured_unit(question) is None


@pytest.mark.parametrize(
    ("unit", "text"),
    [
        (SPEED, "gusts of 112 km/h (70 mph)"),
        (SPEED, "winds gusting to 55 knots"),
        (SPEED, "travelling at 90 kilometres an hour"),
        (SPEED, "prices rising by 3.6 per cent"),  # "how fast are prices rising?"
        (TEMPERATURE, "Temperatures had fallen to minus 27C."),
        (TEMPERATURE, "a forecast high of 41 degrees"),
        (TEMPERATURE, "it reached 44°C"),
        (SHARE, "cut the risk by 71 per cent"),
        (WEIGHT, "the 180-kilogram satellite"),
        (WEIGHT, "a bell of 2.4 tonnes"),
    ],
)
def test_figures_in_a_unit(unit: object, text: str) -> None:
    assert unit.search(text)  # type: ignore[attr-defined]


def test_a_count_is_in_no_unit() -> None:
    for unit in (SPEED, TEMPERATURE, SHARE, WEIGHT):
        assert not unit.search("Storm Elsbeth has killed 12 people and left 40,000 homes without power.")
