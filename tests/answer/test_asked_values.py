"""The value a question asks for is of its kind: a founding year for "when was it founded?", a span
of time, a start or a length for "how long?", an amount for "how much is a ticket?", the company's
seat for "where is it based?".

The real model and an embedded Chroma answer a question over an article written for these tests.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.extractive import answer_values
from assistant.answer.kinds import classify

from ..conftest import assistant_over_written_articles

ARTICLES = {
    "buses.md": (
        "Fernmouth bus drivers to strike for four days in pay dispute",
        "2025-10-06",
        [
            "Bus drivers at Fernmouth Citylink will walk out for four days from Monday 20 October after "
            "rejecting the company's latest pay offer, in the first strike on the city's buses since 2009.",
            "The Transport Workers' Union said 92 per cent of the 610 drivers who voted backed the action. "
            "The company had offered a rise of 3.5 per cent; the union is asking for 7 per cent.",
            "Fernmouth Citylink carries about 88,000 passengers a day on 37 routes across the city and the "
            "surrounding villages. It said it would run a reduced timetable on six main routes.",
            "The company's managing director, Priya Holloway, said the offer was the best it could afford "
            "after fuel costs rose by a fifth last year.",
            "Talks are due to resume on Thursday at the offices of the conciliation service.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "asked-values")


@pytest.mark.slow
def test_a_founding_year_not_given_is_not_answered_with_the_news_day(reader: Assistant) -> None:
    answer = reader.ask("when was fernmouth citylink founded?")
    assert answer.abstained, answer.text  # "since 2009" is the year of the last strike


def test_a_founding_question_wants_a_year() -> None:
    asked = {"when", "was", "the", "museum", "founded"}
    assert answer_values("The board approved the plan on Tuesday 3 June.", "date", asked) == []
    assert answer_values("The museum, founded in 1887, holds 4,000 works.", "date", asked)
    assert answer_values("It was set up 40 years ago by a group of teachers.", "date", asked)
    assert answer_values("It is the first strike since 2009.", "date", asked) == []
    # "when does it open?" is no founding question: any date answers it
    assert answer_values("It opens on Tuesday 3 June.", "date", {"when", "does", "it", "open"})


def test_how_long_wants_a_span_a_start_or_a_length_not_a_count() -> None:
    asked = {"how", "long", "has", "it", "been", "running"}
    assert answer_values("The station employs 38 people across four sites.", "duration", asked) == []
    assert answer_values("The walkout will last five days.", "duration", asked)
    assert answer_values("It has taken measurements since 1974.", "duration", asked)
    bridge = {"how", "long", "is", "the", "bridge"}
    assert answer_values("The bridge is 1.2 kilometres long.", "duration", bridge)


def test_where_a_company_is_based_is_said_with_based_or_headquarters() -> None:
    asked = {"where", "is", "castellan", "based"}
    trial = "The vaccine made by Castellan was tested at 41 sites in Brazil and South Africa."
    assert answer_values(trial, "place", asked) == []
    assert answer_values("Castellan, which is based in Basel, made the vaccine.", "place", asked)
    assert answer_values("The Basel-based company Castellan made it.", "place", asked)
    assert answer_values(trial, "place", {"where", "was", "the", "vaccine", "tested"})


@pytest.mark.parametrize(
    "question",
    ["how much is a ticket to get into the zoo", "how much is an adult day pass?", "how much was the fare"],
)
def test_the_price_of_a_ticket_or_a_fare_is_an_amount_of_money(question: str) -> None:
    assert classify(question).answer_type == "money"


def test_how_much_fares_will_rise_is_a_figure_not_a_price() -> None:
    assert classify("how much will ferry fares rise").answer_type == "number"


def test_a_founding_year_is_of_the_thing_asked_about() -> None:
    lighthouse = {"what", "year", "was", "the", "penrhos", "point", "lighthouse", "built"}
    # the year another thing was founded, named, is not the lighthouse's
    assert (
        answer_values(
            "In 1995 he founded the Aberwern Heritage Room above the post office.", "date", lighthouse
        )
        == []
    )
    assert answer_values(
        "The tower is 31 metres tall and was built in 1863 from granite.", "date", lighthouse
    )
    dairy = {"when", "was", "the", "bouma", "dairy", "set", "up"} | {"founded"}
    assert answer_values("His grandfather founded the Bouma Dairy in 1952.", "date", dairy)


def test_when_a_thing_first_opened_is_when_it_began() -> None:
    asked = {"what", "year", "did", "the", "ardnagh", "library", "first", "open"}
    assert (
        answer_values("It is the first time the council has closed a library since 1998.", "date", asked)
        == []
    )
    assert answer_values("The library opened in 1931 in a former bank.", "date", asked)
