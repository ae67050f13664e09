"""What one evaluation run produced: a record per question and the run as a whole."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..types import Answer
from .questions import EvalQuestion, QuestionSet, RowError
from .scoring import QuestionScores, score_answer, supports


@dataclass(slots=True)
class QuestionRecord:
    """One question as asked, the assistant's answer, its figures, and whether it passed."""

    question: EvalQuestion
    answer: str
    abstained: bool
    citations: list[dict[str, Any]]  # marker, article_id, title, paragraph, text
    retrieved: list[dict[str, Any]]  # rank, article_id, paragraph, text, score
    latency_ms: float
    answer_context: int  # how many of ``retrieved`` the answerer read (top_k)
    scores: QuestionScores = field(default_factory=QuestionScores)
    failures: list[str] = field(default_factory=list)

    @classmethod
    def from_answer(
        cls,
        question: EvalQuestion,
        answer: Answer,
        retrieved: list[dict[str, Any]],
        latency_ms: float,
        top_k: int,
    ) -> QuestionRecord:
        citations = [
            {
                "marker": c.marker,
                "article_id": c.article_id,
                "title": c.title,
                "paragraph": c.paragraph,
                "text": c.text,
            }
            for c in answer.citations
        ]
        record = cls(
            question=question,
            answer=answer.text,
            abstained=answer.abstained,
            citations=citations,
            retrieved=retrieved,
            latency_ms=round(latency_ms, 1),
            answer_context=top_k,
        )
        record.scores = score_answer(
            question,
            answer.text,
            answer.abstained,
            [c["text"] for c in citations],
            [p["text"] for p in retrieved],
        )
        record.failures = failure_reasons(record)
        return record

    @property
    def passed(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict[str, Any]:
        """One line of ``results.jsonl``; columns of the input that the evaluation does not use follow."""
        q = self.question
        return {
            "id": q.id,
            "user_input": q.user_input,
            "history": list(q.history),
            "answer": self.answer,
            "abstained": self.abstained,
            "citations": self.citations,
            "retrieved": self.retrieved,
            "latency_ms": self.latency_ms,
            "answerable": q.answerable,
            "reference": q.reference,
            "reference_contexts": list(q.reference_contexts),
            "kind": q.kind,
            "key_facts": list(q.key_facts),
            "outcome": "pass" if self.passed else "fail",
            "failures": self.failures,
            "scores": self.scores.to_dict(),
            **q.extra,
        }


def failure_reasons(record: QuestionRecord) -> list[str]:
    """Why a question counts as failed (empty when it passed)."""
    q, s = record.question, record.scores
    if not q.answerable:
        return [] if record.abstained else ["answered a question the corpus cannot answer"]
    reasons = []
    if s.context_ranks and all(r is None or r > record.answer_context for r in s.context_ranks):
        reasons.append(f"no reference context among the {record.answer_context} paragraphs the answerer read")
    if record.abstained:
        reasons.append("abstained on an answerable question")
    elif s.missing_key_facts:
        missing = ", ".join(repr(f) for f in s.missing_key_facts)
        reasons.append(f"answer misses {len(s.missing_key_facts)} of {len(q.key_facts)} key facts: {missing}")
    for c in record.citations:
        if not supports(c["text"], q):
            where = f"{c['article_id']} ¶{c['paragraph']}"
            reasons.append(f"citation [{c['marker']}] ({where}) supports no reference")
    return reasons


@dataclass(slots=True)
class EvalRun:
    """A whole run: the set, the settings it ran with, every record, and the rows left out."""

    question_set: QuestionSet
    config: dict[str, Any]
    records: list[QuestionRecord] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[QuestionRecord]:
        return [r for r in self.records if not r.passed]
