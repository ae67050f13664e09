"""Write a run to a folder: ``results.jsonl``, ``metrics.json``, ``report.md`` and ``report.html``."""

from __future__ import annotations

import base64
import io
import json
import time
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import Environment, select_autoescape

from .metrics import (
    METRICS,
    compute_metrics,
    counts,
    format_value,
    gate_problems,
    metrics_by_kind,
    recall_curve,
)
from .results import EvalRun, QuestionRecord


def run_summary(run: EvalRun) -> dict[str, Any]:
    """What ``metrics.json`` holds: the set, the settings, counts, metrics (overall and per kind of
    question) and rows left out."""
    depth = int(run.config.get("retrieval_depth", 10))
    return {
        "question_set": run.question_set.name,
        "source": str(run.question_set.source),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "seconds": run.seconds,
        "config": run.config,
        "counts": counts(run.records) | {"errors": len(run.errors)},
        "metrics": compute_metrics(run.records),
        "by_kind": metrics_by_kind(run.records),
        "recall_curve": recall_curve(run.records, depth),
        "errors": [str(e) for e in run.errors],
    }


def write_run(run: EvalRun, out: str | Path, gate: dict[str, Any] | None = None) -> Path:
    """Write the four files of a run into ``out`` (created if needed); returns the folder."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = run_summary(run) | ({"fail_under": gate} if gate else {})
    with (out / "results.jsonl").open("w", encoding="utf-8") as f:
        for record in run.records:
            f.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    (out / "metrics.json").write_text(
        json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (out / "report.md").write_text(markdown_report(run, summary), encoding="utf-8")
    (out / "report.html").write_text(html_report(run, summary), encoding="utf-8")
    return out


# ---------------------------------------------------------------------------- text


def metrics_table(metrics: dict[str, float | None]) -> list[tuple[str, str, str]]:
    return [(name, format_value(name, metrics.get(name)), meaning) for name, meaning in METRICS.items()]


def kind_table(summary: dict[str, Any], *, skip_empty: bool = False) -> list[list[str]]:
    """Rows ``[metric, all, kind…]`` (a header row first, then ``count``): every metric per kind.
    ``skip_empty`` drops the metrics measured for no kind (for the terminal)."""
    by_kind: dict[str, dict[str, Any]] = summary.get("by_kind") or {}
    kinds = list(by_kind)
    rows = [["metric", "all", *kinds], ["count", str(summary["counts"]["questions"]),
            *(str(by_kind[k].get("count", 0)) for k in kinds)]]  # fmt: skip
    for name in METRICS:
        values = [summary["metrics"].get(name), *(by_kind[k].get(name) for k in kinds)]
        if skip_empty and all(v is None for v in values):
            continue
        rows.append([name, *(format_value(name, v) for v in values)])
    return rows


def _heading(summary: dict[str, Any]) -> str:
    c, cfg = summary["counts"], summary["config"]
    return (
        f"{c['questions']} questions ({c['answerable']} answerable, {c['unanswerable']} unanswerable, "
        f"{c['follow_ups']} follow-ups), {c['failed']} failed, {c['errors']} rows left out; "
        f"{summary['seconds']:.1f} s. Retrieval {cfg['retrieval_mode']}, answers {cfg['mode']}, "
        f"top_k {cfg['top_k']}, embeddings {cfg['embedding_model']}."
    )


def text_summary(summary: dict[str, Any]) -> str:
    """The figures of a run for the terminal."""
    rows = metrics_table(summary["metrics"])
    width = max(len(name) for name, _, _ in rows)
    lines = [f"{summary['question_set']}: {_heading(summary)}"]
    lines += [f"  {name:<{width}}  {value:>7}  {meaning}" for name, value, meaning in rows]
    if len(summary.get("by_kind") or {}) > 1:
        table = kind_table(summary, skip_empty=True)
        widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
        lines += ["", "By kind of question:"]
        for row in table:
            cells = [
                c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            ]
            lines.append("  " + "  ".join(cells).rstrip())
    return "\n".join(lines)


def markdown_report(run: EvalRun, summary: dict[str, Any]) -> str:
    lines = [f"# Evaluation of `{summary['question_set']}`", "", f"Source: `{summary['source']}`", "",
             _heading(summary), "", "| metric | value | meaning |", "| --- | ---: | --- |"]  # fmt: skip
    lines += [f"| {n} | {v} | {m} |" for n, v, m in metrics_table(summary["metrics"])]
    header, *rows = kind_table(summary)
    lines += ["", "## By kind of question", "", "| " + " | ".join(header) + " |",
              "| --- |" + " ---: |" * (len(header) - 1)]  # fmt: skip
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    if summary.get("fail_under"):
        lines += ["", "## --fail-under", ""]
        lines += [f"- {n} ≥ {v}" for n, v in summary["fail_under"]["thresholds"].items()]
        lines += [f"- **BELOW:** {p}" for p in summary["fail_under"]["problems"]] or ["- all met"]
    if run.errors:
        lines += ["", f"## Rows left out ({len(run.errors)})", ""] + [f"- {e}" for e in run.errors]
    lines += ["", f"## Failures ({len(run.failed)})", ""]
    for r in run.failed:
        lines += [f"### `{r.question.id}`: {r.question.user_input}", ""]
        if r.question.history:
            lines.append(f"- after: {' → '.join(r.question.history)}")
        lines += [f"- **{reason}**" for reason in r.failures]
        if r.question.kind:
            lines.append(f"- kind: {r.question.kind}")
        lines.append(f"- answer: {_one_line(r.answer)}")
        if r.question.reference:
            lines.append(f"- reference: {_one_line(r.question.reference)}")
        # An unanswerable question may name the passages it comes close to; they are not ranked.
        ranks = r.scores.context_ranks or [None] * len(r.question.reference_contexts)
        for ref, rank in zip(r.question.reference_contexts, ranks, strict=True):
            lines.append(f"- context (rank {rank or '–'}): {_one_line(ref)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------------- HTML


def html_report(run: EvalRun, summary: dict[str, Any]) -> str:
    template = files(__package__).joinpath("report.html.j2").read_text(encoding="utf-8")
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    thresholds = (summary.get("fail_under") or {}).get("thresholds", {})
    problems = gate_problems(summary["metrics"], thresholds, summary.get("by_kind"))
    return env.from_string(template).render(
        s=summary,
        heading=_heading(summary),
        table=metrics_table(summary["metrics"]),
        kinds=kind_table(summary),
        below={(p.kind or "all", p.metric) for p in problems},
        charts=charts(run, summary),
        errors=[str(e) for e in run.errors],
        failed=run.failed,
        contexts=_contexts,
    )


def _contexts(r: QuestionRecord) -> list[tuple[str, int | None]]:
    ranks = r.scores.context_ranks or [None] * len(r.question.reference_contexts)
    return list(zip(r.question.reference_contexts, ranks, strict=True))


def charts(run: EvalRun, summary: dict[str, Any]) -> list[tuple[str, str]]:
    """Base64 PNG charts: context recall against k, and the latency distribution."""
    from matplotlib.figure import Figure

    out = []
    curve = summary["recall_curve"]
    if any(v is not None for v in curve):
        fig = Figure(figsize=(5.5, 3.4), dpi=100)
        ax = fig.subplots()
        ks = list(range(1, len(curve) + 1))
        ax.plot(ks, [v if v is not None else float("nan") for v in curve], marker="o")
        ax.set(xlabel="k (paragraphs retrieved)", ylabel="context recall@k", ylim=(0, 1.02), xticks=ks)
        top_k = run.config.get("top_k", 5)
        ax.axvline(top_k, color="grey", linestyle=":", label=f"top_k = {top_k}, read by the answerer")
        ax.grid(alpha=0.3)
        ax.legend(loc="lower right")
        out.append(("Context recall at k", _png(fig)))
    latencies = [r.latency_ms for r in run.records]
    if latencies:
        fig = Figure(figsize=(5.5, 3.4), dpi=100)
        ax = fig.subplots()
        ax.hist(latencies, bins=min(30, max(5, len(latencies) // 3)), color="#4c72b0")
        for name, style in (("latency_p50_ms", "--"), ("latency_p95_ms", ":")):
            value = summary["metrics"].get(name)
            if value is not None:
                ax.axvline(value, color="black", linestyle=style, label=f"{name[8:11]} {value:.0f} ms")
        ax.set(xlabel="latency per question (ms)", ylabel="questions")
        ax.legend()
        out.append(("Latency per question", _png(fig)))
    return out


def _png(fig: Any) -> str:
    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png")
    return base64.b64encode(buffer.getvalue()).decode("ascii")
