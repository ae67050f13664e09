"""Load article files, strip web boilerplate, keep metadata, number the body paragraphs.

Everything here is pure and deterministic: the same bytes always give the same article id,
paragraph numbers and content hash, so citations stay valid across re-ingestion.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from charset_normalizer import from_bytes

from ..errors import ArticleError
from ..text import clean_text
from ..types import Article, Paragraph
from .blocks import (
    as_written_name,
    credited_writers,
    dateline_outlet,
    forwarded_message_start,
    is_boilerplate,
    normalize_date,
    split_header,
    stamped_date,
    text_blocks,
    without_link_lists,
    without_pull_quotes,
    without_wire_prefix,
    written_date,
)

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# Bump when cleaning or splitting changes: stored articles are then re-indexed on next ingest.
# v2: control characters become spaces, invisible word-splitting characters are dropped.
# v3: the outlet (publication) is read from the page, front matter or a "Source:" header line.
# v4: photo captions (a "Photo:" line, or a line ending in the picture's credit) are dropped.
# v5: a standfirst above the byline, in italics or classed dek/standfirst is the dek; "Name, Role"
#     bylines; the date as written is kept; a date line no longer joins the first two paragraphs.
# v6: an outlet after the byline with no news word in its name ("By Sam Lee | The Town Crier") is
#     the outlet, and a role after a bar ("| Political Reporter") stays with the byline.
# v7: a wire story's closing credits ("Reporting by …; Editing by …") are dropped, and the agency its
#     dateline names ("GDANSK, Nov 3 (Reuters) -") is the outlet when the header names none; a meta
#     line set apart by dots ("Published 3 November 2026 · By Jane Doe · Riverside Echo") and
#     "Posted on <date> by <name>" give the date, byline and outlet; a byline in capitals is written
#     as names are; "(Photo: …)" captions, "Posted in:" lines and the writer's social links are dropped.
# v8: front matter's "standfirst", "strapline", "summary" or "excerpt" is the dek and a list of
#     authors one byline ("Ann Lee and Sam Roe"), as is a page's list ("Ann Lee; Sam Roe"); a
#     newsletter sign-up line that goes on ("Sign up for our newsletter: the week's top stories…")
#     is dropped.
# v9: a time stamp line in the header ("Updated 14:32 GMT, 16 August 2025") gives the date; a
#     dateline with a country and a date ("WESTERDUIN, Belgium, Aug 16 (Agency) -") gives the agency;
#     credits in brackets ("(Reporting by …; Editing by …)"), "Comments (12)" and a page's pull quote
#     (an element classed pull-quote) are dropped.
# v10: a list of other stories under "Most popular", "Most read on …", "Related stories" and the like
#     is dropped with its heading; "Share this story: Facebook · X · Email" too; a bare name right
#     above the date line is the byline; a navigation line is never joined to the line beside it; a
#     byline's name in capitals is written as names are even when its role is not; a page whose site
#     name is its domain ("carrickreview.co.uk") takes the name its <title> gives.
# v11: a wire update's note ("(Adds comment from … in paragraphs 9-10)") and its headline prefix
#     ("UPDATE 1-") are dropped, and its closing credits ("Reporting by …") name the writer when no
#     byline does; a desk's credit over the date line ("Staff and agencies") is the byline; an outlet in
#     capitals is written as names are; a "Key points" box under the headline is the dek; a page's
#     subheads, a Markdown picture's caption, "Read next: A · B" lines and "Get the … in your inbox.
#     Sign up here" boxes are no paragraphs.
# v12: a row of a table set as text ("Alison Kerrigan — Kelbrook First — 14,212 — 38.4%") is a line of
#     its own; front matter's "writer" or "reporter" is the byline; a bold standfirst under the
#     headline, when the front matter gave the dek, is no paragraph; a page's writers marked one by
#     one (class "author") are all the byline.
# v13: a page's correction note set apart from the story's body is its last paragraph; a pull quote
#     line ("“…” — Name, role") whose words a paragraph also tells, a call to comment ("Tell us in the
#     comments below") and a list under "Most read in Science" or "Related reviews" are dropped; a
#     masthead line over the headline ("Fundy Coast Times - Business") names the outlet; "Review by
#     Name" is a byline.
# v14: the date as the article writes it keeps the time written after it ("22 May 2025, 07:45 ADT"),
#     and is read from the header's lines when front matter gave the date in ISO form.
# v15: a masthead line with several sections ("Alpenland Courier — Austria — Tyrol") names the outlet;
#     "Have a story idea? Email …" is no paragraph.
# v16: a date written in figures ("27/06/2025 at 14:20") is the date as the page writes it.
# v17: Markdown keeps the paragraphs a CMS left as raw HTML (<p>…</p>); rows of page buttons, a wire
#     page's footer and an "UPDATED: … (adds …)" line are dropped; a hard-wrapped line that starts in
#     lower case goes on with the sentence before; a "Most read" heading over a blank line still heads
#     its list; a writer's role trafilatura splits off joins the name; "Words: Name" is a byline; a
#     Markdown headline under a top bar is the title.
# v18: cookie and privacy banners, a newsletter's frame and bare links are dropped; a forwarded
#     e-mail is read from its forwarded message, without quote marks; a box drawn with "|" loses its
#     frame; an advert's short copy under its mark is dropped; a credit line "Name, Role · Outlet"
#     names the outlet; HTML reads the standfirst and byline under the headline (see html.py).
# v19: a page notice hard-wrapped over lines is dropped whole; a breadcrumb set apart by slashes
#     ("Home / Economy / Monetary policy") is navigation, not the headline; an editor's note over the
#     headline is read after the body; "Name | Role" is a byline; consent buttons, account bars, an
#     advert's copy on its mark's line, a long "Read more:" list and a bio box are dropped; an HTML
#     byline takes the writer's role from the line under the headline.
# v20: a page of divs has its header lines read from the line that reads as its headline; a byline
#     line with the writer's role fills out the front matter's bare name; a masthead before the
#     breadcrumbs on one line ("Aegean Morning Post | Home > Greece") names the outlet.
# v21: a newsletter line with a label in front ("NEWSLETTER: Get … in your inbox") or the address to
#     sign up at after it ("Sign up at example.com/newsletters") is dropped.
PARSER_VERSION = 21
HEADER_LINES = 12  # the lines looked at for the date as the page writes it

# ---------------------------------------------------------------------------- reading files


def find_article_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files and folders into supported article files.

    Returns the files (sorted within each folder) and ``(path, reason)`` for paths that cannot be used.
    """
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            problems.append((str(path), "no such file or folder"))
        elif path.is_dir():
            try:
                found = sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not _hidden(p, path)
                )
            except OSError as exc:
                problems.append((str(path), f"cannot read folder: {exc.strerror or exc}"))
                continue
            if not found:
                problems.append((str(path), f"folder holds no {'/'.join(SUPPORTED_SUFFIXES)} files"))
            files.extend(found)
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            problems.append(
                (str(path), f"unsupported file type {path.suffix or '(none)'!r}; use .txt, .md or .html")
            )
        else:
            files.append(path)
    return files, problems


def stored_source(path: Path, corpus: Path) -> str:
    """How the index records an article's file: relative to the corpus folder when it lies there, so
    the index and the corpus can move together; otherwise its absolute path."""
    resolved, root = path.resolve(), corpus.resolve()
    return resolved.relative_to(root).as_posix() if resolved.is_relative_to(root) else str(resolved)


def source_file(source: str, corpus: Path) -> Path:
    """The file an indexed article came from: ``source`` (as ``stored_source`` gives it) resolved
    against the corpus folder. An absolute path recorded by an older version that no longer exists
    falls back to the file of that name in the corpus folder (the index and corpus were moved)."""
    path = Path(source)
    if not path.is_absolute():
        return corpus / path
    if not path.exists() and (corpus / path.name).is_file():
        return corpus / path.name
    return path


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_text(path: Path, max_bytes: int) -> str:
    """Read a text file, detecting its encoding; raise ``ArticleError`` for unusable files."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ArticleError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise ArticleError(
            str(path),
            f"file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.1f} MB limit "
            "(raise ASSISTANT_MAX_FILE_MB to allow it)",
        )
    data = path.read_bytes()
    return decode_bytes(data, str(path))


def decode_bytes(data: bytes, name: str) -> str:
    """Decode article bytes and clean the text (see ``clean_text``).

    UTF-8 first; a file that is mostly UTF-8 with a few stray Windows-1252 bytes (text pasted from
    an old editor) keeps its UTF-8 and reads the stray bytes as Windows-1252; anything else gets
    the encoding charset-normalizer detects.
    """
    if not data.strip():
        raise ArticleError(name, "file is empty")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(name, "looks like a binary file, not text; use .txt, .md or .html")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_legacy(data, name)
    if _mostly_unprintable(text):
        raise ArticleError(name, "looks like a binary file, not text; use .txt, .md or .html")
    text = clean_text(text)
    if not text.strip():  # e.g. nothing but a byte order mark
        raise ArticleError(name, "file is empty")
    return text


def _decode_legacy(data: bytes, name: str) -> str:
    lenient = data.decode("utf-8-sig", errors="replace")
    invalid = lenient.count("\ufffd")
    valid = sum(1 for ch in lenient if ord(ch) > 127) - invalid
    # Legacy single-byte text almost never forms valid multi-byte UTF-8 by chance, so a fair share
    # of valid sequences means UTF-8 with stray bytes: keep the UTF-8, read the stray bytes as
    # Windows-1252 (what pasting from an old editor produces).
    if valid and valid * 4 >= invalid:
        return data.decode("utf-8-sig", errors=_CP1252_FALLBACK)
    matches = sorted(from_bytes(data), key=lambda m: m.chaos)
    best = matches[0] if matches else None
    if best is None or best.encoding is None:
        raise ArticleError(name, "is not UTF-8 and its text encoding could not be detected; save it as UTF-8")
    # Short samples fit several Western code pages equally well; Windows-1252 is by far the most
    # common legacy encoding of English web text, so prefer it among the cleanest candidates.
    if any("cp1252" in m.could_be_from_charset for m in matches if m.chaos <= best.chaos + 0.01):
        return data.decode("cp1252", errors="replace")
    return str(best)


def _read_stray_bytes_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("cp1252", errors="replace"), exc.end


_CP1252_FALLBACK = "assistant-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _read_stray_bytes_as_cp1252)


def _mostly_unprintable(text: str) -> bool:
    sample = text[:4000]
    bad = sum(1 for ch in sample if not (ch.isprintable() or ch.isspace()))
    return bad > len(sample) * 0.1


# ---------------------------------------------------------------------------- parsing


def load_article(path: str | Path, max_bytes: int = 5 * 1024 * 1024) -> Article:
    """Read and parse one article file."""
    path = Path(path)
    text = read_text(path, max_bytes)
    return parse_article(text, source=str(path), article_id=article_id_for(path), kind=path.suffix.lower())


def article_id_for(path: str | Path) -> str:
    """A stable, readable id from the file name: the same name always means the same article.

    Letters and digits of any script are kept (lower-cased, NFC), so ``Москва.txt`` is ``москва``.
    """
    return name_part(Path(path).stem.strip().lower()) or "article"


def name_part(text: str) -> str:
    """``text`` as a safe piece of a file name or an article id: NFC-normalised; letters (with their
    combining marks) and digits of any script, ``_``, ``.`` and ``-`` are kept; each run of anything
    else (spaces, slashes, punctuation, control and invisible characters) becomes one ``-``; no
    leading or trailing ``-`` or ``.``."""
    kept: list[str] = []
    gap = False
    for ch in unicodedata.normalize("NFC", text):
        if ch in "_.-" or unicodedata.category(ch)[0] in "LNM":
            if gap and kept:
                kept.append("-")
            kept.append(ch)
            gap = False
        else:
            gap = True
    return "".join(kept).strip("-.")


def parse_article(text: str, *, source: str, article_id: str, kind: str = ".txt") -> Article:
    """Parse decoded article text into an ``Article`` (kind is the file suffix)."""
    meta: dict[str, str] = {}
    if kind in (".html", ".htm"):
        from .html import html_blocks

        blocks, meta = html_blocks(text)
    elif kind in (".md", ".markdown"):
        from .markdown import markdown_blocks

        blocks, meta = markdown_blocks(text)
    else:
        blocks = text_blocks(text)
    # (plain text drops boilerplate lines as it splits, so its own lines are looked at)
    lines = (
        [b.text for b in blocks]
        if meta or kind != ".txt"
        else [ln.strip() for ln in text[forwarded_message_start(text) :].splitlines() if ln.strip()]
    )
    stamp = stamped_date(lines)
    blocks = [b for b in without_link_lists(blocks) if not is_boilerplate(b.text)]
    header, body = split_header(blocks, meta)
    body = without_pull_quotes(body)
    if stamp and not header.get("date"):
        header["date"] = stamp
    if not body:
        raise ArticleError(source, "no article text found after removing page boilerplate")
    if not header.get("outlet") and (agency := dateline_outlet(body[0].text)):
        header["outlet"] = agency
    if not header.get("byline") and (writers := credited_writers(lines)):
        header["byline"] = writers
    if header.get("title"):
        header["title"] = without_wire_prefix(header["title"])
    if header.get("outlet"):
        header["outlet"] = as_written_name(header["outlet"])  # "CANYON COUNTRY TIMES"
    paragraphs = tuple(
        Paragraph(number=i, text=b.text, start=b.start, end=b.end) for i, b in enumerate(body, 1)
    )
    title = header.get("title") or _title_from_text(paragraphs[0].text)
    date = normalize_date(header["date"]) if header.get("date") else None
    date_text = (
        header.get("date_text")
        or (written_date(" ".join(lines[:HEADER_LINES]), date) if date else None)
        or _date_as_written(header.get("date") or "", date)
    )
    fields = {
        "title": title,
        "dek": header.get("dek"),
        "byline": header.get("byline"),
        "date": date,
        "outlet": header.get("outlet"),
        "date_text": date_text,
        "paragraphs": [p.text for p in paragraphs],
        "parser": PARSER_VERSION,
    }
    digest = hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()[:16]
    return Article(
        article_id=article_id,
        title=title,
        dek=header.get("dek"),
        byline=header.get("byline"),
        date=date,
        outlet=header.get("outlet"),
        date_text=date_text,
        source=source,
        content_hash=digest,
        paragraphs=paragraphs,
    )


def _date_as_written(raw: str, date: str | None) -> str | None:
    """The publication date as the article writes it on its date line (a web page's own comes from
    its visible text: ``html_blocks``)."""
    if date is None:
        return None
    return written_date(raw, date)


def _title_from_text(text: str, limit: int = 80) -> str:
    first = text.split(". ")[0]
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"
