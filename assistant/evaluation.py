"""Evaluate retrieval, citation and abstention quality on a question set (``eval/*.json``).

A question set lists answerable questions (reference answer + the text that supports it),
unanswerable ones (``"answerable": false``), and follow-ups (with ``history``). Support is given as
text, not paragraph numbers, so a set keeps working when articles are re-split.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .assistant import Assistant
from .errors import AssistantError
from .text import words

METRICS = ("support_in_top_k", "citation_precision", "abstention_rate", "answer_rate")


@dataclass(slots=True)
class QuestionResult:
    id: str
    question: str
    answerable: bool
    abstained: bool
    answer: str
    support_rank: int | None = None  # rank of the first supporting paragraph among those retrieved
    citations: int = 0
    supported_citations: int = 0
    answer_f1: float | None = None
    latency_ms: float = 0.0


@dataclass(slots=True)
class EvalResult:
    name: str
    top_k: int
    thresholds: dict[str, float]
    results: list[QuestionResult] = field(default_factory=list)

    @property
    def answerable(self) -> list[QuestionResult]:
        return [r for r in self.results if r.answerable]

    @property
    def unanswerable(self) -> list[QuestionResult]:
        return [r for r in self.results if not r.answerable]

    def metrics(self) -> dict[str, float]:
        answerable, unanswerable = self.answerable, self.unanswerable
        cited = sum(r.citations for r in answerable)
        supported = sum(r.supported_citations for r in answerable)
        ranks = [r.support_rank for r in answerable]
        f1s = [r.answer_f1 for r in answerable if r.answer_f1 is not None and not r.abstained]
        return {
            "support_in_top_k": _share(sum(1 for k in ranks if k is not None), len(answerable)),
            "mrr": _share(sum(1 / k for k in ranks if k), len(answerable)),
            "citation_precision": _share(supported, cited),
            "abstention_rate": _share(sum(r.abstained for r in unanswerable), len(unanswerable)),
            "answer_rate": _share(sum(not r.abstained for r in answerable), len(answerable)),
            "answer_token_f1": round(statistics.fmean(f1s), 3) if f1s else 0.0,
            "median_latency_ms": round(statistics.median(r.latency_ms for r in self.results), 1)
            if self.results
            else 0.0,
        }

    def failures(self) -> list[str]:
        metrics = self.metrics()
        return [
            f"{name} = {metrics[name]:.3f} is below the threshold {limit:.3f}"
            for name, limit in self.thresholds.items()
            if name in metrics and metrics[name] < limit
        ]

    def report(self) -> str:
        m = self.metrics()
        lines = [
            f"Question set {self.name!r}: {len(self.answerable)} answerable, "
            f"{len(self.unanswerable)} unanswerable",
            f"  support in top {self.top_k}:   {m['support_in_top_k']:.3f}   (MRR {m['mrr']:.3f})",
            f"  citation precision:   {m['citation_precision']:.3f}",
            f"  abstention rate:      {m['abstention_rate']:.3f}   (unanswerable questions abstained on)",
            f"  answer rate:          {m['answer_rate']:.3f}   (answerable questions answered)",
            f"  answer token F1:      {m['answer_token_f1']:.3f}   (vs reference answers)",
            f"  median latency:       {m['median_latency_ms']:.0f} ms",
        ]
        misses = [r for r in self.results if _missed(r)]
        if misses:
            lines.append("Misses:")
            for r in misses:
                lines.append(f"  - {r.id}: {_why(r)}")
        for failure in self.failures():
            lines.append(f"BELOW THRESHOLD: {failure}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "top_k": self.top_k,
            "metrics": self.metrics(),
            "thresholds": self.thresholds,
            "results": [asdict(r) for r in self.results],
        }


def _share(part: float, whole: int) -> float:
    return round(part / whole, 3) if whole else 1.0


def _missed(r: QuestionResult) -> bool:
    if not r.answerable:
        return not r.abstained
    return r.abstained or r.support_rank is None or r.supported_citations < r.citations


def _why(r: QuestionResult) -> str:
    if not r.answerable:
        return f"answered an unanswerable question: {r.answer[:100]!r}"
    if r.support_rank is None:
        return "no supporting paragraph retrieved"
    if r.abstained:
        return "abstained on an answerable question"
    return f"{r.citations - r.supported_citations} of {r.citations} citations do not support the answer"


def load_question_set(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise AssistantError(f"No question set at {path}. The sets live in eval/.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AssistantError(f"{path} is not a valid JSON question set: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise AssistantError(f"{path}: a question set is an object with a 'questions' list.")
    return data


def corpus_for_set(question_set: dict[str, Any], path: str | Path) -> Path | None:
    """The article folder a question set is about, if it names one (relative to the set file)."""
    corpus = question_set.get("corpus")
    if not corpus:
        return None
    folder = (Path(path).parent / corpus).resolve()
    if not folder.is_dir():
        raise AssistantError(f"{path}: its corpus folder {folder} does not exist.")
    return folder


def _normalize(text: str) -> str:
    return " ".join(words(text))


def supports(paragraph_text: str, support: list[str]) -> bool:
    """A paragraph supports the answer when it contains one of the support snippets."""
    haystack = _normalize(paragraph_text)
    return any(_normalize(s) in haystack for s in support)


def token_f1(prediction: str, reference: str) -> float:
    pred, ref = words(re.sub(r"\[\d+\]", "", prediction)), words(reference)
    if not pred or not ref:
        return 0.0
    common = sum(min(pred.count(w), ref.count(w)) for w in set(ref))
    if common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(ref)
    return round(2 * precision * recall / (precision + recall), 3)


def evaluate_set(assistant: Assistant, question_set: dict[str, Any]) -> EvalResult:
    """Ask every question of the set and score the answers."""
    top_k = int(question_set.get("top_k", assistant.settings.top_k))
    result = EvalResult(
        name=str(question_set.get("name", "unnamed")),
        top_k=top_k,
        thresholds={k: float(v) for k, v in question_set.get("thresholds", {}).items()},
    )
    for i, item in enumerate(question_set["questions"]):
        answerable = item.get("answerable", True)
        started = time.perf_counter()
        answer = assistant.ask(item["question"], item.get("history"), top_k=top_k)
        latency = (time.perf_counter() - started) * 1000
        qr = QuestionResult(
            id=str(item.get("id", i)),
            question=item["question"],
            answerable=answerable,
            abstained=answer.abstained,
            answer=answer.text,
            latency_ms=round(latency, 1),
        )
        if answerable:
            support = item.get("support") or []
            qr.support_rank = next(
                (rank for rank, p in enumerate(answer.retrieved, 1) if supports(p.text, support)), None
            )
            qr.citations = len(answer.citations)
            qr.supported_citations = sum(supports(c.text, support) for c in answer.citations)
            if item.get("answer"):
                qr.answer_f1 = token_f1(answer.text, item["answer"])
        result.results.append(qr)
    return result
