"""What kind of article an article is (obituary, interview, review, opinion, analysis or news report),
read from how it is written, and the kinds a reader's question names.

Pure and fast: the header's own label ("Obituary:", "Analysis |", "Opinion"), then the marks each
kind leaves in its wording: an obituary's lead reports the death of the person it names and the
article tells a life (born, married, survived by); an interview runs as questions and answers; a
review gives a rating; an opinion piece speaks in the first person outside quotation marks. An
article with none of these marks is a news report. Nothing here is about any particular article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..text import split_sentences
from ..types import ArticleInfo

Genre = Literal["obituary", "interview", "review", "opinion", "analysis", "news report"]
NEWS_REPORT: Genre = "news report"
NEWS_EVIDENCE = "it reports events in the third person, quoting those involved"
GENRES: tuple[Genre, ...] = ("obituary", "interview", "review", "opinion", "analysis", NEWS_REPORT)
# How a genre reads in a sentence ("an obituary", "a news report") and in the plural.
ARTICLE_NOUN: dict[Genre, tuple[str, str]] = {
    "obituary": ("an obituary", "obituaries"),
    "interview": ("an interview", "interviews"),
    "review": ("a review", "reviews"),
    "opinion": ("an opinion piece", "opinion pieces"),
    "analysis": ("an analysis", "analyses"),
    NEWS_REPORT: ("a news report", "news reports"),
}

_I = re.IGNORECASE
# The words readers and headers use for each kind of article.
_NAMES: dict[Genre, re.Pattern[str]] = {
    "obituary": re.compile(r"\b(?:obituar(?:y|ies)|obits?|in\s+memoriam|remembered)\b", _I),
    "interview": re.compile(r"\b(?:interviews?|Q\s*&\s*As?|in\s+conversation)\b", _I),
    "review": re.compile(r"\breviews?\b", _I),
    "opinion": re.compile(
        r"\b(?:opinion|op-?eds?|editorials?|columns?|columnists?|commentar(?:y|ies)|comment|essays?|"
        r"viewpoint|letters?\s+to\s+the\s+editor)\b",
        _I,
    ),
    "analysis": re.compile(r"\b(?:analys[ie]s|explainers?|explained|fact-?checks?)\b", _I),
    NEWS_REPORT: re.compile(r"\bnews\b|\b(?:straight|hard)\s+report", _I),
}
# A header labels its kind in a word set apart: "Obituary: …", "… | Analysis", "Review — …".
_HEADER_LABEL = re.compile(r"(?:^|[|:—–])\s*([\w&' -]{2,30}?)\s*(?=[|:—–]|$)")
# An obituary's headline: "…, Dies at 78", "… dies aged 78", "Ines Carvalho (1948–2026)".
_OBITUARY_HEADLINE = re.compile(
    r"\b(?:dies|dead|died)\s+(?:at|aged)\s+\d{1,3}\b|\(\s*(?:1[89]|20)\d\d\s*[–-]\s*(?:19|20)\d\d\s*\)", _I
)
# The lead of an obituary: a named person "died" (not "one person died in the fire").
_DEATH = re.compile(r"\b(?:died|dies|has\s+died|passed\s+away|was\s+found\s+dead)\b", _I)
_NAMED_SUBJECT = re.compile(r"^(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+\b")
# The life an obituary tells: birth, marriage, family left behind, age at death, the funeral.
_LIFE = [
    re.compile(r"\bborn\b", _I),
    re.compile(r"\bsurvived\s+by\b", _I),
    re.compile(r"\b(?:he|she)\s+was\s+\d{2,3}\b", _I),
    re.compile(r"\bmarried\b", _I),
    re.compile(r"\b(?:funeral|memorial\s+service)\b", _I),
]
LIFE_CUES = 2  # different marks of a life story an obituary holds besides its lead's death
# Questions and answers: paragraphs opening "Q:", "Q.", "Question:".
_QUESTION_LINE = re.compile(r"^\s*(?:Q\s*[:.]|Question\s*:)", _I)
QA_PARAGRAPHS = 2
# A rating: "★★★★☆", "4/5", "four out of five stars", "8 out of 10".
_RATING = re.compile(
    r"[★☆]|\b\d(?:\.\d)?\s*(?:/|out\s+of)\s*(?:5|10)\b|\b(?:one|two|three|four|five)\s+(?:out\s+of\s+five\s+)?stars\b",
    _I,
)
# First person singular outside quotation marks: the writer speaking for themself.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|me|myself)\b")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
OPINION_SHARE = 0.3  # share of paragraphs in the writer's own first person that makes it an opinion piece
OPINION_MIN = 3  # ...and at least this many of them


@dataclass(frozen=True, slots=True)
class GenreReading:
    """The kind of an article and what in its wording shows it."""

    genre: Genre
    evidence: str


def genres_named(text: str) -> tuple[Genre, ...]:
    """The kinds of article a question names ("any obituaries?", "news or analysis?"), in order."""
    found = [(m.start(), g) for g, pattern in _NAMES.items() for m in [pattern.search(text)] if m]
    return tuple(g for _, g in sorted(found))


def header_genre(info: ArticleInfo) -> GenreReading | None:
    """The kind the header states: a label set apart ("Obituary: …") or an obituary's headline."""
    for line in (info.title, info.dek or ""):
        for label in _HEADER_LABEL.findall(line):
            named = [g for g in GENRES if g != NEWS_REPORT and _NAMES[g].fullmatch(label.strip())]
            if named:
                return GenreReading(named[0], f"its header is labelled “{label.strip()}”")
    if _OBITUARY_HEADLINE.search(info.title):
        return GenreReading("obituary", "its headline reports a death and the age at death")
    return None


def may_not_be_news(lead: str) -> bool:
    """Whether a lead could open something other than a news report: a death, a question, the
    writer's own voice or a rating. Articles whose lead cannot are not read in full."""
    unquoted = _QUOTED.sub(" ", lead)
    return bool(
        _DEATH.search(lead)
        or _QUESTION_LINE.search(lead)
        or _FIRST_PERSON.search(unquoted)
        or _RATING.search(lead)
    )


def read_genre(info: ArticleInfo, paragraphs: Sequence[str]) -> GenreReading:
    """The kind of article ``info`` is, from its header and its paragraphs in order."""
    labelled = header_genre(info)
    if labelled is not None:
        return labelled
    if paragraphs and _reports_a_death(paragraphs[0]):
        life = sum(1 for cue in _LIFE if any(cue.search(p) for p in paragraphs))
        if life >= LIFE_CUES:
            return GenreReading(
                "obituary", "its lead reports the death of the person it names and it tells their life"
            )
    if sum(1 for p in paragraphs if _QUESTION_LINE.search(p)) >= QA_PARAGRAPHS:
        return GenreReading("interview", "it runs as questions and answers")
    if any(_RATING.search(p) for p in [info.title, info.dek or "", *paragraphs[:1], *paragraphs[-2:]]):
        return GenreReading("review", "it gives a rating")
    own_voice = sum(1 for p in paragraphs if _FIRST_PERSON.search(_QUOTED.sub(" ", p)))
    if own_voice >= OPINION_MIN and own_voice >= OPINION_SHARE * len(paragraphs):
        return GenreReading("opinion", "its writer speaks in the first person")
    return GenreReading(NEWS_REPORT, NEWS_EVIDENCE)


def _reports_a_death(lead: str) -> bool:
    """The lead's first sentence says that a person it names died ("Ines Carvalho, the chef…, died")."""
    s, e = split_sentences(lead)[0]
    first = lead[s:e]
    death = _DEATH.search(first)
    return death is not None and _NAMED_SUBJECT.match(first[: death.start()]) is not None
