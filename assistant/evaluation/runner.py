"""Run a question set through the assistant exactly as a user would, and record what happened."""

from __future__ import annotations

import re
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

from ..assistant import Assistant
from ..errors import AssistantError
from ..types import AnswerMode, LegacyMode
from .questions import CorpusDocument, EvalQuestion, QuestionSet, RowError
from .results import EvalRun, QuestionRecord
from .scoring import RECALL_AT

Turns = list[dict[str, str]]


def evaluate(
    qset: QuestionSet,
    *,
    index_dir: str | Path | None = None,
    corpus_dir: str | Path | None = None,
    progress: bool = False,
    mode: AnswerMode | LegacyMode | None = None,
    top_k: int | None = None,
    **settings: Any,
) -> EvalRun:
    """Open an assistant for ``qset`` and run it.

    Without ``corpus_dir`` the assistant is the user's own (configured index and corpus). With a
    ``corpus_dir``, or a set that brings its own corpus (BEIR), that corpus is indexed first, into a
    temporary index unless ``index_dir`` is given. ``settings`` override ``Settings`` fields.
    """
    with tempfile.TemporaryDirectory(prefix="assistant-eval-") as scratch:
        if qset.documents:
            corpus_dir = write_documents(qset.documents, Path(scratch) / "corpus")
        if corpus_dir is not None and index_dir is None:
            index_dir = Path(scratch) / "index"
        assistant = Assistant.open(index_dir=index_dir, corpus_dir=corpus_dir, **settings)
        if mode == "llm":
            _warn_old_mode()
            mode = assistant.settings.resolve_mode(mode)
        errors = []
        if corpus_dir is not None:
            report = assistant.ingest([corpus_dir], progress=progress)
            errors = [RowError(f"corpus file {f.path}", f.reason) for f in report.failed]
        run = run_questions(assistant, qset, progress=progress, mode=mode, top_k=top_k)
        run.errors = errors + run.errors
        return run


def run_questions(
    assistant: Assistant,
    qset: QuestionSet,
    *,
    progress: bool = False,
    mode: AnswerMode | LegacyMode | None = None,
    top_k: int | None = None,
) -> EvalRun:
    """Ask every question of the set (replaying its history first) and score the answers.

    A question the assistant refuses (too long, LLM server down…) becomes a ``RowError``; the rest
    still run. Latency is the time of the question itself, not of the replayed history.
    """
    settings = assistant.settings
    top_k = top_k or settings.top_k
    if mode == "llm":
        _warn_old_mode()
    mode = settings.resolve_mode(mode)
    depth = max(*RECALL_AT, top_k)
    run = EvalRun(
        question_set=qset, config=run_config(assistant, mode, top_k, depth), errors=list(qset.errors)
    )
    started = time.perf_counter()
    assistant.ensure_index(progress=progress)
    assistant.embeddings.encode(["warm-up"])  # load the model now: its start-up is not a question's latency
    replayed: dict[tuple[str, ...], Turns] = {}
    for question in _progress(qset.questions, progress):
        try:
            turns = _replay(assistant, question.history, replayed, mode, top_k)
            asked = time.perf_counter()
            answer = assistant.ask(question.user_input, turns, top_k=top_k, mode=mode)
            latency = (time.perf_counter() - asked) * 1000
        except AssistantError as exc:
            run.errors.append(RowError(f"row {question.row}", f"not answered: {exc}", question.id))
            continue
        retrieved = _retrieved(assistant, answer.trace.queries, answer.retrieved, depth)
        run.records.append(QuestionRecord.from_answer(question, answer, retrieved, latency, top_k))
    run.seconds = round(time.perf_counter() - started, 2)
    return run


def run_config(assistant: Assistant, mode: AnswerMode, top_k: int, depth: int) -> dict[str, Any]:
    """The settings that decide the figures, written with every run so runs can be compared."""
    s = assistant.settings
    config: dict[str, Any] = {
        "embedding_model": s.embedding_model,
        "retrieval_mode": s.retrieval_mode,
        "mode": mode,
        "answer_mode": mode,  # deprecated name of "mode", written for one more release
        "top_k": top_k,
        "retrieval_depth": depth,
        "candidates": s.candidates,
        "rrf_k": s.rrf_k,
        "min_answer_score": s.min_answer_score,
        "max_sentences": s.max_sentences,
        "index_dir": str(s.index_dir) if not s.chroma_host else f"{s.chroma_host}:{s.chroma_port}",
        "corpus_dir": str(s.corpus_dir),
    }
    if mode == "openai":
        config |= {"llm_base_url": s.llm_base_url, "llm_model": s.llm_model}
    elif mode == "llamacpp":
        config |= {"llm_model_path": str(s.llm_model_path)}
    return config


def _replay(
    assistant: Assistant,
    history: tuple[str, ...],
    cache: dict[tuple[str, ...], Turns],
    mode: AnswerMode,
    top_k: int,
) -> Turns:
    """The conversation before a follow-up, with the assistant's own answers to the earlier questions.

    Questions sharing the start of a conversation share its answers (they are deterministic)."""
    turns: Turns = []
    for i, earlier in enumerate(history):
        key = history[: i + 1]
        if key not in cache:
            answer = assistant.ask(earlier, turns, top_k=top_k, mode=mode)
            said = [{"role": "user", "content": earlier}, {"role": "assistant", "content": answer.text}]
            cache[key] = [*turns, *said]
        turns = cache[key]
    return turns


def _retrieved(assistant: Assistant, queries: list[str], read: list[Any], depth: int) -> list[dict[str, Any]]:
    """The ranking the answer came from, ``depth`` deep: the same search (same queries, same fusion)
    whose first ``top_k`` paragraphs the answerer read."""
    passages = read if len(read) >= depth else assistant.searcher.search(queries, depth)
    return [
        {
            "rank": rank,
            "article_id": p.article_id,
            "paragraph": p.paragraph,
            "text": p.text,
            "score": p.score,
        }
        for rank, p in enumerate(passages[:depth], 1)
    ]


def _progress(questions: list[EvalQuestion], progress: bool) -> Any:
    if not progress:
        return questions
    from tqdm import tqdm

    return tqdm(questions, desc="Evaluating", unit="question")


def write_documents(documents: list[CorpusDocument], folder: Path) -> Path:
    """Write a BEIR corpus as one text article per document (title line, then the text)."""
    folder.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    for doc in documents:
        stem = re.sub(r"[^a-z0-9_.-]+", "-", doc.doc_id.lower()).strip("-.") or "doc"
        name, n = stem, 1
        while name in used:
            n += 1
            name = f"{stem}-{n}"
        used.add(name)
        title = f"Title: {doc.title.strip()}\n\n" if doc.title.strip() else ""
        (folder / f"{name}.txt").write_text(title + doc.text.strip() + "\n", encoding="utf-8")
    return folder


def _warn_old_mode() -> None:
    """Warn the caller of ``evaluate``/``run_questions`` that passes the old mode name ``"llm"``."""
    warnings.warn(
        'mode="llm" is deprecated: name the LLM backend, mode="openai" or mode="llamacpp".',
        DeprecationWarning,
        stacklevel=3,
    )
