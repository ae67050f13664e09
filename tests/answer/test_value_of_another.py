"""A value of the type asked for that belongs to something else does not answer.

Two rules: "which Hamas leaders…" asks for people by name, which a place ("the Gaza Strip") or a
body does not give; and a typed question naming a story ("…at Dalby?") is not answered by a
value from another story that never names it. Real model and an embedded Chroma over two short
articles written for these tests; the same articles answer what they do give.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.extractive import _full_names
from assistant.answer.kinds import classify

from ..conftest import assistant_over_written_articles

ARTICLES = {
    "plant.md": (
        "Safety Watchdog Had Warned Dalby Chemicals Before Fire",
        "2026-05-04",
        [
            "The Health and Safety Executive said that one of its inspectors had visited the "
            "Dalby Chemicals plant in Eastholm earlier this year and ordered changes to how solvent drums "
            "were stored.",
            "A delegation of union leaders from the Eastholm Valley travelled to the regional capital to "
            "press for a public inquiry into the fire.",
            "The company said it had complied with the notice.",
        ],
    ),
    "museum.md": (
        "Thieves Take Silver From Pendle Museum",
        "2026-05-05",
        [
            "Thieves broke into the Pendle Museum on Sunday morning and took eleven silver cups, said "
            "Detective Inspector Mara Quist, who is leading the inquiry.",
            "The cups were made in the town in the 1700s.",
            "A safety inspector visited the museum on Monday to check its alarms, the council said.",
        ],
    ),
}


@pytest.mark.parametrize(
    ("question", "exact"),
    [
        ("Which Hamas leaders are in the delegation going to Cairo?", True),
        ("which officials signed the letter?", True),
        ("what's his name", True),
        ("which line was shut completely?", False),
        ("Which trade union spoke out against the takeover?", False),
    ],
)
def test_which_people_asks_for_their_names(question: str, exact: bool) -> None:
    assert classify(question).exact is exact


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Talks aimed at reviving ceasefire efforts in the Gaza Strip resumed in Cairo.", 0),
        ("Boats were seen off the Amalfi Coast near Capri.", 0),
        ("The delegation is led by Khalil Haya, officials said.", 1),
    ],
)
def test_a_place_is_no_full_name(sentence: str, names: int) -> None:
    assert len(_full_names(sentence, set())) == names


@pytest.mark.slow
class TestValueOfAnother:
    @pytest.fixture(scope="class")
    def reader(self, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
        return assistant_over_written_articles(tmp_path_factory, ARTICLES, "value-of-another")

    def test_people_asked_for_by_name_are_not_given_by_places(self, reader: Assistant) -> None:
        answer = reader.ask("Which union leaders are in the delegation from the Eastholm Valley?")
        assert answer.abstained and answer.text.startswith("The articles do not say who"), answer.text

    def test_a_day_from_another_story_is_not_the_answer(self, reader: Assistant) -> None:
        answer = reader.ask("On which exact day did the safety inspector check the alarms at Dalby?")
        assert answer.abstained and answer.text.startswith("The articles do not say when"), answer.text
        assert all(c.article_id == "plant" for c in answer.citations), answer.text

    @pytest.mark.parametrize(
        ("question", "fact"),
        [
            ("On which day did thieves break into the Pendle Museum?", "Sunday"),
            ("Who is leading the Pendle inquiry?", "Mara Quist"),
        ],
    )
    def test_the_same_articles_answer_what_they_give(
        self, reader: Assistant, question: str, fact: str
    ) -> None:
        answer = reader.ask(question)
        assert not answer.abstained and fact in answer.text, answer.text
