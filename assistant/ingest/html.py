"""HTML articles: trafilatura removes page furniture and finds title, author and date."""

from __future__ import annotations

import html as html_text
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

from ..text import BYLINE_ROLE, CORRECTION_NOTE
from .blocks import Block, is_boilerplate, joined_names, split_header, written_date

# A pull quote repeats a line of the story in large type, with its speaker under it: not a paragraph.
_PULL_QUOTE = re.compile(
    r"<(blockquote|aside|figure|div|p)\b[^>]*\bclass\s*=\s*[\"'][^\"']*\bpull-?quote\b[^\"']*[\"'][^>]*>.*?</\1\s*>",
    re.S | re.I,
)


def html_blocks(html: str) -> tuple[list[Block], dict[str, str]]:
    """Body paragraphs of an HTML page, located in the source where possible, and its metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        _PULL_QUOTE.sub(" ", html),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if doc is None:
        return [], {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    page = _page_tree(html)  # one parse for what trafilatura does not give: the standfirst, the date's words
    author = data.get("author") or ""
    date = data.get("date") or ""
    meta = {
        "title": data.get("title") or "",
        "dek": (_marked_dek(page) if page is not None else "") or data.get("description") or "",
        # trafilatura lists several writers as "Tamsin Roe; Declan Price", or gives only the first
        # of a page's author elements ("By <span class=author>A</span> and <span class=author>B</span>")
        "byline": _page_authors(page, author) or trafilatura_byline(author),
        "date": date,
        # the date as the page shows it ("Monday, 23 November 2026"); trafilatura gives it as ISO
        "date_text": (written_date(_visible_text(page), date) or "") if page is not None and date else "",
        # trafilatura may give the site's domain ("carrickreview.co.uk"): the <title>'s name reads better
        "outlet": (
            _site_from_title(data.get("title") or "", html)
            if _DOMAIN.fullmatch(data.get("sitename") or "")
            else ""
        )
        or data.get("sitename")
        or _site_from_title(data.get("title") or "", html),
    }
    headings = _headings(page) if page is not None else set()
    body_lines = [
        s for line in (data.get("text") or "").split("\n") if (s := re.sub(r"\s+", " ", line).strip())
    ]
    if page is not None and meta["title"]:
        story = next((s for s in body_lines if s != meta["title"]), None)
        _fill_from_header_lines(meta, header_lines(page, meta["title"], [story] if story else []))
    blocks: list[Block] = []
    cursor = 0
    for text in body_lines:
        if text in headings:
            continue  # a subhead in the body ("Alarm out of order for 11 days") heads no paragraph of its own
        start, end = _locate(html, text, cursor)
        if end > cursor:
            cursor = end
        blocks.append(Block(text, start, end))
    if page is not None:
        blocks += _correction_notes(page, html, blocks)
    return blocks, {k: v for k, v in meta.items() if v}


# The block elements whose lines a page's header is read from, when they hold no other block.
_LINE_TAGS = ("p", "div", "h2", "h3", "h4", "h5", "h6", "address", "td", "header", "section")
HEADER_LINES = 8  # lines under the headline, up to the first paragraph of the story


def header_lines(root: HtmlElement, title: str, body_start: list[str]) -> list[str]:
    """The page's lines between its headline and the story's first paragraph, as a reader sees them
    (a line break in an element starts a new line): the standfirst, byline and date when the page
    marks them with no metadata ("<div class=autorzeile>By <b>Ann Lee</b> | Published 03.06.2025")."""
    lines: list[str] = []
    started = False
    first = body_start[0][:60] if body_start else None
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _HIDDEN:
            continue
        if not started:
            # the headline: an <h1>, or on a page of divs the line that reads as the title does
            # (the tag first: an element's text is read only for a line that could be the headline)
            started = (
                element.tag == "h1" or (element.tag in _LINE_TAGS and not _holds_lines(element))
            ) and _text_of(element) == title
            continue
        if element.tag not in _LINE_TAGS or _holds_lines(element):
            continue
        for line in _broken_lines(element):
            if first and line.startswith(first) and lines:
                return lines  # (trafilatura's text may open with the standfirst, the first line read)
            if line not in lines and not is_boilerplate(line):
                lines.append(line)
        if len(lines) >= HEADER_LINES:
            break
    return lines


def _holds_lines(element: HtmlElement) -> bool:
    """Whether an element holds other line elements (its lines are read from them)."""
    return any(isinstance(c.tag, str) and c.tag in _LINE_TAGS for c in element.iterdescendants())


def _broken_lines(element: HtmlElement) -> list[str]:
    """An element's text split where the page breaks the line (<br>), white space squashed."""
    shown = "".join(_shown(element))
    return [s for line in shown.split("\n") if (s := re.sub(r"\s+", " ", line).strip())]


def _fill_from_header_lines(meta: dict[str, str], lines: list[str]) -> None:
    """Fill the dek, byline, date and outlet the metadata left empty (or gave as a bare role, as
    trafilatura does from "<address>Rui Cossa<br>Climate and Disaster Reporter</address>") from the
    lines under the headline, read as a plain-text header is."""
    if not lines:
        return
    found, _ = split_header([Block(meta["title"], 0, 0), *(Block(s, 0, 0) for s in lines)], {})
    said = [v for v in (found.get("byline"), found.get("date")) if v]
    credit = next((i for i, s in enumerate(lines) if any(v in s for v in said)), None)
    if credit is not None and found.get("dek") in lines[credit:]:
        del found["dek"]  # a standfirst comes before the byline; after it, a line is the story's furniture
    if _is_role_only(meta.get("byline", "")) and found.get("byline"):
        meta["byline"] = found["byline"]
    if meta.get("byline") and found.get("byline", "").startswith(f"{meta['byline']}, "):
        # the page's "By Teresa Ng, Health Reporter" for the bare name ("…, Health Reporter ·" trimmed)
        meta["byline"] = _BYLINE_TAIL.sub("", found["byline"]).rstrip(" ·|•-–—")
    for key in ("dek", "byline", "date", "outlet"):
        if not meta.get(key) and found.get(key) and found.get("title") == meta["title"]:
            meta[key] = found[key]


def _is_role_only(byline: str) -> bool:
    """True for a byline that names no one, only a role ("Climate, Disaster Reporter")."""
    return bool(byline) and all(BYLINE_ROLE.search(p) or len(p.split()) == 1 for p in byline.split(", "))


CORRECTION_MAX_WORDS = 120
# What trails a byline on the same line of the page: "· Updated 15:42", "| 3 min read"
_BYLINE_TAIL = re.compile(r"\s*[·|•]\s*.*$")


def trafilatura_byline(author: str) -> str:
    """The byline from trafilatura's author field, which splits a writer's role off as if it were
    another writer ("Daniel Oakes; Local Democracy Reporter · Updated"): a role joins the name before
    it ("Daniel Oakes, Local Democracy Reporter"), and writers are joined with "and"."""
    names: list[str] = []
    for part in (_BYLINE_TAIL.sub("", p).strip() for p in author.split(";")):
        if not part:
            continue
        if names and BYLINE_ROLE.search(part) and len(part.split()) <= ROLE_MAX_WORDS:
            names[-1] = f"{names[-1]}, {part}"
        else:
            names.append(part)
    return joined_names(names)


ROLE_MAX_WORDS = 5  # "Western Greece correspondent", "Local Democracy Reporter"


def _correction_notes(root: HtmlElement, html: str, found: list[Block]) -> list[Block]:
    """The page's correction notes that the extraction left out, as blocks after the story.

    Pages often set the note apart from the story's body ("<p class="correction">Correction, 17
    June 2025: An earlier version…</p>" after it), where the extraction, which keeps the body,
    does not look. A note is a short element of text that reads as one (``CORRECTION_NOTE``);
    the links of a page's footer ("Corrections policy") do not.
    """
    told = " ".join(b.text for b in found)
    notes: list[Block] = []
    for element in root.iter("p", "div", "aside", "section"):
        if any(child.tag in ("p", "div", "aside", "section") for child in element.iterchildren()):
            continue  # the note itself, not what holds it
        text = _text_of(element)
        if not CORRECTION_NOTE.search(text) or len(text.split()) > CORRECTION_MAX_WORDS or text in told:
            continue
        start, end = _locate(html, text, 0)
        notes.append(Block(text, start, end))
        told += " " + text
    return notes


# Class names news pages give the standfirst under the headline. The page's own standfirst is
# preferred to its <meta name="description">, which sites often shorten or write for search engines.
# A class may name it as one part of a longer name ("story-dek", "amp-dek", "article__standfirst").
DEK_CLASS = re.compile(
    r"^(?:[\w-]*[-_])?(?:dek|deck|standfirst|strapline|subtitle|sub-title|subheadline|sub-headline|subhead)$",
    re.I,
)
DEK_MAX_WORDS = 80


def _page_tree(html: str) -> HtmlElement | None:
    """The page parsed by lxml, or None when lxml cannot read it."""
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None


def _text_of(element: HtmlElement) -> str:
    """An element's text, white space squashed."""
    return re.sub(r"\s+", " ", element.text_content()).strip()


def _headings(root: HtmlElement) -> set[str]:
    """The texts of the page's headings (<h1>…<h6>)."""
    return {text for element in root.iter("h1", "h2", "h3", "h4", "h5", "h6") if (text := _text_of(element))}


def _page_authors(root: HtmlElement | None, found: str) -> str:
    """The writers a page marks one by one (class "author", itemprop or rel "author"), joined, when
    it marks more than one and they include the writer trafilatura found; else ""."""
    if root is None:
        return ""
    names: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("meta", "link", "script"):
            continue
        marked = "author" in (element.get("class") or "").split() or "author" in (
            element.get("itemprop") or "",
            element.get("rel") or "",
        )
        text = _text_of(element)
        if marked and text and len(text.split()) <= AUTHOR_MAX_WORDS and text not in names:
            names.append(text)
    first = found.split(";")[0].strip()
    return joined_names(names) if len(names) > 1 and (not first or first in names) else ""


AUTHOR_MAX_WORDS = 5


def _marked_dek(root: HtmlElement) -> str:
    """Text of the first element whose class names it the standfirst, if the page has one."""
    for element in root.iter("p", "h2", "div", "span"):
        classes = (element.get("class") or "").split()
        if any(DEK_CLASS.match(c) for c in classes):
            text = _text_of(element)
            if text and len(text.split()) <= DEK_MAX_WORDS:
                return text
    return ""


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_SITE_SUFFIX = re.compile(r"\s[|–—-]\s([^|–—-]{2,60})$")


_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", re.I)


def _site_from_title(title: str, html: str) -> str:
    """The site named after the headline in the page's <title> ("Headline | Site"), if it names one."""
    found = _TITLE_TAG.search(html)
    page_title = html_text.unescape(re.sub(r"\s+", " ", found.group(1))).strip() if found else ""
    suffix = _SITE_SUFFIX.search(page_title)
    if not suffix or (title and suffix.group(1).strip() in title):
        return ""
    site = suffix.group(1).strip()
    return site if len(site.split()) <= 6 else ""


def _locate(html: str, text: str, cursor: int) -> tuple[int, int]:
    """Span of ``text`` in the HTML source: words may be split by tags, entities or white space.

    Falls back to an empty span at ``cursor`` when the paragraph cannot be found verbatim.
    """
    gap = r"(?:\s|<[^>]*>|&[#\w]+;)*"
    tokens = re.findall(r"\w+", text)
    if not tokens:
        return cursor, cursor
    head = re.compile(gap.join(re.escape(t) for t in tokens[:6]))
    tail = re.compile(gap.join(re.escape(t) for t in tokens[-4:]))
    start_match = head.search(html, cursor)
    if not start_match:
        return cursor, cursor
    end_match = tail.search(html, start_match.start())
    end = end_match.end() if end_match else start_match.end()
    return start_match.start(), end


def _visible_text(root: HtmlElement) -> str:
    """The page's text as a browser shows it (no scripts, styles, comments or tag attributes)."""
    return re.sub(r"\s+", " ", " ".join(_shown(root)))  # elements apart: "2026</p><p>The" is two words


def _shown(element: HtmlElement) -> Iterator[str]:
    if not isinstance(element.tag, str) or element.tag in _HIDDEN:
        return  # a comment, a script or a style: its own text is not shown (its tail is the parent's)
    if element.tag == "br":
        yield "\n"  # a line break: white space to the visible text, a new line to ``_broken_lines``
        return
    if element.text:
        yield element.text
    for child in element:
        yield from _shown(child)
        if child.tail:
            yield child.tail


_HIDDEN = frozenset({"script", "style", "noscript", "template"})
