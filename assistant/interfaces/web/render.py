"""HTML for the web UI. Article text is always escaped: it is shown as text, never run as HTML."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from ...text import CITATION_MARKER, split_sentences
from ...types import Answer, ArticleInfo, Citation, Paragraph

# Characters that Markdown would read as formatting; article text must come through literally.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def source_id(turn: int, marker: int) -> str:
    return f"src-{turn}-{marker}"


def escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def answer_markdown(answer: Answer, turn: int) -> str:
    """The chat message for an answer: escaped text with each [n] made a link to its source card."""
    notices = "".join(f"\n\n*{escape_markdown(n)}*" for n in answer.notices)
    if answer.abstained and not answer.citations:
        return (
            f"{escape_markdown(answer.text)}\n\n*No paragraph in the indexed articles answers this.*{notices}"
        )
    if answer.abstained:  # "the article does not say who…": the sources show what it does say
        notices = (
            f"\n\n*The articles do not give what was asked; the sources show what they do say.*{notices}"
        )
    out, last = [], 0
    for match in CITATION_MARKER.finditer(answer.text):
        out.append(escape_markdown(answer.text[last : match.start()]))
        n = int(match.group(1))
        out.append(
            f'<a class="cite" href="#{source_id(turn, n)}" data-turn="{turn}" data-marker="{n}">[{n}]</a>'
        )
        last = match.end()
    out.append(escape_markdown(answer.text[last:]))
    out.append(notices)
    return "".join(out)


def sources_html(turns: Sequence[tuple[int, Answer]]) -> str:
    """Source cards for every answered turn, newest first."""
    if not turns:
        return '<div class="sources-empty">Sources for each answer appear here.</div>'
    blocks = []
    for turn, answer in reversed(turns):
        head = f'<div class="turn-head">Answer {turn}: {html.escape(_short(answer.question, 80))}</div>'
        if answer.abstained and not answer.citations:
            reason = html.escape(answer.trace.abstain_reason or "")
            body = (
                '<div class="abstained">No sources: the assistant abstained because the articles '
                f'do not answer this.<div class="reason">{reason}</div></div>'
            )
        else:
            body = "".join(citation_card(turn, c) for c in answer.citations)
        blocks.append(f'<section class="turn" data-turn="{turn}">{head}{body}</section>')
    return "".join(blocks)


def citation_card(turn: int, citation: Citation) -> str:
    byline = f" · {html.escape(citation.byline)}" if citation.byline else ""
    return (
        f'<div class="source" id="{source_id(turn, citation.marker)}" data-marker="{citation.marker}">'
        f'<div class="source-head"><span class="marker">[{citation.marker}]</span> '
        f'<span class="title">{html.escape(citation.title)}</span>{byline} · '
        f'<span class="para">{citation.location}</span> · '
        f"<code>{html.escape(citation.article_id)}</code></div>"
        f'<p class="source-text">{highlight(citation.text, citation.quote)}</p></div>'
    )


def highlight(paragraph: str, quote: str) -> str:
    """Escaped paragraph with each quoted run of sentences wrapped in one <mark> (quoted sentences
    that follow each other, as in a paragraph quoted whole, read as one highlight)."""
    spans: list[tuple[int, int]] = []
    for sentence in _quote_sentences(quote):
        start = paragraph.find(sentence)
        if start >= 0:
            spans.append((start, start + len(sentence)))
    runs: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if runs and start < runs[-1][1]:
            continue
        if runs and not paragraph[runs[-1][1] : start].strip():
            runs[-1] = (runs[-1][0], end)  # only white space between: one run
        else:
            runs.append((start, end))
    out, last = [], 0
    for start, end in runs:
        out += [html.escape(paragraph[last:start]), f"<mark>{html.escape(paragraph[start:end])}</mark>"]
        last = end
    out.append(html.escape(paragraph[last:]))
    return "".join(out)


def _quote_sentences(quote: str) -> list[str]:
    return [quote[s:e] for s, e in split_sentences(quote)] if quote else []


def article_html(info: ArticleInfo, paragraphs: Iterable[Paragraph], cited: set[int]) -> str:
    """An article with numbered paragraphs; paragraphs cited in this conversation are marked."""
    meta = " · ".join(html.escape(x) for x in (info.byline or "", info.date or "", info.article_id) if x)
    dek = f'<p class="dek">{html.escape(info.dek)}</p>' if info.dek else ""
    rows = []
    for p in paragraphs:
        cls = "para cited" if p.paragraph in cited else "para"
        badge = '<span class="badge">cited</span>' if p.paragraph in cited else ""
        rows.append(
            f'<div class="{cls}" id="para-{p.paragraph}"><span class="num">¶{p.paragraph}</span>'
            f"{badge}<span>{html.escape(p.text)}</span></div>"
        )
    return (
        f'<article class="article-view"><h3>{html.escape(info.title)}</h3>{dek}'
        f'<div class="meta">{meta}</div>{"".join(rows)}</article>'
    )


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


CSS = """
.sources-panel { max-height: 640px; overflow-y: auto; }
.turn { margin-bottom: 14px; }
.turn-head { font-weight: 600; font-size: 0.9em; opacity: 0.75; margin: 6px 0; }
.source { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 10px;
          margin: 6px 0; transition: box-shadow .2s, border-color .2s; }
.source.active { border-color: var(--color-accent); box-shadow: 0 0 0 3px var(--color-accent-soft); }
.source-head { font-size: 0.85em; margin-bottom: 4px; }
.source-head .marker { font-weight: 700; color: var(--color-accent); }
.source-head .title { font-weight: 600; }
.source-text { margin: 0; line-height: 1.45; }
.source-text mark { background: #fff3a3; color: inherit; padding: 0 1px; }
.abstained { font-style: italic; opacity: 0.85; }
.abstained .reason { font-size: 0.8em; font-style: normal; opacity: 0.7; margin-top: 4px; }
a.cite { font-weight: 700; text-decoration: none; cursor: pointer; padding: 0 1px; }
.article-view .para { padding: 6px 8px; border-left: 3px solid transparent; margin: 4px 0; }
.article-view .para.cited { border-left-color: var(--color-accent); background: var(--color-accent-soft); }
.article-view .num { font-weight: 600; margin-right: 8px; opacity: 0.7; }
.article-view .badge { font-size: 0.75em; background: var(--color-accent); color: white; border-radius: 4px;
                       padding: 0 5px; margin-right: 6px; }
.article-view .dek { font-style: italic; }
.article-view .meta { font-size: 0.85em; opacity: 0.75; margin-bottom: 8px; }
"""

# Clicking a marker [n] in an answer highlights its source card and scrolls it into view.
HEAD = """
<script>
document.addEventListener("click", function (event) {
  const link = event.target.closest && event.target.closest('a.cite, a[href^="#src-"]');
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  const id = link.getAttribute("href").slice(1);
  const card = document.getElementById(id);
  if (!card) return;
  document.querySelectorAll(".source.active").forEach(function (el) { el.classList.remove("active"); });
  card.classList.add("active");
  card.scrollIntoView({ behavior: "smooth", block: "center" });
}, true);
</script>
"""
