"""Check an LLM's [n] citations against the paragraphs it was given, before anyone sees them.

A marker survives only if it points to a supplied paragraph and that paragraph supports the
sentence it closes: their embeddings are close, or most of the sentence's content words occur in
the paragraph. Survivors are renumbered 1..m in order of appearance; every decision and its
scores are recorded in a ``CitationCheck`` for the trace.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..index.embeddings import SentenceEmbeddings
from ..text import CITATION_MARKER, content_stems, split_sentences, strip_markers
from ..types import Citation, CitationCheck, Passage, SupportScore
from .extractive import Draft, citation_for

MIN_SUPPORT_SIMILARITY = 0.35
MIN_SUPPORT_COVERAGE = 0.5


def check_citations(text: str, passages: Sequence[Passage], embeddings: SentenceEmbeddings) -> Draft:
    """Keep only markers that point to a supplied paragraph supporting their sentence; renumber."""
    check = CitationCheck()
    notes: list[str] = []
    sentences = sentences_with_markers(text)
    plain = [s for s, _ in sentences]
    sentence_vecs = embeddings.encode(plain) if plain else np.zeros((0, 0))
    passage_vecs = embeddings.encode([p.text for p in passages]) if passages else np.zeros((0, 0))
    passage_stems = [set(content_stems(p.text)) for p in passages]
    renumber: dict[int, int] = {}
    quotes: dict[int, list[str]] = {}
    parts: list[str] = []
    for (sentence, markers), vec in zip(sentences, sentence_vecs, strict=True):
        terms = set(content_stems(sentence))
        kept: list[int] = []
        for n in dict.fromkeys(markers):
            if not 1 <= n <= len(passages):
                check.dropped_no_source += 1
                check.scores.append(SupportScore(sentence, n, None, None, 0.0, 0.0, False, "no such source"))
                notes.append(f"dropped marker [{n}]: there is no source {n}")
                continue
            passage = passages[n - 1]
            similarity = float(vec @ passage_vecs[n - 1])
            coverage = len(terms & passage_stems[n - 1]) / len(terms) if terms else 0.0
            supported = similarity >= MIN_SUPPORT_SIMILARITY or coverage >= MIN_SUPPORT_COVERAGE
            reason = "" if supported else "paragraph does not support the sentence"
            score = SupportScore(
                sentence, n, passage.paragraph, passage.article_id, round(similarity, 4), round(coverage, 4),
                supported, reason,
            )  # fmt: skip
            check.scores.append(score)
            if not supported:
                check.dropped_unsupported += 1
                notes.append(f"dropped marker [{n}]: ¶{passage.paragraph} does not support {sentence[:60]!r}")
                continue
            check.kept += 1
            kept.append(renumber.setdefault(n, len(renumber) + 1))
            quotes.setdefault(n, []).append(_best_sentence(passage.text, vec, embeddings))
        if not markers:
            check.uncited_sentences += 1
        elif not kept:
            check.unsupported_sentences += 1
        parts.append(sentence + "".join(f" [{m}]" for m in kept))
    citations: list[Citation] = [
        citation_for(new, passages[old - 1], " ".join(dict.fromkeys(quotes[old])))
        for old, new in renumber.items()
    ]
    return Draft(" ".join(parts).strip(), citations, None, notes, reader_notices(check), check)


def reader_notices(check: CitationCheck) -> list[str]:
    """What the answer tells its reader about citations the check removed."""
    notices = []
    if check.dropped:
        what = []
        if check.dropped_unsupported:
            what.append(f"{check.dropped_unsupported} whose paragraph does not support the sentence")
        if check.dropped_no_source:
            what.append(f"{check.dropped_no_source} pointing to no retrieved paragraph")
        notices.append(f"Removed {check.dropped} citation(s) the LLM made: {' and '.join(what)}.")
    if check.unsupported_sentences:
        notices.append(
            f"{check.unsupported_sentences} sentence(s) lost their only citation: "
            "nothing retrieved supports them."
        )
    return notices


def sentences_with_markers(text: str) -> list[tuple[str, list[int]]]:
    """Split an answer into sentences, each with the markers that follow it."""
    out: list[tuple[str, list[int]]] = []
    clean = text.strip()
    for start, end in split_sentences(clean):
        chunk = clean[start:end]
        markers = [int(m) for m in CITATION_MARKER.findall(chunk)]
        sentence = strip_markers(chunk).strip()
        if sentence:
            out.append((sentence, markers))
        elif markers and out:  # markers that ended up after the sentence boundary
            out[-1][1].extend(markers)
    return out


def _best_sentence(paragraph: str, answer_vec: np.ndarray, embeddings: SentenceEmbeddings) -> str:
    spans = split_sentences(paragraph)
    sentences = [paragraph[s:e] for s, e in spans]
    if len(sentences) == 1:
        return sentences[0]
    scores = embeddings.encode_cached(sentences) @ answer_vec
    return sentences[int(np.argmax(scores))]
