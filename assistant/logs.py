"""Logging set-up shared by the entry points (CLI, web UI, benchmarks)."""

from __future__ import annotations


def quiet_libraries() -> None:
    """Keep model-loading chatter off the terminal; errors still surface as exceptions.

    Imports nothing heavy: transformers is quietened through its environment variables when it
    is not loaded yet (the ONNX backend never loads it), and through its own calls when it is.
    """
    import logging
    import os
    import sys
    import warnings

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")  # read when transformers is imported
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    warnings.filterwarnings("ignore", category=FutureWarning)
    for name in ("sentence_transformers", "transformers", "chromadb", "httpx", "bm25s"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if "transformers" in sys.modules:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
