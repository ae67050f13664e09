"""An LLM that is unreachable or never answers gives a clear error, or an extractive answer that says so.

The "silent server" is a real TCP server in the test that accepts connections and never replies:
the network fault a user meets when a server hangs. Nothing here waits longer than the timeout.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Answer, Assistant, LLMError

from ..conftest import SEEDS, free_port, llama_server_command, running_server

pytestmark = pytest.mark.slow

LESSONS = "What do Israeli leaders say the lessons of October 7 require?"


@pytest.fixture()
def silent_server() -> Iterator[str]:
    """A loopback server that accepts every connection and never sends a byte."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


def _llm_assistant(seed_assistant: Assistant, url: str, **settings: object) -> Assistant:
    return Assistant.open(
        index_dir=seed_assistant.settings.index_dir,
        corpus_dir=SEEDS,
        mode="openai",
        llm_base_url=url,
        **({"llm_timeout": 2} | settings),
    )


def test_unreachable_llm_is_a_clear_error(seed_assistant: Assistant) -> None:
    assistant = _llm_assistant(seed_assistant, "http://127.0.0.1:9/v1")
    with pytest.raises(
        LLMError, match=r"Cannot reach the LLM server at http://127.0.0.1:9/v1.*ASSISTANT_LLM"
    ):
        assistant.ask(LESSONS)


def test_a_server_that_never_answers_times_out_with_a_clear_error(
    seed_assistant: Assistant, silent_server: str
) -> None:
    assistant = _llm_assistant(seed_assistant, silent_server)
    with pytest.raises(LLMError, match=rf"{silent_server} did not answer within 2 s.*ASSISTANT_LLM_TIMEOUT"):
        assistant.ask(LESSONS)


def test_a_silent_server_during_follow_up_rewriting_is_also_bounded(
    seed_assistant: Assistant, silent_server: str
) -> None:
    assistant = _llm_assistant(seed_assistant, silent_server)
    history = [{"role": "user", "content": LESSONS}, {"role": "assistant", "content": "A new architecture."}]
    with pytest.raises(LLMError, match="did not answer within 2 s"):
        assistant.ask("Who said that?", history)


@pytest.mark.parametrize("where", ["unreachable", "silent"])
def test_with_fallback_on_the_answer_is_extractive_and_says_why(
    seed_assistant: Assistant, silent_server: str, where: str
) -> None:
    url = silent_server if where == "silent" else "http://127.0.0.1:9/v1"
    assistant = _llm_assistant(seed_assistant, url, llm_fallback=True)
    items = list(assistant.stream(LESSONS))
    answer = items[-1]
    assert isinstance(answer, Answer) and answer.trace.mode == "openai"
    assert answer.citations[0].paragraph == 26  # the extractive answer
    assert answer.notices[0].startswith("The LLM failed, so this is the extractive answer")
    assert url in answer.trace.fallback
    assert answer.to_dict()["notices"] == answer.notices


def test_fallback_covers_a_failed_rewrite_too(seed_assistant: Assistant) -> None:
    assistant = _llm_assistant(seed_assistant, "http://127.0.0.1:9/v1", llm_fallback=True)
    history = [{"role": "user", "content": LESSONS}, {"role": "assistant", "content": "A new architecture."}]
    answer = assistant.ask("What do Israeli leaders say that requires?", history)
    assert answer.trace.fallback and "Cannot reach" in answer.notices[0]
    assert answer.trace.rewritten_question is None and not answer.abstained


def test_cli_says_what_the_chosen_backend_needs(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from assistant.interfaces.cli import app

    places = ["--index", str(tmp_path / "i"), "--corpus", str(tmp_path / "c")]
    result = CliRunner().invoke(app, ["ask", LESSONS, *places, "--mode", "llamacpp"])
    assert result.exit_code == 2 and "ASSISTANT_LLM_MODEL_PATH" in result.output


@pytest.mark.llm
def test_llm_server_stopped_and_restarted_mid_run(seed_assistant: Assistant, tmp_path: Path) -> None:
    """The same assistant, across a real LLM server's stop and restart on its port: answers while it
    is up, a clear error (or, with fallback, an extractive answer that says why) while it is down,
    and answers again once it is back, without being reopened."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/v1"
    strict = _llm_assistant(seed_assistant, url, llm_model="smollm2", llm_timeout=60, llm_max_tokens=60)
    lenient = _llm_assistant(
        seed_assistant, url, llm_model="smollm2", llm_timeout=60, llm_max_tokens=60, llm_fallback=True
    )
    with running_server(llama_server_command(port), f"{url}/models", tmp_path / "first.log", timeout=120):
        before = strict.ask(LESSONS)
        assert before.trace.llm_text and before.trace.mode == "openai"

    with pytest.raises(LLMError, match=rf"Cannot reach the LLM server at {url}"):
        strict.ask(LESSONS)
    down = lenient.ask(LESSONS)
    assert down.notices[0].startswith("The LLM failed") and down.citations[0].paragraph == 26

    with running_server(llama_server_command(port), f"{url}/models", tmp_path / "again.log", timeout=120):
        for assistant in (strict, lenient):
            after = assistant.ask(LESSONS)
            assert after.trace.llm_text and "Cannot reach" not in (after.trace.fallback or ""), after.trace
