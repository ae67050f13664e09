"""A reader types names without their accents ("kuusijarvi", "brondum"): the article that writes
Kuusijärvi and Brøndum is the one meant, by the real model and an embedded Chroma."""

from __future__ import annotations

import pytest

from assistant import Assistant

from ..conftest import assistant_over_written_articles

ARTICLES = {
    "kuusijarvi.md": (
        "Pohjavirta to close Kuusijärvi paper mill",
        "2025-04-08",
        [
            "Finnish paper maker Pohjavirta Paper will close its mill in Kuusijärvi at the end of September, "
            "with the loss of 410 jobs, the company said on Tuesday.",
            "Board member Lars Brøndum said the decision had been taken with a heavy heart.",
        ],
    ),
    "ashby.md": (
        "Tidewater to shut Ashby Falls mill",
        "2025-05-22",
        [
            "Tidewater Fibre Corp. will shut its pulp and paper mill in Ashby Falls at the end of July, "
            "putting 265 people out of work.",
            "Chief executive Lars Pendergast said the mill could not compete.",
        ],
    ),
}


@pytest.fixture(scope="module")
def mills(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "accents")


def test_a_place_typed_without_its_accents_picks_its_story(mills: Assistant) -> None:
    answer = mills.ask("how many jobs will go at the kuusijarvi mill?")
    assert "410 jobs" in answer.text, answer.text
    assert {c.article_id for c in answer.citations} == {"kuusijarvi"}


def test_a_person_typed_without_the_accents_of_the_name_is_found(mills: Assistant) -> None:
    answer = mills.ask("does anything mention brondum?")
    assert not answer.abstained and answer.text.startswith("Yes"), answer.text
    assert {c.article_id for c in answer.citations} == {"kuusijarvi"}
