"""Work a question starts in the background while it waits on something else (the model, the server).

On a ``chroma run`` server every read is a round trip; reading the store's revision while the
question is embedded, or ranking by BM25 while the dense search is on the wire, takes those off
the answer's critical path. One pool for the process, threads started as needed.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from typing import ParamSpec, TypeVar

# Enough for the questions a server answers at once; a task beyond it waits for a free thread.
WORKERS = 8

P = ParamSpec("P")
T = TypeVar("T")


@cache
def _pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="assistant-background")


def in_background(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Future[T]:
    """Run ``fn(*args, **kwargs)`` on the shared pool; ``.result()`` returns its value or raises its error."""
    return _pool().submit(fn, *args, **kwargs)
