"""Load article files, strip web boilerplate, keep metadata, number the body paragraphs.

Everything here is pure and deterministic: the same bytes always give the same article id,
paragraph numbers and content hash, so citations stay valid across re-ingestion.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import ArticleError
from .types import Article, Paragraph

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# Bump when cleaning or splitting changes: stored articles are then re-indexed on next ingest.
# v2: control characters become spaces, invisible word-splitting characters are dropped.
PARSER_VERSION = 2

_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"[\W_]+",  # separators: "|", "***", "—"
        r"getting your .{0,40}player ready.*",
        r"(listen to|play) (this )?(article|story|audio).*",
        r"advertisement|sponsored( content)?|ad|skip (to )?(main )?content|jump to .*",
        r"(share|share this( article| story| page)?|tweet|email|print|copy link|save)( on \w+)?\s*:?",
        r"(subscribe|sign up|register)\b.{0,80}",
        r"(read more|related( articles| stories| coverage)?|see also|recommended|more from .{0,40}|"
        r"most (read|popular)|trending)\s*:?.{0,80}",
        r"(follow|like) us on .*",
        r"(©|\(c\)|copyright\b).*|.*all rights reserved\.?",
        r"(tags?|topics?|filed under|categories)\s*:.*",
        r"(image|photo|picture|video|graphic)( credit)?s?\s*:.{0,120}|credit\s*:.{0,80}",
        r"click here\b.*|loading\.*|please wait\.*",
        r"(\d+\s+)?comments?|leave a (comment|reply).*|(we|this site) uses? cookies.*",
        r"(updated|last updated)\s*:?\s*.{0,40}",
    )
]
_BYLINE = re.compile(r"^\s*(?:by|written by|author|authors|reporting by)\s*[:\-–]?\s*(.+)$", re.I)
_KEY_VALUE = re.compile(
    r"^\s*(title|headline|subtitle|dek|author|byline|date|published|source|url)\s*:\s*(.+)$", re.I
)
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DATE_HINT = re.compile(
    rf"\b(19|20)\d\d[-/.]\d\d?[-/.]\d\d?\b|\b({_MONTHS})[a-z]*\.? \d{{1,2}},? (19|20)\d\d\b|"
    rf"\b\d{{1,2}} ({_MONTHS})[a-z]* (19|20)\d\d\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")


@dataclass(frozen=True, slots=True)
class Block:
    """A run of source text that may become a paragraph: text plus its span in the source."""

    text: str
    start: int
    end: int
    heading: int = 0  # markdown heading level, 0 for ordinary text


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

# Control characters (NUL, escape sequences, bells…) other than line breaks and tabs: shown in a
# terminal they could rewrite what is on screen, and they are never article text.
_CONTROL_TO_SPACE = {c: " " for c in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)]}
# Invisible characters that split words for search without showing anything: zero-width space,
# word joiner, a byte order mark inside the text, soft hyphen.
_INVISIBLE = dict.fromkeys([0x200B, 0x2060, 0xFEFF, 0x00AD])
_CLEAN = str.maketrans(_CONTROL_TO_SPACE | _INVISIBLE)
# Terminal escape sequences (colours, cursor moves) are dropped whole, not just their ESC.
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")


def clean_text(text: str) -> str:
    """Terminal escape sequences and invisible word-splitting characters are dropped, other
    control characters become spaces.

    Everything else (accents, combining marks, right-to-left marks, emoji) is kept as written.
    Paragraph offsets refer to this cleaned text.
    """
    if "\x1b" in text:
        text = _ESCAPE_SEQUENCE.sub("", text)
    return text.translate(_CLEAN)


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
    blocks = [b for b in blocks if not is_boilerplate(b.text)]
    header, body = split_header(blocks, meta)
    if not body:
        raise ArticleError(source, "no article text found after removing page boilerplate")
    paragraphs = tuple(
        Paragraph(number=i, text=b.text, start=b.start, end=b.end) for i, b in enumerate(body, 1)
    )
    title = header.get("title") or _title_from_text(paragraphs[0].text)
    date = normalize_date(header["date"]) if header.get("date") else None
    fields = {
        "title": title,
        "dek": header.get("dek"),
        "byline": header.get("byline"),
        "date": date,
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
        source=source,
        content_hash=digest,
        paragraphs=paragraphs,
    )


def text_blocks(text: str) -> list[Block]:
    """Split plain text into paragraph blocks with their source spans.

    Paragraphs are separated by blank lines. Inside a run of lines, if most lines end a sentence the
    text is one-paragraph-per-line (typical of scraped text); otherwise lines are hard wraps and are
    joined.
    """
    runs: list[list[tuple[str, int, int]]] = [[]]
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        line = match.group().rstrip("\r\n")
        start = match.start()
        if not line.strip() or is_boilerplate(line):
            if runs[-1]:
                runs.append([])
            continue
        lead = len(line) - len(line.lstrip())
        runs[-1].append((line.strip(), start + lead, start + len(line.rstrip())))
        if match.end() == len(text):
            break
    blocks: list[Block] = []
    for run in runs:
        if not run:
            continue
        ends = [_ends_line(line) for line, _, _ in run[:-1]]
        if len(run) == 1 or sum(ends) >= len(ends) / 2:
            blocks.extend(Block(_squash(line), s, e) for line, s, e in run)
            continue
        # Hard-wrapped: only a short line (a title, a paragraph's last line) or a header line
        # coming next ends a paragraph; full-width lines continue it.
        width = max(len(line) for line, _, _ in run)
        current = [run[0]]
        for prev, line in itertools.pairwise(run):
            if len(prev[0]) < 0.6 * width or _is_header_line(line[0]):
                blocks.append(_join(current))
                current = []
            current.append(line)
        blocks.append(_join(current))
    return blocks


def _join(lines: list[tuple[str, int, int]]) -> Block:
    return Block(_squash(" ".join(line for line, _, _ in lines)), lines[0][1], lines[-1][2])


def _ends_line(line: str) -> bool:
    """True when a line ends a unit of its own (a sentence, or a `Key: value` / byline header)."""
    return bool(_SENTENCE_END.search(line)) or _is_header_line(line)


def _is_header_line(line: str) -> bool:
    return bool(_KEY_VALUE.match(line) or _BYLINE.match(line))


def is_boilerplate(line: str) -> bool:
    """True for short web-page furniture lines (player prompts, share links, separators…)."""
    stripped = line.strip()
    if not stripped:
        return True
    if len(stripped.split()) > 20:
        return False
    return any(p.fullmatch(stripped) for p in _BOILERPLATE)


def _is_body(text: str) -> bool:
    n_words = len(text.split())
    return n_words > 35 or (n_words >= 8 and _SENTENCE_END.search(text) is not None)


def split_header(blocks: list[Block], meta: dict[str, str]) -> tuple[dict[str, str], list[Block]]:
    """Separate title / dek / byline / date lines at the top from the body paragraphs."""
    header = {k: v for k, v in meta.items() if v}
    body_start = 0
    for i, block in enumerate(blocks[:8]):
        text = block.text
        if text in (header.get("title"), header.get("dek")):
            body_start = i + 1  # a heading repeating the front matter title
            continue
        if block.heading or not _is_body(text):
            key_value = _KEY_VALUE.match(text)
            if key_value and not block.heading:
                _set_key_value(header, key_value.group(1).lower(), key_value.group(2).strip())
            elif (byline := _BYLINE.match(text)) and len(text.split()) <= 12:
                header.setdefault("byline", byline.group(1).strip())
            elif _DATE_HINT.search(text) and len(text.split()) <= 10:
                header.setdefault("date", text)
            elif "title" not in header:
                header["title"] = text
            elif "dek" not in header:
                header["dek"] = text
            body_start = i + 1
            continue
        break
    body = blocks[body_start:]
    # Section headings inside the body are navigation, not citable paragraphs.
    return header, [b for b in body if not b.heading]


def _set_key_value(header: dict[str, str], key: str, value: str) -> None:
    target = {
        "headline": "title",
        "subtitle": "dek",
        "author": "byline",
        "published": "date",
        "url": "source_url",
    }.get(key, key)
    header.setdefault(target, value)


def _title_from_text(text: str, limit: int = 80) -> str:
    first = text.split(". ")[0]
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def normalize_date(raw: str) -> str | None:
    """ISO date (YYYY-MM-DD) for a date expression, or None if it cannot be read."""
    import dateparser

    match = _DATE_HINT.search(raw)
    candidate = match.group(0) if match else raw
    parsed = dateparser.parse(
        candidate, languages=["en"], settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    )
    return parsed.date().isoformat() if parsed else None
