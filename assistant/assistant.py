"""The ``Assistant``: the one front the interfaces call.

It owns the lifecycle (settings, the embedding model, the store and the searcher, opened lazily and
reopened when the collection vanishes, the first build from the corpus folder, one lock) and hands
the work to two services: ingesting to ``ingest.pipeline.IngestService``, questions to
``answer.pipeline.QuestionService``. It also hands out LangChain building blocks.
"""

from __future__ import annotations

import logging
import threading
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .answer.backends import LLMBackend
from .answer.conversation import split_messages
from .answer.pipeline import QuestionService
from .arguments import check_article_ids, check_known_articles, check_top_k
from .config import Settings, load_settings
from .errors import AssistantError, UnknownArticleError
from .index.embeddings import SentenceEmbeddings
from .index.store import ParagraphStore
from .ingest.maintenance import move_index_aside
from .ingest.pipeline import IngestService, ProgressCallback
from .retrieval.hybrid import HybridSearcher
from .types import Answer, AnswerMode, ArticleInfo, IngestReport, LegacyMode, Paragraph, Passage, Removal

if TYPE_CHECKING:
    from .retrieval.retriever import ParagraphRetriever

log = logging.getLogger(__name__)


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
        self._ingester = IngestService(self.settings, self)
        self._questions = QuestionService(self.settings, self)

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
                    store,
                    self.settings.rrf_k,
                    self.settings.candidates,
                    self.settings.retrieval_mode,
                    fusion=self.settings.fusion,
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
        ray_address: str | None = None,
    ) -> IngestReport:
        """Add or update articles from files and folders (default: the corpus folder).

        Unchanged articles are skipped, changed ones replaced. For a folder, articles that were
        ingested from it but whose files are gone are removed. A file that cannot be used is
        reported in ``failed`` with the reason, and a file whose text is already indexed under
        another name in ``duplicates``; the rest of the batch is still ingested.

        ``ray_address`` (``host:port`` of a Ray head node, ``auto``, or ``""`` for
        ``settings.ray_address``) parses and embeds on that Ray cluster instead of in this process,
        into the Chroma server the settings name (docs/ray.md); the index is the same.
        """
        if isinstance(paths, (str, Path)):
            paths = [paths]
        targets = list(paths) if paths is not None else [self.settings.corpus_dir]
        with self._lock:
            self._bootstrapped = True
            report = self._ingester.ingest(targets, progress, ray_address)
            # Built from its snapshot and the store as it is now if there was none; later writes
            # reach it article by article. Saved for the next process (a no-op if nothing changed).
            self.searcher.save_snapshot()
        return report

    def remove(self, article_id: str) -> Removal:
        """Remove an article from the index.

        If its file lies in the corpus folder, the file is moved to ``<corpus>/.removed/`` so the
        next ingest of the folder does not bring the article back; nothing is deleted from disk.
        """
        with self._lock:
            removal = self._ingester.remove(article_id)
            self.searcher.save_snapshot()  # as after an ingest
            return removal

    def articles(self) -> list[ArticleInfo]:
        """The indexed articles, with paragraph counts."""
        self.ensure_index()
        return self.store.articles()

    def article(self, article_id: str) -> tuple[ArticleInfo, list[Paragraph]]:
        """An article's metadata and its numbered paragraphs (``Paragraph.paragraph`` is the number)."""
        self.ensure_index()
        paragraphs = self.store.article_paragraphs(article_id)
        info = self.store.article_info(article_id)
        if not paragraphs or info is None:
            raise UnknownArticleError(article_id, [a.article_id for a in self.store.articles()])
        return info, [p.to_paragraph() for p in paragraphs]

    # ------------------------------------------------------------------ questions

    def ask(
        self,
        question: str,
        history: Sequence[Any] | None = None,
        *,
        top_k: int | None = None,
        article_ids: Sequence[str] | None = None,
        mode: AnswerMode | LegacyMode | None = None,
    ) -> Answer:
        """Answer ``question`` with paragraph citations.

        ``history`` is the conversation so far as ``{"role": "user"|"assistant", "content": str}``
        dicts. ``top_k``, ``article_ids`` (restrict to these articles) and ``mode`` (``"extractive"``,
        ``"openai"`` or ``"llamacpp"``; deprecated: ``"llm"``, the configured LLM) override the settings.
        """
        _warn_old_mode(mode)
        answer = None
        if mode == "llm":  # warned about above, not again by stream()
            mode = self.settings.resolve_mode(mode)
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
        mode: AnswerMode | LegacyMode | None = None,
    ) -> Iterator[str | Answer]:
        """Like ``ask``, but yields the answer text as it grows, then the final ``Answer``.

        Each ``str`` is the whole text so far (not a delta). With an LLM it is the model's raw
        text; the final ``Answer`` carries the checked, renumbered text and may differ from it.
        Closing the iterator early cancels the LLM call.
        """
        _warn_old_mode(mode)
        return self._questions.stream(question, history, top_k=top_k, article_ids=article_ids, mode=mode)

    def search(
        self, query: str, *, top_k: int | None = None, article_ids: Sequence[str] | None = None
    ) -> list[Passage]:
        """The paragraphs that best match ``query``, best first, with their scores; no answer is written.

        The query is checked like a question (empty, too long), and ``top_k`` and ``article_ids``
        like ``ask``'s, with the same errors.
        """
        return self._questions.search(query, top_k=top_k, article_ids=article_ids)

    def llm_backend(self, name: str) -> LLMBackend:
        """The chat model for LLM backend ``name`` (``openai`` or ``llamacpp``), built once and kept."""
        return self._questions.llm_backend(name)

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
        check_known_articles(article_ids, self.searcher.article_ids() if article_ids else ())
        from .retrieval.retriever import ParagraphRetriever  # langchain-core: imported on demand

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


def rebuild_index(settings: Settings) -> tuple[Path | None, IngestReport]:
    """Move ``index_dir`` to ``<index_dir>.old-<timestamp>`` and rebuild from the corpus folder."""
    moved = move_index_aside(settings)
    assistant = Assistant(settings)
    return moved, assistant.ingest([settings.corpus_dir], progress=True)


def _warn_old_mode(mode: str | None) -> None:
    """Warn the caller of ``ask``/``stream`` that passes the old mode name ``"llm"``."""
    if mode == "llm":
        warnings.warn(
            'mode="llm" is deprecated: name the LLM backend, mode="openai" or mode="llamacpp" '
            "(Settings.available_modes lists those set up).",
            DeprecationWarning,
            stacklevel=3,
        )
