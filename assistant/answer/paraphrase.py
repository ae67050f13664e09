"""Whether a sentence names a thing in other words: "online betting" for "gambling", "carbon dioxide"
for "CO2", "wooden forks" for "wooden cutlery".

A whole sentence's embedding reads close to many things it does not name ("a robotic telescope" for
"the James Webb telescope", "waterborne disease" for "cholera"), and word overlap misses a reader's
own words. So each word of the thing must be matched by a short run of the sentence's words: the same
word, or one or two words that read as close as a synonym does. A two-word run may also match the
whole thing ("wooden forks" for "wooden cutlery") when it reads closer still.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from ..text import FUNCTION_WORDS, content_stems

# How close a run of the sentence's words must read to one word of the thing (all-MiniLM-L6-v2, unit
# vectors): "gambling"/"betting" 0.71, "police"/"officers" 0.69, "lawyer"/"barrister" 0.66, "CO2"/
# "carbon dioxide" 0.85; "mayor"/"councillor" 0.63, "teachers"/"schools" 0.64, "cholera"/"disease"
# 0.53, "DNA"/"evidence" 0.37 do not.
WORD_SIMILARITY = 0.66
# ... and a two-word run to the whole thing: "wooden forks"/"wooden cutlery" 0.71, where "robotic
# telescope"/"james webb telescope" reads 0.64.
PHRASE_SIMILARITY = 0.7
_TOKEN = re.compile(r"[\w'’-]+(?:\.\d+)?")


class Encoder(Protocol):
    def encode_cached(self, texts: list[str]) -> np.ndarray: ...


def runs(sentence: str) -> list[str]:
    """The sentence's words of meaning, and its runs of two such words ("carbon dioxide")."""
    tokens = [
        t if t.lower() not in FUNCTION_WORDS and content_stems(t) else "" for t in _TOKEN.findall(sentence)
    ]
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(tokens) if a and b]
    return list(dict.fromkeys([t for t in tokens if t] + pairs))


@dataclass(frozen=True, slots=True)
class Coverage:
    """How a sentence names a thing: the thing's words it names (the same word, or in other words),
    and whether it names the whole of it."""

    named: frozenset[str]
    whole: bool


def coverage(thing: str, sentences: Sequence[str], encoder: Encoder) -> list[Coverage]:
    """For each sentence, which of ``thing``'s words (a reader's few words, as typed) it names, and
    whether it names the whole thing in its own words."""
    words = [w for w in _TOKEN.findall(thing) if w.lower() not in FUNCTION_WORDS and content_stems(w)]
    nothing = Coverage(frozenset(), False)
    if not words or not sentences:
        return [nothing] * len(sentences)
    per_sentence = [runs(s) for s in sentences]
    every_run = list(dict.fromkeys(r for rs in per_sentence for r in rs))
    if not every_run:
        return [nothing] * len(sentences)
    vectors = encoder.encode_cached([thing, *words, *every_run])
    whole, word_vectors, run_vectors = vectors[0], vectors[1 : 1 + len(words)], vectors[1 + len(words) :]
    position = {r: i for i, r in enumerate(every_run)}
    found = []
    for sentence, sentence_runs in zip(sentences, per_sentence, strict=True):
        stems = set(content_stems(sentence))
        named = set()
        for word, vector in zip(words, word_vectors, strict=True):
            # a part of the word is no other word for it: "snow" does not name snowmobiles
            other = [r for r in sentence_runs if r.lower() not in word.lower()]
            rows = run_vectors[[position[r] for r in other]] if other else None
            if set(content_stems(word)) <= stems or (
                rows is not None and float((rows @ vector).max()) >= WORD_SIMILARITY
            ):
                named.add(word)
        pairs = [position[r] for r in sentence_runs if " " in r]
        # (only for a thing of two words: "a space telescope" reads close to "the james webb telescope")
        close = (
            len(words) == 2 and bool(pairs) and float((run_vectors[pairs] @ whole).max()) >= PHRASE_SIMILARITY
        )
        found.append(Coverage(frozenset(named), len(named) == len(words) or close))
    return found
