"""Benchmark: what answering over HTTP costs, against answering in process, in the same run.

Starts `assistant serve` on a free loopback port over a private copy of the seeds, then asks the
questions of eval/dev.jsonl: in process (``Assistant.ask``, the baseline), through ``POST /v1/ask``,
through the OpenAI-compatible endpoint (plain and streaming, time to first content), and from
several clients at once. Every figure is measured after a warm-up pass (model loaded, sentence
vectors cached), as a median over all questions and runs; compare ratios, not single numbers.

    python bench/bench_api.py [--runs 3] [--clients 4]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import openai
from processes import free_port, stop  # bench/processes.py

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Assistant  # noqa: E402
from assistant.evaluation import load_question_set  # noqa: E402
from assistant.logs import quiet_libraries  # noqa: E402


def start_server(home: Path) -> tuple[subprocess.Popen[bytes], str]:
    shutil.copytree(ROOT / "seeds", home / "corpus")
    port = free_port()
    env = os.environ | {
        "ASSISTANT_INDEX_DIR": str(home / "index"),
        "ASSISTANT_CORPUS_DIR": str(home / "corpus"),
    }
    command = [str(Path(sys.executable).with_name("assistant")), "serve", "--port", str(port), "--no-ui"]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=5):
                return proc, url
        except OSError:
            time.sleep(0.5)
    stop(proc)
    raise RuntimeError("assistant serve did not start")


def ms(seconds: list[float]) -> float:
    return round(statistics.median(seconds) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3, help="passes over the questions per figure")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients for the throughput figure")
    args = parser.parse_args()
    quiet_libraries()
    questions = [q.user_input for q in load_question_set(ROOT / "eval" / "dev.jsonl").questions]

    with tempfile.TemporaryDirectory(prefix="bench-api-") as scratch:
        home = Path(scratch)
        proc, url = start_server(home / "server")
        try:
            local = Assistant.open(index_dir=home / "local-index", corpus_dir=ROOT / "seeds")
            http = httpx.Client(base_url=url, timeout=120)
            client = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0)

            def in_process(q: str) -> None:
                local.ask(q)

            def json_api(q: str) -> None:
                http.post("/v1/ask", json={"question": q}).raise_for_status()

            def chat(q: str) -> None:
                client.chat.completions.create(
                    model="article-assistant", messages=[{"role": "user", "content": q}]
                )

            def first_content(q: str) -> float:
                started = time.perf_counter()
                stream = client.chat.completions.create(
                    model="article-assistant", messages=[{"role": "user", "content": q}], stream=True
                )
                first = None
                for chunk in stream:
                    if first is None and chunk.choices and chunk.choices[0].delta.content:
                        first = time.perf_counter() - started
                return first or 0.0

            for q in questions:  # warm-up: model loaded, sentence vectors cached, both sides
                in_process(q)
                json_api(q)

            figures: dict[str, list[float]] = {
                "in_process": [],
                "json_api": [],
                "chat": [],
                "stream_first": [],
            }
            for _ in range(args.runs):
                for q in questions:
                    for name, fn in (("in_process", in_process), ("json_api", json_api), ("chat", chat)):
                        started = time.perf_counter()
                        fn(q)
                        figures[name].append(time.perf_counter() - started)
                    figures["stream_first"].append(first_content(q))

            work = questions * args.runs
            started = time.perf_counter()
            for q in work:
                json_api(q)
            sequential = len(work) / (time.perf_counter() - started)
            started = time.perf_counter()
            with ThreadPoolExecutor(args.clients) as pool:
                list(pool.map(json_api, work))
            concurrent = len(work) / (time.perf_counter() - started)
        finally:
            stop(proc)

    base = statistics.median(figures["in_process"])
    print(f"{len(questions)} questions x {args.runs} runs, medians after warm-up ({os.cpu_count()} cores)")
    print(f"{'figure':<42}{'median':>10}{'vs in-process':>16}")
    rows = [
        ("Assistant.ask in process (baseline)", "in_process"),
        ("POST /v1/ask", "json_api"),
        ("POST /v1/chat/completions", "chat"),
        ("  streaming: time to first content", "stream_first"),
    ]
    for label, key in rows:
        value = ms(figures[key])
        print(f"{label:<42}{value:>8} ms{statistics.median(figures[key]) / base:>15.2f}x")
    print(f"{'throughput, 1 client':<42}{sequential:>7.1f}/s")
    print(f"{f'throughput, {args.clients} clients':<42}{concurrent:>7.1f}/s{concurrent / sequential:>15.2f}x")


if __name__ == "__main__":
    main()
