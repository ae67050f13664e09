"""Benchmark: what a candidate embedding model costs against the default, in the same run.

Answer quality of a model comes from `assistant eval` (set ASSISTANT_EMBEDDING_MODEL and use a fresh
index, since an index records its model); this script measures ingest time and per-question
latency (the first questions of eval/dev.jsonl, asked once each). Runs alternate between the
models so that machine noise hits both; figures are medians.

    python bench/embedding_models.py MODEL_FOLDER [--runs 3] [--paragraphs 200] [--questions 20]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from synthetic import generate, write_corpus  # noqa: E402  (bench/synthetic.py: bench.py's corpus)

from assistant import Assistant  # noqa: E402
from assistant.logs import quiet_libraries  # noqa: E402

DEFAULT = "all-MiniLM-L6-v2"


def timed_run(model: str, corpus: Path, scratch: Path, questions: list[str]) -> tuple[float, list[float]]:
    """Seconds to ingest ``corpus`` into a fresh index with ``model`` (model loading excluded), and
    milliseconds per question asked on that index."""
    assistant = Assistant.open(
        index_dir=scratch / f"index-{time.monotonic_ns()}", corpus_dir=corpus, embedding_model=model
    )
    assistant.embeddings.encode(["warm up"])
    started = time.perf_counter()
    report = assistant.ingest([corpus])
    elapsed = time.perf_counter() - started
    assert not report.failed, report.failed
    latencies = []
    for question in questions:
        started = time.perf_counter()
        assistant.ask(question)
        latencies.append((time.perf_counter() - started) * 1000)
    return elapsed, latencies


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("model", help="candidate model: a sentence-transformers folder or name")
    parser.add_argument("--runs", type=int, default=3, help="ingests per model (median reported)")
    parser.add_argument("--paragraphs", type=int, default=200, help="paragraphs in the synthetic corpus")
    parser.add_argument("--questions", type=int, default=20, help="dev-set questions timed per run")
    args = parser.parse_args()
    lines = (ROOT / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["user_input"] for line in lines[: args.questions]]
    quiet_libraries()
    with tempfile.TemporaryDirectory(prefix="bench-models-") as tmp:
        scratch = Path(tmp)
        articles = generate(args.paragraphs)
        write_corpus(articles, scratch / "corpus")
        paragraphs = sum(len(article.paragraphs) for article in articles)
        times: dict[str, list[float]] = {DEFAULT: [], args.model: []}
        latencies: dict[str, list[float]] = {DEFAULT: [], args.model: []}
        for run in range(args.runs):
            for model in times:
                seconds, ms = timed_run(model, scratch / "corpus", scratch, questions)
                times[model].append(seconds)
                latencies[model] += ms
                print(f"run {run + 1}: {model}: ingest {seconds:.1f} s", file=sys.stderr)
    base, base_ms = statistics.median(times[DEFAULT]), statistics.median(latencies[DEFAULT])
    print(f"ingest of {len(articles)} articles ({paragraphs} paragraphs), median of {args.runs} runs;")
    print(f"latency: median over {len(questions)} dev questions x {args.runs} runs:")
    for model in times:
        median, ms = statistics.median(times[model]), statistics.median(latencies[model])
        print(
            f"  {model}: ingest {median:.1f} s ({paragraphs / median:.0f} ¶/s, {median / base:.2f}×), "
            f"question {ms:.0f} ms ({ms / base_ms:.2f}×)"
        )


if __name__ == "__main__":
    main()
