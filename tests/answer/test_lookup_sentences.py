"""Which sentences a lookup quotes: the one whose value is of the thing asked, and a second
paragraph only when it stands on its own and, for a figure, counts the thing asked too.

Real model and an embedded Chroma over two short articles written for these tests.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.extractive import age_subject, answer_values, counted_noun
from assistant.text import words

from ..conftest import assistant_over_written_articles

pytestmark = pytest.mark.slow

ARTICLES = {
    "ferry.md": (
        "Ferry Crews Strike Across the Sound",
        "2026-05-05",
        [
            "Commuters faced packed quays and long queues on Tuesday as ferry crews began a three-day "
            "strike that forced the island operator to cancel 58 of its 90 scheduled sailings.",
            "The strike is the first by ferry crews in a decade.",
            "The operator estimates that about 12,000 people use its ferries on a normal weekday, most "
            "of them commuting to the city.",
            "The crews' union wants a 7 percent rise over two years.",
            "Friday's talks between the union and the operator will be held at the harbour office.",
            "If the talks produce no agreement, the union says crews will stop work again in June.",
        ],
    ),
    "museum.md": (
        "Harbour Museum Wins Funding for New Wing",
        "2026-05-06",
        [
            "The harbour museum has won 4 million pounds from the national heritage fund to build a new "
            "wing for its collection of ship models.",
            "Among the most difficult issues facing the museum during the building work is where to "
            "store the models.",
            "These issues have dogged the museum since its last extension ran two years late.",
            "Curators say storage and insurance are issues the museum has faced before.",
            "The wing was designed by the architect Tomas Lind.",
            "The museum spent 30,000 pounds last year on insuring the models.",
        ],
    ),
}


@pytest.fixture(scope="module")
def gazette(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "lookups")


def test_a_count_is_the_figure_by_the_question_verb_not_by_its_noun(gazette: Assistant) -> None:
    # "about 12,000 passengers use its ferries" reads close and has a figure near "ferries", but it
    # counts passengers: the figure asked for stands by "cancel".
    answer = gazette.ask("How many ferries got cancelled when the crews walked out?")
    assert not answer.abstained and "58" in answer.text
    assert [c.paragraph for c in answer.citations] == [1]


def test_an_amount_answers_how_much_only_beside_the_questions_words(gazette: Assistant) -> None:
    # "spent" is "spend" in another form: the amount is of what the question asks
    answer = gazette.ask("How much does the museum spend on insurance for the models?")
    assert not answer.abstained and "30,000 pounds" in answer.text
    # no amount stands by the curators' pay: the grant and the insurance bill are other amounts
    assert gazette.ask("How much are the curators paid?").abstained


def test_a_pronoun_question_is_answered_when_its_one_word_is_rare(gazette: Assistant) -> None:
    # "designed" is a word only the museum story uses: it says which story "it" is
    answer = gazette.ask("Who designed it?")
    assert not answer.abstained and "Tomas Lind" in answer.text
    assert gazette.ask("How old is she?").abstained  # a word no article uses names no one


def test_what_happens_if_is_answered_by_the_sentence_that_sets_the_condition(gazette: Assistant) -> None:
    answer = gazette.ask("What happens if Friday's talks fail?")
    assert not answer.abstained and "stop work again in June" in answer.text


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Two members preferred to raise it to 4.50 percent, according to the minutes.", []),
        ("Inflation eased to 3.6 per cent.", []),
        ("A visit costs £3.60, and the fund grew by 1.5m.", []),
        ("The ban starts on 14.08 and is reviewed on 12.11.2026.", ["14.08", "12.11.2026"]),
    ],
)
def test_a_decimal_figure_is_no_date(sentence: str, dates: list[str]) -> None:
    found = answer_values(sentence, "date", set())
    assert [sentence[at:].split()[0].rstrip(".,") for at, _ in found] == dates


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("The recall cost the firm R2.5 million, its chief executive said.", "R2.5"),
        ("Salaries at the start-up reached ₹40 lakh a year.", "₹40"),
        ("The fund paid SEK 3 billion for the site.", "SEK"),
        ("Fines of up to 500,000 rand were imposed.", "500,000"),
        ("The R45 vaccine was tested on 9,000 children.", None),  # a name, not rand
    ],
)
def test_money_in_other_currencies(sentence: str, amount: str | None) -> None:
    found = answer_values(sentence, "money", set())
    assert (sentence[found[0][0] :].split()[0] if found else None) == amount


@pytest.mark.parametrize(
    ("question", "sentence", "count"),
    [
        ("how many people live in Kestrelburg?", "Residents get 50 litres a day under level 6 rules.", None),
        ("how many people took part?", "People were 34 per cent more likely to fall ill.", None),
        ("how many people took part?", "The team recruited 3,412 adults.", "3,412"),
        ("how many tonnes were recalled?", "About 140 tonnes of polony were recalled.", "140"),
        ("how many cases were there?", "About 140 tonnes were recalled after 23 cases.", "23"),
        ("how many stores would it have?", "It takes on $600-million of debt and 1,050 stores.", "1,050"),
        ("how many people fell ill?", "The recall cost R2.5 million and 23 people fell ill.", "23"),
    ],
)
def test_a_measure_or_a_label_counts_nothing(question: str, sentence: str, count: str | None) -> None:
    found = answer_values(sentence, "number", set(words(question)), counted=counted_noun(question))
    assert (sentence[found[0][0] :].split()[0] if found else None) == count


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Martin Kellaway, 52, of Hallowfield, admitted fraud.", "Kellaway, 52,"),
        ("The defender, 29, signed on Monday.", "defender, 29,"),
        ("A 61-year-old woman died.", "61-year-old"),
        ("She died on Saturday at her home. She was 78.", "She was 78"),
        ("A woman aged sixty-one was hurt.", "aged sixty-one"),
        ("The hull is about 2,800 years old.", "2,800 years old"),
        ("The bridge opened in 1971.", "1971"),  # a thing's age: when it began
        ("The coins were found eleven years ago.", "eleven years ago"),
        ("The death toll from Sunday's collapse has risen to five.", None),  # no age
        ("She was 78 percent sure.", None),
    ],
)
def test_an_age_answers_how_old(sentence: str, age: str | None) -> None:
    found = answer_values(sentence, "age", set())
    assert (sentence[found[0][0] :][: len(age)] if found else None) == age


def test_a_persons_age_is_no_year_a_thing_began() -> None:
    sentence = "The Lord of Torsa, built in 1998, is one of the oldest ships in the fleet."
    asked = {"how", "old", "is", "the"}
    assert answer_values(sentence, "age", asked, counted=age_subject("how old is the ship?"))
    assert not answer_values(sentence, "age", asked, counted=age_subject("how old is the captain?"))
    captain = "Its captain, 54, was not hurt."
    assert answer_values(captain, "age", asked, counted=age_subject("how old is he?"))
    # "her" that only says whose: the ice's age is asked
    assert age_subject("how did they work out how old the ice in her core was") is None
    # a year tells a thing's age when the thing began in it, not when something else happens
    assert not answer_values("She hopes to be back on stage in 2026.", "age", asked)
    assert not answer_values("She has won the 2025 Lanigan Prize.", "age", asked)


@pytest.mark.parametrize(
    ("sentence", "length"),
    [
        ("The collapse happened at a depth of roughly 620 metres, on the night shift.", "620 metres"),
        ("The 22-metre rocket left the pad at 06:14.", "22-metre"),
        ("The mine is about 1.5 kilometres deep at its lowest point.", "1.5 kilometres"),
        ("Rescuers walked two miles through the tunnels.", "two miles"),
        ("Winds reached 80 km per hour.", None),  # a speed
        ("The mine opened in 2011 and produced 142,000 ounces of gold.", None),
        ("Some 5 m people were affected.", None),  # millions
    ],
)
def test_a_length_answers_how_far(sentence: str, length: str | None) -> None:
    found = answer_values(sentence, "distance", set())
    assert (sentence[found[0][0] :][: len(length)] if found else None) == length


@pytest.mark.parametrize(
    ("sentence", "wanted", "value"),
    [
        ("The span gave way shortly after 18:30 local time.", "time", "18:30"),
        ("The bridge collapsed at about 7.40 in the morning.", "time", "at"),
        ("The committee set the rate at 4.50 percent.", "time", None),
        ("The hosepipe ban stayed in place for a fortnight.", "duration", "for"),
    ],
)
def test_times_and_spans_as_copy_writes_them(sentence: str, wanted: str, value: str | None) -> None:
    found = answer_values(sentence, wanted, set())  # type: ignore[arg-type]
    assert (sentence[found[0][0] :].split()[0] if found else None) == value
