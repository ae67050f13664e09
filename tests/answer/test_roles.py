"""Who holds a role ("who's the boss at Pohjavirta?"): the sentence that names the holder by the role,
wherever in the story it is, by the real model and an embedded Chroma over a story written for it."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.roles import asked_role, names_holder
from assistant.text import content_stems

from ..conftest import assistant_over_written_articles


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("who's the boss at pohjavirta", "chief"),  # a reader's word: news's words for it are looked for
        ("who is the CEO of Mercy Regional?", "execut"),  # written out in news copy
        ("who's the mayor over in ashby falls", "mayor"),
        ("who's in charge at the airline in sweden?", "director"),
        ("who headed up the investigation into the derailment", "led"),
    ],
)
def test_questions_asking_who_holds_a_role(question: str, role: str) -> None:
    assert role in asked_role(question)


@pytest.mark.parametrize(
    "question", ["who's the man at the centre of it?", "who spotted the comet?", "who wrote the story?"]
)
def test_questions_asking_for_no_role(question: str) -> None:
    assert asked_role(question) == frozenset()


def test_a_sentence_names_a_holder_by_the_role_beside_the_name() -> None:
    roles = frozenset(content_stems("chief executive mayor led"))
    assert names_holder("Chief executive Grant Fenwick said a contractor had cut the cables.", roles)
    assert names_holder('"Nobody wanted this," said the mayor, Antonio Carrasco, on Tuesday.', roles)
    assert names_holder("said Karin Ekholm, who led the investigation.", roles)
    assert not names_holder("Harbourline said every customer would receive a credit.", roles)
    assert not names_holder("The chief executive declined to comment.", roles)  # no one named


ARTICLES = {
    "outage.md": (
        "Harbourline outage cuts off mobile customers for seven hours",
        "2025-08-14",
        [
            "Harbourline Mobile customers across much of the North Island lost calls, texts and data for "
            "about seven hours on Thursday after roadworks cut two fibre cables.",
            "The outage started at 9.15am and affected around 2.1 million Harbourline customers at its peak.",
            "Chief executive Grant Fenwick said a contractor carrying out drainage work beside a state "
            "highway south of Kaiwhenua had severed a bundle of cables carrying two separate fibre routes "
            "that link the upper North Island with the rest of the network, and that the backup route was "
            "already out of service for planned maintenance.",
            "Harbourline said every pay-monthly and prepaid customer would receive a $20 credit.",
            "Some Harbourline customers were able to keep using their phones over home wifi.",
            "Harbourline said 111 emergency calls should have been carried by other networks.",
            "Harbourline said it would review how maintenance work is scheduled across its network.",
            "Harbourline, the country's second-largest mobile operator, said engineers had to splice "
            "hundreds of individual fibres.",
            "Harbourline said it had apologised to business customers who lost card payments.",
            "It is the second significant Harbourline outage in 18 months.",
            "The regulator said it would ask Harbourline for an explanation within 10 working days.",
        ],
    ),
}


@pytest.fixture(scope="module")
def outage(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "roles")


@pytest.mark.slow
def test_the_chief_executive_is_the_one_the_story_names_by_the_role(outage: Assistant) -> None:
    # the paragraph naming him is about the cut cables, far from the question's words
    answer = outage.ask("who's the chief executive at harbourline?")
    assert "Grant Fenwick" in answer.text, answer.text
    assert any(c.paragraph == 3 for c in answer.citations)
