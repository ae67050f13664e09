"""Metric definitions: matching references, answer overlap, set-level aggregation and the gate."""

from __future__ import annotations

import pytest

from assistant.errors import AssistantError
from assistant.evaluation import (
    EvalQuestion,
    QuestionRecord,
    check_thresholds,
    compute_metrics,
    contains_reference,
    parse_threshold,
    supports,
    token_f1,
)
from assistant.evaluation.results import failure_reasons
from assistant.evaluation.scoring import containment, score_answer

PARA_MEDIATORS = "Egypt and Qatar have served as central intermediaries throughout the conflict."
PARA_PROPOSAL = "Mediators presented what has been described as a “new and revised proposal” on Sunday."
PARA_BORDER = "Egypt, which shares a border with Gaza, has particular interests in preventing instability."


def test_reference_found_ignoring_case_quotes_punctuation_and_spacing() -> None:
    assert contains_reference(PARA_PROPOSAL, 'described as a "New and  revised proposal"')
    assert contains_reference(PARA_MEDIATORS, "EGYPT AND QATAR have served as\ncentral intermediaries.")
    assert not contains_reference(PARA_MEDIATORS, "Egypt and Jordan")
    assert not contains_reference("concatenate", "cat")  # whole words only
    # a paragraph lying wholly inside a longer reference passage (a whole BEIR document) counts
    assert contains_reference(PARA_BORDER, f"First sentence. {PARA_BORDER} Last sentence.")


def test_citation_supports_by_context_or_by_every_key_word_of_the_reference() -> None:
    question = EvalQuestion(
        id="q",
        row=1,
        user_input="Who mediates?",
        reference="Egypt and Qatar.",
        reference_contexts=("served as central intermediaries",),
    )
    assert supports(PARA_MEDIATORS, question)
    assert supports("Talks between Egypt and Qatar's envoys went on.", question)  # key words, no context
    assert not supports(PARA_BORDER, question)  # Egypt but not Qatar


def test_answer_overlap() -> None:
    assert token_f1("Egypt and Qatar. [1]", "Egypt and Qatar") == 1.0
    assert token_f1("The talks are in Cairo.", "Cairo") == pytest.approx(2 * (1 / 4) * 1 / (1 / 4 + 1))
    assert token_f1("nothing", "Egypt") == 0.0
    assert containment("Egypt and Qatar have served as intermediaries [1]", "Egypt and Qatar.") == 1.0
    assert containment("Egypt has interests.", "Egypt and Qatar.") == 0.5


def _record(
    question: EvalQuestion,
    answer: str,
    abstained: bool,
    cited: list[str],
    retrieved: list[str],
    latency: float = 10.0,
) -> QuestionRecord:
    record = QuestionRecord(
        question=question,
        answer=answer,
        abstained=abstained,
        citations=[
            {"marker": i, "article_id": "a", "title": "t", "paragraph": i, "text": t}
            for i, t in enumerate(cited, 1)
        ],
        retrieved=[
            {"rank": i, "article_id": "a", "paragraph": i, "text": t, "score": 0.1}
            for i, t in enumerate(retrieved, 1)
        ],
        latency_ms=latency,
        answer_context=2,
    )
    record.scores = score_answer(question, answer, abstained, cited, retrieved)
    record.failures = failure_reasons(record)
    return record


MEDIATORS = EvalQuestion(
    id="mediators",
    row=1,
    user_input="Who mediates?",
    reference="Egypt and Qatar.",
    reference_contexts=("served as central intermediaries", "shares a border with Gaza"),
)
UNANSWERABLE = EvalQuestion(id="toll", row=2, user_input="What is the death toll?", answerable=False)


def test_score_answer_ranks_each_reference_context() -> None:
    record = _record(
        MEDIATORS,
        "Egypt and Qatar mediate. [1]",
        False,
        [PARA_MEDIATORS],
        [PARA_PROPOSAL, PARA_MEDIATORS, "x", PARA_BORDER],
    )
    s = record.scores
    assert s.context_ranks == [2, 4]
    assert s.reciprocal_rank == 0.5
    assert (s.recall_at(1), s.recall_at(3), s.recall_at(5)) == (0.0, 0.5, 1.0)
    assert s.citation_precision == 1.0 and s.citation_recall == 0.5
    assert record.passed  # a context was among the 2 paragraphs read, and the citation supports


def test_failures_are_explained() -> None:
    abstained = _record(MEDIATORS, "I could not find an answer.", True, [], ["x", "y", PARA_MEDIATORS])
    assert abstained.failures == [
        "no reference context among the 2 paragraphs the answerer read",
        "abstained on an answerable question",
    ]
    assert abstained.scores.answer_f1 == 0.0 and abstained.scores.citation_recall == 0.0
    wrong = _record(UNANSWERABLE, "Many died. [1]", False, [PARA_BORDER], [PARA_BORDER])
    assert wrong.failures == ["answered a question the corpus cannot answer"]
    unsupported = _record(MEDIATORS, "Egypt. [1]", False, [PARA_PROPOSAL], [PARA_MEDIATORS])
    assert unsupported.failures == ["citation [1] (a ¶1) supports no reference"]


def test_set_metrics() -> None:
    records = [
        _record(
            MEDIATORS, "Egypt and Qatar. [1]", False, [PARA_MEDIATORS], [PARA_MEDIATORS, PARA_BORDER], 10
        ),
        _record(MEDIATORS, "I could not find an answer.", True, [], [PARA_PROPOSAL], 20),
        _record(UNANSWERABLE, "I could not find an answer.", True, [], [PARA_PROPOSAL], 30),
        _record(UNANSWERABLE, "Many. [1]", False, [PARA_BORDER], [PARA_BORDER], 40),
    ]
    m = compute_metrics(records)
    assert m["context_recall@1"] == 0.25 and m["context_recall@3"] == 0.5  # (1/2 + 0) / 2, (2/2 + 0) / 2
    assert m["mrr"] == 0.5
    assert m["citation_precision"] == 1.0  # only the question that cited anything counts
    assert m["answer_rate"] == 0.5
    assert m["abstention_precision"] == 0.5 and m["abstention_recall"] == 0.5
    assert m["pass_rate"] == 0.5  # the first answer and the abstention on the unanswerable question
    assert m["latency_p50_ms"] == 25.0
    assert compute_metrics(records[:1])["abstention_recall"] is None  # no unanswerable question


def test_fail_under_parsing_and_checking() -> None:
    assert parse_threshold("context_recall@5=0.9") == ("context_recall@5", 0.9)
    for bad, message in [
        ("recall", "write METRIC=VALUE"),
        ("recall@5=0.9", "unknown metric 'recall@5'. Metrics: context_recall@1"),
        ("mrr=high", "'high' is not a number"),
        ("latency_p95_ms=100", "better when lower"),
    ]:
        with pytest.raises(AssistantError, match=message):
            parse_threshold(bad)
    metrics = {"mrr": 0.8, "answer_rate": 0.95, "abstention_recall": None}
    assert check_thresholds(metrics, {"mrr": 0.85, "answer_rate": 0.9, "abstention_recall": 0.5}) == [
        "mrr = 0.800 is below 0.850",
        "abstention_recall cannot be measured on this set (no question it applies to)",
    ]
