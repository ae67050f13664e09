"""Logging set-up shared by the entry points (CLI, web UI, benchmarks)."""

from __future__ import annotations


def quiet_libraries() -> None:
    """Keep model-loading chatter off the terminal; errors still surface as exceptions."""
    import logging
    import os
    import warnings

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    warnings.filterwarnings("ignore", category=FutureWarning)
    for name in ("sentence_transformers", "transformers", "chromadb", "httpx", "bm25s"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except ImportError:  # pragma: no cover
        pass
