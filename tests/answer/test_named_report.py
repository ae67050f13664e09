"""A report of a story told twice, named by its outlet ("the Interior Chronicle piece"), is that
report; named by the story's words alone, the newest. Real model and an embedded Chroma over two
reports of one wildfire from two outlets, written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Assistant

pytestmark = pytest.mark.slow

FIRST = """---
title: "Wildfire near Merrow Lake forces 1,200 from homes"
date: 2025-08-12
source: Interior Chronicle
---

About 1,200 residents of Merrow Lake were ordered to leave their homes overnight as the
Tallow Creek wildfire grew to 850 hectares, officials said on Tuesday.

Officials said the fire was probably started by lightning during Sunday's storms.

No structures were known to have been lost, the regional district said.
"""
UPDATE = """---
title: "Tallow Creek wildfire nearly triples near Merrow Lake"
date: 2025-08-13
source: Canyon Country Times
---

The Tallow Creek wildfire near Merrow Lake nearly tripled in size to 2,300 hectares on
Tuesday and destroyed 14 structures, officials said on Wednesday.

Fire officials now believe the blaze was caused by people rather than lightning.

The evacuation order was expanded to cover about 3,400 residents.
"""


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    corpus = tmp_path_factory.mktemp("named-report-corpus")
    Path(corpus, "fire-first.md").write_text(FIRST, encoding="utf-8")
    Path(corpus, "fire-update.md").write_text(UPDATE, encoding="utf-8")
    assistant = Assistant.open(index_dir=tmp_path_factory.mktemp("named-report-index"), corpus_dir=corpus)
    assistant.ensure_index()
    return assistant


def _cited(answer: object) -> list[str]:
    return list(dict.fromkeys(c.article_id for c in answer.citations))  # type: ignore[attr-defined]


def test_a_report_named_by_its_outlet_is_that_report(reader: Assistant) -> None:
    answer = reader.ask("what's the interior chronicle piece about?")
    assert answer.trace.kind == "overview" and _cited(answer) == ["fire-first"], answer.text


def test_the_story_named_by_its_words_is_its_newest_report(reader: Assistant) -> None:
    answer = reader.ask("what's the latest on the merrow lake fire?")
    assert _cited(answer) == ["fire-update"], answer.text


def test_a_question_naming_a_reports_outlet_is_answered_from_that_report(reader: Assistant) -> None:
    answer = reader.ask("according to the interior chronicle, what started the fire?")
    assert _cited(answer) == ["fire-first"] and "lightning" in answer.text, answer.text
    # the first report reads closer ("ordered to leave their homes") but the question names the update
    answer = reader.ask("how many residents were ordered out, according to the canyon country times?")
    assert _cited(answer) == ["fire-update"] and "3,400" in answer.text, answer.text
