"""Who an article quotes or cites ("Who is quoted in this article?", "Who are its sources?").

A reader weighing a story asks whose words it rests on. The answer names each person or body the
article has speak (``speaker_of``: "…, said Colm Brennan", "Diane Okwu, Valley Rail's chief
operating officer, said…", "according to Israel National News") in the order the article first
quotes them, each cited to the sentence where it does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..text import NOT_NAMES, split_sentences
from ..types import ArticleInfo, Citation, Passage
from .extractive import Draft, citation_for, speaker_of, speaker_patterns

MAX_SOURCES = 8  # named one by one; the rest are counted

# Verbs that report what someone said. Stricter than the answerer's reaction verbs: "The fire has
# claimed its first life" and "will be announced" name no one who speaks.
_SPEECH = (
    r"said|says|told|tells|added|adds|stated|explained|wrote|writes|insisted|insists|warned|warns|"
    r"argued|argues|noted|cautioned|conceded|acknowledged|admitted|maintained|stressed|emphasi[sz]ed|"
    r"defended|defends|critici[sz]ed|accused|urged|promised|pledged|vowed|welcomed|(?:claimed|claims|announced)\s+that"
)
# "Diane Okwu, Valley Rail's chief operating officer, said…", '"…," said Colm Brennan'
_SPEECH_PATTERNS = speaker_patterns(_SPEECH)
# How a person is called again after the first mention: "Ms Marsh" is "Fiona Marsh".
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "dr.", "prof", "professor", "sir", "dame"})

# A run of capitalised words, with the small words names keep inside ("Chamber of Commerce").
_NAME_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|de|la|van|von|the)\s+)?[A-Z][\w'’&.-]*)*")
# Words after a speaker's name that belong to the verb ("Israel has consistently argued").
_VERB_WORDS = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "then"})
_DESCRIBED = 4  # words at most of a speaker described, not named ("Israeli officials")


@dataclass(frozen=True, slots=True)
class Source:
    """One person or body an article quotes, and the first sentence where it does."""

    name: str
    passage: Passage
    sentence: str


def quoted_sources(passages: Sequence[Passage]) -> list[Source]:
    """Who the article quotes or cites, in the order it first does (passages in article order)."""
    capitalised = _capitalised_mid_sentence(passages)
    found: list[Source] = []
    for passage in passages:
        for start, end in split_sentences(passage.text):
            sentence = passage.text[start:end]
            phrase = speaker_of(sentence, _SPEECH_PATTERNS)
            name = _source_name(phrase, sentence, capitalised) if phrase else None
            if name and not any(_same_source(name, s.name) for s in found):
                found.append(Source(name, passage, sentence))
    return [Source(_full_name(s.name, passages), s.passage, s.sentence) for s in found]


# Words of a title before a name ("Industry Minister Karen Albright"), which are no given names.
_TITLES = frozenset((
    "minister", "chief", "president", "director", "secretary", "councillor", "mayor", "judge", "justice",
    "inspector", "officer", "captain", "doctor", "professor", "sergeant", "constable", "detective",
    "superintendent", "commissioner", "governor", "senator", "chairman", "chairwoman", "chair", "executive",
    "general", "colonel", "major", "lieutenant", "admiral", "bishop", "reverend", "father", "sister", "king",
    "queen", "prince", "princess", "lord", "lady",
))  # fmt: skip
_GIVEN_NAME = re.compile(r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?")


def _full_name(name: str, passages: Sequence[Passage]) -> str:
    """A person quoted by surname alone ("Thibodeau said…", "Ms Thibodeau said…") under the full name
    the article gives them elsewhere ("Its chief executive, Claire Thibodeau, will stay on")."""
    words = [w for w in name.split() if w.lower() not in _HONORIFICS]
    if len(words) != 1:
        return name
    surname = words[0]
    for passage in passages:
        for run in _NAME_RUN.finditer(passage.text):
            parts = [w for w in run.group(0).split() if w.lower() not in _HONORIFICS]
            if len(parts) < 2 or parts[-1] != surname:
                continue
            given: list[str] = []  # a given name or two: "Claire", not "Toronto-based" or "Minister"
            for word in reversed(parts[-3:-1]):
                if not _GIVEN_NAME.fullmatch(word) or word.lower() in NOT_NAMES | _TITLES:
                    break
                given.insert(0, word)
            if given:
                return " ".join([*given, surname])
    return name


def answer_sources(articles: Sequence[tuple[ArticleInfo, Sequence[Passage]]], more: int = 0) -> Draft:
    """ "“Title” quotes or cites 6 sources: Colm Brennan [1], Diane Okwu [2], …", for each article
    (with its passages in order); ``more`` articles were asked of and left out."""
    sentences: list[str] = []
    citations: list[Citation] = []
    named: list[str] = []
    for info, passages in articles:
        sources = quoted_sources(passages)
        title = f"“{info.title}”"
        if not sources:
            sentences.append(f"{title} quotes no one by name.")
            continue
        listed = sources[:MAX_SOURCES]
        first = len(citations) + 1
        citations += [citation_for(first + i, s.passage, s.sentence) for i, s in enumerate(listed)]
        items = [f"{s.name} [{first + i}]" for i, s in enumerate(listed)]
        rest = f", and {len(sources) - MAX_SOURCES} more" if len(sources) > MAX_SOURCES else ""
        count = f"{len(sources)} {'source' if len(sources) == 1 else 'sources'}"
        sentences.append(f"{title} quotes or cites {count}: {_joined(items)}{rest}.")
        named += [s.name for s in sources]
    if more > 0:
        left = f"{more} more {'article' if more == 1 else 'articles'}"
        sentences.append(f"({left}: name one to see its sources.)")
    text = " ".join(sentences)
    if not citations:
        return Draft(
            text + " I found no sentence that says who said what.",
            [],
            abstain_reason="no one is quoted by name",
            notes=["sources: no speaker found"],
        )
    return Draft(text, citations, notes=[f"sources: {', '.join(named)}"])


def _source_name(phrase: str, sentence: str, capitalised: set[str]) -> str | None:
    """The name in a speaker's phrase ("The commissioner, Paul Vance" gives "Paul Vance"), or the
    phrase when it describes a body in a few words ("Israeli officials"); None for a pronoun, a
    described person ("a senior official"), a clause ("The branch has a roof that surveyors
    (said)…"), or a word capitalised only because it opens the sentence ("Critics praised…")."""
    phrase = phrase.strip(" ,")
    run = _first_name(phrase)
    if run is None:
        return None
    name = run.group(0).rstrip(".,")
    after = phrase[run.end() :]
    possessive = name.endswith(("'s", "’s"))
    if possessive or (after.strip() and not after.startswith(",")):
        # "Valley Rail's chief operating officer, Diane Okwu": the name set beside the role
        _, comma, beside = after.partition(",")
        named = _first_name(beside.strip()) if comma else None
        if named is not None and named.start() == 0:
            return named.group(0).rstrip(".,")
    if possessive:
        return None  # "The Committee's next decision will be announced…": not who speaks
    if sentence.lstrip('"“ ').startswith(name) and " " not in name and name not in capitalised:
        return None
    if after.startswith(",") or not after.strip():
        return name  # "Diane Okwu, Valley Rail's chief operating officer": the name, then who she is
    following = after.split(",")[0].split()
    if len(following) <= _DESCRIBED and any(w.lower() in _VERB_WORDS or w.endswith("ly") for w in following):
        return name  # "Israel has consistently (argued)"
    if run.start() == 0 and following[0][:1].islower() and len(following) < _DESCRIBED:
        return f"{name} {' '.join(following)}"  # "Israeli officials"
    return None  # "a senior Hamas official": a person described, not named


def _first_name(text: str) -> re.Match[str] | None:
    """The first run of capitalised words in ``text`` that is not only words like "The" or "Her"."""
    return next((m for m in _NAME_RUN.finditer(text) if not _only_common(m.group(0))), None)


def _only_common(run: str) -> bool:
    """A capitalised run made only of words that name no one ("The", "Her", "According")."""
    return all(w.lower() in NOT_NAMES for w in run.split())


def _capitalised_mid_sentence(passages: Sequence[Passage]) -> set[str]:
    """Words the article capitalises inside a sentence: names, not words that open one."""
    found: set[str] = set()
    for passage in passages:
        for start, end in split_sentences(passage.text):
            words = passage.text[start:end].split()
            found.update(w.strip('"“”,.;:()') for w in words[1:] if w[:1].isupper())
    return found


def _same_source(name: str, other: str) -> bool:
    """ "Brennan" after "Colm Brennan", or "the Israel National News report" after "Israel National
    News", is the same source; "Israel" after "Israel National News" is not."""
    a, b = ([w for w in _without_the(n).split() if w.lower() not in _HONORIFICS] for n in (name, other))
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) == 1:
        return shorter == longer or shorter[0] == longer[-1]
    return any(longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


def _without_the(name: str) -> str:
    return name[4:] if name.startswith(("The ", "the ")) else name


def _joined(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"
