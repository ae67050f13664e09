"""Benchmark: ingest speed of a candidate embedding model against the default, in the same run.

Answer quality of a model comes from `assistant eval` (set ASSISTANT_EMBEDDING_MODEL and use a fresh
index, since an index records its model); this script adds what a model costs at ingest. Runs
alternate between the models so that machine noise hits both; figures are medians.

    python bench/embedding_models.py MODEL_FOLDER [--runs 3] [--copies 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from assistant import Assistant  # noqa: E402
from assistant.cli import _quiet_libraries  # noqa: E402
from bench import make_corpus  # noqa: E402  (bench/bench.py: the same synthetic corpus)

DEFAULT = "all-MiniLM-L6-v2"


def ingest_seconds(model: str, corpus: Path, scratch: Path) -> float:
    """Seconds to ingest ``corpus`` into a fresh index with ``model`` (model loading excluded)."""
    assistant = Assistant.open(
        index_dir=scratch / f"index-{time.monotonic_ns()}", corpus_dir=corpus, embedding_model=model
    )
    assistant.embeddings.encode(["warm up"])
    started = time.perf_counter()
    report = assistant.ingest([corpus])
    elapsed = time.perf_counter() - started
    assert not report.failed, report.failed
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("model", help="candidate model: a sentence-transformers folder or name")
    parser.add_argument("--runs", type=int, default=3, help="ingests per model (median reported)")
    parser.add_argument("--copies", type=int, default=10, help="articles in the synthetic corpus")
    args = parser.parse_args()
    _quiet_libraries()
    with tempfile.TemporaryDirectory(prefix="bench-models-") as tmp:
        scratch = Path(tmp)
        paragraphs = make_corpus(scratch / "corpus", args.copies)
        times: dict[str, list[float]] = {DEFAULT: [], args.model: []}
        for run in range(args.runs):
            for model in times:
                times[model].append(ingest_seconds(model, scratch / "corpus", scratch))
                print(f"run {run + 1}: {model}: {times[model][-1]:.1f} s", file=sys.stderr)
    base = statistics.median(times[DEFAULT])
    print(f"ingest of {args.copies} articles ({paragraphs} paragraphs), median of {args.runs} runs:")
    for model, values in times.items():
        median = statistics.median(values)
        print(f"  {model}: {median:.1f} s ({paragraphs / median:.0f} ¶/s), {median / base:.2f}× the default")


if __name__ == "__main__":
    main()
