"""A list, reason or reaction answer reads on into the paragraph after the one it quotes.

Real model and an embedded Chroma over two short articles written for these tests, one of them in
the web style of one sentence a paragraph: a sentence announcing a list ("…also used the
announcement to set out what the workers hold against the port authority:") and, in the paragraphs
after it, the list.
"""

from __future__ import annotations

import pytest

from assistant import Assistant

from ..conftest import assistant_over_written_articles

pytestmark = pytest.mark.slow

ARTICLES = {
    "port.md": (
        "Dock Workers Reject Pay Offer at Ellsworth Port",
        "2026-04-14",
        [
            "Dock workers at the port of Ellsworth rejected a two-year pay offer on Tuesday, raising the "
            "prospect of a strike before the summer.",
            "The vote was 412 to 96 on a turnout of 81 percent, the Harbour Workers' Union said.",
            "The union's regional organiser, Mara Quinn, also used the announcement to set out what the "
            "workers hold against the port authority:",
            "It had ignored a safety report on crane maintenance, she said, and hired agency staff to "
            "cover long-term absences.",
            "Quinn further criticised plans to extend night shifts at the container terminal without "
            "extra pay.",
            "The port authority said its offer of 5 percent over two years was the best in the region.",
            "It said the terminal had invested 30 million euros in new cranes since 2022.",
            "Shipping lines have been told that loading could be delayed if a strike goes ahead.",
        ],
    ),
    "library.md": (
        "Marlow Library Reopens After Flood Repairs",
        "2026-04-15",
        [
            "Marlow's central library reopened on Monday after eight months of repairs to flood damage.",
            "The council spent 2.4 million pounds on a new roof, wiring and shelving.",
            "Librarians said about 3,000 books had been lost to the water.",
        ],
    ),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over_written_articles(tmp_path_factory, ARTICLES, "read-on")


def test_a_list_reads_on_past_the_paragraph_it_quotes(reader: Assistant) -> None:
    answer = reader.ask("What complaints did the union organiser make?", top_k=2)
    assert answer.trace.kind == "multi_part" and not answer.abstained
    assert "safety report on crane maintenance" in answer.text, answer.text
    # the complaints' paragraph is not among those the search returned: the answer read on to it
    retrieved = {(p.article_id, p.paragraph) for p in answer.retrieved}
    cited = {(c.article_id, c.paragraph) for c in answer.citations}
    assert ("port", 4) in cited and ("port", 4) not in retrieved, (retrieved, cited)


def test_a_lookup_does_not_read_on(reader: Assistant) -> None:
    answer = reader.ask("How many dock workers voted against the pay offer?", top_k=2)
    assert not answer.abstained and "412" in answer.text
    retrieved = {(p.article_id, p.paragraph) for p in answer.retrieved}
    assert {(c.article_id, c.paragraph) for c in answer.citations} <= retrieved
