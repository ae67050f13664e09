"""Follow-up detection and query building: pure logic."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage

from assistant.answer.conversation import is_follow_up, normalize_history, search_queries


def test_follow_ups_are_detected_by_reference_or_brevity() -> None:
    assert is_follow_up("Which outlet highlighted that?")
    assert is_follow_up("What did he say next?")
    assert is_follow_up("Why?")
    assert not is_follow_up("Which countries are mediating between Israel and Hamas?")
    # a question that names no topic leans on the conversation
    assert is_follow_up("Give me the main points.")
    assert is_follow_up("ok, give me the key points then")
    assert not is_follow_up("Give me the main points of the bank merger.")
    # a few plain words naming no one and nothing lean on the conversation; a name or a figure does not
    assert is_follow_up("how did the stock react?")
    assert not is_follow_up("how did the Castellan stock react?")
    assert not is_follow_up("how many people died in the ferry grounding")
    history = [{"role": "user", "content": "what did castellan biologics announce"}]
    assert search_queries("how did the stock react?", history) == [
        "how did the stock react?",
        "what did castellan biologics announce how did the stock react?",
    ]


def test_literal_question_stays_first_and_context_is_added_for_follow_ups() -> None:
    history = [
        {"role": "user", "content": "What regional issues do developments in Gaza influence?"},
        {"role": "assistant", "content": "Normalization efforts [1]."},
    ]
    assert search_queries("Who is Hazem Qassem?", history) == ["Who is Hazem Qassem?"]
    queries = search_queries("Which outlet highlighted that?", history)
    assert queries == [
        "Which outlet highlighted that?",
        "What regional issues do developments in Gaza influence? Which outlet highlighted that?",
    ]


def test_context_reaches_back_to_the_last_self_contained_question() -> None:
    history = [
        {"role": "user", "content": "Who is the Hamas spokesman?"},
        {"role": "assistant", "content": "Hazem Qassem [1]."},
        {"role": "user", "content": "What did he argue?"},
        {"role": "assistant", "content": "A departure from earlier understandings [1]."},
    ]
    queries = search_queries("Whose remarks did he point to?", history)
    assert queries[1] == "Who is the Hamas spokesman? What did he argue? Whose remarks did he point to?"


def test_history_accepts_dicts_and_langchain_messages() -> None:
    turns = normalize_history(
        [HumanMessage("Hi there"), AIMessage("Hello"), {"role": "system", "content": "x"}, {"role": "user"}]
    )
    assert turns == [{"role": "user", "content": "Hi there"}, {"role": "assistant", "content": "Hello"}]
