"""An article that says a fact is withheld ("said only that…", "declined to say") does not give it.

The sentence closest to a question that asks for no value may be the one saying the answer is not
known: the answer then says the articles do not give it, and quotes that sentence. Real model and an
embedded Chroma over two short articles written for these tests; the same articles still answer
the questions whose answer a withholding sentence gives or sits beside.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.extractive import withholds_answer, withholds_asked_thing
from assistant.text import content_stems

from ..conftest import assistant_over_written_articles

ARTICLES = {
    "election.md": (
        "Lund Ousts Hale in Marbury Mayoral Race",
        "2026-04-02",
        [
            "Petra Lund, a former nurse, defeated Mayor Simon Hale on Tuesday, taking 54 percent of the vote "
            "in the Marbury mayoral election.",
            "Hale, 61, conceded shortly after midnight and thanked his staff. Asked whether he would stand "
            "for office again, Hale said only that he was looking forward to a long holiday.",
            "Lund will be sworn in on May 1 at the town hall.",
        ],
    ),
    "dock.md": (
        "Dock Workers Strike at Port of Ennis",
        "2026-04-03",
        [
            "Dock workers at the Port of Ennis walked out on Monday over pay, halting cargo handling at "
            "the country's third-largest port.",
            "The port's chief executive, Alma Reyes, said the company could not afford more than 3 percent. "
            "She declined to say when the two sides would next meet.",
            "Funeral arrangements for the crane driver who died last week will be announced later, the "
            "union said, and it has asked that instead of flowers, donations be made to a hardship fund.",
            "A crane collapsed on the port's north quay in March. The firm that maintained it has not been "
            "named, but the port said it had been asked for a full report on the collapse.",
        ],
    ),
}


def _weights(question: str) -> dict[str, float]:
    return dict.fromkeys(content_stems(question), 1.0)


@pytest.mark.parametrize(
    ("question", "sentence", "withheld"),
    [
        (
            "is he going to stand again?",
            "Asked whether he would stand for office again, Hale said only that he was looking forward "
            "to a long holiday.",
            True,
        ),
        ("when will the talks resume?", "She declined to say when the talks would resume.", True),
        # the clause that withholds is about the funeral, not the flowers
        (
            "should people send flowers?",
            "Funeral arrangements will be announced later, the union said, and it has asked that "
            "instead of flowers, donations be made to a hardship fund.",
            False,
        ),
        # "without giving a figure" withholds the figure, not whether businesses were hurt
        (
            "has the strike hurt businesses?",
            'He said the strike was costing local businesses "millions every day", without giving a figure.',
            False,
        ),
        # the question asks whether a date was set: the sentence saying it was not answers it
        (
            "had any date been set for the two sides to meet again?",
            "She declined to say when the two sides would next meet.",
            False,
        ),
        ("who runs the port?", "The port said only a skeleton staff was working.", False),
        # a decision still to come
        (
            "what minimum term must feltham serve?",
            "She told Feltham that a life sentence was mandatory and that she would set the minimum term "
            "he must serve on that date.",
            True,
        ),
    ],
)
def test_a_clause_withholds_what_the_question_asks(question: str, sentence: str, withheld: bool) -> None:
    assert withholds_answer(sentence, question, _weights(question)) is withheld


@pytest.mark.parametrize(
    ("question", "sentence", "withheld"),
    [
        ("which contractor was behind the software error?", "The contractor has not been named.", True),
        ("what is the name of the supplier?", "The company declined to name the supplier.", True),
        ("which contractor was behind the software error?", "The company declined to comment.", False),
        ("which firm built it?", "The firm, Ardmore Cranes, has built 40 of them.", False),
    ],
)
def test_a_clause_withholds_the_thing_a_which_question_asks_to_be_named(
    question: str, sentence: str, withheld: bool
) -> None:
    assert withholds_asked_thing(sentence, question) is withheld


@pytest.mark.slow
class TestWithheldAnswers:
    @pytest.fixture(scope="class")
    def reader(self, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
        return assistant_over_written_articles(tmp_path_factory, ARTICLES, "withheld")

    def test_a_question_the_article_only_circles_is_not_answered(self, reader: Assistant) -> None:
        answer = reader.ask("Is Hale going to stand for office again?")
        assert answer.abstained and answer.text.startswith("The articles do not say"), answer.text
        assert any("said only that" in c.quote for c in answer.citations), answer.text

    def test_a_which_question_whose_answer_the_article_says_is_not_named_is_not_answered(
        self, reader: Assistant
    ) -> None:
        answer = reader.ask("which firm looked after the crane that fell down at the port?")
        assert answer.abstained and answer.text.startswith("The articles do not say"), answer.text
        assert any("has not been named" in c.quote for c in answer.citations), answer.text

    @pytest.mark.parametrize(
        ("question", "fact"),
        [
            ("Should people send flowers for the crane driver?", "hardship fund"),
            ("Had any date been set for the two sides at the port to meet again?", "declined to say"),
            ("How much can the port company afford to offer the dock workers?", "3 percent"),
        ],
    )
    def test_what_a_withholding_sentence_gives_or_sits_beside_is_answered(
        self, reader: Assistant, question: str, fact: str
    ) -> None:
        answer = reader.ask(question)
        assert not answer.abstained and fact in answer.text, answer.text
