"""Read question sets for ``assistant eval``: JSONL, JSON, CSV (RAGAS columns) and BEIR folders.

Every format becomes a ``QuestionSet`` of ``EvalQuestion`` rows. A row that cannot be used becomes
a ``RowError`` naming the row, and the other rows still run. Columns:

- ``user_input`` (or ``question``, ``query``): the question.
- ``reference`` (or ``ground_truth``, ``ground_truths``, ``answer``): the reference answer.
- ``reference_contexts`` (or ``contexts``): text of the passages that support the answer.
- ``id``, ``history`` (earlier user questions, asked first), ``answerable`` (false = the corpus
  cannot answer it; an empty reference with no contexts means the same).
- ``kind``: what sort of question it is (``lookup``, ``overview``…; free text, reported per kind).
- ``key_facts``: short texts copied from the article that a correct answer must contain.

Any other column is kept and written back with the results.
"""

from __future__ import annotations

import ast
import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvalSetError

# Column names, best first: RAGAS (current), then RAGAS v0.1 and other common spellings.
_QUESTION = ("user_input", "question", "query")
_REFERENCE = ("reference", "ground_truth", "ground_truths", "answer")
_CONTEXTS = ("reference_contexts", "contexts")
_ID = ("id", "question_id", "_id")
# The kinds of question issue 12 names, in report order; any other text is a kind of its own.
KNOWN_KINDS = (
    "lookup",
    "why_how",
    "multi_part",
    "overview",
    "about_article",
    "mention",
    "dated_version",
    "unanswerable",
    "near_miss",
)
_TRUE = {"true", "yes", "1", "y", "t"}
_FALSE = {"false", "no", "0", "n", "f"}


@dataclass(frozen=True, slots=True)
class EvalQuestion:
    """One question of a set, with what a good answer is checked against."""

    id: str
    row: int  # 1-based position in the input, for messages
    user_input: str
    reference: str = ""
    reference_contexts: tuple[str, ...] = ()
    history: tuple[str, ...] = ()
    answerable: bool = True
    kind: str | None = None  # lower-cased, e.g. "lookup"; None when the set does not say
    key_facts: tuple[str, ...] = ()  # verbatim snippets a correct answer must contain
    extra: dict[str, Any] = field(default_factory=dict)  # columns passed through unchanged


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that was left out, and why."""

    where: str  # "row 7", "qrels/test.tsv line 12"
    message: str
    id: str | None = None

    def __str__(self) -> str:
        name = f" (id {self.id!r})" if self.id else ""
        return f"{self.where}{name}: {self.message}"


@dataclass(frozen=True, slots=True)
class CorpusDocument:
    """A document of a BEIR corpus; the evaluation indexes these before asking."""

    doc_id: str
    title: str
    text: str


@dataclass(slots=True)
class QuestionSet:
    name: str
    source: Path
    questions: list[EvalQuestion] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    documents: list[CorpusDocument] = field(default_factory=list)  # empty unless the set brings a corpus


class _BadRow(ValueError):
    """Raised while reading one row; becomes a ``RowError``."""


def load_question_set(path: str | Path) -> QuestionSet:
    """Read a question set file (``.jsonl``, ``.json``, ``.csv``) or a BEIR folder / qrels file."""
    path = Path(path)
    if not path.exists():
        raise EvalSetError(f"No question set at {path}: give a .jsonl, .json or .csv file, or a BEIR folder.")
    if path.is_dir() or path.suffix.lower() == ".tsv":
        return _load_beir(path)
    name = path.stem
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        rows = _jsonl_rows(path)
    elif suffix == ".json":
        rows = _json_rows(path)
    elif suffix == ".csv":
        rows = _csv_rows(path)
    else:
        raise EvalSetError(
            f"{path}: unsupported question set type {path.suffix or '(none)'!r}; "
            "use .jsonl, .json or .csv (RAGAS columns), or a BEIR folder."
        )
    qset = QuestionSet(name=name, source=path)
    seen: dict[str, int] = {}
    for row, raw in rows:
        where = f"row {row}"
        if isinstance(raw, _BadRow):
            qset.errors.append(RowError(where, str(raw)))
            continue
        try:
            question = parse_row(raw, row)
        except _BadRow as exc:
            qset.errors.append(RowError(where, str(exc), _raw_id(raw)))
            continue
        if question.id in seen:
            qset.errors.append(
                RowError(
                    where, f"id already used by row {seen[question.id]}; ids must be unique", question.id
                )
            )
            continue
        seen[question.id] = row
        qset.questions.append(question)
    if not qset.questions and not qset.errors:
        raise EvalSetError(f"{path} holds no questions.")
    return qset


# ---------------------------------------------------------------------------- one row


def parse_row(raw: Any, row: int) -> EvalQuestion:
    """Turn one input row (a mapping of column to value) into an ``EvalQuestion``."""
    if not isinstance(raw, dict):
        raise _BadRow(f"expected an object with a 'user_input' field, got {type(raw).__name__}")
    raw = {str(k).strip(): v for k, v in raw.items()}
    used: set[str] = set()

    def pick(names: tuple[str, ...]) -> Any:
        for name in names:
            if name in raw and not _blank(raw[name]):
                used.add(name)
                return raw[name]
        used.update(n for n in names if n in raw)  # present but blank: consumed, not passed through
        return None

    question = pick(_QUESTION)
    if question is None:
        raise _BadRow("no question: the 'user_input' (or 'question') column is missing or empty")
    if not isinstance(question, str):
        raise _BadRow(f"'user_input' must be text, got {type(question).__name__}")
    if "ground_truth" in raw or "ground_truths" in raw or "reference" in raw:
        # RAGAS v0.1: 'answer' is the system's own answer there, not the reference: pass it through.
        reference = pick(_REFERENCE[:3])
    else:
        reference = pick(_REFERENCE)
    reference = _reference_text(reference)
    contexts = _text_list(pick(_CONTEXTS), "reference_contexts")
    history = _history(pick(("history",)))
    answerable = _flag(pick(("answerable",)))
    if answerable is None:
        answerable = bool(reference.strip() or contexts)
    kind = _kind(pick(("kind",)))
    key_facts = _key_facts(pick(("key_facts",)))
    raw_id = pick(_ID)
    question_id = str(raw_id).strip() if raw_id is not None else f"row{row}"
    extra = {_output_safe(k): v for k, v in raw.items() if k not in used}
    return EvalQuestion(
        id=question_id,
        row=row,
        user_input=question.strip(),
        reference=reference.strip(),
        reference_contexts=tuple(contexts),
        history=tuple(history),
        answerable=answerable,
        kind=kind,
        key_facts=tuple(key_facts),
        extra=extra,
    )


# Fields of a results.jsonl line; an input column with one of these names is kept as ``input_<name>``.
OUTPUT_FIELDS = frozenset(
    {"id", "user_input", "history", "reference", "reference_contexts", "answerable", "answer", "abstained"}
    | {"kind", "key_facts"}
    | {"citations", "retrieved", "latency_ms", "outcome", "failures", "scores"}
)


def _output_safe(name: str) -> str:
    return f"input_{name}" if name in OUTPUT_FIELDS else name


def _raw_id(raw: Any) -> str | None:
    if isinstance(raw, dict):
        for name in _ID:
            if not _blank(raw.get(name)):
                return str(raw[name])
    return None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _reference_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        parsed = _maybe_list(value)
        value = parsed if parsed is not None else value
    if isinstance(value, list):  # RAGAS v0.1 'ground_truths': a list, the first is the answer
        if not all(isinstance(v, str) for v in value):
            raise _BadRow("'reference' must be text (or a list of texts)")
        return value[0] if value else ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise _BadRow(f"'reference' must be text, got {type(value).__name__}")
    return value


def _texts(value: Any, column: str) -> list[str]:
    """A list of strings as given; a CSV cell may hold it as JSON or as a Python list literal."""
    if value is None:
        return []
    if isinstance(value, str):
        parsed = _maybe_list(value)
        value = parsed if parsed is not None else [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _BadRow(f"'{column}' must be a list of texts, got {_describe(value)}")
    return value


def _text_list(value: Any, column: str) -> list[str]:
    """A list of strings, stripped, empty ones left out."""
    return [v.strip() for v in _texts(value, column) if v.strip()]


def _maybe_list(text: str) -> list[Any] | None:
    stripped = text.strip()
    if not stripped.startswith("["):
        return None
    for parse in (json.loads, ast.literal_eval):
        try:
            value = parse(stripped)
        except (ValueError, SyntaxError):
            continue
        if isinstance(value, list):
            return value
    raise _BadRow(f"cannot read {stripped[:60]!r} as a list (use a JSON array of strings)")


def _history(value: Any) -> list[str]:
    """Earlier user questions. ``{"role", "content"}`` turns are accepted; assistant turns are dropped,
    because the evaluation replays the conversation and uses the assistant's own answers."""
    if value is None:
        return []
    if isinstance(value, str):
        parsed = _maybe_list(value)
        value = parsed if parsed is not None else [value]
    if not isinstance(value, list):
        raise _BadRow(f"'history' must be a list of earlier questions, got {_describe(value)}")
    questions = []
    for turn in value:
        if isinstance(turn, dict) and isinstance(turn.get("content"), str):
            if turn.get("role", "user") == "user":
                questions.append(turn["content"])
        elif isinstance(turn, str):
            questions.append(turn)
        else:
            raise _BadRow(f"'history' entries must be questions (text), got {_describe(turn)}")
    return [q.strip() for q in questions if q.strip()]


def _kind(value: Any) -> str | None:
    """Kinds group questions in reports and name them in gates (``overview:key_fact_recall``), so
    case and surrounding spaces do not make a second group."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise _BadRow(f"'kind' must be text such as 'lookup' or 'overview', got {_describe(value)}")
    kind = " ".join(value.split()).lower()
    if ":" in kind or "=" in kind:
        raise _BadRow(f"'kind' {value!r} cannot contain ':' or '=' (they separate kind and metric in gates)")
    return kind


def _key_facts(value: Any) -> list[str]:
    """Key facts are matched as substrings, so an empty one (or one of punctuation only) would be
    found in every answer: refuse it rather than drop it silently."""
    value = _texts(value, "key_facts")
    for i, fact in enumerate(value, 1):
        if not re.search(r"\w", fact):
            raise _BadRow(f"'key_facts' entry {i} is {fact!r}: each key fact must hold a word or a number")
    return [" ".join(v.split()) for v in value]


def _flag(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise _BadRow(f"'answerable' must be true or false, got {value!r}")


def _describe(value: Any) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:60]}{'…' if len(text) > 60 else ''}"


# ---------------------------------------------------------------------------- files


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvalSetError(f"{path} is not UTF-8 text: {exc.reason} at byte {exc.start}.") from exc


def _jsonl_rows(path: Path) -> Iterator[tuple[int, Any]]:
    for line_no, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield line_no, json.loads(line)
        except json.JSONDecodeError as exc:
            yield line_no, _BadRow(f"not valid JSON ({exc.msg} at column {exc.colno})")


def _json_rows(path: Path) -> Iterator[tuple[int, Any]]:
    try:
        data = json.loads(_read(path))
    except json.JSONDecodeError as exc:
        raise EvalSetError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}.") from exc
    if isinstance(data, dict) and isinstance(data.get("questions"), list):
        data = data["questions"]
    if not isinstance(data, list):
        raise EvalSetError(f"{path}: a JSON question set is a list of objects (one per question).")
    yield from enumerate(data, 1)


def _csv_rows(path: Path) -> Iterator[tuple[int, Any]]:
    reader = csv.DictReader(_read(path).splitlines())
    if not reader.fieldnames:
        raise EvalSetError(f"{path} is empty: a CSV question set needs a header row.")
    for row_no, record in enumerate(reader, 1):
        if None in record:  # more cells than header columns
            yield row_no, _BadRow(f"has {len(reader.fieldnames) + len(record[None])} cells, "
                                  f"the header has {len(reader.fieldnames)}")  # fmt: skip
            continue
        yield row_no, {k: v for k, v in record.items() if v is not None}


# ---------------------------------------------------------------------------- BEIR


def _load_beir(path: Path) -> QuestionSet:
    """A BEIR dataset: ``corpus.jsonl``, ``queries.jsonl`` and ``qrels/<split>.tsv``.

    ``path`` is the dataset folder (split ``test``, else the only one) or one qrels file.
    Each query with a relevant document becomes a question whose reference contexts are the
    texts of its relevant documents; the corpus is indexed for the run.
    """
    if path.is_file():
        qrels, root = path, path.parent.parent
    else:
        root = path
        splits = sorted((root / "qrels").glob("*.tsv"))
        named = {p.stem: p for p in splits}
        if "test" in named:
            qrels = named["test"]
        elif len(splits) == 1:
            qrels = splits[0]
        else:
            found = ", ".join(p.name for p in splits) or "none"
            raise EvalSetError(
                f"{root}: not a BEIR folder with one qrels split (qrels/*.tsv found: {found}). "
                "Pass the qrels file to use, e.g. qrels/dev.tsv."
            )
    for needed in ("corpus.jsonl", "queries.jsonl"):
        if not (root / needed).is_file():
            raise EvalSetError(f"{root}: a BEIR folder needs {needed} next to qrels/.")
    qset = QuestionSet(name=f"{root.name}-{qrels.stem}", source=path)
    documents: dict[str, CorpusDocument] = {}
    for line_no, raw in _jsonl_rows(root / "corpus.jsonl"):
        where = f"corpus.jsonl line {line_no}"
        if isinstance(raw, _BadRow) or not isinstance(raw, dict) or _blank(raw.get("_id")):
            qset.errors.append(RowError(where, str(raw) if isinstance(raw, _BadRow) else "no '_id'"))
            continue
        text = raw.get("text")
        if not isinstance(text, str) or not text.strip():
            qset.errors.append(RowError(where, "document has no 'text'", str(raw["_id"])))
            continue
        documents[str(raw["_id"])] = CorpusDocument(str(raw["_id"]), str(raw.get("title") or ""), text)
    queries: dict[str, tuple[int, str]] = {}
    for line_no, raw in _jsonl_rows(root / "queries.jsonl"):
        if isinstance(raw, dict) and not _blank(raw.get("_id")) and isinstance(raw.get("text"), str):
            queries[str(raw["_id"])] = (line_no, raw["text"])
        else:
            reason = str(raw) if isinstance(raw, _BadRow) else "a query needs '_id' and 'text'"
            qset.errors.append(RowError(f"queries.jsonl line {line_no}", reason))
    relevant: dict[str, list[str]] = {}
    qrels_name = f"qrels/{qrels.name}"
    for line_no, line in enumerate(_read(qrels).splitlines(), 1):
        cells = line.strip().split("\t")
        if not line.strip() or (line_no == 1 and cells[0] == "query-id"):
            continue
        where = f"{qrels_name} line {line_no}"
        if len(cells) != 3:
            qset.errors.append(RowError(where, "expected 'query-id<TAB>corpus-id<TAB>score'"))
            continue
        query_id, doc_id, score = cells
        if not re.fullmatch(r"-?\d+(\.\d+)?", score):
            qset.errors.append(RowError(where, f"score {score!r} is not a number", query_id))
        elif query_id not in queries:
            qset.errors.append(RowError(where, "query id not in queries.jsonl", query_id))
        elif doc_id not in documents:
            qset.errors.append(RowError(where, f"document {doc_id!r} not in corpus.jsonl", query_id))
        elif float(score) > 0:
            relevant.setdefault(query_id, []).append(doc_id)
    for query_id, doc_ids in relevant.items():
        line_no, text = queries[query_id]
        qset.questions.append(
            EvalQuestion(
                id=query_id,
                row=line_no,
                user_input=text.strip(),
                reference_contexts=tuple(documents[d].text.strip() for d in doc_ids),
                answerable=True,
                extra={"relevant_doc_ids": doc_ids},
            )
        )
    qset.documents = list(documents.values())
    if not qset.questions:
        raise EvalSetError(f"{qrels}: no query has a relevant document (score > 0) in the corpus.")
    return qset
