"""Property-based tests (hypothesis) for loading, paragraph splitting and citation markers.

The properties, stated precisely:

- Nothing is lost: for plain text, the non-whitespace characters of every line that is not page
  boilerplate (``is_boilerplate``) are, in order, exactly the non-whitespace characters of the
  paragraphs (header lines such as the title included, as blocks).
- Offsets point at the text: ``squash(source[start:end]) == text`` for every block and paragraph,
  where ``squash`` collapses white space runs to one space.
- Numbering is 1..N and stable: appending unrelated paragraphs keeps paragraphs 1..N as they were.
- Decoding never crashes: any bytes decode to text or raise ``ArticleError``.
- Markers: ``markers_in`` never crashes and returns each number once, in order of first
  appearance; after ``check_citations`` the answer's markers are exactly 1..m, one per citation,
  each pointing to a retrieved paragraph, whatever numbers the model wrote.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.errors import ArticleError
from assistant.ingest.article import (
    clean_text,
    decode_bytes,
    parse_article,
)
from assistant.ingest.blocks import _ends_line, is_boilerplate, text_blocks, unframed
from assistant.text import markers_in

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters of article text: letters of several scripts, digits, punctuation, emoji, combining
# marks, right-to-left marks, odd spaces, and tabs; line breaks are placed by the strategies below.
TEXT_CHARS = st.characters(
    codec="utf-8",
    exclude_categories=["Cs", "Cc"],  # surrogates; control characters are cleaned before splitting
    exclude_characters="\u2028\u2029\x85",  # Unicode line separators (the splitter reads \n, \r)
) | st.sampled_from(list("\t  .,;:!?\"'()-—é\u0301\u200f\u200e😀👍🏽"))
WORD = st.text(TEXT_CHARS, min_size=1, max_size=12).filter(lambda w: w.strip() != "")
LINE = st.lists(WORD, min_size=1, max_size=14).map(" ".join)
PARAGRAPH = st.lists(LINE, min_size=1, max_size=4).map("\n".join)
LINE_BREAK = st.sampled_from(["\n", "\r\n", "\r"])


def non_space(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@st.composite
def plain_articles(draw: st.DrawFn) -> str:
    paragraphs = draw(st.lists(PARAGRAPH, min_size=1, max_size=8))
    gaps = draw(st.lists(st.sampled_from(["\n\n", "\n \n", "\n\n\n", "\r\n\r\n", "\n\t\n"]), min_size=8))
    text = "".join(p + gap for p, gap in zip(paragraphs, gaps, strict=False))
    return text.replace("\n", draw(LINE_BREAK)) if draw(st.booleans()) else text


@FAST
@given(plain_articles())
def test_no_character_of_the_body_is_lost(text: str) -> None:
    # (a line's frame, e-mail quote marks or a box's sides, is no part of the body; nor is a line
    # going on in lower case from a dropped line that ends no sentence: a notice wrapped over lines)
    kept_lines, dropped_open = [], False
    for line in (unframed(line) for line in re.split(r"\r\n|\r|\n", text)):
        goes_on = dropped_open and line.strip()[:1].islower()
        if not line.strip() or goes_on or is_boilerplate(line):
            dropped_open = bool(line.strip()) and not _ends_line(line.strip())
            continue
        dropped_open = False
        kept_lines.append(line)
    blocks = text_blocks(text)
    assert non_space("".join(b.text for b in blocks)) == non_space("".join(kept_lines))


@FAST
@given(plain_articles())
def test_block_offsets_point_at_their_text(text: str) -> None:
    for block in text_blocks(text):
        # (a line's frame, e-mail quote marks or a box's sides, is in the span but not the text)
        source = "\n".join(unframed(line) for line in re.split(r"\r\n|\r|\n", text[block.start : block.end]))
        assert squash(source) == block.text
        assert block.text == block.text.strip() and block.text


SENTENCE = st.builds(
    lambda words, end: " ".join(words).capitalize() + end,
    st.lists(
        st.sampled_from(
            ["the", "council", "voted", "on", "a", "new", "budget", "for", "roads", "and", "schools"]
        ),
        min_size=8,
    ),
    st.sampled_from([".", "!", "?", '."']),
)
BODY_PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=3).map(" ".join)


@FAST
@given(
    title=LINE.filter(lambda t: not is_boilerplate(t)),
    body=st.lists(BODY_PARAGRAPH, min_size=1, max_size=6),
    appended=st.lists(BODY_PARAGRAPH, min_size=1, max_size=3),
)
def test_numbering_is_1_to_n_and_stable_when_text_is_appended(
    title: str, body: list[str], appended: list[str]
) -> None:
    text = clean_text(title) + "\n\n" + "\n\n".join(body) + "\n"
    article = parse_article(text, source="a.txt", article_id="a")
    numbers = [p.number for p in article.paragraphs]
    assert numbers == list(range(1, len(numbers) + 1))
    for p in article.paragraphs:
        assert squash(text[p.start : p.end]) == p.text

    longer = parse_article(text + "\n" + "\n\n".join(appended) + "\n", source="a.txt", article_id="a")
    assert longer.paragraphs[: len(article.paragraphs)] == article.paragraphs
    assert [p.number for p in longer.paragraphs] == list(range(1, len(longer.paragraphs) + 1))
    assert len(longer.paragraphs) == len(article.paragraphs) + len(appended)


@st.composite
def markdown_articles(draw: st.DrawFn) -> tuple[str, list[str]]:
    """Markdown with headings, emphasis and links; returns it with the body paragraphs' plain text."""
    paragraphs = draw(st.lists(BODY_PARAGRAPH, min_size=1, max_size=5))
    parts = ["# " + draw(st.sampled_from(["Budget Vote", "Roads Plan", "School Funds"]))]
    for text in paragraphs:
        words = text.split(" ")
        i = draw(st.integers(0, len(words) - 1))
        style = draw(st.sampled_from(["*{}*", "**{}**", "[{}](https://example.org/x)", "{}"]))
        words[i] = style.format(words[i])
        parts.append(" ".join(words))
        if draw(st.booleans()):
            parts.append("## " + draw(st.sampled_from(["Reaction", "What next", "Background"])))
    return "\n\n".join(parts) + "\n", paragraphs


@FAST
@given(markdown_articles())
def test_markdown_keeps_the_words_of_every_paragraph(case: tuple[str, list[str]]) -> None:
    text, paragraphs = case
    article = parse_article(text, source="m.md", article_id="m", kind=".md")
    assert [p.text for p in article.paragraphs] == paragraphs
    for p in article.paragraphs:
        span = text[p.start : p.end]
        assert all(word.strip("*[]") in span for word in p.text.split())


@FAST
@given(st.binary(max_size=3000))
def test_any_bytes_decode_or_raise_article_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, "x.txt")
    except ArticleError:
        return
    assert text.strip()
    assert not any(ord(ch) < 32 and ch not in "\t\n\r\x0b\x0c" for ch in text)


VISIBLE_TEXT = st.text(st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S", "Zs"]), max_size=80)


@FAST
@given(
    VISIBLE_TEXT.filter(lambda t: sum(ord(ch) > 127 for ch in t) >= 3),
    st.lists(st.sampled_from([0x92, 0x93, 0x94, 0x96, 0xE9, 0xFC]), min_size=1, max_size=3),
)
def test_utf8_with_stray_cp1252_bytes_keeps_both(utf8_text: str, stray: list[int]) -> None:
    data = utf8_text.encode() + b" " + b" ".join(bytes([b]) for b in stray) + b" end"
    expected = utf8_text + " " + " ".join(bytes([b]).decode("cp1252") for b in stray) + " end"
    assert decode_bytes(data, "x.txt") == clean_text(expected)


MARKER_TEXT = st.lists(
    st.one_of(
        st.text(TEXT_CHARS, max_size=30),
        st.integers(-3, 10**25).map(lambda n: f"[{n}]"),
        st.sampled_from(["[", "]", "[]", "[[1]]", "[1][2]", "[ 1]", "[١]", "[1.5]", "[0]"]),
    ),
    max_size=20,
).map("".join)


@FAST
@given(MARKER_TEXT)
def test_markers_in_never_crashes_and_lists_each_marker_once_in_order(text: str) -> None:
    found = markers_in(text)
    assert len(found) == len(set(found))
    first_seen = {}
    for match in re.finditer(r"\[(\d+)\]", text):
        first_seen.setdefault(int(match.group(1)), match.start())
    assert set(found) == set(first_seen)
    assert [first_seen[n] for n in found] == sorted(first_seen[n] for n in found)


@pytest.fixture(scope="module")
def retrieved(seed_assistant):  # type: ignore[no-untyped-def]
    return seed_assistant.ask(
        "What do Israeli leaders say the lessons of October 7 require?", top_k=4
    ).retrieved


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "Israeli leaders say October 7 requires a fundamentally different security architecture",
                    "Egypt and Qatar are mediating between Israel and Hamas",
                    "Penguins live in Antarctica",
                    "",
                ]
            ),
            st.lists(st.integers(-2, 12), max_size=3),
            st.sampled_from([".", "!", "", " "]),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_checked_citations_are_numbered_1_to_m_and_point_to_retrieved_paragraphs(
    retrieved,
    seed_assistant,
    sentences,  # type: ignore[no-untyped-def]
) -> None:
    from assistant.answer.llm import check_citations

    text = " ".join(s + "".join(f"[{n}]" for n in markers) + end for s, markers, end in sentences)
    draft = check_citations(text, retrieved, seed_assistant.embeddings)
    assert markers_in(draft.text) == [c.marker for c in draft.citations]
    assert [c.marker for c in draft.citations] == list(range(1, len(draft.citations) + 1))
    keys = {(p.article_id, p.paragraph) for p in retrieved}
    assert all((c.article_id, c.paragraph) in keys for c in draft.citations)
    assert all(c.quote in c.text for c in draft.citations)
