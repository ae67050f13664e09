"""`assistant eval` end to end: the real model and a real Chroma index over the seed article."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from assistant import Assistant
from assistant.interfaces.cli import app

from ..conftest import ROOT
from .test_eval_questions import write_beir

pytestmark = pytest.mark.slow

RESULT_FIELDS = {"id", "user_input", "history", "answer", "abstained", "citations", "retrieved", "latency_ms"}
CITATION_FIELDS = {"marker", "article_id", "title", "paragraph", "text"}
RETRIEVED_FIELDS = {"rank", "article_id", "paragraph", "text", "score"}


def dev_rows(*ids: str, **extra: Any) -> list[dict[str, Any]]:
    """Rows of the dev set by id, with extra columns added."""
    lines = (ROOT / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    rows = {row["id"]: row for row in map(json.loads, lines)}
    return [rows[i] | extra for i in ids]


def write_set(path: Path, rows: list[Any]) -> Path:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8"
    )
    return path


SMALL = ("lessons-oct7", "spokesman", "fu-spokesman-katz", "us-election")


@pytest.fixture(scope="module")
def small_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_set(tmp_path_factory.mktemp("sets") / "small.jsonl", dev_rows(*SMALL, topic="people"))


@pytest.fixture(scope="module")
def index_dir(seed_assistant: Assistant) -> str:
    return str(seed_assistant.settings.index_dir)


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, ["eval", *args])


def test_eval_writes_results_metrics_and_reports(tmp_path: Path, small_set: Path, index_dir: str) -> None:
    """As a user runs it: the console script in a subprocess, with a passing --fail-under."""
    exe = shutil.which("assistant", path=str(Path(sys.executable).parent)) or "assistant"
    out = tmp_path / "run"
    done = subprocess.run(
        [
            exe,
            "eval",
            str(small_set),
            "--index",
            index_dir,
            "--out",
            str(out),
            "--fail-under",
            "context_recall@10=0.5",
            "--fail-under",
            "abstention_recall=0.5",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
        env=os.environ | {"ASSISTANT_CORPUS_DIR": str(ROOT / "seeds")},
    )
    assert done.returncode == 0, done.stderr
    assert "context_recall@5" in done.stdout and f"Wrote {out}" in done.stdout
    assert "Evaluating" in done.stderr  # the progress bar

    results = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in results] == list(SMALL)
    for r in results:
        assert set(r) >= RESULT_FIELDS and r["topic"] == "people"  # passed-through column
        assert len(r["retrieved"]) == 10 and all(set(p) == RETRIEVED_FIELDS for p in r["retrieved"])
        assert [p["rank"] for p in r["retrieved"]] == list(range(1, 11))
        assert all(set(c) == CITATION_FIELDS for c in r["citations"]) and r["latency_ms"] > 0
    lessons, _, follow_up, unanswerable = results
    assert lessons["citations"][0]["paragraph"] == 26 and lessons["outcome"] == "pass"
    assert follow_up["history"] == ["Who is the Hamas spokesman mentioned in the article?"]
    assert follow_up["scores"]["context_recall@5"] == 1.0  # the replayed conversation found Katz
    assert unanswerable["abstained"] and unanswerable["citations"] == []

    summary = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert summary["counts"] == {
        "questions": 4,
        "answerable": 3,
        "unanswerable": 1,
        "follow_ups": 1,
        "failed": sum(r["outcome"] == "fail" for r in results),
        "errors": 0,
    }
    assert summary["config"]["retrieval_mode"] == "hybrid" and summary["config"]["top_k"] == 5
    assert summary["config"]["mode"] == summary["config"]["answer_mode"] == "extractive"  # old name kept
    assert summary["metrics"]["context_recall@10"] == 1.0 and summary["metrics"]["abstention_recall"] == 1.0
    assert summary["fail_under"] == {
        "thresholds": {"context_recall@10": 0.5, "abstention_recall": 0.5},
        "problems": [],
    }
    assert len(summary["recall_curve"]) == 10

    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert "| context_recall@1 |" in markdown and "## Failures" in markdown
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.count('src="data:image/png;base64,') == 2  # recall@k curve and latency histogram
    assert "Context recall at k" in page and "Failures (" in page


def test_fail_under_exits_1_and_names_the_metric(tmp_path: Path, small_set: Path, index_dir: str) -> None:
    out = tmp_path / "run"
    result = invoke(str(small_set), "--index", index_dir, "--out", str(out), "--fail-under", "mrr=1.01")
    assert result.exit_code == 1, result.output
    assert "FAIL: mrr = " in result.stderr and "is below 1.010" in result.stderr
    gate = json.loads((out / "metrics.json").read_text(encoding="utf-8"))["fail_under"]
    assert gate["problems"][0].startswith("mrr = ")
    assert "BELOW: mrr" in (out / "report.html").read_text(encoding="utf-8")


def test_unknown_metric_is_refused_before_running(small_set: Path) -> None:
    result = invoke(str(small_set), "--fail-under", "accuracy=0.9")
    assert result.exit_code == 2
    assert "unknown metric 'accuracy'" in result.stderr and "context_recall@5" in result.stderr


KINDS = {
    "lessons-oct7": {"kind": "why_how", "key_facts": ["fundamentally different security architecture"]},
    "spokesman": {"kind": "lookup", "key_facts": ["Hazem Qassem"]},
    "fu-spokesman-katz": {"key_facts": ["Israel Katz"]},  # no kind: "unspecified"
    "us-election": {"kind": "unanswerable"},
}


def test_kinds_are_reported_and_gated_per_kind(tmp_path: Path, index_dir: str) -> None:
    rows = [row | KINDS[row["id"]] for row in dev_rows(*SMALL)]
    path = write_set(tmp_path / "kinds.jsonl", rows)
    typo = invoke(str(path), "--index", index_dir, "--fail-under", "why-how:key_fact_recall=0.5")
    assert typo.exit_code == 2  # refused before running
    assert "no question of this set has kind 'why-how'" in typo.stderr
    assert "Kinds in the set: lookup, why_how, unanswerable, unspecified" in typo.stderr

    out = tmp_path / "run"
    gates = ["key_fact_recall=0", "lookup:key_fact_recall=0", "any_kind:key_fact_recall=1.01"]
    result = invoke(str(path), "--index", index_dir, "--out", str(out), *(f"--fail-under={g}" for g in gates))
    assert result.exit_code == 1, result.output
    summary = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    by_kind = summary["by_kind"]
    assert list(by_kind) == ["lookup", "why_how", "unanswerable", "unspecified"]
    assert all(v["count"] == 1 for v in by_kind.values())
    assert set(by_kind["lookup"]) == {"count", *summary["metrics"]}
    unanswerable, overall = by_kind["unanswerable"], summary["metrics"]
    assert unanswerable["abstention_recall"] == 1.0 and unanswerable["key_fact_recall"] is None
    assert overall["key_fact_recall"] is not None and overall["false_abstention"] is not None
    # any_kind gates each of the three kinds with key facts; 1.01 is out of reach
    problems = summary["fail_under"]["problems"]
    assert [p.split(" = ")[0] for p in problems] == [
        "any_kind:key_fact_recall: lookup",
        "any_kind:key_fact_recall: why_how",
        "any_kind:key_fact_recall: unspecified",
    ]
    assert "FAIL: any_kind:key_fact_recall: lookup = " in result.stderr
    assert "By kind of question:" in result.stdout
    results = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["kind"] for r in results] == ["why_how", "lookup", None, "unanswerable"]
    assert results[1]["key_facts"] == ["Hazem Qassem"] and "key_fact_recall" in results[1]["scores"]
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert "## By kind of question" in markdown
    assert "| metric | all | lookup | why_how | unanswerable | unspecified |" in markdown
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "By kind of question" in page and "<th>why_how</th>" in page


def test_bad_rows_are_left_out_by_name_and_the_rest_runs(tmp_path: Path, index_dir: str) -> None:
    rows = [*dev_rows("lessons-oct7"), "{oops", {"reference": "Cairo."}, {"user_input": "Why? " * 500}]
    path = write_set(tmp_path / "bad.jsonl", rows)
    out = tmp_path / "run"
    result = invoke(str(path), "--index", index_dir, "--out", str(out))
    assert result.exit_code == 2, result.output
    assert "Left out: row 2: not valid JSON" in result.stderr
    assert "Left out: row 3: no question" in result.stderr
    assert "Left out: row 4 (id 'row4'): not answered: The question is 2,499 characters long" in result.stderr
    results = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in results] == ["lessons-oct7"]
    summary = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert summary["counts"]["errors"] == 3 and len(summary["errors"]) == 3
    assert "Rows left out (3)" in (out / "report.md").read_text(encoding="utf-8")


def test_retrieval_modes_skip_the_other_side(index_dir: str) -> None:
    question = "What do Israeli leaders say the lessons of October 7 require?"
    for mode, present, absent in (("dense", "dense_rank", "bm25_rank"), ("bm25", "bm25_rank", "dense_rank")):
        answer = Assistant.open(index_dir=index_dir, retrieval_mode=mode).ask(question)
        assert answer.retrieved and all(getattr(p, absent) is None for p in answer.retrieved), mode
        assert all(getattr(p, present) is not None for p in answer.retrieved), mode
    hybrid = Assistant.open(index_dir=index_dir).ask(question)
    assert any(p.dense_rank and p.bm25_rank for p in hybrid.retrieved)


def test_retrieval_option_and_compare(tmp_path: Path, small_set: Path, index_dir: str) -> None:
    runs = {}
    for mode in ("hybrid", "bm25"):
        runs[mode] = tmp_path / mode
        result = invoke(str(small_set), "--index", index_dir, "--out", str(runs[mode]), "--retrieval", mode)
        assert result.exit_code == 0, result.output
        summary = json.loads((runs[mode] / "metrics.json").read_text(encoding="utf-8"))
        assert summary["config"]["retrieval_mode"] == mode
    compared = invoke("--compare", str(runs["hybrid"]), str(runs["bm25"]))
    assert compared.exit_code == 0, compared.output
    lines = compared.stdout.splitlines()
    assert lines[0].split() == ["metric", "A:hybrid", "B:bm25", "Δ", "B:bm25"]
    assert lines[1].split() == ["retrieval_mode", "hybrid", "bm25"]
    assert any(line.startswith("context_recall@5 ") for line in lines)
    assert any(line.startswith("Questions whose outcome changed against A:hybrid: ") for line in lines)

    assert invoke(str(small_set), "--retrieval", "semantic").exit_code == 2
    not_a_run = invoke("--compare", str(runs["hybrid"]), str(tmp_path))
    assert not_a_run.exit_code == 2 and "is not an evaluation run" in not_a_run.stderr


def test_beir_folder_is_indexed_and_scored(tmp_path: Path) -> None:
    root = write_beir(tmp_path / "mini", {"test": "q1\tD1\t1\nq2\tD2\t1\nq3\tD3\t1\n"})
    out = tmp_path / "run"
    result = invoke(str(root), "--out", str(out))
    assert result.exit_code == 0, result.output
    summary = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert summary["question_set"] == "mini-test" and summary["counts"]["questions"] == 3
    assert summary["metrics"]["context_recall@1"] == 1.0  # each query's document ranks first
    results = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["relevant_doc_ids"] for r in results] == [["D1"], ["D2"], ["D3"]]
    assert results[0]["retrieved"][0]["article_id"] == "d1"


def test_an_unanswerable_question_may_name_the_passages_it_comes_close_to(
    tmp_path: Path, index_dir: str
) -> None:
    # Marked unanswerable, though the seed answers it: the assistant answers, the question fails, and
    # the report lists the passages it names (none of them ranked, as for no unanswerable question).
    row = dev_rows("spokesman")[0]
    near = row | {"kind": "near_miss", "answerable": False, "key_facts": [], "reference": ""}
    assert near["reference_contexts"]
    out = tmp_path / "run"
    result = invoke(str(write_set(tmp_path / "near.jsonl", [near])), "--index", index_dir, "--out", str(out))
    assert result.exit_code == 0, result.output
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "## Failures (1)" in report and "- context (rank –): " in report
