"""BM25 over the stored paragraphs, updated in place as articles are added, changed or removed.

bm25s (which this index replaces) precomputes every score, so any change means re-indexing the
whole corpus: seconds at 100k paragraphs, on every ingest. Here each term keeps a postings list
(paragraph slots and term counts) and BM25 is computed at query time over the postings of the
query's terms only, so adding an article costs its own paragraphs. A query scans the postings
of its rarer words and, once the top k is settled enough, only looks up the common words' postings
for the paragraphs that can still make it (``search``). The scores are those of bm25s' default
("lucene" variant, k1=1.5, b=0.75); a test checks that against bm25s itself.

Removed paragraphs leave a dead slot that scores nothing; slots are compacted once a quarter
of them are dead. ``to_arrays`` / ``from_arrays`` turn the live index into flat arrays and back,
which is what the snapshot on disk holds (``snapshot.py``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..index.records import StoredParagraph
from ..text import content_stems

_COMPACT_SHARE = 0.25
_COMPACT_MIN = 1000
# Scores this close to the pruning threshold are kept (float sums are not exact).
_SLACK = 1e-9
# Terms whose article codes ``articles_with`` keeps between changes to the index.
ARTICLES_OF_TERM_KEPT = 20_000


@dataclass(frozen=True, slots=True)
class _Rows:
    """Per-paragraph term rows of a loaded snapshot, kept as CSR arrays (see ``to_arrays``)."""

    doc_ptr: np.ndarray
    doc_terms: np.ndarray
    doc_counts: np.ndarray
    body_ptr: np.ndarray
    body_terms: np.ndarray

    def row(self, slot: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        lo, hi = int(self.doc_ptr[slot]), int(self.doc_ptr[slot + 1])
        body = self.body_terms[int(self.body_ptr[slot]) : int(self.body_ptr[slot + 1])]
        return self.doc_terms[lo:hi], self.doc_counts[lo:hi], body


@dataclass(slots=True)
class _Postings:
    """Slots containing one term and how often; grown in chunks, joined when the term is queried."""

    slots: list[np.ndarray]
    counts: list[np.ndarray]

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        if not self.slots:  # a term whose paragraphs were all removed before a snapshot was saved
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        if len(self.slots) > 1:
            self.slots = [np.concatenate(self.slots)]
            self.counts = [np.concatenate(self.counts)]
        return self.slots[0], self.counts[0]


class KeywordIndex:
    """Incremental BM25 over paragraphs; each paragraph is indexed with its article's title and dek."""

    def __init__(self, k1: float = 1.5, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._term_ids: dict[str, int] = {}
        self._postings: list[_Postings] = []
        self._doc_freq = np.zeros(0, dtype=np.int64)  # alive paragraphs containing the term
        self._body_freq = np.zeros(0, dtype=np.int64)  # same, counting the paragraph text only
        # Per term, for ``_bound``: its highest count in a paragraph and its shortest paragraph's
        # length; -1 and inf until the term is first queried.
        self._max_count = np.zeros(0, dtype=np.float64)
        self._min_length = np.zeros(0, dtype=np.float64)
        self._slot_of: dict[str, int] = {}
        self._keys: list[str | None] = []
        self._signatures: list[str] = []
        # Per slot: its terms, their counts, and the terms of the paragraph text alone. None for a
        # removed slot, and for a slot loaded from a snapshot, whose row is read from ``_loaded``.
        self._doc_terms: list[tuple[np.ndarray, np.ndarray, np.ndarray] | None] = []
        self._loaded: _Rows | None = None
        self._lengths = np.zeros(0, dtype=np.float64)
        self._alive = np.zeros(0, dtype=bool)
        self._article_codes = np.zeros(0, dtype=np.int64)
        self._article_ids: dict[str, int] = {}
        self._article_names: list[str] = []
        self._article_counts: dict[str, int] = {}
        self._total_length = 0.0
        # Per term: the codes of the articles using it (``articles_with``), until the index changes.
        self._articles_of_term: dict[str, np.ndarray] = {}

    @classmethod
    def build(cls, paragraphs: Iterable[StoredParagraph]) -> KeywordIndex:
        index = cls()
        index.upsert(paragraphs)
        return index

    # ------------------------------------------------------------------ reading

    def __len__(self) -> int:
        return len(self._slot_of)

    def __contains__(self, key: str) -> bool:
        return key in self._slot_of

    @property
    def article_ids(self) -> set[str]:
        return set(self._article_counts)

    def holds_article(self, article_id: str) -> bool:
        """True when a paragraph of ``article_id`` is indexed (``article_ids`` copies them all)."""
        return article_id in self._article_counts

    def signatures(self) -> dict[str, str]:
        """``{paragraph key: signature}`` of what is indexed (see ``signature``)."""
        return {key: self._signatures[slot] for key, slot in self._slot_of.items()}

    def signature_of(self, key: str) -> str | None:
        """The indexed paragraph's signature (see ``signature``), None if it is not indexed."""
        slot = self._slot_of.get(key)
        return None if slot is None else self._signatures[slot]

    def keys_of(self, article_id: str) -> list[str]:
        """Keys of the indexed paragraphs of one article."""
        return self.keys_by_article([article_id]).get(article_id, [])

    def keys_by_article(self, article_ids: Iterable[str]) -> dict[str, list[str]]:
        """``{article id: keys of its indexed paragraphs}`` for these articles, in one pass over the slots."""
        codes = [self._article_ids[a] for a in set(article_ids) if a in self._article_counts]
        found: dict[str, list[str]] = {}
        if not codes:
            return found
        for slot in np.flatnonzero(np.isin(self._article_codes, codes) & self._alive):
            found.setdefault(self._article_of(int(slot)), []).append(str(self._keys[slot]))
        return found

    def article_versions(self) -> dict[str, tuple[str, int]]:
        """``{article id: (content hash, paragraphs indexed)}``, read from the paragraphs' signatures.

        What a catch-up compares with the articles' ¶1s in the store (``HybridSearcher``).
        """
        versions: dict[str, tuple[str, int]] = {}
        for slot in np.flatnonzero(self._alive):
            article = self._article_of(int(slot))
            content = self._signatures[slot].partition(":")[2]
            old = versions.get(article)
            versions[article] = (content if old is None else old[0], 1 if old is None else old[1] + 1)
        return versions

    def search(self, query: str, k: int, article_ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """The ``k`` best ``(paragraph key, BM25 score)`` for ``query``, scores above zero only;
        equal scores rank by key, also at the ``k``-th place.

        Exact, but pruned (MaxScore): terms are scored rarest first, and once the terms left could
        not lift a paragraph that none of the scored terms holds to the ``k``-th best score so
        far, those terms are only looked up (not scanned) for the paragraphs already found. A
        common word has hundreds of thousands of postings at 1M paragraphs. ``scan`` scores every
        posting, summing the terms in the same order, so both give the same scores to the bit.
        """
        n = len(self._slot_of)
        terms = self._terms_of(query)
        if not n or not terms or k <= 0:
            return []
        if article_ids:
            return self._ranked(self.scan(query, article_ids), k)
        average = self._total_length / n
        bounds = [self._bound(term, times, average) for term, times in terms]
        scores = np.zeros(len(self._keys), dtype=np.float64)
        dead = len(self._keys) > n
        best_kth, left = 0.0, sum(bounds)
        touched: list[np.ndarray] = []
        for done, ((term, times), bound) in enumerate(zip(terms, bounds, strict=True)):
            if left < best_kth:
                found = self._finish(scores, terms[done:], bounds[done:], best_kth, average, k)
                return self._ranked(scores, k, found)
            slots, counts = self._postings[term].arrays()
            scores[slots] += self._gains(term, times, slots, counts, average)
            touched.append(slots)
            left -= bound
            found = scores[slots[self._alive[slots]]] if dead else scores[slots]
            if len(found) >= k:
                best_kth = max(best_kth, float(np.partition(found, len(found) - k)[len(found) - k]))
        return self._ranked(scores, k, self._candidates(scores, touched))

    def scan(self, query: str, article_ids: Sequence[str] | None = None) -> np.ndarray:
        """BM25 scores of every slot for ``query``, unpruned; zero outside ``article_ids`` if given."""
        n = len(self._slot_of)
        scores = np.zeros(len(self._keys), dtype=np.float64)
        if not n:
            return scores
        average = self._total_length / n
        for term, times in self._terms_of(query):
            slots, counts = self._postings[term].arrays()
            scores[slots] += self._gains(term, times, slots, counts, average)
        scores[~self._alive] = 0.0
        if article_ids:
            codes = [self._article_ids[a] for a in article_ids if a in self._article_ids]
            scores[~np.isin(self._article_codes, codes)] = 0.0
        return scores

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency of a stem; unseen terms get the highest value.

        Term rarity comes from the paragraph text alone: headline words repeated on every
        paragraph of an article would otherwise look common.
        """
        n = max(len(self._slot_of), 1)
        term_id = self._term_ids.get(term)
        # A term id is handed out before the frequency arrays grow (an upsert may be under way in
        # another thread): an id beyond them is a term not counted yet.
        freq = int(self._body_freq[term_id]) if term_id is not None and term_id < len(self._body_freq) else 0
        return float(np.log(1 + (n + 1) / (freq + 0.5)))

    def terms(self) -> list[str]:
        """Every term some paragraph uses (stems)."""
        alive = len(self._doc_freq)
        return [t for t, i in list(self._term_ids.items()) if i < alive and self._doc_freq[i] > 0]

    def knows(self, term: str) -> bool:
        term_id = self._term_ids.get(term)
        return term_id is not None and term_id < len(self._doc_freq) and self._doc_freq[term_id] > 0

    @property
    def article_count(self) -> int:
        return len(self._article_counts)

    def articles_with(
        self, term: str, max_paragraphs: int | None = None, max_articles: int | None = None
    ) -> set[str] | None:
        """Ids of the articles with a paragraph (or headline) containing the stem ``term``; None when
        more than ``max_paragraphs`` paragraphs or ``max_articles`` articles contain it (a common
        word: not worth naming them all, which is most of the look-up's cost)."""
        term_id = self._term_ids.get(term)
        if term_id is None or term_id >= len(self._postings) or term_id >= len(self._doc_freq):
            return set()
        if max_paragraphs is not None and self._doc_freq[term_id] > max_paragraphs:
            return None
        codes = self._articles_of_term.get(term)
        if codes is None:
            slots, _counts = self._postings[term_id].arrays()
            slots = slots[slots < len(self._alive)]
            codes = np.unique(self._article_codes[slots[self._alive[slots]]])
            if len(self._articles_of_term) >= ARTICLES_OF_TERM_KEPT:
                self._articles_of_term = {}
            self._articles_of_term[term] = codes
        if max_articles is not None and len(codes) > max_articles:
            return None
        return {self._article_names[int(code)] for code in codes}

    # ------------------------------------------------------------------ writing

    def upsert(self, paragraphs: Iterable[StoredParagraph]) -> None:
        """Index paragraphs; a key already indexed is replaced."""
        batch = list(paragraphs)
        self.remove([p.key for p in batch if p.key in self._slot_of])
        if not batch:
            return
        headlines: dict[tuple[str, str], list[str]] = {}
        first = len(self._keys)
        rows_terms, rows_slots, rows_counts = [], [], []
        lengths = np.zeros(len(batch), dtype=np.float64)
        codes = np.zeros(len(batch), dtype=np.int64)
        for offset, paragraph in enumerate(batch):
            slot = first + offset
            headline = headline_of(paragraph)
            if (paragraph.article_id, headline) not in headlines:
                headlines[(paragraph.article_id, headline)] = content_stems(headline)
            body = content_stems(paragraph.text)
            tokens = headlines[(paragraph.article_id, headline)] + body
            terms, counts = np.unique(self._ids_for(tokens), return_counts=True)
            body_terms = np.unique(self._ids_for(body))
            self._slot_of[paragraph.key] = slot
            self._keys.append(paragraph.key)
            self._signatures.append(signature(paragraph))
            self._doc_terms.append((terms, counts, body_terms))
            lengths[offset] = len(tokens)
            codes[offset] = self._article_code(paragraph.article_id)
            rows_terms.append(terms)
            rows_slots.append(np.full(len(terms), slot, dtype=np.int64))
            rows_counts.append(counts)
        self._grow_terms()
        self._lengths = np.concatenate([self._lengths, lengths])
        self._alive = np.concatenate([self._alive, np.ones(len(batch), dtype=bool)])
        self._article_codes = np.concatenate([self._article_codes, codes])
        self._total_length += float(lengths.sum())
        terms = np.concatenate(rows_terms)
        slots, counts = np.concatenate(rows_slots), np.concatenate(rows_counts).astype(np.float64)
        self._add_postings(terms, slots, counts)
        known = self._max_count[terms] >= 0  # the others are found on their first query
        np.maximum.at(self._max_count, terms[known], counts[known])
        np.minimum.at(self._min_length, terms[known], self._lengths[slots[known]])
        np.add.at(self._doc_freq, terms, 1)
        np.add.at(self._body_freq, np.concatenate([d[2] for d in self._doc_terms[first:] if d]), 1)
        self._articles_of_term = {}  # after the change: a look-up made during it saw half of it

    def remove(self, keys: Iterable[str]) -> None:
        """Drop paragraphs from the index (unknown keys are ignored)."""
        for key in keys:
            slot = self._slot_of.pop(key, None)
            if slot is None:
                continue
            terms, _, body_terms = self._doc_row(slot)
            self._doc_freq[terms] -= 1
            self._body_freq[body_terms] -= 1
            self._alive[slot] = False
            self._total_length -= float(self._lengths[slot])
            self._doc_terms[slot] = None
            self._keys[slot] = None
            article = self._article_of(slot)
            self._article_counts[article] -= 1
            if not self._article_counts[article]:
                del self._article_counts[article]
        dead = len(self._keys) - len(self._slot_of)
        if dead >= _COMPACT_MIN and dead > _COMPACT_SHARE * len(self._keys):
            self._compact()
        self._articles_of_term = {}  # after the change (and the renumbering of a compaction)

    # ------------------------------------------------------------------ flat arrays

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The live paragraphs as flat arrays (slots renumbered 0..n-1), for a snapshot on disk.

        Strings (terms, keys, signatures, article ids) are one UTF-8 blob each, joined by newlines
        (``_join`` refuses a string that holds one); per-paragraph term lists and per-term
        postings are CSR arrays (values plus offsets). Term ids are kept as they are.
        """
        if len(self._term_ids) != len(self._postings):  # pragma: no cover - guarded by the caller's lock
            raise RuntimeError("the keyword index is being written")
        live = np.flatnonzero(self._alive)
        renumber = np.full(len(self._keys), -1, dtype=np.int64)
        renumber[live] = np.arange(len(live))
        docs = [self._doc_row(int(i)) for i in live]
        codes, article_codes = np.unique(self._article_codes[live], return_inverse=True)
        post_slots, post_counts, post_sizes = [], [], np.zeros(len(self._postings), dtype=np.int64)
        for term, postings in enumerate(self._postings):
            if not postings.slots:
                continue
            slots, counts = postings.arrays()
            keep = self._alive[slots]
            post_slots.append(renumber[slots[keep]])
            post_counts.append(counts[keep])
            post_sizes[term] = int(keep.sum())
        return {
            "terms": _join(list(self._term_ids)),
            "keys": _join([str(self._keys[i]) for i in live]),
            "signatures": _join([self._signatures[i] for i in live]),
            "articles": _join([self._article_names[int(c)] for c in codes]),
            "slot_article": article_codes.astype(np.int64),
            "lengths": self._lengths[live],
            "doc_ptr": _offsets([len(d[0]) for d in docs]),  # type: ignore[index]
            "doc_terms": _concat([d[0] for d in docs]),  # type: ignore[index]
            "doc_counts": _concat([d[1] for d in docs]),  # type: ignore[index]
            "body_ptr": _offsets([len(d[2]) for d in docs]),  # type: ignore[index]
            "body_terms": _concat([d[2] for d in docs]),  # type: ignore[index]
            "post_ptr": np.concatenate([[0], np.cumsum(post_sizes)]).astype(np.int64),
            "post_slots": _concat(post_slots),
            "post_counts": _concat(post_counts),  # whole numbers (held as floats after an upsert)
        }

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], k1: float = 1.5, b: float = 0.75) -> KeywordIndex:
        """The index ``to_arrays`` described; raises ``ValueError`` if the arrays do not fit together."""
        terms = _split(arrays["terms"])
        keys = _split(arrays["keys"])
        signatures = _split(arrays["signatures"])
        articles = _split(arrays["articles"])
        n, v = len(keys), len(terms)
        slot_article = np.asarray(arrays["slot_article"], dtype=np.int64)
        lengths = np.asarray(arrays["lengths"], dtype=np.float64)
        doc_ptr, body_ptr, post_ptr = (
            np.asarray(arrays[k], dtype=np.int64) for k in ("doc_ptr", "body_ptr", "post_ptr")
        )
        # The big arrays stay in the narrow types the snapshot stores (``snapshot._narrow``): widening
        # them took seconds and doubled the memory at 1M paragraphs, and numpy indexes and computes
        # with them as they are.
        doc_terms, doc_counts, body_terms, post_slots, post_counts = (
            _whole_numbers(arrays[k])
            for k in ("doc_terms", "doc_counts", "body_terms", "post_slots", "post_counts")
        )
        term_ids = dict(zip(terms, range(v), strict=True))
        slot_of = dict(zip(keys, range(n), strict=True))
        checks = [
            len(signatures) == n and len(slot_article) == n and len(lengths) == n,
            len(term_ids) == v and len(slot_of) == n,  # no term or key twice
            _csr_ok(doc_ptr, n, doc_terms, v) and len(doc_counts) == len(doc_terms),
            _csr_ok(body_ptr, n, body_terms, v),
            _csr_ok(post_ptr, v, post_slots, n) and len(post_counts) == len(post_slots),
            len(post_slots) == len(doc_terms),
            not n or (slot_article.min() >= 0 and slot_article.max() < len(articles)),
        ]
        if not all(checks):
            raise ValueError(f"inconsistent keyword arrays (checks {checks})")
        index = cls(k1, b)
        index._term_ids = term_ids
        index._postings = [
            _Postings([post_slots[lo:hi]], [post_counts[lo:hi]]) if hi > lo else _Postings([], [])
            for lo, hi in zip(post_ptr[:-1].tolist(), post_ptr[1:].tolist(), strict=True)
        ]
        index._doc_freq = np.bincount(doc_terms, minlength=v).astype(np.int64)
        index._body_freq = np.bincount(body_terms, minlength=v).astype(np.int64)
        index._max_count = np.full(v, -1.0)
        index._min_length = np.full(v, np.inf)
        index._slot_of = slot_of
        index._keys = list(keys)
        index._signatures = signatures
        # Each paragraph's row is sliced out of these arrays only when it is removed or compacted:
        # a million small arrays would cost seconds at load.
        index._doc_terms = [None] * n
        index._loaded = _Rows(doc_ptr, doc_terms, doc_counts, body_ptr, body_terms)
        index._lengths = lengths
        index._alive = np.ones(n, dtype=bool)
        index._article_codes = slot_article
        index._article_names = articles
        index._article_ids = {a: i for i, a in enumerate(articles)}
        per_article = np.bincount(slot_article, minlength=len(articles))
        index._article_counts = {a: int(c) for a, c in zip(articles, per_article, strict=True) if c}
        index._total_length = float(lengths.sum())
        return index

    # ------------------------------------------------------------------ internals

    def _terms_of(self, query: str) -> list[tuple[int, int]]:
        """``(term id, times in the query)`` of the query's indexed stems, rarest first, ties by stem.

        One order for every search makes the float sums, and so the ranking, reproducible.
        """
        stems = Counter(t for t in content_stems(query) if self.knows(t))
        ids = {stem: self._term_ids[stem] for stem in stems}
        order = sorted(stems, key=lambda stem: (int(self._doc_freq[ids[stem]]), stem))
        return [(ids[stem], stems[stem]) for stem in order]

    def _gains(
        self, term: int, times: int, slots: np.ndarray, counts: np.ndarray, average: float
    ) -> np.ndarray:
        """What ``times`` occurrences of ``term`` in the query add to each of these slots' scores."""
        norm = self.k1 * ((1 - self.b) + self.b * self._lengths[slots] / average)
        return times * self._idf_of(term) * counts / (norm + counts)

    def _idf_of(self, term: int) -> float:
        n = len(self._slot_of)
        df = self._doc_freq[term]
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    def _bound(self, term: int, times: int, average: float) -> float:
        """The most ``times`` occurrences of ``term`` can add to any paragraph's score.

        BM25's term gain grows with the term's count and shrinks with the paragraph's length, so
        the term's highest count and shortest paragraph bound it. Both are kept per term (found
        on the term's first query, then moved by each upsert); a removal leaves them looser, never
        wrong. A hair of slack covers rounding.
        """
        if self._max_count[term] < 0:
            slots, counts = self._postings[term].arrays()
            self._max_count[term] = counts.max() if len(counts) else 0.0
            self._min_length[term] = self._lengths[slots].min() if len(slots) else np.inf
        count, length = self._max_count[term], self._min_length[term]
        if count <= 0:
            return 0.0
        norm = self.k1 * ((1 - self.b) + self.b * length / average)
        return times * self._idf_of(term) * float(count / (norm + count)) * (1 + 1e-9)

    def _finish(
        self,
        scores: np.ndarray,
        terms: list[tuple[int, int]],
        bounds: list[float],
        best_kth: float,
        average: float,
        k: int,
    ) -> np.ndarray:
        """Add the left-over terms' gains to the paragraphs found so far that could still make the
        top ``k``, searching those terms' postings (sorted by slot) rather than scanning them.

        A paragraph is dropped as soon as its score plus what the terms left can add falls under
        the ``k``-th best score so far (less a hair for rounding). Returns the slots kept.
        """
        left = sum(bounds)
        found = np.flatnonzero(scores >= max(best_kth - left - _SLACK, np.finfo(np.float64).tiny))
        if len(self._keys) > len(self._slot_of):
            found = found[self._alive[found]]
        for (term, times), bound in zip(terms, bounds, strict=True):
            slots, counts = self._postings[term].arrays()
            if len(slots) and len(found):
                # ``found`` in the postings' own type: else numpy copies the postings to compare.
                at = np.minimum(np.searchsorted(slots, found.astype(slots.dtype)), len(slots) - 1)
                hit = slots[at] == found
                scores[found[hit]] += self._gains(term, times, found[hit], counts[at[hit]], average)
            left -= bound
            if len(found) >= k:
                best_kth = max(best_kth, float(np.partition(scores[found], len(found) - k)[len(found) - k]))
            found = found[scores[found] >= best_kth - left - _SLACK]
        return found

    def _candidates(self, scores: np.ndarray, touched: list[np.ndarray]) -> np.ndarray:
        """The live slots that the scored terms' postings hold."""
        if sum(len(t) for t in touched) * 8 > len(scores):
            found = np.flatnonzero(scores)
        else:
            found = np.unique(np.concatenate(touched)) if touched else np.zeros(0, dtype=np.int64)
        return found[self._alive[found]] if len(self._keys) > len(self._slot_of) else found

    def _ranked(self, scores: np.ndarray, k: int, slots: np.ndarray | None = None) -> list[tuple[str, float]]:
        """The ``k`` best of ``slots`` (default: every slot) by score, ties by key; scores above zero."""
        top = np.flatnonzero(scores > 0) if slots is None else slots[scores[slots] > 0]
        if len(top) > k:
            kth = np.partition(scores[top], len(top) - k)[len(top) - k]
            top = top[scores[top] >= kth]  # every paragraph tied at the cut, to be ranked by key
        ranked = sorted(((self._keys[i], float(scores[i])) for i in top), key=lambda kv: (-kv[1], kv[0]))
        return [(str(key), score) for key, score in ranked[:k]]

    def _doc_row(self, slot: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Terms, counts and text-only terms of a live slot."""
        row = self._doc_terms[slot]
        if row is None:
            assert self._loaded is not None, f"slot {slot} was removed"
            return self._loaded.row(slot)
        return row

    def _ids_for(self, tokens: list[str]) -> np.ndarray:
        ids = self._term_ids
        return np.fromiter((ids.setdefault(t, len(ids)) for t in tokens), dtype=np.int64, count=len(tokens))

    def _grow_terms(self) -> None:
        missing = len(self._term_ids) - len(self._postings)
        if missing > 0:
            self._postings += [_Postings([], []) for _ in range(missing)]
            self._doc_freq = np.concatenate([self._doc_freq, np.zeros(missing, dtype=np.int64)])
            self._body_freq = np.concatenate([self._body_freq, np.zeros(missing, dtype=np.int64)])
            self._max_count = np.concatenate([self._max_count, np.full(missing, -1.0)])
            self._min_length = np.concatenate([self._min_length, np.full(missing, np.inf)])

    def _add_postings(self, terms: np.ndarray, slots: np.ndarray, counts: np.ndarray) -> None:
        order = np.argsort(terms, kind="stable")
        terms, slots, counts = terms[order], slots[order], counts[order]
        starts = np.flatnonzero(np.r_[True, terms[1:] != terms[:-1]])
        ends = np.r_[starts[1:], len(terms)]
        for start, end in zip(starts, ends, strict=True):
            postings = self._postings[terms[start]]
            postings.slots.append(slots[start:end])
            postings.counts.append(counts[start:end])

    def _article_code(self, article_id: str) -> int:
        self._article_counts[article_id] = self._article_counts.get(article_id, 0) + 1
        if article_id not in self._article_ids:
            self._article_ids[article_id] = len(self._article_names)
            self._article_names.append(article_id)
        return self._article_ids[article_id]

    def _article_of(self, slot: int) -> str:
        return self._article_names[int(self._article_codes[slot])]

    def _compact(self) -> None:
        """Renumber the live paragraphs into fresh slots and rebuild the postings from their terms."""
        live = np.flatnonzero(self._alive)
        renumber = np.full(len(self._keys), -1, dtype=np.int64)
        renumber[live] = np.arange(len(live))
        rows_terms, rows_slots, rows_counts = [], [], []
        for new, old in enumerate(live):
            terms, counts, _ = self._doc_row(int(old))
            rows_terms.append(terms)
            rows_slots.append(np.full(len(terms), new, dtype=np.int64))
            rows_counts.append(counts)
        self._keys = [self._keys[i] for i in live]
        self._signatures = [self._signatures[i] for i in live]
        self._doc_terms = [self._doc_row(int(i)) for i in live]
        self._loaded = None
        self._lengths = self._lengths[live]
        self._alive = np.ones(len(live), dtype=bool)
        self._article_codes = self._article_codes[live]
        self._slot_of = {key: int(renumber[slot]) for key, slot in self._slot_of.items()}
        self._postings = [_Postings([], []) for _ in self._postings]
        if rows_terms:
            self._add_postings(
                np.concatenate(rows_terms),
                np.concatenate(rows_slots),
                np.concatenate(rows_counts).astype(np.float64),
            )


def _join(strings: list[str]) -> np.ndarray:
    if any("\n" in s for s in strings):
        raise ValueError("a term, key or signature holds a newline")
    return np.frombuffer("\n".join(strings).encode(), dtype=np.uint8)


def _split(blob: np.ndarray) -> list[str]:
    text = np.asarray(blob, dtype=np.uint8).tobytes().decode()
    return text.split("\n") if text else []


def _whole_numbers(values: np.ndarray) -> np.ndarray:
    """``values`` as they are if they are whole numbers (of any integer type), else ``ValueError``."""
    values = np.asarray(values)
    if values.dtype.kind not in "iu":
        raise ValueError(f"expected whole numbers, found {values.dtype}")
    return values


def _offsets(sizes: list[int]) -> np.ndarray:
    return np.concatenate([[0], np.cumsum(np.asarray(sizes, dtype=np.int64))]).astype(np.int64)


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)


def _csr_ok(ptr: np.ndarray, rows: int, values: np.ndarray, limit: int) -> bool:
    """Offsets fit ``rows`` rows over ``values``, which all lie in ``[0, limit)``."""
    return (
        len(ptr) == rows + 1
        and ptr[0] == 0
        and ptr[-1] == len(values)
        and bool(np.all(np.diff(ptr) >= 0))
        and (not len(values) or (values.min() >= 0 and values.max() < limit))
    )


def headline_of(paragraph: StoredParagraph) -> str:
    """The article's title and dek: BM25 sees them with every paragraph, which rarely repeats them."""
    meta = paragraph.metadata
    return f"{meta.get('title', '')} {meta.get('dek', '')}"


def signature(paragraph: StoredParagraph) -> str:
    """Changes when anything BM25 indexes for the paragraph changes (its text, its article's headline)."""
    meta = paragraph.metadata
    return f"{meta.get('text_hash', '')}:{meta.get('content_hash', '')}"
