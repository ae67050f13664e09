"""The index on a real Chroma server started with `chroma run`: HTTPS and token through a proxy,
tenant and database, and clear, fast errors when the server is down, hung or refuses us.

Every test that uses ``fresh`` or ``seed_assistant`` also runs against this server (see conftest);
this file covers what only a server has.
"""

from __future__ import annotations

import http.server
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant import Assistant, StoreUnavailableError

from ..conftest import SEED_ID, SEEDS, free_port

pytestmark = [pytest.mark.slow, pytest.mark.server]

TOKEN = "s3cret-token"


def test_ingest_and_ask_through_a_chroma_server(chroma_server: int, tmp_path: Path) -> None:
    settings = {"chroma_host": "127.0.0.1", "chroma_port": chroma_server, "chroma_database": "shared-test"}
    assistant = Assistant.open(index_dir=tmp_path / "unused", corpus_dir=SEEDS, **settings)
    assert assistant.ingest([SEEDS]).added == [SEED_ID]
    # Nothing of the index is written locally: only the keyword index's cache (docs/chroma-server.md).
    local = tmp_path / "unused"
    assert {path.relative_to(local).parts[0] for path in local.rglob("*")} <= {"keyword"}
    answer = assistant.ask("What do Israeli leaders say the lessons of October 7 require?")
    assert answer.citations[0].paragraph == 26

    # A second client (another process would be the same) sees the same index.
    other = Assistant.open(corpus_dir=SEEDS, **settings)
    assert other.ingest([SEEDS]).unchanged == [SEED_ID]
    assert [a.article_id for a in other.articles()] == [SEED_ID]

    # Another database on the same server is another index.
    elsewhere = Assistant.open(corpus_dir=tmp_path / "none", **(settings | {"chroma_database": "other-db"}))
    assert elsewhere.articles() == []


def test_unreachable_chroma_server_is_a_clear_error(tmp_path: Path) -> None:
    port = free_port()
    assistant = Assistant.open(corpus_dir=SEEDS, chroma_host="127.0.0.1", chroma_port=port)
    with pytest.raises(StoreUnavailableError, match=f"Chroma server 127.0.0.1:{port}") as info:
        assistant.ask("Who are the mediators?")
    assert "chroma run" in str(info.value)


def test_a_server_that_never_answers_fails_within_the_timeout() -> None:
    with socket.socket() as silent:  # accepts connections, never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        assistant = Assistant.open(
            corpus_dir=SEEDS, chroma_host="127.0.0.1", chroma_port=port, chroma_timeout=1.0
        )
        started = time.monotonic()
        with pytest.raises(StoreUnavailableError, match=r"did not answer within 1 s"):
            assistant.articles()
        assert time.monotonic() - started < 15  # not a hang


def test_unknown_tenant_is_a_clear_error(chroma_server: int) -> None:
    assistant = Assistant.open(
        corpus_dir=SEEDS, chroma_host="127.0.0.1", chroma_port=chroma_server, chroma_tenant="nobody"
    )
    with pytest.raises(StoreUnavailableError, match=r"no tenant 'nobody'.*ASSISTANT_CHROMA_TENANT"):
        assistant.articles()


# ------------------------------------------------------------------ HTTPS and token

# `chroma run` itself has no TLS or token auth: deployments put a reverse proxy (nginx, Caddy…) in
# front of it for both. This is such a proxy, small enough to read: it terminates TLS with a
# self-signed certificate, refuses requests without the bearer token, and forwards the rest.


class _AuthProxy(http.server.BaseHTTPRequestHandler):
    upstream = ""

    def _forward(self) -> None:
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            self.send_response(401)
            self.end_headers()
            return
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "authorization")}
        reply = httpx.request(self.command, self.upstream + self.path, content=body, headers=headers)
        self.send_response(reply.status_code)
        for key, value in reply.headers.items():
            if key.lower() not in ("transfer-encoding", "content-length", "connection", "content-encoding"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(reply.content)))
        self.end_headers()
        self.wfile.write(reply.content)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _forward

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def tls_proxy(chroma_server: int, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path]]:
    """An HTTPS proxy requiring ``TOKEN`` in front of the test server: ``(port, its certificate)``."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    handler = type("Proxy", (_AuthProxy,), {"upstream": f"http://127.0.0.1:{chroma_server}"})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], cert
    server.shutdown()
    server.server_close()


def _through_proxy(tls_proxy: tuple[int, Path], **settings: object) -> Assistant:
    port, _ = tls_proxy
    values = {"chroma_host": "127.0.0.1", "chroma_port": port, "chroma_ssl": True, "chroma_database": "tls"}
    return Assistant.open(corpus_dir=SEEDS, **(values | settings))


def test_https_with_a_token_works_like_any_server(tls_proxy: tuple[int, Path]) -> None:
    assistant = _through_proxy(tls_proxy, chroma_token=TOKEN, chroma_ca_file=tls_proxy[1])
    assert assistant.ingest([SEEDS]).added == [SEED_ID]
    assert assistant.ask("What do Israeli leaders say the lessons of October 7 require?").citations


def test_missing_or_wrong_token_and_untrusted_certificate_are_clear_errors(
    tls_proxy: tuple[int, Path],
) -> None:
    _, cert = tls_proxy
    with pytest.raises(StoreUnavailableError, match=r"HTTP 401.*set ASSISTANT_CHROMA_TOKEN"):
        _through_proxy(tls_proxy, chroma_ca_file=cert).articles()
    with pytest.raises(StoreUnavailableError, match=r"HTTP 401.*token is wrong"):
        _through_proxy(tls_proxy, chroma_ca_file=cert, chroma_token="not-it").articles()
    with pytest.raises(
        StoreUnavailableError, match=r"Cannot verify the TLS certificate.*ASSISTANT_CHROMA_CA_FILE"
    ):
        _through_proxy(tls_proxy, chroma_token=TOKEN).articles()
