"""What every HTTP route shares: the error shape, the status of each project error, auth, the assistant.

Every error leaves the server as ``{"error": {"type": ..., "message": ...}}`` (the shape OpenAI
clients parse too), with a status code that tells a client whether to fix its request (4xx) or try
again later (502/503).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from ...assistant import Assistant
from ...errors import (
    ArticleError,
    AssistantError,
    EmptyQuestionError,
    IndexStateError,
    InvalidArgumentError,
    LLMError,
    LLMNotConfiguredError,
    ModelError,
    QuestionTooLongError,
    StoreUnavailableError,
    UnknownArticleError,
)
from ..access import api_key_problem

# Most specific first: the first matching class decides.
_ERROR_STATUS: list[tuple[type[AssistantError], int, str]] = [
    (UnknownArticleError, 404, "unknown_article"),
    (EmptyQuestionError, 400, "empty_question"),
    (QuestionTooLongError, 400, "question_too_long"),
    (InvalidArgumentError, 400, "invalid_argument"),
    (ArticleError, 422, "article_error"),
    (LLMNotConfiguredError, 400, "invalid_request"),  # the client asked for a mode not set up
    (LLMError, 502, "llm_error"),
    (StoreUnavailableError, 503, "store_unavailable"),
    (IndexStateError, 503, "index_unusable"),
    (ModelError, 503, "model_unavailable"),
    (AssistantError, 400, "invalid_request"),
]
_HTTP_TYPES = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "request_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
}


class ErrorDetail(BaseModel):
    type: str = Field(description="Stable machine-readable kind, e.g. `unknown_article`.")
    message: str = Field(description="What went wrong and what to do about it.")
    param: str | None = Field(None, description="The request field at fault, when one is (as OpenAI's).")
    code: str | None = Field(None, description="Machine-readable code (as OpenAI's); the same as `type`.")
    details: list[dict[str, Any]] | None = Field(None, description="Per-field problems of a 422.")


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


def error_body(kind: str, message: str, param: str | None = None, **extra: Any) -> dict[str, Any]:
    """``{"error": {...}}`` with the fields OpenAI's clients read: type, message, param and code."""
    error: dict[str, Any] = {"type": kind, "message": message, "param": param, "code": kind}
    error.update({k: v for k, v in extra.items() if v is not None})
    return {"error": error}


def error_response(
    status: int, kind: str, message: str, headers: Mapping[str, str] | None = None, **extra: Any
) -> JSONResponse:
    body = error_body(kind, message, **extra)
    headers = dict(headers or {})
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse(body, status_code=status, headers=headers or None)


def status_of(exc: AssistantError) -> tuple[int, str]:
    """The HTTP status and error type for a project error."""
    for cls, status, kind in _ERROR_STATUS:
        if isinstance(exc, cls):
            return status, kind
    return 400, "invalid_request"  # pragma: no cover (AssistantError is last in the table)


def http_error_type(status: int) -> str:
    return _HTTP_TYPES.get(status, "server_error" if status >= 500 else "http_error")


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for a route: each status documented with the error body."""
    return {s: {"model": ErrorBody, "description": http_error_type(s)} for s in statuses}


def get_assistant(request: Request) -> Assistant:
    return request.app.state.assistant


_bearer = HTTPBearer(auto_error=False, description="Needed when ASSISTANT_API_KEY is set.")


def require_api_key(
    request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)
) -> None:
    """Refuse the request unless it carries the configured key (no key configured: everyone may)."""
    token = credentials.credentials if credentials is not None else None
    problem = api_key_problem(get_assistant(request).settings.api_key, token)
    if problem is not None:
        raise HTTPException(401, problem)
