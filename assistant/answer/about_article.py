"""Answer questions about the articles themselves (author, headline, date, outlet, which articles)
from their metadata, citing each article's header."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..text import NOT_NAMES, split_sentences
from ..types import HEADER_PARAGRAPH, ArticleInfo, Citation, Passage
from .extractive import Draft, SentenceCandidate, compose
from .genre import ARTICLE_NOUN, GENRES, Genre, GenreReading
from .kinds import MetadataField

MAX_LISTED = 20  # articles named one by one in a list answer


def header_citation(marker: int, info: ArticleInfo, quote: str) -> Citation:
    """A citation of ``info``'s header: the reader sees the headline, byline, date and outlet lines,
    the date as the answer gives it ("Monday, 23 November 2026 (2026-11-23)")."""
    lines = [
        describe_date(line, info.date_text) if line == info.date else line for line in info.header_lines()
    ]
    return Citation(
        marker=marker,
        article_id=info.article_id,
        title=info.title,
        paragraph=HEADER_PARAGRAPH,
        text="\n".join(lines),
        quote=quote,
        byline=info.byline,
    )


def describe_date(iso: str, written: str | None = None) -> str:
    """The date as the article writes it, with its ISO form: "Monday, 23 November 2026 (2026-11-23)";
    spelled out when the article gives only the ISO form ("Friday, August 14, 2026 (2026-08-14)")."""
    if written and written != iso:
        return f"{written} ({iso[:10]})"
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.strftime('%A, %B')} {day.day}, {day.year} ({day.isoformat()})"


def field_sentence(info: ArticleInfo, field: MetadataField, outlet_asked: bool = False) -> tuple[str, bool]:
    """One sentence giving ``field`` of the article, and whether the article gives it at all. The
    writer is named with the outlet they wrote for, unless the outlet has a sentence of its own."""
    name = f"“{info.title}”"
    if field == "author":
        if info.byline:
            outlet = (
                f" for {info.outlet}"
                if info.outlet and not outlet_asked and info.outlet not in info.byline
                else ""
            )
            if outlet and "," in info.byline:
                outlet = f",{outlet}"  # "written by Teresa Ng, Health Reporter, for The Chronicle"
            return f"{name} was written by {info.byline}{outlet}.", True
        return f"{name} does not name its author.", False
    if field == "title":
        return f"The headline is {name}.", True
    if field == "dek":
        if info.dek:
            return f"The subheading of {name} reads: “{info.dek}”.", True
        return f"{name} has no subheading.", False
    if field == "date":
        if info.date:
            return f"{name} is dated {describe_date(info.date, info.date_text)}.", True
        return f"{name} does not give its publication date.", False
    if info.outlet:
        return f"{name} was published by {info.outlet}.", True
    return f"{name} does not name the outlet that published it.", False


def answer_fields(articles: Sequence[ArticleInfo], fields: Sequence[MetadataField]) -> Draft:
    """The asked fields of each article, each article's sentences closed by a marker for its header."""
    parts: list[str] = []
    citations: list[Citation] = []
    known = 0
    asked = [f for f in fields if f not in ("count", "list")] or ["title"]
    for marker, info in enumerate(articles[:MAX_LISTED], 1):
        sentences = []
        name = f"“{info.title}”"
        for field in asked:
            sentence, given = field_sentence(info, field, "outlet" in asked)  # type: ignore[arg-type]
            if sentences and sentence.startswith(name):  # the headline once: "… It was written by …"
                sentence = "It" + sentence[len(name) :]
            sentences.append(sentence)
            known += given
        text = " ".join(sentences)
        parts.append(f"{text[:-1]} [{marker}].")
        citations.append(header_citation(marker, info, "\n".join(info.header_lines())))
    if known == 0:
        return Draft(
            " ".join(parts),
            citations,
            abstain_reason="the article's header does not give what was asked",
            notes=["answered from article metadata; the field is missing"],
        )
    return Draft(" ".join(parts), citations, notes=[f"answered from article metadata: {', '.join(asked)}"])


def answer_catalog(
    articles: Sequence[ArticleInfo], total: int, topic: str = "", count_only: bool = False, relation: str = ""
) -> Draft:
    """How many articles there are and which: all of them, or those on ``topic`` (``relation`` says
    how they relate to it when not "about": "by", "from")."""
    phrase = f"{relation or 'about'} {topic}"
    if topic and not articles:
        return Draft(
            f"None of the {total} indexed articles is {phrase}.",
            [],
            abstain_reason=f"no article is about {topic!r}",
            notes=["answered from the article list"],
        )
    citations = [header_citation(i, info, info.title) for i, info in enumerate(articles[:MAX_LISTED], 1)]
    items = _items(articles)
    more = f" and {len(articles) - MAX_LISTED} more" if len(articles) > MAX_LISTED else ""
    if topic:
        verb = "is" if len(articles) == 1 else "are"
        lead = f"{len(articles)} of the {total} indexed articles {verb} {phrase}"
    else:
        lead = f"There {'is' if total == 1 else 'are'} {total} indexed article{'' if total == 1 else 's'}"
    text = f"{lead}." if count_only and total > MAX_LISTED else f"{lead}: {items}{more}."
    return Draft(text, citations, notes=["answered from the article list"])


def _items(articles: Sequence[ArticleInfo]) -> str:
    """“Headline” by Byline (Outlet, date) [n]; … for each article listed, numbered as its citation."""
    return "; ".join(
        f"“{info.title}”"
        + (f" by {info.byline}" if info.byline else "")
        + (f" ({where})" if (where := ", ".join(filter(None, [info.outlet, day_of(info)]))) else "")
        + f" [{i}]"
        for i, info in enumerate(articles[:MAX_LISTED], 1)
    )


def day_of(info: ArticleInfo, weekday: bool = False) -> str | None:
    """The article's date as it writes it ("17 February 2025, 14:25 GMT"), or spelled out ("12 November
    2026", after its weekday when ``weekday``) when it gives only the ISO form; None when it has none."""
    if info.date_text and info.date_text != info.date:
        return info.date_text
    try:
        day = dt.date.fromisoformat((info.date or "")[:10])
    except ValueError:
        return info.date
    spelled = f"{day.day} {day.strftime('%B')} {day.year}"
    return f"{day.strftime('%A')} {spelled}" if weekday else spelled


def answer_genre(readings: Sequence[tuple[ArticleInfo, GenreReading]], asked: Sequence[Genre] = ()) -> Draft:
    """What kind of article each one is, and what in its wording shows it; yes or no first when the
    question names the kinds it has in mind ("is this a review?")."""
    parts: list[str] = []
    citations: list[Citation] = []
    for marker, (info, reading) in enumerate(readings[:MAX_LISTED], 1):
        said = f"“{info.title}” is {ARTICLE_NOUN[reading.genre][0]}: {reading.evidence} [{marker}]."
        if asked:
            said = f"{'Yes' if reading.genre in asked else 'No'}, {said}"
        parts.append(said)
        citations.append(header_citation(marker, info, "\n".join(info.header_lines())))
    return Draft(
        " ".join(parts), citations, notes=["answered from the article's header and wording: its kind"]
    )


def answer_genre_catalog(
    readings: Sequence[tuple[ArticleInfo, GenreReading]], asked: Sequence[Genre] = ()
) -> Draft:
    """Which articles are of the kinds asked for ("any obituaries?"), or how many of each kind there are;
    when none is, what kinds there are instead."""
    total = len(readings)
    tally = {g: sum(1 for _, r in readings if r.genre == g) for g in GENRES}
    counted = [
        f"{n} {ARTICLE_NOUN[g][1] if n > 1 else ARTICLE_NOUN[g][0].split(' ', 1)[1]}"
        for g, n in tally.items()
        if n
    ]
    kinds = " and ".join([", ".join(counted[:-1]), counted[-1]] if len(counted) > 1 else counted)
    notes = ["answered from the article list: the kind of each article, read from its header and wording"]
    if not asked:  # "what kinds of articles do you have?": each one's kind
        listed = "; ".join(
            f"“{info.title}” ({ARTICLE_NOUN[r.genre][0]}) [{i}]"
            for i, (info, r) in enumerate(readings[:MAX_LISTED], 1)
        )
        citations = [
            header_citation(i, info, info.title) for i, (info, _) in enumerate(readings[:MAX_LISTED], 1)
        ]
        return Draft(f"The {total} indexed articles are {kinds}: {listed}.", citations, notes=notes)
    found = [info for info, r in readings if r.genre in asked]
    wanted = " or ".join(ARTICLE_NOUN[g][0] for g in asked)
    if not found:
        return Draft(
            f"None of the {total} indexed articles is {wanted}: they are {kinds}.",
            [],
            abstain_reason=f"no article reads as {wanted}",
            notes=notes,
        )
    verb = "is" if len(found) == 1 else "are"
    plural = wanted if len(found) == 1 else " or ".join(ARTICLE_NOUN[g][1] for g in asked)
    citations = [header_citation(i, info, info.title) for i, info in enumerate(found[:MAX_LISTED], 1)]
    return Draft(
        f"{len(found)} of the {total} indexed articles {verb} {plural}: {_items(found)}.",
        citations,
        notes=notes,
    )


# Who an article credits for its reporting, when its header names no outlet: "reports cited by
# Israel National News", "quoted by the Saudi-based Asharq outlet", "as the Herald reported".
_NAME = r"[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’&.-]*){0,4}"
_CREDITS = [
    re.compile(
        rf"\b(?:reported|cited|quoted|carried|referenced|published|broadcast|aired)\s+(?:on\s+\w+\s+)?by\s+"
        rf"(?:the\s+)?(?:[\w-]+-based\s+)?(?P<name>{_NAME})"
    ),
    re.compile(rf"(?P<name>{_NAME})\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:reported|reports)\b"),
    re.compile(
        rf"(?P<name>{_NAME})\s+(?:outlet|newspaper|news\s+agency|broadcaster|channel|daily|website|network)\b"
    ),
    re.compile(rf"\breport(?:s|ed)?\s+(?:at|in|from|by)\s+(?:the\s+)?(?P<name>{_NAME})"),
]
MAX_CREDITED = 3  # sources named in an answer about where the reporting comes from


def reporting_credits(passages: Sequence[Passage]) -> list[tuple[str, SentenceCandidate]]:
    """The sources an article credits for its reporting, most credited first, each with the first
    sentence that credits it."""
    counts: Counter[str] = Counter()
    first: dict[str, SentenceCandidate] = {}
    for i, passage in enumerate(passages):
        for start, end in split_sentences(passage.text):
            sentence = passage.text[start:end]
            for pattern in _CREDITS:
                for match in pattern.finditer(sentence):
                    name = _trim_name(match.group("name"))
                    if not name:
                        continue
                    counts[name] += 1
                    first.setdefault(name, SentenceCandidate(i, start, end, sentence))
    return [(name, first[name]) for name, _ in counts.most_common(MAX_CREDITED)]


def _trim_name(name: str) -> str:
    """A source's name without the capitalised words that open sentences ("As", "According")."""
    tokens = name.rstrip(".").split()
    while tokens and (
        tokens[0].lower() in NOT_NAMES | {"according", "reports", "report"} or tokens[0].endswith("-based")
    ):
        tokens = tokens[1:]
    return " ".join(tokens)


def answer_credits(draft: Draft, fields: Sequence[MetadataField], passages: Sequence[Passage]) -> Draft:
    """An outlet answer for an article whose header names no outlet: who it credits for its reporting
    ("It credits its reporting mainly to X, and also to Y"), each with a sentence that says so. The
    header's other fields asked for (``draft``) come first; asked for the outlet alone, only this."""
    credits = reporting_credits(passages)
    if not credits:
        return draft
    quoted = compose([sentence for _, sentence in credits], passages)
    names = [name for name, _ in credits]
    others = f", and also to {' and '.join(names[1:])}" if len(names) > 1 else ""
    note = f"outlet: the header names none; the article credits {', '.join(names)}"
    if list(fields) == ["outlet"]:
        text = (
            f"The article's header names no outlet; it credits its reporting mainly to {names[0]}{others}: "
        )
        return Draft(text + quoted.text, quoted.citations, notes=[*draft.notes, note])
    offset = len(draft.citations)
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", quoted.text)
    cited = [replace(c, marker=c.marker + offset) for c in quoted.citations]
    return Draft(
        f"{draft.text} It credits its reporting mainly to {names[0]}{others}: {text}",
        [*draft.citations, *cited],
        notes=[*draft.notes, note],
    )
