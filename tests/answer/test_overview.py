"""Extractive summaries: which sentences an overview quotes (real model, no index)."""

from __future__ import annotations

import pytest

from assistant.answer.overview import has_figure, quoted_share, summarize
from assistant.index.embeddings import SentenceEmbeddings
from assistant.types import Passage

# A news story written for these tests: a lead of two sentences, reactions in quotation marks, and
# the facts a reader wants from a summary (how many, what happens next) further down.
BRIDGE = [
    "The harbour bridge in Dunmore will close for repairs for six months from March, the county council "
    "said on Tuesday. The work will cost 4.2 million pounds.",
    "Engineers found cracks in two of the bridge's steel supports during an inspection in the autumn, "
    "and the council said it had no choice but to act.",
    '"We know this will be hard for everyone who crosses the bridge every day," said the council leader, '
    'Maria Oduya. "But safety has to come first."',
    "About 14,000 vehicles use the bridge on an average weekday, according to council figures.",
    "A free shuttle bus will run between the two sides of the harbour every 15 minutes while the bridge "
    "is closed.",
    '"It will be a long six months for the shops on the quay," said Tom Reyes, who runs a cafe near '
    'the bridge. "Half my customers walk over from the other side."',
    "The bridge opened in 1974 and was last repaired in 2009.",
    "Residents can raise questions about the closure at a public meeting at the town hall next month.",
]


@pytest.fixture(scope="module")
def embeddings() -> SentenceEmbeddings:
    return SentenceEmbeddings("all-MiniLM-L6-v2")


def _summary(embeddings: SentenceEmbeddings, paragraphs: list[str]) -> str:
    passages = [
        Passage("bridge", i, text, "Harbour bridge to close for six months", 1.0)
        for i, text in enumerate(paragraphs, 1)
    ]
    draft = summarize(passages, embeddings.sentence_vectors(paragraphs))
    assert not draft.abstained
    return draft.text


@pytest.mark.slow
def test_a_short_lead_paragraph_is_quoted_whole(embeddings: SentenceEmbeddings) -> None:
    text = _summary(embeddings, BRIDGE)
    assert text.startswith("The harbour bridge in Dunmore will close")
    assert "The work will cost 4.2 million pounds. [1]" in text


@pytest.mark.slow
def test_facts_with_figures_come_before_quoted_reactions(embeddings: SentenceEmbeddings) -> None:
    text = _summary(embeddings, BRIDGE)
    assert "14,000 vehicles" in text
    assert "Maria Oduya" not in text and "Tom Reyes" not in text


@pytest.mark.slow
def test_a_long_lead_block_gives_only_its_first_sentence(embeddings: SentenceEmbeddings) -> None:
    # A page that did not break its paragraphs: the lead "paragraph" runs on for well over 90 words.
    block = " ".join(BRIDGE[:2] + BRIDGE[3:5])
    text = _summary(embeddings, [block, *BRIDGE[5:]])
    assert "county council said on Tuesday. [1]" in text
    assert "The work will cost 4.2 million pounds." not in text


def test_a_figure_is_a_count_or_an_amount_not_a_date_a_time_or_a_name() -> None:
    assert has_figure("About 14,000 vehicles use the bridge.")
    assert has_figure("The work will cost 4.2 million pounds.")
    assert has_figure("At about three dollars a dose, it would cost far less.")
    for dated in ("It opened in 1974.", "The meeting is on March 3.", "after the October 7th attack"):
        assert not has_figure(dated)
    for other in ("The first train left at 9.15am.", "Crews came at 6 a.m.", "The R45 vaccine works."):
        assert not has_figure(other)


def test_the_share_of_a_sentence_in_quotation_marks() -> None:
    assert quoted_share("The bridge opened in 1974 and was last repaired in 2009.") == 0.0
    assert quoted_share('"Safety has to come first," she said.') > 0.6
    assert quoted_share("“Safety has to come first,” she said.") > 0.6
    assert quoted_share('She called the plan "reckless" and left the meeting early.') < 0.2
    # a quote of several sentences, split: still open at the end, or closed without opening
    assert quoted_share('"We know this will be hard for everyone.') == 1.0
    assert quoted_share('But safety has to come first."') > 0.9
