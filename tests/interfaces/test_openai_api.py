"""The OpenAI-compatible endpoint, through the official `openai` client, against the real server process."""

from __future__ import annotations

from collections.abc import Iterator

import openai
import pytest

from assistant.interfaces.http.openai import REVISED, SOURCES_HEADING

from ..conftest import SEED_ID, running_api

pytestmark = [pytest.mark.slow, pytest.mark.api]

LESSONS = "What do Israeli leaders say the lessons of October 7 require?"
MEDIATORS = "Which countries are mediating between Israel and Hamas?"


@pytest.fixture(scope="module")
def client(api_server: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{api_server}/v1", api_key="unused", timeout=120, max_retries=0)


def test_models_lists_the_answer_modes(client: openai.OpenAI) -> None:
    ids = [m.id for m in client.models.list()]
    assert ids == ["article-assistant", "article-assistant-extractive"]  # no LLM configured


def test_plain_completion_carries_markers_sources_and_citations(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="article-assistant", messages=[{"role": "user", "content": LESSONS}]
    )
    choice = completion.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    text = choice.message.content
    answer, sources = text.split(f"\n\n{SOURCES_HEADING}\n")
    assert "fundamentally different security architecture" in answer and answer.endswith("[1]")
    assert sources.startswith("[1] Ceasefire Diplomacy Reignites") and f"¶26 ({SEED_ID})" in sources
    citations = completion.model_extra["citations"]
    assert citations[0]["marker"] == 1 and citations[0]["paragraph"] == 26
    assert citations[0]["article_id"] == SEED_ID and citations[0]["quote"] in citations[0]["text"]
    assert completion.model_extra["abstained"] is False


def test_streaming_arrives_in_chunks_and_matches_the_plain_answer(client: openai.OpenAI) -> None:
    messages = [{"role": "user", "content": MEDIATORS}]
    plain = client.chat.completions.create(model="article-assistant", messages=messages)
    chunks = list(client.chat.completions.create(model="article-assistant", messages=messages, stream=True))
    assert chunks[0].choices[0].delta.role == "assistant"
    assert len({c.id for c in chunks}) == 1 and all(c.object == "chat.completion.chunk" for c in chunks)
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert streamed == plain.choices[0].message.content
    last = chunks[-1]
    assert last.choices[0].finish_reason == "stop"
    assert last.model_extra["citations"] == plain.model_extra["citations"]
    assert [c.choices[0].finish_reason for c in chunks[:-1]] == [None] * (len(chunks) - 1)


def test_follow_up_uses_the_conversation_without_its_sources_list(client: openai.OpenAI) -> None:
    first = client.chat.completions.create(
        model="article-assistant", messages=[{"role": "user", "content": MEDIATORS}]
    )
    follow_up = client.chat.completions.create(
        model="article-assistant-extractive",
        messages=[
            {"role": "system", "content": "You are helpful."},
            {"role": "user", "content": MEDIATORS},
            {"role": "assistant", "content": first.choices[0].message.content},
            {"role": "user", "content": [{"type": "text", "text": "Which outlet highlighted that?"}]},
        ],
        extra_body={"top_k": 3, "article_ids": [SEED_ID]},
    )
    assert follow_up.model_extra["citations"], follow_up.choices[0].message.content
    assert all(c["article_id"] == SEED_ID for c in follow_up.model_extra["citations"])


def test_abstention_has_no_sources(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="article-assistant",
        messages=[{"role": "user", "content": "What did the Mars rover find in the crater lake?"}],
    )
    assert SOURCES_HEADING not in completion.choices[0].message.content
    assert completion.model_extra["abstained"] is True and completion.model_extra["citations"] == []


def test_errors_raise_the_clients_usual_exceptions(client: openai.OpenAI, api_server: str) -> None:
    with pytest.raises(openai.NotFoundError, match="Unknown model 'gpt-4o'"):
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": LESSONS}])
    with pytest.raises(openai.BadRequestError, match="The question is empty"):
        client.chat.completions.create(model="article-assistant", messages=[{"role": "user", "content": " "}])
    with pytest.raises(openai.BadRequestError, match="The question is empty"):
        client.chat.completions.create(
            model="article-assistant", messages=[{"role": "user", "content": ""}], stream=True
        )
    with pytest.raises(openai.BadRequestError, match="last message must be the user's question"):
        client.chat.completions.create(
            model="article-assistant", messages=[{"role": "assistant", "content": "Hello"}]
        )
    with pytest.raises(openai.NotFoundError, match="No article with id 'nope'"):
        client.chat.completions.create(
            model="article-assistant",
            messages=[{"role": "user", "content": LESSONS}],
            extra_body={"article_ids": ["nope"]},
        )
    with pytest.raises(openai.UnprocessableEntityError, match="messages"):
        client.chat.completions.create(model="article-assistant", messages=[])


def test_models_retrieve_usage_and_error_fields(client: openai.OpenAI) -> None:
    assert client.models.retrieve("article-assistant").id == "article-assistant"
    with pytest.raises(openai.NotFoundError) as missing:
        client.models.retrieve("gpt-4o")
    assert (missing.value.code, missing.value.param) == ("model_not_found", "model")

    completion = client.chat.completions.create(
        model="article-assistant", messages=[{"role": "user", "content": LESSONS}]
    )
    usage = completion.usage
    assert usage is not None and usage.prompt_tokens >= 12 and usage.completion_tokens >= 20
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens

    with pytest.raises(openai.NotFoundError) as unknown:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": LESSONS}])
    assert (unknown.value.code, unknown.value.param) == ("model_not_found", "model")
    with pytest.raises(openai.UnprocessableEntityError) as invalid:
        client.chat.completions.create(model="article-assistant", messages=[])
    assert (invalid.value.code, invalid.value.param) == ("validation_error", "messages")
    with pytest.raises(openai.BadRequestError) as empty:
        client.chat.completions.create(model="article-assistant", messages=[{"role": "user", "content": " "}])
    assert empty.value.code == "empty_question"


def test_streamed_usage_when_asked(client: openai.OpenAI) -> None:
    messages = [{"role": "user", "content": MEDIATORS}]
    plain = list(client.chat.completions.create(model="article-assistant", messages=messages, stream=True))
    assert all(c.usage is None for c in plain) and plain[-1].choices
    chunks = list(
        client.chat.completions.create(
            model="article-assistant", messages=messages, stream=True, stream_options={"include_usage": True}
        )
    )
    *answer, last = chunks
    assert last.choices == [] and last.usage is not None and all(c.usage is None for c in answer)
    text = "".join(c.choices[0].delta.content or "" for c in answer)
    assert last.usage.completion_tokens >= len(text.split()) > 10
    assert last.usage.total_tokens == last.usage.prompt_tokens + last.usage.completion_tokens


def test_tools_response_format_and_tool_messages_are_refused_clearly(client: openai.OpenAI) -> None:
    tool = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}
    asked = [{"role": "user", "content": LESSONS}]
    with pytest.raises(openai.BadRequestError, match="calls no tools") as tools:
        client.chat.completions.create(model="article-assistant", messages=asked, tools=[tool])
    assert (tools.value.code, tools.value.param) == ("unsupported_parameter", "tools")
    schema = {"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "object"}}}
    with pytest.raises(openai.BadRequestError, match="never JSON") as structured:
        client.chat.completions.create(model="article-assistant", messages=asked, response_format=schema)
    assert structured.value.param == "response_format"
    with pytest.raises(openai.BadRequestError) as json_mode:
        client.chat.completions.create(
            model="article-assistant", messages=asked, response_format={"type": "json_object"}
        )
    assert json_mode.value.param == "response_format"
    tool_turn = [
        {"role": "user", "content": LESSONS},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": "{}"}}
        ]},
        {"role": "tool", "tool_call_id": "call_1", "content": "nothing"},
        {"role": "user", "content": LESSONS},
    ]  # fmt: skip
    with pytest.raises(openai.BadRequestError, match="role 'tool'") as tool_message:
        client.chat.completions.create(model="article-assistant", messages=tool_turn)  # type: ignore[arg-type]
    assert tool_message.value.param == "messages[2].role"
    # Plain text is what the server gives: asking for it is fine.
    fine = client.chat.completions.create(
        model="article-assistant", messages=asked, response_format={"type": "text"}, tool_choice="none"
    )
    assert fine.model_extra["citations"]


def test_langchain_chat_openai_users_reach_the_citations(api_server: str, client: openai.OpenAI) -> None:
    """ChatOpenAI keeps only the reply text and its id (`response_metadata["id"]`): the stored completion,
    fetched by that id, carries the structured citations. Structured output is refused clearly."""
    from langchain_openai import ChatOpenAI
    from pydantic import BaseModel

    llm = ChatOpenAI(base_url=f"{api_server}/v1", api_key="unused", model="article-assistant", max_retries=0)
    reply = llm.invoke(LESSONS)
    assert "[1]" in reply.content and reply.usage_metadata["total_tokens"] > 0
    stored = client.chat.completions.retrieve(reply.response_metadata["id"])
    assert stored.choices[0].message.content == reply.content
    citation = stored.model_extra["citations"][0]
    assert (citation["article_id"], citation["paragraph"]) == (SEED_ID, 26)

    # A streamed answer is kept too, under the id its chunks carry.
    chunks = list(
        client.chat.completions.create(
            model="article-assistant", messages=[{"role": "user", "content": MEDIATORS}], stream=True
        )
    )
    kept = client.chat.completions.retrieve(chunks[0].id)
    assert kept.model_extra["citations"] == chunks[-1].model_extra["citations"]

    class Verdict(BaseModel):
        answer: str

    with pytest.raises(openai.BadRequestError, match=r"not supported.*with_structured_output"):
        llm.with_structured_output(Verdict).invoke(LESSONS)
    with pytest.raises(openai.BadRequestError, match=r"not supported.*with_structured_output"):
        llm.with_structured_output(Verdict, method="function_calling").invoke(LESSONS)
    with pytest.raises(openai.NotFoundError, match="only the last"):
        client.chat.completions.retrieve("chatcmpl-unknown")


@pytest.fixture(scope="module")
def locked_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_api(tmp_path_factory.mktemp("openai-locked"), "--no-ui", api_key="sk-local") as url:
        yield url


def test_api_key_is_checked(locked_url: str) -> None:
    wrong = openai.OpenAI(base_url=f"{locked_url}/v1", api_key="sk-wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError, match="API key is wrong"):
        wrong.models.list()
    right = openai.OpenAI(base_url=f"{locked_url}/v1", api_key="sk-local", max_retries=0, timeout=120)
    completion = right.chat.completions.create(
        model="article-assistant", messages=[{"role": "user", "content": LESSONS}]
    )
    assert completion.model_extra["citations"][0]["paragraph"] == 26


# ---------------------------------------------------------------------------- the LLM path


@pytest.fixture(scope="module")
def llm_api(llm_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`assistant serve` answering through the real llama.cpp server with SmolLM2."""
    home = tmp_path_factory.mktemp("openai-llm")
    with running_api(home, "--no-ui", llm_base_url=llm_server, llm_model="smollm2") as url:
        yield url


@pytest.mark.llm
def test_llm_mode_streams_and_ends_with_the_checked_answer(llm_api: str) -> None:
    client = openai.OpenAI(base_url=f"{llm_api}/v1", api_key="unused", timeout=300, max_retries=0)
    ids = [m.id for m in client.models.list()]  # one id per mode, and the LLM mode's old id
    assert ids == [
        "article-assistant",
        "article-assistant-extractive",
        "article-assistant-openai",
        "article-assistant-llm",
    ]
    assert client.models.retrieve("article-assistant-llm").id == "article-assistant-llm"  # still answers
    messages = [{"role": "user", "content": LESSONS}]
    stream = client.chat.completions.create(model="article-assistant-openai", messages=messages, stream=True)
    chunks = list(stream)
    pieces = [c.choices[0].delta.content for c in chunks if c.choices[0].delta.content]
    assert len(pieces) > 2  # tokens arrived as they were generated, not as one block
    streamed = "".join(pieces)
    final = chunks[-1]
    assert final.choices[0].finish_reason == "stop"
    citations = final.model_extra["citations"]
    # Whatever the small model wrote, the reply ends with the checked answer and its sources.
    reply = streamed.split(f"\n\n{REVISED}\n")[-1]
    if citations:
        answer, sources = reply.split(f"\n\n{SOURCES_HEADING}\n")
        assert sources.count("\n") == len(citations) - 1
        assert all(f"[{c['marker']}]" in answer for c in citations)
    else:
        assert SOURCES_HEADING not in reply
