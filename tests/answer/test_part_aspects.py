"""A part of a multi-part question that asks "why" or "how" is answered with a reason or a means.

Real model and an embedded Chroma over two short articles written for these tests: in each, the
lead says what happened, and another sentence of the story says why ("…because the board had
overruled her…", "…needed to cover higher fuel costs…") or how ("…using money from a regional
transport fund").
"""

from __future__ import annotations

import pytest

from assistant import Assistant

from ..conftest import assistant_over_written_articles

pytestmark = pytest.mark.slow

ARTICLES = {
    "museum.md": (
        "Museum Director Resigns After Loan Dispute",
        "2026-05-12",
        [
            "Lena Ortiz, director of the Harbourside Museum of Art, resigned on Tuesday at a board meeting "
            "in Hamburg.",
            "The museum will reopen its east wing on June 3 after a two-year renovation costing 18 million "
            "euros.",
            "The board said a search for her successor would begin in September.",
            "Ortiz said she was stepping down because the board had overruled her refusal to lend three "
            "paintings to a private collector.",
            "The board's chair, Felix Brandt, thanked her for nine years of service and said the loan would "
            "go ahead.",
            "Visitor numbers rose to 410,000 last year, a record for the museum.",
        ],
    ),
    "ferry.md": (
        "Island Ferry Fares to Rise in Spring",
        "2026-05-13",
        [
            "Fares on the Kestrel Island ferry will rise by 12 percent from April, the operator Bluewater "
            "Lines said on Wednesday.",
            "The company said the increase was needed to cover higher fuel costs and the price of two new "
            "vessels.",
            "Residents' groups called the rise unaffordable and asked the regional council to step in.",
            "The council agreed to pay for half of the increase for island residents, using money from a "
            "regional transport fund.",
            "The ferry carries about 600,000 passengers a year.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "part-aspects")


def test_a_why_part_is_answered_with_the_reason_though_the_first_part_s_sentence_is_closer(
    reader: Assistant,
) -> None:
    answer = reader.ask("How much will ferry fares rise, and why?")
    assert answer.trace.kind == "multi_part" and not answer.abstained
    assert "12 percent" in answer.text, answer.text
    assert "higher fuel costs" in answer.text, answer.text


def test_a_bare_question_word_shares_the_clause_of_the_next_part(reader: Assistant) -> None:
    answer = reader.ask("When and why did the director resign?")
    assert answer.trace.kind == "multi_part" and not answer.abstained
    assert "on Tuesday" in answer.text, answer.text
    assert "overruled her refusal" in answer.text, answer.text


def test_a_how_part_is_answered_with_the_means(reader: Assistant) -> None:
    answer = reader.ask("Why are ferry fares going up, and how will residents be helped?")
    assert "using money from a regional transport fund" in answer.text, answer.text
    assert "called the rise unaffordable" not in answer.text, answer.text
