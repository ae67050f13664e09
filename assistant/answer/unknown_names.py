"""Names a question asks about that no article uses: "the Thornbury Meadows development", "Puerto
Verdeluz", "the Zoomgo Plus subscription".

A question about a place, product or ship the articles never name is off the corpus, however close
its other words come to a paragraph ("what's the holiday rental policy in puerto verdeluz?" reads
much like the story about Calagrana's holiday flats). Readers type names in lower case, so a name is
told by what it is not: a word no article uses, that English does not know at all (wordfreq gives
it no frequency and the spell checker's list lacks it), or barely knows and reads as no other kind of
word ("thornbury", "pantoja": ``_rare_name``). Everyday words readers use in other forms
("festivalgoers", "unliveable", "refurb", "summarise") all have some frequency in English, and a
name the articles use, misspelt ("Valmorance" for "Valmorence"), is close to a word of the articles.
Real places the articles never name ("Vancouver") are English words to wordfreq: they are left to
the answerer's other checks.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from ..text import cased_words, content_stems, english_zipf, words

MIN_LETTERS = 4  # shorter tokens are initials and abbreviations ("hse"), not names
CAPITALISED_NAME_ZIPF = 3.0  # "Munt" 1.8, "Pantoja" 1.7; "Covid" 3.9, "Gary" 4.4 are English words
# A word this close to a word of the articles (difflib's ratio) is that word misspelt.
TYPO_SIMILARITY = 0.8


def unknown_names(
    question: str, known: Callable[[str], bool], vocabulary: Callable[[], Iterable[str]]
) -> list[str]:
    """The question's words that name something no article names, as typed (lower-cased).

    ``known`` says whether the articles use a stem (the keyword index's ``knows``); ``vocabulary``
    gives the words they use, read only when a candidate name needs telling from a typo.
    """
    found: list[str] = []
    terms: list[str] | None = None  # the articles' words, read once, and only if needed
    parts = (part for token in words(question) for part in re.split(r"[-‐–]", token))  # "saint-orvanne"
    # a word the reader writes with a capital that English hardly uses is a name: "the Gary Munt trial"
    capitalised = {w.lower() for w in cased_words(question)[1:] if w[:1].isupper()}
    for word in dict.fromkeys(parts):
        if len(word) < MIN_LETTERS or not word.isalpha():
            continue
        stems = content_stems(word)
        if not stems or any(known(stem) for stem in stems):
            continue
        if (
            _is_english(word)
            and not (word in capitalised and english_zipf(word) < CAPITALISED_NAME_ZIPF)
            and not _rare_name(word)
        ):
            continue
        terms = list(vocabulary()) if terms is None else terms
        if _near_any(stems[0], terms):
            continue  # a misspelt name of the articles
        found.append(word)
    return found


RARE_NAME_ZIPF = 3.0
COMMON_ZIPF = 3.0  # a typo is one edit from a word at least this common
_VOWEL = re.compile(r"[aeiouy]")
_PREFIXES = frozenset(
    {"un", "non", "re", "pre", "over", "under", "anti", "mis", "dis", "out", "semi", "post"}
)
# How English place names end ("Thornbury", "Carnforth"): a word with such an ending is a place, not
# two words run together.
_PLACE_ENDINGS = frozenset(
    {"bury", "borough", "burgh", "ford", "forth", "ton", "ham", "worth", "field", "wick", "mouth", "chester"}
    | {"caster", "dale", "stead", "ley", "wood", "bridge", "well", "moor", "more", "port", "holm", "thorpe"}
    | {"haven", "stoke", "combe", "minster", "by"}
)


@lru_cache(maxsize=4096)
def _rare_name(word: str) -> bool:
    """True for a word typed in lower case that English barely knows and no dictionary lists, and that
    reads as no other kind of word: "thornbury", "pantoja", "schengen" (wordfreq knows many names a
    little, below ``RARE_NAME_ZIPF``). Not a typo of a common word ("realy", "happend": one edit from
    "really", "happened"), an abbreviation with no vowel ("tldr"), a clipped word ("refurb", the start
    of "refurbish"), a prefixed word ("unliveable") or two words run together ("festivalgoers"; but
    "ashbury", with a place name's ending, is a place)."""
    from .spelling import edits_of, in_word_list, starts_a_listed_word

    if english_zipf(word) >= RARE_NAME_ZIPF or in_word_list(word) or not _VOWEL.search(word):
        return False
    if any(english_zipf(other) >= COMMON_ZIPF for other in edits_of(word)):
        return False
    if starts_a_listed_word(word):
        return False
    for cut in range(2, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if head in _PREFIXES and (in_word_list(tail) or english_zipf(tail) >= COMMON_ZIPF):
            return False
        if in_word_list(head) and in_word_list(tail) and tail not in _PLACE_ENDINGS and len(head) >= 4:
            return False
    return True


@lru_cache(maxsize=4096)
def _is_english(word: str) -> bool:
    from .spelling import in_word_list

    return english_zipf(word) > 0 or in_word_list(word)


def _near_any(stem: str, vocabulary: Iterable[str]) -> bool:
    """True when a term of the articles (a stem) is ``stem`` misspelt, or the other way round."""
    matcher = difflib.SequenceMatcher(a=stem)
    for term in vocabulary:
        if abs(len(term) - len(stem)) > 2 or term[:1] != stem[:1]:
            continue
        matcher.set_seq2(term)
        if matcher.quick_ratio() >= TYPO_SIMILARITY and matcher.ratio() >= TYPO_SIMILARITY:
            return True
    return False
