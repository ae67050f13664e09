"""The ``Assistant``: ingest articles, ask questions, and hand out LangChain building blocks."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .answer import Draft, ExtractiveAnswerer, abstention
from .config import Settings
from .conversation import normalize_history, search_queries, split_messages
from .corpus import article_id_for, find_article_files, load_article
from .embeddings import SentenceEmbeddings
from .errors import (
    ArticleError,
    AssistantError,
    EmptyQuestionError,
    QuestionTooLongError,
    StoreUnavailableError,
    UnknownArticleError,
)
from .retrieval import HybridSearcher, ParagraphRetriever
from .store import ParagraphStore, StoredParagraph, WritePlan
from .types import Answer, ArticleInfo, IngestFailure, IngestReport, Passage, Removal, Trace

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, str], None]
# Paragraphs embedded per pass while ingesting: large enough to batch well, small enough to show progress.
_EMBED_CHUNK = 2048
# Files of removed articles go here (hidden folders are not ingested).
REMOVED_FOLDER = ".removed"


class Assistant:
    """Question answering over a corpus of articles, with paragraph citations.

    Build one with ``Assistant.open(...)``. The embedding model and the index open lazily, on the
    first call that needs them; an empty index is filled from ``settings.corpus_dir`` on first use.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.embeddings = SentenceEmbeddings(
            self.settings.embedding_model, self.settings.embedding_batch_size
        )
        self._store: ParagraphStore | None = None
        self._searcher: HybridSearcher | None = None
        self._lock = threading.RLock()
        self._bootstrapped = False

    @classmethod
    def open(
        cls,
        index_dir: str | Path | None = None,
        corpus_dir: str | Path | None = None,
        settings: Settings | None = None,
        **overrides: Any,
    ) -> Assistant:
        """An assistant over ``index_dir`` (default ``index/``) and ``corpus_dir`` (default ``seeds/``).

        ``overrides`` are any other ``Settings`` fields, e.g. ``top_k=8``.
        """
        values = settings.model_dump() if settings else {}
        if index_dir is not None:
            values["index_dir"] = Path(index_dir)
        if corpus_dir is not None:
            values["corpus_dir"] = Path(corpus_dir)
        values.update(overrides)
        return cls(Settings(**values))

    # ------------------------------------------------------------------ lifecycle

    @property
    def store(self) -> ParagraphStore:
        with self._lock:
            if self._store is None:
                self._store = ParagraphStore(self.settings, self.embeddings)
            return self._store

    @property
    def searcher(self) -> HybridSearcher:
        with self._lock:
            if self._searcher is None:
                self._searcher = HybridSearcher(self.store, self.settings.rrf_k, self.settings.candidates)
            return self._searcher

    def ensure_index(self, progress: bool | ProgressCallback = False) -> IngestReport | None:
        """Fill an empty index from the corpus folder (once per process). Returns the report if it did."""
        with self._lock:
            if self._bootstrapped:
                return None
            self._bootstrapped = True
            corpus = Path(self.settings.corpus_dir)
            if self.store.count() > 0 or not corpus.is_dir():
                return None
            log.info("Index is empty: building it from %s", corpus)
            return self.ingest([corpus], progress=progress)

    # ------------------------------------------------------------------ articles

    def ingest(
        self, paths: Iterable[str | Path] | None = None, progress: bool | ProgressCallback = False
    ) -> IngestReport:
        """Add or update articles from files and folders (default: the corpus folder).

        Unchanged articles are skipped, changed ones replaced. For a folder, articles that were
        ingested from it but whose files are gone are removed. A file that cannot be used is
        reported in ``failed`` with the reason; the rest of the batch is still ingested.
        """
        targets = list(paths) if paths is not None else [self.settings.corpus_dir]
        report = IngestReport()
        with self._lock:
            self._bootstrapped = True
            files, problems = find_article_files(targets)
            report.failed += [IngestFailure(p, r) for p, r in problems]
            pending: list[WritePlan] = []
            seen_ids: dict[str, Path] = {}
            for done, path in enumerate(_progress(files, progress), 1):
                article_id = article_id_for(path)
                if article_id in seen_ids:
                    reason = f"has the same article id {article_id!r} as {seen_ids[article_id]}; rename one"
                    report.failed.append(IngestFailure(str(path), reason))
                    continue
                seen_ids[article_id] = path
                try:
                    article = load_article(path.resolve(), self.settings.max_file_bytes)
                    pending.append(self.store.plan_write(article))
                except ArticleError as exc:
                    report.failed.append(IngestFailure(str(path), exc.reason))
                except StoreUnavailableError:
                    raise
                except Exception as exc:  # a parser bug must not sink the batch
                    log.exception("Failed to ingest %s", path)
                    report.failed.append(IngestFailure(str(path), f"{type(exc).__name__}: {exc}"))
                if sum(len(p.embed_ids) for p in pending) >= _EMBED_CHUNK:
                    self._apply(pending, report)
                    pending = []
                if callable(progress):
                    progress(done, len(files), str(path))
            self._apply(pending, report)
            report.removed += self._prune_missing([Path(t) for t in targets if Path(t).is_dir()])
            if self._searcher is None:
                _ = self.searcher  # built from the store as it is now
            elif report.added or report.updated or report.removed:
                self._searcher.refresh()
        return report

    def _apply(self, plans: list[WritePlan], report: IngestReport) -> None:
        if not plans:
            return
        self.store.apply_writes(plans)
        for plan in plans:
            getattr(report, plan.status).append(plan.article_id)

    def _prune_missing(self, folders: Sequence[Path]) -> list[str]:
        """Remove articles whose source file lay in one of ``folders`` and no longer exists."""
        if not folders:
            return []
        roots = [f.resolve() for f in folders]
        removed = []
        for info in self.store.articles():
            source = Path(info.source)
            if any(source.is_relative_to(root) for root in roots) and not source.exists():
                self.store.delete_article(info.article_id)
                removed.append(info.article_id)
        return removed

    def remove(self, article_id: str) -> Removal:
        """Remove an article from the index.

        If its file lies in the corpus folder, the file is moved to ``<corpus>/.removed/`` so the
        next ingest of the folder does not bring the article back; nothing is deleted from disk.
        """
        with self._lock:
            info = self.store.article_info(article_id)
            if info is None:
                raise UnknownArticleError(article_id, [a.article_id for a in self.store.articles()])
            removed = self.store.delete_article(article_id)
            self.searcher.refresh()
            return Removal(article_id, removed, self._set_aside(Path(info.source)))

    def _set_aside(self, source: Path) -> str | None:
        corpus = Path(self.settings.corpus_dir).resolve()
        if not source.is_file() or not source.resolve().is_relative_to(corpus):
            return None
        target = corpus / REMOVED_FOLDER / source.name
        if target.exists():
            target = target.with_name(f"{source.stem}-{time.strftime('%Y%m%d-%H%M%S')}{source.suffix}")
        target.parent.mkdir(exist_ok=True)
        source.rename(target)
        return str(target)

    def articles(self) -> list[ArticleInfo]:
        """The indexed articles, with paragraph counts."""
        self.ensure_index()
        return self.store.articles()

    def article(self, article_id: str) -> tuple[ArticleInfo, list[StoredParagraph]]:
        """An article's metadata and its numbered paragraphs."""
        self.ensure_index()
        paragraphs = self.store.article_paragraphs(article_id)
        info = self.store.article_info(article_id)
        if not paragraphs or info is None:
            raise UnknownArticleError(article_id, [a.article_id for a in self.store.articles()])
        return info, paragraphs

    # ------------------------------------------------------------------ questions

    def ask(
        self,
        question: str,
        history: Sequence[Any] | None = None,
        *,
        top_k: int | None = None,
        article_ids: Sequence[str] | None = None,
        mode: str | None = None,
    ) -> Answer:
        """Answer ``question`` with paragraph citations.

        ``history`` is the conversation so far as ``{"role": "user"|"assistant", "content": str}``
        dicts. ``top_k``, ``article_ids`` (restrict to these articles) and ``mode``
        (``"extractive"`` or ``"llm"``) override the settings for this call.
        """
        answer = None
        for item in self.stream(question, history, top_k=top_k, article_ids=article_ids, mode=mode):
            if isinstance(item, Answer):
                answer = item
        assert answer is not None
        return answer

    def stream(
        self,
        question: str,
        history: Sequence[Any] | None = None,
        *,
        top_k: int | None = None,
        article_ids: Sequence[str] | None = None,
        mode: str | None = None,
    ) -> Iterator[str | Answer]:
        """Like ``ask``, but yields the answer text as it grows, then the final ``Answer``."""
        question = (question or "").strip()
        if not question:
            raise EmptyQuestionError()
        if len(question) > self.settings.max_question_chars:
            raise QuestionTooLongError(len(question), self.settings.max_question_chars)
        mode = mode or self.settings.answer_mode
        if mode not in ("extractive", "llm"):
            raise AssistantError(f"Unknown answer mode {mode!r}: use 'extractive' or 'llm'.")
        self.ensure_index()
        timings: dict[str, float] = {}
        turns = normalize_history(history)
        queries = search_queries(question, turns)
        trace = Trace(question=question, queries=queries, mode=mode)
        if len(queries) > 1:
            trace.notes.append("follow-up: searched with the earlier question(s) added")
        if article_ids:
            self._check_articles(article_ids)

        started = time.perf_counter()
        query_vectors = self.embeddings.encode(queries)
        searcher = self.searcher
        passages = searcher.search(queries, top_k or self.settings.top_k, article_ids, query_vectors)
        timings["retrieve"] = _ms(started)
        trace.retrieved = passages

        started = time.perf_counter()
        if not searcher.by_key:
            draft = abstention("the index holds no articles: add some with `assistant ingest PATH`")
        elif mode == "llm":
            from .llm import LLMAnswerer

            answerer = LLMAnswerer(self.settings, self.embeddings)
            draft = None
            for item in answerer.stream(question, turns, passages):
                if isinstance(item, Draft):
                    draft = item
                else:
                    yield item
            assert draft is not None
            if not draft.abstained and not draft.citations:
                # An uncited LLM answer is not trustworthy: quote the articles instead.
                notes = [*draft.notes, "fell back to the extractive answer"]
                draft = self._extract(queries, passages, query_vectors)
                draft.notes = notes + draft.notes
        else:
            draft = self._extract(queries, passages, query_vectors)
        timings["answer"] = _ms(started)
        trace.abstain_reason = draft.abstain_reason
        trace.notes += draft.notes
        trace.timings_ms = timings
        yield draft.text
        yield Answer(
            question=question,
            text=draft.text,
            citations=draft.citations,
            retrieved=passages,
            abstained=draft.abstained,
            trace=trace,
        )

    def _extract(self, queries: list[str], passages: list[Passage], query_vectors: Any) -> Draft:
        answerer = ExtractiveAnswerer(
            self.embeddings, self.settings.min_answer_score, self.settings.max_sentences
        )
        return answerer.answer(queries, passages, query_vectors, self.searcher.keyword)

    def _check_articles(self, article_ids: Sequence[str]) -> None:
        known = {p.article_id for p in self.searcher.by_key.values()}
        for article_id in article_ids:
            if article_id not in known:
                raise UnknownArticleError(article_id, sorted(known))

    # ------------------------------------------------------------------ LangChain

    def as_retriever(
        self, top_k: int | None = None, article_ids: Sequence[str] | None = None
    ) -> ParagraphRetriever:
        """A LangChain ``BaseRetriever`` over the hybrid search (one Document per paragraph)."""
        self.ensure_index()
        return ParagraphRetriever(
            searcher=self.searcher,
            top_k=top_k or self.settings.top_k,
            article_ids=list(article_ids) if article_ids else None,
        )

    def as_runnable(self) -> Any:
        """A LangChain ``Runnable`` that returns the ``Answer``.

        Its input is a question string, a list of chat messages (the last one is the question; dicts,
        LangChain messages or ``(role, text)`` tuples) or ``{"question": str, "history": [...]}``.
        """
        from langchain_core.runnables import RunnableLambda

        def _run(inputs: str | Sequence[Any] | dict[str, Any]) -> Answer:
            if isinstance(inputs, str):
                return self.ask(inputs)
            if isinstance(inputs, dict):
                if "question" not in inputs:
                    raise AssistantError('The input dict needs a "question" (and may have a "history").')
                return self.ask(inputs["question"], inputs.get("history"))
            if hasattr(inputs, "to_messages"):  # a ChatPromptValue
                inputs = inputs.to_messages()
            question, history = split_messages(inputs)
            return self.ask(question, history)

        return RunnableLambda(_run, name="article_assistant")


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def _progress(files: list[Path], progress: bool | ProgressCallback) -> Iterable[Path]:
    if progress is True and files:
        from tqdm import tqdm

        return tqdm(files, desc="Ingesting", unit="file")
    return files
