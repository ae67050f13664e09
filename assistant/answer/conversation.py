"""Turn a follow-up question into search queries, using the conversation so far.

The user's literal words always stay the first query; a follow-up that leans on earlier turns
("Which outlet highlighted that?") gets a second query that carries the earlier question along.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..errors import AssistantError
from ..text import content_stems, strip_markers, words
from .topics import topic_stems

# Words that point back to something said earlier.
_REFERRING = frozenset(
    [
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "there",
        "then",
        "such",
        "same",
        "former",
        "latter",
        "above",
        "aforementioned",
    ]
)
_MAX_CONTEXT_TURNS = 3
# A follow-up that is only a phrase to add to the last question: "and in the first report?", "what
# about on Monday?", "and according to the union?". It asks the last question again, so changed.
_FRAGMENT = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|right)\W+)?(?:(?:and|but|or)\s+(?:(?:what|how)\s+about\s+)?|(?:what|how)\s+about\s+)"
    r"(?P<phrase>(?:in|on|at|for|by|from|during|after|before|since|as\s+of|according\s+to)\s+[^?.!]+?)"
    r"\s*[?.!]*$",
    re.IGNORECASE,
)
_FRAGMENT_WORDS = 8


def normalize_history(history: Sequence[Any] | None) -> list[dict[str, str]]:
    """Accept ``{"role", "content"}`` dicts (or LangChain messages) and keep user/assistant turns."""
    turns: list[dict[str, str]] = []
    for item in history or []:
        if isinstance(item, dict):
            role, content = item.get("role"), item.get("content")
        else:  # a LangChain BaseMessage
            role = {"human": "user", "ai": "assistant"}.get(getattr(item, "type", ""))
            content = getattr(item, "content", None)
        if role in ("user", "assistant") and isinstance(content, str) and content.strip():
            turns.append({"role": role, "content": content})
    return turns


def is_follow_up(question: str) -> bool:
    """True when the question refers back (pronouns, "that") or names too little to stand alone: too
    few words, no topic ("Give me the main points.", "and who wrote it?"), or a few plain words that
    name no one and nothing ("how did the stock react?": the stock of the company just asked about)."""
    tokens = words(question)
    stems = content_stems(question)
    return (
        any(t in _REFERRING for t in tokens)
        or len(stems) < 2
        or not topic_stems(question)
        or (len(stems) <= SHORT_FOLLOW_UP_WORDS and not _NAMES_SOMETHING.search(question))
    )


# A question of this many words of substance at most, with no name or figure, leans on the earlier turns.
SHORT_FOLLOW_UP_WORDS = 3
# A capitalised word past the first, or a figure: a name or a value the question brings of its own.
_NAMES_SOMETHING = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w'’-]*|\d")


def completed_fragment(question: str, history: Sequence[dict[str, str]]) -> str | None:
    """The last question asked again with a follow-up's phrase added, when the follow-up is only that
    phrase: "How many homes were lost?" then "and in the first report?" asks "How many homes were lost
    in the first report?". None for any other question, or when there is no earlier question."""
    match = _FRAGMENT.match(question.strip())
    if match is None or len(question.split()) > _FRAGMENT_WORDS:
        return None
    # The last question that was not itself such a phrase: "and in the update?" after "and in the
    # first report?" asks the question before them of the update.
    previous = [t["content"].strip() for t in history if t["role"] == "user"]
    whole = [q for q in previous if _FRAGMENT.match(q) is None]
    last = strip_markers(whole[-1]).rstrip(" ?.!") if whole else ""
    return f"{last} {match.group('phrase').strip()}?" if last else None


def search_queries(question: str, history: Sequence[dict[str, str]]) -> list[str]:
    """The queries to search with: the literal question, plus a context-carrying one for follow-ups."""
    queries = [question.strip()]
    previous = [t["content"].strip() for t in history if t["role"] == "user"]
    if not previous or not is_follow_up(question):
        return queries
    context: list[str] = []
    for earlier in reversed(previous[-_MAX_CONTEXT_TURNS:]):
        context.insert(0, strip_markers(earlier))
        if not is_follow_up(earlier):
            break  # this turn stands on its own: older turns add only noise
    queries.append(" ".join([*context, question.strip()]))
    return queries


def split_messages(messages: Sequence[Any]) -> tuple[str, list[dict[str, str]]]:
    """The last message as the question and the user/assistant turns before it as history.

    Accepts chat messages in any form LangChain understands: OpenAI-style ``{"role", "content"}``
    dicts (content as text or a list of text parts), LangChain messages, ``(role, text)`` tuples
    and plain strings (user turns). System messages are ignored: the assistant has its own rules.
    """
    from langchain_core.messages import convert_to_messages

    try:
        parsed = convert_to_messages(list(messages))
    except (ValueError, NotImplementedError, TypeError) as exc:
        reason = str(exc).splitlines()[0]
        raise AssistantError(f"Cannot read the messages: {reason}") from exc
    if not parsed or parsed[-1].type != "human":
        raise AssistantError("The last message must be the user's question (role 'user').")
    roles = {"human": "user", "ai": "assistant"}
    history = normalize_history(
        [{"role": roles.get(m.type, m.type), "content": _message_text(m.content)} for m in parsed[:-1]]
    )
    return _message_text(parsed[-1].content), history


def _message_text(content: Any) -> str:
    """Message text; a list of content parts is joined by spaces, parts without text are skipped."""
    if isinstance(content, str):
        return content
    parts = [p if isinstance(p, str) else p.get("text", "") for p in content if isinstance(p, str | dict)]
    return " ".join(p for p in parts if p)
