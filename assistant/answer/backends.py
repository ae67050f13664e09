"""LLM backends as LangChain chat models: an OpenAI-compatible server, or a GGUF file in-process.

Heavy imports happen only for the backend chosen. Each backend's failures are turned into an
``LLMError`` that names the address or file and says what to change.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, get_args

from ..config import Settings
from ..errors import AssistantError, LLMError, LLMNotConfiguredError
from ..types import LLMBackendName

LLM_BACKENDS: tuple[LLMBackendName, ...] = get_args(LLMBackendName)


@dataclass(slots=True)
class LLMBackend:
    """A ready chat model and what a user needs to know about it."""

    name: LLMBackendName
    model: Any  # a langchain_core BaseChatModel
    where: str  # the server URL or the model file, for messages
    # llama.cpp's in-process model is not safe to use from two threads at once (the web UI may try).
    _lock: threading.Lock | None = field(default=None, repr=False)

    @contextmanager
    def exclusive(self, timeout: float) -> Iterator[None]:
        """Hold the model for one call; waiting longer than ``timeout`` for it is an ``LLMError``."""
        if self._lock is None:
            yield
            return
        if not self._lock.acquire(timeout=timeout):
            raise LLMError(f"The in-process model {self.where} stayed busy for {timeout:g} s; try again.")
        try:
            yield
        finally:
            self._lock.release()

    def limited(self, max_tokens: int) -> Any:
        """The chat model with a smaller token budget (for short calls like question rewriting)."""
        key = "max_completion_tokens" if self.name == "openai" else "max_tokens"
        return self.model.bind(**{key: max_tokens})


def build_backend(settings: Settings, name: str) -> LLMBackend:
    """The chat model for backend ``name`` (``openai`` or ``llamacpp``) from the settings."""
    if name == "openai":
        return _openai(settings)
    if name == "llamacpp":
        return _llamacpp(settings)
    raise AssistantError(f"Unknown LLM backend {name!r}: use one of {', '.join(LLM_BACKENDS)}.")


def _openai(settings: Settings) -> LLMBackend:
    from langchain_openai import ChatOpenAI

    if not settings.llm_base_url:
        raise LLMNotConfiguredError(
            "ASSISTANT_MODE=openai needs an OpenAI-compatible server: set ASSISTANT_LLM_BASE_URL "
            "(e.g. http://127.0.0.1:11434/v1 for Ollama) and ASSISTANT_LLM_MODEL."
        )
    model = ChatOpenAI(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        api_key=settings.llm_api_key,
        temperature=settings.llm_temperature,
        # Connect, read and write each give up after this long: a silent server cannot hold a caller.
        timeout=settings.llm_timeout,
        max_completion_tokens=settings.llm_max_tokens,
        max_retries=0,  # a retry would double the wait the user was promised
        streaming=True,
        extra_body=settings.llm_extra_body,
    )
    return LLMBackend("openai", model, settings.llm_base_url)


def _llamacpp(settings: Settings) -> LLMBackend:
    path = settings.llm_model_path
    if path is None:
        raise LLMNotConfiguredError(
            "ASSISTANT_MODE=llamacpp needs a model file: set ASSISTANT_LLM_MODEL_PATH to a .gguf."
        )
    if not path.is_file():
        raise LLMNotConfiguredError(
            f"The model file {path} does not exist: set ASSISTANT_LLM_MODEL_PATH to a .gguf."
        )
    if any(importlib.util.find_spec(name) is None for name in ("llama_cpp", "langchain_community")):
        raise LLMNotConfiguredError(
            "ASSISTANT_MODE=llamacpp needs the optional llama.cpp packages: "
            "pip install -c constraints.txt -e '.[llamacpp]'"
        )
    from langchain_community.chat_models import ChatLlamaCpp

    try:
        model = ChatLlamaCpp(
            model_path=str(path),
            n_ctx=settings.llm_context_tokens,
            max_tokens=settings.llm_max_tokens,
            temperature=settings.llm_temperature,
            n_batch=256,
            streaming=True,
            verbose=False,
        )
    except (ValueError, OSError) as exc:
        raise LLMError(f"Cannot load the model file {path} with llama.cpp: {exc}") from exc
    return LLMBackend("llamacpp", model, str(path), threading.Lock())


def llm_error(exc: BaseException, backend: LLMBackend, settings: Settings) -> LLMError:
    """An actionable ``LLMError`` for whatever the chat model raised."""
    if isinstance(exc, LLMError):
        return exc
    kind = type(exc).__name__
    if backend.name == "llamacpp":
        return LLMError(f"The in-process model {backend.where} failed: {kind}: {exc}")
    if "Timeout" in kind:
        return LLMError(
            f"The LLM server at {backend.where} did not answer within {settings.llm_timeout:g} s. "
            "Check that it is running and not overloaded, raise ASSISTANT_LLM_TIMEOUT, or use "
            "ASSISTANT_MODE=extractive, which needs no LLM."
        )
    if "Connection" in kind:
        return LLMError(
            f"Cannot reach the LLM server at {backend.where} ({kind}). Start it, fix "
            "ASSISTANT_LLM_BASE_URL, or use ASSISTANT_MODE=extractive, which needs no LLM."
        )
    if "NotFound" in kind:
        return LLMError(
            f"The LLM server at {backend.where} does not know the model {settings.llm_model!r} "
            "(set ASSISTANT_LLM_MODEL to a model it serves)."
        )
    if "Authentication" in kind or "PermissionDenied" in kind:
        return LLMError(f"The LLM server at {backend.where} refused the API key: set ASSISTANT_LLM_API_KEY.")
    return LLMError(f"The LLM server at {backend.where} failed: {kind}: {exc}")
