"""Bad input at every entry point: the Python API, the `assistant` command and the UI's upload.

Each bad input gets a clear, specific error or a sensible result, nothing crashes, and whatever
failed leaves the index as it was. Real model, real embedded Chroma, real subprocesses.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import (
    Assistant,
    EmptyQuestionError,
    InvalidArgumentError,
    QuestionTooLongError,
    UnknownArticleError,
)
from assistant.interfaces.web.ui import add_files

pytestmark = pytest.mark.slow

HARBOUR = (
    "Harbour Reopens\n\nBy Ana Ruiz\n\n"
    "The harbour reopened on Monday after three weeks of repairs to the storm-damaged sea wall, "
    "officials said.\n\n"
    "Fishermen welcomed the news but warned that fuel prices would keep many boats in port.\n"
)
SCRIPT_HEAVY_HTML = """<!DOCTYPE html><html><head><title>Dam Opens After Decade of Delays</title>
<meta name="author" content="Lee Park">
<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
<script src="https://ads.example.com/loader.js"></script>
<style>.nav{display:flex}</style></head>
<body onload="trackPageView()">
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav></header>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Celebrity chef opens bistro</a></li>
<li><a href="/b">Ten tips for summer gardens</a></li></ul></aside>
<main><article><h1>Dam Opens After Decade of Delays</h1>
<p>The new river dam opened on Friday after ten years of delays, engineers said at the ceremony.</p>
<script>document.write('<div class="ad">Buy now</div>');</script>
<p>The dam will supply water to forty thousand homes and protect the valley from spring floods.</p>
<div class="ad-slot"><script>renderAd('mid-article')</script></div>
<p>Farmers downstream said they were relieved, but warned that fish stocks must be watched.</p>
</article></main>
<footer><p>© 2025 Valley Times. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<script>(function(){var s=document.createElement('script');s.src='//t.example.com/t.js';})();</script>
</body></html>"""
ONLY_FURNITURE_HTML = """<html><head><script>var a = 1; function f() { return a; }</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><script>f();</script>
<footer>© 2025 Example</footer></body></html>"""


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hardening")


@pytest.fixture(scope="module")
def assistant(home: Path) -> Assistant:
    """An assistant with one article indexed; tests add their own under unique names."""
    corpus = home / "corpus"
    corpus.mkdir()
    (corpus / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    assistant = Assistant.open(index_dir=home / "index", corpus_dir=corpus)
    assert assistant.ingest([corpus]).added == ["harbour"]
    return assistant


def snapshot(assistant: Assistant) -> list[tuple[str, int, str]]:
    return sorted((p.key, len(p.text), p.metadata["content_hash"]) for p in assistant.store.all_paragraphs())


def test_unusable_files_fail_with_reasons_and_leave_the_index_as_it_was(
    assistant: Assistant, tmp_path: Path
) -> None:
    before = snapshot(assistant)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.md").write_text(" \n\t\n \n")
    (bad / "bom-only.txt").write_bytes(b"\xef\xbb\xbf")
    (bad / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (bad / "controls.txt").write_bytes(bytes(range(1, 32)) * 50)
    with (bad / "huge.txt").open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # 50 MB: refused by its size, before it is read
    (bad / "furniture.html").write_text(ONLY_FURNITURE_HTML)
    (bad / "notes.pdf").write_bytes(b"%PDF-1.7")
    report = assistant.ingest([bad, bad / "notes.pdf", tmp_path / "missing.md"])
    reasons = {Path(f.path).name: f.reason for f in report.failed}
    assert reasons == {
        "empty.txt": "file is empty",
        "blank.md": "file is empty",
        "bom-only.txt": "file is empty",
        "image.html": "looks like a binary file, not text; use .txt, .md or .html",
        "controls.txt": "looks like a binary file, not text; use .txt, .md or .html",
        "huge.txt": "file is 50.0 MB, over the 5.0 MB limit (raise ASSISTANT_MAX_FILE_MB to allow it)",
        "furniture.html": "no article text found after removing page boilerplate",
        "notes.pdf": "unsupported file type '.pdf'; use .txt, .md or .html",
        "missing.md": "no such file or folder",
    }
    assert not (report.added or report.updated or report.duplicates)
    assert snapshot(assistant) == before


def test_legacy_and_mixed_encodings_are_read(assistant: Assistant, tmp_path: Path) -> None:
    cafe = "Café Strike\n\nWaiters at the café walked out on Tuesday over “unpaid” wages, the union said.\n"
    (tmp_path / "cafe-cp1252.txt").write_bytes(cafe.encode("cp1252"))
    (tmp_path / "cafe-utf16.txt").write_bytes(cafe.replace("Waiters", "Cooks").encode("utf-16"))
    # Mostly UTF-8, with one sentence pasted from a Windows-1252 editor.
    mixed = (
        "Museum Expands\n\nThe museum’s new wing, designed by Zoë Ng, opens in March with 1,200 works."
        "\n\n".encode()
        + "Visitors called the café “superb” and the prices fair, the director said.\n".encode("cp1252")
    )
    (tmp_path / "museum-mixed.txt").write_bytes(mixed)
    report = assistant.ingest([tmp_path])
    assert sorted(report.added) == ["cafe-cp1252", "cafe-utf16", "museum-mixed"], report.failed
    _, paragraphs = assistant.article("museum-mixed")
    assert [p.text for p in paragraphs] == [
        "The museum’s new wing, designed by Zoë Ng, opens in March with 1,200 works.",
        "Visitors called the café “superb” and the prices fair, the director said.",
    ]
    assert "“unpaid”" in assistant.article("cafe-cp1252")[1][0].text
    answer = assistant.ask("Who designed the museum's new wing?")
    assert answer.citations and answer.citations[0].article_id == "museum-mixed"


def test_html_full_of_scripts_and_navigation_keeps_only_the_article(
    assistant: Assistant, tmp_path: Path
) -> None:
    page = tmp_path / "dam-page.html"
    page.write_text(SCRIPT_HEAVY_HTML, encoding="utf-8")
    assert assistant.ingest([page]).added == ["dam-page"]
    info, paragraphs = assistant.article("dam-page")
    assert (info.title, info.byline) == ("Dam Opens After Decade of Delays", "Lee Park")
    assert [p.text for p in paragraphs] == [
        "The new river dam opened on Friday after ten years of delays, engineers said at the ceremony.",
        "The dam will supply water to forty thousand homes and protect the valley from spring floods.",
        "Farmers downstream said they were relieved, but warned that fish stocks must be watched.",
    ]


def test_control_characters_and_odd_unicode_in_an_article(assistant: Assistant, tmp_path: Path) -> None:
    filler = "".join(
        f"The valley council met on day {i} to discuss the new bridge budget and road repairs.\n\n"
        for i in range(120)
    )  # pushes the NUL past the first 8 kB, where a NUL would mean a binary file
    text = (
        "Ferry Talks\n\n"
        + filler
        + "The ferry\u200b operator\x00 said \x1b[31mGa\u200bza\x1b[0m port talks\x07 resumed, "
        "a move the mayor called “cafe\u0301-level diplomacy” \U0001f6a2 \u200fשלום\u200f.\n"
    )
    path = tmp_path / "ferry-talks.txt"
    path.write_text(text, encoding="utf-8")
    assert assistant.ingest([path]).added == ["ferry-talks"]
    last = assistant.article("ferry-talks")[1][-1].text
    assert not any(ord(ch) < 32 or ord(ch) == 0x7F for ch in last)  # no NUL, ESC, BEL
    assert "\u200b" not in last and "Gaza port talks" in last  # the invisible word-splitter is gone
    assert "cafe\u0301-level" in last and "\U0001f6a2" in last and "\u200fשלום\u200f" in last
    answer = assistant.ask("What did the ferry operator say about the Gaza port talks?")
    assert answer.citations and answer.citations[0].article_id == "ferry-talks"


def test_questions_that_are_too_long_empty_or_odd(assistant: Assistant) -> None:
    with pytest.raises(QuestionTooLongError, match="100,000 characters long; the limit is 2,000"):
        assistant.ask("x" * 100_000)
    for nothing in ["", "   ", "\x00\x00", "\u200b\u200f\u200e", "\x1b\x07\t\n", None]:
        with pytest.raises(EmptyQuestionError):
            assistant.ask(nothing)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="must be text, not int"):
        assistant.ask(42)  # type: ignore[arg-type]
    for top_k in (0, -1, 51, 10**9):
        with pytest.raises(InvalidArgumentError, match="top_k must be a whole number from 1 to 50"):
            assistant.ask("When did the harbour reopen?", top_k=top_k)
    assert assistant.ask("😀🚢👍🏽").abstained
    odd = assistant.ask("When\x00 did the har\u200bbour re\u0301open\u200f? 🚢")
    assert odd.question == "When did the harbour re\u0301open\u200f? 🚢"
    assert odd.citations and odd.citations[0].article_id == "harbour"
    # One article id as a plain string, and a history with junk in it.
    junk = [None, 3, {"role": "user"}, {"role": "system", "content": "ignore"}, {"content": "x" * 100_000}]
    restricted = assistant.ask("When did the harbour reopen?", junk, article_ids="harbour")  # type: ignore[arg-type]
    assert {p.article_id for p in restricted.retrieved} == {"harbour"}
    # Earlier questions in the history get the same length limit as the question.
    long_turn = [{"role": "user", "content": "harbour " * 50_000}, {"role": "assistant", "content": "…"}]
    follow_up = assistant.ask("When did that reopen?", long_turn)
    assert all(len(q) <= 2 * assistant.settings.max_question_chars for q in follow_up.trace.queries)


def test_odd_article_ids_are_unknown_not_paths(assistant: Assistant) -> None:
    for odd in [
        "../../etc/passwd",
        "/etc/passwd",
        "",
        "\x00",
        "harbour/../harbour",
        "x" * 5000,
        "' OR 1=1 --",
    ]:
        with pytest.raises(UnknownArticleError, match="No article with id") as info:
            assistant.article(odd)
        assert len(str(info.value)) < 500
        with pytest.raises(UnknownArticleError):
            assistant.remove(odd)
    assert [a.article_id for a in assistant.articles()].count("harbour") == 1


def test_duplicate_files_are_indexed_once_and_reported(assistant: Assistant, tmp_path: Path) -> None:
    text = (
        "Tram Line Approved\n\nThe city approved a new tram line linking the station to the university, "
        "the transport office said.\n"
    )
    folder = tmp_path / "trams"
    folder.mkdir()
    for name in ("tram-line.txt", "tram-line (1).txt", "Copy of tram line.txt"):
        (folder / name).write_text(text, encoding="utf-8")
    report = assistant.ingest([folder])
    assert report.added == ["copy-of-tram-line"]  # the first in folder order
    assert sorted((d.article_id, d.duplicate_of) for d in report.duplicates) == [
        ("tram-line", "copy-of-tram-line"),
        ("tram-line-1", "copy-of-tram-line"),
    ]
    assert "2 duplicate(s) skipped" in report.summary() and report.ok
    assert len(assistant.ask("What does the new tram line link?").retrieved) >= 1
    ids = [a.article_id for a in assistant.articles()]
    assert "tram-line" not in ids and "tram-line-1" not in ids

    # Again: the original is unchanged, the copies are still duplicates.
    again = assistant.ingest([folder])
    assert again.unchanged == ["copy-of-tram-line"] and len(again.duplicates) == 2
    # The original's file is gone: its copy is a rename, indexed in its place.
    (folder / "Copy of tram line.txt").unlink()
    (folder / "tram-line (1).txt").unlink()
    moved = assistant.ingest([folder])
    assert moved.added == ["tram-line"] and moved.removed == ["copy-of-tram-line"]
    assert not moved.duplicates


def test_a_different_file_with_a_taken_id_does_not_replace_the_article(
    assistant: Assistant, tmp_path: Path
) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "Council News.txt").write_text(
        "Council News\n\nThe council approved the harbour budget on Monday, officials said.\n"
    )
    (second / "council-news.md").write_text(
        "# Council News\n\nThe council rejected the school budget on Friday, officials said.\n"
    )
    assert assistant.ingest([first]).added == ["council-news"]
    report = assistant.ingest([second])
    assert report.updated == [] and len(report.failed) == 1
    assert "already used by" in report.failed[0].reason and str(first / "Council News.txt") in (
        report.failed[0].reason
    )
    assert "harbour budget" in assistant.article("council-news")[1][0].text
    # The same text from another place is the same article: it is not refused.
    shutil.copy(first / "Council News.txt", second / "council-news.md")
    assert assistant.ingest([second / "council-news.md"]).unchanged == ["council-news"]


def test_one_path_as_a_string_is_one_path(assistant: Assistant, tmp_path: Path) -> None:
    (tmp_path / "solo.txt").write_text("Solo Sail\n\nA sailor finished a solo voyage round the cape.\n")
    assert assistant.ingest(str(tmp_path)).added == ["solo"]


def test_ui_upload_names_duplicates_and_taken_ids(assistant: Assistant, tmp_path: Path) -> None:
    corpus = Path(assistant.settings.corpus_dir)
    before_files = sorted(p.name for p in corpus.iterdir())
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    traversal = uploads / "..\\..\\etc\\evil-name.txt"  # backslashes are ordinary characters here
    traversal.write_text("Evil Name\n\nA file with a hostile name still lands inside the corpus folder.\n")
    copy = uploads / "harbour copy.txt"
    copy.write_text(HARBOUR, encoding="utf-8")  # the text of the indexed `harbour` article
    taken = uploads / "Harbour.txt"
    taken.write_text(
        "Harbour Closes\n\nThe harbour closed again on Friday for more repairs, officials said.\n"
    )
    twin_a, twin_b = uploads / "pier news.txt", uploads / "pier-news.md"
    twin_a.write_text("Pier News\n\nThe old pier will be rebuilt in oak next year, the town said.\n")
    twin_b.write_text("# Pier News\n\nThe pier café will close for the winter, its owner said.\n")
    empty = uploads / "empty.txt"
    empty.write_text("")

    rows, _ = add_files(assistant, [str(p) for p in (traversal, copy, taken, twin_a, twin_b, empty)])
    results = {row[0]: (row[1], row[2]) for row in rows}
    assert results[traversal.name][0] == "added" and (corpus / "evil-name.txt").is_file()
    assert results["harbour copy.txt"] == ("duplicate", "same text as article harbour; not indexed twice")
    assert results["Harbour.txt"][0] == "failed" and "already used by" in results["Harbour.txt"][1]
    assert results["pier news.txt"][0] == "added"
    assert results["pier-news.md"] == (
        "failed",
        "has the same article id 'pier-news' as pier news.txt; rename one",
    )
    assert results["empty.txt"] == ("failed", "file is empty")
    # Only what was indexed stays in the corpus folder; the indexed harbour file is untouched.
    after_files = sorted(p.name for p in corpus.iterdir())
    assert sorted(set(after_files) - set(before_files)) == ["evil-name.txt", "pier-news.txt"]
    assert (corpus / "harbour.txt").read_text(encoding="utf-8") == HARBOUR
    assert not list(corpus.parent.glob("etc*")) and not (corpus.parent.parent / "etc").exists()


# ---------------------------------------------------------------------------- the command


def run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("assistant", path=str(Path(sys.executable).parent)) or "assistant"
    env = os.environ | {
        "ASSISTANT_INDEX_DIR": str(home / "cli-index"),
        "ASSISTANT_CORPUS_DIR": str(home / "cli-corpus"),
    }
    return subprocess.run([exe, *args], capture_output=True, text=True, env=env, timeout=600, cwd=home)


@pytest.fixture(scope="module")
def cli_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("cli")
    (home / "cli-corpus").mkdir()
    yield home


def test_the_command_reports_bad_files_duplicates_and_bad_arguments(cli_home: Path) -> None:
    batch = cli_home / "batch"
    batch.mkdir()
    (batch / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (batch / "press-copy.txt").write_text(HARBOUR, encoding="utf-8")
    (batch / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    with (batch / "huge.md").open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    result = run(["ingest", str(batch)], cli_home)
    assert result.returncode == 1, result.stderr  # something failed; the rest went in
    assert "added  harbour" in result.stdout
    assert "press-copy.txt: same text as article 'harbour'; not indexed twice" in result.stderr
    assert "blob.txt: looks like a binary file" in result.stderr
    assert "huge.md: file is 50.0 MB, over the 5.0 MB limit" in result.stderr
    assert "1 added" in result.stdout and "2 failed, 1 duplicate(s) skipped" in result.stdout
    assert "Traceback" not in result.stderr

    long_question = run(["ask", "why " * 25_000], cli_home)
    assert long_question.returncode == 2
    assert "The question is 99,999 characters long; the limit is 2,000" in long_question.stderr

    traversal = run(["show", "../../etc/passwd"], cli_home)
    assert traversal.returncode == 2 and "No article with id '../../etc/passwd'" in traversal.stderr
    assert "Known articles: harbour" in traversal.stderr and "root:" not in traversal.stdout
