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


def _zipf_corpus(n: int, seed: int) -> list[StoredParagraph]:
    """Paragraphs whose words follow a Zipf law, as in news: a few words everywhere, most rare."""
    rng = random.Random(seed)
    vocabulary = [f"{WORDS[i % len(WORDS)]}{i}" for i in range(400)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    rows = []
    for i in range(n):
        text = " ".join(rng.choices(vocabulary, weights, k=rng.randint(4, 60)))
        meta = {"title": f"Report {i // 9}", "dek": "", "text_hash": f"{seed}-{i}"}
        rows.append(StoredParagraph(f"art{i // 9}", i % 9 + 1, text, meta))
    return rows


def _queries(rows: list[StoredParagraph], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    picked = [rng.choice(rows).text.split() for _ in range(count)]
    return [" ".join(rng.choices(words, k=rng.randint(1, 7))) for words in picked]  # repeats too


def test_pruned_search_ranks_as_scoring_every_posting(monkeypatch: pytest.MonkeyPatch) -> None:
    """The top k skips postings that cannot reach it, yet is the head of the full ranking, to the
    bit, before and after removals (dead slots, looser bounds) and edits that raise a word's count."""
    pruned = 0
    finish = KeywordIndex._finish

    def counted(self: KeywordIndex, *args: object, **kwargs: object) -> np.ndarray:
        nonlocal pruned
        pruned += 1
        return finish(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(KeywordIndex, "_finish", counted)
    rows = _zipf_corpus(3000, seed=5)
    index = KeywordIndex.build(rows)
    queries = _queries(rows, 150, seed=6)

    def check() -> None:
        for query in queries:
            full = index.search(query, k=10**7)  # k above the paragraph count: nothing pruned
            for k in (1, 10, 30):
                assert index.search(query, k=k) == full[:k], (query, k)

    check()
    assert pruned > 100  # most searches did skip postings
    index.remove([p.key for p in rows[::6]])  # dead slots, not yet compacted
    louder = [
        StoredParagraph(p.article_id, p.paragraph, (p.text.split()[0] + " ") * 30, p.metadata)
        for p in rows[1:400:7]
    ]
    index.upsert(louder)  # a count far above what the bounds had seen
    check()


def test_equal_scores_at_the_cut_rank_by_key() -> None:
    rows = [StoredParagraph(f"a{i:02d}", 1, "Ferry strike at the port", {}) for i in range(40)]
    rows.append(StoredParagraph("z", 1, "Ferry strike, ferry strike and the ferry", {}))
    index = KeywordIndex.build(list(reversed(rows)))
    assert [key for key, _ in index.search("ferry strike", k=4)] == ["z#1", "a00#1", "a01#1", "a02#1"]


def test_postings_stay_sorted_by_slot() -> None:
    """The pruned search looks postings up by binary search."""
    rows = _corpus(1500)
    index = KeywordIndex.build(rows[:800])
    index.upsert(rows[800:])
    index.remove([p.key for p in rows[:300]])
    index.upsert(rows[100:200])  # back, in new slots
    index.remove([p.key for p in rows[300:1000]])  # compacts
    for postings in index._postings:
        if postings.slots:
            slots, _ = postings.arrays()
            assert np.all(np.diff(slots) > 0)


@pytest.mark.parametrize("loud", ["port dock " * 12, "port dock"], ids=["higher count", "shorter paragraph"])
def test_a_paragraph_beyond_the_known_bounds_still_ranks(loud: str) -> None:
    """A word's pruning bound moves when an upsert brings a higher count or a shorter paragraph.

    The loud paragraph lacks the rare word, so only the common words' bounds can let it in.
    """
    filler = " ".join(WORDS[:20])
    rows = [
        StoredParagraph(f"p{i:03d}", 1, f"{['port', 'dock', ''][i % 3]} {filler} {WORDS[i % 20]}", {})
        for i in range(300)
    ]
    rows += [StoredParagraph(f"f{i}", 1, f"ferry ferry {filler}", {}) for i in range(40)]
    index = KeywordIndex.build(rows)
    assert index.search("ferry port dock", k=5)[0][0].startswith("f")  # the bounds are known now
    index.upsert([StoredParagraph("loud", 1, loud, {})])
    assert index.search("ferry port dock", k=5)[0][0] == "loud#1"
    assert index.search("ferry port dock", k=5) == index.search("ferry port dock", k=10**6)[:5]
