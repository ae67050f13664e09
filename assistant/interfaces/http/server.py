"""`assistant serve`: the JSON API, the OpenAI-compatible endpoint and the web UI on one port.

``create_server(assistant)`` builds the FastAPI app (tests and embedding apps build it with their
own settings); ``serve(settings)`` runs it under uvicorn.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ... import __version__
from ...arguments import VISIBLE_TEXT_PATTERN
from ...assistant import Assistant
from ...config import Settings
from ...errors import AssistantError, invalid_request_message
from ..access import allowed_hosts, bare_host, is_loopback
from . import api
from . import openai as openai_compat
from .errors import error_response, error_responses, http_error_type, status_of

log = logging.getLogger(__name__)
UI_PATH = "/ui"

DESCRIPTION = """Answers questions about news articles, citing the exact paragraphs that support each answer.

* `/v1/ask`, `/v1/articles`: the JSON API.
* `/v1/chat/completions`, `/v1/models`: OpenAI-compatible; the reply text carries [n] markers and a
  sources list, and the structured citations travel in the extra field `citations`.
* `/ui/`: the web UI.

When the server has an API key (ASSISTANT_API_KEY), every `/v1` request needs
`Authorization: Bearer <key>`. Errors are `{"error": {"type", "message"}}`.
"""


class Health(BaseModel):
    status: str
    paragraph_count: int = Field(description="Paragraphs in the index.")
    paragraphs: int = Field(deprecated=True, description="Deprecated name of `paragraph_count`.")


def create_server(assistant: Assistant, *, ui: bool = True) -> FastAPI:
    """The HTTP app over ``assistant``; ``ui=False`` leaves out the web UI."""
    settings = assistant.settings
    app = FastAPI(
        title="Article Assistant",
        version=__version__,
        description=DESCRIPTION,
        lifespan=_lifespan,
        openapi_tags=[
            {"name": "questions", "description": "Answers with paragraph citations."},
            {"name": "articles", "description": "The indexed articles."},
            {"name": "openai", "description": "OpenAI-compatible chat endpoint."},
        ],
    )
    app.state.assistant = assistant
    _describe_settings_in_openapi(app, settings)
    _install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(openai_compat.router)

    @app.get("/healthz", response_model=Health, responses=error_responses(503), tags=["health"])
    async def healthz() -> Health:
        """Ready when the index can be read (no API key needed)."""
        count = await run_in_threadpool(assistant.store.count)
        return Health(status="ok", paragraph_count=count, paragraphs=count)

    app.add_middleware(
        BodySizeLimit, json_limit=settings.api_max_body_bytes, upload_limit=settings.api_max_upload_bytes
    )
    if settings.api_cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.api_cors_origins,
            allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type"],
        )
    # Outermost: a request from a foreign page or for a foreign host is refused before anything runs.
    app.add_middleware(
        OriginGuard,
        hosts=set(allowed_hosts(settings, settings.api_host)),
        origins=[*settings.allowed_origins, *settings.api_cors_origins],
        port=settings.api_port,
    )
    if ui:
        _mount_ui(app, assistant)

        @app.get("/", include_in_schema=False)
        async def home() -> RedirectResponse:
            return RedirectResponse(f"{UI_PATH}/")

    return app


def _describe_settings_in_openapi(app: FastAPI, settings: Settings) -> None:
    """Make the OpenAPI document say what this server accepts: its question limit, answer modes and auth."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = generate()
            schemas = spec["components"]["schemas"]
            question = schemas["AskRequest"]["properties"]["question"]
            question.update(minLength=1, maxLength=settings.max_question_chars, pattern=VISIBLE_TEXT_PATTERN)
            question["description"] += " It needs visible text (not only spaces or invisible characters)."
            # The modes this server can answer in, and the deprecated `llm` while it has an LLM.
            mode = schemas["AskOptions"]["properties"]["mode"]
            for choice in mode["anyOf"]:
                if "enum" in choice:
                    choice["enum"] = list(settings.available_modes)
            if not settings.llm_configured:
                mode["anyOf"] = [c for c in mode["anyOf"] if not c.get("deprecated")]
            if settings.api_key is None:  # open server: no credentials needed anywhere
                spec["components"].pop("securitySchemes", None)
                for operations in spec["paths"].values():
                    for operation in operations.values():
                        operation.pop("security", None)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    await run_in_threadpool(_warm_up, app.state.assistant)
    yield


def _warm_up(assistant: Assistant) -> None:
    """Build the index if it is empty and load the model, so the first question is not the slow one."""
    try:
        report = assistant.ensure_index()
        if report is not None:
            log.info("Built the index from %s: %s", assistant.settings.corpus_dir, report.summary())
        assistant.embeddings.encode(["warm up"])
        _ = assistant.searcher
    except AssistantError as exc:  # keep serving: requests report the problem with a 503
        log.error("The index is not usable yet: %s", exc)


# ---------------------------------------------------------------------------- errors


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AssistantError)
    async def project_error(request: Request, exc: AssistantError) -> JSONResponse:
        status, kind = status_of(exc)
        return error_response(status, kind, str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        message = str(exc.detail)
        if exc.status_code == 404 and exc.detail == "Not Found":
            message = f"No endpoint at {request.url.path}: see /docs for the API."
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            # Starlette names only the first route of the path; every route of it counts.
            allowed = _allowed_methods(app, request.scope) or headers.get("Allow", "")
            headers["Allow"] = allowed
            message = f"{request.method} is not allowed on {request.url.path} (only {allowed}): see /docs."
        return error_response(exc.status_code, http_error_type(exc.status_code), message, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            {
                "loc": [str(part) for part in e.get("loc", ())],
                "msg": e.get("msg", ""),
                "type": e.get("type", ""),
            }
            for e in exc.errors()
        ]
        for e in exc.errors():
            if e.get("type") == "json_invalid":
                reason = (e.get("ctx") or {}).get("error", "JSON decode error")
                return error_response(400, "invalid_json", f"The request body is not valid JSON: {reason}.")
        where = problems[0]["loc"] if problems else []
        param = ".".join(part for part in where if part not in ("body", "query", "path")) or None
        return error_response(
            422,
            "validation_error",
            invalid_request_message((".".join(p["loc"]), p["msg"]) for p in problems),
            param=param,
            details=problems,
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("Unexpected error on %s %s", request.method, request.url.path)
        return error_response(
            500, "server_error", f"Unexpected server error ({type(exc).__name__}); see the log."
        )


def _allowed_methods(app: FastAPI, scope: Scope) -> str:
    """The methods some route answers at the request's path, for a 405's ``Allow`` header."""
    methods = {
        method
        for method in ("DELETE", "GET", "PATCH", "POST", "PUT")
        if any(route.matches({**scope, "method": method})[0] == Match.FULL for route in app.router.routes)
    }
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


class BodySizeLimit:
    """Refuses request bodies over the limit with 413: by Content-Length up front, else while reading.

    Article uploads (and the web UI's) may be up to ``upload_limit``; everything else is JSON and is
    held to ``json_limit``.
    """

    def __init__(self, app: ASGIApp, json_limit: int, upload_limit: int) -> None:
        self.app = app
        self.json_limit = json_limit
        self.upload_limit = upload_limit

    def limit_for(self, scope: Scope) -> int:
        path = scope["path"]
        uploading = scope["method"] == "POST" and path.rstrip("/") == "/v1/articles"
        return self.upload_limit if uploading or path.startswith(UI_PATH) else self.json_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope)
        if limit == self.upload_limit:
            size, setting = f"{limit / 1048576:g} MB", "ASSISTANT_API_MAX_UPLOAD_MB"
        else:
            size, setting = f"{limit / 1024:g} KiB", "ASSISTANT_API_MAX_BODY_KB"
        message = f"The request body is over the {size} limit for {scope['path']} ({setting})."
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await error_response(413, "request_too_large", message)(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            event = await receive()
            if event["type"] == "http.request":
                received += len(event.get("body", b""))
                if received > limit:
                    raise HTTPException(413, message)
            return event

        await self.app(scope, counted, send)


# ---------------------------------------------------------------------------- origin and host checks

_CHANGES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class OriginGuard:
    """Refuses (403) requests for a host this server is not (DNS rebinding), and state-changing requests
    (POST, PUT, PATCH, DELETE) from a web page of another origin.

    A page on any site can send a form or a multipart POST to a loopback server without a CORS
    preflight, and the browser sends it with the page's ``Origin``: that header is what tells such a
    request from the server's own pages and from programs (curl, SDKs), which send no ``Origin``. A
    page whose name was re-pointed at 127.0.0.1 (DNS rebinding) passes as same-origin, but its
    requests carry its own name in ``Host``, which is checked on every request.
    """

    def __init__(self, app: ASGIApp, hosts: set[str], origins: list[str], port: int) -> None:
        self.app = app
        self.hosts = hosts
        self.any_host = "*" in hosts
        self.origins = {o.strip().rstrip("/").lower() for o in origins}
        self.port = port

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        host = headers.get(b"host", b"").decode("latin-1")
        problem = self.host_problem(host)
        if problem is None and (scope["type"] == "websocket" or scope["method"] in _CHANGES):
            origin = headers.get(b"origin")
            if origin is not None:
                problem = self.origin_problem(origin.decode("latin-1"), host, scope)
        if problem is None:
            await self.app(scope, receive, send)
            return
        kind, message = problem
        log.warning("Refused %s %s: %s", scope.get("method", "WEBSOCKET"), scope["path"], message)
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        await error_response(403, kind, message)(scope, receive, send)

    def host_problem(self, host: str) -> tuple[str, str] | None:
        if self.any_host or bare_host(host) in self.hosts:
            return None
        shown = host[:100] or "(none)"
        return "host_not_allowed", (
            f"This server does not answer to the host name {shown!r} (a guard against DNS rebinding): "
            "use one of its allowed names, or add this one to ASSISTANT_ALLOWED_HOSTS on the server."
        )

    def origin_problem(self, origin: str, host: str, scope: Scope) -> tuple[str, str] | None:
        origin = origin.strip().rstrip("/").lower()
        if origin in self.origins or self._same_server(origin, host):
            return None
        shown = origin[:100]
        return "origin_not_allowed", (
            f"A web page from {shown!r} may not {scope['method']} {scope['path']} on this server (a guard "
            "against cross-site requests). Use the server's own pages, a program (no Origin header), or "
            "add that origin to ASSISTANT_ALLOWED_ORIGINS on the server."
        )

    def _same_server(self, origin: str, host: str) -> bool:
        """The page is this server's: its origin is the request's host, or an allowed host on our port."""
        scheme, _, netloc = origin.partition("://")
        if scheme not in ("http", "https") or not netloc or "/" in netloc:
            return False  # e.g. "null" (sandboxed frames, file:// pages)
        if netloc == host.strip().lower():
            return True
        name = bare_host(netloc)
        port_text = netloc[len(name) :].lstrip(":") if netloc.startswith("[") else netloc.partition(":")[2]
        port = int(port_text) if port_text.isdigit() else (443 if scheme == "https" else 80)
        return port == self.port and (name in self.hosts and not self.any_host)


# ---------------------------------------------------------------------------- web UI


def _mount_ui(app: FastAPI, assistant: Assistant) -> None:
    import gradio as gr

    from ..web.ui import create_app, launch_options

    settings = assistant.settings
    options = launch_options(settings)
    for key in ("server_name", "server_port", "share", "auth"):
        options.pop(key)
    demo = create_app(assistant).queue(default_concurrency_limit=4)
    gr.mount_gradio_app(
        app,
        demo,
        path=UI_PATH,
        server_name=settings.api_host,
        server_port=settings.api_port,
        auth=ui_login(settings),
        **options,
    )


def ui_login(settings: Settings) -> Callable[[str, str], bool] | tuple[str, str] | None:
    """The web UI's login: ASSISTANT_UI_AUTH, and, when the API has a key, that key as the password.

    With an API key the UI needs a login too, or it would be an open door to the articles that the
    key protects (it can upload and remove them).
    """
    account = settings.ui_credentials
    if settings.api_key is None:
        return account
    key = settings.api_key.get_secret_value()

    def check(username: str, password: str) -> bool:
        if account and _same(username, account[0]) and _same(password, account[1]):
            return True
        return _same(password, key)

    return check


def _same(given: str, expected: str) -> bool:
    return secrets.compare_digest(given.encode(), expected.encode())


# ---------------------------------------------------------------------------- running


def serve(settings: Settings, *, ui: bool = True) -> None:
    """Run the server with uvicorn on ``settings.api_host``:``settings.api_port`` until interrupted."""
    import uvicorn

    if settings.api_key is None and not is_loopback(settings.api_host):
        log.warning(
            "Serving on %s without ASSISTANT_API_KEY: anyone who can reach it may add and remove articles.",
            settings.api_host,
        )
    app = create_server(Assistant(settings), ui=ui)
    shown = f"[{settings.api_host}]" if ":" in settings.api_host else settings.api_host
    log.info(
        "Serving on http://%s:%d (API docs /docs%s)", shown, settings.api_port, ", UI /ui/" if ui else ""
    )
    uvicorn.run(app, host=settings.api_host, port=settings.api_port, timeout_graceful_shutdown=10)
