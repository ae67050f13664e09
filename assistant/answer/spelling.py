"""Read a question's misspelt words as the words meant ("who wrot this artcle?").

A typo in a cue word turns a question the assistant answers into one it abstains on: "wrot" is no
"wrote" to the question kinds, and "artcle" matches no article. A word is corrected only when
neither the articles nor English know it (a name the articles use, "Wendham", a British spelling,
"colour", and a rare word, "hosepipe", are left alone), it is no capitalised name, and the
correction is a common English word (``pyspellchecker``, edit distance 1 or 2). A typo so frequent
that English lists it a little ("happend", "realy") is read as an everyday word one edit away; the
first part of a contraction ("couldn" of "couldn't") is no typo, and a contraction typed without its
apostrophe ("wasnt") is read with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import content_stems, english_zipf

if TYPE_CHECKING:
    from spellchecker import SpellChecker

_WORD = re.compile(r"[^\W\d_]+")  # letters of any alphabet: "Kuusijärvi" is one word, no typo
MIN_LETTERS = 4  # shorter words have too many neighbours to correct safely ("teh" aside)
# A word rarer than this in English (wordfreq's scale, where typos have a little frequency too:
# "wrot" 1.2, "govenor" 1.6) that the spell checker's word list lacks is taken for a typo...
RARE_ZIPF = 2.0
COMMON_ZIPF = 3.0  # ...of a word at least this common
# Frequent typos are words to wordfreq too ("happend" 2.8, "realy" 2.8): below this, a word no list
# holds is taken for a typo of an everyday word one edit away.
KNOWN_TYPO_ZIPF = 3.0
# A correction the articles do not use must be an everyday word ("wrote", "article") to be taken.
EVERYDAY_ZIPF = 4.5


# Contractions typed without their apostrophe ("wasnt", "whats"). Those that are words too ("were",
# "wont", "cant", "ill", "well", "shell", "its", "id", "im", "lets") are left as typed.
_CONTRACTIONS = {
    bare: with_apostrophe
    for with_apostrophe in [
        *("aren't", "can't", "couldn't", "didn't", "doesn't", "don't", "hadn't", "hasn't", "haven't"),
        *("isn't", "mightn't", "mustn't", "needn't", "shouldn't", "wasn't", "weren't", "wouldn't"),
        *("what's", "who's", "that's", "there's", "here's", "where's", "how's", "when's", "why's"),
        *("they're", "you're", "they've", "you've", "we've", "i've", "it'll", "they'll", "you'll"),
        *("who'll", "that'll", "ain't"),
    ]
    if (bare := with_apostrophe.replace("'", "")) != "cant"
}


def corrected(question: str, known: Callable[[str], bool]) -> tuple[str, list[tuple[str, str]]]:
    """The question with its misspelt words replaced, and each ``(as typed, as read)``.

    ``known`` says whether the articles use a stem (the keyword index's ``knows``).
    """
    fixes: list[tuple[str, str]] = []

    def fix(match: re.Match[str]) -> str:
        typed = match.group(0)
        contraction = _CONTRACTIONS.get(typed.lower())
        if contraction is not None and (typed.islower() or match.start() == 0):
            fixes.append((typed, contraction))  # "wasnt": "wasn't", a word the kinds' rules know
            return contraction.capitalize() if typed[0].isupper() else contraction
        if match.start() > 0 and typed[0].isupper():
            return typed  # a name: "Morow" may be one the articles do not use
        if question[match.end() : match.end() + 1] in ("'", "’"):
            return typed  # a contraction's first part: "couldn" of "couldn't", "wasn" of "wasn’t"
        stems = content_stems(typed)
        if len(typed) < MIN_LETTERS or not stems or any(known(stem) for stem in stems):
            return typed  # a word the articles use (or a stopword): the English word list is not read
        meant = _meant(typed.lower())
        if meant is None:
            return typed
        if not any(known(stem) for stem in content_stems(meant)):
            if english_zipf(meant) < EVERYDAY_ZIPF:
                return typed  # "polony" is no typo of "colony" unless the articles speak of colonies
            if english_zipf(typed.lower()) == 0 and not _one_edit(typed.lower(), meant):
                return typed  # a word English never uses, two edits from "orange": a name, "Orvanne"
        fixes.append((typed, meant))
        return meant.capitalize() if typed[0].isupper() else meant

    text = _WORD.sub(fix, question)
    return text, fixes


@lru_cache(maxsize=4096)
def _meant(word: str) -> str | None:
    """The common English word a word unknown to English stands for, if one is clearly meant."""
    checker = _checker()
    if english_zipf(word) >= KNOWN_TYPO_ZIPF or word in checker:
        return None
    meant = checker.correction(word)
    if not meant or meant == word or english_zipf(meant) < COMMON_ZIPF:
        return None
    known_typo = english_zipf(word) >= RARE_ZIPF
    if known_typo and (english_zipf(meant) < EVERYDAY_ZIPF or not _one_edit(word, meant)):
        return None  # a typo common enough for English to know it ("happend") is one of an everyday word
    return meant


def _one_edit(word: str, meant: str) -> bool:
    return meant in edits_of(word)


def edits_of(word: str) -> set[str]:
    """Every string one edit (a letter dropped, added, swapped or changed) from ``word``."""
    return set(_checker().edit_distance_1(word))


@lru_cache(maxsize=1024)
def starts_a_listed_word(word: str) -> bool:
    """True when a longer word of the spell checker's list begins with ``word`` ("refurb": "refurbish")."""
    return len(word) >= 5 and any(
        listed.startswith(word) and listed != word for listed in _checker().word_frequency
    )


def in_word_list(word: str) -> bool:
    """True when the spell checker's English word list holds ``word`` (lower case)."""
    return word in _checker()


@lru_cache(maxsize=1)
def _checker() -> SpellChecker:
    from spellchecker import SpellChecker  # loads its English word list (a tenth of a second) once

    return SpellChecker(language="en")
