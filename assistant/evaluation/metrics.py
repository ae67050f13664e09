"""Set-level metrics from per-question records, overall and per question kind, and the
``--fail-under`` gate.

Each metric is a mean over the questions it applies to; a metric that applies to no question of
the set (or of the kind) is ``None`` (shown as "–"). The README defines each one.
"""

from __future__ import annotations

import statistics
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..errors import AssistantError
from .questions import KNOWN_KINDS, EvalQuestion
from .results import QuestionRecord
from .scoring import RECALL_AT

# name -> what it means; the order is the order of reports.
METRICS: dict[str, str] = {
    **{
        f"context_recall@{k}": f"share of reference contexts found in the top {k} retrieved paragraphs"
        for k in RECALL_AT
    },
    "mrr": "mean reciprocal rank of the first retrieved paragraph holding a reference context",
    "citation_precision": "share of cited paragraphs holding a reference context, a key fact or every "
    "key word of the reference",
    "citation_recall": "share of reference contexts held by a cited paragraph",
    "answer_f1": "token F1 of the answer against the reference answer",
    "answer_containment": "share of the reference answer's key words found in the answer",
    "key_fact_recall": "share of the question's key facts found in the answer",
    "answer_rate": "share of answerable questions answered (not abstained)",
    "false_abstention": "share of answerable questions abstained on (1 − answer_rate)",
    "abstention_precision": "share of abstentions that were on unanswerable questions",
    "abstention_recall": "share of unanswerable questions abstained on",
    "pass_rate": "share of questions with no failure",
    "latency_p50_ms": "median time to answer one question (ms)",
    "latency_p95_ms": "95th percentile time to answer one question (ms)",
}
TIMES = frozenset({"latency_p50_ms", "latency_p95_ms"})
LOWER_IS_BETTER = TIMES | {"false_abstention"}
# The group of questions whose set gives no kind.
UNSPECIFIED = "unspecified"
# ``--fail-under any_kind:METRIC=V``: every kind where METRIC applies must reach V.
ANY_KIND = "any_kind"


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
        "key_fact_recall": _mean([r.scores.key_fact_recall for r in answerable]),
        "answer_rate": _share(sum(not r.abstained for r in answerable), len(answerable)),
        "false_abstention": _share(sum(r.abstained for r in answerable), len(answerable)),
        "abstention_precision": _share(sum(not r.question.answerable for r in abstained), len(abstained)),
        "abstention_recall": _share(sum(r.abstained for r in unanswerable), len(unanswerable)),
        "pass_rate": _share(sum(r.passed for r in records), len(records)),
        "latency_p50_ms": round(float(np.percentile(latencies, 50)), 1) if latencies else None,
        "latency_p95_ms": round(float(np.percentile(latencies, 95)), 1) if latencies else None,
    }
    return metrics


def kind_of(question: EvalQuestion) -> str:
    return question.kind or UNSPECIFIED


def order_kinds(kinds: Collection[str]) -> list[str]:
    """The kinds of issue 12 in their order, then any others alphabetically, then ``unspecified``."""
    known = [k for k in KNOWN_KINDS if k in kinds]
    other = sorted(k for k in kinds if k not in KNOWN_KINDS and k != UNSPECIFIED)
    return known + other + ([UNSPECIFIED] if UNSPECIFIED in kinds else [])


def metrics_by_kind(records: Sequence[QuestionRecord]) -> dict[str, dict[str, float | int | None]]:
    """Every metric of ``METRICS`` for each kind of question, with the kind's question ``count``."""
    groups: dict[str, list[QuestionRecord]] = {}
    for r in records:
        groups.setdefault(kind_of(r.question), []).append(r)
    return {
        kind: {"count": len(groups[kind]), **compute_metrics(groups[kind])} for kind in order_kinds(groups)
    }


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


def split_gate(name: str) -> tuple[str | None, str]:
    """``"overview:key_fact_recall"`` → ``("overview", "key_fact_recall")``; no kind → ``None``.
    Metric names hold no ``:``, so a kind is everything before the last one."""
    kind, _, metric = name.rpartition(":")
    return (" ".join(kind.split()).lower() or None), metric.strip()


def parse_threshold(text: str) -> tuple[str, float]:
    """``"context_recall@5=0.9"`` → ``("context_recall@5", 0.9)``; a kind may qualify the metric
    (``"overview:key_fact_recall=0.75"``, or ``"any_kind:…"`` for every kind). Clear errors otherwise."""
    name, sep, value = text.rpartition("=")
    if not sep:
        raise AssistantError(
            f"--fail-under {text!r}: write [KIND:]METRIC=VALUE, e.g. context_recall@5=0.9 or "
            "overview:key_fact_recall=0.75."
        )
    kind, metric = split_gate(name)
    if metric not in METRICS:
        known = ", ".join(METRICS)
        raise AssistantError(f"--fail-under {text!r}: unknown metric {metric!r}. Metrics: {known}.")
    if metric in LOWER_IS_BETTER:
        hint = " Gate answer_rate instead (= 1 − false_abstention)." if metric == "false_abstention" else ""
        raise AssistantError(
            f"--fail-under {text!r}: {metric} is better when lower, so it cannot be a floor.{hint}"
        )
    try:
        floor = float(value)
    except ValueError:
        raise AssistantError(f"--fail-under {text!r}: {value.strip()!r} is not a number.") from None
    return (f"{kind}:{metric}" if kind else metric), floor


def check_gate_kinds(thresholds: Mapping[str, float], questions: Sequence[EvalQuestion]) -> None:
    """Refuse, before running, a gate naming a kind that no question of the set has."""
    kinds = {kind_of(q) for q in questions}
    for name in thresholds:
        kind, _ = split_gate(name)
        if kind is not None and kind != ANY_KIND and kind not in kinds:
            listed = ", ".join(order_kinds(kinds)) or "none"
            raise AssistantError(
                f"--fail-under {name}: no question of this set has kind {kind!r}. "
                f"Kinds in the set: {listed}; or use {ANY_KIND}:METRIC for every kind."
            )


@dataclass(frozen=True, slots=True)
class GateProblem:
    """A gate not met: ``value`` below ``floor`` for ``kind`` (None: overall), or not measurable."""

    gate: str  # as given: "key_fact_recall", "overview:key_fact_recall", "any_kind:key_fact_recall"
    metric: str
    floor: float
    kind: str | None = None
    value: float | None = None

    def __str__(self) -> str:
        if self.value is None:
            where = f"no question of kind {self.kind!r}" if self.kind else "no question"
            return f"{self.gate} cannot be measured on this set ({where} it applies to)"
        subject = f"{self.gate}: {self.kind}" if self.gate.startswith(f"{ANY_KIND}:") else self.gate
        return f"{subject} = {self.value:.3f} is below {self.floor:.3f}"


def gate_problems(
    metrics: Mapping[str, float | None],
    thresholds: Mapping[str, float],
    by_kind: Mapping[str, Mapping[str, float | int | None]] | None = None,
) -> list[GateProblem]:
    """Every gate not met. ``any_kind`` gates each kind where the metric applies."""
    by_kind = by_kind or {}
    problems = []
    for name, floor in thresholds.items():
        kind, metric = split_gate(name)
        if kind is None:
            value = metrics.get(metric)
            if value is None or value < floor:
                problems.append(GateProblem(name, metric, floor, None, value))
        elif kind == ANY_KIND:
            measured = {k: v for k, m in by_kind.items() if (v := m.get(metric)) is not None}
            if not measured:
                problems.append(GateProblem(name, metric, floor))
            problems += [GateProblem(name, metric, floor, k, v) for k, v in measured.items() if v < floor]
        else:
            value = by_kind.get(kind, {}).get(metric)
            if value is None or value < floor:
                problems.append(GateProblem(name, metric, floor, kind, value))
    return problems


def check_thresholds(
    metrics: Mapping[str, float | None],
    thresholds: Mapping[str, float],
    by_kind: Mapping[str, Mapping[str, float | int | None]] | None = None,
) -> list[str]:
    """One message per gate not met: a metric below its floor (overall, for one kind, or for any
    kind), or not measurable on this set."""
    return [str(p) for p in gate_problems(metrics, thresholds, by_kind)]


def format_value(name: str, value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if name in TIMES else f"{value:.3f}"
