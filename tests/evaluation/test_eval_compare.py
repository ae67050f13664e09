"""`assistant eval --compare`: the side-by-side table and the questions whose outcome changed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from assistant.interfaces.cli import app


def write_run(
    folder: Path,
    mode: str,
    metrics: dict[str, float],
    results: list[dict[str, Any]],
    by_kind: dict[str, dict[str, float | None]] | None = None,
) -> Path:
    """A run folder as `assistant eval --out` writes it (only the fields --compare reads)."""
    folder.mkdir()
    summary: dict[str, Any] = {
        "config": {"retrieval_mode": mode, "top_k": 5},
        "counts": {"questions": len(results)},
    }
    if by_kind is not None:
        summary["by_kind"] = by_kind
    (folder / "metrics.json").write_text(json.dumps(summary | {"metrics": metrics}), encoding="utf-8")
    lines = [json.dumps(r) for r in results]
    (folder / "results.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def result(
    qid: str, outcome: str, abstained: bool = False, failures: list[str] | None = None
) -> dict[str, Any]:
    return {
        "id": qid,
        "user_input": f"question {qid}?",
        "outcome": outcome,
        "abstained": abstained,
        "failures": failures or [],
    }


def test_compare_prints_metrics_side_by_side_and_changed_questions(tmp_path: Path) -> None:
    a = write_run(
        tmp_path / "dense",
        "dense",
        {"mrr": 0.70, "answer_rate": 0.9, "latency_p50_ms": 120.0},
        [
            result("q1", "pass"),
            result("q2", "fail", failures=["abstained on an answerable question"], abstained=True),
            result("q3", "pass"),
            result("q4", "pass"),
        ],
    )
    b = write_run(
        tmp_path / "hybrid",
        "hybrid",
        {"mrr": 0.85, "answer_rate": 0.9, "latency_p50_ms": 150.0},
        [
            result("q1", "fail", failures=["citation [1] (a ¶3) supports no reference"]),
            result("q2", "pass"),
            result("q3", "pass"),
            result("q5", "pass"),
        ],
    )
    out = CliRunner().invoke(app, ["eval", "--compare", str(a), str(b)])
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    assert lines[1].split() == ["retrieval_mode", "dense", "hybrid"]
    table = {line.split()[0]: line.split()[1:] for line in lines if line.strip()}
    assert table["mrr"] == ["0.700", "0.850", "+0.150", "better"]
    assert table["answer_rate"] == ["0.900", "0.900", "="]
    assert table["latency_p50_ms"] == ["120", "150", "+30", "worse"]  # lower is better
    assert table["citation_recall"] == ["–", "–"]  # measured in neither run
    changed = lines[lines.index("Questions whose outcome changed against A:dense: 4") + 1 :]
    assert changed == [
        "  q1: pass → fail in B:hybrid: 'question q1?'",
        "      now: citation [1] (a ¶3) supports no reference",
        "  q2: fail (abstained) → pass in B:hybrid: 'question q2?'",
        "      was: abstained on an answerable question",
        "  q4: only in A:dense",
        "  q5: only in B:hybrid",
    ]


def test_compare_shows_new_metrics_and_figures_per_kind(tmp_path: Path) -> None:
    a = write_run(
        tmp_path / "before",
        "hybrid",
        {"key_fact_recall": 0.5, "false_abstention": 0.2},
        [result("q1", "pass")],
        {
            "overview": {
                "count": 4,
                "key_fact_recall": 0.5,
                "false_abstention": 0.25,
                "abstention_recall": None,
            }
        },
    )
    b = write_run(
        tmp_path / "after",
        "hybrid",
        {"key_fact_recall": 0.8, "false_abstention": 0.1},
        [result("q1", "pass")],
        {
            "overview": {"count": 4, "key_fact_recall": 0.75, "false_abstention": 0.25},
            "near_miss": {"count": 3, "key_fact_recall": None, "abstention_recall": 1.0},
        },
    )
    out = CliRunner().invoke(app, ["eval", "--compare", str(a), str(b)])
    assert out.exit_code == 0, out.output
    table = {line.split()[0]: line.split()[1:] for line in out.stdout.splitlines() if line.strip()}
    assert table["key_fact_recall"] == ["0.500", "0.800", "+0.300", "better"]
    assert table["false_abstention"] == ["0.200", "0.100", "-0.100", "better"]  # lower is better
    rows = [cells for line in out.stdout.splitlines() if (cells := line.split()) and cells[0].endswith(":")]
    assert rows == [
        ["overview:", "count", "4", "4"],
        ["overview:", "key_fact_recall", "0.500", "0.750", "+0.250", "better"],
        ["overview:", "false_abstention", "0.250", "0.250", "="],
        ["near_miss:", "count", "–", "3"],
        ["near_miss:", "abstention_recall", "–", "1.000"],
    ]


def test_compare_needs_two_runs(tmp_path: Path) -> None:
    a = write_run(tmp_path / "a", "hybrid", {}, [result("q1", "pass")])
    out = CliRunner().invoke(app, ["eval", "--compare", str(a)])
    assert out.exit_code == 2 and "at least two run folders" in out.stderr


def test_compare_reads_the_answer_mode_of_runs_saved_under_its_old_name(tmp_path: Path) -> None:
    old = write_run(tmp_path / "old", "hybrid", {"mrr": 0.8}, [result("q1", "pass")])
    summary = json.loads((old / "metrics.json").read_text(encoding="utf-8"))
    summary["config"]["answer_mode"] = "extractive"  # as runs wrote it before "mode" was its one name
    (old / "metrics.json").write_text(json.dumps(summary), encoding="utf-8")
    new = write_run(tmp_path / "new", "hybrid", {"mrr": 0.8}, [result("q1", "pass")])
    summary = json.loads((new / "metrics.json").read_text(encoding="utf-8"))
    summary["config"] |= {"mode": "openai", "answer_mode": "openai"}
    (new / "metrics.json").write_text(json.dumps(summary), encoding="utf-8")
    out = CliRunner().invoke(app, ["eval", "--compare", str(old), str(new)])
    assert out.exit_code == 0, out.output
    assert out.stdout.splitlines()[2].split() == ["mode", "extractive", "openai"]
