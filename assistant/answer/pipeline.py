"""The question flow: clean the question, search, answer (extractive or LLM), check, trace.

``QuestionService`` is what ``Assistant.ask``/``stream`` run. It reads the index through an
``IndexAccess`` (the front satisfies it), so that it never imports the front, and it keeps the LLM
backends it has built.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Generator, Iterator, Sequence
from contextlib import closing
from typing import Any, Protocol

from ..arguments import check_article_ids, check_known_articles, check_top_k, clean_question
from ..background import in_background
from ..config import Settings
from ..errors import LLMError
from ..index.embeddings import SentenceEmbeddings
from ..index.store import RevisionPin
from ..retrieval.hybrid import HybridSearcher
from ..types import Answer, AnswerMode, LegacyMode, Passage, Trace
from .backends import LLMBackend, build_backend
from .conversation import completed_fragment, is_follow_up, normalize_history, search_queries
from .corpus_view import StoreCorpus
from .extractive import Draft, ExtractiveAnswerer, abstention, look_up_question_words, without_names
from .kinds import QuestionPlan, classify, version_cue
from .router import AnswerRouter
from .spelling import corrected

log = logging.getLogger(__name__)

# Question kinds answered from the index alone in every mode: an LLM adds nothing to a byline.
DETERMINISTIC_KINDS = frozenset({"about_article", "mention", "overview"})


class IndexAccess(Protocol):
    """What the question flow needs of the index: the model, the searcher, and a filled index."""

    @property
    def embeddings(self) -> SentenceEmbeddings: ...

    @property
    def searcher(self) -> HybridSearcher: ...

    def ensure_index(self) -> object: ...


class QuestionService:
    """Answers questions over an index; one per ``Assistant``."""

    def __init__(self, settings: Settings, index: IndexAccess) -> None:
        self.settings = settings
        self.index = index
        self._backends: dict[str, LLMBackend] = {}
        self._lock = threading.Lock()
        self._corpus: StoreCorpus | None = None

    def stream(
        self,
        question: str,
        history: Sequence[Any] | None = None,
        *,
        top_k: int | None = None,
        article_ids: Sequence[str] | None = None,
        mode: AnswerMode | LegacyMode | None = None,
    ) -> Iterator[str | Answer]:
        """See ``Assistant.stream``."""
        question = clean_question(question, self.settings.max_question_chars)
        top_k = check_top_k(top_k)
        article_ids = check_article_ids(article_ids)
        mode = self.answerer_name(mode)
        backend = self.llm_backend(mode) if mode != "extractive" else None
        self.index.ensure_index()
        timings: dict[str, float] = {}
        # Earlier questions feed the search too: they get the same length limit as this one.
        limit = self.settings.max_question_chars
        turns = [
            t | {"content": t["content"][:limit]} if t["role"] == "user" else t
            for t in normalize_history(history)
        ]
        asked = question
        # "who wrot this artcle?": read as the words meant, which the kinds and the search know
        question, typos = corrected(question, self.index.searcher.keyword.knows)
        completed = completed_fragment(question, turns)
        if completed is not None:  # "and in the first report?": the last question, asked of that report
            question = completed
        queries = search_queries(question, turns)
        plan = classify(question)
        trace = Trace(question=asked, queries=queries, mode=mode, kind=plan.kind)
        if typos:
            trace.notes.append("read " + ", ".join(f"{typed!r} as {meant!r}" for typed, meant in typos))
        if completed is not None:
            trace.notes.append(f"follow-up: the earlier question asked again as {completed!r}")
        if len(queries) > 1:
            trace.notes.append("follow-up: searched with the earlier question(s) added")
            earlier = [t["content"] for t in turns if t["role"] == "user"]
            plan = with_earlier_version(plan, earlier, trace.notes)
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
        searcher = self.index.searcher
        # One read of the store's revision for the whole question, made while the question is embedded.
        reading = in_background(searcher.store.revision)
        if backend is None or plan.kind in DETERMINISTIC_KINDS:
            in_background(look_up_question_words, queries, searcher.keyword)
        # The question without its names goes in the same model call: the answer ranks sentences by it
        # too (``focus_shift``), and finds it in the model's cache.
        rest = without_names(question)
        texts = [*queries, rest] if rest is not None and rest not in queries else queries
        query_vectors = self.index.embeddings.encode_cached(texts)[: len(queries)]
        with searcher.store.same_revision(RevisionPin(reading.result())) as pin:
            passages = searcher.search(queries, top_k or self.settings.top_k, article_ids, query_vectors)
        timings["retrieve"] = _ms(started)
        trace.retrieved = passages

        started = time.perf_counter()
        if searcher.is_empty:
            draft = abstention("the index holds no articles: add some with `assistant ingest PATH`")
        elif backend is not None and failure is None and plan.kind not in DETERMINISTIC_KINDS:
            draft = yield from self._llm_draft(
                backend, question, turns, queries, passages, query_vectors, trace, plan
            )
        else:
            with searcher.store.same_revision(pin):
                last = next((t["content"] for t in reversed(turns) if t["role"] == "assistant"), "")
                draft = self._extract(question, queries, passages, query_vectors, plan, article_ids, last)
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
            question=asked,
            text=draft.text,
            citations=draft.citations,
            retrieved=passages,
            abstained=draft.abstained,
            trace=trace,
            notices=draft.notices,
        )

    def search(
        self, query: str, *, top_k: int | None = None, article_ids: Sequence[str] | None = None
    ) -> list[Passage]:
        """See ``Assistant.search``: the retrieval step of ``stream`` alone, with the same checks."""
        query = clean_question(query, self.settings.max_question_chars)
        top_k = check_top_k(top_k)
        article_ids = check_article_ids(article_ids)
        self.index.ensure_index()
        if article_ids:
            self._check_articles(article_ids)
        return self.index.searcher.search([query], top_k or self.settings.top_k, article_ids)

    def _llm_draft(
        self,
        backend: LLMBackend,
        question: str,
        turns: list[dict[str, str]],
        queries: list[str],
        passages: list[Passage],
        query_vectors: Any,
        trace: Trace,
        plan: QuestionPlan,
    ) -> Generator[str, None, Draft]:
        """Stream the LLM's answer; replace it by the extractive one when no citation survives the check."""
        from .llm import LLMAnswerer

        answerer = LLMAnswerer(self.settings, self.index.embeddings, backend)
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
            extracted = self._extract(question, queries, passages, query_vectors, plan)
            extracted.notices.insert(0, f"The LLM failed, so this is the extractive answer: {failure}")
            return extracted
        assert draft is not None
        if draft.abstained or draft.citations:
            return draft
        # An uncited LLM answer is not trustworthy: quote the articles instead, and say so.
        trace.citation_check = draft.check
        trace.fallback = "no citation in the LLM answer survived the citation check"
        extracted = self._extract(question, queries, passages, query_vectors, plan)
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

    def answerer_name(self, mode: AnswerMode | LegacyMode | None) -> AnswerMode:
        """The answerer for this call: ``mode`` (``llm`` means the configured LLM backend) or the setting."""
        return self.settings.resolve_mode(mode)

    def llm_backend(self, name: str) -> LLMBackend:
        """The chat model for LLM backend ``name`` (``openai`` or ``llamacpp``), built once and kept."""
        with self._lock:
            if name not in self._backends:
                self._backends[name] = build_backend(self.settings, name)
            return self._backends[name]

    def _extract(
        self,
        question: str,
        queries: list[str],
        passages: list[Passage],
        query_vectors: Any,
        plan: QuestionPlan,
        article_ids: Sequence[str] | None = None,
        last_answer: str = "",
    ) -> Draft:
        """The offline answer for the question's kind (see ``router``); ``last_answer`` is the
        assistant's previous turn, which tells the article a follow-up means."""
        answerer = ExtractiveAnswerer(
            self.index.embeddings, self.settings.min_answer_score, self.settings.max_sentences
        )
        searcher = self.index.searcher
        corpus = self._corpus
        if corpus is None or corpus.searcher is not searcher:
            corpus = self._corpus = StoreCorpus(searcher.store, searcher)
        top_k = len(passages) or self.settings.top_k
        router = AnswerRouter(corpus, self.index.embeddings, searcher.keyword, answerer, top_k, last_answer)
        routed = router.answer(plan, question, queries, passages, query_vectors, article_ids)
        routed.draft.notes.insert(0, f"question kind: {plan.kind}")
        return routed.draft

    def _check_articles(self, article_ids: Sequence[str]) -> None:
        check_known_articles(article_ids, self.index.searcher.article_ids())


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


_VERSION_TURNS = 3  # earlier questions looked at for the version a follow-up keeps


def with_earlier_version(plan: QuestionPlan, earlier: Sequence[str], notes: list[str]) -> QuestionPlan:
    """A follow-up that names no version of a story keeps the one the conversation last asked about.

    After "Who wrote the first report on the fire?", "and when did it come out?" is about the first
    report too; a follow-up with a cue of its own ("and the latest figure?") keeps that one. Of the
    earlier questions (oldest first), the latest that names a version counts: "…in the first
    report?", "what about in the update?", then "who wrote it?" asks about the update. The look
    back stops at a question that stands on its own: it starts another thread.
    """
    if plan.version is not None or plan.weekday is not None:
        return plan
    version, weekday = None, None
    for question in reversed(earlier[-_VERSION_TURNS:]):
        version, weekday = version_cue(question)
        if version is not None or weekday is not None or not is_follow_up(question):
            break  # a question that stands on its own starts the story the follow-up is about
    if version is None and weekday is None:
        return plan
    notes.append(f"follow-up: the version asked for earlier ({version or weekday}) is kept")
    return dataclasses.replace(plan, version=version, weekday=weekday)
