"""A follow-up keeps the version of a story the conversation asked about, and a mention question
about "a thing for someone" is answered by the sentence that names the thing."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.conversation import completed_fragment
from assistant.answer.kinds import classify
from assistant.answer.pipeline import with_earlier_version
from assistant.answer.router import _heads

from ..conftest import assistant_over_written_articles

ARTICLES = {
    "mill-fire-first.md": (
        "Fire Guts Old Mill in Brackton",
        "2026-03-02",
        [
            "A fire destroyed the old flour mill on Canal Street in Brackton on Sunday night, and twelve "
            "families living next to it were moved to a school hall while crews fought the flames.",
            "Firefighters from Brackton and Eldmoor said the blaze started in a storage room on the ground "
            "floor and spread to the roof within an hour.",
            "Mill owner Tessa Grange said the building had stood empty since the bakery that rented it "
            "closed last year.",
        ],
    ),
    "mill-fire-update.md": (
        "Brackton Mill Fire Was Started Deliberately, Police Say",
        "2026-03-05",
        [
            "Police said on Wednesday that the fire which destroyed the old flour mill on Canal Street in "
            "Brackton on Sunday night was started deliberately, and that a man had been arrested.",
            "The twelve families moved out on Sunday have returned home, Brackton council said.",
            "A book of condolence for Mr Pryce has been opened at Brackton town hall, and the Polish "
            "community association and Brackton Rovers youth football club, where he was well known as a "
            "volunteer coach, are organising a vigil on Sunday evening.",
            "Mill owner Tessa Grange said she would rebuild the mill as flats.",
        ],
    ),
    "library-budget.md": (
        "Harlow Libraries Lose a Fifth of Their Budget",
        "2026-03-04",
        [
            "Harlow council cut the budget of its libraries by a fifth on Tuesday, and two branches will "
            "open three days a week instead of six.",
            "Librarians said the cut would end the weekly reading club for children at the Mill Road branch.",
        ],
    ),
}


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "follow-up-versions")


def test_a_follow_up_keeps_the_version_asked_about_earlier() -> None:
    plan = classify("and when did it come out?")
    notes: list[str] = []
    kept = with_earlier_version(plan, ["what was the headline of the first report on the fire?"], notes)
    assert kept.version == "first" and notes
    own = classify("and what's the latest on it?")
    assert with_earlier_version(own, ["the first report on the fire?"], []).version == "latest"
    assert with_earlier_version(plan, ["who owns the mill?"], []).version is None
    # The latest version named counts; a question standing on its own starts another thread.
    later = ["How many were evacuated?", "and in the first report?", "what about in the update?"]
    assert with_earlier_version(plan, later, []).version == "latest"
    other = ["Who wrote the first report on the fire?", "Tell me about the nurses' strike in Dunmere."]
    assert with_earlier_version(plan, other, []).version is None


def test_the_date_of_the_first_report_in_a_follow_up(mill: Assistant) -> None:
    first = "What was the headline of the first report on the mill fire?"
    asked = mill.ask(first)
    assert "Fire Guts Old Mill in Brackton" in asked.text
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": asked.text}]
    answer = mill.ask("and when did it come out?", history=history)
    assert "2026-03-02" in answer.text and "2026-03-05" not in answer.text
    assert [c.article_id for c in answer.citations] == ["mill-fire-first"]


def test_heads_of_things_asked_about() -> None:
    assert _heads("a vigil for the victim") == ["a vigil"]
    assert _heads("the cost of the plan and its timing") == ["the cost"]
    assert _heads("mosquito nets") == []


def test_a_mention_is_named_by_its_head(mill: Assistant) -> None:
    answer = mill.ask("Does the fire coverage say anything about a vigil for the victim?")
    assert answer.text.startswith("Yes") and "vigil" in answer.text
    missing = mill.ask("Does the fire coverage say anything about a fundraiser for the victim?")
    assert missing.text.startswith("No")


def test_a_follow_up_naming_no_topic_is_about_the_article_asked_about(mill: Assistant) -> None:
    first = "Anything on the library budget?"
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": mill.ask(first).text}]
    answer = mill.ask("ok, give me the main points then", history=history)
    assert answer.trace.kind == "overview"
    assert {c.article_id for c in answer.citations} == {"library-budget"}


def test_a_phrase_alone_asks_the_last_question_again_with_it() -> None:
    turns = [
        {"role": "user", "content": "How many homes were lost?"},
        {"role": "assistant", "content": "41 [1]"},
    ]
    first = completed_fragment("and in the first report?", turns)
    assert first == "How many homes were lost in the first report?"
    assert completed_fragment("What about according to the union?", turns) == (
        "How many homes were lost according to the union?"
    )
    later = [*turns, {"role": "user", "content": "and in the first report?"}]
    update = completed_fragment("what about in the update?", later)
    assert update == "How many homes were lost in the update?"
    others = ("and who wrote it?", "in the first report, how many homes were lost?", "and the nurses?")
    for question in others:
        assert completed_fragment(question, turns) is None, question
    assert completed_fragment("and in the first report?", []) is None


def test_a_phrase_alone_after_a_question_gets_that_question_answered_of_the_report_it_names(
    mill: Assistant,
) -> None:
    first = "What did the mill owner say?"
    asked = mill.ask(first)
    assert "rebuild the mill" in asked.text  # the newest report's
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": asked.text}]
    answer = mill.ask("and what about in the first report?", history=history)
    assert answer.question == "and what about in the first report?"
    assert [c.article_id for c in answer.citations] == ["mill-fire-first"], answer.text
    assert "stood empty" in answer.text
