"""Answer from retrieved paragraphs: the offline extractive answerer and the citation helpers.

The extractive answerer quotes the sentence(s) that best answer the question, each followed by a
marker [n] pointing to its paragraph. It abstains when no sentence is both semantically close to the
question and covers its key terms, which is what keeps it from "answering" questions the articles
never address.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ..index.embeddings import SentenceEmbeddings
from ..retrieval.hybrid import KeywordIndex
from ..text import asks_for_quantity, content_stems, states_quantity
from ..types import Citation, CitationCheck, Passage

ABSTAIN_TEXT = "I could not find an answer to that in the indexed articles."
QUANTITY_PENALTY = 0.6
# Sentence openings that lean on the sentence before them.
_POINTS_BACK = frozenset(
    {
        "it",
        "its",
        "they",
        "their",
        "them",
        "these",
        "those",
        "this",
        "that",
        "he",
        "his",
        "she",
        "her",
        "such",
        "both",
    }
)


@dataclass(slots=True)
class SentenceCandidate:
    passage: int  # index into the passages list
    start: int
    end: int
    text: str
    similarity: float = 0.0
    coverage: float = 0.0
    score: float = 0.0


@dataclass(slots=True)
class Draft:
    """An answer before it becomes an ``Answer``: text with markers, and what each marker cites."""

    text: str
    citations: list[Citation]
    abstain_reason: str | None = None
    notes: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # for the reader, see ``Answer.notices``
    check: CitationCheck | None = None  # set for LLM answers

    @property
    def abstained(self) -> bool:
        return self.abstain_reason is not None


def abstention(reason: str, notes: list[str] | None = None) -> Draft:
    return Draft(ABSTAIN_TEXT, [], reason, notes or [])


class ExtractiveAnswerer:
    """Query-focused sentence extraction over the retrieved paragraphs (no LLM)."""

    def __init__(
        self,
        embeddings: SentenceEmbeddings,
        min_score: float = 0.45,
        max_sentences: int = 2,
        similarity_weight: float = 0.5,
    ) -> None:
        self.embeddings = embeddings
        self.min_score = min_score
        self.max_sentences = max_sentences
        self.similarity_weight = similarity_weight

    def answer(
        self,
        queries: Sequence[str],
        passages: Sequence[Passage],
        query_vectors: np.ndarray,
        keywords: KeywordIndex,
    ) -> Draft:
        if not passages:
            return abstention("no paragraph matched the question")
        candidates = score_sentences(
            queries, passages, query_vectors, keywords, self.embeddings, self.similarity_weight
        )
        best = max(candidates, key=lambda c: c.score)
        terms = content_stems(queries[-1])
        unknown = sorted({t for t in terms if not keywords.knows(t)})
        if best.score < self.min_score:
            detail = f"; terms found in no article: {', '.join(unknown)}" if unknown else ""
            return abstention(
                f"the best sentence scored {best.score:.2f} (similarity {best.similarity:.2f}, "
                f"key-term coverage {best.coverage:.2f}), below the answer threshold "
                f"{self.min_score:.2f}{detail}"
            )
        chosen = [best]
        for cand in sorted(candidates, key=lambda c: -c.score):
            if len(chosen) >= self.max_sentences:
                break
            if cand is best or cand.score < max(self.min_score, best.score * 0.92):
                continue
            chosen.append(cand)
        return compose(with_antecedents(chosen, candidates), passages)


def score_sentences(
    queries: Sequence[str],
    passages: Sequence[Passage],
    query_vectors: np.ndarray,
    keywords: KeywordIndex,
    embeddings: SentenceEmbeddings,
    similarity_weight: float = 0.5,
) -> list[SentenceCandidate]:
    """Score every sentence of the passages against the question.

    score = w · cosine similarity (best over the queries) + (1 − w) · key-term coverage, where coverage
    is the IDF-weighted share of the question's content words found in the sentence (70%) and its
    paragraph (30%). Words that occur in no article carry the highest IDF, so a question about
    something the corpus never mentions cannot reach full coverage.
    """
    query_vectors = np.asarray(query_vectors)
    sentences = embeddings.sentence_vectors([p.text for p in passages])
    candidates = [
        SentenceCandidate(i, s, e, p.text[s:e])
        for i, (p, found) in enumerate(zip(passages, sentences, strict=True))
        for s, e in found.spans
    ]
    vectors = np.concatenate([found.vectors for found in sentences])
    similarity = (vectors @ query_vectors.T).max(axis=1)
    weights = term_weights(queries, keywords)
    total = sum(weights.values()) or 1.0
    paragraph_terms = [set(content_stems(f"{p.title} {p.text}")) for p in passages]
    needs_number = asks_for_quantity(queries[0])
    for cand, sim in zip(candidates, similarity, strict=True):
        sentence_terms = set(content_stems(cand.text))
        in_sentence = sum(w for t, w in weights.items() if t in sentence_terms) / total
        in_paragraph = sum(w for t, w in weights.items() if t in paragraph_terms[cand.passage]) / total
        cand.similarity = float(sim)
        cand.coverage = 0.7 * in_sentence + 0.3 * in_paragraph
        cand.score = similarity_weight * cand.similarity + (1 - similarity_weight) * cand.coverage
        if needs_number and not states_quantity(cand.text):
            cand.score *= QUANTITY_PENALTY  # "how many…?" is not answered by a sentence without a number
    return candidates


def term_weights(queries: Sequence[str], keywords: KeywordIndex) -> dict[str, float]:
    """IDF weight of each query term; terms only the conversation context adds count half."""
    literal = set(content_stems(queries[0]))
    context = set(content_stems(" ".join(queries[1:]))) - literal
    weights = {t: keywords.idf(t) for t in literal}
    weights.update({t: 0.5 * keywords.idf(t) for t in context})
    return weights


def with_antecedents(
    chosen: Sequence[SentenceCandidate], candidates: Sequence[SentenceCandidate]
) -> list[SentenceCandidate]:
    """Add the preceding sentence of the same paragraph when a quote opens by pointing back.

    "Their diplomatic role has often been viewed as essential…" means little without the sentence
    before it saying whose role; quoting both keeps the answer readable and the citation the same.
    """
    result = list(chosen)
    for cand in chosen:
        first_word = cand.text.split(maxsplit=1)[0].lower().strip("“\"'") if cand.text else ""
        if first_word not in _POINTS_BACK:
            continue
        before = [c for c in candidates if c.passage == cand.passage and c.end <= cand.start]
        if before and before[-1] not in result:
            result.append(before[-1])
    return result


def compose(chosen: Sequence[SentenceCandidate], passages: Sequence[Passage]) -> Draft:
    """Answer text in reading order of the chosen sentences; a marker closes each paragraph's quote."""
    ordered = sorted(chosen, key=lambda c: (c.passage, c.start))
    markers: dict[int, int] = {}
    quotes: dict[int, list[str]] = {}
    parts = []
    for i, cand in enumerate(ordered):
        marker = markers.setdefault(cand.passage, len(markers) + 1)
        quotes.setdefault(cand.passage, []).append(cand.text)
        last_of_paragraph = i + 1 == len(ordered) or ordered[i + 1].passage != cand.passage
        parts.append(f"{cand.text} [{marker}]" if last_of_paragraph else cand.text)
    citations = [
        citation_for(marker, passages[idx], " ".join(quotes[idx])) for idx, marker in markers.items()
    ]
    return Draft(" ".join(parts), citations)


def citation_for(marker: int, passage: Passage, quote: str) -> Citation:
    return Citation(
        marker=marker,
        article_id=passage.article_id,
        title=passage.title,
        paragraph=passage.paragraph,
        text=passage.text,
        quote=quote,
        byline=passage.byline,
    )
