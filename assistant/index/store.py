"""The paragraph index: a Chroma collection, one document per paragraph.

Writes are idempotent: each paragraph carries a hash of its text, so re-ingesting an unchanged
article writes nothing, and a changed article re-embeds only the paragraphs that changed.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..config import Settings
from ..errors import IndexStateError, StoreUnavailableError
from ..types import Article, ArticleInfo, paragraph_id, parse_paragraph_id
from .chroma import (
    check_identity,
    describe_location,
    is_connection_error,
    is_timeout,
    make_client,
    store_error,
)
from .embeddings import SentenceEmbeddings
from .records import (
    SENTENCES_KEY,
    WRITING_KEY,
    StoreChange,
    StoredParagraph,
    WritePlan,
    articles_from_heads,
    articles_from_metadata,
    incomplete_articles,
    is_head,
    text_hash,
)

SCHEMA_VERSION = 1
_WRITE_BATCH = 1000  # below Chroma's maximum batch size
# Collection metadata key set while the index is first built from the corpus folder.
_FIRST_BUILD_PENDING = "first_build_pending"
_READ_PAGE = 5000  # rows per request when reading the whole collection
# Collection metadata key that every write changes, so other processes notice (see ``revision``).
REVISION_KEY = "revision"


@dataclass
class RevisionPin:
    """The store's revision as one question read it (``ParagraphStore.same_revision``), and the
    metadata of the paragraphs it has read since, by article."""

    revision: str
    seen: dict[str, Mapping[str, Any]] = field(default_factory=dict)


class ParagraphStore:
    """Chroma collection of paragraphs, embedded or on a ``chroma run`` server."""

    def __init__(self, settings: Settings, embeddings: SentenceEmbeddings) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self._listeners: list[Callable[[StoreChange], None]] = []
        self._client = make_client(settings)
        identity = {
            "assistant_schema": SCHEMA_VERSION,
            "embedding_model": embeddings.model_name,
        }
        self._identity = identity
        try:
            # Straight through chromadb, as langchain-chroma's ``Chroma`` would create it: importing
            # langchain-chroma costs a one-shot question about a second, for nothing it is used for.
            collection = self._client.get_or_create_collection(
                name=settings.collection,
                embedding_function=None,
                metadata=identity,
                configuration={"hnsw": {"space": "cosine"}},
            )
            stored = dict(collection.metadata or {})
        except Exception as exc:
            raise store_error(exc, settings) from exc
        check_identity(stored, identity, self.location)
        self._collection = collection
        # Partly written articles, left out of dense search: those seen by the last all_paragraphs(),
        # or what the searcher last passed to hide_articles().
        self.incomplete: set[str] = set()
        self.lost = False  # set when the collection has vanished from under us
        self._pinned = threading.local()  # see ``same_revision``

    # ------------------------------------------------------------------ reading

    @property
    def location(self) -> str:
        return describe_location(self.settings)

    @property
    def collection_id(self) -> str:
        """Chroma's id of the collection: a collection deleted and created again gets a new one."""
        return str(self._collection.id)

    def count(self) -> int:
        return self._call(self._collection.count)

    def revision(self) -> str:
        """A token that every write to the collection changes, by this process or any other.

        Chroma has no change counter of its own (outside its distributed version), so each write
        through ``ParagraphStore`` ends by storing a fresh random token in the collection metadata.
        Reading it is one small request, cheap enough to do before every search; within
        ``same_revision`` it is read once.
        """
        pin = self._pin()
        return pin.revision if pin is not None else self._read_revision()

    def _read_revision(self) -> str:
        collection = self._call(
            self._client.get_collection, self.settings.collection, embedding_function=None
        )
        return str((collection.metadata or {}).get(REVISION_KEY, ""))

    @contextmanager
    def same_revision(self, known: RevisionPin | None = None) -> Iterator[RevisionPin]:
        """Read the revision once for the calls made in this block, on this thread.

        One question asks for the revision several times (the keyword index's catch-up, the
        article list, each article's versions and leads), and on a server each read is a
        request. Within one question a write by another process may as well have come just
        after it; a write through this store moves the pin to the new revision (``_changed``).
        Nested blocks share the outer one's pin; ``known`` resumes the pin of an earlier block of
        the same question.
        """
        current = self._pin()
        if current is not None:
            yield current
            return
        self._pinned.pin = known if known is not None else RevisionPin(self._read_revision())
        try:
            yield self._pinned.pin
        finally:
            self._pinned.pin = None

    def _pin(self) -> RevisionPin | None:
        return getattr(self._pinned, "pin", None)

    def metadata_seen(self, article_id: str) -> Mapping[str, Any] | None:
        """The metadata of a paragraph of ``article_id`` that ``paragraphs`` read within the current
        ``same_revision`` pin: every paragraph carries its article's title, dek, byline and date,
        so the question that retrieved it need not read the article's ¶1 again."""
        pin = self._pin()
        return pin.seen.get(article_id) if pin is not None else None

    def add_listener(self, listener: Callable[[StoreChange], None]) -> None:
        """Call ``listener`` after every write made through this store."""
        self._listeners.append(listener)

    def paragraphs(self, keys: Iterable[str]) -> dict[str, StoredParagraph]:
        """The stored paragraphs with these keys (missing keys are left out)."""
        ids = list(dict.fromkeys(keys))
        found: dict[str, StoredParagraph] = {}
        for lo in range(0, len(ids), _READ_PAGE):
            got = self._call(
                self._collection.get, ids=ids[lo : lo + _READ_PAGE], include=["documents", "metadatas"]
            )
            for doc, m in zip(got["documents"] or [], got["metadatas"] or [], strict=True):
                row = StoredParagraph(str(m["article_id"]), int(m["paragraph"]), doc or "", dict(m))
                found[row.key] = row
        pin = self._pin()
        if pin is not None:  # within a question: see ``metadata_seen``
            for row in found.values():
                pin.seen.setdefault(row.article_id, row.metadata)
        return found

    def iter_paragraphs(self, with_text: bool = True) -> Iterator[list[StoredParagraph]]:
        """Every stored paragraph, a page at a time; without text, only keys and metadata are read."""
        include = ["documents", "metadatas"] if with_text else ["metadatas"]
        offset = 0
        while True:
            got = self._call(self._collection.get, include=include, limit=_READ_PAGE, offset=offset)
            metas = got["metadatas"] or []
            docs = got["documents"] if with_text else None
            texts = [(doc or "") for doc in docs] if docs else [""] * len(metas)
            yield [
                StoredParagraph(str(m["article_id"]), int(m["paragraph"]), text, dict(m))
                for text, m in zip(texts, metas, strict=True)
            ]
            if len(metas) < _READ_PAGE:
                return
            offset += _READ_PAGE

    def all_paragraphs(self) -> list[StoredParagraph]:
        """Every paragraph of every complete article (text and metadata, no vectors), in article / ¶ order.

        Paragraphs of an article that is only partly written (an ingest was killed, or another
        process is writing it) are left out, and their articles remembered so that dense search
        leaves them out too: an article is searchable whole or not at all.
        """
        rows = [row for page in self.iter_paragraphs() for row in page]
        incomplete = incomplete_articles(r.metadata for r in rows)
        self.incomplete = incomplete
        rows = [r for r in rows if r.article_id not in incomplete]
        return sorted(rows, key=lambda r: (r.article_id, r.paragraph))

    def article_paragraphs(self, article_id: str) -> list[StoredParagraph]:
        got = self._call(
            self._collection.get, where={"article_id": article_id}, include=["documents", "metadatas"]
        )
        rows = [
            StoredParagraph(article_id, int(m["paragraph"]), doc or "", dict(m))
            for doc, m in zip(got["documents"] or [], got["metadatas"] or [], strict=True)
        ]
        return sorted(rows, key=lambda r: r.paragraph)

    def paragraphs_of_articles(self, article_ids: Iterable[str]) -> dict[str, list[StoredParagraph]]:
        """``{article id: its stored paragraphs}`` for these articles (those with none are left out)."""
        ids = sorted(set(article_ids))
        found: dict[str, list[StoredParagraph]] = {}
        for lo in range(0, len(ids), 100):
            got = self._call(
                self._collection.get,
                where=_article_filter(ids[lo : lo + 100]),
                include=["documents", "metadatas"],
            )
            for doc, m in zip(got["documents"] or [], got["metadatas"] or [], strict=True):
                row = StoredParagraph(str(m["article_id"]), int(m["paragraph"]), doc or "", dict(m))
                found.setdefault(row.article_id, []).append(row)
        return found

    def article_info(self, article_id: str, complete_only: bool = True) -> ArticleInfo | None:
        """One indexed article's metadata, or None if it is not in the index (or only partly)."""
        got = self._call(self._collection.get, where={"article_id": article_id}, include=["metadatas"])
        infos = articles_from_metadata(got["metadatas"] or [], complete_only)
        return infos[0] if infos else None

    def articles(self, complete_only: bool = True) -> list[ArticleInfo]:
        """One entry per indexed article, sorted by title; partly written ones only if asked for.

        The default reads each article's ¶1 only (written last, see ``apply_writes``); asking for
        partly written articles too reads every paragraph's metadata.
        """
        if complete_only:
            return articles_from_heads(self.article_heads().values())
        metas = [m for page in self._pages(None) for m in page]
        return articles_from_metadata(metas, complete_only=False)

    def article_catalog(self) -> list[ArticleInfo]:
        """Every article with a ¶1, including one being rewritten, from the ¶1s alone: what the
        ingest guard checks new files against, without reading every paragraph's metadata. (An
        article cut short before its ¶1 was first written is not in it; the next ingest of its
        file completes it.)"""
        return articles_from_heads(self.article_heads().values(), include_rewriting=True)

    def first_build_pending(self) -> bool:
        """True while a first build from the corpus folder has started and not finished."""
        return bool(self._stored_metadata().get(_FIRST_BUILD_PENDING))

    def mark_first_build(self, pending: bool) -> None:
        metadata = self._stored_metadata() | {_FIRST_BUILD_PENDING: pending}
        self._call(self._collection.modify, metadata=metadata)  # Chroma replaces the whole metadata

    def _stored_metadata(self) -> dict[str, Any]:
        collection = self._call(
            self._client.get_collection, self.settings.collection, embedding_function=None
        )
        return dict(collection.metadata or {})

    def article_heads(self, article_ids: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
        """``{article id: metadata of its ¶1}`` for these articles (default: all).

        ¶1 carries the article's metadata (title, source, content hash, paragraph count) and is
        written last (see ``apply_writes``), so it tells whether an article is stored completely
        and unchanged at a twentieth of the cost of reading all its paragraphs.
        """
        heads: dict[str, dict[str, Any]] = {}
        if article_ids is None:
            where: dict[str, Any] = {"paragraph": 1}
            for page in self._pages(where):
                heads.update((str(m["article_id"]), dict(m)) for m in page)
            return heads
        # By id (¶1's is known), not by a metadata filter: a key look-up stays fast at any size.
        ids = [paragraph_id(a, 1) for a in dict.fromkeys(article_ids)]
        for lo in range(0, len(ids), _READ_PAGE):
            got = self._call(self._collection.get, ids=ids[lo : lo + _READ_PAGE], include=["metadatas"])
            heads.update((str(m["article_id"]), dict(m)) for m in got["metadatas"] or [] if is_head(m))
        return heads

    def _pages(self, where: dict[str, Any] | None) -> Iterator[list[dict[str, Any]]]:
        offset = 0
        while True:
            got = self._call(
                self._collection.get, where=where, include=["metadatas"], limit=_READ_PAGE, offset=offset
            )
            metas = got["metadatas"] or []
            yield metas
            if len(metas) < _READ_PAGE:
                return
            offset += _READ_PAGE

    def hide_articles(self, article_ids: Iterable[str]) -> None:
        """Leave these (partly written) articles out of ``dense_search`` until told otherwise."""
        self.incomplete = set(article_ids)

    def dense_search(
        self, query_vector: np.ndarray, k: int, article_ids: Sequence[str] | None = None
    ) -> list[tuple[str, float]]:
        """``(paragraph key, cosine similarity)`` of the k nearest paragraphs."""
        where = _article_filter(article_ids)
        result = self._call(
            self._collection.query,
            query_embeddings=[query_vector.tolist()],
            n_results=k,
            where=where,
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = result["distances"][0] if result["distances"] else [1.0] * len(ids)
        return [
            (pid, 1.0 - float(d))
            for pid, d in zip(ids, distances, strict=True)
            if parse_paragraph_id(pid)[0] not in self.incomplete
        ]

    # ------------------------------------------------------------------ writing

    def plan_write(self, article: Article, heads: Mapping[str, Mapping[str, Any]] | None = None) -> WritePlan:
        """Work out what storing ``article`` needs: only paragraphs whose text changed are embedded.

        ``heads`` (from ``article_heads``, prefetched for a batch) saves reading the article's
        paragraphs when it is new, or stored completely and unchanged.
        """
        if heads is not None:
            head = heads.get(article.article_id)
            if head is None:
                return self._plan_paragraphs(article, {})
            if (
                not head.get(WRITING_KEY)
                and head.get("content_hash") == article.content_hash
                and head.get("paragraph_count") == len(article.paragraphs)
                and head.get("source") == article.source
            ):
                return WritePlan(article.article_id, "unchanged")
        existing = {p.paragraph: p for p in self.article_paragraphs(article.article_id)}
        if (
            existing
            and all(p.metadata.get("content_hash") == article.content_hash for p in existing.values())
            and len(existing) == len(article.paragraphs)
        ):
            plan = WritePlan(article.article_id, "unchanged")
            if any(p.metadata.get("source") != article.source for p in existing.values()):
                plan.update_ids = [p.key for p in existing.values()]
                plan.update_metas = [p.metadata | {"source": article.source} for p in existing.values()]
            return plan
        return self._plan_paragraphs(article, existing)

    def _plan_paragraphs(self, article: Article, existing: dict[int, StoredParagraph]) -> WritePlan:
        plan = WritePlan(article.article_id, "updated" if existing else "added")
        meta_base = {
            "article_id": article.article_id,
            "title": article.title,
            "dek": article.dek or "",
            "byline": article.byline or "",
            "date": article.date or "",
            "outlet": article.outlet or "",
            "date_text": article.date_text or "",
            "source": article.source,
            "content_hash": article.content_hash,
            "paragraph_count": len(article.paragraphs),
            WRITING_KEY: False,
        }
        head = existing.get(1)
        if head is not None:
            plan.old_head = dict(head.metadata)
        for para in article.paragraphs:
            pid = paragraph_id(article.article_id, para.number)
            meta = meta_base | {
                "paragraph": para.number,
                "start": para.start,
                "end": para.end,
                "text_hash": text_hash(para.text),
            }
            old = existing.get(para.number)
            if old is not None and old.metadata.get("text_hash") == meta["text_hash"]:
                plan.update_ids.append(pid)
                plan.update_metas.append(meta)
            else:
                plan.embed_ids.append(pid)
                plan.embed_texts.append(para.text)
                plan.embed_metas.append(meta)
        plan.stale_ids = [
            paragraph_id(article.article_id, n) for n in existing if n > len(article.paragraphs)
        ]
        return plan

    def apply_writes(self, plans: Sequence[WritePlan], show_progress: bool = False) -> None:
        """Carry out write plans, embedding all their new paragraphs in one pass.

        One pass over many articles lets the encoder batch paragraphs of similar length, which
        is about twice as fast as embedding article by article. Every article's ¶1 is written
        last, after its other paragraphs and deletions: ¶1 is what ``article_heads`` reads, so an
        interrupted write leaves the article looking changed, and the next ingest repairs it.
        """
        touched = frozenset(i for p in plans for i in (*p.embed_ids, *p.update_ids, *p.stale_ids))
        if not touched:
            return
        before = self._read_revision()
        embed = [
            (i, t, m)
            for p in plans
            for i, t, m in zip(p.embed_ids, p.embed_texts, p.embed_metas, strict=True)
        ]
        update = [(i, m) for p in plans for i, m in zip(p.update_ids, p.update_metas, strict=True)]
        vectors, sentences = self.embeddings.encode_paragraphs(
            [t for _, t, _ in embed], show_progress=show_progress
        )
        # Always set: Chroma merges metadata on upsert, so a missing key would keep stale vectors.
        embed = [
            (i, t, m | {SENTENCES_KEY: found.pack() if found is not None else ""})
            for (i, t, m), found in zip(embed, sentences, strict=True)
        ]
        # An article being rewritten is flagged on its old ¶1 first, so that a write cut short
        # leaves it visibly unfinished (hidden from readers, redone by the next ingest).
        flagged = [
            (paragraph_id(p.article_id, 1), p.old_head | {WRITING_KEY: True}) for p in plans if p.old_head
        ]
        self._update(flagged)
        rows = [(i, t, m, v) for (i, t, m), v in zip(embed, vectors, strict=True)]
        for heads in (False, True):
            self._upsert([r for r in rows if is_head(r[2]) is heads])
            self._update([u for u in update if is_head(u[1]) is heads])
            if not heads:
                stale = [i for p in plans for i in p.stale_ids]
                if stale:
                    self._call(self._collection.delete, ids=stale)
        self._changed(before, touched)

    def _upsert(self, rows: list[tuple[str, str, dict[str, Any], np.ndarray]]) -> None:
        for lo in range(0, len(rows), _WRITE_BATCH):
            batch = rows[lo : lo + _WRITE_BATCH]
            self._call(
                self._collection.upsert,
                ids=[r[0] for r in batch],
                documents=[r[1] for r in batch],
                metadatas=[r[2] for r in batch],
                embeddings=np.stack([r[3] for r in batch]),
            )

    def _update(self, rows: list[tuple[str, dict[str, Any]]]) -> None:
        for lo in range(0, len(rows), _WRITE_BATCH):
            batch = rows[lo : lo + _WRITE_BATCH]
            self._call(self._collection.update, ids=[r[0] for r in batch], metadatas=[r[1] for r in batch])

    def write_article(self, article: Article) -> WritePlan:
        """Insert or update one article (see ``plan_write``); returns what was done."""
        plan = self.plan_write(article)
        self.apply_writes([plan])
        return plan

    def delete_article(self, article_id: str) -> int:
        """Remove every paragraph of an article; returns how many were removed."""
        ids = self._call(self._collection.get, where={"article_id": article_id}, include=[])["ids"]
        if ids:
            before = self._read_revision()
            self._call(self._collection.delete, ids=ids)
            self._changed(before, frozenset(ids))
        return len(ids)

    def _changed(self, before: str, keys: frozenset[str]) -> None:
        """Record a write: a new revision for other processes, a notice for this one's listeners."""
        after = uuid.uuid4().hex
        # Chroma replaces the whole metadata: keep what else is there (the first-build mark).
        metadata = self._stored_metadata() | self._identity | {REVISION_KEY: after}
        self._call(self._collection.modify, metadata=metadata)
        pin = self._pin()
        if pin is not None:  # what was read before the write may be out of date now
            pin.revision, pin.seen = after, {}
        change = StoreChange(before, after, keys)
        for listener in self._listeners:
            listener(change)

    # ------------------------------------------------------------------ errors

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        from chromadb.errors import NotFoundError

        try:
            return fn(*args, **kwargs)
        except NotFoundError as exc:
            self.lost = True  # the Assistant opens the store afresh on its next call
            raise IndexStateError(
                f"The collection {self.settings.collection!r} is gone from the {self.location} "
                "(deleted, or the server restarted without its data). The next call starts a new "
                "collection and fills it from the corpus folder; ingest articles kept elsewhere again."
            ) from exc
        except Exception as exc:
            if is_timeout(exc):
                raise StoreUnavailableError(
                    f"The {self.location} did not answer within {self.settings.chroma_timeout:g} s "
                    "(ASSISTANT_CHROMA_TIMEOUT). Check that it is running and not overloaded."
                ) from exc
            if is_connection_error(exc):
                raise StoreUnavailableError(
                    f"Lost the connection to {self.location} ({exc}). Check that it is running."
                ) from exc
            raise


def _article_filter(article_ids: Sequence[str] | None) -> dict[str, Any] | None:
    if not article_ids:
        return None
    ids = list(article_ids)
    return {"article_id": ids[0]} if len(ids) == 1 else {"article_id": {"$in": ids}}
