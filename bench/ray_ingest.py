"""Benchmark: `assistant ingest --ray` with 1 and with 2 embedding workers on a local Ray cluster.

    python bench/ray_ingest.py                         # 1,000 synthetic paragraphs, 3 runs each
    python bench/ray_ingest.py --paragraphs 3000 --runs 5

Starts a `chroma run` server and a Ray cluster on loopback (a head and a second worker node, one
CPU each, as the test does), then ingests the same synthetic corpus (``bench/synthetic.py``) into a
new database each time, alternating 1 and 2 embedding actors (ASSISTANT_RAY_EMBEDDERS), and prints
the wall time of each run, the median throughput (paragraphs per second, end to end: the run joins
the cluster, parses, starts the actors, loads the model in each, embeds and writes) and the ratio
2 workers / 1 worker. Each run is paired with one of a tiny corpus (one short article per actor):
its time is the run's fixed cost, and the rest of the corpus over the rest of the time is the
embedding-and-writing rate beyond it, also given as a ratio. Stops the cluster and the server
afterwards. Needs the `ray` and `bench` extras.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic  # bench/synthetic.py
from processes import free_port, stop  # bench/processes.py

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# `ray start` keeping its loopback address (Ray would put the machine's network address in its
# place, and its servers would listen on every interface); the driver is told the same.
LOOPBACK_RAY = (
    "import sys; import ray._private.services as services; "
    "services.resolve_ip_for_localhost = lambda host: host; "
    "from ray.scripts.scripts import main; sys.argv[0] = 'ray'; sys.exit(main())"
)


def _env() -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return os.environ | {"PYTHONPATH": path}


@contextmanager
def chroma_server(folder: Path) -> Any:
    port = free_port()
    command = [str(BIN / "chroma"), "run", "--path", str(folder), "--host", "127.0.0.1", "--port", str(port)]
    with (folder.parent / "chroma.log").open("w") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=5):
                        break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("chroma run did not start") from None
                    time.sleep(0.5)
            yield port
        finally:
            stop(proc)


@contextmanager
def ray_cluster(temp: Path) -> Any:
    port = free_port()
    address = f"127.0.0.1:{port}"
    common = ["--node-ip-address", "127.0.0.1", "--num-cpus", "1", "--disable-usage-stats"]
    head = [
        "start", "--head", "--port", str(port), "--include-dashboard=false", "--temp-dir", str(temp),
        "--ray-client-server-port", str(free_port()), "--dashboard-agent-listen-port", str(free_port()),
    ]  # fmt: skip
    worker = ["start", "--address", address, "--dashboard-agent-listen-port", str(free_port())]
    try:
        for args in (head, worker):
            subprocess.run(
                [sys.executable, "-c", LOOPBACK_RAY, *args, *common],
                env=_env(), check=True, capture_output=True, timeout=300,
            )  # fmt: skip
        yield address
    finally:
        subprocess.run([str(BIN / "ray"), "stop"], capture_output=True, timeout=120)


def ingest_once(
    address: str, chroma_port: int, corpus: Path, workers: int, database: str, batch: int
) -> float:
    """Seconds for one `assistant ingest --ray` of the corpus into a new database."""
    env = _env() | {
        "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",  # dial the loopback head as given (docs/ray.md)
        "ASSISTANT_CHROMA_HOST": "127.0.0.1",
        "ASSISTANT_CHROMA_PORT": str(chroma_port),
        "ASSISTANT_CHROMA_DATABASE": database,
        "ASSISTANT_CORPUS_DIR": str(corpus),
        "ASSISTANT_RAY_EMBEDDERS": str(workers),
        "ASSISTANT_RAY_BATCH_ARTICLES": str(batch),
    }
    started = time.perf_counter()
    done = subprocess.run(
        [str(BIN / "assistant"), "ingest", "--ray", address, "--json", str(corpus)],
        env=env, capture_output=True, text=True, timeout=3600, cwd=corpus.parent,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    report = json.loads(done.stdout)
    if report["failed"] or not report["added"]:
        raise RuntimeError(f"unexpected report: {report}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, default=1000, help="size of the synthetic corpus")
    parser.add_argument("--runs", type=int, default=3, help="runs per worker count (medians are reported)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-ray-") as tmp:
        home = Path(tmp)
        articles = synthetic.generate(args.paragraphs)
        synthetic.write_corpus(articles, home / "corpus")
        # The fixed cost of a run (join, parse, start the actors, load the model in each), measured
        # with one small article per actor, so that the embedding rate can be told apart from it.
        tiny = synthetic.generate(60)[:2]
        synthetic.write_corpus(tiny, home / "tiny")
        paragraphs = sum(len(a.paragraphs) for a in articles)
        tiny_paragraphs = sum(len(a.paragraphs) for a in tiny)
        seconds: dict[tuple[str, int], list[float]] = {}
        with chroma_server(home / "chroma") as chroma_port, ray_cluster(home / "ray") as address:
            for run in range(args.runs):
                for workers in (1, 2) if run % 2 == 0 else (2, 1):  # alternate which goes first
                    for name, batch in (("corpus", 8), ("tiny", 1)):
                        elapsed = ingest_once(
                            address, chroma_port, home / name, workers, f"bench-{run}-{workers}-{name}", batch
                        )
                        seconds.setdefault((name, workers), []).append(elapsed)
                        print(f"run {run + 1}, {workers} worker(s), {name}: {elapsed:.1f} s", flush=True)
    median = {key: statistics.median(values) for key, values in seconds.items()}
    rates = {w: paragraphs / median["corpus", w] for w in (1, 2)}
    steady = {
        w: (paragraphs - tiny_paragraphs) / max(median["corpus", w] - median["tiny", w], 1e-9) for w in (1, 2)
    }
    print(
        f"\n{date.today()}  {platform.processor() or platform.machine()}, {os.cpu_count()} cores "
        f"(shared with other work), {len(articles)} articles, {paragraphs} paragraphs, "
        f"{args.runs} runs each"
    )
    for w in (1, 2):
        print(
            f"{w} worker(s): median {median['corpus', w]:.1f} s, {rates[w]:.1f} paragraphs/s end to end; "
            f"fixed cost {median['tiny', w]:.1f} s, beyond it {steady[w]:.1f} paragraphs/s"
        )
    print(
        f"ratio 2 / 1 workers: {rates[2] / rates[1]:.2f}x end to end, "
        f"{steady[2] / steady[1]:.2f}x beyond the fixed cost"
    )


if __name__ == "__main__":
    main()
