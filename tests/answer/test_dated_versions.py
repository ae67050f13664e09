"""Questions about a story told twice: the words that pick a report ("as of Monday", "the Courier's
13 November story", "the most recent report") choose it and are not what the answer must say, and a
follow-up that names only a report stays on the story the conversation is about."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.conversation import is_follow_up
from assistant.answer.kinds import asks_now_only, asks_then_and_now, classify, named_date, without_day_cue
from assistant.answer.topics import topic_stems
from assistant.answer.versions import without_header_words
from assistant.types import ArticleInfo

from ..conftest import assistant_over_written_articles

ARTICLES = {
    "bus-strike-first.md": (
        "Tarnford Bus Drivers Walk Out Over Pay",
        "2026-05-04",  # a Monday
        [
            "Bus drivers in Tarnford walked out on Monday in a row over pay, leaving thousands of "
            "commuters across the valley without a service.",
            "Tarnford Buses has offered a rise of 3 percent, which members of the drivers' union turned "
            "down in a ballot last month.",
            "The union wants 8 percent, saying drivers have fallen behind after two years of high inflation.",
            "Two workers at the Ellerby depot were treated for smoke inhalation after a small fire in a "
            "bus shelter near the picket line.",
        ],
    ),
    "bus-strike-update.md": (
        "Tarnford Buses Raises Pay Offer as Strike Drags On",
        "2026-05-06",  # the Wednesday after
        [
            "Tarnford Buses raised its pay offer to striking drivers on Wednesday as the walkout that has "
            "emptied the valley's bus stops reached its third day.",
            "The company now offers 5 percent over two years, and a one-off payment of £500 for every "
            "driver.",
            "Union leader Maria Kell said the drivers would stay out until Friday at least.",
            "Both depot workers treated on Monday were discharged from Ellerby hospital on Tuesday.",
        ],
    ),
    "harlow-pool.md": (
        "Harlow Opens Its New Swimming Pool",
        "2026-05-08",  # the newest article of all, on another topic
        [
            "Harlow's new swimming pool opened on Friday, two years after the old baths closed.",
            "The pool cost £14 million and has a learner pool for children.",
        ],
    ),
}


@pytest.fixture(scope="module")
def buses(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "dated-versions")


def test_the_words_naming_a_report_by_its_day_are_left_out_of_what_is_asked() -> None:
    asked = without_day_cue("what pay offer was on the table as of monday?")
    assert asked == "what pay offer was on the table?"
    assert without_day_cue("In Tuesday's article, how many homes were empty?") == "how many homes were empty?"
    assert without_day_cue("according to monday's story, had a date been set?") == "had a date been set?"
    assert without_day_cue("By Friday, how many homes were empty?") == "how many homes were empty?"
    # a day that is news, not the report's
    assert without_day_cue("how many were cancelled on tuesday?") == "how many were cancelled on tuesday?"
    assert without_day_cue("will the strike end by friday?") == "will the strike end by friday?"


def test_the_words_naming_a_report_by_its_header_are_left_out_of_what_is_asked() -> None:
    info = ArticleInfo(
        "u", "t", 3, "u.md", "h", date="2026-11-13", outlet="Wendham Courier", byline="Priya Sandhu"
    )
    asked = without_header_words("What did the Courier report on 13 November about the river?", info)
    assert asked == "What did report about the river?"
    assert without_header_words("What did Priya Sandhu write on November 13th?", info) == "What did write?"
    assert without_header_words("what happened on 14 November?", info) == "what happened on 14 November?"
    assert without_header_words("is the courier service running?", info) == "is the courier service running?"


def test_what_happened_afterwards_asks_for_the_later_report() -> None:
    later = classify("The first story said two workers were hurt - what happened to them afterwards?")
    assert later.version == "latest"
    assert classify("In the first report, how many workers were hurt?").version == "first"


def test_what_changed_since_the_first_report_asks_for_the_later_one() -> None:
    for question in (
        "has the size of the pay offer been revised since the first strike report?",
        "how did the number treated change between the first and the later reports?",
        "what was the offer at first, and what is it now?",
        "the union would not comment at first - has it said anything since?",
        "at first it sounded like the buses would be off a couple of days - how long is it now?",
        "has the union leader changed his tune since his first briefing?",
        "is the depot open again yet?",
        "so what was it in the end?",
    ):
        assert classify(question).version == "latest", question
    # a present word within the first report's own question still means that report
    assert classify("in the first report, is the depot still shut?").version == "first"
    assert classify("on the first day did anyone know what the chemical was?").version == "first"


def test_why_a_count_was_wrong_asks_why() -> None:
    plan = classify("why did they get the number of passengers wrong at first?")
    assert (plan.kind, plan.aspect) == ("why_how", "reason")


def test_how_a_count_changed_asks_for_a_number() -> None:
    assert classify("how did the number of people in hospital change?").answer_type == "number"
    assert classify("has the size of the tremor been revised?").answer_type == "number"
    assert classify("what's the latest death toll?").answer_type == "number"


def test_a_weekday_that_names_no_report_is_the_news_day(buses: Assistant) -> None:
    # "Monday" and "Wednesday" are the reports' days; Tuesday is when the workers left hospital,
    # which only the later report says, but the question does not name that report.
    answer = buses.ask("which day were the Ellerby depot workers discharged, on tuesday?")
    assert not answer.abstained and "discharged" in answer.text, answer.text
    # the earlier report says what the question asks and the later one does not
    first = buses.ask("what did the Tarnford union want on friday?")
    assert not first.abstained and "8 percent" in first.text, first.text


def test_a_change_since_the_first_report_is_answered_from_the_later_one(buses: Assistant) -> None:
    answer = buses.ask("has the size of the pay offer changed since the first Tarnford report?")
    assert not answer.abstained and "5 percent" in answer.text
    assert {c.article_id for c in answer.citations} == {"bus-strike-update"}


def test_a_question_naming_only_a_report_is_a_follow_up() -> None:
    for question in ("and what does the most recent report say?", "which story is the oldest?"):
        assert topic_stems(question) == set() and is_follow_up(question)


def test_a_day_named_as_the_report_picks_it_and_is_not_looked_for(buses: Assistant) -> None:
    answer = buses.ask("what rise was the company offering as of monday?")
    assert not answer.abstained and "3 percent" in answer.text
    assert {c.article_id for c in answer.citations} == {"bus-strike-first"}


def test_what_happened_afterwards_is_answered_from_the_later_report(buses: Assistant) -> None:
    answer = buses.ask(
        "The first report said two depot workers were treated - what happened to them afterwards?"
    )
    assert not answer.abstained and "discharged" in answer.text
    assert {c.article_id for c in answer.citations} == {"bus-strike-update"}


def _history(buses: Assistant, question: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": buses.ask(question).text}]


def test_a_follow_up_asking_for_the_latest_report_stays_on_the_story(buses: Assistant) -> None:
    history = _history(buses, "Why are the Tarnford bus drivers on strike?")
    answer = buses.ask("and what does the most recent report say?", history=history)
    assert not answer.abstained
    assert {c.article_id for c in answer.citations} == {"bus-strike-update"}


def test_which_report_is_newest_after_a_story_means_its_reports(buses: Assistant) -> None:
    history = _history(buses, "Why are the Tarnford bus drivers on strike?")
    newest = buses.ask("which is the newest article?", history=history)
    assert [c.article_id for c in newest.citations] == ["bus-strike-update"]
    oldest = buses.ask("which story is the oldest?", history=history)
    assert [c.article_id for c in oldest.citations] == ["bus-strike-first"]
    # words of its own for the whole collection
    of_all = buses.ask("which is the newest article of all?", history=history)
    assert [c.article_id for c in of_all.citations] == ["harlow-pool"]


def test_a_how_many_part_without_a_noun_counts_what_the_part_before_did() -> None:
    parts = classify("By Friday, how many homes had the cordon covered, and how many are still empty?").parts
    assert len(parts) == 2 and "homes" in parts[1] and parts[1].startswith("how many are still empty")
    own = classify("How many homes were evacuated, and how many firefighters were sent?").parts
    assert own[1] == "how many firefighters were sent"


def test_words_of_the_present_name_no_report() -> None:
    assert asks_now_only("who is driving the trains that are still running?")
    assert asks_now_only("what is the company offering now?")
    assert not asks_now_only("is the line still shut as of the latest update?")
    assert not asks_now_only("what does the most recent report say?")


def test_a_question_of_the_present_is_answered_by_the_report_that_gives_it(buses: Assistant) -> None:
    # "still" asks how things stand; only the first report says what the union wants
    answer = buses.ask("how much is the union still demanding?")
    assert not answer.abstained and "8 percent" in answer.text
    assert {c.article_id for c in answer.citations} == {"bus-strike-first"}
    assert any("earlier report" in n for n in answer.trace.notes)


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("as of 4 may, what was the company offering?", "05-04"),
        ("as of May 6th, how long had the strike gone on?", "05-06"),
        ("in the May 4 report, who was treated?", "05-04"),
        ("what did the 6 May 2026 story say about pay?", "05-06"),
        # a date in the news, not a report's
        ("were the workers discharged on 5 May?", None),
    ],
)
def test_a_report_named_by_its_date(question: str, date: str | None) -> None:
    assert named_date(question) == date
    assert classify(question).date_named == date


def test_a_report_named_by_its_date_is_chosen_else_the_last_one_out_by_then(buses: Assistant) -> None:
    answer = buses.ask("as of 4 may, what rise was the Tarnford company offering?")
    assert not answer.abstained and "3 percent" in answer.text, answer.text
    assert {c.article_id for c in answer.citations} == {"bus-strike-first"}
    # no report on 5 May: the one out by then
    answer = buses.ask("as of 5 may, what rise was the Tarnford company offering?")
    assert {c.article_id for c in answer.citations} == {"bus-strike-first"}, answer.text


@pytest.mark.parametrize(
    ("question", "both"),
    [
        ("what was the Tarnford pay offer at first compared with now?", True),
        ("I've seen two different pay offers for Tarnford, which is it?", False),
        ("how big was the pay offer at first compared with when they wrapped it up", True),
        ("the offer was 3 percent on monday, and now?", True),
        ("I've seen two different numbers for the pay offer", True),
        ("in the first report, was the depot still shut?", False),
        ("in the first report, had the union voted yet?", False),
        ("what was the pay offer in the first report?", False),
    ],
)
def test_questions_that_set_an_earlier_report_beside_the_latest(question: str, both: bool) -> None:
    assert asks_then_and_now(question) is both


def test_the_earlier_and_the_latest_report_each_answer_with_their_date(buses: Assistant) -> None:
    answer = buses.ask("what pay rise was Tarnford Buses offering at first compared with now?")
    assert not answer.abstained, answer.text
    assert answer.text.startswith("In the report of Monday 4 May 2026: "), answer.text
    assert "3 percent" in answer.text and "In the report of Wednesday 6 May 2026: " in answer.text
    assert [c.article_id for c in answer.citations] == ["bus-strike-first", "bus-strike-update"]


def test_a_question_about_when_a_story_first_broke_reads_the_first_reports_lead(buses: Assistant) -> None:
    assert classify("how many drivers walked out when it first broke?").version == "first"
    answer = buses.ask("what happened to Tarnford's buses when the story first broke?")
    assert {c.article_id for c in answer.citations} == {"bus-strike-first"}, answer.text


def test_a_report_named_that_gives_no_answer_leaves_it_to_the_others_and_says_so(buses: Assistant) -> None:
    answer = buses.ask("as of 4 may, when were the two Ellerby depot workers discharged from hospital?")
    assert not answer.abstained and "discharged" in answer.text, answer.text
    assert {c.article_id for c in answer.citations} == {"bus-strike-update"}
    assert any("does not say this" in notice for notice in answer.notices), answer.notices


def test_an_accented_name_is_one_name_that_two_reports_share() -> None:
    from assistant.answer.versions import names_in

    assert "Quilaman" in names_in("Cerro Quilamán eruption: thousands flee as ash cloud closes airport")
    assert "Quilam" not in names_in("Four days after Cerro Quilamán blew, scientists revise their account")
