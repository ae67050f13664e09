"""An OpenAI-compatible chat endpoint, so any OpenAI client or chat front end gets cited answers.

The reply's text carries the [n] markers and ends with a "Sources:" list; the structured citations
travel in the extra top-level fields ``citations`` and ``abstained``, which OpenAI clients ignore
(the official Python client keeps them in ``model_extra``). Streaming follows OpenAI's server-sent
events: ``chat.completion.chunk`` objects, then ``data: [DONE]``.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool

from ...answer.conversation import split_messages
from ...assistant import Assistant
from ...config import Settings
from ...errors import AssistantError
from ...types import Answer
from .errors import error_response, error_responses, get_assistant, require_api_key, status_of

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", dependencies=[Depends(require_api_key)], tags=["openai"])
AssistantDep = Annotated[Assistant, Depends(get_assistant)]

MODEL = "article-assistant"
SOURCES_HEADING = "Sources:"
# Shown when the checked answer is not a continuation of the streamed draft (an LLM's markers were
# renumbered or dropped, or its answer replaced): the stream cannot take back what it sent.
REVISED = "Checked answer:"
_STARTED = int(time.time())


def model_modes(settings: Settings) -> dict[str, str | None]:
    """Model ids a client may ask for, and the answer mode each one means (None: the settings')."""
    models: dict[str, str | None] = {MODEL: None, f"{MODEL}-extractive": "extractive"}
    if settings.llm_configured:
        models[f"{MODEL}-llm"] = "llm"
    return models


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant"] = Field(
        description="System and developer messages are ignored: the assistant keeps its own rules."
    )
    content: str | list[dict[str, Any]] | None = Field(
        None, description="Text, or a list of content parts of which the text parts are read."
    )


class ChatCompletionRequest(BaseModel):
    """OpenAI's chat completion request. Sampling options (temperature, max_tokens, ...) are accepted
    and ignored; ``top_k`` and ``article_ids`` are extensions (the OpenAI client's ``extra_body``)."""

    model_config = ConfigDict(extra="allow")

    model: str = Field(description=f"`{MODEL}` (see GET /v1/models).")
    messages: list[ChatMessage] = Field(
        min_length=1, description="The conversation; the last is the question."
    )
    stream: bool | None = False
    n: Literal[1] | None = Field(1, description="Only one answer per request.")
    top_k: int | None = Field(None, ge=1, le=50, description="Paragraphs to retrieve (default: settings).")
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
        offered = ", ".join(models)
        message = f"Unknown model {body.model!r}: this server offers {offered} (GET /v1/models)."
        return error_response(404, "model_not_found", message)
    question, history = split_messages([{"role": m.role, "content": m.content or ""} for m in body.messages])
    for turn in history:
        if turn["role"] == "assistant":
            turn["content"] = answer_text_of(turn["content"])
    options = {"top_k": body.top_k, "article_ids": body.article_ids, "mode": models[body.model]}
    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    if not body.stream:
        answer = await run_in_threadpool(assistant.ask, question, history, **options)
        return {
            "id": completion_id,
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": reply_text(answer)},
                    "finish_reason": "stop",
                    "logprobs": None,
                }
            ],
            **extras(answer),
        }
    items = assistant.stream(question, history, **options)
    # The first step checks the question and articles: its errors still get a proper status code.
    first = await run_in_threadpool(next, items, None)
    events = _events(first, items, completion_id, body.model)
    return StreamingResponse(
        events,
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


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
    first: str | Answer | None, items: Iterator[str | Answer], completion_id: str, model: str
) -> AsyncIterator[str]:
    created = int(time.time())

    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        data = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
            **extra,
        }
        return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

    deltas = DraftDeltas()
    yield chunk({"role": "assistant", "content": ""})
    try:
        async for item in _prepend(first, items):
            if isinstance(item, Answer):
                yield chunk({"content": deltas.final(item)})
                yield chunk({}, "stop", **extras(item))
            elif piece := deltas.draft(item):
                yield chunk({"content": piece})
    except AssistantError as exc:  # the status is already sent: report it the way OpenAI streams do
        status, kind = status_of(exc)
        yield f"data: {json.dumps({'error': {'type': kind, 'message': str(exc), 'code': status}})}\n\n"
    except Exception as exc:
        log.exception("Streaming an answer failed")
        error = {"type": "server_error", "message": f"The answer failed: {type(exc).__name__}", "code": 500}
        yield f"data: {json.dumps({'error': error})}\n\n"
    yield "data: [DONE]\n\n"


async def _prepend(first: str | Answer | None, items: Iterator[str | Answer]) -> AsyncIterator[str | Answer]:
    if first is not None:
        yield first
    async for item in iterate_in_threadpool(items):
        yield item
