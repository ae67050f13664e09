"""List answers: what readers are told to do, given as "asked / urged … to <verb>", and who a rule
leaves out ("There are exemptions for…").

Real model and an embedded Chroma over short articles written for these tests, in which a
sentence shares more of the question's words ("if every resident used less power…", "drivers who
fail to pay face a fine") than the one that answers it.
"""

from __future__ import annotations

import pytest

from assistant import Assistant

from ..conftest import assistant_over_written_articles

pytestmark = pytest.mark.slow

ARTICLES = {
    "grid.md": (
        "Power Grid Strained as Heatwave Continues",
        "2026-07-14",
        [
            "The regional grid operator Eastline Power warned on Tuesday that supplies could be cut in "
            "parts of the Dunmore valley if demand keeps rising during the heatwave.",
            "Residents have been urged to run washing machines and dishwashers at night, to switch off "
            "air conditioning in empty rooms and to close curtains during the hottest hours. Eastline's "
            "chief engineer, Paula Hale, said that if every resident used less power in the afternoon, "
            "the grid would cope without cuts.",
            "Demand reached a record 4.2 gigawatts on Monday afternoon, the company said.",
            "Two hospitals in the valley have been fitted with backup generators since the last heatwave, "
            "in 2023.",
        ],
    ),
    "toll.md": (
        "Harbour Bridge Toll to Start in March",
        "2026-07-15",
        [
            "Drivers crossing the Harbour Bridge in Portwell will have to pay a toll of £3 a day from "
            "2 March, the city council decided on Wednesday.",
            "The council expects the toll to raise about £9 million a year, which it says will pay for "
            "repairs to the bridge's steel deck.",
            "Drivers who fail to pay the toll by midnight on the day they cross face a fine of £60.",
            "Cameras at both ends of the bridge will read number plates, and payments can be made online "
            "or at petrol stations.",
            "There are exemptions for buses, for vehicles carrying a disabled person and for residents of "
            "the Old Harbour ward, which sits between the two ends of the bridge.",
            "Traders in the town centre said the charge would keep shoppers away, and the Portwell "
            "Chamber of Commerce said it would ask the council to think again.",
            "The bridge, opened in 1964, carries about 40,000 vehicles a day.",
            "Councillors voted 31 to 18 in favour after a three-hour debate.",
        ],
    ),
    "reservoir.md": (
        "Study Says Kelby Reservoir Can Supply Town Until 2050",
        "2026-07-16",
        [
            "The Kelby reservoir can meet the town's demand for water until 2050 without a new dam, a "
            "study commissioned by the district council concluded on Thursday.",
            "The study's authors modelled rainfall, population growth and leaks from old mains over the "
            "next 25 years.",
            "Independent engineers welcomed the study but urged caution. Dr Ana Pike, a hydrologist at "
            "Marlow University who was not involved in the work, pointed out that the model assumed leaks "
            "would be halved by 2030.",
            '"The survey of the reservoir bed covered a single summer, and rainfall can change a great deal '
            'over a decade," she said. "It is also possible that silt is building up faster than anyone '
            'has measured."',
            "The council will vote on the study's findings in September.",
            "The study cost £240,000 and took eighteen months, the council said.",
            "An independent review of the study's costings is due to be published in October.",
            "Campaigners who had called for a new dam said the study was too hopeful about demand.",
            "The study was led by the consultancy Deane & Hart, which has advised three other councils.",
            "Independent members of the council said they would read the study before the vote.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "list-answers")


def test_what_people_are_told_to_do_is_the_sentence_that_asks_them_to(reader: Assistant) -> None:
    answer = reader.ask("What are residents being told to do to use less power?")
    assert not answer.abstained
    assert answer.text.startswith("Residents have been urged to run washing machines")


def test_who_does_not_have_to_is_answered_by_the_exemptions(reader: Assistant) -> None:
    answer = reader.ask("Who doesn't have to pay the bridge toll?")
    assert not answer.abstained
    assert "There are exemptions for buses" in answer.text
    assert 5 in {c.paragraph for c in answer.citations if c.article_id == "toll"}


def test_a_list_of_points_goes_on_into_the_speaker_s_quote_in_the_next_paragraph(reader: Assistant) -> None:
    answer = reader.ask("What doubts did the independent hydrologist raise about the study?")
    assert not answer.abstained
    assert "leaks would be halved" in answer.text
    assert "a single summer" in answer.text and "silt is building up" in answer.text
