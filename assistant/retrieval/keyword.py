"""BM25 over the stored paragraphs, updated in place as articles are added, changed or removed.

bm25s (which this index replaces) precomputes every score, so any change means re-indexing the
whole corpus: seconds at 100k paragraphs, on every ingest. Here each term keeps a postings list
(paragraph slots and term counts) and BM25 is computed at query time over the postings of the
query's terms only, so adding an article costs its own paragraphs and a query costs the postings
it touches. The scores are those of bm25s' default ("lucene" variant, k1=1.5, b=0.75); a test
checks that against bm25s itself.

Removed paragraphs leave a dead slot that scores nothing; slots are compacted once a quarter
of them are dead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from ..index.records import StoredParagraph
from ..text import content_stems

_COMPACT_SHARE = 0.25
_COMPACT_MIN = 1000


@dataclass(slots=True)
class _Postings:
    """Slots containing one term and how often; grown in chunks, joined when the term is queried."""

    slots: list[np.ndarray]
    counts: list[np.ndarray]

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
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
        self._slot_of: dict[str, int] = {}
        self._keys: list[str | None] = []
        self._signatures: list[str] = []
        self._doc_terms: list[tuple[np.ndarray, np.ndarray, np.ndarray] | None] = []
        self._lengths = np.zeros(0, dtype=np.float64)
        self._alive = np.zeros(0, dtype=bool)
        self._article_codes = np.zeros(0, dtype=np.int64)
        self._article_ids: dict[str, int] = {}
        self._article_names: list[str] = []
        self._article_counts: dict[str, int] = {}
        self._total_length = 0.0

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

    def signatures(self) -> dict[str, str]:
        """``{paragraph key: signature}`` of what is indexed (see ``signature``)."""
        return {key: self._signatures[slot] for key, slot in self._slot_of.items()}

    def search(self, query: str, k: int, article_ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """The ``k`` best ``(paragraph key, BM25 score)`` for ``query``, scores above zero only."""
        n = len(self._slot_of)
        term_ids = [self._term_ids[t] for t in content_stems(query) if t in self._term_ids]
        if not n or not term_ids:
            return []
        scores = np.zeros(len(self._keys), dtype=np.float64)
        average = self._total_length / n
        for term in term_ids:
            slots, counts = self._postings[term].arrays()
            df = self._doc_freq[term]
            idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
            norm = self.k1 * ((1 - self.b) + self.b * self._lengths[slots] / average)
            scores[slots] += idf * counts / (norm + counts)
        scores[~self._alive] = 0.0
        if article_ids:
            codes = [self._article_ids[a] for a in article_ids if a in self._article_ids]
            scores[~np.isin(self._article_codes, codes)] = 0.0
        top = np.flatnonzero(scores > 0)
        if len(top) > k:
            top = top[np.argpartition(-scores[top], k - 1)[:k]]
        ranked = sorted(((self._keys[i], float(scores[i])) for i in top), key=lambda kv: (-kv[1], kv[0]))
        return [(str(key), score) for key, score in ranked]

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

    def knows(self, term: str) -> bool:
        term_id = self._term_ids.get(term)
        return term_id is not None and term_id < len(self._doc_freq) and self._doc_freq[term_id] > 0

    def articles_with(self, term: str) -> set[str]:
        """Ids of the articles with a paragraph (or headline) containing the stem ``term``."""
        term_id = self._term_ids.get(term)
        if term_id is None or term_id >= len(self._postings):
            return set()
        slots, _counts = self._postings[term_id].arrays()
        slots = slots[slots < len(self._alive)]
        codes = np.unique(self._article_codes[slots[self._alive[slots]]])
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
        self._add_postings(terms, np.concatenate(rows_slots), np.concatenate(rows_counts).astype(np.float64))
        np.add.at(self._doc_freq, terms, 1)
        np.add.at(self._body_freq, np.concatenate([d[2] for d in self._doc_terms[first:] if d]), 1)

    def remove(self, keys: Iterable[str]) -> None:
        """Drop paragraphs from the index (unknown keys are ignored)."""
        for key in keys:
            slot = self._slot_of.pop(key, None)
            if slot is None:
                continue
            terms, _, body_terms = self._doc_terms[slot]  # type: ignore[misc]
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

    # ------------------------------------------------------------------ internals

    def _ids_for(self, tokens: list[str]) -> np.ndarray:
        ids = self._term_ids
        return np.fromiter((ids.setdefault(t, len(ids)) for t in tokens), dtype=np.int64, count=len(tokens))

    def _grow_terms(self) -> None:
        missing = len(self._term_ids) - len(self._postings)
        if missing > 0:
            self._postings += [_Postings([], []) for _ in range(missing)]
            self._doc_freq = np.concatenate([self._doc_freq, np.zeros(missing, dtype=np.int64)])
            self._body_freq = np.concatenate([self._body_freq, np.zeros(missing, dtype=np.int64)])

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
            terms, counts, _ = self._doc_terms[old]  # type: ignore[misc]
            rows_terms.append(terms)
            rows_slots.append(np.full(len(terms), new, dtype=np.int64))
            rows_counts.append(counts)
        self._keys = [self._keys[i] for i in live]
        self._signatures = [self._signatures[i] for i in live]
        self._doc_terms = [self._doc_terms[i] for i in live]
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


def headline_of(paragraph: StoredParagraph) -> str:
    """The article's title and dek: BM25 sees them with every paragraph, which rarely repeats them."""
    meta = paragraph.metadata
    return f"{meta.get('title', '')} {meta.get('dek', '')}"


def signature(paragraph: StoredParagraph) -> str:
    """Changes when anything BM25 indexes for the paragraph changes (its text, its article's headline)."""
    meta = paragraph.metadata
    return f"{meta.get('text_hash', '')}:{meta.get('content_hash', '')}"
