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
from ..text import content_stems, english_zipf, words
from ..types import Passage
from .extractive import Draft, SentenceCandidate, compose, only_announces, points_back
from .topics import topic_stems

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
# A sentence that only announces what follows ("Forecasters have also revised where the storm made
# landfall.") tells the reader nothing on its own; if chosen, the sentence after it is quoted too.
ANNOUNCES_PENALTY = 0.15
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
        if only_announces(text):
            base[k] -= ANNOUNCES_PENALTY
        if points_back(text):
            base[k] -= POINTS_BACK_PENALTY
        elif sentence.start == sentences[sentence.passage].spans[0][0]:
            base[k] += OPENING_BONUS
    wanted = min(length or summary_length(len(passages)), len(passages))
    # the news: the lead's first sentence that says something ("That is where we pause our live
    # coverage for tonight." opens a live page's last entry, and its recap follows)
    in_order = sorted(range(len(usable)), key=lambda k: (usable[k].passage, usable[k].start))
    lead = [k for k in in_order if usable[k].passage == usable[in_order[0]].passage]
    chosen: list[int] = [
        next((k for k in lead if not only_announces(_text(passages, usable[k]))), in_order[0])
    ]
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
    return compose(_with_antecedents([usable[k] for k in chosen], passages, sentences), passages)


# A side of a story ("Kelsford's goalkeepers", "the transfer side of the football article") is told in
# a few of its paragraphs, past its top: a word naming one is in at most this share of them.
SIDE_SHARE = 0.4
SIDE_TOP_PARAGRAPHS = 2  # a word in the story's first two paragraphs names the story itself
SIDE_ZIPF = 5.0  # a word this common in English ("life", "year") names no side of a story
# How a side's summary ranks sentences: closeness to the question, with a little of the article's
# centre and order, and a bonus for using the side's own word.
SIDE_RELEVANCE, SIDE_CENTRALITY, SIDE_POSITION, SIDE_WORD_BONUS = 0.6, 0.2, 0.1, 0.1
SIDE_LENGTH = 3
SIDE_REACH = 2  # paragraphs before and after one naming the side that may tell it
# How a reader names a side: what a story's subject has ("Kelsford's goalkeepers"), or "the X side of".
_SIDE_NAMED = re.compile(
    r"\b(?P<owner>[\w-]+)[’']s\s+(?P<owned>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)|"
    r"\bthe\s+(?P<aspect>(?:[\w-]+\s+){0,2}?)(?:side|part|bit|angle|aspect|element)s?\s+of\b",
    re.IGNORECASE,
)
# "what's the deal", "it's", "there's": a word and "is", no owner
_NOT_OWNERS = frozenset(
    {"what", "that", "it", "who", "where", "how", "there", "here", "he", "she", "let", "when"}
)


@dataclass(frozen=True, slots=True)
class Side:
    """The words by which a question names one side of an article, and their stems."""

    phrase: str
    stems: frozenset[str]


def side_named(question: str, header: set[str], passages: Sequence[Passage]) -> Side | None:
    """The side of the article the question asks about, if it names one.

    "What's the deal with Kelsford's goalkeepers?": "goalkeep" is in three of the match report's
    fifteen paragraphs, and not in its first two. A phrase with a word of the header or the story's
    top names the story itself ("Velkaar's Q2 results", "Kelsford's cup tie"); a word in no
    paragraph names nothing here, one in many is what the whole article is about, and one common in
    English ("life", "year") names no side.
    """
    if len(passages) <= SIDE_TOP_PARAGRAPHS:
        return None
    named = " ".join(
        (m.group("owned") if m.group("owner") else m.group("aspect")).strip()
        for m in _SIDE_NAMED.finditer(question)
        if not m.group("owner") or m.group("owner").lower() not in _NOT_OWNERS
    ).strip()
    phrase = set(content_stems(named)) & topic_stems(question)
    body = [set(content_stems(p.text)) for p in passages]
    top = set().union(*body[:SIDE_TOP_PARAGRAPHS])
    if not phrase or phrase & (header | top):
        return None  # "Kelsford's cup tie" where the lead tells of the cup: the story itself
    common = {
        stem
        for word in words(named)
        if english_zipf(word.lower()) >= SIDE_ZIPF
        for stem in content_stems(word)
    }
    side = set()
    for stem in phrase - common:
        share = sum(1 for stems in body if stem in stems) / len(body)
        if 0 < share <= SIDE_SHARE:
            side.add(stem)
    return Side(named, frozenset(side)) if side else None


def summarize_side(
    passages: Sequence[Passage],
    sentences: Sequence[SentenceVectors],
    side: Side,
    focus_vectors: np.ndarray,
) -> Draft:
    """A short summary of one side of an article from the paragraphs that use its words and those
    beside them (a side's story starts before and goes on past the word that names it): the
    sentences closest to the question or to the words naming the side (``focus_vectors``, one row
    each), quoted in article order."""
    named = {i for i, p in enumerate(passages) if side.stems & set(content_stems(p.text))}
    near = {j for i in named for j in range(i - SIDE_REACH, i + SIDE_REACH + 1)}
    keep = sorted(j for j in near if 0 <= j < len(passages))
    pool = [
        _Sentence(i, s, e, sentences[i].vectors[j], len(words(passages[i].text[s:e])))
        for i in keep
        for j, (s, e) in enumerate(sentences[i].spans)
    ]
    usable = [s for s in pool if MIN_WORDS <= s.n_words <= MAX_WORDS] or pool
    if not usable:
        return Draft("", [], abstain_reason="no sentence of the article speaks of that side of it")
    matrix = np.stack([s.vector for s in usable])
    centroid = matrix.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    base = (
        SIDE_RELEVANCE * (matrix @ np.asarray(focus_vectors).T).max(axis=1)
        + SIDE_CENTRALITY * (matrix @ centroid)
        + SIDE_POSITION * np.array([1.0 / (1.0 + 0.12 * s.passage) for s in usable])
    )
    for k, sentence in enumerate(usable):
        if side.stems & set(content_stems(passages[sentence.passage].text[sentence.start : sentence.end])):
            base[k] += SIDE_WORD_BONUS
    chosen: list[int] = []
    while len(chosen) < min(SIDE_LENGTH, len({s.passage for s in usable})):
        used = {usable[k].passage for k in chosen}
        overlap = (matrix @ matrix[chosen].T).max(axis=1) if chosen else np.zeros(len(usable))
        scores = base - REDUNDANCY_WEIGHT * overlap
        options = [k for k in range(len(usable)) if usable[k].passage not in used]
        chosen.append(max(options, key=lambda k: scores[k]))
    return compose(_with_antecedents([usable[k] for k in chosen], passages, sentences), passages)


def _text(passages: Sequence[Passage], sentence: _Sentence) -> str:
    return passages[sentence.passage].text[sentence.start : sentence.end]


def _with_antecedents(
    chosen: Sequence[_Sentence], passages: Sequence[Passage], sentences: Sequence[SentenceVectors]
) -> list[SentenceCandidate]:
    """The chosen sentences, each that opens by pointing back preceded by the sentence it leans on,
    and each that only announces what follows followed by the sentence that says it."""
    picked: list[SentenceCandidate] = []
    for sentence in chosen:
        text = _text(passages, sentence)
        spans = sentences[sentence.passage].spans
        paragraph = passages[sentence.passage].text
        if points_back(text):
            before = [(s, e) for s, e in spans if e <= sentence.start]
            if before:  # quote the sentence it leans on, in the same citation
                s, e = before[-1]
                picked.append(SentenceCandidate(sentence.passage, s, e, paragraph[s:e]))
        picked.append(SentenceCandidate(sentence.passage, sentence.start, sentence.end, text))
        after = [(s, e) for s, e in spans if s >= sentence.end]
        if only_announces(text) and after:
            s, e = after[0]
            picked.append(SentenceCandidate(sentence.passage, s, e, paragraph[s:e]))
    return picked


def lead_sentence(
    passages: Sequence[Passage], sentences: Sequence[SentenceVectors]
) -> SentenceCandidate | None:
    """The article's first sentence of some length: what a one-line digest of it quotes."""
    for i, (p, found) in enumerate(zip(passages, sentences, strict=True)):
        for s, e in found.spans:
            if len(words(p.text[s:e])) >= MIN_WORDS:
                return SentenceCandidate(i, s, e, p.text[s:e])
    return None
