"""Benchmark: ingest speed and single-question latency, with ratios against a baseline.

The baseline is what a hand-rolled LangChain tutorial does on the same machine in the same run:
``Chroma.from_texts`` over the same paragraphs, then a dense-only ``similarity_search`` per question.
Figures are medians of several runs; machines are noisy, so compare ratios, not single numbers.

    python bench/bench.py [--runs 5] [--copies 20] [--json bench/results/latest.json]
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
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from assistant.cli import _quiet_libraries  # noqa: E402
from assistant.corpus import load_article  # noqa: E402


def make_corpus(folder: Path, copies: int) -> int:
    """``copies`` articles built from the seeds, each with its paragraphs rotated so texts differ."""
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = 0
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        article = load_article(seed)
        texts = [p.text for p in article.paragraphs]
        for i in range(copies):
            rotated = texts[i % len(texts) :] + texts[: i % len(texts)]
            body = "\n\n".join(f"{t} (copy {i})" for t in rotated)
            (folder / f"{seed.stem}-{i:03d}.txt").write_text(
                f"{article.title} {i}\n\n{body}\n", encoding="utf-8"
            )
            paragraphs += len(rotated)
    return paragraphs


def timed(fn, *args, **kwargs) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5, help="repetitions per figure (median reported)")
    parser.add_argument("--copies", type=int, default=20, help="articles in the synthetic ingest corpus")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    _quiet_libraries()

    lines = (ROOT / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["user_input"] for line in lines if line.strip()]
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        corpus = tmpdir / "corpus"
        n_paragraphs = make_corpus(corpus, args.copies)

        started = time.perf_counter()
        warm = Assistant.open(index_dir=tmpdir / "warm", corpus_dir=corpus)
        warm.embeddings.encode(["warm up"])
        figures["model_load_s"] = time.perf_counter() - started

        ingest, reingest = [], []
        for run in range(args.runs):
            assistant = Assistant.open(index_dir=tmpdir / f"index-{run}", corpus_dir=corpus)
            ingest.append(timed(assistant.ingest, [corpus]))
            reingest.append(timed(assistant.ingest, [corpus]))
        figures["ingest_s"] = statistics.median(ingest)
        figures["ingest_paragraphs_per_s"] = n_paragraphs / figures["ingest_s"]
        figures["reingest_unchanged_s"] = statistics.median(reingest)

        first = [timed(assistant.ask, q) for q in questions]  # nothing cached yet
        repeated = [timed(assistant.ask, q) for _ in range(args.runs) for q in questions]
        figures["ask_first_median_ms"] = statistics.median(first) * 1000
        figures["ask_median_ms"] = statistics.median(repeated) * 1000
        figures["ask_p90_ms"] = statistics.quantiles(repeated, n=10)[-1] * 1000

        # Baseline: the LangChain tutorial pipeline, same model, same paragraphs.
        from langchain_chroma import Chroma

        texts = [p.text for f in sorted(corpus.glob("*.txt")) for p in load_article(f).paragraphs]
        base_ingest, base_ask = [], []
        for run in range(args.runs):
            started = time.perf_counter()
            store = Chroma.from_texts(
                texts,
                assistant.embeddings,
                collection_name=f"baseline{run}",
                persist_directory=str(tmpdir / f"baseline-{run}"),
            )
            base_ingest.append(time.perf_counter() - started)
        for _ in range(args.runs):
            for q in questions:
                base_ask.append(timed(store.similarity_search, q, k=5))
        figures["baseline_ingest_s"] = statistics.median(base_ingest)
        figures["baseline_ask_median_ms"] = statistics.median(base_ask) * 1000

    print(
        f"corpus: {args.copies} articles, {n_paragraphs} paragraphs; {len(questions)} questions; "
        f"{args.runs} runs, medians"
    )
    print(f"model load (cold, once):       {figures['model_load_s']:8.2f} s")
    print(
        f"ingest, fresh index:           {figures['ingest_s']:8.2f} s  "
        f"({figures['ingest_paragraphs_per_s']:.0f} paragraphs/s)"
    )
    print(f"re-ingest, nothing changed:    {figures['reingest_unchanged_s']:8.2f} s")
    print(f"ask, first time (cold caches): {figures['ask_first_median_ms']:8.1f} ms median")
    print(
        f"ask, repeated:                 {figures['ask_median_ms']:8.1f} ms median, "
        f"{figures['ask_p90_ms']:.1f} ms p90"
    )
    print(f"baseline ingest (from_texts):  {figures['baseline_ingest_s']:8.2f} s")
    print(f"baseline query (dense only):   {figures['baseline_ask_median_ms']:8.1f} ms median")
    print(f"ratio ingest / baseline:       {figures['ingest_s'] / figures['baseline_ingest_s']:8.2f}x")
    reingest_ratio = figures["reingest_unchanged_s"] / figures["baseline_ingest_s"]
    print(f"ratio re-ingest / baseline:    {reingest_ratio:8.3f}x")
    base_ask = figures["baseline_ask_median_ms"]
    print(
        f"ratio ask / baseline query:    {figures['ask_first_median_ms'] / base_ask:8.2f}x first time, "
        f"{figures['ask_median_ms'] / base_ask:.2f}x repeated"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
