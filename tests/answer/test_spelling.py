"""A question's misspelt words are read as the words meant, but names, British spellings, rare
words and words the articles use are left as typed."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.answer.spelling import corrected

ARTICLE_STEMS = {"wendham", "ceasefir", "negoti"}


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        ("who wrot this artcle?", "who wrote this article?"),
        ("Summarise the ceasfire negotations", "Summarise the ceasefire negotiations"),
        ("Who is the govenor?", "Who is the governor?"),
        ("What colour is the bridge?", "What colour is the bridge?"),  # British English
        ("How many people did Wendham evacuate?", "How many people did Wendham evacuate?"),
        ("What did Morow say?", "What did Morow say?"),  # a name, maybe one the articles lack
        ("how much polony was recalled?", "how much polony was recalled?"),  # rare, not "colony"
        ("any hosepipe ban?", "any hosepipe ban?"),
        # a word English never uses, two edits from an everyday word the articles lack: a name
        ("has saint-orvanne banned scooters?", "has saint-orvanne banned scooters?"),
        # a typo frequent enough for English to know it, one edit from an everyday word
        ("what happend with the ceasefire", "what happened with the ceasefire"),
        ("summarise the talks", "summarise the talks"),  # British, one edit from "summarize"
        # a contraction is no typo of its first part
        ("why couldn't they agree?", "why couldn't they agree?"),
        ("why wasn’t a deal signed?", "why wasn’t a deal signed?"),
    ],
)
def test_misspelt_words_are_read_as_meant(question: str, read_as: str) -> None:
    text, fixes = corrected(question, ARTICLE_STEMS.__contains__)
    assert text == read_as
    assert bool(fixes) is (text != question)


@pytest.mark.slow
def test_a_question_with_typos_is_answered_and_the_trace_says_how_it_was_read(
    seed_assistant: Assistant,
) -> None:
    answer = seed_assistant.ask("who wrot this artcle?")
    assert answer.trace.kind == "about_article" and "Fern Sidman" in answer.text
    assert answer.question == "who wrot this artcle?"  # the reader's words are kept
    assert any("'wrot' as 'wrote'" in note for note in answer.trace.notes)
