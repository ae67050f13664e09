"""Text utilities shared by retrieval and answering: sentences, tokens, stems, citation markers.

One tokenizer for BM25 and for the extractive answerer, so that "overlap" means the same in both.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import sentencex
import Stemmer

# A citation marker in answer text: "[3]" cites source 3 (group 1 is the number). The one pattern
# that writers, checkers, renderers and scorers of answers share.
CITATION_MARKER = re.compile(r"\[(\d+)\]")
# A writer's role in a byline ("Lee Park, Political Reporter", "Priya Nandakumar, Courts Correspondent").
BYLINE_ROLE_WORDS = r"(?:correspondent|editor|reporter|writer|columnist|contributor|critic|analyst)"
BYLINE_ROLE = re.compile(rf"\b(?:{BYLINE_ROLE_WORDS}|staff)s?\b", re.I)
# A run of markers with the white space before each (" [1] [2]"): what ``strip_markers`` removes.
_MARKER_RUN = re.compile(r"(?:\s*\[\d+\])+")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
# "didn't", "they're", "we've", "I'll", "I'm", "she'd": auxiliaries and pronouns, never the topic.
_CONTRACTION = re.compile(r"(?:n['’]t|['’](?:re|ve|ll|m|d))$")
# A note that corrects or clarifies an article: "Correction: …", "Clarification (3 May): …",
# "Correction, 17 June 2025: …", "This article was amended on…", "An earlier version of this article
# said…". Ingest keeps such a note as a paragraph wherever the page puts it; the answer quotes it.
CORRECTION_NOTE = re.compile(
    r"^\W*(?:corrections?|clarifications?|editor['’]?s\s+note|erratum)\b\s*(?:\([^)]{0,40}\)|,[^:.]{1,40})?"
    r"\s*[:.–—-]|"
    r"\bthis\s+(?:article|story|report|piece)\s+(?:was|has\s+been)\s+(?:amended|corrected|updated\s+to\s+"
    r"correct)\b|\ban\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|piece)\b",
    re.IGNORECASE,
)
# bm25s' English stopwords (Lucene's list), spelled out: importing bm25s brings scipy along, half a
# second at start-up for 33 words. tests/test_text.py checks they still agree.
STOPWORDS_EN = (
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
    "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they",
    "this", "to", "was", "will", "with",
)  # fmt: skip
# The words that only tie a sentence together (pronouns, auxiliaries, prepositions, conjunctions,
# degree words): no such word can be the modifier of a noun ("than evidence" is no kind of evidence).
FUNCTION_WORDS = frozenset(STOPWORDS_EN) | frozenset((
    "about", "above", "after", "again", "against", "all", "also", "am", "among", "any", "been", "before",
    "being", "below", "between", "both", "can", "could", "did", "do", "does", "doing", "down", "during",
    "each", "either", "else", "even", "ever", "every", "few", "from", "further", "had", "has", "have",
    "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "its", "itself",
    "just", "less", "may", "me", "might", "more", "most", "much", "must", "my", "neither", "nor", "now",
    "off", "once", "only", "other", "our", "ours", "out", "over", "own", "quite", "rather", "same", "shall",
    "she", "should", "so", "some", "than", "them", "themselves", "those", "though", "through", "thus",
    "too", "under", "until", "up", "upon", "us", "very", "we", "were", "what", "whatever", "when",
    "where", "whether", "which", "while", "who", "whom", "whose", "why", "would", "yet", "you", "your",
))  # fmt: skip
_STOPWORDS = frozenset(STOPWORDS_EN) | frozenset(
    # question scaffolding that says nothing about the topic
    {
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "does",
        "did",
        "do",
        "according",
        "say",
        "says",
        "said",
        "tell",
        "told",
        "mention",
        "mentioned",
        "article",
        "report",
        "describe",
        "described",
        "s",
    }
)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def words(text: str) -> list[str]:
    """Lower-cased word tokens, letters folded to plain Latin ones, possessive endings dropped: a reader
    who types "Kuusijarvi" or "Brondum" means the Kuusijärvi and Brøndum of the article."""
    return [_drop_possessive(w.lower()) for w in cased_words(text)]


def cased_words(text: str) -> list[str]:
    """The word tokens ``words`` makes, in their own case ("Grant", "Fenwick"), accents folded."""
    return _WORD.findall(folded(text))


# Latin letters that Unicode does not split into a plain letter and a mark.
_UNSPLIT_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ł": "l", "Ł": "L",
     "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"}
)  # fmt: skip


def folded(text: str) -> str:
    """``text`` with accented Latin letters as plain ones ("Quirós" → "Quiros", "Brøndum" → "Brondum")."""
    if text.isascii():
        return text
    split = unicodedata.normalize("NFKD", text.translate(_UNSPLIT_LETTERS))
    return "".join(ch for ch in split if not unicodedata.combining(ch))


def _drop_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (stopwords, question words and contractions removed)."""
    return list(_content_stems(text))


@lru_cache(maxsize=8192)
def _content_stems(text: str) -> tuple[str, ...]:
    """``content_stems``, kept: an answer stems the same question and sentences many times."""
    kept = [w for w in words(text) if w not in _STOPWORDS and not _CONTRACTION.search(w)]
    return tuple(_stemmer().stemWords(kept))


@lru_cache(maxsize=8192)
def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the sentences of ``text``, trimmed of surrounding white space.

    sentencex splits news text as pysbd does (abbreviations, decimals, quotes) about 50 times
    faster, which matters because ingest splits every paragraph it embeds.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    for sentence in sentencex.segment("en", text):
        piece = sentence.strip()
        if not piece:
            continue
        start = text.find(piece, position)
        if start < 0:  # the segmenter changed the text: keep what was found, the rest as one
            break
        spans.append((start, start + len(piece)))
        position = start + len(piece)
    rest = text[position:]
    if rest.strip():
        start = position + len(rest) - len(rest.lstrip())
        spans.append((start, len(text.rstrip())))
    return tuple(spans) or ((0, len(text)),)


_QUANTITY_QUESTION = re.compile(
    r"\bhow (many|much|long|old|large|big|far|often|tall|high|low|fast)\b|"
    r"\bwhat (percentage|percent|share|proportion|number|amount|price|cost|age)\b",
    re.IGNORECASE,
)
_QUANTITY = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|trillion|dozen|half|third|quarter|percent|several|few)\b",
    re.IGNORECASE,
)


def asks_for_quantity(question: str) -> bool:
    """True for questions whose answer is a number ("how many", "what percentage", "how old"…)."""
    return _QUANTITY_QUESTION.search(question) is not None


def states_quantity(sentence: str) -> bool:
    return _QUANTITY.search(sentence) is not None


def markers_in(text: str) -> list[int]:
    """The marker numbers in an answer text, in order of appearance, without repeats."""
    seen: list[int] = []
    for match in CITATION_MARKER.finditer(text):
        n = int(match.group(1))
        if n not in seen:
            seen.append(n)
    return seen


def strip_markers(text: str) -> str:
    """``text`` without its citation markers (and the white space before them)."""
    return _MARKER_RUN.sub("", text)


# Control characters (NUL, escape sequences, bells…) other than line breaks and tabs: shown in a
# terminal they could rewrite what is on screen, and they are never article text.
_CONTROL_TO_SPACE = {c: " " for c in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)]}
# Invisible characters that split words for search without showing anything: zero-width space,
# word joiner, a byte order mark inside the text, soft hyphen.
_INVISIBLE = dict.fromkeys([0x200B, 0x2060, 0xFEFF, 0x00AD])
_CLEAN = str.maketrans(_CONTROL_TO_SPACE | _INVISIBLE)
# Terminal escape sequences (colours, cursor moves) are dropped whole, not just their ESC.
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")


def clean_text(text: str) -> str:
    """Terminal escape sequences and invisible word-splitting characters are dropped, other
    control characters become spaces.

    Everything else (accents, combining marks, right-to-left marks, emoji) is kept as written.
    Paragraph offsets refer to this cleaned text.
    """
    if "\x1b" in text:
        text = _ESCAPE_SEQUENCE.sub("", text)
    return text.translate(_CLEAN)


# Words written with a capital that name no one: sentence openers, titles, months and weekdays.
NOT_NAMES = frozenset(
    [
        "i",
        "mr",
        "mrs",
        "ms",
        "dr",
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "but",
        "and",
        "or",
        "if",
        "when",
        "while",
        "after",
        "before",
        "as",
        "it",
        "he",
        "she",
        "they",
        "we",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "by",
        "from",
        "with",
        "about",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)


# A word rarer than this in English (wordfreq's Zipf scale) is a name however it is written: "Torsa",
# "auerwerk"; not "River", "levy" or "Votes".
NAME_LIKE_ZIPF = 2.5


def is_name_like(word: str) -> bool:
    """True for a word English hardly uses, which names a place, person or firm."""
    return english_zipf(word) < NAME_LIKE_ZIPF


@lru_cache(maxsize=65536)
def english_zipf(word: str) -> float:
    """How common ``word`` is in English (wordfreq's Zipf scale: 0 unknown, 7 "the"), kept per word."""
    from wordfreq import zipf_frequency  # loads its word list (a quarter of a second) on first use

    return float(zipf_frequency(word, "en"))
