"""Answer quality on the dev question set must stay above the set's thresholds."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.evaluation import corpus_for_set, evaluate_set, load_question_set, supports, token_f1

from .conftest import ROOT


def test_supports_and_token_f1() -> None:
    assert supports("Egypt and Qatar have served as central intermediaries.", ["served as central"])
    assert not supports("Cairo hosted talks.", ["Doha"])
    assert token_f1("Egypt and Qatar. [1]", "Egypt and Qatar") == 1.0
    assert token_f1("nothing", "Egypt") == 0.0


@pytest.mark.slow
def test_dev_set_meets_its_thresholds(seed_assistant: Assistant) -> None:
    result = evaluate_set(seed_assistant, load_question_set(ROOT / "eval" / "dev.json"))
    print(result.report())
    metrics = result.metrics()
    assert len(result.answerable) >= 30 and len(result.unanswerable) >= 10
    assert metrics["support_in_top_k"] >= 0.95
    assert metrics["citation_precision"] >= 0.90
    assert metrics["abstention_rate"] >= 0.90
    assert result.failures() == []


@pytest.mark.slow
def test_general_set_on_unseen_articles_meets_its_thresholds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = ROOT / "eval" / "general.json"
    qset = load_question_set(path)
    corpus = corpus_for_set(qset, path)
    assert corpus is not None and len(list(corpus.iterdir())) == 3
    assistant = Assistant.open(index_dir=tmp_path / "index", corpus_dir=corpus)
    result = evaluate_set(assistant, qset)
    print(result.report())
    assert result.failures() == []
