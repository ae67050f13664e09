"""Who holds a role: "who's the boss at Pohjavirta?", "who heads the union?", "who is the CEO of X?".

News names a role's holder once, in an apposition ("Chief executive Grant Fenwick said…", "the
mayor, Antonio Carrasco, …", "Mikko Halonen, the chief executive, …"), often in a paragraph about
something else (the cable cut the chief executive explained), which the question's words do not
retrieve. The paragraphs of the story that name a holder of the role asked about are read with the
retrieved ones, and the answerer chooses among them as usual.
"""

from __future__ import annotations

import re

from ..text import cased_words, content_stems
from .synonyms import article_words_for

# Roles a reader asks who holds.
_ROLE_WORDS = (
    "boss", "head", "chief", "executive", "ceo", "director", "chair", "chairman", "chairwoman", "chairperson",
    "president", "leader", "manager", "mayor", "rector", "principal", "headteacher", "commissioner",
    "governor", "owner", "founder", "spokesman", "spokeswoman", "spokesperson", "captain", "coach",
    "minister", "secretary", "editor", "superintendent", "inspector", "chancellor", "provost", "dean",
)  # fmt: skip
_ROLES = frozenset(content_stems(" ".join(_ROLE_WORDS)))
# Who leads, when the question asks "who runs / heads / is in charge of X?"
_LEADERS = frozenset(
    content_stems(
        "chief executive ceo head director chair chairman chairwoman president leader manager mayor "
        # "Karin Ekholm, who led the investigation": the verb names the one who leads it too
        "led leads heads headed runs ran chairs chaired manages managed"
    )
)
_ROLE_ASKED = re.compile(
    r"\bwho(?:'s|’s|\s+is|\s+was|\s+are)?\s+(?:the\s+|their\s+|its\s+|her\s+|his\s+)?(?:current\s+|new\s+)?"
    r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*)??)\s+(?:of|at|for|in|over)\b",
    re.IGNORECASE,
)
_LEADER_ASKED = re.compile(
    r"\bwho(?:'s|’s|\s+is|\s+was)\s+in\s+charge\b|\bwho\s+(?:runs|ran|heads|headed|leads|led|chairs|manages)\b",
    re.IGNORECASE,
)
_CHIEF_EXECUTIVE = frozenset(content_stems("ceo chief executive"))
NAME_DISTANCE = 4  # words between the role and the name that holds it, at most


def asked_role(question: str) -> frozenset[str]:
    """The stems of the role words a "who holds it?" question asks about (with news's words for a
    reader's: "boss" → "chief executive", "head"…); empty for any other question."""
    found = _ROLE_ASKED.search(question)
    if found:
        stems = set(content_stems(found.group("role")))
        if stems and stems <= _ROLES:
            if stems & _CHIEF_EXECUTIVE:  # "CEO" is written out in news copy, and the other way round
                stems |= _CHIEF_EXECUTIVE
            return frozenset(stems | {w for s in stems for w in article_words_for(s)})
    if _LEADER_ASKED.search(question):
        return _LEADERS
    return frozenset()


def names_holder(sentence: str, roles: frozenset[str]) -> bool:
    """True when the sentence names someone by the role ("Chief executive Grant Fenwick", "the mayor,
    Antonio Carrasco", "Mikko Halonen, the chief executive"): a role word within a few words of a name
    of two or more capitalised words."""
    tokens = cased_words(sentence)
    at_role = [i for i, t in enumerate(tokens) if set(content_stems(t)) & roles]
    if not at_role:
        return False
    names: list[tuple[int, int]] = []  # runs of capitalised words that are no role word
    start = None
    for i, token in enumerate([*tokens, ""]):
        capital = token[:1].isupper() and not set(content_stems(token)) & _ROLES
        if capital and start is None:
            start = i
        elif not capital and start is not None:
            if i - start >= 2:
                names.append((start, i - 1))
            start = None
    return any(min(abs(r - first), abs(r - last)) <= NAME_DISTANCE for r in at_role for first, last in names)
