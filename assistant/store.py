"""The paragraph index: a Chroma collection (through langchain-chroma), one document per paragraph.

Writes are idempotent: each paragraph carries a hash of its text, so re-ingesting an unchanged
article writes nothing, and a changed article re-embeds only the paragraphs that changed.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .config import Settings
from .embeddings import SentenceEmbeddings
from .errors import IndexStateError, StoreUnavailableError
from .types import Article, ArticleInfo, paragraph_id

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
_WRITE_BATCH = 1000  # below Chroma's maximum batch size
# Collection metadata key set while the index is first built from the corpus folder.
_FIRST_BUILD_PENDING = "first_build_pending"


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


@dataclass(slots=True)
class WritePlan:
    """What storing one article changes: paragraphs to embed, metadata to refresh, ids to drop."""

    article_id: str
    status: str  # "added" | "updated" | "unchanged"
    embed_ids: list[str] = field(default_factory=list)
    embed_texts: list[str] = field(default_factory=list)
    embed_metas: list[dict[str, Any]] = field(default_factory=list)
    update_ids: list[str] = field(default_factory=list)
    update_metas: list[dict[str, Any]] = field(default_factory=list)
    stale_ids: list[str] = field(default_factory=list)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class ParagraphStore:
    """Chroma collection of paragraphs, embedded or on a ``chroma run`` server."""

    def __init__(self, settings: Settings, embeddings: SentenceEmbeddings) -> None:
        from langchain_chroma import Chroma

        self.settings = settings
        self.embeddings = embeddings
        self._client = _make_client(settings)
        identity = {
            "assistant_schema": SCHEMA_VERSION,
            "embedding_model": embeddings.model_name,
        }
        try:
            self.vectorstore = Chroma(
                collection_name=settings.collection,
                embedding_function=embeddings,
                client=self._client,
                collection_metadata=identity,
                collection_configuration={"hnsw": {"space": "cosine"}},
            )
            collection = self.vectorstore._collection
            stored = dict(collection.metadata or {})
        except Exception as exc:
            raise store_error(exc, settings) from exc
        _check_identity(stored, identity, self.location)
        self._collection = collection
        self.incomplete: set[str] = set()  # partly written articles seen by the last all_paragraphs()
        self.lost = False  # set when the collection has vanished from under us

    # ------------------------------------------------------------------ reading

    @property
    def location(self) -> str:
        return describe_location(self.settings)

    def count(self) -> int:
        return self._call(self._collection.count)

    def all_paragraphs(self) -> list[StoredParagraph]:
        """Every paragraph of every complete article (text and metadata, no vectors), in article / ¶ order.

        Paragraphs of an article that is only partly written (an ingest was killed, or another
        process is writing it) are left out, and their articles remembered so that dense search
        leaves them out too: an article is searchable whole or not at all.
        """
        got = self._call(self._collection.get, include=["documents", "metadatas"])
        rows = [
            StoredParagraph(str(m["article_id"]), int(m["paragraph"]), doc or "", dict(m))
            for doc, m in zip(got["documents"] or [], got["metadatas"] or [], strict=True)
        ]
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

    def article_info(self, article_id: str, complete_only: bool = True) -> ArticleInfo | None:
        """One indexed article's metadata, or None if it is not in the index (or only partly)."""
        got = self._call(self._collection.get, where={"article_id": article_id}, include=["metadatas"])
        infos = articles_from_metadata(got["metadatas"] or [], complete_only)
        return infos[0] if infos else None

    def articles(self, complete_only: bool = True) -> list[ArticleInfo]:
        """One entry per indexed article, sorted by title; partly written ones only if asked for."""
        got = self._call(self._collection.get, include=["metadatas"])
        return articles_from_metadata(got["metadatas"] or [], complete_only)

    def first_build_pending(self) -> bool:
        """True while a first build from the corpus folder has started and not finished."""
        return bool(self._stored_metadata().get(_FIRST_BUILD_PENDING))

    def mark_first_build(self, pending: bool) -> None:
        metadata = self._stored_metadata() | {_FIRST_BUILD_PENDING: pending}
        self._call(self._collection.modify, metadata=metadata)  # Chroma replaces the whole metadata

    def _stored_metadata(self) -> dict[str, Any]:
        collection = self._call(self._client.get_collection, self.settings.collection)
        return dict(collection.metadata or {})

    def dense_search(
        self, query_vector: np.ndarray, k: int, article_ids: Sequence[str] | None = None
    ) -> list[tuple[str, float]]:
        """``(paragraph key, cosine similarity)`` of the k nearest paragraphs."""
        where = _article_filter(article_ids)
        n = min(k, self.count())
        if n == 0:
            return []
        result = self._call(
            self._collection.query,
            query_embeddings=[query_vector.tolist()],
            n_results=n,
            where=where,
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = result["distances"][0] if result["distances"] else [1.0] * len(ids)
        return [
            (pid, 1.0 - float(d))
            for pid, d in zip(ids, distances, strict=True)
            if pid.rpartition("#")[0] not in self.incomplete
        ]

    # ------------------------------------------------------------------ writing

    def plan_write(self, article: Article) -> WritePlan:
        """Work out what storing ``article`` needs: only paragraphs whose text changed are embedded."""
        existing = {p.paragraph: p for p in self.article_paragraphs(article.article_id)}
        plan = WritePlan(article.article_id, "updated" if existing else "added")
        meta_base = {
            "article_id": article.article_id,
            "title": article.title,
            "dek": article.dek or "",
            "byline": article.byline or "",
            "date": article.date or "",
            "source": article.source,
            "content_hash": article.content_hash,
            "paragraph_count": len(article.paragraphs),
        }
        if (
            existing
            and all(p.metadata.get("content_hash") == article.content_hash for p in existing.values())
            and len(existing) == len(article.paragraphs)
        ):
            plan.status = "unchanged"
            if any(p.metadata.get("source") != article.source for p in existing.values()):
                plan.update_ids = [p.key for p in existing.values()]
                plan.update_metas = [p.metadata | {"source": article.source} for p in existing.values()]
            return plan
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
        is about twice as fast as embedding article by article.
        """
        ids = [i for p in plans for i in p.embed_ids]
        if ids:
            texts = [t for p in plans for t in p.embed_texts]
            metas = [m for p in plans for m in p.embed_metas]
            vectors = self.embeddings.encode(texts, show_progress=show_progress)
            for lo in range(0, len(ids), _WRITE_BATCH):
                hi = lo + _WRITE_BATCH
                self._call(
                    self._collection.upsert,
                    ids=ids[lo:hi],
                    documents=texts[lo:hi],
                    metadatas=metas[lo:hi],
                    embeddings=vectors[lo:hi],
                )
        update_ids = [i for p in plans for i in p.update_ids]
        update_metas = [m for p in plans for m in p.update_metas]
        for lo in range(0, len(update_ids), _WRITE_BATCH):
            hi = lo + _WRITE_BATCH
            self._call(self._collection.update, ids=update_ids[lo:hi], metadatas=update_metas[lo:hi])
        stale = [i for p in plans for i in p.stale_ids]
        if stale:
            self._call(self._collection.delete, ids=stale)

    def write_article(self, article: Article) -> WritePlan:
        """Insert or update one article (see ``plan_write``); returns what was done."""
        plan = self.plan_write(article)
        self.apply_writes([plan])
        return plan

    def delete_article(self, article_id: str) -> int:
        """Remove every paragraph of an article; returns how many were removed."""
        ids = self._call(self._collection.get, where={"article_id": article_id}, include=[])["ids"]
        if ids:
            self._call(self._collection.delete, ids=ids)
        return len(ids)

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
            if _is_timeout(exc):
                raise StoreUnavailableError(
                    f"The {self.location} did not answer within {self.settings.chroma_timeout:g} s "
                    "(ASSISTANT_CHROMA_TIMEOUT). Check that it is running and not overloaded."
                ) from exc
            if _is_connection_error(exc):
                raise StoreUnavailableError(
                    f"Lost the connection to {self.location} ({exc}). Check that it is running."
                ) from exc
            raise


def _make_client(settings: Settings) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.chroma_host:
            _check_reachable(settings)
            client = chromadb.HttpClient(
                host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
            )
            _limit_request_time(client, settings.chroma_timeout)
            return client
        index_dir = Path(settings.index_dir)
        if index_dir.exists() and not index_dir.is_dir():
            raise IndexStateError(f"ASSISTANT_INDEX_DIR={index_dir} is a file, not a folder.")
        index_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(index_dir), settings=chroma_settings)
    except IndexStateError:
        raise
    except Exception as exc:
        raise store_error(exc, settings) from exc


def _check_reachable(settings: Settings) -> None:
    """One heartbeat with a timeout, so that opening a hung server fails instead of waiting forever."""
    import httpx

    url = f"http://{settings.chroma_host}:{settings.chroma_port}/api/v2/heartbeat"
    httpx.get(url, timeout=settings.chroma_timeout)


def _limit_request_time(client: Any, seconds: float) -> None:
    """Give chromadb's HTTP session a timeout: it is created with none, so a hung server hangs every call."""
    import httpx

    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(seconds)
    else:  # pragma: no cover - only if chromadb changes how it holds its session
        log.warning("Could not set a timeout on the Chroma HTTP client; a hung server may block calls.")


def describe_location(settings: Settings) -> str:
    if settings.chroma_host:
        return f"Chroma server {settings.chroma_host}:{settings.chroma_port}"
    return f"index folder {settings.index_dir}"


def store_error(exc: Exception, settings: Settings) -> Exception:
    """Turn a Chroma failure on open into an error that says what to do."""
    where = describe_location(settings)
    if _is_connection_error(exc):
        return StoreUnavailableError(
            f"Cannot reach the {where} ({exc}). Start it with `chroma run --path DIR "
            f"--host {settings.chroma_host} --port {settings.chroma_port}`, or unset "
            "ASSISTANT_CHROMA_HOST to use the embedded index."
        )
    return IndexStateError(
        f"Cannot open the {where}: {type(exc).__name__}: {exc}. It may be corrupt or written by "
        "an incompatible Chroma version. Nothing was changed: move the folder aside (or run "
        "`assistant rebuild`) and the index will be rebuilt from your articles."
    )


def _check_identity(stored: dict[str, Any], expected: dict[str, Any], location: str) -> None:
    schema = stored.get("assistant_schema")
    if schema is None:
        raise IndexStateError(
            f"The {location} holds a collection that this assistant did not create. Choose another "
            "ASSISTANT_COLLECTION or ASSISTANT_INDEX_DIR."
        )
    if schema != expected["assistant_schema"]:
        raise IndexStateError(
            f"The {location} was written by index schema v{schema}; this version reads "
            f"v{expected['assistant_schema']}. Run `assistant rebuild` to rebuild it from your articles."
        )
    if stored.get("embedding_model") != expected["embedding_model"]:
        raise IndexStateError(
            f"The {location} was embedded with {stored.get('embedding_model')!r}, but "
            f"ASSISTANT_EMBEDDING_MODEL is {expected['embedding_model']!r}. Set it back, or run "
            "`assistant rebuild` to re-embed every article with the new model."
        )


def _article_filter(article_ids: Sequence[str] | None) -> dict[str, Any] | None:
    if not article_ids:
        return None
    ids = list(article_ids)
    return {"article_id": ids[0]} if len(ids) == 1 else {"article_id": {"$in": ids}}


def articles_from_metadata(
    metadatas: Iterable[dict[str, Any]], complete_only: bool = True
) -> list[ArticleInfo]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for meta in metadatas:
        grouped[str(meta["article_id"])].append(dict(meta))
    infos = []
    for article_id, metas in grouped.items():
        if complete_only and not is_complete(metas):
            continue
        first = metas[0]
        infos.append(
            ArticleInfo(
                article_id=article_id,
                title=str(first.get("title", "")),
                paragraphs=len(metas),
                source=str(first.get("source", "")),
                content_hash=str(first.get("content_hash", "")),
                dek=first.get("dek") or None,
                byline=first.get("byline") or None,
                date=first.get("date") or None,
            )
        )
    return sorted(infos, key=lambda a: (a.title.lower(), a.article_id))


def is_complete(metas: Sequence[dict[str, Any]]) -> bool:
    """True when an article's stored paragraphs are one whole version of it.

    Every paragraph records its article's content hash and paragraph count; an ingest that died
    part way leaves fewer paragraphs than the count, or paragraphs of two versions.
    """
    hashes = {m.get("content_hash") for m in metas}
    counts = {m.get("paragraph_count") for m in metas}
    numbers = sorted(int(m["paragraph"]) for m in metas)
    return len(hashes) == 1 and counts == {len(metas)} and numbers == list(range(1, len(metas) + 1))


def incomplete_articles(metadatas: Iterable[dict[str, Any]]) -> set[str]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for meta in metadatas:
        grouped[str(meta["article_id"])].append(meta)
    return {article_id for article_id, metas in grouped.items() if not is_complete(metas)}


def _is_timeout(exc: BaseException) -> bool:
    import httpx

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, httpx.TimeoutException):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _is_connection_error(exc: BaseException) -> bool:
    import httpx

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, (httpx.ConnectError, httpx.TimeoutException, ConnectionError)):
            return True
        if "Could not connect to" in str(seen) or "Connection refused" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
