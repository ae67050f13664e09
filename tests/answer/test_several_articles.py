"""Questions that set stories side by side ("Compare the two library closures") or summarize several
at once get a short summary of each article on the topic (its lead first), after its headline; within
one story they stay lookups."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.kinds import classify

from ..conftest import assistant_over_articles


@pytest.mark.parametrize(
    ("question", "several"),
    [
        ("Compare the two library closures", True),
        ("How do the two library stories differ?", True),
        ("What do both fire stories have in common?", True),
        ("compare the first report and the update on the rail strike", True),
        ("summarize the two strike stories", True),
        ("Compare turnout this year with four years ago", False),  # within one story
        ("What did the council compare the plan to?", False),
        ("Who wrote both stories?", False),  # a question about the articles' headers
    ],
)
def test_questions_about_several_articles_at_once(question: str, several: bool) -> None:
    assert classify(question).several is several


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    files = [
        "library-cuts.html",
        "northbridge-library-closures.md",
        "rail-strike-first.txt",
        "rail-strike-update.html",
        "mayor-election.html",
    ]
    return assistant_over_articles(tmp_path_factory, files, "several")


def _articles_in_order(answer: object) -> list[str]:
    return list(dict.fromkeys(c.article_id for c in answer.citations))  # type: ignore[attr-defined]


@pytest.mark.slow
def test_comparing_two_look_alike_stories_sums_up_each(reader: Assistant) -> None:
    answer = reader.ask("Compare the two library closures")
    assert not answer.abstained
    assert _articles_in_order(answer) == ["library-cuts", "northbridge-library-closures"]
    for article in ("library-cuts", "northbridge-library-closures"):
        quoted = [c.paragraph for c in answer.citations if c.article_id == article]
        assert quoted[0] == 1 and 2 <= len(quoted) <= 3, quoted  # its lead, then what else it says
    assert answer.text.count("“") >= 2  # each summary after its headline


@pytest.mark.slow
def test_two_stories_named_are_compared_without_saying_both(reader: Assistant) -> None:
    answer = reader.ask("compare the library cuts in Northbridge and the ones Priya Nair wrote about")
    assert _articles_in_order(answer) == ["library-cuts", "northbridge-library-closures"], answer.text


@pytest.mark.slow
def test_a_story_and_its_update_are_set_side_by_side_in_the_order_told(reader: Assistant) -> None:
    answer = reader.ask("what is the difference between the two strike reports?")
    assert _articles_in_order(answer) == ["rail-strike-first", "rail-strike-update"]


@pytest.mark.slow
def test_comparing_within_one_story_stays_a_lookup(reader: Assistant) -> None:
    answer = reader.ask("Compare turnout this year with four years ago")
    assert {c.article_id for c in answer.citations} == {"mayor-election"}
    assert "44.8 percent" in answer.text and "31.2 percent" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What's the timeline of the rail strike?",
        "How did the strike unfold?",
        "the chronology of events, please",
    ],
)
def test_timeline_questions_ask_for_the_story_in_order(question: str) -> None:
    plan = classify(question)
    assert (plan.kind, plan.several, plan.timeline) == ("overview", True, True)


@pytest.mark.slow
def test_a_timeline_gives_each_report_after_its_date(reader: Assistant) -> None:
    answer = reader.ask("What's the timeline of the rail strike?")
    assert [c.article_id for c in answer.citations] == ["rail-strike-first", "rail-strike-update"]
    first, update = answer.text.index("On Monday"), answer.text.index("On Wednesday")
    assert first < answer.text.index("[1]") < update < answer.text.index("[2]")


@pytest.mark.slow
def test_the_timeline_of_a_story_told_once_is_its_summary_in_article_order(reader: Assistant) -> None:
    answer = reader.ask("What's the timeline of the mayoral election?")
    assert answer.trace.kind == "overview" and not answer.abstained
    assert {c.article_id for c in answer.citations} == {"mayor-election"}
    paragraphs = [c.paragraph for c in answer.citations]
    assert paragraphs == sorted(paragraphs) and len(paragraphs) >= 3
