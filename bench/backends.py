"""A/B of the embedding backends in one run: ``python bench/backends.py``.

Same corpus (the seed articles), same questions (``eval/dev.jsonl``), one assistant per backend,
asked in alternating order so that load on the machine hits both alike; plus bare encoding
speed of the corpus paragraphs, alternating the same way. Prints medians and ratios.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from assistant.evaluation import load_question_set  # noqa: E402
from assistant.ingest.article import load_article  # noqa: E402
from assistant.logs import quiet_libraries  # noqa: E402


def main(rounds: int = 3) -> None:
    quiet_libraries()
    questions = [q.user_input for q in load_question_set(ROOT / "eval" / "dev.jsonl").questions]
    texts = [p.text for f in sorted((ROOT / "seeds").glob("*.txt")) for p in load_article(f).paragraphs]
    backends = ["torch", "onnx"]
    with tempfile.TemporaryDirectory() as tmp:
        assistants = {
            b: Assistant.open(index_dir=Path(tmp) / b, corpus_dir=ROOT / "seeds", embedding_backend=b)
            for b in backends
        }
        for a in assistants.values():
            a.ensure_index()
            a.ask(questions[0])
        ask: dict[str, list[float]] = {b: [] for b in backends}
        encode: dict[str, list[float]] = {b: [] for b in backends}
        for r in range(rounds):
            for i, question in enumerate(questions):
                for b in backends if (i + r) % 2 else backends[::-1]:
                    a = assistants[b]
                    a.embeddings._cache.clear()  # every answer embeds its sentences afresh
                    started = time.perf_counter()
                    a.ask(question)
                    ask[b].append((time.perf_counter() - started) * 1000)
            for b in backends if r % 2 else backends[::-1]:
                started = time.perf_counter()
                assistants[b].embeddings.encode(texts)
                encode[b].append(time.perf_counter() - started)
    for b in backends:
        print(
            f"{b:6s} ask p50 {statistics.median(ask[b]):7.1f} ms   "
            f"encode {len(texts) / statistics.median(encode[b]):6.1f} paragraphs/s"
        )
    print(
        f"onnx / torch: ask p50 {statistics.median(ask['onnx']) / statistics.median(ask['torch']):.2f}, "
        f"encode time {statistics.median(encode['onnx']) / statistics.median(encode['torch']):.2f}"
    )


if __name__ == "__main__":
    main()
