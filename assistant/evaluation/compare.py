"""Compare runs written by ``assistant eval --out``: metrics side by side, questions that changed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvalSetError
from .metrics import LOWER_IS_BETTER, METRICS, TIMES, format_value, order_kinds

# The figures --compare shows per kind of question (all of them are in each run's metrics.json).
KIND_METRICS = (
    "count",
    "key_fact_recall",
    "citation_precision",
    "false_abstention",
    "abstention_recall",
    "pass_rate",
)


@dataclass(slots=True)
class SavedRun:
    path: Path
    summary: dict[str, Any]
    results: dict[str, dict[str, Any]]  # by question id

    @property
    def label(self) -> str:
        return self.path.name or str(self.path)


def load_run(path: str | Path) -> SavedRun:
    """Read a run folder (or its ``metrics.json``)."""
    path = Path(path)
    folder = path.parent if path.is_file() else path
    metrics_file, results_file = folder / "metrics.json", folder / "results.jsonl"
    if not metrics_file.is_file() or not results_file.is_file():
        raise EvalSetError(
            f"{path} is not an evaluation run: it needs metrics.json and results.jsonl "
            "(write one with `assistant eval SET --out DIR`)."
        )
    try:
        summary = json.loads(metrics_file.read_text(encoding="utf-8"))
        lines = results_file.read_text(encoding="utf-8").splitlines()
        results = [json.loads(line) for line in lines if line.strip()]
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise EvalSetError(f"{folder}: cannot read the run ({exc}).") from exc
    return SavedRun(folder, summary, {str(r["id"]): r for r in results})


def compare_runs(runs: list[SavedRun]) -> str:
    """A text table of every metric for each run (with the change against the first), the main
    metrics per kind of question, then each question whose outcome (pass/fail, abstained) differs
    from the first run."""
    if len(runs) < 2:
        raise EvalSetError("--compare needs at least two run folders.")
    base = runs[0]
    labels = [_unique_label(run, i) for i, run in enumerate(runs)]
    header = ["metric", *labels] + [f"Δ {label}" for label in labels[1:]]
    rows = [header]
    blank = [""] * (len(runs) - 1)
    for key in ("retrieval_mode", "mode", "embedding_model", "top_k"):
        rows.append([key, *(str(_config(r.summary).get(key, "–")) for r in runs), *blank])
    rows.append(
        ["questions", *(str(r.summary.get("counts", {}).get("questions", "–")) for r in runs), *blank]
    )
    for name in METRICS:
        values = [r.summary.get("metrics", {}).get(name) for r in runs]
        deltas = [_delta(name, values[0], v) for v in values[1:]]
        rows.append([name, *(format_value(name, v) for v in values), *deltas])
    rows += _kind_rows(runs)
    lines = _table(rows)
    changes = []
    for run, label in zip(runs[1:], labels[1:], strict=True):
        changes += _changes(base, run, labels[0], label)
    lines += ["", f"Questions whose outcome changed against {labels[0]}: {len(changes)}"]
    return "\n".join(lines + [line for change in changes for line in change])


def _config(summary: dict[str, Any]) -> dict[str, Any]:
    """A run's settings; runs saved before "mode" was the answer mode's name call it "answer_mode"."""
    config = dict(summary.get("config", {}))
    if "mode" not in config and "answer_mode" in config:
        config["mode"] = config["answer_mode"]
    return config


def _kind_rows(runs: list[SavedRun]) -> list[list[str]]:
    """``KIND_METRICS`` for each kind any run has (runs written before kinds were reported have none)."""
    by_kind = [r.summary.get("by_kind") or {} for r in runs]
    kinds = order_kinds({k for run in by_kind for k in run})
    rows = []
    for kind in kinds:
        for name in KIND_METRICS:
            values = [run.get(kind, {}).get(name) for run in by_kind]
            if all(v is None for v in values):
                continue
            if name == "count":
                cells = ["–" if v is None else str(v) for v in values]
                rows.append([f"{kind}: {name}", *cells, *[""] * (len(runs) - 1)])
            else:
                deltas = [_delta(name, values[0], v) for v in values[1:]]
                rows.append([f"{kind}: {name}", *(format_value(name, v) for v in values), *deltas])
    return rows


def _changes(base: SavedRun, run: SavedRun, base_label: str, label: str) -> list[list[str]]:
    """Per changed question, the lines describing the change (outcome, and the failures behind it)."""
    changes = []
    for qid, before in base.results.items():
        after = run.results.get(qid)
        if after is None:
            changes.append([f"  {qid}: only in {base_label}"])
        elif _outcome(before) != _outcome(after):
            failed_now = bool(after.get("failures"))
            why = "; ".join((after if failed_now else before).get("failures") or [])
            lines = [
                f"  {qid}: {_outcome(before)} → {_outcome(after)} in {label}: {after.get('user_input', '')!r}"
            ]
            if why:
                lines.append(f"      {'now' if failed_now else 'was'}: {why}")
            changes.append(lines)
    changes += [[f"  {qid}: only in {label}"] for qid in run.results if qid not in base.results]
    return changes


def _outcome(result: dict[str, Any]) -> str:
    return f"{result.get('outcome', '?')}{' (abstained)' if result.get('abstained') else ''}"


def _unique_label(run: SavedRun, index: int) -> str:
    return f"{chr(ord('A') + index)}:{run.label}"


def _delta(name: str, before: float | None, after: float | None) -> str:
    if before is None or after is None:
        return ""
    diff = after - before
    if abs(diff) < (0.5 if name in TIMES else 0.0005):  # equal as shown
        return "="
    better = diff < 0 if name in LOWER_IS_BETTER else diff > 0
    number = f"{diff:+.0f}" if name in TIMES else f"{diff:+.3f}"
    return f"{number} {'better' if better else 'worse'}"


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return lines
