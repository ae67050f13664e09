"""The JSON API of `assistant serve`, over real HTTP (httpx) against the real server process."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant import Assistant
from assistant.interfaces.http.server import create_server

from ..conftest import SEED_ID, running_api

pytestmark = [pytest.mark.slow, pytest.mark.api]

LESSONS = "What do Israeli leaders say the lessons of October 7 require?"
MEDIATORS = "Which countries are mediating between Israel and Hamas?"
KEY = "test-key-4b9f"
ARTICLE = (
    "Title: Harbour Wind Farm Approved\nBy Ada Lovelace\n\n"
    "The harbour authority approved a wind farm of twelve turbines on Tuesday after a public inquiry.\n\n"
    "Construction of the turbines is expected to start next spring and to take about two years.\n"
)


@pytest.fixture(scope="module")
def client(api_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api_server, timeout=120) as http:
        yield http


@pytest.fixture(scope="module")
def locked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server with an API key, small body limits, a small file limit and one CORS origin."""
    settings = {
        "api_key": KEY,
        "api_max_body_kb": "16",
        "api_max_upload_mb": "0.5",
        "max_file_mb": "0.1",
        "api_cors_origins": '["http://app.example"]',
    }
    with running_api(tmp_path_factory.mktemp("locked"), **settings) as url:
        yield url


def error_of(response: httpx.Response, status: int, kind: str) -> str:
    """Check the error shape and return its message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["type"] == kind, error
    assert error["message"]
    return error["message"]


# ---------------------------------------------------------------------------- asking


def test_ask_answers_with_citations(client: httpx.Client) -> None:
    response = client.post("/v1/ask", json={"question": LESSONS})
    assert response.status_code == 200
    body = response.json()
    assert body["question"] == LESSONS and not body["abstained"]
    assert "[1]" in body["text"]
    first = body["citations"][0]
    assert (first["marker"], first["article_id"], first["paragraph"]) == (1, SEED_ID, 26)
    assert first["quote"] in first["text"]
    assert body["retrieved"][0]["dense_score"] is not None
    assert body["trace"]["mode"] == "extractive" and body["trace"]["queries"] == [LESSONS]


def test_ask_uses_history_and_options(client: httpx.Client) -> None:
    first = client.post("/v1/ask", json={"question": MEDIATORS}).json()
    history = [{"role": "user", "content": MEDIATORS}, {"role": "assistant", "content": first["text"]}]
    body = {"question": "Which outlet highlighted that?", "history": history, "options": {"top_k": 3}}
    answer = client.post("/v1/ask", json=body).json()
    assert len(answer["retrieved"]) == 3
    assert len(answer["trace"]["queries"]) == 2 and MEDIATORS in answer["trace"]["queries"][1]
    only = {"question": LESSONS, "options": {"article_ids": [SEED_ID], "mode": "extractive"}}
    assert client.post("/v1/ask", json=only).json()["citations"][0]["article_id"] == SEED_ID


def test_ask_off_corpus_question_abstains(client: httpx.Client) -> None:
    question = "What did the Mars rover find in the crater lake?"
    body = client.post("/v1/ask", json={"question": question}).json()
    assert body["abstained"] and body["citations"] == []


@pytest.mark.parametrize(
    ("body", "status", "kind", "words"),
    [
        ({}, 422, "validation_error", "body.question: Field required"),
        ({"question": 42}, 422, "validation_error", "body.question"),
        ({"question": LESSONS, "topk": 3}, 422, "validation_error", "body.topk: Extra inputs"),
        ({"question": LESSONS, "options": {"top_k": 0}}, 422, "validation_error", "body.options.top_k"),
        ({"question": LESSONS, "options": {"top_k": True}}, 422, "validation_error", "body.options.top_k"),
        ({"question": LESSONS, "options": {"mode": "magic"}}, 422, "validation_error", "body.options.mode"),
        ({"question": LESSONS, "history": [{"role": "system"}]}, 422, "validation_error", "history.0.role"),
        ({"question": "   "}, 400, "empty_question", "The question is empty"),
        ({"question": "why " * 600}, 400, "question_too_long", "the limit is 2,000"),
        ({"question": LESSONS, "options": {"article_ids": ["nope"]}}, 404, "unknown_article", SEED_ID),
        ({"question": LESSONS, "options": {"mode": "llm"}}, 400, "invalid_request", "ASSISTANT_LLM_BASE_URL"),
    ],
)
def test_ask_refuses_bad_input_with_a_specific_error(
    client: httpx.Client, body: dict, status: int, kind: str, words: str
) -> None:
    assert words in error_of(client.post("/v1/ask", json=body), status, kind)


def test_malformed_json_and_wrong_content_type_are_client_errors(client: httpx.Client) -> None:
    bad = client.post("/v1/ask", content=b'{"question": ', headers={"content-type": "application/json"})
    assert "not valid JSON" in error_of(bad, 400, "invalid_json")
    form = client.post("/v1/ask", data={"question": LESSONS})
    assert form.status_code == 422 and form.json()["error"]["type"] == "validation_error"


def test_unknown_routes_and_methods(client: httpx.Client) -> None:
    assert "/docs" in error_of(client.get("/v1/nothing"), 404, "not_found")
    assert "PUT is not allowed" in error_of(client.put("/v1/articles"), 405, "method_not_allowed")


# ---------------------------------------------------------------------------- articles


def test_list_and_read_articles(client: httpx.Client) -> None:
    articles = client.get("/v1/articles").json()["articles"]
    seed = next(a for a in articles if a["article_id"] == SEED_ID)
    assert seed["title"].startswith("Ceasefire Diplomacy") and seed["paragraph_count"] == 42
    assert seed["paragraphs"] == 42  # the count's deprecated name, kept for one more release
    body = client.get(f"/v1/articles/{SEED_ID}").json()
    assert body["article"]["byline"] == "Fern Sidman"
    numbers = [p["paragraph"] for p in body["paragraphs"]]
    assert numbers == list(range(1, 43))
    assert body["paragraphs"][25]["text"].startswith("Israeli leaders have argued")
    message = error_of(client.get("/v1/articles/no-such-article"), 404, "unknown_article")
    assert SEED_ID in message  # names the known ones


def test_upload_then_ask_then_remove(client: httpx.Client, tmp_path: Path) -> None:
    response = client.post("/v1/articles", files=[("files", ("harbour wind.txt", ARTICLE.encode()))])
    assert response.status_code == 200, response.text
    body = response.json()
    added = {"file": "harbour wind.txt", "result": "added", "detail": "article id harbour-wind"}
    assert body["results"] == [added]
    assert body["report"]["added"] == ["harbour-wind"]
    again = client.post("/v1/articles", files=[("files", ("harbour wind.txt", ARTICLE.encode()))]).json()
    assert again["report"]["unchanged"] == ["harbour-wind"]

    answer = client.post("/v1/ask", json={"question": "How many turbines will the harbour wind farm have?"})
    assert answer.json()["citations"][0]["article_id"] == "harbour-wind"
    assert client.get("/v1/articles/harbour-wind").json()["article"]["byline"] == "Ada Lovelace"

    removal = client.delete("/v1/articles/harbour-wind").json()
    assert removal["article_id"] == "harbour-wind"
    assert removal["paragraph_count"] == removal["paragraphs"] == 2
    assert removal["moved_to"] == ".removed/harbour-wind.txt"  # in the corpus folder; no server path
    error_of(client.get("/v1/articles/harbour-wind"), 404, "unknown_article")
    error_of(client.delete("/v1/articles/harbour-wind"), 404, "unknown_article")


def test_upload_reports_each_bad_file_and_keeps_the_good_ones(client: httpx.Client) -> None:
    files = [
        ("files", ("binary.txt", b"\x00\x01\x02\x03" * 50)),
        ("files", ("empty.md", b"   \n")),
        ("files", ("../../escape.exe", b"hello")),
        ("files", ("good-one.md", ARTICLE.replace("Harbour", "River").encode())),
    ]
    response = client.post("/v1/articles", files=files)
    message = error_of(response, 422, "article_error")
    assert message.startswith("3 of 4 file(s) could not be ingested")
    results = {r["file"]: r for r in response.json()["results"]}
    assert "binary file" in results["binary.txt"]["detail"]
    assert "empty" in results["empty.md"]["detail"]
    assert "unsupported file type '.exe'" in results["../../escape.exe"]["detail"]
    assert results["good-one.md"]["result"] == "added"
    assert client.get("/v1/articles/good-one").status_code == 200
    assert client.delete("/v1/articles/good-one").status_code == 200


def test_upload_names_and_article_ids_cannot_reach_outside_the_corpus(client: httpx.Client) -> None:
    names = ["../../../../tmp/api-climbed.txt", "/etc/api-absolute.md", "..\\..\\api-windows.txt"]
    files = [
        ("files", (name, f"Upload {i}\n\nUpload {i} over HTTP stays in the corpus, it said.\n".encode()))
        for i, name in enumerate(names)
    ]
    response = client.post("/v1/articles", files=files)
    assert response.status_code == 200, response.text
    added = response.json()["report"]["added"]
    assert sorted(added) == ["api-absolute", "api-climbed", "api-windows"]
    assert not Path("/tmp/api-climbed.txt").exists() and not Path("/etc/api-absolute.md").exists()
    sources = [Path(client.get(f"/v1/articles/{a}").json()["article"]["source"]) for a in added]
    assert sorted(sources) == [Path("api-absolute.md"), Path("api-climbed.txt"), Path("api-windows.txt")]
    # Article ids in URLs are ids, never paths: encoded traversal finds no article and reads no file.
    for odd in ("..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "..", "%2E%2E"):
        response = client.get(f"/v1/articles/{odd}")
        assert response.status_code in (404, 405) and "root:" not in response.text
        assert client.delete(f"/v1/articles/{odd}").status_code in (404, 405)
    for article_id in added:
        assert client.delete(f"/v1/articles/{article_id}").status_code == 200


def test_a_file_name_too_long_for_the_disk_is_refused_and_the_connection_stays_usable(
    client: httpx.Client,
) -> None:
    text = ARTICLE.replace("Harbour", "Canal").encode()
    for name in ("a" * 300 + ".txt", "long name " * 30 + ".md"):  # over the 255 bytes of most disks
        response = client.post("/v1/articles", files=[("files", (name, text))])
        message = error_of(response, 422, "article_error")
        assert "file name is too long" in message and "OSError" not in message
        assert response.json()["results"][0]["result"] == "failed"
        assert client.get("/v1/articles").status_code == 200  # same keep-alive connection
    fits = "b" * 150 + ".txt"
    assert client.post("/v1/articles", files=[("files", (fits, text))]).status_code == 200
    assert client.delete(f"/v1/articles/{'b' * 150}").status_code == 200


def test_upload_needs_files(client: httpx.Client) -> None:
    assert "files" in error_of(client.post("/v1/articles", data={"x": "y"}), 422, "validation_error")
    assert "files" in error_of(client.post("/v1/articles", json={"files": []}), 422, "validation_error")


# ---------------------------------------------------------------------------- server


def test_health_docs_openapi_and_ui(client: httpx.Client) -> None:
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["paragraph_count"] == health["paragraphs"] >= 42
    spec = client.get("/openapi.json").json()
    paths = {"/v1/ask", "/v1/articles", "/v1/articles/{article_id}", "/v1/chat/completions", "/v1/models"}
    assert paths <= set(spec["paths"])
    assert "securitySchemes" not in spec["components"]  # no key configured: the spec asks for none
    question = spec["components"]["schemas"]["AskRequest"]["properties"]["question"]
    assert question["maxLength"] == 2000
    # No LLM configured: one mode, and not the deprecated `llm`.
    assert spec["components"]["schemas"]["AskOptions"]["properties"]["mode"]["anyOf"] == [
        {"enum": ["extractive"], "type": "string"}, {"type": "null"}
    ]  # fmt: skip
    for schema in ("ArticleInfo", "Removal", "Health"):  # counts are paragraph_count; the old name is marked
        properties = spec["components"]["schemas"][schema]["properties"]
        assert properties["paragraphs"]["deprecated"] is True
        assert "deprecated" not in properties["paragraph_count"]
    assert "swagger" in client.get("/docs").text.lower()
    assert client.get("/", follow_redirects=False).headers["location"].endswith("/ui/")
    ui = client.get("/ui/")
    assert ui.status_code == 200 and "gradio" in ui.text.lower()


def test_openapi_offers_the_llm_modes_set_up_and_marks_the_old_llm_deprecated(tmp_path: Path) -> None:
    assistant = Assistant.open(index_dir=tmp_path / "index", llm_base_url="http://127.0.0.1:9/v1")
    spec = create_server(assistant, ui=False).openapi()
    mode = spec["components"]["schemas"]["AskOptions"]["properties"]["mode"]
    assert mode["anyOf"] == [
        {"enum": ["extractive", "openai"], "type": "string"},
        {"const": "llm", "type": "string", "deprecated": True},
        {"type": "null"},
    ]
    assert "ASSISTANT_MODE" in mode["description"]


def test_cors_is_off_by_default(client: httpx.Client) -> None:
    response = client.options(
        "/v1/ask", headers={"Origin": "http://app.example", "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in response.headers


# ---------------------------------------------------------------------------- auth, limits, CORS


def test_api_key_is_required_when_configured(locked: str) -> None:
    with httpx.Client(base_url=locked, timeout=120) as http:
        for method, path, body in [
            ("GET", "/v1/articles", None),
            ("GET", f"/v1/articles/{SEED_ID}", None),
            ("POST", "/v1/ask", {"question": LESSONS}),
            ("DELETE", f"/v1/articles/{SEED_ID}", None),
            ("GET", "/v1/models", None),
        ]:
            missing = http.request(method, path, json=body)
            assert "Authorization: Bearer" in error_of(missing, 401, "unauthorized")
            assert missing.headers["www-authenticate"] == "Bearer"
            wrong = http.request(method, path, json=body, headers={"Authorization": "Bearer nope"})
            assert "wrong" in error_of(wrong, 401, "unauthorized")
            basic = http.request(method, path, json=body, headers={"Authorization": f"Basic {KEY}"})
            error_of(basic, 401, "unauthorized")
        upload = http.post("/v1/articles", files=[("files", ("a.txt", ARTICLE.encode()))])
        error_of(upload, 401, "unauthorized")
        assert http.get("/v1/articles/a").status_code == 401  # and nothing was ingested:
        authed = {"Authorization": f"Bearer {KEY}"}
        listed = http.get("/v1/articles", headers=authed).json()["articles"]
        assert [a["article_id"] for a in listed] == [SEED_ID]
        assert http.post("/v1/ask", json={"question": LESSONS}, headers=authed).status_code == 200
        assert http.get("/healthz").status_code == 200
        spec = http.get("/openapi.json").json()
        assert spec["paths"]["/v1/ask"]["post"]["security"] == [{"HTTPBearer": []}]


def test_web_ui_asks_for_the_key_when_configured(locked: str) -> None:
    with httpx.Client(base_url=locked, timeout=60) as http:
        assert http.get("/ui/config").status_code == 401
        assert http.post("/ui/login", data={"username": "me", "password": "nope"}).status_code == 400
        assert http.post("/ui/login", data={"username": "me", "password": KEY}).json() == {"success": True}
        assert http.get("/ui/config").status_code == 200  # the login cookie is kept by the client


def test_body_size_limits(locked: str) -> None:
    authed = {"Authorization": f"Bearer {KEY}"}
    with httpx.Client(base_url=locked, timeout=120, headers=authed) as http:
        big = {"question": LESSONS, "history": [{"role": "user", "content": "x" * 20_000}]}
        assert "16 KiB limit" in error_of(http.post("/v1/ask", json=big), 413, "request_too_large")

        def chunks() -> Iterator[bytes]:  # no Content-Length: the server counts while reading
            yield b'{"question": "'
            for _ in range(40):
                yield b"y" * 1024
            yield b'"}'

        streamed = http.post("/v1/ask", content=chunks(), headers={"content-type": "application/json"})
        error_of(streamed, 413, "request_too_large")

        huge = [("files", ("huge.txt", b"word " * 120_000))]  # 600 kB: over the 0.5 MB upload limit
        assert "0.5 MB limit" in error_of(http.post("/v1/articles", files=huge), 413, "request_too_large")
        large = [("files", ("large.txt", b"word " * 30_000))]  # 150 kB: under it, over the 0.1 MB file limit
        too_large = error_of(http.post("/v1/articles", files=large), 422, "article_error")
        assert "over the 0.1 MB limit" in too_large
        assert http.get("/v1/articles/large").status_code == 404
        assert http.post("/v1/ask", json={"question": LESSONS}).status_code == 200  # still serving


def test_cors_allows_the_configured_origin_only(locked: str) -> None:
    with httpx.Client(base_url=locked, timeout=60) as http:
        preflight = {
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization",
        }
        allowed = http.options("/v1/ask", headers={"Origin": "http://app.example", **preflight})
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-origin"] == "http://app.example"
        other = http.options("/v1/ask", headers={"Origin": "http://evil.example", **preflight})
        assert "access-control-allow-origin" not in other.headers


def test_serve_starts_with_a_web_ui_login(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ASSISTANT_UI_AUTH used to crash `assistant serve` at start (it split the SecretStr itself)."""
    home = tmp_path_factory.mktemp("ui-login")
    with (
        running_api(home, ui_auth="reader:s3cret:with-colon") as url,
        httpx.Client(base_url=url, timeout=120) as http,
    ):
        assert http.get("/healthz").status_code == 200
        assert http.post("/v1/ask", json={"question": LESSONS}).status_code == 200  # no API key: open
        assert http.get("/ui/config").status_code == 401
        assert http.post("/ui/login", data={"username": "reader", "password": "s3cret"}).status_code == 400
        login = {"username": "reader", "password": "s3cret:with-colon"}
        assert http.post("/ui/login", data=login).json() == {"success": True}
        assert http.get("/ui/config").status_code == 200


def test_file_names_in_any_script_keep_their_letters(client: httpx.Client) -> None:
    """Article ids keep the letters of any script (NFC), and such uploads read, answer and delete."""
    names = {
        "café-été.txt": "café-été",
        "Москва.txt": "москва",
        "日本語.md": "日本語",
        "e\u0301te\u0301 2.txt": "été-2",  # decomposed accents: the same id as the composed name
        "हिन्दी समाचार.txt": "हिन्दी-समाचार",  # combining vowel signs stay inside the word
        "a\u202eb\u200b.txt": "a-b",  # bidi override and zero-width space are not kept
    }
    text = "Report {0}\n\nThe river rose {0} metres overnight, the water board said.\n"
    files = [("files", (name, text.format(i + 2).encode())) for i, name in enumerate(names)]
    response = client.post("/v1/articles", files=files)
    assert response.status_code == 200, response.text
    assert sorted(response.json()["report"]["added"]) == sorted(names.values())
    for article_id in names.values():
        article = client.get(f"/v1/articles/{article_id}").json()["article"]
        assert article["article_id"] == article_id and "/" not in article["source"]
    ids = list(names.values())
    question = {"question": "How far did the river rise?", "options": {"article_ids": ids, "top_k": 10}}
    answer = client.post("/v1/ask", json=question)
    assert {p["article_id"] for p in answer.json()["retrieved"]} == set(ids)
    for article_id in names.values():
        assert client.delete(f"/v1/articles/{article_id}").status_code == 200
    long_name = "é" * 140 + ".md"  # 283 bytes on disk
    refused = client.post("/v1/articles", files=[("files", (long_name, b"x y z."))])
    assert "too long" in error_of(refused, 422, "article_error")


def test_wrong_method_says_which_are_allowed_and_the_schema_states_the_rules(client: httpx.Client) -> None:
    for method, path, allowed in [
        ("POST", f"/v1/articles/{SEED_ID}", "DELETE, GET, HEAD"),
        ("PUT", "/v1/articles", "GET, HEAD, POST"),
        ("GET", "/v1/ask", "POST"),
    ]:
        response = client.request(method, path)
        assert allowed in error_of(response, 405, "method_not_allowed")
        assert response.headers["allow"] == allowed
    spec = client.get("/openapi.json").json()
    question = spec["components"]["schemas"]["AskRequest"]["properties"]["question"]
    assert "visible text" in question["description"]
    visible = re.compile(question["pattern"])
    assert visible.search("Why?") and not any(visible.search(q) for q in (" \n", "\u200b", "\u00ad\u2060"))
    upload = spec["paths"]["/v1/articles"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    ref = upload["$ref"].rsplit("/", 1)[1]
    files = spec["components"]["schemas"][ref]["properties"]["files"]["description"]
    assert ".txt, .md, .markdown, .html, .htm" in files and "422" in files
