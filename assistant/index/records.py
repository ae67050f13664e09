"""What the index stores, as plain records, and the rules about them (no Chroma here).

One Chroma document per paragraph, keyed ``<article id>#<paragraph>``; every paragraph's metadata
carries its article's content hash and paragraph count, and ¶1 (the "head") carries the article's
metadata and is written last. From that follow the rules here: when an article is complete, and
how the article list is read from the heads.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ..types import ArticleInfo, Paragraph, paragraph_id

# What storing an article did; also the names of the IngestReport lists it is reported in.
WriteStatus = Literal["added", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class StoredParagraph:
    """A paragraph as the index holds it."""

    article_id: str
    paragraph: int
    text: str
    metadata: dict[str, Any]

    @property
    def key(self) -> str:
        return paragraph_id(self.article_id, self.paragraph)

    def to_paragraph(self) -> Paragraph:
        """The public ``Paragraph`` (number, text, offsets in the source) this row stores."""
        meta = self.metadata
        return Paragraph(self.paragraph, self.text, int(meta.get("start", 0)), int(meta.get("end", 0)))


@dataclass(slots=True)
class WritePlan:
    """What storing one article changes: paragraphs to embed, metadata to refresh, ids to drop."""

    article_id: str
    status: WriteStatus
    embed_ids: list[str] = field(default_factory=list)
    embed_texts: list[str] = field(default_factory=list)
    embed_metas: list[dict[str, Any]] = field(default_factory=list)
    update_ids: list[str] = field(default_factory=list)
    update_metas: list[dict[str, Any]] = field(default_factory=list)
    stale_ids: list[str] = field(default_factory=list)
    old_head: dict[str, Any] | None = None  # the stored ¶1 metadata of an article being rewritten


# ¶1 metadata flag set while an article's other paragraphs are being rewritten (see ``apply_writes``).
WRITING_KEY = "writing"


# The paragraph's sentence vectors in their stored form (``SentenceVectors.pack``); "" when none.
SENTENCES_KEY = "sentence_vectors"


@dataclass(frozen=True, slots=True)
class StoreChange:
    """One write to the store: the revision before and after it, and the paragraph keys it touched."""

    before: str
    after: str
    keys: frozenset[str]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def is_head(metadata: Mapping[str, Any]) -> bool:
    return metadata.get("paragraph") == 1


def article_info(meta: Mapping[str, Any], paragraph_count: int) -> ArticleInfo:
    """An article's public description from one of its paragraphs' metadata (every paragraph
    carries its article's title, source, hash, dek, byline and date)."""
    return ArticleInfo(
        article_id=str(meta["article_id"]),
        title=str(meta.get("title", "")),
        paragraph_count=paragraph_count,
        source=str(meta.get("source", "")),
        content_hash=str(meta.get("content_hash", "")),
        dek=meta.get("dek") or None,
        byline=meta.get("byline") or None,
        date=meta.get("date") or None,
        outlet=meta.get("outlet") or None,
        date_text=meta.get("date_text") or None,
    )


def articles_from_heads(
    heads: Iterable[Mapping[str, Any]], include_rewriting: bool = False
) -> list[ArticleInfo]:
    """Articles from their ¶1 metadata; one flagged as being rewritten is left out unless asked for
    (its ¶1 still describes the article as it was)."""
    infos = [
        article_info(head, int(head.get("paragraph_count", 0)))
        for head in heads
        if include_rewriting or not head.get(WRITING_KEY)
    ]
    return sorted(infos, key=lambda a: (a.title.lower(), a.article_id))


def articles_from_metadata(
    metadatas: Iterable[dict[str, Any]], complete_only: bool = True
) -> list[ArticleInfo]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for meta in metadatas:
        grouped[str(meta["article_id"])].append(dict(meta))
    infos = []
    for metas in grouped.values():
        if complete_only and not is_complete(metas):
            continue
        infos.append(article_info(metas[0], len(metas)))
    return sorted(infos, key=lambda a: (a.title.lower(), a.article_id))


# The metadata that ``is_complete`` reads of each stored paragraph.
COMPLETENESS_KEYS = ("paragraph", "content_hash", "paragraph_count", WRITING_KEY)


def is_complete(metas: Sequence[Mapping[str, Any]]) -> bool:
    """True when an article's stored paragraphs are one whole version of it.

    Every paragraph records its article's content hash and paragraph count; an ingest that died
    part way leaves fewer paragraphs than the count, or paragraphs of two versions.
    """
    if any(m.get(WRITING_KEY) for m in metas):
        return False
    hashes = {m.get("content_hash") for m in metas}
    counts = {m.get("paragraph_count") for m in metas}
    numbers = sorted(int(m["paragraph"]) for m in metas)
    return len(hashes) == 1 and counts == {len(metas)} and numbers == list(range(1, len(metas) + 1))


def incomplete_articles(metadatas: Iterable[dict[str, Any]]) -> set[str]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for meta in metadatas:
        grouped[str(meta["article_id"])].append(meta)
    return {article_id for article_id, metas in grouped.items() if not is_complete(metas)}
