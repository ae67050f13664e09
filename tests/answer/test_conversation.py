"""Follow-up detection and query building: pure logic."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage

from assistant.answer.conversation import is_follow_up, names_in, normalize_history, search_queries


def test_follow_ups_are_detected_by_reference_or_brevity() -> None:
    assert is_follow_up("Which outlet highlighted that?")
    assert is_follow_up("What did he say next?")
    assert is_follow_up("Why?")
    assert not is_follow_up("Which countries are mediating between Israel and Hamas?")


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


def test_names_in_an_answer_drop_sentence_openers() -> None:
    text = "The talks will be chaired by Margaret Odell, a judge. In Port Calder the Valley Rail office shut."
    assert names_in(text) == ["Margaret Odell", "Port Calder", "Valley Rail"]
    assert names_in("The strike goes on. It ends on Friday.") == []


def test_a_follow_up_about_a_person_searches_with_the_names_the_last_answer_gave() -> None:
    history = [
        {"role": "user", "content": "Who will chair the talks?"},
        {"role": "assistant", "content": "The talks will be chaired by Margaret Odell, a judge. [1]"},
    ]
    assert search_queries("What experience does she have?", history)[1] == (
        "Who will chair the talks? Margaret Odell What experience does she have?"
    )
    # "it" stands for a thing: the names of the last answer would pull the search toward it
    assert "Margaret" not in search_queries("When does it start?", history)[1]
