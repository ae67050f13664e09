"""The embedding model run by ONNX Runtime instead of PyTorch (``ASSISTANT_EMBEDDING_BACKEND=onnx``).

sentence-transformers' own ``backend="onnx"`` needs the ``optimum`` package, whose current release
pins transformers below the version this project uses, so the model is exported here instead:
once, offline, from the local weights with ``torch.onnx.export``, into the model cache folder.
Encoding then mirrors sentence-transformers for mean-pooling models (tokenize, run, mean over
the attention mask, normalise); a test checks the vectors against the PyTorch model's.

Once exported, the model runs on ``onnxruntime`` and the ``tokenizers`` library alone: no torch,
transformers or sentence-transformers import (1-2 s each at start-up), which is what makes a
one-shot ``assistant ask`` fast. Only the one-off export (and a model folder without a
``tokenizer.json``) needs them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError

log = logging.getLogger(__name__)


class OnnxEncoder:
    """Mean-pooling sentence-transformers model on ONNX Runtime, with the ``encode`` calls we use."""

    def __init__(self, model_dir: str, cache_dir: Path) -> None:
        self.model_dir = Path(model_dir)
        self.max_seq_length = _max_seq_length(self.model_dir)
        _require_mean_pooling(self.model_dir)
        self.tokenizer = load_tokenizer(self.model_dir, self.max_seq_length)
        onnx_path = export_onnx(self.model_dir, cache_dir)
        import onnxruntime as ort

        options = ort.SessionOptions()
        # ONNX Runtime's worker threads spin on the CPU after each run, waiting for the next one: after
        # a question's embedding, that is the CPU which the Chroma server, BM25 and the answer need
        # (PyTorch code run just after took twice as long). They stop when a run ends, not during it,
        # so batches (ingest) run as fast as before.
        options.add_session_config_entry("session.force_spinning_stop", "1")
        self.session = ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
        self._inputs = [i.name for i in self.session.get_inputs()]

    def encode(
        self,
        texts: list[str],
        batch_size: int = 32,
        normalize_embeddings: bool = True,
        show_progress_bar: bool = False,
        convert_to_numpy: bool = True,
        output_value: str = "sentence_embedding",
    ) -> Any:
        """Embeddings in the order of ``texts``; batches are formed by length, like sentence-transformers.

        ``output_value="token_embeddings"`` gives, as sentence-transformers does, a list with each
        text's token embeddings (special tokens included, padding left out) instead.
        """
        texts = [t.strip() for t in texts]  # as sentence-transformers reads them
        order = np.argsort([-len(t) for t in texts], kind="stable")
        out: np.ndarray | None = None
        token_rows: list[np.ndarray] = [np.zeros(0)] * len(texts)
        batches = range(0, len(texts), batch_size)
        if show_progress_bar:
            from tqdm import tqdm

            batches = tqdm(batches, desc="Batches")
        for lo in batches:
            idx = order[lo : lo + batch_size]
            tokens = self.tokenizer(
                [texts[i] for i in idx],
                padding=True,
                truncation=True,
                max_length=self.max_seq_length,
                return_tensors="np",
            )
            feed = {name: tokens[name].astype(np.int64) for name in self._inputs}
            hidden = self.session.run(None, feed)[0]
            if output_value == "token_embeddings":
                for row, i in enumerate(idx):
                    token_rows[i] = hidden[row][tokens["attention_mask"][row].astype(bool)]
                continue
            mask = tokens["attention_mask"][..., None].astype(np.float32)
            vectors = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
            if normalize_embeddings:
                vectors /= np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)
            if out is None:
                out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
            out[idx] = vectors
        if output_value == "token_embeddings":
            return token_rows
        return out if out is not None else np.zeros((0, 0), dtype=np.float32)


class FastTokenizer:
    """The model's ``tokenizer.json`` run by the ``tokenizers`` library, called like a Hugging Face
    fast tokenizer for the two calls this project makes (padded batches as arrays; offsets).

    It gives the same ids, masks and offsets as ``transformers``' fast tokenizer, which wraps the
    same library (a test checks), without importing ``transformers``. Truncation is set once, to
    the model's window, and padding is done here rather than by the library, so the ``Tokenizer``
    that threads share is never reconfigured.
    """

    is_fast = True  # it gives character offsets (see ``SentenceEmbeddings.encode_paragraphs``)

    def __init__(self, path: Path, max_length: int, pad_token: str = "[PAD]") -> None:
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(path))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length)
        self.max_length = max_length
        pad_id = self._tokenizer.token_to_id(pad_token)
        self.pad_id = int(pad_id) if pad_id is not None else 0

    def __call__(
        self,
        texts: list[str],
        *,
        padding: bool = False,
        truncation: bool = True,
        max_length: int | None = None,
        return_tensors: str | None = None,
        return_offsets_mapping: bool = False,
    ) -> dict[str, Any]:
        if not truncation or (max_length is not None and max_length != self.max_length):
            raise ValueError(f"this tokenizer always truncates to the model's {self.max_length} tokens")
        encodings = self._tokenizer.encode_batch(list(texts))
        out: dict[str, Any] = {
            "input_ids": [e.ids for e in encodings],
            "token_type_ids": [e.type_ids for e in encodings],
            "attention_mask": [e.attention_mask for e in encodings],
        }
        if return_offsets_mapping:
            out["offset_mapping"] = [e.offsets for e in encodings]
        if padding or return_tensors == "np":
            width = max((len(e.ids) for e in encodings), default=0)
            for name, fill in (("input_ids", self.pad_id), ("token_type_ids", 0), ("attention_mask", 0)):
                rows = np.full((len(encodings), width), fill, dtype=np.int64)
                for i, row in enumerate(out[name]):
                    rows[i, : len(row)] = row
                out[name] = rows
        return out


def load_tokenizer(model_dir: Path, max_length: int) -> Any:
    """The model's fast tokenizer: from ``tokenizer.json`` with ``tokenizers`` alone when there is
    one, else through ``transformers`` (which converts older vocabularies)."""
    if (model_dir / "tokenizer.json").exists():
        return FastTokenizer(model_dir / "tokenizer.json", max_length, _pad_token(model_dir))
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)


def export_onnx(model_dir: Path, cache_dir: Path) -> Path:
    """The ONNX export of ``model_dir`` in ``cache_dir``, made on first use (a few seconds)."""
    weights = sorted(model_dir.glob("*.safetensors")) or sorted(model_dir.glob("*.bin"))
    if not weights:
        raise ModelError(f"No model weights (*.safetensors, *.bin) in {model_dir} to export to ONNX.")
    stamp = hashlib.sha256(
        "|".join(f"{w.resolve()}:{w.stat().st_size}:{w.stat().st_mtime_ns}" for w in weights).encode()
    ).hexdigest()[:16]
    target = Path(cache_dir).expanduser() / "onnx" / f"{model_dir.name}-{stamp}" / "model.onnx"
    if target.exists():
        return target
    try:
        import onnx  # noqa: F401  (torch.onnx.export needs it)
        import torch
        from transformers import AutoModel, AutoTokenizer
    except ImportError as exc:
        raise ModelError(
            f"The ONNX backend needs the `onnx` package to export the model ({exc}): "
            "pip install -c constraints.txt onnx, or set ASSISTANT_EMBEDDING_BACKEND=torch."
        ) from exc
    log.info("Exporting %s to ONNX in %s (once)", model_dir, target.parent)
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    sample = tokenizer(["an example", "another, longer example sentence"], padding=True, return_tensors="pt")
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in sample]

    class _Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *inputs: Any) -> Any:
            return self.model(**dict(zip(names, inputs, strict=True))).last_hidden_state

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"model.{os.getpid()}.partial.onnx")
    axes = {name: {0: "batch", 1: "tokens"} for name in [*names, "hidden"]}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes about the model's code, not about this export
        torch.onnx.export(
            _Hidden(),
            tuple(sample[n] for n in names),
            str(partial),
            input_names=names,
            output_names=["hidden"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )
    partial.replace(target)  # atomic: another process never sees half a file
    return target


def _pad_token(model_dir: Path) -> str:
    for name in ("special_tokens_map.json", "tokenizer_config.json"):
        path = model_dir / name
        if path.exists():
            token = json.loads(path.read_text()).get("pad_token")
            if isinstance(token, dict):
                token = token.get("content")
            if isinstance(token, str):
                return token
    return "[PAD]"


def _max_seq_length(model_dir: Path) -> int:
    config = model_dir / "sentence_bert_config.json"
    if config.exists():
        return int(json.loads(config.read_text()).get("max_seq_length") or 512)
    return 512


def _require_mean_pooling(model_dir: Path) -> None:
    pooling = model_dir / "1_Pooling" / "config.json"
    if pooling.exists() and not json.loads(pooling.read_text()).get("pooling_mode_mean_tokens", False):
        raise ModelError(
            f"The ONNX backend supports mean-pooling models only, and {model_dir} pools otherwise: "
            "set ASSISTANT_EMBEDDING_BACKEND=torch."
        )
