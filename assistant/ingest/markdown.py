"""Markdown articles: front matter for metadata, headings, and paragraphs with source spans."""

from __future__ import annotations

import re
from dataclasses import replace

import yaml
from markdown_it import MarkdownIt

from .blocks import Block, joined_names
from .html import DEK_CLASS

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def markdown_blocks(text: str) -> tuple[list[Block], dict[str, str]]:
    """Blocks for every heading and paragraph, and metadata from YAML front matter."""
    meta: dict[str, str] = {}
    offset = 0
    front = _FRONT_MATTER.match(text)
    if front:
        try:
            data = yaml.safe_load(front.group(1)) or {}
        except yaml.YAMLError:
            data = {}
        if isinstance(data, dict):
            for key, target in (
                ("title", "title"),
                ("headline", "title"),
                ("dek", "dek"),
                ("standfirst", "dek"),
                ("strapline", "dek"),
                ("subtitle", "dek"),
                ("subheadline", "dek"),
                ("summary", "dek"),
                ("description", "dek"),
                ("excerpt", "dek"),
                ("author", "byline"),
                ("authors", "byline"),
                ("byline", "byline"),
                ("writer", "byline"),
                ("writers", "byline"),
                ("reporter", "byline"),
                ("reporters", "byline"),
                ("date", "date"),
                ("published", "date"),
                ("pubdate", "date"),
                ("outlet", "outlet"),
                ("source", "outlet"),
                ("publication", "outlet"),
                ("publisher", "outlet"),
                ("site", "outlet"),
                ("site_name", "outlet"),
                ("newspaper", "outlet"),
            ):
                if data.get(key) and target not in meta:
                    meta[target] = _field_text(data[key])
        offset = front.end()
    body = text[offset:]
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", body)] + [len(body)]
    blocks: list[Block] = []
    tokens = MarkdownIt("commonmark").parse(body)
    for i, token in enumerate(tokens):
        if token.type == "html_block" and token.map is not None:
            # A CMS export keeps some paragraphs as raw HTML ("<p>They believe it is the <em>…</p>")
            first, last = token.map
            start, end = offset + line_starts[first], offset + line_starts[min(last, len(line_starts) - 1)]
            blocks += [
                replace(b, start=start, end=end - (text[end - 1 : end] == "\n"))
                for b in html_paragraphs(token.content)
            ]
            continue
        if token.type != "inline" or i == 0 or token.map is None:
            continue
        opener = tokens[i - 1]
        heading = int(opener.tag[1]) if opener.type == "heading_open" else 0
        if opener.type not in ("heading_open", "paragraph_open"):
            continue
        plain = _plain(token)
        if not plain or _opens_with_image(token):
            continue  # a picture and its caption ("![…](…) *The courthouse, where…*")
        first, last = token.map
        start = offset + line_starts[first]
        end = offset + line_starts[min(last, len(line_starts) - 1)]
        end -= 1 if end > start and text[end - 1] == "\n" else 0
        lines = _header_lines(token) if not heading else []
        if lines:  # "Words: Ciara Fennelly" over "Books | Friday 7 November 2025": one line each
            blocks += [Block(line, start, end) for line in lines]
            continue
        blocks.append(Block(plain, start, end, heading, standout=_wholly_emphasised(token)))
    return blocks, meta


HEADER_LINE_WORDS = 10


def _header_lines(inline) -> list[str]:  # type: ignore[no-untyped-def]
    """The lines of a paragraph of short lines that end no sentence (a byline over a date line), each
    on its own; [] for any other paragraph, whose line breaks are only wrapping."""
    lines: list[list] = [[]]  # type: ignore[type-arg]
    for child in inline.children or []:
        if child.type == "softbreak":
            lines.append([])
        else:
            lines[-1].append(child)
    if len(lines) < 2:
        return []
    texts = [
        re.sub(r"\s+", " ", "".join(c.content for c in line if c.type in ("text", "code_inline"))).strip()
        for line in lines
    ]
    if any(not t or len(t.split()) > HEADER_LINE_WORDS or t[-1] in '.!?"”' for t in texts):
        return []
    return texts


_HTML_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def html_paragraphs(html: str) -> list[Block]:
    """The paragraphs and headings of a raw HTML block in Markdown, as blocks without a source span.

    Only top-level ``<p>`` and ``<h1>``…``<h6>`` count: a ``<figure>`` holds a caption, a ``<div>``
    an advertisement or share buttons. A paragraph set wholly in ``<em>`` or ``<strong>``, or whose
    class names it the standfirst, stands out like a Markdown standfirst in italics.
    """
    from lxml import html as lxml_html

    try:
        elements = lxml_html.fragments_fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    found: list[Block] = []
    for element in elements:
        if isinstance(element, str) or not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag != "p" and tag not in _HTML_HEADINGS:
            continue
        plain = re.sub(r"\s+", " ", element.text_content()).strip()
        if not plain:
            continue
        marked = any(DEK_CLASS.match(c) for c in (element.get("class") or "").split())
        found.append(
            Block(plain, 0, 0, _HTML_HEADINGS.get(tag, 0), standout=marked or _wholly_tagged(element))
        )
    return found


def _wholly_tagged(element) -> bool:  # type: ignore[no-untyped-def]
    """True for ``<p><em>…</em></p>``: one emphasis child holding all the text."""
    children = list(element)
    return (
        len(children) == 1
        and children[0].tag in ("em", "i", "strong", "b")
        and not (element.text or "").strip()
        and not (children[0].tail or "").strip()
    )


def _plain(inline) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _shown_children(inline) -> list:  # type: ignore[no-untyped-def]
    """An inline token's children, without runs of blank text between them."""
    return [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]


def _opens_with_image(inline) -> bool:  # type: ignore[no-untyped-def]
    """True for a paragraph that starts with a picture: what follows it there is its caption."""
    children = _shown_children(inline)
    return bool(children) and children[0].type == "image"


def _wholly_emphasised(inline) -> bool:  # type: ignore[no-untyped-def]
    """True for a paragraph set wholly in italics or bold ("*About 1,150 nurses will…*")."""
    children = _shown_children(inline)
    return (
        len(children) >= 3
        and children[0].type in ("em_open", "strong_open")
        and children[-1].type == children[0].type.replace("_open", "_close")
        and all(c.type != children[0].type for c in children[1:-1])
    )


def _field_text(value: object) -> str:
    """A front matter value as header text: a list of authors reads "Ann Lee and Sam Roe"."""
    if isinstance(value, list):
        return joined_names([str(v) for v in value])
    return str(value)
