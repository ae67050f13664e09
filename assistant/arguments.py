"""The checks every interface applies to a question's arguments: ``ask()``, the LangChain retriever,
the CLI, the HTTP API and the UI all call these, so they accept and refuse exactly the same values,
with the same errors.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence

from .errors import EmptyQuestionError, InvalidArgumentError, QuestionTooLongError, UnknownArticleError
from .text import clean_text

# Most paragraphs one question may retrieve (the same bound as the top_k setting).
MAX_TOP_K = 50


def _invisible_ranges() -> str:
    """Ranges, as a regular-expression class body, of the characters a question needs besides: white
    space, control and format (invisible) characters of the Basic Multilingual Plane."""
    invisible = [
        c for c in range(0x10000) if chr(c).isspace() or unicodedata.category(chr(c)) in ("Cc", "Cf")
    ]
    ranges: list[tuple[int, int]] = []
    for code in invisible:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


# What "visible text" means to ``clean_question``, as a JSON Schema pattern (for the OpenAPI document):
# at least one character that is not white space, a control or an invisible format character.
VISIBLE_TEXT_PATTERN = f"[^{_invisible_ranges()}]"


def clean_question(question: object, limit: int) -> str:
    """The question as searched: control and invisible characters removed, white space collapsed.

    Raises ``EmptyQuestionError`` when nothing visible is left (None counts as empty),
    ``InvalidArgumentError`` for a value that is not text, ``QuestionTooLongError`` past ``limit``.
    """
    if question is None:
        question = ""
    if not isinstance(question, str):
        raise InvalidArgumentError(f"The question must be text, not {type(question).__name__}.")
    question = " ".join(clean_text(question).split())
    if not any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in question):
        raise EmptyQuestionError()
    if len(question) > limit:
        raise QuestionTooLongError(len(question), limit)
    return question


def check_top_k(top_k: object) -> int | None:
    """``top_k`` when it is a whole number from 1 to ``MAX_TOP_K``; None means the default."""
    if top_k is None:
        return None
    if isinstance(top_k, bool) or not isinstance(top_k, int) or not 1 <= top_k <= MAX_TOP_K:
        raise InvalidArgumentError(f"top_k must be a whole number from 1 to {MAX_TOP_K}, not {top_k!r}.")
    return top_k


def check_article_ids(article_ids: object) -> list[str] | None:
    """The article ids as a list (one id given as a string is one id); None or empty means all.

    Only the form is checked here; ``check_known_articles`` checks them against the index.
    """
    if article_ids is None:
        return None
    if isinstance(article_ids, str):
        article_ids = [article_ids]
    if not isinstance(article_ids, Sequence) or not all(isinstance(a, str) for a in article_ids):
        raise InvalidArgumentError(
            f"article_ids must be a list of article ids (text), not {type(article_ids).__name__}."
        )
    return list(article_ids) or None


def check_history(history: object) -> None:
    """``history`` must be None or a list of turns, each ``{"role": "user"|"assistant"|"system",
    "content": text}`` or a LangChain message; anything else is refused rather than ignored.

    For interfaces whose clients send the history as data (the web UI's API); ``Assistant.ask``
    itself keeps the usable turns of a history and skips the rest.
    """
    if history is None:
        return
    if isinstance(history, str | bytes | dict) or not isinstance(history, Sequence):
        raise InvalidArgumentError(
            f"history must be a list of turns like {_TURN}, not {type(history).__name__}."
        )
    for number, turn in enumerate(history):
        if isinstance(turn, dict):
            role, content = turn.get("role"), turn.get("content")
            if role in ("user", "assistant", "system") and isinstance(content, str):
                continue
        elif hasattr(turn, "type") and isinstance(getattr(turn, "content", None), str | list):
            continue  # a LangChain message
        shown = repr(turn)
        shown = shown if len(shown) <= 80 else shown[:80] + "…"
        raise InvalidArgumentError(f"history turn {number} must look like {_TURN}, not {shown}.")


_TURN = '{"role": "user" or "assistant", "content": "text"}'


def check_article_id(article_id: object) -> str:
    """One article id: text (an unknown one is the caller's ``UnknownArticleError`` to raise)."""
    if not isinstance(article_id, str):
        raise InvalidArgumentError(
            f"Give the id of an article (text, as `assistant articles` lists them), not {article_id!r}."
        )
    return article_id


def check_known_articles(article_ids: Sequence[str] | None, known: Collection[str]) -> None:
    """Raise ``UnknownArticleError`` for the first id that is not in the index."""
    for article_id in article_ids or ():
        if article_id not in known:
            raise UnknownArticleError(article_id, sorted(known))
