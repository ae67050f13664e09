"""The LangChain interfaces: LangChain's own standard retriever tests, and the runnable's inputs."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.retrievers import BaseRetriever
from langchain_tests.integration_tests import RetrieversIntegrationTests

from assistant import (
    Answer,
    Assistant,
    AssistantError,
    EmptyQuestionError,
    InvalidArgumentError,
    QuestionTooLongError,
    UnknownArticleError,
)
from assistant.retrieval.retriever import ParagraphRetriever

from ..conftest import SEED_ID

pytestmark = pytest.mark.slow

LESSONS = "What do Israeli leaders say the lessons of October 7 require?"
MEDIATORS = "Which countries are mediating between Israel and Hamas?"


@pytest.mark.anyio  # runs the standard async test (ainvoke) on asyncio
class TestParagraphRetrieverStandard(RetrieversIntegrationTests):
    """LangChain's standard retriever tests (from `langchain-tests`), against the real hybrid search."""

    @pytest.fixture(autouse=True)
    def _searcher(self, seed_assistant: Assistant) -> None:
        type(self).searcher = seed_assistant.searcher

    @property
    def retriever_constructor(self) -> type[BaseRetriever]:
        return ParagraphRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return {"searcher": self.searcher}

    @property
    def retriever_query_example(self) -> str:
        return LESSONS

    @property
    def num_results_arg_name(self) -> str:
        return "top_k"


def test_retriever_documents_cite_paragraphs(seed_assistant: Assistant) -> None:
    docs = seed_assistant.as_retriever(top_k=2).invoke(LESSONS, top_k=4)
    assert len(docs) == 4
    assert docs[0].id == f"{SEED_ID}#26"
    assert docs[0].metadata["paragraph"] == 26 and docs[0].metadata["title"].startswith("Ceasefire")


def test_runnable_takes_a_question(seed_assistant: Assistant) -> None:
    answer = seed_assistant.as_runnable().invoke(LESSONS)
    assert isinstance(answer, Answer)
    assert answer.citations[0].paragraph == 26


def test_runnable_takes_messages_and_uses_them_as_history(seed_assistant: Assistant) -> None:
    runnable = seed_assistant.as_runnable()
    first = runnable.invoke(MEDIATORS)
    follow_up = "Which outlet highlighted that?"
    as_dicts = runnable.invoke(
        [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": MEDIATORS},
            {"role": "assistant", "content": first.text},
            {"role": "user", "content": follow_up},
        ]
    )
    as_messages = runnable.invoke(
        [SystemMessage("Be brief."), HumanMessage(MEDIATORS), AIMessage(first.text), HumanMessage(follow_up)]
    )
    alone = runnable.invoke(follow_up)
    assert as_dicts.question == as_messages.question == follow_up
    assert as_dicts.trace.queries == as_messages.trace.queries
    assert len(as_dicts.trace.queries) == 2 and MEDIATORS in as_dicts.trace.queries[1]
    assert alone.trace.queries == [follow_up]


def test_runnable_composes_after_a_chat_prompt(seed_assistant: Assistant) -> None:
    chain = ChatPromptTemplate.from_messages([("human", "{question}")]) | seed_assistant.as_runnable()
    answer = chain.invoke({"question": LESSONS})
    assert answer.citations[0].paragraph == 26
    batch = seed_assistant.as_runnable().batch([LESSONS, [("human", LESSONS)]])
    assert [a.citations[0].paragraph for a in batch] == [26, 26]


def test_runnable_refuses_messages_that_end_without_a_question(seed_assistant: Assistant) -> None:
    with pytest.raises(AssistantError, match="last message must be the user's question"):
        seed_assistant.as_runnable().invoke([HumanMessage(LESSONS), AIMessage("An answer.")])
    with pytest.raises(AssistantError, match="Cannot read the messages"):
        seed_assistant.as_runnable().invoke([{"role": "narrator", "content": "x"}])
    with pytest.raises(AssistantError, match='needs a "question"'):
        seed_assistant.as_runnable().invoke({"query": LESSONS})


@pytest.mark.parametrize(
    ("arguments", "query", "error"),
    [
        ({"top_k": -1}, LESSONS, InvalidArgumentError),
        ({"top_k": 0}, LESSONS, InvalidArgumentError),
        ({"top_k": 1000}, LESSONS, InvalidArgumentError),
        ({"top_k": 2.5}, LESSONS, InvalidArgumentError),
        ({"article_ids": ["no-such-article"]}, LESSONS, UnknownArticleError),
        ({"article_ids": [3]}, LESSONS, InvalidArgumentError),
        ({}, "", EmptyQuestionError),
        ({}, " \u200b\n", EmptyQuestionError),
        ({}, None, EmptyQuestionError),
        ({}, 42, InvalidArgumentError),
        ({}, "x" * 2001, QuestionTooLongError),
    ],
)
def test_retriever_and_ask_check_arguments_alike(
    seed_assistant: Assistant, arguments: dict[str, Any], query: Any, error: type[Exception]
) -> None:
    """One validation path (issue 14): what ask() refuses, the retriever refuses with the same error."""
    with pytest.raises(error) as by_ask:
        seed_assistant.ask(query, **arguments)
    with pytest.raises(error) as by_retriever:
        seed_assistant.as_retriever(**arguments).invoke(query)
    assert str(by_retriever.value) == str(by_ask.value)
    if "top_k" in arguments:  # the per-call override is held to the same range
        with pytest.raises(error):
            seed_assistant.as_retriever().invoke(query, top_k=arguments["top_k"])
        with pytest.raises(error):
            ParagraphRetriever(searcher=seed_assistant.searcher, top_k=arguments["top_k"])


def test_retriever_takes_what_ask_takes(seed_assistant: Assistant) -> None:
    docs = seed_assistant.as_retriever(top_k=3, article_ids=SEED_ID).invoke("  " + LESSONS + "\n")
    assert len(docs) == 3 and {d.metadata["article_id"] for d in docs} == {SEED_ID}
