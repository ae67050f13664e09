"""`assistant mcp` as agents use it: the official MCP client over stdio and streamable HTTP.

Each server is the real `assistant mcp` process over a private copy of the seed corpus and its own
index; the client is `mcp.ClientSession` (and, for LangChain, `langchain-mcp-adapters`).
"""

from __future__ import annotations

import functools
import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import anyio
import httpx
import jsonschema
import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal

from assistant import Assistant, EmptyQuestionError, UnknownArticleError

from ..conftest import ROOT, SEED_ID, SEEDS, _private_env, free_port, stop_process

if not os.environ.get("CI"):  # CI installs the extra: there a missing SDK is a failure, not a skip
    pytest.importorskip("mcp", reason="the MCP server needs the `mcp` extra: pip install -e '.[mcp]'")
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import McpError
from mcp.types import CallToolResult

pytestmark = [pytest.mark.slow, pytest.mark.mcp]

LESSONS = "What do Israeli leaders say the lessons of October 7 require?"
MEDIATORS = "Which countries are mediating between Israel and Hamas?"
FOLLOW_UP = "Which outlet highlighted that?"
KEY = "mcp-test-key-7c1e"
ASSISTANT = str(Path(sys.executable).with_name("assistant"))
READ_TOOLS = {"ask", "search", "list_articles", "get_article"}
ARTICLE = (
    "Title: Harbour Wind Farm Approved\nBy Ada Lovelace\n\n"
    "The harbour authority approved a wind farm of twelve turbines on Tuesday after a public inquiry.\n\n"
    "Construction of the turbines is expected to start next spring and to take about two years.\n"
)
TIMEOUT = timedelta(seconds=300)  # the first call waits for the index build and the model


class Client:
    """A ClientSession driven from synchronous tests through a blocking portal (its own event loop)."""

    def __init__(self, portal: BlockingPortal, session: ClientSession) -> None:
        self.portal = portal
        self.session = session

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self.session, name)
        return lambda *args, **kwargs: self.portal.call(functools.partial(method, *args, **kwargs))

    def tool(self, name: str, **arguments: Any) -> CallToolResult:
        return self.call_tool(name, arguments)

    def result(self, name: str, **arguments: Any) -> dict[str, Any]:
        """The structured result of a call that must succeed."""
        result = self.tool(name, **arguments)
        assert not result.isError, result.content
        assert result.structuredContent is not None
        return result.structuredContent

    def error(self, name: str, **arguments: Any) -> str:
        """The message of a call that must fail as a tool error (not a protocol error)."""
        result = self.tool(name, **arguments)
        assert result.isError, result.structuredContent
        assert result.structuredContent is None
        return "".join(block.text for block in result.content if block.type == "text")


@contextmanager
def connected(transport: Callable[[], Any]) -> Iterator[Client]:
    @asynccontextmanager
    async def session() -> AsyncIterator[ClientSession]:
        async with transport() as streams, ClientSession(streams[0], streams[1], TIMEOUT) as client:
            await client.initialize()
            yield client

    with start_blocking_portal() as portal, portal.wrap_async_context_manager(session()) as client:
        yield Client(portal, client)


@contextmanager
def stdio_server(home: Path, **settings: str) -> Iterator[Client]:
    """`assistant mcp` launched by the client as a desktop app does, talking over its stdin/stdout."""
    env = _private_env(home, **settings)
    params = StdioServerParameters(command=ASSISTANT, args=["mcp"], env=env, cwd=str(home))
    with (home / "mcp.log").open("w") as errlog, connected(lambda: stdio_client(params, errlog)) as client:
        yield client


@contextmanager
def http_server(home: Path, **settings: str) -> Iterator[str]:
    """`assistant mcp --transport http` on a free loopback port; yields the endpoint URL."""
    port = free_port()
    env = _private_env(home, **settings)
    command = [ASSISTANT, "mcp", "--transport", "http", "--port", str(port)]
    with (home / "mcp.log").open("w") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=home, env=env)
        try:
            deadline = time.monotonic() + 120
            while not _listening(port):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"assistant mcp did not start: {(home / 'mcp.log').read_text()[-3000:]}"
                    )
                time.sleep(0.3)
            yield f"http://127.0.0.1:{port}/mcp"
        finally:
            stop_process(proc)


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def http_client(url: str, key: str | None = KEY) -> Client:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    http = httpx.AsyncClient(headers=headers, timeout=httpx.Timeout(300, connect=10))
    return connected(lambda: streamable_http_client(url, http_client=http))


@pytest.fixture(scope="module")
def stdio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    """The default server: read-only, no API key (stdio needs none)."""
    with stdio_server(tmp_path_factory.mktemp("mcp-stdio")) as client:
        yield client


@pytest.fixture(scope="module")
def http_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An HTTP server with an API key, one extra allowed origin, and writes allowed."""
    settings = {"api_key": KEY, "allowed_origins": '["https://app.example"]', "mcp_allow_writes": "true"}
    with http_server(tmp_path_factory.mktemp("mcp-http"), **settings) as url:
        yield url


@pytest.fixture(scope="module")
def http(http_url: str) -> Iterator[Client]:
    with http_client(http_url) as client:
        yield client


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """The Python API with the same settings as the servers, over its own index of the same corpus."""
    return Assistant.open(index_dir=tmp_path_factory.mktemp("mcp-local") / "index", corpus_dir=SEEDS)


# ---------------------------------------------------------------------------- what is offered


def test_lists_tools_with_input_and_output_schemas(stdio: Client) -> None:
    tools = {tool.name: tool for tool in stdio.list_tools().tools}
    assert set(tools) == READ_TOOLS  # no writes unless the settings allow them
    for tool in tools.values():
        assert tool.description and tool.outputSchema, tool.name
        assert "\n    " not in tool.description  # the docstring, without its indentation
        jsonschema.Draft202012Validator.check_schema(tool.inputSchema)
        jsonschema.Draft202012Validator.check_schema(tool.outputSchema)
        assert tool.annotations is not None and tool.annotations.readOnlyHint
    ask = tools["ask"]
    assert ask.inputSchema["required"] == ["question"]
    # Only the modes this server can use: without an LLM set up, extractive alone.
    mode = ask.inputSchema["properties"]["mode"]
    allowed = [v for option in mode["anyOf"] for v in option.get("enum", [option.get("const")]) if v]
    assert allowed == ["extractive"]
    assert {"text", "citations", "abstained", "abstain_reason"} <= set(ask.outputSchema["properties"])


def test_input_schemas_validate_arguments_on_the_client(stdio: Client) -> None:
    schemas = {tool.name: tool.inputSchema for tool in stdio.list_tools().tools}
    good = {
        "question": LESSONS,
        "history": [{"role": "user", "content": MEDIATORS}, {"role": "assistant", "content": "Egypt [1]"}],
        "top_k": 3,
        "article_ids": [SEED_ID],
    }
    jsonschema.validate(good, schemas["ask"])
    jsonschema.validate({"query": "ceasefire", "top_k": 50}, schemas["search"])
    jsonschema.validate({"article_id": SEED_ID}, schemas["get_article"])
    jsonschema.validate({}, schemas["list_articles"])
    bad = [
        ("ask", {}),
        ("ask", {"question": ""}),
        ("ask", {"question": "   "}),
        ("ask", {"question": "why " * 600}),
        ("ask", {"question": LESSONS, "top_k": 0}),
        ("ask", {"question": LESSONS, "top_k": 51}),
        ("ask", {"question": LESSONS, "top_k": True}),
        ("ask", {"question": LESSONS, "history": [{"role": "system", "content": "x"}]}),
        ("ask", {"question": LESSONS, "mode": "openai"}),
        ("search", {"query": LESSONS, "article_ids": "not-a-list"}),
        ("get_article", {}),
    ]
    for name, arguments in bad:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(arguments, schemas[name])


def test_lists_articles_and_their_resources(stdio: Client) -> None:
    articles = stdio.result("list_articles")["articles"]
    assert [a["article_id"] for a in articles] == [SEED_ID]
    assert articles[0]["paragraph_count"] == 42 and articles[0]["resource"] == f"article://{SEED_ID}"
    assert articles[0]["paragraphs"] == 42  # the count's old name, kept for one more release ...
    schemas = {tool.name: tool.outputSchema for tool in stdio.list_tools().tools}
    for tool, model in (("list_articles", "ArticleSummary"), ("remove_article", "RemoveResult")):
        if tool in schemas:  # remove_article: only when writes are allowed
            properties = schemas[tool].get("$defs", {}).get(model, schemas[tool])["properties"]
            assert properties["paragraphs"]["deprecated"] is True  # ... and marked deprecated
    templates = stdio.list_resource_templates().resourceTemplates
    assert [t.uriTemplate for t in templates] == ["article://{article_id}"]
    resources = stdio.list_resources().resources
    assert [str(r.uri) for r in resources] == [f"article://{SEED_ID}"]
    assert resources[0].title.startswith("Ceasefire Diplomacy")


def test_reads_an_article_as_numbered_paragraphs(stdio: Client) -> None:
    body = stdio.result("get_article", article_id=SEED_ID)
    assert body["article"]["byline"] == "Fern Sidman"
    assert [p["paragraph"] for p in body["paragraphs"]] == list(range(1, 43))
    assert body["paragraphs"][25]["text"].startswith("Israeli leaders have argued")
    contents = stdio.read_resource(f"article://{SEED_ID}").contents
    assert contents[0].mimeType == "text/markdown"
    text = contents[0].text
    assert text.startswith("# Ceasefire Diplomacy") and "By Fern Sidman" in text
    assert "\n\n¶26 Israeli leaders have argued" in text and "¶42 " in text


# ---------------------------------------------------------------------------- asking


def test_ask_cites_paragraph_26(stdio: Client) -> None:
    body = stdio.result("ask", question=LESSONS)
    assert body["question"] == LESSONS and not body["abstained"] and body["abstain_reason"] is None
    assert "[1]" in body["text"]
    first = body["citations"][0]
    assert (first["number"], first["article_id"], first["paragraph"]) == (1, SEED_ID, 26)
    assert first["quote"] in first["text"] and first["title"].startswith("Ceasefire Diplomacy")
    assert first["resource"] == f"article://{SEED_ID}"


def test_follow_up_uses_the_history(stdio: Client, local: Assistant) -> None:
    first = stdio.result("ask", question=MEDIATORS)
    history = [{"role": "user", "content": MEDIATORS}, {"role": "assistant", "content": first["text"]}]
    body = stdio.result("ask", question=FOLLOW_UP, history=history, top_k=3)
    expected = local.ask(FOLLOW_UP, history, top_k=3)
    assert not expected.abstained and len(expected.trace.queries) == 2  # the history fed the search
    assert body["text"] == expected.text
    assert [(c["article_id"], c["paragraph"]) for c in body["citations"]] == [
        (c.article_id, c.paragraph) for c in expected.citations
    ]


def test_off_corpus_question_abstains_as_a_normal_result(stdio: Client) -> None:
    body = stdio.result("ask", question="What did the Mars rover find in the crater lake?")
    assert body["abstained"] and body["citations"] == [] and body["abstain_reason"]


@pytest.mark.parametrize("question", [LESSONS, MEDIATORS, "What did the Mars rover find in the crater lake?"])
def test_answers_are_exactly_the_python_apis(stdio: Client, local: Assistant, question: str) -> None:
    body = stdio.result("ask", question=question)
    expected = local.ask(question)
    assert body["text"] == expected.text and body["abstained"] == expected.abstained
    assert [
        (c["number"], c["article_id"], c["title"], c["paragraph"], c["quote"], c["text"])
        for c in body["citations"]
    ] == [(c.marker, c.article_id, c.title, c.paragraph, c.quote, c.text) for c in expected.citations]


def test_search_returns_scored_paragraphs(stdio: Client, local: Assistant) -> None:
    body = stdio.result("search", query=LESSONS, top_k=3)
    hits = body["paragraphs"]
    assert len(hits) == 3 and hits[0]["paragraph"] == 26 and hits[0]["article_id"] == SEED_ID
    assert hits[0]["score"] >= hits[1]["score"] >= hits[2]["score"]
    assert hits[0]["dense_score"] is not None
    expected = local.search(LESSONS, top_k=3)
    assert [(h["paragraph"], h["text"]) for h in hits] == [(p.paragraph, p.text) for p in expected]


# ---------------------------------------------------------------------------- errors


def test_bad_arguments_are_tool_errors_worded_like_the_http_api(stdio: Client) -> None:
    unknown = str(UnknownArticleError("nope", [SEED_ID]))
    assert stdio.error("ask", question="   ") == str(EmptyQuestionError())
    assert stdio.error("search", query="") == str(EmptyQuestionError())
    assert "the limit is 2,000" in stdio.error("ask", question="why " * 600)
    assert stdio.error("ask", question=LESSONS, article_ids=["nope"]) == unknown
    assert stdio.error("search", query=LESSONS, article_ids=["nope"]) == unknown
    assert stdio.error("get_article", article_id="nope") == unknown
    # Arguments that do not fit the schema: the HTTP API's 422 message, with the argument's name.
    too_many = stdio.error("ask", question=LESSONS, top_k=51)
    assert too_many == "The request is not valid: top_k: Input should be less than or equal to 50"
    too_few = stdio.error("search", query=LESSONS, top_k=0)
    assert too_few == "The request is not valid: top_k: Input should be greater than or equal to 1"
    role = stdio.error("ask", question=LESSONS, history=[{"role": "system", "content": "x"}])
    assert role.startswith("The request is not valid: history.0.role: Input should be 'user' or 'assistant'")
    assert "question: Field required" in stdio.error("ask")
    assert "Unknown tool" in stdio.error("add_article", filename="a.txt", content=ARTICLE)
    with pytest.raises(McpError, match="No article with id 'nope'"):
        stdio.read_resource("article://nope")


def test_an_unreachable_chroma_server_is_a_prompt_tool_error(tmp_path: Path) -> None:
    settings = {"chroma_host": "127.0.0.1", "chroma_port": str(free_port()), "chroma_timeout": "3"}
    with stdio_server(tmp_path, **settings) as client:
        started = time.monotonic()
        message = client.error("list_articles")
        assert "Cannot reach the Chroma server" in message and "ASSISTANT_CHROMA_HOST" in message, message
        assert client.error("ask", question=LESSONS)
        assert time.monotonic() - started < 60


def test_an_unreachable_llm_is_a_prompt_tool_error(tmp_path: Path) -> None:
    settings = {"mode": "openai", "llm_base_url": f"http://127.0.0.1:{free_port()}/v1", "llm_timeout": "5"}
    with stdio_server(tmp_path, **settings) as client:
        message = client.error("ask", question=LESSONS)
        assert "Cannot reach the LLM server" in message and "ASSISTANT_LLM_BASE_URL" in message, message
        started = time.monotonic()
        client.error("ask", question=LESSONS)  # model and index are warm now: this is the LLM's time
        assert time.monotonic() - started < 60
        assert client.result("search", query=LESSONS)["paragraphs"]  # what needs no LLM still works
        # A client can ask for the offline answer instead.
        assert client.result("ask", question=LESSONS, mode="extractive")["citations"]


NOISY_SERVER = """
import os, sys
from assistant import Assistant
from assistant.interfaces.mcp.server import create_mcp_server, serve_stdio

server = create_mcp_server(Assistant.open(index_dir=sys.argv[1], corpus_dir=sys.argv[1]))

@server.tool()
async def noisy() -> str:
    print("a stray print")
    os.write(1, b"a native library writing to descriptor 1\\n")
    return "still speaking MCP"

serve_stdio(server)
"""


def test_stray_output_on_stdout_goes_to_stderr_not_into_the_protocol(tmp_path: Path) -> None:
    params = StdioServerParameters(
        command=sys.executable, args=["-c", NOISY_SERVER, str(tmp_path)], env=dict(os.environ)
    )
    with (
        (tmp_path / "err.log").open("w") as errlog,
        connected(lambda: stdio_client(params, errlog)) as client,
    ):
        result = client.tool("noisy")
        assert not result.isError and result.content[0].text == "still speaking MCP"
    log = (tmp_path / "err.log").read_text()
    assert "a stray print" in log and "a native library writing" in log


# ---------------------------------------------------------------------------- streamable HTTP


def test_http_asks_with_citations_and_lists_resources(http: Client, local: Assistant) -> None:
    assert {tool.name for tool in http.list_tools().tools} == READ_TOOLS | {"add_article", "remove_article"}
    assert [str(r.uri) for r in http.list_resources().resources] == [f"article://{SEED_ID}"]
    body = http.result("ask", question=LESSONS)
    expected = local.ask(LESSONS)
    assert body["text"] == expected.text
    assert [(c["article_id"], c["paragraph"]) for c in body["citations"]] == [(SEED_ID, 26)]
    first = http.result("ask", question=MEDIATORS)
    history = [{"role": "user", "content": MEDIATORS}, {"role": "assistant", "content": first["text"]}]
    assert (
        http.result("ask", question=FOLLOW_UP, history=history)["text"] == local.ask(FOLLOW_UP, history).text
    )
    assert http.error("ask", question=" ") == str(EmptyQuestionError())


def test_http_add_then_ask_then_remove(http: Client) -> None:
    added = http.result("add_article", filename="harbour wind.txt", content=ARTICLE)
    assert added["results"] == [
        {"file": "harbour wind.txt", "result": "added", "detail": "article id harbour-wind"}
    ]
    answer = http.result("ask", question="How many turbines will the harbour wind farm have?")
    assert answer["citations"][0]["article_id"] == "harbour-wind"
    failed = http.error("add_article", filename="notes.pdf", content="x")
    assert failed.startswith("1 of 1 file(s) could not be ingested: notes.pdf: unsupported file type '.pdf'")
    removed = http.result("remove_article", article_id="harbour-wind")
    assert removed["paragraph_count"] == removed["paragraphs"] == 2
    assert removed["moved_to"].endswith("harbour-wind.txt")
    assert [a["article_id"] for a in http.result("list_articles")["articles"]] == [SEED_ID]


INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-06-18",
        "capabilities": {},
        "clientInfo": {"name": "t", "version": "1"},
    },
}
ACCEPT = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


def test_http_needs_the_api_key(http_url: str) -> None:
    missing = httpx.post(http_url, json=INITIALIZE, headers=ACCEPT, timeout=30)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert missing.json()["error"]["message"].startswith("This server needs an API key")
    wrong = httpx.post(
        http_url, json=INITIALIZE, headers=ACCEPT | {"Authorization": "Bearer nope"}, timeout=30
    )
    assert wrong.status_code == 401 and "The API key is wrong" in wrong.json()["error"]["message"]
    right = httpx.post(
        http_url, json=INITIALIZE, headers=ACCEPT | {"Authorization": f"Bearer {KEY}"}, timeout=30
    )
    assert right.status_code == 200, right.text  # and the `http` fixture's client sends the key


def test_http_refuses_other_origins_and_hosts(http_url: str) -> None:
    auth = ACCEPT | {"Authorization": f"Bearer {KEY}"}
    port = http_url.split(":")[2].split("/")[0]

    def post(**headers: str) -> httpx.Response:
        return httpx.post(http_url, json=INITIALIZE, headers=auth | headers, timeout=30)

    assert post(Origin="http://evil.example").status_code == 403
    assert post(Host=f"evil.example:{port}").status_code == 421
    assert post(Origin="https://app.example").status_code == 200  # ASSISTANT_ALLOWED_ORIGINS
    assert post(Origin=f"http://localhost:{port}", Host=f"localhost:{port}").status_code == 200


def test_langchain_loads_the_tools_and_ask_returns_citations(http_url: str) -> None:
    from langchain_mcp_adapters.client import MultiServerMCPClient

    async def run() -> tuple[set[str], Any]:
        client = MultiServerMCPClient(
            {
                "articles": {
                    "transport": "streamable_http",
                    "url": http_url,
                    "headers": {"Authorization": f"Bearer {KEY}"},
                }
            }
        )
        tools = {tool.name: tool for tool in await client.get_tools()}
        call = {"type": "tool_call", "id": "call-1", "name": "ask", "args": {"question": LESSONS}}
        return set(tools), await tools["ask"].ainvoke(call)

    names, message = anyio.run(run)
    assert names >= READ_TOOLS
    text = message.content if isinstance(message.content, str) else json.dumps(message.content)
    assert SEED_ID in text and '"paragraph": 26' in text.replace('\\"', '"')
    structured = message.artifact["structured_content"]
    assert structured["citations"][0]["paragraph"] == 26


def test_docs_examples_run_as_written(tmp_path: Path) -> None:
    """docs/mcp.md: the SDK and LangChain examples against a real server; the agent example compiles."""
    docs = (ROOT / "docs" / "mcp.md").read_text(encoding="utf-8")
    configs = re.findall(r"```json\n(.*?)```", docs, re.S)
    assert len(configs) == 2 and all(json.loads(c.replace("${workspaceFolder}", ".")) for c in configs)
    sdk, tools, agent = re.findall(r"```python\n(.*?)```", docs, re.S)
    compile(agent, "docs/mcp.md", "exec")  # needs a tool-calling LLM to run
    with http_server(tmp_path, api_key="change-me") as url:
        port = url.split(":")[2].split("/")[0]
        for code, expected in ((sdk, ", ¶26: Israeli leaders have argued"), (tools, f"1 {SEED_ID} 26 ")):
            code = code.replace("127.0.0.1:8765", f"127.0.0.1:{port}")
            done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, f"{code}\n---\n{done.stdout}\n{done.stderr}"
            assert expected in done.stdout, done.stdout
