"""The Python API end to end: real model, real embedded Chroma in temporary folders."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from assistant import (
    Assistant,
    EmptyQuestionError,
    IndexStateError,
    InvalidArgumentError,
    QuestionTooLongError,
    UnknownArticleError,
)
from assistant.index.store import ParagraphStore

from .conftest import SEED_FILE, SEED_ID

pytestmark = pytest.mark.slow

LESSONS = "What do Israeli leaders say the lessons of October 7 require?"


def test_answers_the_seed_question_with_a_paragraph_citation(seed_assistant: Assistant) -> None:
    answer = seed_assistant.ask(LESSONS)
    assert not answer.abstained
    assert "fundamentally different security architecture" in answer.text
    assert "[1]" in answer.text
    first = answer.citations[0]
    assert (first.marker, first.article_id) == (1, SEED_ID)
    assert first.title.startswith("Ceasefire Diplomacy Reignites")
    assert first.paragraph == 26
    assert first.text.startswith("Israeli leaders have argued that the lessons of October 7")
    assert first.quote in first.text
    data = answer.to_dict()
    json.dumps(data)  # JSON-ready
    assert data["citations"][0]["paragraph"] == 26


def test_abstains_when_the_articles_do_not_say(seed_assistant: Assistant) -> None:
    answer = seed_assistant.ask("Who won the 2020 US presidential election?")
    assert answer.abstained
    assert answer.citations == []
    assert "could not find" in answer.text
    assert answer.trace.abstain_reason and "below the answer threshold" in answer.trace.abstain_reason


def test_says_plainly_when_the_article_names_the_subject_but_not_the_fact(seed_assistant: Assistant) -> None:
    # The article speaks of Gaza at length but gives no death toll: no figure may be asserted.
    answer = seed_assistant.ask("What is the death toll in Gaza?")
    assert answer.abstained
    assert "could not find" in answer.text or answer.text.startswith("The articles do not say that figure.")
    assert not any(ch.isdigit() for ch in answer.text)


def test_follow_up_uses_the_conversation(seed_assistant: Assistant) -> None:
    first_q = "What regional issues do developments in Gaza influence?"
    first = seed_assistant.ask(first_q)
    history = [{"role": "user", "content": first_q}, {"role": "assistant", "content": first.text}]
    answer = seed_assistant.ask("Which outlet highlighted that?", history)
    assert answer.trace.queries[0] == "Which outlet highlighted that?"  # literal words kept
    assert len(answer.trace.queries) == 2 and first_q in answer.trace.queries[1]
    assert not answer.abstained
    cited = answer.citations[0]
    assert "Israel National News has consistently highlighted the broader regional dimension" in cited.text
    assert cited.paragraph in [p.paragraph for p in answer.retrieved]


def test_trace_has_queries_and_all_scores(seed_assistant: Assistant) -> None:
    answer = seed_assistant.ask(LESSONS, top_k=3)
    assert len(answer.retrieved) == 3
    top = answer.retrieved[0]
    assert top.paragraph == 26
    assert top.dense_score is not None and top.bm25_score is not None and top.score > 0
    scores = [p.score for p in answer.retrieved]
    assert scores == sorted(scores, reverse=True)
    trace = answer.to_dict()["trace"]
    assert trace["queries"] == [LESSONS]
    assert {"dense_score", "bm25_score", "score"} <= set(trace["retrieved"][0])
    assert trace["timings_ms"]["retrieve"] > 0


def test_empty_or_huge_question_and_unknown_article(seed_assistant: Assistant) -> None:
    with pytest.raises(EmptyQuestionError):
        seed_assistant.ask("   ")
    with pytest.raises(QuestionTooLongError, match="the limit is 2,000"):
        seed_assistant.ask("Why? " * 1000)
    with pytest.raises(UnknownArticleError, match="nope"):
        seed_assistant.ask(LESSONS, article_ids=["nope"])


def test_search_ranks_paragraphs_and_checks_its_arguments_like_ask(seed_assistant: Assistant) -> None:
    passages = seed_assistant.search(LESSONS, top_k=3)
    answer = seed_assistant.ask(LESSONS, top_k=3)
    assert [p.paragraph for p in passages] == [p.paragraph for p in answer.retrieved]
    assert passages[0].paragraph == 26 and passages[0].dense_score is not None
    assert seed_assistant.search(LESSONS, article_ids=SEED_ID)[0].article_id == SEED_ID
    with pytest.raises(EmptyQuestionError):
        seed_assistant.search(" ")
    with pytest.raises(InvalidArgumentError, match="top_k must be a whole number from 1 to 50"):
        seed_assistant.search(LESSONS, top_k=0)
    with pytest.raises(UnknownArticleError, match="nope"):
        seed_assistant.search(LESSONS, article_ids=["nope"])


def test_langchain_retriever_and_runnable(seed_assistant: Assistant) -> None:
    docs = seed_assistant.as_retriever(top_k=4).invoke(LESSONS)
    assert len(docs) == 4
    assert docs[0].metadata["article_id"] == SEED_ID and docs[0].metadata["paragraph"] == 26
    assert docs[0].id == f"{SEED_ID}#26"
    answer = seed_assistant.as_runnable().invoke({"question": LESSONS, "history": []})
    assert answer.citations[0].paragraph == 26


def test_ingest_is_idempotent_and_updates_changed_articles(fresh: Assistant, corpus: Path) -> None:
    report = fresh.ingest([corpus])
    assert report.added == [SEED_ID] and not report.failed
    assert fresh.ingest([corpus]).unchanged == [SEED_ID]
    count_before = fresh.store.count()

    seed = corpus / SEED_FILE.name
    text = seed.read_text(encoding="utf-8")
    changed = text.replace(
        "Among the most contentious issues expected to arise during future negotiations is the question "
        "of disarmament.",
        "Among the most contentious issues expected to arise during future negotiations is the question "
        "of border crossings.",
    )
    seed.write_text(changed, encoding="utf-8")
    report = fresh.ingest([corpus])
    assert report.updated == [SEED_ID]
    assert fresh.store.count() == count_before
    _, paragraphs = fresh.article(SEED_ID)
    assert any("question of border crossings" in p.text for p in paragraphs)
    assert not any("question of disarmament" in p.text for p in paragraphs)


def test_remove_and_prune(fresh: Assistant, corpus: Path) -> None:
    fresh.ingest([corpus])
    extra = corpus / "harbour.txt"
    extra.write_text(
        "Harbour Reopens\n\nThe harbour reopened on Monday after three weeks of repairs, officials said.\n",
        encoding="utf-8",
    )
    assert fresh.ingest([corpus]).added == ["harbour"]
    assert {a.article_id for a in fresh.articles()} == {SEED_ID, "harbour"}
    removal = fresh.remove("harbour")
    assert (removal.paragraph_count, removal.moved_to) == (1, ".removed/harbour.txt")  # in the corpus folder
    assert (corpus / ".removed" / "harbour.txt").exists() and not extra.exists()  # set aside, not lost
    with pytest.raises(UnknownArticleError):
        fresh.remove("harbour")
    assert fresh.ingest([corpus]).added == []  # a removed article does not come back

    outside = corpus.parent / "outside.txt"
    outside.write_text("Dam Opens\n\nThe new dam opened on Friday after years of delays, engineers said.\n")
    fresh.ingest([outside])
    assert fresh.remove("outside").moved_to is None and outside.exists()  # files elsewhere stay put

    fresh.ingest([corpus / ".removed" / "harbour.txt"])
    (corpus / ".removed" / "harbour.txt").unlink()
    assert fresh.ingest([corpus]).removed == ["harbour"]  # its file is gone from the folder
    assert [a.article_id for a in fresh.articles()] == [SEED_ID]


def test_bad_files_fail_alone_and_the_batch_goes_on(fresh: Assistant, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "good.md").write_text("# Dam Opens\n\nThe new dam opened on Friday, engineers said.\n")
    (batch / "empty.txt").write_text("")
    (batch / "binary.html").write_bytes(bytes(range(256)) * 8)
    (batch / "latin1.txt").write_bytes(
        "Caf\u00e9 Strike\n\nWaiters at the caf\u00e9 walked out on Tuesday over unpaid wages.\n".encode(
            "cp1252"
        )
    )
    report = fresh.ingest([batch, tmp_path / "missing.txt"])
    assert sorted(report.added) == ["good", "latin1"]
    reasons = {Path(f.path).name: f.reason for f in report.failed}
    assert reasons["empty.txt"] == "file is empty"
    assert "binary" in reasons["binary.html"]
    assert reasons["missing.txt"] == "no such file or folder"
    answer = fresh.ask("Why did the waiters at the café walk out?")
    assert answer.citations and answer.citations[0].article_id == "latin1"


def test_restrict_to_articles(fresh: Assistant, corpus: Path) -> None:
    (corpus / "dam.txt").write_text(
        "Dam Opens\n\nThe new dam on the river opened on Friday, engineers said, after years of delays.\n"
    )
    fresh.ingest([corpus])
    answer = fresh.ask("When did the dam open?", article_ids=["dam"])
    assert {p.article_id for p in answer.retrieved} == {"dam"}
    assert answer.citations[0].article_id == "dam"


def test_empty_index_without_corpus_abstains_with_reason(tmp_path: Path) -> None:
    assistant = Assistant.open(index_dir=tmp_path / "index", corpus_dir=tmp_path / "none")
    answer = assistant.ask(LESSONS)
    assert answer.abstained and "no articles" in (answer.trace.abstain_reason or "")


def test_corrupt_index_is_reported_and_left_alone(tmp_path: Path) -> None:
    index = tmp_path / "index"
    index.mkdir()
    (index / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    assistant = Assistant.open(index_dir=index, corpus_dir=tmp_path / "none")
    with pytest.raises(IndexStateError, match="index folder") as info:
        assistant.ask(LESSONS)
    assert "rebuild" in str(info.value)
    assert (index / "chroma.sqlite3").read_bytes().startswith(b"this is not")


def test_index_of_another_embedding_model_is_refused(fresh: Assistant, corpus: Path, tmp_path: Path) -> None:
    fresh.ingest([corpus])
    other = Assistant.open(settings=fresh.settings, embedding_model="other-model")
    with pytest.raises(IndexStateError, match="embedded with 'all-MiniLM-L6-v2'"):
        _ = other.store
    assert isinstance(fresh.store, ParagraphStore)


def test_index_of_another_schema_is_refused(fresh: Assistant, corpus: Path, tmp_path: Path) -> None:
    if fresh.settings.chroma_host:
        pytest.skip("edits the embedded index's SQLite file")
    fresh.ingest([corpus])
    db = sqlite3.connect(tmp_path / "index" / "chroma.sqlite3")
    db.execute("UPDATE collection_metadata SET int_value = 99 WHERE key = 'assistant_schema'")
    db.commit()
    db.close()
    again = Assistant.open(index_dir=tmp_path / "index", corpus_dir=corpus)
    with pytest.raises(IndexStateError, match="schema v99"):
        _ = again.store


def test_rebuild_keeps_the_old_index_and_builds_a_new_one(tmp_path: Path, corpus: Path) -> None:
    from assistant.assistant import rebuild_index

    index = tmp_path / "index"
    index.mkdir()
    (index / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    settings = Assistant.open(index_dir=index, corpus_dir=corpus).settings
    moved, report = rebuild_index(settings)
    assert moved is not None and (moved / "chroma.sqlite3").read_bytes().startswith(b"this is not")
    assert report.added == [SEED_ID]
    rebuilt = Assistant.open(index_dir=index, corpus_dir=corpus)
    assert rebuilt.ask(LESSONS).citations[0].paragraph == 26


def test_a_question_reads_the_store_revision_once_and_sees_writes_made_before_it(
    fresh: Assistant, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each read of the revision is a request on a server: one question makes one, however many
    parts of the answer check it; a write by another client before the next question is seen."""
    fresh.ingest([corpus])
    fresh.ask(LESSONS)  # opens the searcher, reads the article list once
    reads: list[str] = []
    original = ParagraphStore._read_revision

    def counting(self: ParagraphStore) -> str:
        reads.append(self.collection_id)
        return original(self)

    monkeypatch.setattr(ParagraphStore, "_read_revision", counting)
    for question in (LESSONS, "What is this article about?", "Who wrote the article?"):
        reads.clear()
        assert not fresh.ask(question).abstained
        assert len(reads) == 1, question

    other = Assistant.open(settings=fresh.settings)  # another client of the same index
    extra = tmp_path / "extra" / "dam.txt"
    extra.parent.mkdir()
    extra.write_text(
        "Dam Opens\n\nThe Kariba dam on the river opened on Friday, engineers said, after delays.\n",
        encoding="utf-8",
    )
    other.ingest([extra])
    answer = fresh.ask("When did the Kariba dam open?")
    assert answer.citations and answer.citations[0].article_id == "dam"
    assert "Friday" in answer.text


def test_a_write_inside_a_pinned_block_moves_the_pin(fresh: Assistant, corpus: Path) -> None:
    fresh.ingest([corpus])
    store = fresh.store
    with store.same_revision() as pin:
        before = pin.revision
        assert store.revision() == before
        fresh.search("ceasefire talks")
        assert store.metadata_seen(SEED_ID) is not None
        fresh.remove(SEED_ID)
        after = store.revision()
        assert after != before and store.metadata_seen(SEED_ID) is None
    assert store.revision() == after and store.metadata_seen(SEED_ID) is None
