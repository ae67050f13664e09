"""Questions about the indexed articles as a collection, answered from their headers: the newest or
oldest article, the articles of a year or month, and who wrote or published them ("who are the
authors?", "which paper ran the most stories?"). Every article named is cited by its header."""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..text import BYLINE_ROLE, content_stems
from ..types import ArticleInfo, Citation
from .about_article import describe_date, header_citation
from .extractive import Draft

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_MONTH = re.compile(r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?", re.IGNORECASE)
# A date the articles are asked to be of: after "in", "from", "during", "dated" ("from 2025", "in
# October 2026"). A year before a noun names the topic instead ("about the 2024 election").
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_PHRASE = re.compile(
    rf"\b(?:in|from|during|dated)\s+(?:(?:early|late|mid)[- ])?(?:(?P<month>{_MONTH_NAMES})\b\.?"
    r"(?:\s*,?\s*(?P<year_after>(?:19|20)\d\d))?|(?P<year>(?:19|20)\d\d)\b(?!\s+[a-z]))",
    re.IGNORECASE,
)
MAX_NAMED = 20  # people or outlets named one by one
# Words of these questions that name no topic ("which is the most recent…", "…came out in 2026").
_NOT_TOPIC = frozenset(
    content_stems(
        "most recent newest latest oldest earliest freshest last first came come comes out appeared appear "
        "ran run were was is are from any in published written released posted dated"
    )
)


@dataclass(frozen=True, slots=True)
class DateFilter:
    """A year, a month, or a month of a year named in a question ("from 2025", "in October 2026")."""

    year: int | None
    month: int | None

    def matches(self, iso: str | None) -> bool:
        if not iso or len(iso) < 7 or not iso[:4].isdigit() or not iso[5:7].isdigit():
            return False
        return (self.year is None or int(iso[:4]) == self.year) and (
            self.month is None or int(iso[5:7]) == self.month
        )

    def words(self) -> str:
        month = calendar.month_name[self.month] if self.month else ""
        return " ".join(str(part) for part in (month, self.year or "") if part)


def date_filter(question: str) -> DateFilter | None:
    """The year and/or month the articles are asked to be of, if any ("from 2025", "in October";
    "May" only with a year: "in may" is rarely a month)."""
    for match in _DATE_PHRASE.finditer(question):
        month_word, year = match.group("month"), match.group("year_after") or match.group("year")
        if month_word and month_word.lower() == "may" and not year:
            continue
        month = _MONTHS[month_word.lower()] if month_word else None
        return DateFilter(int(year) if year else None, month)
    return None


def topic_left(question: str, topic: set[str]) -> set[str]:
    """``topic`` (the question's topic stems) without the words that ask for a date or an order."""
    dates = {m.group(1) for m in _MONTH.finditer(question)} | set(_YEAR.findall(question))
    return topic - _NOT_TOPIC - set(content_stems(" ".join(dates)))


def answer_by_date(articles: Sequence[ArticleInfo], total: int, newest: bool, topic: str = "") -> Draft:
    """The newest (or oldest) of ``articles``, all of them when several share that date."""
    dated = [a for a in articles if a.date]
    scope = f"the {total} indexed articles" + (f" about {topic}" if topic else "")
    if not dated:
        return Draft(
            f"None of {scope} gives its publication date, so I cannot tell which is the "
            f"{'newest' if newest else 'oldest'}.",
            [],
            abstain_reason="no article is dated",
            notes=["answered from the articles' headers: no dates"],
        )
    pick = max if newest else min
    day = pick(a.date[:10] for a in dated if a.date)
    chosen = [a for a in dated if a.date and a.date[:10] == day]
    word = "most recent" if newest else "oldest"
    names = "; ".join(f"{_credited(info)} [{i}]" for i, info in enumerate(chosen, 1))
    which = f"The {word} of {scope} is" if len(chosen) == 1 else f"The {word} of {scope} are"
    undated = len(articles) - len(dated)
    tail = f" ({undated} of them give{'s' if undated == 1 else ''} no date.)" if undated else ""
    return Draft(
        f"{which} {names}, dated {describe_date(day, chosen[0].date_text)}.{tail}",
        [header_citation(i, info, info.date or info.title) for i, info in enumerate(chosen, 1)],
        notes=[f"answered from the articles' dates: the {word}"],
    )


def answer_people(articles: Sequence[ArticleInfo], total: int, field: str, most: bool = False) -> Draft:
    """Who wrote the articles (``field`` "author") or published them ("outlet"), with how many each;
    with ``most``, only those with the most articles. Each article counted is cited."""
    values_of: Callable[[ArticleInfo], list[str]] = (
        (lambda a: writers(a.byline)) if field == "author" else (lambda a: [a.outlet] if a.outlet else [])
    )
    noun, verb = ("author", "wrote") if field == "author" else ("outlet", "published")
    tally = Counter(value for a in articles for value in values_of(a))
    if not tally:
        return Draft(
            f"None of the {total} indexed articles names its {noun}.",
            [],
            abstain_reason=f"no article names its {noun}",
            notes=[f"answered from the articles' headers: no {noun}s"],
        )
    ranked = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))
    if most:
        top = ranked[0][1]
        ranked = [(name, n) for name, n in ranked if n == top]
    citations: list[Citation] = []
    parts = []
    for name, count in ranked[:MAX_NAMED]:
        markers = []
        for info in articles:
            if name in values_of(info):
                citations.append(header_citation(len(citations) + 1, info, name))
                markers.append(f"[{len(citations)}]")
        counted = (
            f"{name} {''.join(markers)}"
            if most
            else f"{name} ({count} article{'' if count == 1 else 's'}) {''.join(markers)}"
        )
        parts.append(counted)
    missing = sum(1 for a in articles if not values_of(a))
    tail = f" {missing} of the articles name no {noun}." if missing else ""
    more = f", and {len(ranked) - MAX_NAMED} more" if len(ranked) > MAX_NAMED else ""
    if most:
        names = [name for name, _ in ranked]
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"
        each = " each" if len(names) > 1 else ""
        lead = f"{who} {verb} the most of the {total} indexed articles, {ranked[0][1]}{each}"
        text = f"{lead}: {'; '.join(parts)}.{tail}"
    else:
        kinds = f"{len(tally)} {noun}{'' if len(tally) == 1 else 's'}"
        text = f"The {total} indexed articles come from {kinds}: {'; '.join(parts)}{more}.{tail}"
        if field == "author":
            text = text.replace("come from", "were written by", 1)
    return Draft(text, citations, notes=[f"answered from the articles' headers: who {verb} them"])


def writers(byline: str | None) -> list[str]:
    """The people a byline names, each once, without their roles: "Graham Kerr and Shona MacLeod" is
    two writers; "Priya Nandakumar, Courts Correspondent" one."""
    if not byline:
        return []
    names: list[str] = []
    for part in re.split(r"\s+(?:and|&)\s+|\s*;\s*", byline):
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        names += [p for p in pieces if not BYLINE_ROLE.search(p)] or pieces[:1]
    return list(dict.fromkeys(names))


def _credited(info: ArticleInfo) -> str:
    by = f" by {info.byline}" if info.byline else ""
    outlet = f" ({info.outlet})" if info.outlet else ""
    return f"“{info.title}”{by}{outlet}"
