"""Who may call a served interface: the API key check and the Host/Origin allow-lists.

Shared by `assistant serve` and `assistant mcp --transport http`, so both let in the same clients
and refuse the others with the same words.
"""

from __future__ import annotations

import ipaddress
import secrets

from pydantic import SecretStr

from ..config import Settings

MISSING_API_KEY = "This server needs an API key: send the header `Authorization: Bearer <ASSISTANT_API_KEY>`."
WRONG_API_KEY = "The API key is wrong: use the value of ASSISTANT_API_KEY on the server."
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header; None for no header or another scheme."""
    scheme, _, token = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def api_key_problem(expected: SecretStr | None, given: str | None) -> str | None:
    """Why a request with the bearer token ``given`` may not pass, or None when it may.

    No key configured: everyone may. The comparison takes the same time whatever the token.
    """
    if expected is None:
        return None
    if given is None:
        return MISSING_API_KEY
    if not secrets.compare_digest(given.encode(), expected.get_secret_value().encode()):
        return WRONG_API_KEY
    return None


_WILDCARD_ADDRESSES = frozenset({"0.0.0.0", "::", "[::]", ""})


def allowed_hosts(settings: Settings, bound_host: str) -> list[str]:
    """Host names a server bound to ``bound_host`` answers to (``bare_host`` form): the setting's
    ASSISTANT_ALLOWED_HOSTS and the bound address itself, unless it is a wildcard (0.0.0.0, ::),
    which is no name a client uses. The HTTP API and the MCP server both check ``Host`` against it."""
    hosts = [bare_host(h) for h in settings.allowed_hosts]
    if bound_host.strip() not in _WILDCARD_ADDRESSES:
        hosts.append(bare_host(bound_host))
    return list(dict.fromkeys(hosts))


def bare_host(host: str) -> str:
    """``host`` lower-cased, without a port or a trailing dot; IPv6 addresses in brackets."""
    host = host.strip().lower()
    if host.startswith("["):
        host = host.split("]", 1)[0] + "]"
    elif host.count(":") > 1:  # a bare IPv6 address
        host = f"[{host}]"
    else:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def allowed_origins(settings: Settings) -> list[str]:
    """Origins (scheme://host, any port) whose pages may call the server: loopback ones and the setting's."""
    loopback = [f"{scheme}://{host}" for host in LOOPBACK_HOSTS for scheme in ("http", "https")]
    return list(dict.fromkeys([*loopback, *(o.rstrip("/") for o in settings.allowed_origins)]))


def is_loopback(host: str) -> bool:
    """True for an address only this machine can reach (a server bound there needs no API key)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
