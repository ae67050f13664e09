"""HTML articles: trafilatura removes page furniture and finds title, author and date."""

from __future__ import annotations

import re

from .blocks import Block


def html_blocks(html: str) -> tuple[list[Block], dict[str, str]]:
    """Body paragraphs of an HTML page, located in the source where possible, and its metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        return [], {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    meta = {
        "title": data.get("title") or "",
        "dek": data.get("description") or "",
        "byline": data.get("author") or "",
        "date": data.get("date") or "",
    }
    blocks: list[Block] = []
    cursor = 0
    for line in (data.get("text") or "").split("\n"):
        text = re.sub(r"\s+", " ", line).strip()
        if not text:
            continue
        start, end = _locate(html, text, cursor)
        if end > cursor:
            cursor = end
        blocks.append(Block(text, start, end))
    return blocks, {k: v for k, v in meta.items() if v}


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
