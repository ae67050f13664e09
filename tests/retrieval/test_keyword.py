"""The incremental BM25 index: same scores as bm25s, and updates equal to a rebuild. No model needed."""

from __future__ import annotations

import random

import bm25s
import numpy as np
import pytest

from assistant.index.records import StoredParagraph
from assistant.retrieval.keyword import KeywordIndex, headline_of
from assistant.text import content_stems

WORDS = [
    "ceasefire",
    "talks",
    "cairo",
    "mediators",
    "hostages",
    "border",
    "crossing",
    "council",
    "library",
    "budget",
    "vote",
    "dam",
    "river",
    "turbine",
    "farmers",
    "drought",
    "minister",
    "hospital",
    "nurses",
    "strike",
    "wages",
    "inflation",
    "bank",
    "rates",
    "port",
    "ferry",
]


def _corpus(n: int, seed: int = 1) -> list[StoredParagraph]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        article = f"art{i // 7}"
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 40)))
        meta = {"title": f"Story {i // 7} about {WORDS[i // 7 % len(WORDS)]}", "dek": "", "text_hash": str(i)}
        rows.append(StoredParagraph(article, i % 7 + 1, text, meta))
    return rows


def _all_scores(index: KeywordIndex, query: str) -> dict[str, float]:
    return dict(index.search(query, k=10**6))


@pytest.mark.parametrize(
    "query", ["ceasefire talks in cairo", "budget vote budget", "farmers", "story river dam"]
)
def test_scores_are_those_of_bm25s(query: str) -> None:
    rows = _corpus(120)
    tokens = [content_stems(headline_of(p)) + content_stems(p.text) for p in rows]
    reference = bm25s.BM25()  # defaults: lucene variant, k1=1.5, b=0.75
    reference.index(tokens, show_progress=False)
    expected = reference.get_scores(content_stems(query))
    ours = _all_scores(KeywordIndex.build(rows), query)
    assert ours  # the query matches something
    for row, score in zip(rows, expected, strict=True):
        assert ours.get(row.key, 0.0) == pytest.approx(float(score), rel=1e-5, abs=1e-6)


def test_adding_and_removing_gives_what_a_rebuild_gives() -> None:
    rows = _corpus(300)
    index = KeywordIndex.build(rows[:200])
    index.upsert(rows[200:])  # articles added later
    index.remove([p.key for p in rows[:70]])  # some removed
    changed = [
        StoredParagraph(p.article_id, p.paragraph, p.text + " ferry strike", p.metadata)
        for p in rows[100:110]
    ]
    index.upsert(changed)  # some edited
    expected = KeywordIndex.build(rows[70:100] + changed + rows[110:])
    for query in ["ferry strike", "hospital nurses wages", "story", "cairo"]:
        ours, theirs = _all_scores(index, query), _all_scores(expected, query)
        assert ours.keys() == theirs.keys()
        assert np.allclose([ours[k] for k in theirs], list(theirs.values()))
    assert len(index) == len(expected) == 230
    assert index.article_ids == expected.article_ids
    assert index.idf("ferri") == pytest.approx(expected.idf("ferri"))


def test_removing_most_paragraphs_compacts_and_keeps_answers_right() -> None:
    rows = _corpus(1500)
    index = KeywordIndex.build(rows)
    index.remove([p.key for p in rows[:1300]])
    assert len(index) == 200
    assert index.search("farmers drought", k=5) == KeywordIndex.build(rows[1300:]).search(
        "farmers drought", k=5
    )


def test_words_leave_the_vocabulary_with_their_last_paragraph() -> None:
    rows = [
        StoredParagraph("a", 1, "The zebra crossing opened.", {}),
        StoredParagraph("b", 1, "Budget vote.", {}),
    ]
    index = KeywordIndex.build(rows)
    assert index.knows("zebra") and index.search("zebra", k=5)[0][0] == "a#1"
    index.remove([rows[0].key])
    assert not index.knows("zebra") and index.search("zebra", k=5) == []
    assert index.search("budget", k=5, article_ids=["a"]) == []
    assert [k for k, _ in index.search("budget", k=5, article_ids=["b"])] == ["b#1"]


def test_articles_with_a_term_counts_headlines_and_forgets_removed_articles() -> None:
    rows = [
        StoredParagraph("a", 1, "Talks resume in Cairo", {"title": "Ceasefire talks", "text_hash": "1"}),
        StoredParagraph("b", 1, "The library closes in June", {"title": "Library cuts", "text_hash": "2"}),
        StoredParagraph("b", 2, "Talks with the union failed", {"title": "Library cuts", "text_hash": "3"}),
    ]
    index = KeywordIndex.build(rows)
    assert index.articles_with(content_stems("talks")[0]) == {"a", "b"}
    assert index.articles_with(content_stems("ceasefire")[0]) == {"a"}  # headline word
    assert index.articles_with("unseen") == set()
    assert index.articles_with(content_stems("talks")[0], max_paragraphs=1) is None  # in two paragraphs
    assert index.article_count == 2
    assert index.articles_with(content_stems("talks")[0], max_articles=1) is None  # in two articles
    index.remove([rows[0].key])  # what was looked up before is forgotten with the change
    assert index.articles_with(content_stems("talks")[0]) == {"b"}
    assert index.articles_with(content_stems("talks")[0], max_articles=1) == {"b"}
    index.upsert([StoredParagraph("c", 1, "Talks on the port", {"title": "Port", "text_hash": "4"})])
    assert index.articles_with(content_stems("talks")[0]) == {"b", "c"}
