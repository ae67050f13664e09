"""`assistant mcp`: the assistant's tools and articles for agents, over the Model Context Protocol.

``create_mcp_server(assistant)`` builds the server (tests and embedding apps build it with their own
settings); ``run_mcp(settings, transport)`` serves it over stdio or streamable HTTP.

Every tool runs the blocking work (embedding, Chroma, the LLM) in a worker thread, so the protocol
keeps answering while a question is being worked on, and that work is bounded by the assistant's own
timeouts. Bad arguments and project errors come back as tool errors (``isError``) worded like the
HTTP API's; an abstention is a normal result.
"""

# No `from __future__ import annotations`: the SDK reads the tools' annotations to build their
# schemas, and some of them (the question's length limit) are made per server below.

import functools
import inspect
import logging
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from io import TextIOWrapper
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import anyio
import anyio.to_thread
from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.exceptions import ResourceError, ToolError
from mcp.server.lowlevel.helper_types import ReadResourceContents
from mcp.server.stdio import stdio_server
from mcp.server.transport_security import TransportSecuritySettings
from mcp.types import CallToolResult, ContentBlock, Resource, TextContent, ToolAnnotations
from pydantic import AnyUrl, Field, StrictInt
from pydantic import ValidationError as ArgumentError
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from ... import __version__
from ...arguments import MAX_TOP_K
from ...assistant import Assistant
from ...config import Settings
from ...errors import AssistantError, invalid_request_message
from ..access import allowed_hosts, allowed_origins, api_key_problem, bearer_token, is_loopback
from ..uploads import Upload, add_uploads, upload_failure_message
from .models import (
    AddResult,
    ArticleList,
    ArticleSummary,
    ArticleText,
    AskResult,
    FileResult,
    Hit,
    NumberedParagraph,
    RemoveResult,
    SearchResult,
    Turn,
    article_uri,
)

log = logging.getLogger(__name__)
Transport = Literal["stdio", "http"]
MCP_PATH = "/mcp"
T = TypeVar("T")

INSTRUCTIONS = """Answers questions about a collection of news articles, citing the paragraphs that support
each answer. Use `ask` for an answer with citations: its text carries markers like [1], and each
citation gives the article, the paragraph number (¶) and the supporting quote; show them to the user.
An answer with `abstained: true` means the articles do not say. Use `search` to read the best
matching paragraphs yourself, `list_articles` and `get_article` (or the article://<id> resources) to
browse. Follow-up questions need the conversation so far in `history`."""

READ_ONLY = ToolAnnotations(readOnlyHint=True, openWorldHint=False)
TopK = Annotated[
    StrictInt | None,
    Field(ge=1, le=MAX_TOP_K, description="Paragraphs to retrieve (default: the server's ASSISTANT_TOP_K)."),
]
ArticleIds = Annotated[
    list[str] | None,
    Field(description="Only search these articles (ids as `list_articles` gives them)."),
]
History = Annotated[
    list[Turn] | None,
    Field(description="The conversation so far, oldest first, so that follow-up questions work."),
]
ArticleId = Annotated[str, Field(description="Article id, as `list_articles` gives it.")]


class ArticleMCP(FastMCP):
    """FastMCP that words errors like the HTTP API and lists each indexed article as a resource."""

    def __init__(self, assistant: Assistant, **options: Any) -> None:
        super().__init__(**options)
        self.assistant = assistant
        self._mcp_server.version = __version__  # the SDK would announce its own version

    def add_tool(
        self, fn: Callable[..., Any], *args: Any, description: str | None = None, **options: Any
    ) -> None:
        """As FastMCP's, with the docstring's indentation removed: clients show it to the model."""
        super().add_tool(fn, *args, description=description or inspect.cleandoc(fn.__doc__ or ""), **options)

    async def call_tool(self, name: str, arguments: dict[str, Any]) -> Sequence[ContentBlock] | Any:
        try:
            return await super().call_tool(name, arguments)
        except ToolError as exc:
            message = user_message(exc)
            if message is None and exc.__cause__ is None:
                raise  # the SDK's own words, e.g. "Unknown tool: ..."
            if message is None:  # a bug: the details go to the log, as with the HTTP API
                log.error("Tool %s failed", name, exc_info=exc.__cause__)
                message = f"Unexpected server error ({type(exc.__cause__).__name__}); see the log."
            return CallToolResult(content=[TextContent(type="text", text=message)], isError=True)

    async def list_resources(self) -> list[Resource]:
        infos = await in_thread(self.assistant.articles)
        articles = [
            Resource(
                uri=AnyUrl(article_uri(info.article_id)),
                name=info.article_id,
                title=info.title,
                description=f"{info.title} ({info.paragraph_count} numbered paragraphs)",
                mimeType="text/markdown",
            )
            for info in infos
        ]
        return [*await super().list_resources(), *articles]

    async def read_resource(self, uri: AnyUrl | str) -> Iterable[ReadResourceContents]:
        try:
            return await super().read_resource(uri)
        except Exception as exc:
            message = user_message(exc)
            if message is None:
                raise
            raise ResourceError(message) from None

    async def run_stdio_on(self, stdout: anyio.AsyncFile[str]) -> None:
        """Serve over stdin and the given stream (the process's real stdout, kept for the protocol)."""
        async with stdio_server(stdout=stdout) as (read_stream, write_stream):
            await self._mcp_server.run(
                read_stream, write_stream, self._mcp_server.create_initialization_options()
            )


def user_message(exc: BaseException) -> str | None:
    """The message a client should see for a failed call: the project error or argument problem behind
    ``exc``, worded as the HTTP API words it. None for an unexpected failure."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, AssistantError):
            return str(seen)
        if isinstance(seen, ArgumentError):
            return invalid_request_message(
                (".".join(str(part) for part in e["loc"]), e["msg"]) for e in seen.errors()
            )
        if isinstance(seen, ToolError) and seen is not exc:
            return str(seen)  # raised on purpose by a tool below
        seen = seen.__cause__ or seen.__context__
    return None


async def in_thread(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run blocking work in a worker thread, so the event loop goes on serving other requests."""
    return await anyio.to_thread.run_sync(functools.partial(function, *args, **kwargs))


def create_mcp_server(
    assistant: Assistant, *, host: str | None = None, port: int | None = None
) -> ArticleMCP:
    """The MCP server over ``assistant``; ``host`` and ``port`` matter for the HTTP transport only.

    The write tools (``add_article``, ``remove_article``) exist only with ``mcp_allow_writes``.
    """
    settings = assistant.settings
    host = host or settings.mcp_host
    server = ArticleMCP(
        assistant,
        name="article-assistant",
        instructions=INSTRUCTIONS,
        host=host,
        port=port or settings.mcp_port,
        streamable_http_path=MCP_PATH,
        transport_security=transport_security(settings, host),
        log_level="WARNING",
    )
    _add_read_tools(server, assistant)
    if settings.mcp_allow_writes:
        _add_write_tools(server, assistant)
    _add_resources(server, assistant)
    return server


def transport_security(settings: Settings, host: str) -> TransportSecuritySettings:
    """The HTTP transport's Host and Origin checks (DNS-rebinding protection), from the settings."""
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=[pattern for name in allowed_hosts(settings, host) for pattern in (name, f"{name}:*")],
        allowed_origins=[
            pattern for origin in allowed_origins(settings) for pattern in (origin, f"{origin}:*")
        ],
    )


def _add_read_tools(server: ArticleMCP, assistant: Assistant) -> None:
    limit = assistant.settings.max_question_chars
    # The schema says what the server accepts; the checks themselves are the assistant's, so a
    # client that does not validate gets the same message as from the HTTP API.
    question_schema = {"minLength": 1, "maxLength": limit, "pattern": r"\S"}
    Question = Annotated[
        str, Field(description=f"The question (up to {limit} characters).", json_schema_extra=question_schema)
    ]
    Query = Annotated[
        str,
        Field(description=f"What to look for (up to {limit} characters).", json_schema_extra=question_schema),
    ]

    # Only the modes this server is set up for: a client cannot pick an LLM the server lacks.
    modes = tuple(assistant.settings.available_modes)
    Mode = Annotated[
        Literal[modes] | None,  # type: ignore[valid-type]
        Field(
            description="Who answers (default: the server's ASSISTANT_MODE): `extractive` quotes the "
            "articles with no LLM; `openai`/`llamacpp` use the LLM the server is set up with."
        ),
    ]

    @server.tool(title="Ask the articles", annotations=READ_ONLY)
    async def ask(
        question: Question,
        history: History = None,
        top_k: TopK = None,
        article_ids: ArticleIds = None,
        mode: Mode = None,
    ) -> AskResult:
        """Answer a question about the articles, citing the paragraphs that support the answer.

        The answer text carries markers like [1]; each citation gives the article, the paragraph
        number and the supporting quote. When the articles do not answer the question the result
        has `abstained: true` and the reason. Pass the earlier turns in `history` for follow-ups.
        """
        turns = [turn.model_dump() for turn in history or []]
        answer = await in_thread(
            assistant.ask, question, turns, top_k=top_k, article_ids=article_ids, mode=mode
        )
        return AskResult.of(answer)

    @server.tool(title="Search paragraphs", annotations=READ_ONLY)
    async def search(query: Query, top_k: TopK = None, article_ids: ArticleIds = None) -> SearchResult:
        """The paragraphs that best match the query, best first, with their scores (no answer written)."""
        passages = await in_thread(assistant.search, query, top_k=top_k, article_ids=article_ids)
        return SearchResult(query=query, paragraphs=[Hit.of(p) for p in passages])

    @server.tool(title="List the articles", annotations=READ_ONLY)
    async def list_articles() -> ArticleList:
        """The indexed articles: id, title, byline, date and number of paragraphs."""
        infos = await in_thread(assistant.articles)
        return ArticleList(articles=[ArticleSummary.of(info) for info in infos])

    @server.tool(title="Read an article", annotations=READ_ONLY)
    async def get_article(article_id: ArticleId) -> ArticleText:
        """An article's metadata and its numbered paragraphs (¶1, ¶2, ... as answers cite them)."""
        info, paragraphs = await in_thread(assistant.article, article_id)
        return ArticleText(
            article=ArticleSummary.of(info),
            paragraphs=[NumberedParagraph(paragraph=p.paragraph, text=p.text) for p in paragraphs],
        )


def _add_write_tools(server: ArticleMCP, assistant: Assistant) -> None:
    @server.tool(
        title="Add an article", annotations=ToolAnnotations(destructiveHint=False, openWorldHint=False)
    )
    async def add_article(
        filename: Annotated[
            str, Field(description="File name with suffix .txt, .md or .html; the same name updates it.")
        ],
        content: Annotated[str, Field(description="The article's text (Markdown, HTML or plain text).")],
    ) -> AddResult:
        """Add or update an article. It is checked first (type, size, text) and saved into the corpus
        folder under a safe name; adding the same text again changes nothing."""
        with tempfile.TemporaryDirectory(prefix="assistant-mcp-") as scratch:
            suffix = Path(filename.replace("\\", "/")).suffix.lower()[:12]
            path = Path(scratch) / f"0{suffix}"
            path.write_text(content, encoding="utf-8")
            results, report = await in_thread(add_uploads, assistant, [Upload(filename, path)])
        message = upload_failure_message(results)
        if message is not None:
            raise ToolError(message)
        return AddResult(
            results=[FileResult.model_validate(r.to_dict()) for r in results], summary=report.summary()
        )

    @server.tool(
        title="Remove an article", annotations=ToolAnnotations(destructiveHint=True, openWorldHint=False)
    )
    async def remove_article(article_id: ArticleId) -> RemoveResult:
        """Remove an article from the index; its corpus file is moved to `.removed/`, never deleted."""
        removal = await in_thread(assistant.remove, article_id)
        return RemoveResult.of(removal)


def _add_resources(server: ArticleMCP, assistant: Assistant) -> None:
    @server.resource(
        "article://{article_id}",
        name="article",
        title="Article",
        description="An indexed article: title, byline and numbered paragraphs (¶n, as answers cite them).",
        mime_type="text/markdown",
    )
    async def article(article_id: str) -> str:
        info, paragraphs = await in_thread(assistant.article, article_id)
        head = [f"# {info.title}"]
        head += [line for line in (info.dek, info.byline and f"By {info.byline}", info.date) if line]
        head.append(f"Article id: {info.article_id}")
        return "\n\n".join([*head, *(f"¶{p.paragraph} {p.text}" for p in paragraphs)]) + "\n"


# ---------------------------------------------------------------------------- HTTP


class RequireApiKey:
    """Refuses HTTP requests without the configured API key, in the HTTP API's words and error shape."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.key = settings.api_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.key is not None:
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            problem = api_key_problem(self.key, bearer_token(headers.get("authorization")))
            if problem is not None:
                body = {"error": {"type": "unauthorized", "message": problem}}
                refusal = JSONResponse(body, status_code=401, headers={"WWW-Authenticate": "Bearer"})
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)


def http_app(server: ArticleMCP) -> ASGIApp:
    """The streamable HTTP app (endpoint ``/mcp``), behind the API key check when a key is set."""
    return RequireApiKey(server.streamable_http_app(), server.assistant.settings)


# ---------------------------------------------------------------------------- running


def run_mcp(settings: Settings, transport: Transport = "stdio") -> None:
    """Serve the MCP server until the client goes away (stdio) or the process is interrupted (HTTP)."""
    assistant = Assistant(settings)
    server = create_mcp_server(assistant)
    # Load the model and open the index in the background: the client's handshake is answered at
    # once, and a first call waits only for what is left of the warm-up.
    threading.Thread(target=_warm_up, args=(assistant,), name="mcp-warm-up", daemon=True).start()
    if transport == "stdio":
        serve_stdio(server)
    else:
        serve_http(server)


def _warm_up(assistant: Assistant) -> None:
    try:
        report = assistant.ensure_index()
        if report is not None:
            log.info("Built the index from %s: %s", assistant.settings.corpus_dir, report.summary())
        assistant.search("warm up")
    except AssistantError as exc:  # keep serving: the tools report the problem
        log.error("The index is not usable yet: %s", exc)
    except Exception:
        log.exception("Warming up failed")


def serve_stdio(server: ArticleMCP) -> None:
    """Serve on stdin/stdout; everything else written to stdout goes to stderr instead.

    The protocol owns stdout: a stray print (or a native library writing to file descriptor 1)
    would corrupt it. So the real stdout is kept aside for the protocol, and descriptor 1 becomes a
    copy of stderr.
    """
    sys.stdout.flush()
    protocol = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    stream = anyio.wrap_file(TextIOWrapper(protocol, encoding="utf-8"))
    log.info("MCP server on stdio")
    anyio.run(server.run_stdio_on, stream)


def serve_http(server: ArticleMCP) -> None:
    import uvicorn

    settings = server.assistant.settings
    host, port = server.settings.host, server.settings.port
    if settings.api_key is None and not is_loopback(host):
        log.warning("Serving MCP on %s without ASSISTANT_API_KEY: anyone who can reach it may use it.", host)
    shown = f"[{host}]" if ":" in host else host
    log.info("MCP server on http://%s:%d%s", shown, port, MCP_PATH)
    uvicorn.run(http_app(server), host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)
