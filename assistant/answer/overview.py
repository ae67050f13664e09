"""Short extractive summaries: 3–5 sentences from distinct paragraphs, in article order, each cited.

A sentence is chosen for how central it is to the article (close to the mean of all its sentences),
how early it comes (news puts the main points first), and, when the reader names a topic, how close
it is to that topic; each further choice must say something the chosen ones do not (maximal
marginal relevance). The lead's first sentence always opens the summary: it is the news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..index.sentence_vectors import SentenceVectors
from ..text import words
from ..types import Passage
from .extractive import Draft, SentenceCandidate, compose, points_back

MIN_WORDS, MAX_WORDS = 6, 70
REDUNDANCY_WEIGHT = 0.6
# A sentence that opens by pointing back ("That is up from…", "Their collections…") reads as a
# fragment on its own: it is chosen only when it says much more than the others.
POINTS_BACK_PENALTY = 0.15
# A paragraph's first sentence usually states its point; later ones add detail.
OPENING_BONUS = 0.05
# A sentence with a figure in it (a count, an amount, a share) usually states a main point of a
# news story: how much, how many. Ordinals and years ("October 7th", "in 2021") are not figures.
FIGURE_BONUS = 0.05
# A sentence that opens with a quotation mark is someone's words ("Our crews worked through the
# night…," said…): colour or comment more often than a main point of the story.
QUOTE_PENALTY = 0.05
_OPENS_QUOTE = re.compile(r"^\W{0,2}[\"“‘']")
_FIGURE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,.]*(?![\d]|st\b|nd\b|rd\b|th\b)")


@dataclass(slots=True)
class _Sentence:
    passage: int
    start: int
    end: int
    vector: np.ndarray
    n_words: int


def summary_length(paragraph_count: int) -> int:
    """3 sentences for a short article, 4 for most, 5 for a long one."""
    return 3 if paragraph_count <= 6 else 5 if paragraph_count >= 10 else 4


def summarize(
    passages: Sequence[Passage],
    sentences: Sequence[SentenceVectors],
    topic_vector: np.ndarray | None = None,
    length: int | None = None,
) -> Draft:
    """An extractive summary of one article, given all its paragraphs in order and their sentences."""
    if not passages:
        return Draft("", [], abstain_reason="the article has no paragraphs")
    pool = [
        _Sentence(i, s, e, found.vectors[j], len(words(p.text[s:e])))
        for i, (p, found) in enumerate(zip(passages, sentences, strict=True))
        for j, (s, e) in enumerate(found.spans)
    ]
    usable = [s for s in pool if MIN_WORDS <= s.n_words <= MAX_WORDS] or pool
    matrix = np.stack([s.vector for s in usable])
    centroid = matrix.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    centrality = matrix @ centroid
    position = np.array([1.0 / (1.0 + 0.12 * s.passage) for s in usable])
    relevance = matrix @ topic_vector if topic_vector is not None else np.zeros(len(usable))
    base = 0.55 * centrality + 0.35 * position + 0.3 * relevance
    for k, sentence in enumerate(usable):
        text = passages[sentence.passage].text[sentence.start : sentence.end]
        if _FIGURE.search(text):
            base[k] += FIGURE_BONUS
        if _OPENS_QUOTE.match(text):
            base[k] -= QUOTE_PENALTY
        if points_back(text):
            base[k] -= POINTS_BACK_PENALTY
        elif sentence.start == sentences[sentence.passage].spans[0][0]:
            base[k] += OPENING_BONUS
    wanted = min(length or summary_length(len(passages)), len(passages))
    chosen: list[int] = [min(range(len(usable)), key=lambda k: (usable[k].passage, usable[k].start))]
    if topic_vector is not None and relevance[chosen[0]] < 0.2:
        chosen = [int(np.argmax(base))]  # a topic the lead does not touch: open with the closest sentence
    while len(chosen) < wanted:
        used = {usable[k].passage for k in chosen}
        overlap = (matrix @ matrix[chosen].T).max(axis=1)
        scores = base - REDUNDANCY_WEIGHT * overlap
        options = [k for k in range(len(usable)) if usable[k].passage not in used]
        if not options:
            break
        chosen.append(max(options, key=lambda k: scores[k]))
    picked: list[SentenceCandidate] = []
    for k in chosen:
        sentence = usable[k]
        text = passages[sentence.passage].text[sentence.start : sentence.end]
        if points_back(text):
            before = [(s, e) for s, e in sentences[sentence.passage].spans if e <= sentence.start]
            if before:  # quote the sentence it leans on, in the same citation
                s, e = before[-1]
                picked.append(SentenceCandidate(sentence.passage, s, e, passages[sentence.passage].text[s:e]))
        picked.append(SentenceCandidate(sentence.passage, sentence.start, sentence.end, text))
    return compose(picked, passages)


def lead_sentence(
    passages: Sequence[Passage], sentences: Sequence[SentenceVectors]
) -> SentenceCandidate | None:
    """The article's first sentence of some length: what a one-line digest of it quotes."""
    for i, (p, found) in enumerate(zip(passages, sentences, strict=True)):
        for s, e in found.spans:
            if len(words(p.text[s:e])) >= MIN_WORDS:
                return SentenceCandidate(i, s, e, p.text[s:e])
    return None
