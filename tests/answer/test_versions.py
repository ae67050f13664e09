"""Versions of one story reported on different days: told apart from look-alike stories."""

from __future__ import annotations

import numpy as np

from assistant.answer.extractive import Draft
from assistant.answer.kinds import QuestionPlan
from assistant.answer.router import _from_earlier
from assistant.answer.versions import choose_version, story_versions
from assistant.types import ArticleInfo, Citation


def _info(article_id: str, title: str, date: str) -> ArticleInfo:
    return ArticleInfo(article_id, title, 10, f"{article_id}.txt", article_id, date=date)


ARTICLES = [
    _info("first", "Fire forces Dunmore Valley evacuations", "2026-08-14"),
    _info("update", "Dunmore Valley fire: one dead as Crestline crews gain ground", "2026-08-16"),
    _info("other", "Fire forces Ashby Hills evacuations", "2026-08-15"),  # a look-alike elsewhere
]
LEADS = {
    "first": "Thousands fled homes in the Dunmore Valley on Friday as a fire spread toward Crestline.",
    "update": "A man died in the Dunmore Valley fire near Crestline, officials said on Sunday.",
    "other": "Hundreds fled homes in the Ashby Hills on Saturday as a fire spread toward Kelso.",
}


def _encode(texts: list[str]) -> np.ndarray:
    """Every profile reads alike (a fire, an evacuation): only the shared names tell versions apart."""
    return np.tile(np.array([1.0, 0.0], dtype=np.float32), (len(texts), 1))


def test_versions_share_names_and_look_alikes_do_not() -> None:
    versions = story_versions("update", ARTICLES, LEADS.__getitem__, _encode)
    assert [v.info.article_id for v in versions] == ["first", "update"]  # oldest first


def test_one_shared_name_that_is_no_english_word_makes_a_version() -> None:
    articles = [
        _info("ferry", "Ferry left drifting off Torsa", "2025-03-10"),
        _info("ferry-update", "Torsa ferry breakdown caused by cracked part", "2025-03-13"),
        _info("river", "River bursts its banks in Harwick", "2025-03-11"),
        _info("river-other", "River floods Brackenford homes", "2025-03-12"),
    ]
    leads = {
        "ferry": "A ferry was left drifting in the Sound of Torsa on Sunday.",
        "ferry-update": "The breakdown that left a ferry drifting off Torsa was caused by a cracked part.",
        "river": "The River Teal burst its banks on Friday.",
        "river-other": "The River Sallow flooded hundreds of homes on Saturday.",
    }
    versions = story_versions("ferry-update", articles, leads.__getitem__, _encode)
    assert [v.info.article_id for v in versions] == ["ferry", "ferry-update"]
    # "River" is a word of English: the two river stories are look-alikes, not versions
    assert story_versions("river-other", articles, leads.__getitem__, _encode) == []


def test_an_update_leading_on_what_changed_is_a_version_when_both_headlines_name_the_place() -> None:
    articles = [
        _info("first", "THREE DEAD AS TRAIN DERAILS NEAR GLENMORRACH", "2025-10-14"),
        _info("update", "Glenmorrach derailment: investigators blame culvert", "2025-10-17"),
        _info("elsewhere", "Train derails near Ashby", "2025-10-15"),
    ]
    leads = {
        "first": "Three people were killed when a train derailed near Glenmorrach and Kelsford.",
        "update": "Investigators near Glenmorrach and Kelsford blamed a blocked culvert.",
        "elsewhere": "A freight train derailed near Ashby and Kelsford on Wednesday.",
    }

    def half_alike(texts: list[str]) -> np.ndarray:  # every profile reads only half alike (cosine 0.5)
        first = np.array([[1.0, 0.0]], dtype=np.float32)
        rest = np.tile(np.array([0.5, 0.75**0.5], dtype=np.float32), (len(texts) - 1, 1))
        return np.vstack([first, rest])

    versions = story_versions("first", articles, leads.__getitem__, half_alike)
    assert [v.info.article_id for v in versions] == ["first", "update"]  # not the Ashby derailment


def test_an_undated_or_single_story_has_no_versions() -> None:
    undated = [ArticleInfo("a", "Fire in Dunmore Valley", 3, "a.txt", "h")]
    assert story_versions("a", undated, lambda _: "", _encode) == []


def test_the_question_picks_the_version_else_the_newest_with_a_notice() -> None:
    versions = story_versions("first", ARTICLES, LEADS.__getitem__, _encode)
    assert choose_version(QuestionPlan("lookup", version="first"), versions).article_id == "first"
    assert choose_version(QuestionPlan("lookup", weekday="friday"), versions).article_id == "first"
    assert choose_version(QuestionPlan("lookup", version="latest"), versions).notice is None
    default = choose_version(QuestionPlan("lookup"), versions)
    assert default.article_id == "update"
    assert default.notice and "latest report" in default.notice


def test_an_earlier_report_that_answers_better_is_named_in_a_notice() -> None:
    versions = story_versions("first", ARTICLES, LEADS.__getitem__, _encode)
    choice = choose_version(QuestionPlan("lookup"), versions)

    def draft(article_id: str) -> Draft:
        return Draft("Crews … [1]", [Citation(1, article_id, "t", 2, "Crews …", "Crews …")], best_score=0.6)

    earlier = _from_earlier(draft("first"), choice)
    assert earlier.notices and "Fire forces Dunmore Valley evacuations" in earlier.notices[0]
    assert _from_earlier(draft("update"), choice).notices == [choice.notice]  # the newest: the usual notice
    assert _from_earlier(draft("other"), choice).notices == []  # another story says nothing of versions
