"""A lookup's value found in the story it asks about: the story's own names do not make it
someone else's, and a clock time is a time.

Real model and an embedded Chroma over three short articles written for these tests. The figure
and the amount asked for stand in paragraphs that do not repeat the town or the company the
question names (the lead does), and the time asked for is given only as a clock time.
"""

from __future__ import annotations

import pytest

from assistant import Assistant

from ..conftest import assistant_over_written_articles

pytestmark = pytest.mark.slow

ARTICLES = {
    "coins.md": (
        "Roman Coin Hoard Stolen From Museum",
        "2026-06-02",
        [
            "A hoard of Roman silver coins found by a farmer near Brackwell nine years ago has been stolen "
            "from the town's small museum in an overnight raid.",
            "The thieves got away with all 148 coins of the hoard, which were taken from a glass case in "
            "the main room along with a bronze brooch.",
            "The museum's alarm went off at 2.50am, and police officers arrived eleven minutes later, but "
            "the thieves had gone.",
            '"People in this town raised the money to keep these coins in Brackwell, and that is what makes '
            'this so hard to bear," said the honorary curator, Ann Pell.',
            "The museum will reopen on Saturday with the empty case left in place.",
            "The farmer who found the hoard, Tom Hale, shared the reward that the museum paid for it.",
        ],
    ),
    "diet.md": (
        "Late Dinners Linked to Poorer Sleep, Tarlow Study Finds",
        "2026-06-04",
        [
            "Eating dinner within two hours of going to bed may worsen sleep, according to a study by "
            "researchers at the University of Tarlow.",
            "The team followed 800 adults for a year and found that late eaters woke up more often in "
            "the night.",
            "The study was funded by a grant from the Wellcome Sleep Fund.",
        ],
    ),
    "water.md": (
        "Hosepipe Ban for Half a Million as Reservoirs Fall",
        "2026-06-03",
        [
            "Fenmoor Water will ban the use of hosepipes across its area from Friday, after its "
            "reservoirs fell to their lowest summer levels in thirty years.",
            "Campaigners said the company had spent more on dividends than on fixing its pipes.",
            "The company's chief executive said it was putting 250 million pounds towards leak repairs "
            "over five years.",
            "The ban will be reviewed at the end of September.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "story-values")


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # "Brackwell" is in the lead, not in the paragraph of the figure: it is the story's town
        ("How many coins did the Brackwell thieves get away with?", "148"),
        ("How much money is Fenmoor Water putting towards fixing its pipes?", "250 million pounds"),
        # a clock time answers "what time" (and "when": "2.50am" is a time)
        ("What time did the Brackwell museum's alarm go off?", "2.50am"),
        ("When did the alarm go off at the Brackwell museum?", "2.50am"),
    ],
)
def test_a_value_in_the_story_asked_about_answers(reader: Assistant, question: str, fact: str) -> None:
    answer = reader.ask(question)
    assert not answer.abstained and fact in answer.text, answer.text


def test_a_date_alone_does_not_say_what_time(reader: Assistant) -> None:
    answer = reader.ask("What time will the Brackwell museum reopen?")
    assert answer.abstained and answer.text.startswith("The articles do not say at what time"), answer.text
    assert any("reopen on Saturday" in c.quote for c in answer.citations)


def test_a_follow_up_that_points_back_keeps_to_the_story_asked_about_before(reader: Assistant) -> None:
    first = "What did the Tarlow diet study find?"
    earlier = reader.ask(first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": earlier.text}]
    # "paid" is a word of the coin story only: the study's funding is what "it" asks about
    answer = reader.ask("Who paid for it?", history)
    assert not answer.abstained and "Wellcome Sleep Fund" in answer.text, answer.text
