"""An OpenAI-compatible chat endpoint, so any OpenAI client or chat front end gets cited answers.

The reply's text carries the [n] markers and ends with a "Sources:" list; the structured citations
travel in the extra top-level fields ``citations`` and ``abstained``, which OpenAI clients ignore
(the official Python client keeps them in ``model_extra``). Streaming follows OpenAI's server-sent
events: ``chat.completion.chunk`` objects, then ``data: [DONE]``.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, StrictInt
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool

from ...answer.conversation import split_messages
from ...assistant import Assistant
from ...config import Settings
from ...errors import AssistantError
from ...types import Answer, AnswerMode
from .errors import (
    error_body,
    error_response,
    error_responses,
    get_assistant,
    require_api_key,
    status_of,
)

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", dependencies=[Depends(require_api_key)], tags=["openai"])
AssistantDep = Annotated[Assistant, Depends(get_assistant)]

MODEL = "article-assistant"
OLD_LLM_MODEL = f"{MODEL}-llm"  # the LLM mode's id before each mode had its own (deprecated)
SOURCES_HEADING = "Sources:"
# Shown when the checked answer is not a continuation of the streamed draft (an LLM's markers were
# renumbered or dropped, or its answer replaced): the stream cannot take back what it sent.
REVISED = "Checked answer:"
_STARTED = int(time.time())


def model_modes(settings: Settings) -> dict[str, AnswerMode | None]:
    """Model ids a client may ask for, and the answer mode each one means (None: the settings').

    One id per mode this server can answer in (``article-assistant-<mode>``); while an LLM is set
    up, ``article-assistant-llm``, the older id of the LLM mode, still works and is still listed, so
    that clients which look for it keep working (the docs mark it deprecated)."""
    models: dict[str, AnswerMode | None] = {MODEL: None}
    models |= {f"{MODEL}-{mode}": mode for mode in settings.available_modes}
    if settings.llm_configured:
        models[OLD_LLM_MODEL] = settings.resolve_mode("llm")
    return models


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"] = Field(
        description="System and developer messages are ignored: the assistant keeps its own rules. "
        "`tool` and `function` messages are refused (400): this server never calls tools."
    )
    content: str | list[dict[str, Any]] | None = Field(
        None, description="Text, or a list of content parts of which the text parts are read."
    )


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")

    include_usage: bool | None = False


class ChatCompletionRequest(BaseModel):
    """OpenAI's chat completion request. Sampling options (temperature, max_tokens, ...) are accepted
    and ignored; ``top_k`` and ``article_ids`` are extensions (the OpenAI client's ``extra_body``)."""

    model_config = ConfigDict(extra="allow")

    model: str = Field(description=f"`{MODEL}` (see GET /v1/models).")
    messages: list[ChatMessage] = Field(
        min_length=1, description="The conversation; the last is the question."
    )
    stream: bool | None = False
    stream_options: StreamOptions | None = Field(
        None, description="`include_usage`: a last chunk with the (approximate) token counts."
    )
    n: Literal[1] | None = Field(1, description="Only one answer per request.")
    tools: list[dict[str, Any]] | None = Field(
        None, description="Refused (400) when not empty: answers cite articles, they call no tools."
    )
    functions: list[dict[str, Any]] | None = Field(None, description="Refused (400) when not empty.")
    tool_choice: Any = Field(None, description="Only `none` (or leaving it out) is accepted.")
    response_format: dict[str, Any] | None = Field(
        None,
        description='Only `{"type": "text"}` is accepted: the reply is cited text, not JSON to a schema.',
    )
    top_k: StrictInt | None = Field(
        None, ge=1, le=50, description="Paragraphs to retrieve (default: settings)."
    )
    article_ids: list[str] | None = Field(None, description="Only search these articles.")


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


class ChatCompletion(BaseModel):
    """OpenAI's ``chat.completion`` plus ``citations`` and ``abstained``."""

    model_config = ConfigDict(extra="allow")

    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[dict[str, Any]]
    usage: dict[str, int] | None = Field(
        None, description="Approximate token counts (words and punctuation marks; see the README)."
    )
    citations: list[dict[str, Any]] = Field(description="What each [n] marker points to.")
    abstained: bool = Field(description="True when the articles do not answer the question.")


@router.get(
    "/models",
    response_model=ModelList,
    summary="Models (answer modes) this server offers",
    responses=error_responses(401),
)
async def list_models(assistant: AssistantDep) -> ModelList:
    cards = [
        ModelCard(id=m, created=_STARTED, owned_by="article-assistant")
        for m in model_modes(assistant.settings)
    ]
    return ModelList(data=cards)


@router.get(
    "/models/{model}",
    response_model=ModelCard,
    summary="One model (answer mode) of this server",
    responses=error_responses(401, 404),
)
async def retrieve_model(model: str, assistant: AssistantDep) -> Any:
    if model not in model_modes(assistant.settings):
        return _unknown_model(model, assistant.settings)
    return ModelCard(id=model, created=_STARTED, owned_by="article-assistant")


def _unknown_model(model: str, settings: Settings) -> JSONResponse:
    offered = ", ".join(model_modes(settings))
    message = f"Unknown model {model[:100]!r}: this server offers {offered} (GET /v1/models)."
    return error_response(404, "model_not_found", message, param="model")


@router.get(
    "/chat/completions/{completion_id}",
    response_model=ChatCompletion,
    summary="A recent completion again, with its citations (e.g. for LangChain's ChatOpenAI)",
    responses=error_responses(401, 404),
)
async def retrieve_completion(completion_id: str) -> Any:
    """OpenAI's *retrieve a stored chat completion*: the last answers (up to 1,000, in memory, so not
    after a restart) can be fetched by their `id`. Clients that keep only the reply text and its id,
    such as LangChain's `ChatOpenAI` (`response_metadata["id"]`), get the structured citations here."""
    completion = _recent.get(completion_id)
    if completion is None:
        message = (
            f"No recent completion with id {completion_id[:100]!r}: only the last {_RECENT_LIMIT} answers "
            "since the server started are kept."
        )
        return error_response(404, "not_found", message, param="completion_id")
    return completion


@router.post(
    "/chat/completions",
    response_model=ChatCompletion,
    summary="OpenAI-compatible chat completion with cited answers (streaming or not)",
    responses={
        **error_responses(400, 401, 404, 413, 422, 502, 503),
        200: {"content": {"text/event-stream": {}}, "description": "A completion, or events when `stream`."},
    },
)
async def chat_completions(body: ChatCompletionRequest, assistant: AssistantDep) -> Any:
    models = model_modes(assistant.settings)
    if body.model not in models:
        return _unknown_model(body.model, assistant.settings)
    refusal = _unsupported(body)
    if refusal is not None:
        param, message = refusal
        return error_response(400, "unsupported_parameter", message, param=param)
    question, history = split_messages([{"role": m.role, "content": m.content or ""} for m in body.messages])
    for turn in history:
        if turn["role"] == "assistant":
            turn["content"] = answer_text_of(turn["content"])
    options = {"top_k": body.top_k, "article_ids": body.article_ids, "mode": models[body.model]}
    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    prompt_tokens = sum(count_tokens(m.content) for m in body.messages)
    if not body.stream:
        answer = await run_in_threadpool(assistant.ask, question, history, **options)
        return _remember(completion(completion_id, body.model, answer, prompt_tokens))
    items = assistant.stream(question, history, **options)
    # The first step checks the question and articles: its errors still get a proper status code.
    first = await run_in_threadpool(next, items, None)
    include_usage = bool(body.stream_options and body.stream_options.include_usage)
    events = _events(first, items, completion_id, body.model, prompt_tokens, include_usage)
    return StreamingResponse(
        events,
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def _unsupported(body: ChatCompletionRequest) -> tuple[str, str] | None:
    """``(param, message)`` for a request asking for something this server cannot do, else None.

    Ignoring these would let a client believe it got what it asked for (LangChain's
    ``with_structured_output`` would then fail on a reply that is not the JSON it expects).
    """
    if body.tools or body.functions:
        param = "tools" if body.tools else "functions"
        return param, (
            f"`{param}` is not supported: this server answers from its articles with cited text and "
            "calls no tools or functions. Leave it out (with LangChain: no bind_tools or "
            "with_structured_output on this model)."
        )
    if body.tool_choice not in (None, "none"):
        return "tool_choice", "`tool_choice` is not supported: this server calls no tools. Leave it out."
    if body.response_format and body.response_format.get("type", "text") != "text":
        kind = body.response_format.get("type")
        return "response_format", (
            f"`response_format` {kind!r} is not supported: the reply is cited text with a sources list, "
            'never JSON to a schema. Leave it out or use {"type": "text"} (with LangChain: no '
            "with_structured_output on this model); the structured citations are in the reply's "
            "`citations` field."
        )
    for number, message in enumerate(body.messages):
        if message.role in ("tool", "function"):
            return f"messages[{number}].role", (
                f"Message {number} has role {message.role!r}: this server calls no tools, so there are no "
                "tool results to read. Send user, assistant and system messages only."
            )
    return None


def count_tokens(content: str | list[dict[str, Any]] | None) -> int:
    """An approximate token count: words and punctuation marks (about what a BPE tokenizer counts in
    English text). The extractive answers involve no LLM tokenizer, so ``usage`` is an estimate."""
    if content is None:
        return 0
    if not isinstance(content, str):
        content = " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return len(_TOKEN.findall(content))


_TOKEN = re.compile(r"\w+|[^\w\s]")


def usage(prompt_tokens: int, reply: str) -> dict[str, int]:
    completion_tokens = count_tokens(reply)
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def completion(completion_id: str, model: str, answer: Answer, prompt_tokens: int) -> dict[str, Any]:
    text = reply_text(answer)
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        "usage": usage(prompt_tokens, text),
        **extras(answer),
    }


# The last answers, by completion id, for GET /v1/chat/completions/{id}.
_RECENT_LIMIT = 1000
_recent: OrderedDict[str, dict[str, Any]] = OrderedDict()
_recent_lock = threading.Lock()


def _remember(completion: dict[str, Any]) -> dict[str, Any]:
    with _recent_lock:
        _recent[completion["id"]] = completion
        while len(_recent) > _RECENT_LIMIT:
            _recent.popitem(last=False)
    return completion


def reply_text(answer: Answer) -> str:
    return answer.text + sources_block(answer)


def sources_block(answer: Answer) -> str:
    """The list of sources appended to the reply: one line per marker."""
    if not answer.citations:
        return ""
    lines = [f"[{c.marker}] {c.title}, {c.location} ({c.article_id})" for c in answer.citations]
    return f"\n\n{SOURCES_HEADING}\n" + "\n".join(lines)


def answer_text_of(reply: str) -> str:
    """An earlier reply as the conversation history should hold it: the answer without the sources."""
    if f"\n\n{REVISED}\n" in reply:
        reply = reply.split(f"\n\n{REVISED}\n", 1)[1]
    return reply.split(f"\n\n{SOURCES_HEADING}\n", 1)[0]


def extras(answer: Answer) -> dict[str, Any]:
    return {"citations": [c.to_dict() for c in answer.citations], "abstained": answer.abstained}


class DraftDeltas:
    """Turns the growing answer text into appended pieces, as a stream of deltas needs."""

    def __init__(self) -> None:
        self.sent = ""
        self.diverged = False

    def draft(self, text: str) -> str:
        """The new part of a longer draft; nothing once a draft stops extending what was sent."""
        if self.diverged or not text.startswith(self.sent):
            self.diverged = True
            return ""
        piece, self.sent = text[len(self.sent) :], text
        return piece

    def final(self, answer: Answer) -> str:
        """What completes the reply: the rest of the answer and its sources, or the checked answer."""
        if answer.text.startswith(self.sent):
            rest = answer.text[len(self.sent) :]
        else:
            rest = f"\n\n{REVISED}\n{answer.text}"
        self.sent = answer.text
        return rest + sources_block(answer)


async def _events(
    first: str | Answer | None,
    items: Iterator[str | Answer],
    completion_id: str,
    model: str,
    prompt_tokens: int = 0,
    include_usage: bool = False,
) -> AsyncIterator[str]:
    created = int(time.time())
    # With stream_options.include_usage, every chunk has "usage": null and one last chunk, with no
    # choices, carries the counts (as OpenAI streams them).
    no_usage = {"usage": None} if include_usage else {}

    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        data = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
            **no_usage,
            **extra,
        }
        return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

    deltas = DraftDeltas()
    sent = ""
    yield chunk({"role": "assistant", "content": ""})
    try:
        async for item in _prepend(first, items):
            if isinstance(item, Answer):
                rest = deltas.final(item)
                sent += rest
                yield chunk({"content": rest})
                yield chunk({}, "stop", **extras(item))
                _remember(completion(completion_id, model, item, prompt_tokens) | {"created": created})
                if include_usage:
                    last = {
                        "id": completion_id,
                        "object": "chat.completion.chunk",
                        "created": created,
                        "model": model,
                        "choices": [],
                        "usage": usage(prompt_tokens, sent),
                    }
                    yield f"data: {json.dumps(last)}\n\n"
            elif piece := deltas.draft(item):
                sent += piece
                yield chunk({"content": piece})
    except AssistantError as exc:  # the status is already sent: report it the way OpenAI streams do
        status, kind = status_of(exc)
        yield f"data: {json.dumps(error_body(kind, str(exc), status=status))}\n\n"
    except Exception as exc:
        log.exception("Streaming an answer failed")
        error = error_body("server_error", f"The answer failed: {type(exc).__name__}", status=500)
        yield f"data: {json.dumps(error)}\n\n"
    yield "data: [DONE]\n\n"


async def _prepend(first: str | Answer | None, items: Iterator[str | Answer]) -> AsyncIterator[str | Answer]:
    if first is not None:
        yield first
    async for item in iterate_in_threadpool(items):
        yield item
