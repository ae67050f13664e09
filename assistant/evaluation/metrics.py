"""Set-level metrics from per-question records, and the ``--fail-under`` gate.

Each metric is a mean over the questions it applies to; a metric that applies to no question of
the set is ``None`` (shown as "–"). docs/eval.md defines each one.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

import numpy as np

from ..errors import AssistantError
from .results import QuestionRecord
from .scoring import RECALL_AT

# name -> what it means; the order is the order of reports.
METRICS: dict[str, str] = {
    **{
        f"context_recall@{k}": f"share of reference contexts found in the top {k} retrieved paragraphs"
        for k in RECALL_AT
    },
    "mrr": "mean reciprocal rank of the first retrieved paragraph holding a reference context",
    "citation_precision": "share of cited paragraphs holding a reference context or every key word of "
    "the reference",
    "citation_recall": "share of reference contexts held by a cited paragraph",
    "answer_f1": "token F1 of the answer against the reference answer",
    "answer_containment": "share of the reference answer's key words found in the answer",
    "answer_rate": "share of answerable questions answered (not abstained)",
    "abstention_precision": "share of abstentions that were on unanswerable questions",
    "abstention_recall": "share of unanswerable questions abstained on",
    "pass_rate": "share of questions with no failure",
    "latency_p50_ms": "median time to answer one question (ms)",
    "latency_p95_ms": "95th percentile time to answer one question (ms)",
}
LOWER_IS_BETTER = frozenset({"latency_p50_ms", "latency_p95_ms"})


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.fmean(present), 4) if present else None


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def compute_metrics(records: Sequence[QuestionRecord]) -> dict[str, float | None]:
    """Every metric of ``METRICS`` for a run."""
    answerable = [r for r in records if r.question.answerable]
    unanswerable = [r for r in records if not r.question.answerable]
    abstained = [r for r in records if r.abstained]
    metrics: dict[str, float | None] = {
        f"context_recall@{k}": _mean([r.scores.recall_at(k) for r in answerable]) for k in RECALL_AT
    }
    latencies = [r.latency_ms for r in records]
    metrics |= {
        "mrr": _mean([r.scores.reciprocal_rank for r in answerable]),
        "citation_precision": _mean([r.scores.citation_precision for r in answerable]),
        "citation_recall": _mean([r.scores.citation_recall for r in answerable]),
        "answer_f1": _mean([r.scores.answer_f1 for r in answerable]),
        "answer_containment": _mean([r.scores.answer_containment for r in answerable]),
        "answer_rate": _share(sum(not r.abstained for r in answerable), len(answerable)),
        "abstention_precision": _share(sum(not r.question.answerable for r in abstained), len(abstained)),
        "abstention_recall": _share(sum(r.abstained for r in unanswerable), len(unanswerable)),
        "pass_rate": _share(sum(r.passed for r in records), len(records)),
        "latency_p50_ms": round(float(np.percentile(latencies, 50)), 1) if latencies else None,
        "latency_p95_ms": round(float(np.percentile(latencies, 95)), 1) if latencies else None,
    }
    return metrics


def counts(records: Sequence[QuestionRecord]) -> dict[str, int]:
    return {
        "questions": len(records),
        "answerable": sum(r.question.answerable for r in records),
        "unanswerable": sum(not r.question.answerable for r in records),
        "follow_ups": sum(bool(r.question.history) for r in records),
        "failed": sum(not r.passed for r in records),
    }


def recall_curve(records: Sequence[QuestionRecord], depth: int) -> list[float | None]:
    """Context recall at k = 1..depth, for the chart."""
    answerable = [r for r in records if r.question.answerable]
    return [_mean([r.scores.recall_at(k) for r in answerable]) for k in range(1, depth + 1)]


# ---------------------------------------------------------------------------- --fail-under


def parse_threshold(text: str) -> tuple[str, float]:
    """``"context_recall@5=0.9"`` → ``("context_recall@5", 0.9)``, with a clear error otherwise."""
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep:
        raise AssistantError(f"--fail-under {text!r}: write METRIC=VALUE, e.g. context_recall@5=0.9.")
    if name not in METRICS:
        known = ", ".join(METRICS)
        raise AssistantError(f"--fail-under {text!r}: unknown metric {name!r}. Metrics: {known}.")
    if name in LOWER_IS_BETTER:
        raise AssistantError(f"--fail-under {text!r}: {name} is better when lower, so it cannot be a floor.")
    try:
        return name, float(value)
    except ValueError:
        raise AssistantError(f"--fail-under {text!r}: {value.strip()!r} is not a number.") from None


def check_thresholds(metrics: dict[str, float | None], thresholds: dict[str, float]) -> list[str]:
    """One message per metric below its floor (or not measurable on this set)."""
    problems = []
    for name, floor in thresholds.items():
        value = metrics.get(name)
        if value is None:
            problems.append(f"{name} cannot be measured on this set (no question it applies to)")
        elif value < floor:
            problems.append(f"{name} = {value:.3f} is below {floor:.3f}")
    return problems


def format_value(name: str, value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if name in LOWER_IS_BETTER else f"{value:.3f}"
