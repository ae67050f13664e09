"""Who may call the servers: the API key check and the Host/Origin allow-lists (pure logic)."""

from __future__ import annotations

from pydantic import SecretStr

from assistant import Settings
from assistant.interfaces.access import (
    MISSING_API_KEY,
    WRONG_API_KEY,
    allowed_hosts,
    allowed_origins,
    api_key_problem,
    bearer_token,
    is_loopback,
)


def test_bearer_token_reads_only_the_bearer_scheme() -> None:
    assert bearer_token("Bearer abc") == "abc"
    assert bearer_token("bearer  abc ") == "abc"
    assert bearer_token("Basic abc") is None
    assert bearer_token("Bearer ") is None
    assert bearer_token(None) is None


def test_api_key_problem() -> None:
    key = SecretStr("s3cret")
    assert api_key_problem(None, None) is None  # no key configured: everyone may
    assert api_key_problem(key, None) == MISSING_API_KEY
    assert api_key_problem(key, "nope") == WRONG_API_KEY
    assert api_key_problem(key, "s3cret") is None


def test_allow_lists_default_to_loopback_plus_what_is_configured() -> None:
    settings = Settings(allowed_origins=["https://app.example/"], allowed_hosts=["mcp.internal"])
    assert allowed_hosts(Settings(), "127.0.0.1") == ["localhost", "127.0.0.1", "[::1]"]
    assert allowed_hosts(settings, "::1") == ["mcp.internal", "[::1]"]
    assert allowed_hosts(Settings(), "10.0.0.5")[-1] == "10.0.0.5"
    # One rule for the HTTP API and the MCP server: names as bare_host writes them, no wildcard bind.
    assert allowed_hosts(Settings(allowed_hosts=["News.Example.:8080"]), "0.0.0.0") == ["news.example"]
    assert "http://localhost" in allowed_origins(Settings()) and "https://[::1]" in allowed_origins(
        Settings()
    )
    assert allowed_origins(settings)[-1] == "https://app.example"


def test_is_loopback() -> None:
    assert (
        is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("[::1]") and is_loopback("localhost")
    )
    assert not is_loopback("0.0.0.0") and not is_loopback("example.org")
