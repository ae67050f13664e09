"""Tell apart versions of one story reported on different days, and pick the one a question means.

Two articles are versions of one story when they were published on different dates, read alike
(their headline, dek and lead are close in meaning) and name the same people and places. A look-alike
story about another town reads alike too, but names other places: the shared names keep it apart.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..text import NOT_NAMES, folded, is_name_like
from ..types import ArticleInfo
from .kinds import MONTH_NAMES, QuestionPlan

# Headline + dek + lead of two versions of a story are at least this close in meaning...
SAME_STORY_SIMILARITY = 0.55
# ...and share at least this many capitalised names.
SAME_STORY_NAMES = 2
# Two headlines that both name a place or person no English word spells ("Glenmorrach") are of one
# story when their reports are this close: an update leads on what changed (the cause, a new toll),
# so its lead reads further from the first report's than another report of the day would.
SAME_NAMED_STORY_SIMILARITY = 0.45
# ...or one that English hardly uses ("Torsa", not "River" or "Votes": ``is_name_like``).
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*\b")
# Capitalised words that say little about which story this is (besides those that name no one).
_COMMON_CAPITALS = frozenset({"officials", "police", "council", "city", "government"})


@dataclass(frozen=True, slots=True)
class StoryVersion:
    """One dated article of a story that has several."""

    info: ArticleInfo
    date: dt.date


@dataclass(frozen=True, slots=True)
class VersionChoice:
    """Which version of a story to answer from, and what to tell the reader about it."""

    article_id: str
    versions: tuple[StoryVersion, ...]  # oldest first
    reason: str  # e.g. "the question asks for the first report"
    notice: str | None  # said to the reader when the choice was not the question's own
    by_day: bool = False  # the question named the chosen report's weekday ("as of Monday")
    by_header: bool = False  # the question named the chosen report's outlet or writer ("the Courier's")


def _one_proper_name(shared: set[str]) -> bool:
    """True when the names two reports share include one that is no English word ("Torsa"): a place or
    a person only that story names. Look-alike stories share words such as "River" or "Hospital"."""
    return any(is_name_like(name) for name in shared)


def names_in(text: str) -> set[str]:
    """Capitalised names in ``text`` (people, places, organisations), without common capitalised words."""
    common = NOT_NAMES | _COMMON_CAPITALS
    # (accents folded: "Quilamán" is one name, not "Quilam" cut short)
    return {m.group(0) for m in _NAME.finditer(folded(text)) if m.group(0).lower() not in common}


def story_versions(
    article_id: str,
    articles: Sequence[ArticleInfo],
    lead_of: Callable[[str], str],
    encode: Callable[[list[str]], np.ndarray],
) -> list[StoryVersion]:
    """The dated versions of ``article_id``'s story (oldest first), or [] when it has only one."""
    by_id = {a.article_id: a for a in articles}
    target = by_id.get(article_id)
    if target is None or publication_date(target) is None:
        return []
    # Cheap first cut on metadata alone, so a large corpus costs a few string checks per article:
    # another version shares a name or a rare word with the target's headline and dek.
    target_words = headline_words(target)
    others = [
        a
        for a in articles
        if a.article_id != article_id
        and publication_date(a) not in (None, publication_date(target))
        and target_words & headline_words(a)
    ]
    if not others:
        return []
    texts = [_profile(a, lead_of) for a in (target, *others)]
    vectors = encode(texts)
    target_names = names_in(texts[0])
    versions = [StoryVersion(target, publication_date(target))]  # type: ignore[arg-type]
    headline_names = {w.lower() for w in target_words if is_name_like(w)}
    for other, text, vector in zip(others, texts[1:], vectors[1:], strict=True):
        similarity = float(np.dot(vectors[0], vector))
        shared = target_names & names_in(text)
        # (a name both leads write with a capital: not a rare word form such as "derails")
        named_alike = (
            headline_names & {w.lower() for w in headline_words(other)} & {n.lower() for n in shared}
        )
        close = similarity >= (SAME_NAMED_STORY_SIMILARITY if named_alike else SAME_STORY_SIMILARITY)
        if close and (len(shared) >= SAME_STORY_NAMES or _one_proper_name(shared)):
            versions.append(StoryVersion(other, publication_date(other)))  # type: ignore[arg-type]
    if len(versions) < 2:
        return []
    return sorted(versions, key=lambda v: (v.date, v.info.article_id))


def choose_version(plan: QuestionPlan, versions: Sequence[StoryVersion]) -> VersionChoice:
    """The version a question means: the one it names (by its date, its weekday, first report or latest),
    else the newest."""
    ordered = tuple(versions)
    if plan.date_named:
        # "as of 17 February": the report of that day, else the last one out by then
        by_then = [v for v in ordered if v.date.strftime("%m-%d") <= plan.date_named]
        if by_then:
            named = by_then[-1]
            return VersionChoice(
                named.info.article_id, ordered, f"the question names {_long(named.date)}", None, by_day=True
            )
    if plan.weekday:
        named = [v for v in ordered if v.date.strftime("%A").lower() == plan.weekday]
        if named:
            return VersionChoice(
                named[-1].info.article_id, ordered, f"the question names {plan.weekday}", None, by_day=True
            )
    if plan.version == "first":
        return VersionChoice(
            ordered[0].info.article_id, ordered, "the question asks for the first report", None
        )
    newest = ordered[-1]
    if plan.version == "latest":
        return VersionChoice(newest.info.article_id, ordered, "the question asks for the latest report", None)
    earlier = ", ".join(f"“{v.info.title}” ({_long(v.date)})" for v in ordered[:-1])
    notice = (
        f"This story was reported more than once; this answer uses the latest report, “{newest.info.title}” "
        f"({_long(newest.date)}). Earlier: {earlier}."
    )
    return VersionChoice(newest.info.article_id, ordered, "the newest version of the story", notice)


def without_header_words(question: str, info: ArticleInfo) -> str:
    """The question without the words that name ``info`` by its header: its outlet ("what did the
    Courier report…"), its writer, its date ("on 13 November"). They say which report, not what the
    answer must say: "Courier" and "13" are in no sentence about the river."""
    patterns = []
    for name in (info.outlet, info.byline):
        tokens = re.findall(r"[\w'’-]+", name or "")
        if tokens:
            full = r"\s+".join(re.escape(t) for t in tokens)
            # the whole name, or its last word written with a capital ("the Courier", "Sandhu")
            patterns.append(rf"(?:\bthe\s+)?\b(?:{full}|{re.escape(tokens[-1])})(?:'s|’s)?\b")
    date = publication_date(info)
    if date is not None:
        month = MONTH_NAMES[date.month - 1]
        day = rf"{date.day}(?:st|nd|rd|th)?"
        month = rf"(?i:{month[:3]}[a-z]*\.?)"
        named = rf"(?:{day}\s+(?i:of\s+)?{month}|{month}\s+{day})(?:,?\s+{date.year})?"
        patterns.append(rf"(?:\b(?i:on|of|from|dated)\s+)?\b{named}(?!\w)")
    left = question
    for pattern in patterns:  # names by their capital only: a paper called the Post is not every "post"
        left = re.sub(pattern, " ", left)
    return re.sub(r"\s+([?.!,])", r"\1", " ".join(left.split()))


def headline_words(info: ArticleInfo) -> set[str]:
    """The names and longer words of an article's headline and dek: another report of its story
    shares at least one of them (the first cut of ``story_versions``)."""
    return names_in(f"{info.title} {info.dek or ''}") | set(_words(info))


def _words(info: ArticleInfo) -> list[str]:
    """Longer words of the headline and dek (lower-cased): short ones are mostly function words."""
    return [w for w in re.findall(r"[a-z]{6,}", f"{info.title} {info.dek or ''}".lower())]


def _profile(info: ArticleInfo, lead_of: Callable[[str], str]) -> str:
    return " ".join(filter(None, [info.title, info.dek or "", lead_of(info.article_id)]))


def publication_date(info: ArticleInfo) -> dt.date | None:
    """The article's date, or None when it has none (an undated article has no versions)."""
    if not info.date:
        return None
    try:
        return dt.date.fromisoformat(info.date[:10])
    except ValueError:
        return None


def _long(date: dt.date) -> str:
    return f"{date.strftime('%A')} {date.isoformat()}"
