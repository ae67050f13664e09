"""Project exception types. Every message says what went wrong and what to do about it."""

from __future__ import annotations

from collections.abc import Iterable


class AssistantError(Exception):
    """Base class for every error the assistant raises on purpose."""


class ArticleError(AssistantError):
    """An input file cannot be read as an article (empty, binary, too large, undecodable)."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class UnknownArticleError(AssistantError):
    """An article id that is not in the index."""

    def __init__(self, article_id: str, known: list[str] | None = None) -> None:
        self.article_id = article_id
        hint = ""
        if known:
            shown = ", ".join(sorted(known)[:10])
            hint = f" Known articles: {shown}{' …' if len(known) > 10 else ''}."
        shown_id = article_id if len(article_id) <= 80 else article_id[:80] + "…"
        super().__init__(
            f"No article with id {shown_id!r} in the index.{hint} Run `assistant articles` to list them."
        )


class EmptyQuestionError(AssistantError):
    """The question is empty or only whitespace."""

    def __init__(self) -> None:
        super().__init__("The question is empty: type a question about the articles.")


class QuestionTooLongError(AssistantError):
    """The question is longer than the configured limit."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"The question is {length:,} characters long; the limit is {limit:,} "
            "(ASSISTANT_MAX_QUESTION_CHARS). Ask about one thing at a time."
        )


class ConfigError(AssistantError):
    """A setting (keyword argument or ``ASSISTANT_*`` variable) has a value that cannot be used."""


class InvalidArgumentError(AssistantError):
    """An argument the assistant cannot use (wrong type, out of range)."""


class IndexStateError(AssistantError):
    """The index folder cannot be used (corrupt, other version, other embedding model)."""


class ModelError(AssistantError):
    """The embedding model cannot be loaded."""


class LLMError(AssistantError):
    """The configured LLM server cannot be reached or gave an unusable answer."""


class LLMNotConfiguredError(LLMError):
    """An LLM answer was asked for, but the settings do not say which model to use."""


class StoreUnavailableError(AssistantError):
    """A Chroma server configured in settings cannot be reached."""


class ClusterError(AssistantError):
    """Ingest on Ray cannot run: the `ray` extra is missing, or no cluster answers at the address."""


class EvalSetError(AssistantError):
    """A question set for `assistant eval` cannot be read at all (missing, wrong format)."""


def invalid_request_message(problems: Iterable[tuple[str, str]]) -> str:
    """One line for a request that does not fit the schema: its first five problems as ``where: what``.

    The HTTP API and the MCP server word argument errors alike through this.
    """
    summary = "; ".join(f"{where}: {what}" for where, what in list(problems)[:5])
    return f"The request is not valid: {summary}"
