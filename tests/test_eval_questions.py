"""Reading question sets: RAGAS columns in JSONL / JSON / CSV, RAGAS v0.1 names, BEIR folders, bad rows."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from assistant.errors import EvalSetError
from assistant.evaluation import load_question_set

ROWS = [
    {
        "id": "q1",
        "user_input": "Which countries are mediating?",
        "reference": "Egypt and Qatar.",
        "reference_contexts": ["Egypt and Qatar have served as central intermediaries"],
        "difficulty": "easy",
    },
    {"user_input": "Who won the election?", "reference": ""},
    {
        "id": "q3",
        "user_input": "Why does the first of them care?",
        "history": ["Which countries are mediating?"],
        "reference": "It shares a border with Gaza.",
        "answerable": True,
    },
]


def _jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_jsonl_with_ragas_columns(tmp_path: Path) -> None:
    qset = load_question_set(_jsonl(tmp_path / "set.jsonl", ROWS))
    assert qset.errors == [] and qset.name == "set"
    first, second, third = qset.questions
    assert first.id == "q1" and first.reference == "Egypt and Qatar."
    assert first.reference_contexts == ("Egypt and Qatar have served as central intermediaries",)
    assert first.extra == {"difficulty": "easy"}  # unknown columns are passed through
    assert second.id == "row2" and second.answerable is False  # empty reference, no contexts
    assert third.history == ("Which countries are mediating?",) and third.answerable


def test_json_list_and_object_with_questions(tmp_path: Path) -> None:
    as_list = tmp_path / "list.json"
    as_list.write_text(json.dumps(ROWS), encoding="utf-8")
    as_object = tmp_path / "object.json"
    as_object.write_text(json.dumps({"name": "x", "questions": ROWS}), encoding="utf-8")
    for path in (as_list, as_object):
        assert [q.id for q in load_question_set(path).questions] == ["q1", "row2", "q3"]


def test_csv_with_list_cells_as_json_or_python_literals(tmp_path: Path) -> None:
    path = tmp_path / "set.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["user_input", "reference", "reference_contexts", "history", "answerable", "topic"])
        writer.writerow(["Where are talks?", "Cairo.", '["travel to Cairo next weekend"]', "", "", "place"])
        writer.writerow(
            [
                "And when?",
                "Next weekend.",
                "['next weekend', \"Cairo's talks\"]",
                "['Where are talks?']",
                "",
                "time",
            ]
        )
        writer.writerow(["What is the death toll?", "", "", "", "false", "toll"])
    qset = load_question_set(path)
    assert qset.errors == []
    where, when, toll = qset.questions
    assert where.reference_contexts == ("travel to Cairo next weekend",) and where.extra == {"topic": "place"}
    assert when.reference_contexts == ("next weekend", "Cairo's talks")
    assert when.history == ("Where are talks?",)
    assert toll.answerable is False


def test_ragas_v01_names_are_aliases(tmp_path: Path) -> None:
    rows = [
        # v0.1 evaluation rows: 'answer' is the system's answer, 'ground_truth' the reference
        {
            "question": "Who mediates?",
            "answer": "Egypt.",
            "contexts": ["Egypt and Qatar"],
            "ground_truth": "Qatar.",
        },
        {"question": "Who leads?", "ground_truths": ["Dr. Mensah.", "Mensah"], "contexts": ["led the study"]},
        # a set with 'answer' as its only reference column
        {"question": "Where?", "answer": "Cairo."},
    ]
    first, second, third = load_question_set(_jsonl(tmp_path / "v01.jsonl", rows)).questions
    assert first.user_input == "Who mediates?" and first.reference == "Qatar."
    assert first.reference_contexts == ("Egypt and Qatar",)
    assert first.extra == {"input_answer": "Egypt."}  # kept, renamed so it cannot clash with the output
    assert second.reference == "Dr. Mensah." and second.reference_contexts == ("led the study",)
    assert third.reference == "Cairo." and third.answerable


def test_history_as_chat_turns_keeps_the_user_questions(tmp_path: Path) -> None:
    history = [
        {"role": "user", "content": "Who is the spokesman?"},
        {"role": "assistant", "content": "Qassem."},
    ]
    (question,) = load_question_set(
        _jsonl(tmp_path / "s.jsonl", [{"user_input": "How old is he?", "history": history}])
    ).questions
    assert question.history == ("Who is the spokesman?",)


def test_bad_rows_are_named_and_the_rest_still_load(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    lines = [
        json.dumps(ROWS[0]),
        "{not json",
        json.dumps({"reference": "no question here"}),
        json.dumps({"user_input": "Q?", "reference_contexts": [1, 2]}),
        json.dumps({"user_input": "Q?", "answerable": "maybe"}),
        json.dumps({"id": "q1", "user_input": "Same id again?"}),
        json.dumps(["a", "list"]),
        json.dumps(ROWS[2]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    qset = load_question_set(path)
    assert [q.id for q in qset.questions] == ["q1", "q3"]
    messages = [str(e) for e in qset.errors]
    assert messages[0].startswith("row 2: not valid JSON")
    assert messages[1].startswith("row 3: no question")
    assert messages[2].startswith("row 4: 'reference_contexts' must be a list of texts")
    assert messages[3].startswith("row 5: 'answerable' must be true or false, got 'maybe'")
    assert messages[4] == "row 6 (id 'q1'): id already used by row 1; ids must be unique"
    assert messages[5].startswith("row 7: expected an object")


def test_kind_and_key_facts_from_jsonl_and_csv(tmp_path: Path) -> None:
    rows = [
        {
            "id": "k1",
            "user_input": "Who will they meet, and when?",
            "kind": " Multi_Part ",
            "key_facts": ["Egypt and Qatar", "  next   weekend "],
            "article": "talks.md",
            "reference_contexts": ["Egypt and Qatar"],
        },
        {"id": "k2", "user_input": "Who wrote this?", "kind": "about_article", "key_facts": "Jane Doe"},
        {"id": "k3", "user_input": "Is it sunny?", "kind": "a kind of my own", "answerable": False},
        {"id": "k4", "user_input": "Where?", "kind": "", "key_facts": []},
    ]
    one, two, three, four = load_question_set(_jsonl(tmp_path / "set.jsonl", rows)).questions
    assert one.kind == "multi_part" and one.key_facts == ("Egypt and Qatar", "next weekend")
    assert one.extra == {"article": "talks.md"}  # informational, passed through
    assert two.kind == "about_article" and two.key_facts == ("Jane Doe",)  # one text: one fact
    assert three.kind == "a kind of my own" and three.key_facts == ()  # free text is a kind too
    assert four.kind is None and four.key_facts == ()

    path = tmp_path / "set.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["user_input", "kind", "key_facts", "reference"])
        writer.writerow(["How many homes?", "lookup", '["400,000 homes"]', "400,000."])
        writer.writerow(["Main points?", "overview", "['48 turbines', \"Qatar's role\"]", "x"])
        writer.writerow(["Salary?", "near_miss", "", ""])
    homes, points, salary = load_question_set(path).questions
    assert homes.kind == "lookup" and homes.key_facts == ("400,000 homes",)
    assert points.key_facts == ("48 turbines", "Qatar's role")
    assert salary.kind == "near_miss" and salary.key_facts == () and not salary.answerable


def test_bad_kind_or_key_facts_are_named(tmp_path: Path) -> None:
    rows = [
        {"id": "b1", "user_input": "Q?", "key_facts": ["fine", ""]},
        {"id": "b2", "user_input": "Q?", "key_facts": ["…", "fine"]},
        {"id": "b3", "user_input": "Q?", "key_facts": [48]},
        {"id": "b4", "user_input": "Q?", "key_facts": {"a": 1}},
        {"id": "b5", "user_input": "Q?", "kind": ["lookup"]},
        {"id": "b6", "user_input": "Q?", "kind": "overview:summary"},
        {"id": "ok", "user_input": "Q?", "kind": "lookup", "key_facts": ["48"]},
    ]
    qset = load_question_set(_jsonl(tmp_path / "bad.jsonl", rows))
    assert [q.id for q in qset.questions] == ["ok"]
    assert [str(e) for e in qset.errors] == [
        "row 1 (id 'b1'): 'key_facts' entry 2 is '': each key fact must hold a word or a number",
        "row 2 (id 'b2'): 'key_facts' entry 1 is '…': each key fact must hold a word or a number",
        "row 3 (id 'b3'): 'key_facts' must be a list of texts, got list [48]",
        "row 4 (id 'b4'): 'key_facts' must be a list of texts, got dict {'a': 1}",
        "row 5 (id 'b5'): 'kind' must be text such as 'lookup' or 'overview', got list ['lookup']",
        "row 6 (id 'b6'): 'kind' 'overview:summary' cannot contain ':' or '=' (they separate kind and "
        "metric in gates)",
    ]


def test_csv_row_with_extra_cells_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("user_input,reference\nWhere?,Cairo.\nWhen?,Next weekend.,surplus\n", encoding="utf-8")
    qset = load_question_set(path)
    assert len(qset.questions) == 1
    assert str(qset.errors[0]) == "row 2: has 3 cells, the header has 2"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.jsonl", None, "No question set at"),
        ("set.txt", "hello", "unsupported question set type '.txt'"),
        ("set.json", '{"name": "x"}', "a JSON question set is a list of objects"),
        ("set.json", "[1, 2", "is not valid JSON"),
        ("set.csv", "", "is empty"),
        ("set.jsonl", "\n\n", "holds no questions"),
    ],
)
def test_unreadable_sets_get_a_clear_error(
    tmp_path: Path, name: str, content: str | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalSetError, match=message):
        load_question_set(path)


def write_beir(root: Path, splits: dict[str, str]) -> Path:
    """A tiny BEIR dataset: three documents, three queries, qrels per split."""
    root.mkdir()
    docs = [
        {
            "_id": "D1",
            "title": "Wind farm",
            "text": "The regulator approved a 48-turbine wind farm off the coast.",
        },
        {
            "_id": "D2",
            "title": "Libraries",
            "text": "The council voted 7 to 4 to close three branch libraries.",
        },
        {
            "_id": "D3",
            "title": "",
            "text": "A malaria vaccine cut severe cases by 67 percent in a large trial.",
        },
    ]
    queries = [
        {"_id": "q1", "text": "How many turbines will the wind farm have?"},
        {"_id": "q2", "text": "How did the council vote on the libraries?"},
        {"_id": "q3", "text": "How well did the malaria vaccine work?"},
    ]
    _jsonl(root / "corpus.jsonl", docs)
    _jsonl(root / "queries.jsonl", queries)
    (root / "qrels").mkdir()
    for split, body in splits.items():
        (root / "qrels" / f"{split}.tsv").write_text("query-id\tcorpus-id\tscore\n" + body, encoding="utf-8")
    return root


def test_beir_folder_uses_the_test_split(tmp_path: Path) -> None:
    root = write_beir(
        tmp_path / "mini", {"test": "q1\tD1\t1\nq2\tD2\t1\nq2\tD3\t0\n", "train": "q3\tD3\t1\n"}
    )
    qset = load_question_set(root)
    assert qset.name == "mini-test" and qset.errors == []
    assert [q.id for q in qset.questions] == ["q1", "q2"]  # score 0 is not relevant; q3 is in train only
    q2 = qset.questions[1]
    assert q2.reference_contexts == ("The council voted 7 to 4 to close three branch libraries.",)
    assert q2.extra == {"relevant_doc_ids": ["D2"]} and q2.answerable
    assert [d.doc_id for d in qset.documents] == ["D1", "D2", "D3"]  # the whole corpus is indexed


def test_beir_qrels_file_picks_the_split_and_bad_lines_are_named(tmp_path: Path) -> None:
    root = write_beir(
        tmp_path / "mini", {"dev": "q3\tD3\t1\nq9\tD1\t1\nq1\tD7\t1\nq1\tD1\n", "train": "q1\tD1\t1\n"}
    )
    with pytest.raises(EvalSetError, match="Pass the qrels file to use"):
        load_question_set(root)  # two splits and no test split
    qset = load_question_set(root / "qrels" / "dev.tsv")
    assert [q.id for q in qset.questions] == ["q3"]
    assert [str(e) for e in qset.errors] == [
        "qrels/dev.tsv line 3 (id 'q9'): query id not in queries.jsonl",
        "qrels/dev.tsv line 4 (id 'q1'): document 'D7' not in corpus.jsonl",
        "qrels/dev.tsv line 5: expected 'query-id<TAB>corpus-id<TAB>score'",
    ]
