"""A question that names a story (a town, a company: capitalised or not) is answered from the story
that uses the name, even when a look-alike story that never uses it reads closer to the question.

Real model and an embedded Chroma over two look-alike articles written for these tests.
"""

from __future__ import annotations

import pytest

from assistant import Assistant

from ..conftest import assistant_over_written_articles

pytestmark = pytest.mark.slow

ARTICLES = {
    "ostmere.md": (
        "Thieves Take Church Silver From Ostmere Museum",
        "2026-05-06",
        [
            "Thieves broke into the town museum in Ostmere on Wednesday and took six pieces of "
            "medieval church silver, the police said.",
            "Two people climbed onto the roof from a neighbouring building site and forced open a "
            "skylight, then lowered themselves into the gallery on a rope.",
            "The museum will stay closed for the rest of the month.",
        ],
    ),
    "vilanova.md": (
        "Gold Coins Stolen From Vila Nova Museum",
        "2026-05-04",
        [
            "Thieves stole 212 gold coins from the municipal museum in Vila Nova on Monday, the police said.",
            "Investigators believe the thieves got inside through a side door while the museum's "
            "alarm was out of order.",
            "The coins were found by a farmer in 1962.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "named-story")


@pytest.mark.parametrize(
    "question", ["how did the ostmere thieves get inside?", "How did the Ostmere thieves get in?"]
)
def test_the_story_the_question_names_answers(reader: Assistant, question: str) -> None:
    answer = reader.ask(question)
    assert not answer.abstained, answer.text
    assert {c.article_id for c in answer.citations} == {"ostmere"}, answer.text


def test_the_articles_a_question_names() -> None:
    from assistant.answer.extractive import named_articles
    from assistant.index.records import StoredParagraph
    from assistant.retrieval.keyword import KeywordIndex

    keywords = KeywordIndex()
    keywords.upsert(
        StoredParagraph(article, n, text, {})
        for article, n, text in [
            ("ostmere", 1, "Thieves broke into the Ostmere museum on Wednesday."),
            ("ostmere-update", 1, "Police arrested two men over the Ostmere museum theft."),
            ("vilanova", 1, "Thieves stole 212 coins from the Vila Nova museum."),
            ("ferry", 1, "The island ferry returns in June."),
            ("rates", 1, "The central bank held its rate at 4 percent."),
            ("strike", 1, "Train drivers walked out over pay on Monday."),
        ]
    )
    named = named_articles("who did police arrest over the ostmere theft?", keywords)
    assert named == {"ostmere", "ostmere-update"}
    assert named_articles("who did police arrest over the theft?", keywords) == set()
