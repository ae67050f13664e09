"""Two assistants on one index (two processes sharing a Chroma server, or one folder): the keyword
side of each follows what the other writes, without rebuilding. Runs on both stores (conftest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Assistant

from ..conftest import SEED_ID

pytestmark = pytest.mark.slow

DAM = (
    "Dam Opens\n\nThe Kariba dam on the river opened on Friday, engineers said, after years of delays.\n\n"
    "Engineers say the turbines at the new dam will deliver power to two countries by next year.\n"
)


def _bm25_keys(assistant: Assistant, query: str) -> list[str]:
    return [p.key for p in assistant.searcher.search([query], top_k=5) if p.bm25_rank is not None]


def test_keyword_index_follows_writes_by_another_assistant(
    fresh: Assistant, corpus: Path, tmp_path: Path
) -> None:
    fresh.ingest([corpus])
    other = Assistant.open(settings=fresh.settings)
    assert other.searcher.article_ids() == {SEED_ID}

    # the other one adds an article: found by keyword here, with no ingest in this process
    (tmp_path / "dam.txt").write_text(DAM, encoding="utf-8")
    other.ingest([tmp_path / "dam.txt"])
    assert set(_bm25_keys(fresh, "Kariba turbines")) == {"dam#1", "dam#2"}
    assert fresh.ask("When did the Kariba dam open?").retrieved[0].key == "dam#1"

    # it changes the article: the old words are gone from this one's keyword index, the new found
    (tmp_path / "dam.txt").write_text(DAM.replace("Kariba", "Itezhi"), encoding="utf-8")
    assert other.ingest([tmp_path / "dam.txt"]).updated == ["dam"]
    assert "dam#1" in _bm25_keys(fresh, "Itezhi")
    assert _bm25_keys(fresh, "Kariba") == []

    # and removes it
    other.remove("dam")
    assert fresh.searcher.article_ids() == {SEED_ID}
    assert _bm25_keys(fresh, "Itezhi turbines") == []


def test_own_writes_are_applied_key_by_key(
    fresh: Assistant, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh.ingest([corpus])
    searcher = fresh.searcher
    before = searcher.keyword.signatures()

    def no_full_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("the keyword index re-read the whole store")

    monkeypatch.setattr(fresh.store, "iter_paragraphs", no_full_read)
    (tmp_path / "dam.txt").write_text(DAM, encoding="utf-8")
    fresh.ingest([tmp_path / "dam.txt"])
    assert "dam#1" in _bm25_keys(fresh, "Kariba")
    assert searcher is fresh.searcher
    after = searcher.keyword.signatures()
    assert set(after) - set(before) == {"dam#1", "dam#2"}
    fresh.remove("dam")
    assert _bm25_keys(fresh, "Kariba") == []
    assert searcher.keyword.signatures() == before


def test_reingest_of_unchanged_articles_reads_only_their_first_paragraphs(
    fresh: Assistant, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh.ingest([corpus])

    def no_paragraph_reads(article_id: str) -> None:
        raise AssertionError(f"read every paragraph of {article_id}")

    monkeypatch.setattr(fresh.store, "article_paragraphs", no_paragraph_reads)
    assert fresh.ingest([corpus]).unchanged == [SEED_ID]
    [info] = fresh.articles()
    assert info.article_id == SEED_ID and info.paragraph_count == fresh.store.count()
