"""Opening a Chroma client (embedded folder or ``chroma run`` server) and turning its failures
into errors that say what to do."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import IndexStateError, StoreUnavailableError

log = logging.getLogger(__name__)


def make_client(settings: Settings) -> Any:
    import chromadb

    try:
        if settings.chroma_host:
            return _server_client(settings)
        index_dir = Path(settings.index_dir)
        if index_dir.exists() and not index_dir.is_dir():
            raise IndexStateError(f"ASSISTANT_INDEX_DIR={index_dir} is a file, not a folder.")
        index_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(index_dir), settings=_chroma_settings(settings))
    except (IndexStateError, StoreUnavailableError):
        raise
    except Exception as exc:
        raise store_error(exc, settings) from exc


def _chroma_settings(settings: Settings) -> Any:
    """Chroma client settings: no telemetry; for a server, TLS verification and the auth token."""
    from chromadb.config import Settings as ChromaSettings

    values: dict[str, Any] = {"anonymized_telemetry": False, "allow_reset": False}
    if settings.chroma_host:
        if settings.chroma_ca_file is not None:
            values["chroma_server_ssl_verify"] = str(settings.chroma_ca_file)
        if settings.chroma_token is not None:
            values["chroma_client_auth_provider"] = "chromadb.auth.token_authn.TokenAuthClientProvider"
            values["chroma_client_auth_credentials"] = settings.chroma_token.get_secret_value()
    return ChromaSettings(**values)


def _server_client(settings: Settings) -> Any:
    """An ``HttpClient`` for the configured server, checked first so that problems fail fast.

    Chroma's HTTP client waits forever for an answer (its httpx session has no timeout), so a
    hung server would hang every call: the server is pinged with a deadline first, and the
    client's session is then given ``chroma_timeout``.
    """
    import chromadb
    import httpx
    from chromadb.errors import NotFoundError

    _ping(settings)
    try:
        client = _http_client(settings)
    except NotFoundError as exc:
        if "database" not in str(exc).lower():
            raise StoreUnavailableError(
                f"The {describe_location(settings)} has no tenant {settings.chroma_tenant!r}. Create it "
                "on the server, or set ASSISTANT_CHROMA_TENANT to an existing one."
            ) from exc
        # Like the embedded index folder, a database that does not exist yet is created.
        log.info("Creating database %r on %s", settings.chroma_database, describe_location(settings))
        admin = chromadb.AdminClient(_admin_settings(settings))
        admin.create_database(settings.chroma_database, tenant=settings.chroma_tenant)
        client = _http_client(settings)
    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(settings.chroma_timeout, connect=min(settings.chroma_timeout, 5.0))
    else:  # pragma: no cover - a chromadb release that moved its session
        log.warning("Could not set a timeout on the Chroma client; a hung server may block calls.")
    return client


def _http_client(settings: Settings) -> Any:
    import chromadb

    return chromadb.HttpClient(
        host=settings.chroma_host or "",
        port=settings.chroma_port,
        ssl=settings.chroma_ssl,
        settings=_chroma_settings(settings),
        tenant=settings.chroma_tenant,
        database=settings.chroma_database,
    )


def _admin_settings(settings: Settings) -> Any:
    chroma = _chroma_settings(settings)
    chroma.chroma_api_impl = "chromadb.api.fastapi.FastAPI"
    chroma.chroma_server_host = settings.chroma_host
    chroma.chroma_server_http_port = settings.chroma_port
    chroma.chroma_server_ssl_enabled = settings.chroma_ssl
    return chroma


def _ping(settings: Settings) -> None:
    """Ask the server for its heartbeat, with a deadline; turn every failure into an actionable error."""
    import httpx

    where = describe_location(settings)
    scheme = "https" if settings.chroma_ssl else "http"
    url = f"{scheme}://{settings.chroma_host}:{settings.chroma_port}/api/v2/heartbeat"
    headers = {}
    if settings.chroma_token is not None:
        headers["Authorization"] = f"Bearer {settings.chroma_token.get_secret_value()}"
    verify: bool | str = str(settings.chroma_ca_file) if settings.chroma_ca_file else True
    try:
        response = httpx.get(url, headers=headers, verify=verify, timeout=min(settings.chroma_timeout, 5.0))
    except httpx.TimeoutException as exc:
        raise StoreUnavailableError(
            f"The {where} did not answer within {min(settings.chroma_timeout, 5.0):g} s ({exc!r}). "
            "Check that the server is running and not overloaded, and ASSISTANT_CHROMA_HOST/PORT."
        ) from exc
    except httpx.ConnectError as exc:
        if "CERTIFICATE_VERIFY_FAILED" in str(exc) or "SSL" in str(exc):
            raise StoreUnavailableError(
                f"Cannot verify the TLS certificate of the {where} ({exc}). Set ASSISTANT_CHROMA_CA_FILE "
                "to the certificate that signed it, or check ASSISTANT_CHROMA_SSL."
            ) from exc
        raise store_error(exc, settings) from exc
    except httpx.HTTPError as exc:
        raise store_error(exc, settings) from exc
    if response.status_code in (401, 403):
        hint = "is wrong" if settings.chroma_token is not None else "is needed: set ASSISTANT_CHROMA_TOKEN"
        raise StoreUnavailableError(
            f"The {where} refused the request (HTTP {response.status_code}): the auth token {hint}."
        )
    if response.status_code != 200:
        raise StoreUnavailableError(
            f"The {where} answered HTTP {response.status_code} to a heartbeat: is it a Chroma server "
            f"(`chroma run`)? {response.text[:200]}"
        )


def describe_location(settings: Settings) -> str:
    if settings.chroma_host:
        scheme = "https" if settings.chroma_ssl else "http"
        return (
            f"Chroma server {settings.chroma_host}:{settings.chroma_port} ({scheme}, tenant "
            f"{settings.chroma_tenant}, database {settings.chroma_database})"
        )
    return f"index folder {settings.index_dir}"


def store_error(exc: Exception, settings: Settings) -> Exception:
    """Turn a Chroma failure on open into an error that says what to do."""
    where = describe_location(settings)
    if is_connection_error(exc):
        return StoreUnavailableError(
            f"Cannot reach the {where} ({exc}). Start it with `chroma run --path DIR "
            f"--host {settings.chroma_host} --port {settings.chroma_port}`, or unset "
            "ASSISTANT_CHROMA_HOST to use the embedded index."
        )
    return IndexStateError(
        f"Cannot open the {where}: {type(exc).__name__}: {exc}. It may be corrupt or written by "
        "an incompatible Chroma version. Nothing was changed: move the folder aside (or run "
        "`assistant rebuild`) and the index will be rebuilt from your articles."
    )


def check_identity(stored: dict[str, Any], expected: dict[str, Any], location: str) -> None:
    schema = stored.get("assistant_schema")
    if schema is None:
        raise IndexStateError(
            f"The {location} holds a collection that this assistant did not create. Choose another "
            "ASSISTANT_COLLECTION or ASSISTANT_INDEX_DIR."
        )
    if schema != expected["assistant_schema"]:
        raise IndexStateError(
            f"The {location} was written by index schema v{schema}; this version reads "
            f"v{expected['assistant_schema']}. Run `assistant rebuild` to rebuild it from your articles."
        )
    if stored.get("embedding_model") != expected["embedding_model"]:
        raise IndexStateError(
            f"The {location} was embedded with {stored.get('embedding_model')!r}, but "
            f"ASSISTANT_EMBEDDING_MODEL is {expected['embedding_model']!r}. Set it back, or run "
            "`assistant rebuild` to re-embed every article with the new model."
        )


def is_timeout(exc: BaseException) -> bool:
    import httpx

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, httpx.TimeoutException):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def is_connection_error(exc: BaseException) -> bool:
    import httpx

    seen: BaseException | None = exc
    while seen is not None:
        # TransportError: refused, reset, or the server went away mid-request (RemoteProtocolError).
        if isinstance(seen, (httpx.TransportError, ConnectionError)):
            return True
        if "Could not connect to" in str(seen) or "Connection refused" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
