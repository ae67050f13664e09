"""Who an article quotes: the speakers found in its sentences (pure logic), and the question asked
in a reader's words (real model, embedded Chroma)."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.kinds import classify
from assistant.answer.sources import quoted_sources
from assistant.types import Passage

from ..conftest import ROOT, assistant_over_articles, assistant_over_written_articles
from .test_about_article_questions import reader  # noqa: F401  (the module's corpus fixture)


def _sources(*paragraphs: str) -> list[tuple[str, int]]:
    passages = [Passage("strike", i, text, "Strike", 1.0) for i, text in enumerate(paragraphs, 1)]
    return [(s.name, s.passage.paragraph) for s in quoted_sources(passages)]


def test_each_speaker_once_by_name_in_the_order_first_quoted() -> None:
    found = _sources(
        '"Our members did not take this lightly," said Colm Brennan, the federation\'s general secretary.',
        "Valley Rail's chief operating officer, Diane Okwu, said the offer was fair.",
        '"We regret the disruption," Okwu said. Ms Okwu added that talks could resume on Friday.',
        "The regional transport commissioner, Paul Vance, urged both sides to return to talks.",
        "Israeli officials have maintained that any deal must bring the Israeli hostages home.",
        "Train services will resume on Monday, according to the Fenwick Valley Gazette.",
    )
    assert found == [
        ("Colm Brennan", 1),
        ("Diane Okwu", 2),
        ("Paul Vance", 4),
        ("Israeli officials", 5),
        ("Fenwick Valley Gazette", 6),
    ]


def test_a_speaker_quoted_by_surname_gets_the_full_name_the_article_gives() -> None:
    found = _sources(
        "Its chief executive, Claire Thibodeau, will stay on to run a new eastern division.",
        '"This is a good day for our customers," Thibodeau said.',
        "Industry Minister Karen Albright said the bureau was independent.",
        '"We will look closely," Albright added.',
    )
    assert found == [("Claire Thibodeau", 2), ("Industry Minister Karen Albright", 3)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fire has claimed its first life and destroyed 47 homes, officials said on Sunday.",
        "Critics praised its grilled sardines and its custard tart.",
        "She said the strike was costing the operator about £700,000 a day.",
        "The Committee's next decision will be announced on December 10.",
        "The Saltmarsh Road branch has a leaking roof that surveyors said would cost £400,000 to fix.",
        "A senior Hamas official quoted by the Saudi-based outlet said talks would resume.",
    ],
)
def test_no_one_named_speaks(sentence: str) -> None:
    assert _sources(sentence) == []


@pytest.mark.parametrize(
    "question",
    [
        "Who is quoted in this article?",
        "who are the sources?",
        "Who did the reporter talk to?",
        "which sources does the story use?",
        "whose words does it rely on?",
        "list the people quoted",
    ],
)
def test_questions_about_who_is_quoted(question: str) -> None:
    plan = classify(question)
    assert (plan.kind, plan.fields) == ("about_article", ("sources",))


def test_who_is_quoted_saying_something_is_a_question_about_the_news() -> None:
    assert classify("Who is quoted saying the deal is dead?").kind != "about_article"


@pytest.mark.slow
def test_who_the_obituary_quotes_each_cited_where_they_speak(reader: Assistant) -> None:  # noqa: F811
    answer = reader.ask("Who did the reporter talk to for the obituary?")
    assert answer.trace.kind == "about_article" and not answer.abstained
    assert {c.article_id for c in answer.citations} == {"chef-obituary"}
    for name in ("Rafael Carvalho-Beck", "Dominic Hale", "Priya Raman"):
        assert name in answer.text
    for citation in answer.citations:
        assert citation.quote and citation.quote in citation.text


@pytest.mark.slow
def test_an_article_that_quotes_no_one_says_so(tmp_path_factory: pytest.TempPathFactory) -> None:
    articles = {
        "bridge.md": (
            "Old Mill Bridge closes for repairs",
            "2026-11-02",
            [
                "The Old Mill Bridge in Dunmore closed to all traffic on Monday after cracks were found in "
                "two of its stone arches during a routine inspection.",
                "Repairs are expected to take eight months, and buses will run on a diversion through "
                "the town centre until the bridge reopens.",
            ],
        )
    }
    assistant = assistant_over_written_articles(tmp_path_factory, articles, "no-sources")
    answer = assistant.ask("Who is quoted in this article?")
    assert answer.trace.kind == "about_article" and answer.abstained
    assert "quotes no one by name" in answer.text and not answer.citations


LIBRARY_STORIES = {
    "riverside.md": (
        "Riverside council votes to close three branch libraries",
        "2026-11-02",
        [
            "Riverside city council voted 7 to 4 on Monday night to close three of the city's nine branch "
            "libraries, citing a budget shortfall of 12 million dollars.",
            "The branches in Millbrook, Eastgate and Old Quarry will close their doors on June 30.",
            "Mayor Daniel Brooks said the city had to choose between libraries and emergency services.",
        ],
    ),
    "northbridge.md": (
        "Northbridge council shuts two library branches and cuts hours",
        "2026-11-04",
        [
            "Northbridge town council voted 6 to 3 on Wednesday to close two of its six library branches "
            "and cut opening hours at the four that remain, to fill a gap of 4.8 million pounds.",
            "The Saltmarsh Road and Kiln Lane branches will close at the end of March.",
            "Councillor Amira Haddad said the closures would fall hardest on older residents.",
        ],
    ),
}


@pytest.mark.slow
def test_a_follow_up_asks_about_the_article_the_last_answer_came_from(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assistant = assistant_over_written_articles(tmp_path_factory, LIBRARY_STORIES, "two-libraries")
    first = assistant.ask("When will the library branches close?")
    answered = {c.article_id for c in first.citations}
    assert len(answered) == 1 and not first.abstained
    history = [
        {"role": "user", "content": "When will the library branches close?"},
        {"role": "assistant", "content": first.text},
    ]
    quoted = assistant.ask("Who is quoted in it?", history)
    assert quoted.trace.kind == "about_article"
    assert {c.article_id for c in quoted.citations} == answered


@pytest.mark.slow
def test_a_lookup_that_points_back_is_answered_from_the_article_of_the_last_answer(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    files = sorted(p.name for p in (ROOT / "eval" / "articles").iterdir())  # the 14 reader articles
    assistant = assistant_over_articles(tmp_path_factory, files, "points-back")
    first = "What did the library story say?"  # fits both library stories; the summary is of one
    summary = assistant.ask(first)
    answered = {c.article_id for c in summary.citations}
    assert len(answered) == 1
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": summary.text}]
    for follow_up in ("When did this happen?", "Where did this happen?"):
        answer = assistant.ask(follow_up, history)
        assert {c.article_id for c in answer.citations} <= answered, answer.text
