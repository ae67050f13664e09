"""Ingest on a Ray cluster: parsing in Ray tasks, embedding in an actor pool, writes into a Chroma server.

The same steps as the single-process ingest, run by the same code, only spread out:

1. Ray tasks read and parse the files and work out each article's write plan (``prepare_write``:
   the unchanged check reads the store, so an unchanged article costs nothing further).
2. The driver checks the new and changed articles against the index (``IngestGuard``: same id
   with other text, same text under another id), in file order, as the single-process ingest does.
3. An actor pool embeds and writes the admitted articles, a batch of whole articles per call, with
   ``ParagraphStore.apply_writes``: each actor loads the model once, and each article's ¶1 is
   written last, so an article becomes visible only when it is complete.

A worker killed mid-batch is retried by Ray Data (actors restart, their tasks are retried): ids are
deterministic and writes are upserts, so the retry writes the same rows again and nothing doubles;
until it has, the article cut short has no ¶1 (or one flagged as being rewritten) and stays hidden.

Only a Chroma server can be written from many processes and machines, so one is required.
"""

from __future__ import annotations

import contextlib
import logging
import math
import pickle
import socket
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from ..config import Settings
from ..errors import ArticleError, AssistantError, ClusterError, ConfigError
from ..index.embeddings import SentenceEmbeddings
from ..index.records import WritePlan
from ..index.store import ParagraphStore
from ..types import Article
from .article import article_id_for
from .prepare import FileOutcomes, crash_reason, prepare_write

log = logging.getLogger(__name__)

# What the workers need to load the packaged model and never reach for a hub.
WORKER_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
# Set for the job and for each step too (a Python caller may have joined the cluster without it).
_WORKER_RUNTIME_ENV = {"env_vars": WORKER_ENV}
_CONNECT_TIMEOUT = 5.0

Admit = Callable[[Article, Path], bool]


class RayIngest:
    """One ingest run on a Ray cluster (see the module docstring)."""

    def __init__(self, settings: Settings, address: str, progress: bool = False) -> None:
        self.settings = settings
        self.address = address.strip() or settings.ray_address or "auto"
        self.progress = progress

    def run(self, files: list[Path], outcomes: FileOutcomes, admit: Admit) -> None:
        """Ingest ``files`` (unique article ids), recording results in ``outcomes``.

        ``admit`` is the driver's guard check for a new or changed article.
        """
        ray = _import_ray()
        self._check_store()
        if not files:
            return
        # Ray prints its cluster's notices (a worker died and is retried) on stdout: they go to
        # stderr, so that stdout holds only what the caller prints (`assistant ingest --json`).
        with contextlib.redirect_stdout(sys.stderr):
            joined = not ray.is_initialized()  # a Python caller may have joined a cluster already
            if joined:
                self._connect(ray)
            try:
                self._run_reporting_errors(ray, files, outcomes, admit)
            finally:
                if joined:
                    ray.shutdown()

    def _run_reporting_errors(
        self, ray: Any, files: list[Path], outcomes: FileOutcomes, admit: Admit
    ) -> None:
        try:
            self._run(ray, files, outcomes, admit)
        except AssistantError:
            raise
        except Exception as exc:
            cause = _assistant_cause(exc)
            if cause is not None:
                raise cause from exc
            raise ClusterError(
                f"The ingest on the Ray cluster at {self.address} failed: {type(exc).__name__}: {exc}. "
                "Nothing half-written is visible; run the same ingest again to finish it."
            ) from exc

    def _run(self, ray: Any, files: list[Path], outcomes: FileOutcomes, admit: Admit) -> None:
        report = outcomes.report
        paths = [str(p.resolve()) for p in files]
        # One block per batch of articles, kept whole through both steps (batch_size=None): a task
        # parses a block, and an embedding actor writes it (Ray Data would otherwise merge small blocks).
        blocks = math.ceil(len(paths) / self.settings.ray_batch_articles)
        prepared = (
            ray.data.from_items([{"path": p} for p in paths], override_num_blocks=blocks)
            .map_batches(
                _prepare_batch,
                fn_kwargs={"settings": self.settings},
                batch_size=None,
                num_cpus=1,
                runtime_env=_WORKER_RUNTIME_ENV,
            )
            .materialize()
        )
        light = ["path", "article", "status", "touches", "error", "crashed"]
        rows = {row["path"]: row for row in prepared.select_columns(light).iter_rows()}
        statuses: dict[str, str] = {}
        to_write: set[str] = set()
        for path, resolved in zip(files, paths, strict=True):
            outcomes.tried_file(path)
            row = rows[resolved]
            if row["error"]:
                outcomes.failed(path, str(row["error"]), crashed=bool(row["crashed"]))
                continue
            article: Article = pickle.loads(row["article"])
            if row["status"] != "unchanged" and not admit(article, path):
                continue
            statuses[resolved] = str(row["status"])
            if row["touches"]:
                to_write.add(resolved)
        if to_write:
            embedders = min(self._embedders(ray), blocks)
            # The writers skip the rows not to write themselves: a filter step would need a CPU of
            # its own, which a pool holding every CPU of the cluster never gives back.
            written = (
                prepared.map_batches(
                    ParagraphWriter,
                    fn_constructor_kwargs={"settings": self.settings},
                    fn_kwargs={"to_write": to_write},
                    batch_size=None,
                    compute=ray.data.ActorPoolStrategy(size=embedders),
                    num_cpus=1,
                    runtime_env=_WORKER_RUNTIME_ENV,
                )
                .select_columns(["path"])
                .take_all()
            )
            missing = to_write - {row["path"] for row in written}
            if missing:  # pragma: no cover - Ray Data returns every batch or raises
                raise ClusterError(f"The cluster lost the writes of {len(missing)} articles; run it again.")
        for resolved, status in statuses.items():
            getattr(report, status).append(article_id_for(resolved))

    def _embedders(self, ray: Any) -> int:
        cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        wanted = self.settings.ray_embedders or cpus
        if wanted > cpus:  # the pool would wait forever for CPUs the cluster does not have
            log.warning("ASSISTANT_RAY_EMBEDDERS=%d, but the cluster has %d CPUs", wanted, cpus)
        return min(wanted, cpus)

    def _check_store(self) -> None:
        if not self.settings.chroma_host:
            raise ConfigError(
                "Ingest on Ray writes into a Chroma server, which every worker can reach; the index "
                "folder cannot be shared. Start one (`chroma run --host 0.0.0.0 --port 8000 --path "
                "DIR`) and set ASSISTANT_CHROMA_HOST and ASSISTANT_CHROMA_PORT (see docs/chroma-server.md)."
            )

    def _connect(self, ray: Any) -> None:
        """Join the cluster, failing fast with what to do when it is not there."""
        where = f"--ray {self.address} / ASSISTANT_RAY_ADDRESS"
        target = _resolved_address(ray, self.address)
        host, _, port = target.rpartition(":")
        if host and port.isdigit() and "://" not in target:
            # ray.init waits for minutes (and retries forever) on a head that does not answer.
            try:
                socket.create_connection((host.strip("[]"), int(port)), timeout=_CONNECT_TIMEOUT).close()
            except OSError as exc:
                resolved = f" (Ray resolves it to {target})" if target != self.address else ""
                raise ClusterError(
                    f"No Ray cluster answers at {self.address}{resolved}: {exc.strerror or exc}. Start "
                    f"its head node with `ray start --head --port {port}`, or correct the address ({where})."
                ) from exc
        from ray.data import DataContext

        try:
            ray.init(
                address=self.address,
                runtime_env=_WORKER_RUNTIME_ENV,
                logging_level=logging.WARNING,
                log_to_driver=False,
                configure_logging=False,
            )
        except (ConnectionError, RuntimeError, ValueError, TimeoutError) as exc:
            raise ClusterError(
                f"Could not join the Ray cluster at {self.address}: {exc}. Start one with "
                f"`ray start --head`, or give the head node's host:port ({where})."
            ) from exc
        context = DataContext.get_current()
        context.enable_progress_bars = self.progress
        context.print_on_execution_start = False


class ParagraphWriter:
    """A Ray actor that embeds and writes batches of whole articles; loads the model once."""

    def __init__(self, settings: Settings) -> None:
        embeddings = SentenceEmbeddings(
            settings.embedding_model,
            settings.embedding_batch_size,
            settings.embedding_backend,
            settings.model_cache_dir,
        )
        _ = embeddings.model  # load now, once per actor, not in the first batch
        self.store = ParagraphStore(settings, embeddings)

    def __call__(self, batch: dict[str, np.ndarray], to_write: set[str]) -> dict[str, np.ndarray]:
        chosen = [i for i, path in enumerate(batch["path"]) if str(path) in to_write]
        plans: list[WritePlan] = [pickle.loads(batch["plan"][i]) for i in chosen]
        self.store.apply_writes(plans)
        return {"path": _column([str(batch["path"][i]) for i in chosen])}


def _prepare_batch(batch: dict[str, np.ndarray], settings: Settings) -> dict[str, np.ndarray]:
    """A Ray task: parse these files and plan their writes (see ``prepare_write``)."""
    store = ParagraphStore(settings, SentenceEmbeddings(settings.embedding_model))  # reads only
    paths = [Path(str(p)) for p in batch["path"]]
    heads = store.article_heads([article_id_for(p) for p in paths])
    out: dict[str, list[Any]] = {k: [] for k in ("article", "status", "touches", "plan", "error", "crashed")}
    for path in paths:
        article_blob = plan_blob = b""
        status = error = ""
        touches = crashed = False
        try:
            article, plan = prepare_write(path, settings, store, heads)
            # The driver's checks need the article's id, hash and source, not its paragraphs.
            article_blob = pickle.dumps(_without_paragraphs(article))
            plan_blob = pickle.dumps(plan)
            status = plan.status
            touches = bool(plan.embed_ids or plan.update_ids or plan.stale_ids)
        except ArticleError as exc:
            error = exc.reason
        except Exception as exc:  # a parser bug must not sink the batch (a store outage does)
            if isinstance(exc, AssistantError):
                raise
            log.exception("Failed to ingest %s", path)
            error, crashed = crash_reason(exc), True
        for key, value in zip(
            ("article", "status", "touches", "plan", "error", "crashed"),
            (article_blob, status, touches, plan_blob, error, crashed),
            strict=True,
        ):
            out[key].append(value)
    return {"path": batch["path"], **{k: _column(v) for k, v in out.items()}}


def _column(values: list[Any]) -> np.ndarray:
    column = np.empty(len(values), dtype=object)
    column[:] = values
    return column


def _without_paragraphs(article: Article) -> Article:
    return replace(article, paragraphs=())


def _resolved_address(ray: Any, address: str) -> str:
    """The head's address as ``ray.init`` will dial it: Ray swaps a loopback host for this machine's
    network address (a cluster on loopback alone needs RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0, docs/ray.md)."""
    if address == "auto" or "://" in address:
        return address
    try:
        return str(ray._private.services.canonicalize_bootstrap_address_or_die(address))
    except Exception:  # a private helper: if it moved or refuses, check the address as given
        return address


def _assistant_cause(exc: BaseException) -> AssistantError | None:
    """The project error behind a Ray error (a task that raised ``StoreUnavailableError``), if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, AssistantError):
            return current
        current = getattr(current, "cause", None) or current.__cause__
    return None


def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # the `ray[data]` part: pyarrow and Ray Data
    except ImportError as exc:
        raise ClusterError(
            "Ingest on Ray needs the `ray` extra, which is not installed: run "
            "`pip install 'article-assistant[ray]'` (on this machine and every node of the cluster)."
        ) from exc
    return ray
