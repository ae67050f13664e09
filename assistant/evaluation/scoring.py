"""Score one answer against its question's references: pure functions, no model, no LLM judge.

A reference context counts as *found* in a paragraph when one contains the other after
normalising (Unicode NFKC, case folded, quotes, punctuation and runs of white space collapsed to
one space): a reference is usually a fragment of a paragraph, and a reference longer than a
paragraph (a whole BEIR document) is found by each paragraph that lies inside it.

A *key fact* (a short verbatim snippet of the article) is found in a text the same way, whole words
only, with citation markers dropped and digit groups joined, so "6,000" and "6000" match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..text import CITATION_MARKER, content_stems
from .questions import EvalQuestion

_NON_WORD = re.compile(r"[\W_]+")
_ARTICLES = frozenset({"a", "an", "the"})
# A thousands separator: a comma, apostrophe or thin / no-break space between a digit and a group
# of exactly three digits ("6,000", "1 000 000", "6'000"). Plain spaces are left alone: "2020 100
# people" is two numbers.
_DIGIT_GROUP = re.compile(r"(?<=\d)[,'\u2019\u00a0\u2009\u202f](?=\d{3}(?!\d))")
# Depths at which context recall is reported; the run retrieves max(RECALL_AT) paragraphs.
RECALL_AT = (1, 3, 5, 10)


@lru_cache(maxsize=16384)
def normalize(text: str) -> str:
    """Case-folded words separated by single spaces: quotes, punctuation and spacing do not count."""
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def contains_reference(paragraph: str, reference: str) -> bool:
    """True when the paragraph contains the reference, or lies wholly inside a longer reference."""
    para, ref = normalize(paragraph), normalize(reference)
    if not para or not ref:
        return False
    return f" {ref} " in f" {para} " or f" {para} " in f" {ref} "


def _fact_text(text: str) -> str:
    return normalize(_DIGIT_GROUP.sub("", CITATION_MARKER.sub(" ", text)))


def contains_key_fact(text: str, fact: str) -> bool:
    """True when ``text`` (an answer or a paragraph) holds the key fact, as whole words."""
    needle = _fact_text(fact)
    return bool(needle) and f" {needle} " in f" {_fact_text(text)} "


def key_terms(reference: str) -> frozenset[str]:
    """Stems of the reference answer's content words (stopwords dropped)."""
    return frozenset(content_stems(CITATION_MARKER.sub(" ", reference)))


def supports(paragraph: str, question: EvalQuestion) -> bool:
    """A cited paragraph supports the answer when it holds a reference context, a key fact, or every
    key word of the reference answer. An article's header (paragraph 0: title, byline, date, outlet)
    is judged by its text like any paragraph."""
    if any(contains_reference(paragraph, ref) for ref in question.reference_contexts):
        return True
    if any(contains_key_fact(paragraph, fact) for fact in question.key_facts):
        return True
    terms = key_terms(question.reference)
    return bool(terms) and terms <= set(content_stems(paragraph))


def answer_tokens(text: str) -> list[str]:
    """SQuAD-style answer tokens: normalised words without citation markers and articles."""
    return [t for t in normalize(CITATION_MARKER.sub(" ", text)).split() if t not in _ARTICLES]


def token_f1(prediction: str, reference: str) -> float:
    """Harmonic mean of token precision and recall of the answer against the reference answer."""
    pred, ref = answer_tokens(prediction), answer_tokens(reference)
    if not pred or not ref:
        return 0.0
    common = sum(min(pred.count(t), ref.count(t)) for t in set(ref))
    if common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def containment(prediction: str, reference: str) -> float:
    """Share of the reference answer's key words (stems) that the answer contains."""
    terms = key_terms(reference)
    if not terms:
        return 0.0
    return len(terms & set(content_stems(CITATION_MARKER.sub(" ", prediction)))) / len(terms)


@dataclass(slots=True)
class QuestionScores:
    """Per-question figures; ``None`` where the figure does not apply to the question."""

    context_ranks: list[int | None] = field(default_factory=list)  # per reference context
    reciprocal_rank: float | None = None
    citations: int = 0
    supported_citations: int = 0
    citation_recall: float | None = None
    answer_f1: float | None = None
    answer_containment: float | None = None
    missing_key_facts: list[str] = field(default_factory=list)
    key_fact_recall: float | None = None

    def recall_at(self, k: int) -> float | None:
        if not self.context_ranks:
            return None
        return sum(1 for r in self.context_ranks if r is not None and r <= k) / len(self.context_ranks)

    @property
    def citation_precision(self) -> float | None:
        return self.supported_citations / self.citations if self.citations else None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {f"context_recall@{k}": _round(self.recall_at(k)) for k in RECALL_AT}
        out |= {
            "context_ranks": self.context_ranks,
            "reciprocal_rank": _round(self.reciprocal_rank),
            "citations": self.citations,
            "supported_citations": self.supported_citations,
            "citation_precision": _round(self.citation_precision),
            "citation_recall": _round(self.citation_recall),
            "answer_f1": _round(self.answer_f1),
            "answer_containment": _round(self.answer_containment),
            "key_fact_recall": _round(self.key_fact_recall),
            "missing_key_facts": self.missing_key_facts,
        }
        return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def score_answer(
    question: EvalQuestion,
    answer_text: str,
    abstained: bool,
    cited_texts: list[str],
    retrieved_texts: list[str],
) -> QuestionScores:
    """Figures for one answer. ``retrieved_texts`` are the paragraphs retrieved, best first."""
    scores = QuestionScores()
    if not question.answerable:
        return scores
    contexts = question.reference_contexts
    if contexts:
        scores.context_ranks = [
            next(
                (rank for rank, text in enumerate(retrieved_texts, 1) if contains_reference(text, ref)), None
            )
            for ref in contexts
        ]
        found = [r for r in scores.context_ranks if r is not None]
        scores.reciprocal_rank = 1 / min(found) if found else 0.0
        covered = sum(1 for ref in contexts if any(contains_reference(c, ref) for c in cited_texts))
        scores.citation_recall = 0.0 if abstained else covered / len(contexts)
    if not abstained:
        scores.citations = len(cited_texts)
        scores.supported_citations = sum(supports(text, question) for text in cited_texts)
    if question.reference:
        scores.answer_f1 = 0.0 if abstained else token_f1(answer_text, question.reference)
        scores.answer_containment = 0.0 if abstained else containment(answer_text, question.reference)
    if question.key_facts:
        found = [] if abstained else [f for f in question.key_facts if contains_key_fact(answer_text, f)]
        scores.missing_key_facts = [f for f in question.key_facts if f not in found]
        scores.key_fact_recall = len(found) / len(question.key_facts)
    return scores
