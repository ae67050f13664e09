"""Questions about the articles themselves and overviews, put in readers' words, answered with the
real model and an embedded Chroma.

The corpus: a story reported twice (Monday's first report, Wednesday's update, both by one writer for
one paper), an obituary, an election story, a story dated a Saturday, and an article whose header
names no outlet but whose text credits its reporting to another outlet.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.types import HEADER_PARAGRAPH

from ..conftest import assistant_over_articles

pytestmark = pytest.mark.slow
FILES = [
    "rail-strike-first.txt",
    "rail-strike-update.html",
    "chef-obituary.md",
    "mayor-election.html",
    "harbour-wind-farm.md",
    "000_12d29104be5af25a.txt",
]


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_articles(tmp_path_factory, FILES, "about")


def _cited(answer: object) -> list[str]:
    return list(dict.fromkeys(c.article_id for c in answer.citations))  # type: ignore[attr-defined]


def test_a_byline_asked_through_the_paper_it_was_written_for(reader: Assistant) -> None:
    answer = reader.ask("who reported the election result for the Tribune?")
    assert answer.trace.kind == "about_article" and "Daniel Kwan" in answer.text
    (citation,) = answer.citations
    assert (citation.article_id, citation.paragraph) == ("mayor-election", HEADER_PARAGRAPH)


def test_which_articles_are_of_a_kind(reader: Assistant) -> None:
    answer = reader.ask("do you have any obituaries?")
    assert answer.trace.kind == "about_article" and not answer.abstained
    assert _cited(answer) == ["chef-obituary"]
    none = reader.ask("any interviews?")
    assert none.abstained and "news report" in none.text


def test_what_kind_of_article_one_is(reader: Assistant) -> None:
    answer = reader.ask("is the wind farm article an opinion piece?")
    assert answer.text.startswith("No, ") and "news report" in answer.text
    assert _cited(answer) == ["harbour-wind-farm"]


def test_a_topic_list_names_every_report_of_the_story(reader: Assistant) -> None:
    answer = reader.ask("which articles do you have about trains?")
    assert set(_cited(answer)) == {"rail-strike-first", "rail-strike-update"}


def test_a_list_by_writer_or_outlet_names_exactly_theirs(reader: Assistant) -> None:
    by = reader.ask("which stories did Helen Marsh write?")
    assert set(_cited(by)) == {"rail-strike-first", "rail-strike-update"} and " by Helen Marsh:" in by.text
    outlet = reader.ask("have you got anything from the Tribune?")
    assert _cited(outlet) == ["mayor-election"]


def test_an_article_named_by_its_kind_or_its_day(reader: Assistant) -> None:
    gist = reader.ask("give me the gist of the obituary")
    assert gist.trace.kind == "overview" and _cited(gist) == ["chef-obituary"]
    saturday = reader.ask("sum up Saturday's story")
    assert _cited(saturday) == ["harbour-wind-farm"]


def test_overview_cue_words_are_not_the_topic(reader: Assistant) -> None:
    answer = reader.ask("What's the big picture on the election?")
    assert answer.trace.kind == "overview" and not answer.abstained
    assert _cited(answer) == ["mayor-election"]


def test_no_outlet_in_the_header_answers_with_whom_the_article_credits(reader: Assistant) -> None:
    answer = reader.ask("where is the reporting on the Gaza ceasefire talks coming from?")
    assert answer.trace.kind == "about_article" and not answer.abstained
    assert "Israel National News" in answer.text
    assert all(c.paragraph != HEADER_PARAGRAPH for c in answer.citations)


def test_the_newest_and_the_oldest_article(reader: Assistant) -> None:
    newest = reader.ask("What's the most recent article you have?")
    assert newest.trace.kind == "about_article" and not newest.abstained
    assert _cited(newest) == ["mayor-election"] and "November 4, 2026" in newest.text
    assert newest.citations[0].paragraph == HEADER_PARAGRAPH
    assert "1 of them gives no date" in newest.text  # the seed article is undated
    oldest = reader.ask("which is the oldest story on the train strike?")
    assert _cited(oldest) == ["rail-strike-first"]


def test_articles_of_a_year_or_month(reader: Assistant) -> None:
    assert _cited(reader.ask("Which articles came out in 2025?")) == ["harbour-wind-farm"]
    september = reader.ask("are there any stories from September 2026?")
    assert set(_cited(september)) == {"rail-strike-first", "rail-strike-update"}
    none = reader.ask("Which articles were published in May 2024?")
    assert none.abstained and "None of the 6 indexed articles" in none.text


def test_who_wrote_and_who_published_the_articles(reader: Assistant) -> None:
    most = reader.ask("Who wrote the most articles?")
    assert most.text.startswith("Helen Marsh wrote the most of the 6 indexed articles, 2")
    assert set(_cited(most)) == {"rail-strike-first", "rail-strike-update"}
    everyone = reader.ask("Who are the authors?")
    for name in ("Helen Marsh", "Samuel Ortega", "Daniel Kwan", "Nadia Okafor", "Fern Sidman"):
        assert name in everyone.text
    assert len(everyone.citations) == 6  # every article, by its header
    papers = reader.ask("Which newspapers are in the collection?")
    assert "The Lowland Courier (2 articles)" in papers.text and "Port Calder Tribune" in papers.text


def test_the_outlets_that_covered_a_story_told_twice_are_each_reports(reader: Assistant) -> None:
    answer = reader.ask("which papers covered the rail strike?")
    assert answer.trace.kind == "about_article" and not answer.abstained
    assert set(_cited(answer)) == {"rail-strike-first", "rail-strike-update"}
    assert all(c.paragraph == HEADER_PARAGRAPH for c in answer.citations)
