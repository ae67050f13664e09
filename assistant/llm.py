"""LLM answers through any OpenAI-compatible server, with every citation checked before it is shown.

The chain is plain LangChain: prompt | ChatOpenAI | string parser. The model sees the retrieved
paragraphs as numbered sources and must cite them as [n]. Afterwards ``check_citations`` drops
markers that point nowhere or to a paragraph that does not support the sentence, and renumbers the
rest 1..m in order of appearance. An answer left with no valid citation is not shown as cited.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from .answer import Draft, abstention, citation_for
from .config import Settings
from .embeddings import SentenceEmbeddings
from .errors import AssistantError, LLMError
from .text import content_stems, split_sentences
from .types import Citation, Passage

NOT_FOUND = "NOT_FOUND"
SYSTEM_PROMPT = (
    "You answer questions about news articles using only the numbered sources given to you. "
    "Write a short answer. End every sentence with the marker of the source that supports it, like [1] "
    "or [2][3]; use only the numbers of the sources given. Do not use outside knowledge. If the sources "
    f"do not contain the answer, reply with exactly {NOT_FOUND}."
)
_MARKERS = re.compile(r"(?:\s*\[\d+\])+")
_ONE_MARKER = re.compile(r"\[(\d+)\]")
MIN_SUPPORT_SIMILARITY = 0.35
MIN_SUPPORT_COVERAGE = 0.5


def build_chain(settings: Settings) -> Any:
    """The LangChain runnable: ``{"sources", "history", "question"}`` → answer text."""
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
    from langchain_openai import ChatOpenAI

    if not settings.llm_base_url:
        raise AssistantError(
            "Answer mode 'llm' needs an OpenAI-compatible server: set ASSISTANT_LLM_BASE_URL "
            "(e.g. http://127.0.0.1:11434/v1 for Ollama) and ASSISTANT_LLM_MODEL."
        )
    prompt = ChatPromptTemplate.from_messages(
        [
            ("system", SYSTEM_PROMPT),
            MessagesPlaceholder("history"),
            ("human", "Sources:\n{sources}\n\nQuestion: {question}"),
        ]
    )
    llm = ChatOpenAI(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        api_key=settings.llm_api_key,
        temperature=settings.llm_temperature,
        timeout=settings.llm_timeout,
        max_completion_tokens=settings.llm_max_tokens,
        max_retries=1,
    )
    return prompt | llm | StrOutputParser()


def format_sources(passages: Sequence[Passage]) -> str:
    return "\n\n".join(f"[{i}] {p.title} (¶{p.paragraph}): {p.text}" for i, p in enumerate(passages, 1))


class LLMAnswerer:
    """Streams an LLM answer, then checks and renumbers its citations."""

    def __init__(self, settings: Settings, embeddings: SentenceEmbeddings) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self.chain = build_chain(settings)

    def stream(
        self, question: str, history: Sequence[dict[str, str]], passages: Sequence[Passage]
    ) -> Iterator[str | Draft]:
        if not passages:
            yield abstention("no paragraph matched the question")
            return
        inputs = {
            "sources": format_sources(passages),
            "history": [(t["role"] if t["role"] == "user" else "ai", t["content"]) for t in history],
            "question": question,
        }
        text = ""
        try:
            for chunk in self.chain.stream(inputs):
                text += chunk
                if not NOT_FOUND.startswith(text.strip()[: len(NOT_FOUND)]):
                    yield text
        except Exception as exc:
            raise _llm_error(exc, self.settings) from exc
        if NOT_FOUND in text or not text.strip():
            yield abstention("the LLM found no answer in the retrieved paragraphs")
            return
        yield check_citations(text, passages, self.embeddings)


def check_citations(text: str, passages: Sequence[Passage], embeddings: SentenceEmbeddings) -> Draft:
    """Keep only markers that point to a retrieved paragraph supporting their sentence; renumber."""
    notes: list[str] = []
    sentences = _sentences_with_markers(text)
    plain = [s for s, _ in sentences]
    sentence_vecs = embeddings.encode(plain) if plain else np.zeros((0, 0))
    passage_vecs = embeddings.encode([p.text for p in passages])
    renumber: dict[int, int] = {}
    quotes: dict[int, list[str]] = {}
    parts: list[str] = []
    for (sentence, markers), vec in zip(sentences, sentence_vecs, strict=True):
        kept: list[int] = []
        for n in markers:
            if not 1 <= n <= len(passages):
                notes.append(f"dropped marker [{n}]: there is no source {n}")
                continue
            passage = passages[n - 1]
            if not _supports(sentence, vec, passage, passage_vecs[n - 1]):
                notes.append(f"dropped marker [{n}]: ¶{passage.paragraph} does not support {sentence[:60]!r}")
                continue
            kept.append(renumber.setdefault(n, len(renumber) + 1))
            quotes.setdefault(n, []).append(_best_sentence(passage.text, vec, embeddings))
        suffix = "".join(f" [{m}]" for m in dict.fromkeys(kept))
        parts.append(sentence + suffix)
    citations: list[Citation] = [
        citation_for(new, passages[old - 1], " ".join(dict.fromkeys(quotes[old])))
        for old, new in renumber.items()
    ]
    answer = " ".join(parts).strip()
    if not citations:
        notes.append(f"the LLM answer cited no paragraph that supports it: {_short(text, 300)!r}")
    return Draft(answer, citations, None, notes)


def _sentences_with_markers(text: str) -> list[tuple[str, list[int]]]:
    """Split the answer into sentences, each with the markers that follow it."""
    out: list[tuple[str, list[int]]] = []
    clean = text.strip()
    for start, end in split_sentences(clean):
        chunk = clean[start:end]
        markers = [int(m) for m in _ONE_MARKER.findall(chunk)]
        sentence = _MARKERS.sub("", chunk).strip()
        if sentence:
            out.append((sentence, markers))
        elif markers and out:  # markers that ended up after the sentence boundary
            out[-1][1].extend(markers)
    return out


def _supports(sentence: str, sentence_vec: np.ndarray, passage: Passage, passage_vec: np.ndarray) -> bool:
    if float(sentence_vec @ passage_vec) >= MIN_SUPPORT_SIMILARITY:
        return True
    terms = set(content_stems(sentence))
    if not terms:
        return False
    return len(terms & set(content_stems(passage.text))) / len(terms) >= MIN_SUPPORT_COVERAGE


def _best_sentence(paragraph: str, answer_vec: np.ndarray, embeddings: SentenceEmbeddings) -> str:
    spans = split_sentences(paragraph)
    sentences = [paragraph[s:e] for s, e in spans]
    if len(sentences) == 1:
        return sentences[0]
    scores = embeddings.encode_cached(sentences) @ answer_vec
    return sentences[int(np.argmax(scores))]


def _llm_error(exc: Exception, settings: Settings) -> LLMError:
    name = type(exc).__name__
    if "Connection" in name or "Timeout" in name:
        return LLMError(
            f"Cannot reach the LLM server at {settings.llm_base_url} ({name}). Start it, fix "
            "ASSISTANT_LLM_BASE_URL, or use answer mode 'extractive', which needs no LLM."
        )
    if "NotFound" in name:
        return LLMError(
            f"The LLM server at {settings.llm_base_url} does not know the model {settings.llm_model!r} "
            "(set ASSISTANT_LLM_MODEL to a model it serves)."
        )
    return LLMError(f"The LLM server at {settings.llm_base_url} failed: {name}: {exc}")


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
