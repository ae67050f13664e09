"""IngestGuard on its own: which files would clobber or double an indexed article."""

from __future__ import annotations

from pathlib import Path

from assistant.ingest.guard import IngestGuard
from assistant.types import Article, ArticleInfo, Paragraph


def article(article_id: str, source: Path, content_hash: str) -> Article:
    return Article(article_id, "Title", (Paragraph(1, "Text.", 0, 5),), str(source), content_hash)


def info(article_id: str, source: Path, content_hash: str) -> ArticleInfo:
    return ArticleInfo(article_id, "Title", 1, str(source), content_hash)


def test_the_catalog_is_read_once_and_only_when_needed(tmp_path: Path) -> None:
    reads: list[int] = []

    def catalog() -> list[ArticleInfo]:
        reads.append(1)
        return []

    guard = IngestGuard(catalog, tmp_path)
    assert reads == []
    new = article("a", tmp_path / "a.txt", "h1")
    assert guard.id_taken_by(new) is None and guard.duplicate_of(new) is None
    assert reads == [1]


def test_same_id_different_text_in_another_existing_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    indexed = tmp_path / "one" / "news.txt"
    indexed.write_text("old")
    guard = IngestGuard(lambda: [info("news", indexed, "h1")], tmp_path)
    assert guard.id_taken_by(article("news", tmp_path / "two" / "news.txt", "h2")) == str(indexed)


def test_same_id_is_an_update_when_same_file_or_the_old_file_is_gone(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text("v2")
    guard = IngestGuard(lambda: [info("news", path, "h1")], tmp_path)
    assert guard.id_taken_by(article("news", path, "h2")) is None  # the file changed
    gone = IngestGuard(lambda: [info("news", tmp_path / "moved-away.txt", "h1")], tmp_path)
    assert gone.id_taken_by(article("news", path, "h2")) is None  # its old file no longer exists


def test_same_text_under_a_new_id_is_a_duplicate_unless_the_original_is_gone(tmp_path: Path) -> None:
    original = tmp_path / "report.txt"
    original.write_text("x")
    guard = IngestGuard(lambda: [info("report", original, "h1")], tmp_path)
    assert guard.duplicate_of(article("report-1", tmp_path / "report (1).txt", "h1")) == "report"
    assert guard.duplicate_of(article("report", original, "h1")) is None  # the same article again
    renamed = IngestGuard(lambda: [info("report", tmp_path / "gone.txt", "h1")], tmp_path)
    assert renamed.duplicate_of(article("report-1", tmp_path / "report (1).txt", "h1")) is None


def test_copies_within_one_batch_are_caught(tmp_path: Path) -> None:
    guard = IngestGuard(list, tmp_path)
    first = article("a", tmp_path / "a.txt", "same")
    assert guard.duplicate_of(first) is None
    guard.accept(first)
    assert guard.duplicate_of(article("b", tmp_path / "b.txt", "same")) == "a"
