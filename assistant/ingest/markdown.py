"""Markdown articles: front matter for metadata, headings, and paragraphs with source spans."""

from __future__ import annotations

import re

import yaml
from markdown_it import MarkdownIt

from .blocks import Block, joined_names

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
        blocks.append(Block(plain, start, end, heading, standout=_wholly_emphasised(token)))
    return blocks, meta


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
