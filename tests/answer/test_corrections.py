"""Whether an article was corrected: the correction note is quoted and cited, or the answer says
plainly that none is noted. Questions about fixing an error in the news itself stay lookups.

Classifier and answer units, then the real model and an embedded Chroma over two short articles
written for these tests (one ends with a correction note).
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.corrections import answer_corrections, correction_notes
from assistant.answer.kinds import classify
from assistant.types import ArticleInfo, Passage

from ..conftest import assistant_over_written_articles

NOTE = (
    "Correction: an earlier version of this article said the trial involved 42 schools. "
    "It involved 38 schools."
)
ARTICLES = {
    "breakfast.md": (
        "Free Breakfasts Cut School Absences, Trial Finds",
        "2026-09-04",
        [
            "Pupils offered a free breakfast every morning missed fewer days of school, a trial across "
            "38 schools in northern England found.",
            "Unauthorised absence fell by 18 percent at the schools that offered breakfasts.",
            NOTE,
        ],
    ),
    "breakfast-first.md": (
        "Free Breakfast Trial Under Way in Northern Schools",
        "2026-03-02",
        [
            "Pupils at schools in northern England are being offered a free breakfast every morning in a "
            "trial of whether it cuts absences.",
            "The trial will report its findings in September.",
        ],
    ),
    "ferry.md": (
        "Island Ferry Returns After 19 Months",
        "2026-05-22",
        [
            "The car ferry to Halloran Island will return on June 14 after 19 months out of service.",
            "A one-way ticket for a car and driver will rise to 18 dollars from 14 dollars.",
        ],
    ),
}


@pytest.mark.parametrize(
    "question",
    [
        "was anything corrected in the school breakfast story?",
        "has the breakfast article been corrected?",
        "any corrections to the ferry piece?",
        "is there a correction at the end?",
        "what was corrected in the article?",
        "have any of the ferry stories been corrected?",
    ],
)
def test_questions_about_corrections(question: str) -> None:
    plan = classify(question)
    assert (plan.kind, plan.fields) == ("about_article", ("corrections",))


@pytest.mark.parametrize(
    "question",
    [
        "how was the error corrected?",
        "was the software error corrected?",
        "did the council correct the figures?",
        "did the stock market see a correction this week?",
    ],
)
def test_fixing_an_error_in_the_news_is_no_question_about_the_article(question: str) -> None:
    assert classify(question).fields != ("corrections",)


def _passage(n: int, text: str) -> Passage:
    return Passage(article_id="breakfast", paragraph=n, text=text, title="Free Breakfasts", score=1.0)


def test_the_correction_note_is_quoted_and_cited() -> None:
    info = ArticleInfo("breakfast", "Free Breakfasts", 3, "breakfast.md", "h")
    passages = [_passage(1, "Pupils missed fewer days."), _passage(3, NOTE)]
    assert [p.paragraph for p in correction_notes(passages)] == [3]
    news = _passage(2, "The report was amended to include new data, the ministry said.")
    assert correction_notes([news]) == []  # the news's own report, not a note on the article
    draft = answer_corrections([(info, passages)])
    assert draft.text.startswith("Yes.") and NOTE in draft.text and not draft.abstained
    (citation,) = draft.citations
    assert citation.paragraph == 3
    none = answer_corrections([(info, passages[:1])])
    assert none.abstained and none.text.startswith("No:")


@pytest.mark.slow
class TestCorrectionAnswers:
    @pytest.fixture(scope="class")
    def reader(self, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
        return assistant_over_written_articles(tmp_path_factory, ARTICLES, "corrections")

    def test_a_corrected_article(self, reader: Assistant) -> None:
        answer = reader.ask("was anything corrected in the school breakfast story?")
        assert answer.trace.kind == "about_article" and not answer.abstained, answer.text
        assert [(c.article_id, c.paragraph) for c in answer.citations] == [("breakfast", 3)]

    def test_a_story_told_twice_is_looked_at_in_every_report(self, reader: Assistant) -> None:
        answer = reader.ask("were there any corrections on the free breakfast trial coverage?")
        assert not answer.abstained, answer.text
        assert [(c.article_id, c.paragraph) for c in answer.citations] == [("breakfast", 3)]

    def test_a_correction_note_answers_no_question_about_the_news(self, reader: Assistant) -> None:
        answer = reader.ask("how many schools did the trial involve?")
        assert not answer.abstained and "38" in answer.text, answer.text
        assert ("breakfast", 3) not in [(c.article_id, c.paragraph) for c in answer.citations]

    def test_any_of_the_articles_asks_of_every_article(self, reader: Assistant) -> None:
        answer = reader.ask("have any of the articles been corrected?")
        assert not answer.abstained, answer.text
        assert [(c.article_id, c.paragraph) for c in answer.citations] == [("breakfast", 3)]

    def test_an_article_without_a_correction(self, reader: Assistant) -> None:
        answer = reader.ask("has the ferry article been corrected?")
        assert answer.abstained and answer.text.startswith("No:") and "Island Ferry Returns" in answer.text
