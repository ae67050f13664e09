"""The LLM answer path against a real OpenAI-compatible server (llama.cpp serving SmolLM2-135M).

The model is far too small to answer well, so these tests check what must hold for any model:
every marker shown points to a retrieved paragraph that supports its sentence, and an answer the
model leaves uncited falls back to quoting the articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Answer, Assistant, LLMError
from assistant.answer import markers_in
from assistant.llm import check_citations

from .conftest import SEEDS

pytestmark = [pytest.mark.slow, pytest.mark.llm]

LESSONS = "What do Israeli leaders say the lessons of October 7 require?"


def test_check_citations_drops_bad_markers_and_renumbers(seed_assistant: Assistant) -> None:
    passages = seed_assistant.ask(LESSONS).retrieved
    lessons = next(i for i, p in enumerate(passages, 1) if p.paragraph == 26)
    unrelated = next(i for i, p in enumerate(passages, 1) if p.paragraph != 26)
    text = (
        f"The lessons of October 7 require a fundamentally different security architecture [{lessons}]. "
        f"Penguins live in Antarctica [{unrelated}]. Cairo is in Egypt [9]."
    )
    draft = check_citations(text, passages, seed_assistant.embeddings)
    assert [c.paragraph for c in draft.citations] == [26]
    assert draft.citations[0].marker == 1 and markers_in(draft.text) == [1]
    assert "Penguins live in Antarctica." in draft.text and "[9]" not in draft.text
    assert any("no source 9" in n for n in draft.notes)
    assert any("does not support" in n for n in draft.notes)
    assert "fundamentally different security architecture" in draft.citations[0].quote


def test_llm_answers_are_cited_or_fall_back(llm_server: str, tmp_path: Path) -> None:
    assistant = Assistant.open(
        index_dir=tmp_path / "index",
        corpus_dir=SEEDS,
        answer_mode="llm",
        llm_base_url=llm_server,
        llm_model="smollm2",
        llm_max_tokens=120,
    )
    items = list(assistant.stream(LESSONS))
    answer = items[-1]
    assert isinstance(answer, Answer) and answer.trace.mode == "llm"
    assert not answer.abstained
    retrieved = {(p.article_id, p.paragraph) for p in answer.retrieved}
    assert answer.citations, answer.trace.notes
    assert markers_in(answer.text) == [c.marker for c in answer.citations]
    assert all((c.article_id, c.paragraph) in retrieved for c in answer.citations)
    if any("fell back" in n for n in answer.trace.notes):
        assert answer.citations[0].paragraph == 26  # the extractive answer


def test_unreachable_llm_is_a_clear_error(tmp_path: Path, seed_assistant: Assistant) -> None:
    assistant = Assistant.open(
        settings=seed_assistant.settings,
        answer_mode="llm",
        llm_base_url="http://127.0.0.1:9/v1",
        llm_timeout=5,
    )
    with pytest.raises(LLMError, match=r"Cannot reach the LLM server at http://127.0.0.1:9/v1"):
        assistant.ask(LESSONS)


def test_llm_mode_without_a_server_configured_says_what_to_set(seed_assistant: Assistant) -> None:
    with pytest.raises(Exception, match="ASSISTANT_LLM_BASE_URL"):
        seed_assistant.ask(LESSONS, mode="llm")
