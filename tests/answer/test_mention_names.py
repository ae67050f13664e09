"""A thing asked about in lower case ("a grant", "a lottery grant") is not mentioned by a name that
uses the same word ("Chief executive Grant Fenwick said…"), by the real model and an embedded Chroma."""

from __future__ import annotations

import pytest

from assistant import Assistant

from ..conftest import assistant_over_written_articles

ARTICLES = {
    "outage.md": (
        "Harbourline outage cuts off mobile customers for seven hours",
        "2025-08-14",
        [
            "Harbourline Mobile customers lost calls, texts and data for about seven hours on Wednesday.",
            "Chief executive Grant Fenwick said a contractor had severed a bundle of fibre cables.",
        ],
    ),
    "club.md": (
        "Swim club could sink as pool fees double",
        "2025-09-09",
        [
            "The Port Alder swim club says it needs $62,000 by October or it will have to fold.",
            "The club applied for a provincial loan in the spring but has heard nothing back.",
        ],
    ),
}


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "mention-names")


@pytest.mark.slow
def test_a_name_is_no_mention_of_the_word_it_shares(stories: Assistant) -> None:
    answer = stories.ask("do any of the stories mention a lottery grant?")
    assert answer.abstained and answer.text.startswith("No"), answer.text
    answer = stories.ask("does anything mention a grant?")
    assert answer.abstained and answer.text.startswith("No"), answer.text


@pytest.mark.slow
def test_a_name_asked_for_as_a_name_is_mentioned(stories: Assistant) -> None:
    answer = stories.ask("does anything mention Grant Fenwick?")
    assert not answer.abstained and {c.article_id for c in answer.citations} == {"outage"}, answer.text
