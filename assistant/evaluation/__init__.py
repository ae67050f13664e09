"""`assistant eval`: run a question set as a user would and measure retrieval, citations and answers.

``questions`` reads sets (JSONL / JSON / CSV with RAGAS columns, BEIR folders), ``runner`` asks
them, ``scoring`` and ``metrics`` turn answers into figures, ``reports`` writes a run folder and
``compare`` sets runs side by side.
"""

from .compare import compare_runs, load_run
from .metrics import (
    METRICS,
    check_gate_kinds,
    check_thresholds,
    compute_metrics,
    metrics_by_kind,
    parse_threshold,
)
from .questions import KNOWN_KINDS, EvalQuestion, QuestionSet, RowError, load_question_set
from .reports import run_summary, write_run
from .results import EvalRun, QuestionRecord
from .runner import evaluate, run_questions
from .scoring import contains_key_fact, contains_reference, normalize, supports, token_f1

__all__ = [
    "KNOWN_KINDS",
    "METRICS",
    "EvalQuestion",
    "EvalRun",
    "QuestionRecord",
    "QuestionSet",
    "RowError",
    "check_gate_kinds",
    "check_thresholds",
    "compare_runs",
    "compute_metrics",
    "contains_key_fact",
    "contains_reference",
    "evaluate",
    "load_question_set",
    "load_run",
    "metrics_by_kind",
    "normalize",
    "parse_threshold",
    "run_questions",
    "run_summary",
    "supports",
    "token_f1",
    "write_run",
]
