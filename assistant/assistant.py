"""The ``Assistant``: ingest articles, ask questions, and hand out LangChain building blocks."""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any

from .answer import Draft, ExtractiveAnswerer, abstention
from .arguments import (
    check_article_id,
    check_article_ids,
    check_history,
    check_known_articles,
    check_top_k,
    clean_question,
)
from .chat_models import LLM_BACKENDS, LLMBackend, build_backend
from .config import Settings, load_settings
from .conversation import normalize_history, search_queries, split_messages
from .corpus import article_id_for, find_article_files, load_article, source_file, stored_source
from .embeddings import SentenceEmbeddings
from .errors import (
    ArticleError,
    AssistantError,
    LLMError,
    StoreUnavailableError,
    UnknownArticleError,
)
from .ingest_guard import IngestGuard
from .retrieval import HybridSearcher, ParagraphRetriever
from .store import ParagraphStore, StoredParagraph, WritePlan
from .types import (
    Answer,
    Article,
    ArticleInfo,
    BrokenFileType,
    Duplicate,
    IngestFailure,
    IngestReport,
    Passage,
    Removal,
    Trace,
)

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
        self.settings = settings or load_settings()
        self.embeddings = SentenceEmbeddings(
            self.settings.embedding_model,
            self.settings.embedding_batch_size,
            self.settings.embedding_backend,
            self.settings.model_cache_dir,
        )
        self._store: ParagraphStore | None = None
        self._searcher: HybridSearcher | None = None
        self._lock = threading.RLock()
        self._bootstrapped = False  # the first build from the corpus folder has started (or was not needed)
        self._ready = False  # ... and has finished: questions no longer need the lock
        self._backends: dict[str, LLMBackend] = {}

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
        return cls(load_settings(**values))

    # ------------------------------------------------------------------ lifecycle

    @property
    def store(self) -> ParagraphStore:
        store = self._store
        if store is not None and not store.lost:
            return store  # no lock: questions must not wait for an ingest that holds it
        with self._lock:
            if self._store is not None and self._store.lost:
                # The collection vanished (e.g. a Chroma server restarted without its data): start
                # over with a new one, filled from the corpus folder on first use like a new index.
                self._store, self._searcher = None, None
                self._bootstrapped = self._ready = False
            if self._store is None:
                self._store = ParagraphStore(self.settings, self.embeddings)
            return self._store

    @property
    def searcher(self) -> HybridSearcher:
        searcher = self._searcher
        if searcher is not None and searcher.store is self._store and not searcher.store.lost:
            return searcher  # as for ``store``: readers go on while an ingest writes
        with self._lock:
            store = self.store
            if self._searcher is None:
                self._searcher = HybridSearcher(
                    store, self.settings.rrf_k, self.settings.candidates, self.settings.retrieval_mode
                )
            return self._searcher

    def ensure_index(self, progress: bool | ProgressCallback = False) -> IngestReport | None:
        """Fill an empty index from the corpus folder (once per process). Returns the report if it did.

        The first build is marked in the index until it completes, so a build that was killed
        part way is finished on next use instead of leaving a partial index that looks built.
        """
        store = self._store
        if self._ready and store is not None and not store.lost:
            # Without the lock, which a later ingest may hold for minutes: questions go on meanwhile
            # and see its articles whole or not at all. Only the first build makes them wait.
            return None
        with self._lock:
            store = self.store  # first: a store that lost its collection is reopened here
            if self._bootstrapped:
                self._ready = True
                return None
            corpus = Path(self.settings.corpus_dir)
            if not corpus.is_dir() or (store.count() > 0 and not store.first_build_pending()):
                self._bootstrapped = self._ready = True
                return None
            log.info("Building the index from %s", corpus)
            store.mark_first_build(pending=True)
            try:
                report = self.ingest([corpus], progress=progress)
            except BaseException:
                self._bootstrapped = False  # try again on next use
                raise
            store.mark_first_build(pending=False)
            self._ready = True
            return report

    # ------------------------------------------------------------------ articles

    def ingest(
        self,
        paths: Iterable[str | Path] | str | Path | None = None,
        progress: bool | ProgressCallback = False,
    ) -> IngestReport:
        """Add or update articles from files and folders (default: the corpus folder).

        Unchanged articles are skipped, changed ones replaced. For a folder, articles that were
        ingested from it but whose files are gone are removed. A file that cannot be used is
        reported in ``failed`` with the reason, and a file whose text is already indexed under
        another name in ``duplicates``; the rest of the batch is still ingested.
        """
        if isinstance(paths, (str, Path)):
            paths = [paths]
        targets = list(paths) if paths is not None else [self.settings.corpus_dir]
        report = IngestReport()
        with self._lock:
            self._bootstrapped = True
            files, problems = find_article_files(targets)
            report.failed += [IngestFailure(p, r) for p, r in problems]
            pending: list[WritePlan] = []
            seen_ids: dict[str, Path] = {}
            tried: Counter[str] = Counter()  # files tried, by suffix
            crashed: dict[str, list[str]] = {}  # suffix -> unexpected errors (not the file's fault)
            corpus = Path(self.settings.corpus_dir)
            guard = IngestGuard(self.store.article_catalog, corpus)
            # What is stored of these articles, read once for the batch rather than per article.
            heads = self.store.article_heads([article_id_for(f) for f in files])
            for done, path in enumerate(_progress(files, progress), 1):
                article_id = article_id_for(path)
                if article_id in seen_ids:
                    reason = f"has the same article id {article_id!r} as {seen_ids[article_id]}; rename one"
                    report.failed.append(IngestFailure(str(path), reason))
                    continue
                seen_ids[article_id] = path
                tried[path.suffix.lower()] += 1
                try:
                    article = load_article(path.resolve(), self.settings.max_file_bytes)
                    article = replace(article, source=stored_source(path, corpus))
                    plan = self.store.plan_write(article, heads)
                    if plan.status == "unchanged" or self._admit(article, path, guard, report):
                        pending.append(plan)
                except ArticleError as exc:
                    report.failed.append(IngestFailure(str(path), exc.reason))
                except StoreUnavailableError:
                    raise
                except Exception as exc:  # a parser bug or a missing package must not sink the batch
                    reason = f"{type(exc).__name__}: {exc}"
                    errors = crashed.setdefault(path.suffix.lower(), [])
                    if reason not in errors:  # one traceback per cause, not one per file
                        log.exception("Failed to ingest %s", path)
                    errors.append(reason)
                    report.failed.append(IngestFailure(str(path), reason))
                if sum(len(p.embed_ids) for p in pending) >= _EMBED_CHUNK:
                    self._apply(pending, report)
                    pending = []
                if callable(progress):
                    progress(done, len(files), str(path))
            self._apply(pending, report)
            report.broken_types += [
                BrokenFileType(suffix, tried[suffix], " ".join(errors[0].split()))
                for suffix, errors in crashed.items()
                if len(errors) == tried[suffix]
            ]
            report.removed += self._prune_missing([Path(t) for t in targets if Path(t).is_dir()])
            if self._searcher is None:
                _ = self.searcher  # built from the store as it is now; later writes reach it key by key
        return report

    def _admit(self, article: Article, path: Path, guard: IngestGuard, report: IngestReport) -> bool:
        """False (and the report says why) for an article that would clobber or double another."""
        owner = guard.id_taken_by(article)
        if owner is not None:
            reason = (
                f"its article id {article.article_id!r} is already used by {owner}, which has "
                f"different text; rename this file, or remove that article first "
                f"(`assistant remove {article.article_id}`)"
            )
            report.failed.append(IngestFailure(str(path), reason))
            return False
        original = guard.duplicate_of(article)
        if original is not None:
            report.duplicates.append(Duplicate(str(path), article.article_id, original))
            return False
        guard.accept(article)
        return True

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
        corpus = Path(self.settings.corpus_dir)
        removed = []
        for info in self.store.articles(complete_only=False):
            source = source_file(info.source, corpus).resolve()
            if any(source.is_relative_to(root) for root in roots) and not source.exists():
                self.store.delete_article(info.article_id)
                removed.append(info.article_id)
        return removed

    def remove(self, article_id: str) -> Removal:
        """Remove an article from the index.

        If its file lies in the corpus folder, the file is moved to ``<corpus>/.removed/`` so the
        next ingest of the folder does not bring the article back; nothing is deleted from disk.
        """
        article_id = check_article_id(article_id)
        with self._lock:
            info = self.store.article_info(article_id, complete_only=False)
            if info is None:
                raise UnknownArticleError(article_id, [a.article_id for a in self.store.articles()])
            removed = self.store.delete_article(article_id)
            corpus = Path(self.settings.corpus_dir)
            return Removal(article_id, removed, self._set_aside(source_file(info.source, corpus)))

    def _set_aside(self, source: Path) -> str | None:
        """Move a corpus file to ``.removed/``; returns where it went, relative to the corpus folder."""
        corpus = Path(self.settings.corpus_dir).resolve()
        if not source.is_file() or not source.resolve().is_relative_to(corpus):
            return None
        target = set_aside_path(corpus, source.name)
        source.rename(target)
        return target.relative_to(corpus).as_posix()

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
        dicts. ``top_k``, ``article_ids`` (restrict to these articles) and ``mode`` (``"extractive"``,
        ``"openai"``, ``"llamacpp"``, or ``"llm"`` for the configured LLM) override the settings.
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
        """Like ``ask``, but yields the answer text as it grows, then the final ``Answer``.

        Each ``str`` is the whole text so far (not a delta). With an LLM it is the model's raw
        text; the final ``Answer`` carries the checked, renumbered text and may differ from it.
        Closing the iterator early cancels the LLM call.
        """
        question = clean_question(question, self.settings.max_question_chars)
        top_k = check_top_k(top_k)
        article_ids = check_article_ids(article_ids)
        check_history(history)
        mode = self._answerer_name(mode)
        backend = self.llm_backend(mode) if mode != "extractive" else None
        self.ensure_index()
        timings: dict[str, float] = {}
        # Earlier questions feed the search too: they get the same length limit as this one.
        limit = self.settings.max_question_chars
        turns = [
            t | {"content": t["content"][:limit]} if t["role"] == "user" else t
            for t in normalize_history(history)
        ]
        queries = search_queries(question, turns)
        trace = Trace(question=question, queries=queries, mode=mode)
        if len(queries) > 1:
            trace.notes.append("follow-up: searched with the earlier question(s) added")
        if article_ids:
            self._check_articles(article_ids)
        failure: LLMError | None = None

        if backend is not None and turns:
            from .llm import rewrite_question

            started = time.perf_counter()
            try:
                rewritten = rewrite_question(backend, question, turns, self.settings)
            except LLMError as exc:
                failure, rewritten = self._fallback_or_raise(exc), None
            timings["rewrite"] = _ms(started)
            if rewritten:
                trace.rewritten_question = rewritten
                trace.notes.append(f"follow-up rewritten by the LLM: {rewritten!r}")
                queries = list(dict.fromkeys([question, rewritten, *queries[1:]]))
                trace.queries = queries

        started = time.perf_counter()
        query_vectors = self.embeddings.encode(queries)
        searcher = self.searcher
        passages = searcher.search(queries, top_k or self.settings.top_k, article_ids, query_vectors)
        timings["retrieve"] = _ms(started)
        trace.retrieved = passages

        started = time.perf_counter()
        if searcher.is_empty:
            draft = abstention("the index holds no articles: add some with `assistant ingest PATH`")
        elif backend is not None and failure is None:
            draft = yield from self._llm_draft(
                backend, question, turns, queries, passages, query_vectors, trace
            )
        else:
            draft = self._extract(queries, passages, query_vectors)
        if failure is not None:  # the rewrite failed: the answer above is extractive
            trace.fallback = str(failure)
            draft.notices.insert(0, f"The LLM failed, so this is the extractive answer: {failure}")
        timings["answer"] = _ms(started)
        trace.abstain_reason = draft.abstain_reason
        trace.notes += draft.notes
        trace.citation_check = trace.citation_check or draft.check
        trace.timings_ms = timings
        yield draft.text
        yield Answer(
            question=question,
            text=draft.text,
            citations=draft.citations,
            retrieved=passages,
            abstained=draft.abstained,
            trace=trace,
            notices=draft.notices,
        )

    def _llm_draft(
        self,
        backend: LLMBackend,
        question: str,
        turns: list[dict[str, str]],
        queries: list[str],
        passages: list[Passage],
        query_vectors: Any,
        trace: Trace,
    ) -> Generator[str, None, Draft]:
        """Stream the LLM's answer; replace it by the extractive one when no citation survives the check."""
        from .llm import LLMAnswerer

        answerer = LLMAnswerer(self.settings, self.embeddings, backend)
        draft: Draft | None = None
        try:
            with closing(answerer.stream(question, turns, passages)) as items:
                for item in items:
                    if isinstance(item, Draft):
                        draft = item
                    else:
                        trace.llm_text = item
                        yield item
        except LLMError as exc:
            failure = self._fallback_or_raise(exc)
            trace.fallback = str(failure)
            extracted = self._extract(queries, passages, query_vectors)
            extracted.notices.insert(0, f"The LLM failed, so this is the extractive answer: {failure}")
            return extracted
        assert draft is not None
        if draft.abstained or draft.citations:
            return draft
        # An uncited LLM answer is not trustworthy: quote the articles instead, and say so.
        trace.citation_check = draft.check
        trace.fallback = "no citation in the LLM answer survived the citation check"
        extracted = self._extract(queries, passages, query_vectors)
        extracted.notes = [*draft.notes, "fell back to the extractive answer", *extracted.notes]
        extracted.notices = [
            "The LLM's answer cited no paragraph that supports it, so this is the extractive answer "
            "instead (the LLM's text is in the trace).",
            *extracted.notices,
        ]
        return extracted

    def _fallback_or_raise(self, exc: LLMError) -> LLMError:
        """Return the error when settings allow an extractive fallback; raise it otherwise."""
        if not self.settings.llm_fallback:
            raise exc
        log.warning("LLM failed, answering extractively: %s", exc)
        return exc

    def _answerer_name(self, mode: str | None) -> str:
        """The answerer for this call: ``mode`` (``llm`` means the configured LLM backend) or the setting."""
        mode = mode or self.settings.llm
        if mode == "llm":  # the older name, kept for callers of ``ask(mode="llm")``
            mode = self.settings.llm if self.settings.llm != "extractive" else "openai"
        if mode not in ("extractive", *LLM_BACKENDS):
            raise AssistantError(
                f"Unknown answer mode {mode!r}: use 'extractive', {', '.join(map(repr, LLM_BACKENDS))}."
            )
        return mode

    def llm_backend(self, name: str) -> LLMBackend:
        """The chat model for LLM backend ``name`` (``openai`` or ``llamacpp``), built once and kept."""
        with self._lock:
            if name not in self._backends:
                self._backends[name] = build_backend(self.settings, name)
            return self._backends[name]

    def _extract(self, queries: list[str], passages: list[Passage], query_vectors: Any) -> Draft:
        answerer = ExtractiveAnswerer(
            self.embeddings, self.settings.min_answer_score, self.settings.max_sentences
        )
        return answerer.answer(queries, passages, query_vectors, self.searcher.keyword)

    def _check_articles(self, article_ids: Sequence[str]) -> None:
        check_known_articles(article_ids, self.searcher.article_ids())

    # ------------------------------------------------------------------ LangChain

    def as_retriever(
        self, top_k: int | None = None, article_ids: Sequence[str] | None = None
    ) -> ParagraphRetriever:
        """A LangChain ``BaseRetriever`` over the hybrid search (one Document per paragraph).

        Its arguments and queries are checked as ``ask()`` checks them, with the same errors.
        """
        top_k = check_top_k(top_k)
        article_ids = check_article_ids(article_ids)
        self.ensure_index()
        if article_ids:
            self._check_articles(article_ids)
        return ParagraphRetriever(
            searcher=self.searcher,
            top_k=top_k or self.settings.top_k,
            article_ids=article_ids,
            max_query_chars=self.settings.max_question_chars,
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


def set_aside_path(corpus: Path, name: str) -> Path:
    """A free place in ``<corpus>/.removed/`` for a file called ``name`` that leaves the corpus:
    the file of a removed article, or the previous file of a replaced one. Nothing there is overwritten.
    """
    folder = corpus / REMOVED_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    stamp = time.strftime("%Y%m%d-%H%M%S")
    number = 1
    while target.exists():
        target = folder / f"{stem}-{stamp}{f'-{number}' if number > 1 else ''}{suffix}"
        number += 1
    return target


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def _progress(files: list[Path], progress: bool | ProgressCallback) -> Iterable[Path]:
    if progress is True and files:
        from tqdm import tqdm

        return tqdm(files, desc="Ingesting", unit="file")
    return files
