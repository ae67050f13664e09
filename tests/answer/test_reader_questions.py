"""Questions as readers ask them, answered by kind with the real model and an embedded Chroma.

The corpus is five of the evaluation articles: a story reported twice (a Monday report and a
Wednesday update), two look-alike library stories, and an unrelated one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Assistant
from assistant.answer.corpus_view import StoreCorpus
from assistant.answer.versions import story_versions
from assistant.types import HEADER_PARAGRAPH

from ..conftest import assistant_over_articles

pytestmark = pytest.mark.slow
FILES = [
    "rail-strike-first.txt",
    "rail-strike-update.html",
    "library-cuts.html",
    "northbridge-library-closures.md",
    "harbour-wind-farm.md",
]


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_articles(tmp_path_factory, FILES, "reader")


def test_author_and_outlet_come_from_the_header_and_cite_it(reader: Assistant) -> None:
    answer = reader.ask("who wrote the wind farm article, and when?")
    assert answer.trace.kind == "about_article" and not answer.abstained
    assert "Nadia Okafor" in answer.text and "2025-06-14" in answer.text
    (citation,) = answer.citations
    assert citation.article_id == "harbour-wind-farm" and citation.paragraph == HEADER_PARAGRAPH
    assert citation.to_dict()["location"] == "header"


def test_how_many_articles(reader: Assistant) -> None:
    answer = reader.ask("How many articles do you have?")
    assert answer.text.startswith("There are 5 indexed articles")
    assert len(answer.citations) == 5


def test_overview_quotes_distinct_paragraphs_in_article_order(reader: Assistant) -> None:
    answer = reader.ask("Sum up the story about the offshore wind farm")
    assert answer.trace.kind == "overview" and not answer.abstained
    paragraphs = [c.paragraph for c in answer.citations]
    assert 3 <= len(paragraphs) <= 5
    assert paragraphs == sorted(set(paragraphs)) and paragraphs[0] == 1
    assert {c.article_id for c in answer.citations} == {"harbour-wind-farm"}


def test_mention_yes_cites_the_passage_and_no_says_so(reader: Assistant) -> None:
    yes = reader.ask("Does the wind farm story say anything about seabirds?")
    assert yes.trace.kind == "mention" and not yes.abstained and yes.text.startswith("Yes")
    assert all("bird" in c.quote.lower() for c in yes.citations)
    no = reader.ask("Is cryptocurrency mentioned anywhere?")
    assert no.abstained and no.citations == [] and "No" in no.text


def test_a_question_naming_the_first_report_is_answered_from_it(reader: Assistant) -> None:
    answer = reader.ask("In the first report on the train strike, how many services were cancelled?")
    assert not answer.abstained
    assert {c.article_id for c in answer.citations} == {"rail-strike-first"}
    assert "412" in answer.text


def test_otherwise_the_latest_version_answers_and_says_so(reader: Assistant) -> None:
    answer = reader.ask("How many train services were cancelled?")
    assert not answer.abstained
    assert {c.article_id for c in answer.citations} == {"rail-strike-update"}
    assert any("latest report" in notice for notice in answer.notices)


def test_look_alike_stories_are_kept_apart(reader: Assistant) -> None:
    answer = reader.ask("When will the Northbridge branches close?")
    assert not answer.abstained
    assert {c.article_id for c in answer.citations} == {"northbridge-library-closures"}


def test_overview_sentences_stand_on_their_own(reader: Assistant) -> None:
    answer = reader.ask("what's the story with Riverside's libraries?")
    assert answer.trace.kind == "overview" and not answer.abstained
    openers = {"it", "its", "they", "their", "them", "these", "those", "this", "that", "he", "his", "she"}
    for citation in answer.citations:
        first_word = citation.quote.split(maxsplit=1)[0].lower()
        assert first_word not in openers, citation.quote


def test_other_reports_of_a_story_are_found_without_reading_every_article(
    reader: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = reader.searcher.store
    every = StoreCorpus(store, reader.searcher).articles()
    encode = reader.embeddings.encode_cached
    # A new process's first question: no article list read yet, and none may be read for this.
    fresh = StoreCorpus(store, reader.searcher)
    monkeypatch.setattr(store, "articles", lambda *a, **k: pytest.fail("read the whole article list"))
    for article_id in ("rail-strike-update", "harbour-wind-farm", "library-cuts"):
        found = fresh.possible_versions(article_id)
        assert [v.info for v in story_versions(article_id, found, fresh.lead, encode)] == [
            v.info for v in story_versions(article_id, every, fresh.lead, encode)
        ]
    found = fresh.possible_versions("rail-strike-update")
    versions = story_versions("rail-strike-update", found, fresh.lead, encode)
    assert [v.info.article_id for v in versions] == ["rail-strike-first", "rail-strike-update"]
    assert fresh.possible_versions("no-such-article") == []


def test_each_part_of_a_two_part_question_gets_its_own_sentence(reader: Assistant) -> None:
    answer = reader.ask("Who is going to chair the mediated talks, and when will they take place?")
    assert answer.trace.kind == "multi_part" and not answer.abstained
    assert "Margaret Odell" in answer.text and "September 18" in answer.text
    assert {c.article_id for c in answer.citations} == {"rail-strike-update"}


def test_a_figure_of_time_or_a_clock_time_is_no_count(reader: Assistant) -> None:
    answer = reader.ask("In Monday's report, how many services did the walkout force the operator to cancel?")
    assert not answer.abstained and "412" in answer.text


def test_each_part_is_looked_for_in_the_story_on_its_own(reader: Assistant) -> None:
    question = "Who chairs the rail talks, and how much will the strike cost the operator each day?"
    answer = reader.ask(question, top_k=2)  # two paragraphs: the whole question's search misses one
    assert answer.trace.kind == "multi_part" and not answer.abstained
    assert "£700,000" in answer.text and "Margaret Odell" in answer.text
    # the chair's paragraph is not among those the whole question's search returns
    whole = {(p.article_id, p.paragraph) for p in reader.search(question, top_k=len(answer.retrieved))}
    assert any((c.article_id, c.paragraph) not in whole for c in answer.citations)


def test_a_reaction_is_answered_by_what_the_one_named_said(reader: Assistant) -> None:
    # The union's own words, not the company's comment on its offer (the union is "the federation").
    for question in (
        "How did the union take the new offer?",
        "Is the union happy with the company's latest offer?",
    ):
        answer = reader.ask(question)
        assert not answer.abstained and "step in the right direction" in answer.text
        cited = [(c.article_id, c.paragraph) for c in answer.citations]
        # the federation's own words first; its general secretary's (¶6) may follow, the company's never
        assert cited[0] == ("rail-strike-update", 4) and set(cited) <= {
            ("rail-strike-update", 4),
            ("rail-strike-update", 6),
        }


def test_a_why_question_is_answered_by_the_sentence_that_gives_the_reason(reader: Assistant) -> None:
    # "fishermen" is in no article: "fishing" is of its family; "argued that … would" gives the reason.
    answer = reader.ask("why are fishermen angry?")
    assert not answer.abstained and "cod grounds" in answer.text
    assert {c.article_id for c in answer.citations} == {"harbour-wind-farm"}


def test_why_and_reaction_questions_about_nothing_in_the_articles_abstain(reader: Assistant) -> None:
    for question in (
        "Why are the airport baggage handlers threatening to walk out?",
        "How did the hospital respond to the measles outbreak?",
    ):
        assert reader.ask(question).abstained, question


def test_an_undated_article_has_no_versions_to_look_for(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, day in (("harbour", "Monday"), ("harbour-again", "Tuesday")):
        (corpus / f"{name}.txt").write_text(
            f"Harbour Reopens After Storm Repairs\n\nThe Kessling harbour reopened on {day} after repairs.\n",
            encoding="utf-8",
        )
    assistant = Assistant.open(index_dir=tmp_path / "index", corpus_dir=corpus)
    assistant.ensure_index()
    corpus_view = StoreCorpus(assistant.searcher.store, assistant.searcher)
    assert {a.article_id for a in corpus_view.articles()} == {"harbour", "harbour-again"}
    fresh = StoreCorpus(assistant.searcher.store, assistant.searcher)  # no article list read yet
    assert [a.article_id for a in fresh.possible_versions("harbour")] == ["harbour"]
