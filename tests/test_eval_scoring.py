"""Metric definitions: matching references, answer overlap, set-level aggregation and the gate."""

from __future__ import annotations

import pytest

from assistant.errors import AssistantError
from assistant.evaluation import (
    EvalQuestion,
    QuestionRecord,
    check_gate_kinds,
    check_thresholds,
    compute_metrics,
    contains_key_fact,
    contains_reference,
    metrics_by_kind,
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
        ("recall", r"write \[KIND:\]METRIC=VALUE"),
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


# ---------------------------------------------------------------------------- key facts and kinds


def test_key_fact_found_as_whole_words_whatever_the_case_punctuation_and_markers() -> None:
    answer = "The “New and Revised” proposal was presented by Qatar’s envoy [1] on Sunday [2]."
    assert contains_key_fact(answer, "new and revised proposal")  # curly quotes, case
    # straight against curly apostrophe, and the marker dropped
    assert contains_key_fact(answer, "Qatar's envoy on Sunday")
    assert contains_key_fact(answer, "presented by Qatar’s envoy, on Sunday.")  # punctuation does not count
    assert not contains_key_fact(answer, "revised proposals")  # whole words only
    assert not contains_key_fact(answer, "Egypt")


@pytest.mark.parametrize(
    ("text", "fact", "found"),
    [
        ("enough for roughly 400000 homes", "400,000 homes", True),
        ("enough for roughly 400,000 homes", "400000 homes", True),
        ("a loss of 1,250,000 euros", "1250000 euros", True),
        ("a loss of 1\u202f250\u202f000 euros", "1250000 euros", True),  # narrow no-break spaces
        ("it cost 6'000 francs", "6,000 francs", True),
        ("it cost 6,000,000 francs", "6,000 francs", False),  # a different number
        ("a rate of 3.5 percent", "3.5 percent", True),
        ("a rate of 35 percent", "3.5 percent", False),  # a decimal point is not a thousands separator
        ("in 2020 100 people came", "100 people", True),  # plain spaces keep two numbers apart
        ("they voted 7 to 4", "7-4", False),
    ],
)
def test_key_fact_numbers_with_or_without_thousands_separators(text: str, fact: str, found: bool) -> None:
    assert contains_key_fact(text, fact) is found


TURBINES = EvalQuestion(
    id="turbines",
    row=3,
    user_input="How big is the wind farm, and who builds it?",
    reference="48 turbines, built by Northwind Energy.",
    reference_contexts=("approved a 48-turbine wind farm",),
    kind="multi_part",
    key_facts=("48-turbine", "Northwind Energy"),
)
PARA_TURBINES = "The regulator approved a 48-turbine wind farm off the coast on Tuesday."
PARA_DEVELOPER = "The consortium is led by the developer Northwind Energy, based in Aberdeen."
HEADER = "Regulator approves offshore wind farm\nBy Jane Doe\nCoastal Times, 3 March 2026"
AUTHOR = EvalQuestion(
    id="author",
    row=4,
    user_input="Who wrote the wind farm article?",
    reference="Jane Doe.",
    kind="about_article",
    key_facts=("Jane Doe",),
)


def test_citation_supports_by_key_fact_including_an_article_header() -> None:
    assert supports(PARA_TURBINES, TURBINES)  # a reference context
    assert supports(PARA_DEVELOPER, TURBINES)  # no context, not every key word, but a key fact
    assert not supports("Fishing groups objected to the plan.", TURBINES)
    assert supports(HEADER, AUTHOR)  # paragraph 0: the article's header lines
    assert not supports(PARA_DEVELOPER, AUTHOR)


def test_key_fact_recall_per_question() -> None:
    both = _record(TURBINES, "48-turbine farm [1], by Northwind energy [2].", False,
                   [PARA_TURBINES, PARA_DEVELOPER], [PARA_TURBINES])  # fmt: skip
    assert both.scores.key_fact_recall == 1.0 and both.scores.missing_key_facts == []
    assert both.scores.citation_precision == 1.0 and both.passed
    half = _record(TURBINES, "A 48-turbine wind farm. [1]", False, [PARA_TURBINES], [PARA_TURBINES])
    assert half.scores.key_fact_recall == 0.5 and half.scores.missing_key_facts == ["Northwind Energy"]
    assert half.failures == ["answer misses 1 of 2 key facts: 'Northwind Energy'"]
    assert half.to_dict()["scores"]["key_fact_recall"] == 0.5
    assert half.to_dict()["kind"] == "multi_part" and half.to_dict()["key_facts"] == list(TURBINES.key_facts)
    abstained = _record(TURBINES, "I could not find it; 48-turbine?", True, [], [PARA_TURBINES])
    assert abstained.scores.key_fact_recall == 0.0  # an abstention finds nothing
    assert abstained.failures == ["abstained on an answerable question"]
    assert _record(MEDIATORS, "Egypt. [1]", False, [PARA_MEDIATORS], []).scores.key_fact_recall is None
    assert _record(UNANSWERABLE, "n/a", True, [], []).scores.key_fact_recall is None


def _kinds_run() -> list[QuestionRecord]:
    near_miss = EvalQuestion(id="salary", row=5, user_input="What is her salary?", answerable=False,
                             kind="near_miss")  # fmt: skip
    return [
        _record(
            TURBINES, "48-turbine farm by Northwind Energy. [1]", False, [PARA_TURBINES], [PARA_TURBINES]
        ),
        _record(TURBINES, "A 48-turbine wind farm. [1]", False, [PARA_TURBINES], [PARA_TURBINES]),
        _record(AUTHOR, "Jane Doe wrote it. [1]", False, [HEADER], [HEADER]),
        _record(AUTHOR, "I could not find an answer.", True, [], [HEADER]),
        _record(near_miss, "I could not find an answer.", True, [], []),
        _record(near_miss, "She earns a lot. [1]", False, [PARA_DEVELOPER], [PARA_DEVELOPER]),
        _record(MEDIATORS, "Egypt and Qatar. [1]", False, [PARA_MEDIATORS], [PARA_MEDIATORS]),  # no kind
    ]


def test_metrics_overall_and_per_kind() -> None:
    records = _kinds_run()
    m = compute_metrics(records)
    # answerable with key facts: 1, 0.5, 1, 0 (abstained)
    assert m["key_fact_recall"] == 0.625
    assert m["false_abstention"] == 0.2 and m["answer_rate"] == 0.8  # 1 of 5 answerable abstained
    assert m["abstention_recall"] == 0.5
    by_kind = metrics_by_kind(records)
    assert list(by_kind) == ["multi_part", "about_article", "near_miss", "unspecified"]
    assert {k: v["count"] for k, v in by_kind.items()} == {
        "multi_part": 2, "about_article": 2, "near_miss": 2, "unspecified": 1
    }  # fmt: skip
    assert set(by_kind["multi_part"]) == {"count", *compute_metrics(records)}  # every metric per kind
    assert by_kind["multi_part"]["key_fact_recall"] == 0.75
    assert by_kind["about_article"]["key_fact_recall"] == 0.5
    assert by_kind["about_article"]["false_abstention"] == 0.5
    assert by_kind["about_article"]["citation_precision"] == 1.0  # the header holds the key fact
    near = by_kind["near_miss"]  # only abstention figures apply
    assert near["abstention_recall"] == 0.5 and near["pass_rate"] == 0.5
    assert near["key_fact_recall"] is near["answer_rate"] is near["false_abstention"] is None
    assert by_kind["unspecified"]["key_fact_recall"] is None and by_kind["unspecified"]["mrr"] == 1.0


def test_gates_overall_per_kind_and_for_any_kind() -> None:
    assert parse_threshold("key_fact_recall=0.85") == ("key_fact_recall", 0.85)
    assert parse_threshold("Overview : key_fact_recall = 0.75") == ("overview:key_fact_recall", 0.75)
    assert parse_threshold("any_kind:citation_precision=0.9") == ("any_kind:citation_precision", 0.9)
    for bad, message in [
        ("overview:recall=0.9", "unknown metric 'recall'"),
        ("any_kind:false_abstention=0.1", "Gate answer_rate instead"),
        ("overview:key_fact_recall", "write"),
    ]:
        with pytest.raises(AssistantError, match=message):
            parse_threshold(bad)

    records = _kinds_run()
    metrics, by_kind = compute_metrics(records), metrics_by_kind(records)
    gates = {
        "key_fact_recall": 0.6,  # 0.625: met
        "about_article:key_fact_recall": 0.75,  # 0.5
        "multi_part:key_fact_recall": 0.75,  # 0.75: met
        "any_kind:key_fact_recall": 0.6,  # multi_part 0.75 met, about_article 0.5 not
        "any_kind:abstention_recall": 0.5,  # near_miss 0.5: met; the kinds without it are not gated
        "near_miss:answer_rate": 0.5,  # no answerable question of that kind
        "any_kind:context_recall@5": 0.5,
    }
    assert check_thresholds(metrics, gates, by_kind) == [
        "about_article:key_fact_recall = 0.500 is below 0.750",
        "any_kind:key_fact_recall: about_article = 0.500 is below 0.600",
        "near_miss:answer_rate cannot be measured on this set "
        "(no question of kind 'near_miss' it applies to)",
    ]
    assert check_thresholds(metrics, {"any_kind:key_fact_recall": 0.8}, {}) == [
        "any_kind:key_fact_recall cannot be measured on this set (no question it applies to)"
    ]

    questions = [r.question for r in records]
    check_gate_kinds(gates, questions)  # every kind named is in the set
    check_gate_kinds({"unspecified:mrr": 0.5}, questions)
    with pytest.raises(AssistantError, match=r"no question of this set has kind 'overveiw'\. Kinds in the "
                       r"set: multi_part, about_article, near_miss, unspecified"):  # fmt: skip
        check_gate_kinds({"overveiw:key_fact_recall": 0.75}, questions)
