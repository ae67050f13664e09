"""Answer questions about the articles themselves (author, headline, date, outlet, which articles)
from their metadata, citing each article's header."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..types import HEADER_PARAGRAPH, ArticleInfo, Citation
from .extractive import Draft
from .kinds import MetadataField

MAX_LISTED = 20  # articles named one by one in a list answer


def header_citation(marker: int, info: ArticleInfo, quote: str) -> Citation:
    """A citation of ``info``'s header: the reader sees the headline, byline, date and outlet lines."""
    return Citation(
        marker=marker,
        article_id=info.article_id,
        title=info.title,
        paragraph=HEADER_PARAGRAPH,
        text="\n".join(info.header_lines()),
        quote=quote,
        byline=info.byline,
    )


def describe_date(iso: str) -> str:
    """ "Friday, August 14, 2026 (2026-08-14)": the forms a reader or a page may use."""
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.strftime('%A, %B')} {day.day}, {day.year} ({day.isoformat()})"


def field_sentence(info: ArticleInfo, field: MetadataField) -> tuple[str, bool]:
    """One sentence giving ``field`` of the article, and whether the article gives it at all."""
    name = f"“{info.title}”"
    if field == "author":
        if info.byline:
            return f"{name} was written by {info.byline}.", True
        return f"{name} does not name its author.", False
    if field == "title":
        return f"The headline is {name}.", True
    if field == "dek":
        if info.dek:
            return f"The subheading of {name} reads: “{info.dek}”.", True
        return f"{name} has no subheading.", False
    if field == "date":
        if info.date:
            return f"{name} is dated {describe_date(info.date)}.", True
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
        for field in asked:
            sentence, given = field_sentence(info, field)  # type: ignore[arg-type]
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
    articles: Sequence[ArticleInfo], total: int, topic: str = "", count_only: bool = False
) -> Draft:
    """How many articles there are and which: all of them, or those on ``topic``."""
    if topic and not articles:
        return Draft(
            f"None of the {total} indexed articles is about {topic}.",
            [],
            abstain_reason=f"no article is about {topic!r}",
            notes=["answered from the article list"],
        )
    citations = [header_citation(i, info, info.title) for i, info in enumerate(articles[:MAX_LISTED], 1)]
    items = "; ".join(
        f"“{info.title}”"
        + (f" by {info.byline}" if info.byline else "")
        + (f" ({info.date})" if info.date else "")
        + f" [{i}]"
        for i, info in enumerate(articles[:MAX_LISTED], 1)
    )
    more = f" and {len(articles) - MAX_LISTED} more" if len(articles) > MAX_LISTED else ""
    if topic:
        verb = "is" if len(articles) == 1 else "are"
        lead = f"{len(articles)} of the {total} indexed articles {verb} about {topic}"
    else:
        lead = f"There {'is' if total == 1 else 'are'} {total} indexed article{'' if total == 1 else 's'}"
    text = f"{lead}." if count_only and total > MAX_LISTED else f"{lead}: {items}{more}."
    return Draft(text, citations, notes=["answered from the article list"])
