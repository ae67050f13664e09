"""The articles speak of the thing asked about but never give the fact: the answer says so.

Real model and an embedded Chroma over four short articles written for these tests. Each question
that must be told "not given" has a sentence holding a value of the asked type about something
else (her death's date for her memorial's, the next decision's date for a deputy's term); the
same articles answer the questions they do answer.
"""

from __future__ import annotations

import pytest

from assistant import Assistant

from ..conftest import assistant_over_written_articles

pytestmark = pytest.mark.slow

ARTICLES = {
    "baker.md": (
        "Marta Lindqvist, Founder of the Harbour Bakery Chain, Dies at 81",
        "2026-03-02",
        [
            "Marta Lindqvist, the baker who turned a harbour kiosk into a chain of forty shops, died on "
            "Tuesday at her home in Solvik. She was 81.",
            "Born in 1944 in a fishing village north of Solvik, Lindqvist opened her first kiosk in 1969 "
            "with a loan from her uncle.",
            "The chain was sold to a Danish food group in 2011 for an undisclosed sum.",
            "A memorial service will be held later, her family said, and they asked that donations be made "
            "to the Solvik Lifeboat Station instead of flowers.",
        ],
    ),
    "council.md": (
        "Okafor Wins Council Leadership in Brenford",
        "2026-03-04",
        [
            "Councillor Tomas Okafor was elected leader of Brenford City Council on Wednesday, defeating "
            "the sitting leader, Ruth Ambler, by 31 votes to 24.",
            "Okafor will take office on March 3 at a ceremony in the Guildhall.",
            "In his acceptance speech, he said his first decision would be to appoint a cabinet member for "
            "transport, and that he would set out his budget plans in the spring.",
            "Okafor, 52, is the first leader of the council from the Green Party.",
        ],
    ),
    "bank.md": (
        "Norland Central Bank Holds Rates at 3.5 Percent",
        "2026-03-05",
        [
            "The Norland Central Bank kept its main interest rate at 3.5 percent on Thursday, the fourth "
            "meeting in a row without a change.",
            "Two of the seven members of its rate-setting board, including Deputy Governor Pia Kestner, "
            "voted for a cut.",
            "The board's next decision is due on February 12.",
        ],
    ),
    "malaria.md": (
        "New Malaria Shot Halves Hospital Admissions",
        "2026-03-06",
        [
            "A malaria vaccine tested on 4,000 children in Tanzania halved hospital admissions, "
            "researchers said on Monday.",
            "The lead researcher, Dr. Amina Said, said the shot worked best alongside bed nets and should "
            "not replace them.",
            "The vaccine costs about four dollars a dose.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "not-given")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the date in the article is her death's; the memorial's sentence gives none
        ("When is Lindqvist's memorial service?", "memorial service will be held later"),
        # the names in the article are others'; the sentence about the post names no one
        ("Who will Okafor pick as cabinet member for transport?", "appoint a cabinet member for transport"),
    ],
)
def test_a_value_about_something_else_is_not_the_answer(reader: Assistant, question: str, said: str) -> None:
    answer = reader.ask(question)
    assert answer.abstained and answer.text.startswith("The articles do not say")
    assert any(said in c.quote for c in answer.citations), answer.text


def test_a_value_from_a_paragraph_that_never_names_who_is_asked_about_is_not_the_answer(
    reader: Assistant,
) -> None:
    answer = reader.ask("When does Deputy Governor Kestner's term on the board end?")
    assert answer.abstained and answer.text.startswith("The articles do not say when")


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("When did Lindqvist die?", "Tuesday"),
        ("When did Lindqvist open her first kiosk?", "1969"),
        ("When will Okafor take office?", "March 3"),
        ("Who did Okafor defeat?", "Ruth Ambler"),
        ("When is the Norland board's next decision?", "February 12"),
        ("Which deputy governor voted for a cut?", "Pia Kestner"),
    ],
)
def test_the_same_articles_still_answer_what_they_give(reader: Assistant, question: str, fact: str) -> None:
    answer = reader.ask(question)
    assert not answer.abstained and fact in answer.text, answer.text


def test_a_thing_named_in_the_articles_own_words_is_mentioned(reader: Assistant) -> None:
    yes = reader.ask("Is anything said about mosquito nets?")
    assert yes.trace.kind == "mention" and not yes.abstained and yes.text.startswith("Yes")
    assert any("bed nets" in c.quote for c in yes.citations)
    # "fishing" is a word the articles use (a fishing village): fishing nets are something else
    no = reader.ask("Does the malaria story mention fishing nets?")
    assert no.abstained and no.text.startswith("No")
