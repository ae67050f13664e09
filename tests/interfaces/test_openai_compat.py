"""Pure pieces of the OpenAI-compatible endpoint: deltas of a growing answer, and history cleanup."""

from __future__ import annotations

import pytest

from assistant.answer.conversation import split_messages
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.interfaces.http.openai import (
    REVISED,
    SOURCES_HEADING,
    DraftDeltas,
    answer_text_of,
    model_modes,
    reply_text,
)
from assistant.types import Answer, Citation, Trace


def make_answer(text: str, cited: bool = True) -> Answer:
    citations = [Citation(1, "a1", "Title", 3, "Whole paragraph.", "Quote.")] if cited else []
    return Answer("q", text, citations, [], not cited, Trace("q", ["q"], "openai"))


def test_one_model_id_per_answer_mode_and_the_old_llm_id_still_answers() -> None:
    no_llm = {"article-assistant": None, "article-assistant-extractive": "extractive"}
    assert model_modes(Settings()) == no_llm
    models = model_modes(Settings(mode="llamacpp", llm_base_url="http://127.0.0.1:9/v1"))
    assert models == {
        "article-assistant": None,
        "article-assistant-extractive": "extractive",
        "article-assistant-openai": "openai",
        "article-assistant-llamacpp": "llamacpp",
        "article-assistant-llm": "llamacpp",  # the old id means the configured backend
    }
    assert list(model_modes(Settings(llm_base_url="http://127.0.0.1:9/v1"))) == [
        "article-assistant",
        "article-assistant-extractive",
        "article-assistant-openai",
        "article-assistant-llm",  # listed too, so that clients looking for it keep working
    ]


def test_deltas_follow_a_growing_draft_then_add_the_sources() -> None:
    deltas = DraftDeltas()
    assert [deltas.draft(t) for t in ["Egypt", "Egypt and Qatar", "Egypt and Qatar mediate [1]."]] == [
        "Egypt",
        " and Qatar",
        " mediate [1].",
    ]
    final = deltas.final(make_answer("Egypt and Qatar mediate [1]."))
    assert final == f"\n\n{SOURCES_HEADING}\n[1] Title, ¶3 (a1)"


def test_deltas_end_with_the_checked_answer_when_it_rewrites_the_draft() -> None:
    deltas = DraftDeltas()
    sent = deltas.draft("Egypt mediates [3].")
    assert deltas.draft("Something else entirely") == ""  # a rewrite is not streamed
    assert deltas.draft("Egypt mediates [3]. More") == ""  # nor anything after it
    final = deltas.final(make_answer("Egypt mediates [1]."))
    streamed = sent + final
    assert streamed.startswith("Egypt mediates [3].")
    assert answer_text_of(streamed) == "Egypt mediates [1]."
    assert f"\n\n{REVISED}\nEgypt mediates [1].\n\n{SOURCES_HEADING}\n" in streamed


def test_an_abstention_has_no_sources_list() -> None:
    answer = make_answer("I could not find an answer to that in the indexed articles.", cited=False)
    assert reply_text(answer) == answer.text
    assert DraftDeltas().final(answer) == answer.text


def test_history_keeps_an_earlier_reply_without_its_sources() -> None:
    reply = reply_text(make_answer("Egypt and Qatar mediate [1]."))
    assert answer_text_of(reply) == "Egypt and Qatar mediate [1]."
    assert answer_text_of("Plain text from another client") == "Plain text from another client"


def test_split_messages_takes_the_last_user_turn_as_the_question() -> None:
    question, history = split_messages(
        [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Who mediates?"},
            {"role": "assistant", "content": "Egypt [1]."},
            {
                "role": "user",
                "content": [{"type": "text", "text": "Since"}, {"type": "text", "text": "when?"}],
            },
        ]
    )
    assert question == "Since when?"
    assert history == [
        {"role": "user", "content": "Who mediates?"},
        {"role": "assistant", "content": "Egypt [1]."},
    ]


@pytest.mark.parametrize(
    ("messages", "words"),
    [
        ([], "last message must be the user's question"),
        ([{"role": "assistant", "content": "Hi"}], "last message must be the user's question"),
        ([{"role": "narrator", "content": "x"}], "Cannot read the messages"),
        ([{"content": "no role"}], "Cannot read the messages"),
    ],
)
def test_split_messages_refuses_what_it_cannot_use(messages: list, words: str) -> None:
    with pytest.raises(AssistantError, match=words):
        split_messages(messages)
