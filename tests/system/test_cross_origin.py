"""Cross-site requests and DNS rebinding against `assistant serve` with default settings: a web page on
another origin, open in the user's real browser (headless Chromium), cannot add, replace or remove
articles; a request for a foreign host name is refused; the server's own pages and programs still can.
An overwritten article's previous file is kept, so the overwrite can be undone.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from ..conftest import SEED_FILE, SEED_ID, free_port, running_api

pytestmark = [pytest.mark.slow, pytest.mark.api, pytest.mark.browser]

FORGED = "Forged Report\n\nThe ceasefire talks were cancelled for good, officials announced on Friday.\n"
# Sends a multipart upload the way any web page can: no CORS preflight is needed for it, so the
# browser sends it, and only the server can refuse it. Resolves with what the page could see.
ATTACK = """async ([url, name, text]) => {
  const form = new FormData();
  form.append("files", new File([text], name, {type: "text/plain"}));
  try {
    const response = await fetch(url + "/v1/articles", {method: "POST", body: form, mode: "no-cors"});
    return "sent: " + response.type;
  } catch (error) {
    return "failed: " + error;
  }
}"""
SAME_ORIGIN_UPLOAD = """async ([name, text]) => {
  const form = new FormData();
  form.append("files", new File([text], name, {type: "text/plain"}));
  const response = await fetch("/v1/articles", {method: "POST", body: form});
  return [response.status, await response.json()];
}"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`assistant serve` with default settings (loopback, no API key); yields its URL and corpus folder."""
    home = tmp_path_factory.mktemp("cross-origin")
    with running_api(home, "--no-ui") as url:
        yield url, home / "corpus"


@pytest.fixture(scope="module")
def other_site() -> Iterator[str]:
    """Another origin on this machine (another port of 127.0.0.1), serving an ordinary page."""

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<!doctype html><title>Some other site</title><p>Nothing to see here.</p>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    site = ThreadingHTTPServer(("127.0.0.1", free_port()), Page)
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{site.server_address[1]}"
    finally:
        site.shutdown()
        site.server_close()


def seed_text(http: httpx.Client) -> str:
    paragraphs = http.get(f"/v1/articles/{SEED_ID}").json()["paragraphs"]
    return "\n".join(p["text"] for p in paragraphs)


def test_a_page_on_another_origin_cannot_change_articles(
    server: tuple[str, Path], other_site: str, chromium
) -> None:  # type: ignore[no-untyped-def]
    url, corpus = server
    context = chromium.new_context()
    try:
        page = context.new_page()
        page.goto(other_site)
        with httpx.Client(base_url=url, timeout=120) as http:
            before = seed_text(http)
            # Replacing an article by uploading a file with its name, and adding a new one.
            assert page.evaluate(ATTACK, [url, f"{SEED_ID}.txt", FORGED]).startswith("sent")
            assert page.evaluate(ATTACK, [url, "forged-note.txt", FORGED]).startswith("sent")
            assert seed_text(http) == before
            assert http.get("/v1/articles/forged-note").status_code == 404
            answer = http.post("/v1/ask", json={"question": "Were the ceasefire talks cancelled?"}).json()
            assert "Forged" not in str(answer)
        assert (corpus / f"{SEED_ID}.txt").read_bytes() == SEED_FILE.read_bytes()
        assert not (corpus / "forged-note.txt").exists()

        # The server's own pages may still upload (same origin).
        page.goto(f"{url}/docs")
        own = FORGED.replace("Forged", "Own")
        status, body = page.evaluate(SAME_ORIGIN_UPLOAD, ["own-page-note.txt", own])
        assert status == 200 and body["results"][0]["result"] == "added"
    finally:
        context.close()


def test_cross_origin_and_foreign_host_requests_are_refused(server: tuple[str, Path]) -> None:
    url, _ = server
    port = int(url.rsplit(":", 1)[1])
    files = [("files", ("origin-check.txt", FORGED.encode()))]
    with httpx.Client(base_url=url, timeout=120) as http:
        for origin in (
            "http://evil.example",
            "null",
            f"http://127.0.0.1:{port + 1}",
            f"http://evil.example:{port}",
        ):
            refused = http.post("/v1/articles", files=files, headers={"Origin": origin})
            assert refused.status_code == 403, (origin, refused.text)
            error = refused.json()["error"]
            assert error["type"] == "origin_not_allowed" and "ASSISTANT_ALLOWED_ORIGINS" in error["message"]
            deleted = http.delete(f"/v1/articles/{SEED_ID}", headers={"Origin": origin})
            assert deleted.status_code == 403
        assert http.get("/v1/articles/origin-check").status_code == 404
        # Reading is not a change: a cross-origin GET is answered (the browser keeps it from the page).
        assert http.get("/v1/articles", headers={"Origin": "http://evil.example"}).status_code == 200

        # DNS rebinding: the attacker's name now points at 127.0.0.1, so the browser sends its name as Host.
        for host in (f"attacker.example:{port}", "attacker.example", f"127.0.0.1.attacker.example:{port}"):
            rebound = http.get("/v1/articles", headers={"Host": host})
            assert rebound.status_code == 403, host
            error = rebound.json()["error"]
            assert error["type"] == "host_not_allowed" and "ASSISTANT_ALLOWED_HOSTS" in error["message"]
            assert http.post("/v1/ask", json={"question": "x?"}, headers={"Host": host}).status_code == 403

        # Its own origins, loopback names on its port, and programs (no Origin header) may change things.
        for headers in (
            {"Origin": url},
            {"Origin": f"http://localhost:{port}", "Host": f"localhost:{port}"},
            {"Origin": f"http://localhost:{port}"},
            {},
        ):
            allowed = http.post("/v1/articles", files=files, headers=headers)
            assert allowed.status_code == 200, (headers, allowed.text)
        assert http.get("/healthz", headers={"Host": f"localhost:{port}"}).status_code == 200


def test_allowed_origins_and_hosts_settings(tmp_path: Path) -> None:
    settings = {"allowed_origins": '["http://app.example:3000"]', "allowed_hosts": '["assistant.example"]'}
    with running_api(tmp_path, "--no-ui", **settings) as url, httpx.Client(base_url=url, timeout=120) as http:
        files = [("files", ("from-app.txt", FORGED.encode()))]
        app_page = {"Origin": "http://app.example:3000"}
        assert http.post("/v1/articles", files=files, headers=app_page).is_success
        other_port = {"Origin": "http://app.example"}
        assert http.post("/v1/articles", files=files, headers=other_port).status_code == 403
        assert http.get("/healthz", headers={"Host": "assistant.example"}).status_code == 200
        assert http.get("/healthz", headers={"Host": "localhost"}).status_code == 403  # the list replaces
        assert http.get("/healthz").status_code == 200  # the bound address (127.0.0.1) always answers


def test_an_overwritten_article_keeps_its_previous_file(server: tuple[str, Path]) -> None:
    url, corpus = server
    first = "Pier Repairs\n\nThe pier will reopen in June after repairs to its deck, the council said.\n"
    second = "Pier Repairs\n\nThe pier will reopen in August after repairs to its deck, the council said.\n"
    with httpx.Client(base_url=url, timeout=120) as http:
        assert http.post("/v1/articles", files=[("files", ("pier.txt", first.encode()))]).is_success
        reply = http.post("/v1/articles", files=[("files", ("pier.txt", second.encode()))]).json()
        assert reply["results"][0]["result"] == "updated"
        assert ".removed/pier.txt" in reply["results"][0]["detail"]
        assert (corpus / ".removed" / "pier.txt").read_text() == first
        assert (corpus / "pier.txt").read_text() == second
        again = http.post("/v1/articles", files=[("files", ("pier.txt", first.encode()))]).json()
        assert again["results"][0]["result"] == "updated"
        kept = sorted(p.name for p in (corpus / ".removed").glob("pier*.txt"))
        assert len(kept) == 2  # nothing in .removed/ is overwritten
