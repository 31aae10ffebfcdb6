"""Answers the explorer remembers per store state: a search's match count, its ranked order and its date
facets. The server only reads the store, so an answer stays true until the store changes; the key holds
the store file's and its write-ahead log's size and modification time (in WAL mode a commit changes only
the log until a checkpoint), so an ingest running beside the server makes every remembered answer stale
at its next commit.

Ranking 10,000 matches by relevance or counting them by day takes 10-60 ms; paging through the results,
or the next reader searching the same words, then costs a look-up.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

KEEP = 256  # answers kept per process (the least recently used go first)

_MEMO: OrderedDict[tuple, Any] = OrderedDict()
_LOCK = threading.Lock()


def stamp(path: str) -> tuple[int, ...]:
    """What changes whenever the store does: (mtime_ns, size) of the file and of its ``-wal`` log."""
    out: list[int] = []
    for p in (path, path + "-wal"):
        try:
            st = os.stat(p)
            out += [st.st_mtime_ns, st.st_size]
        except OSError:
            out += [0, 0]
    return tuple(out)


def remember(path: str, key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()``'s answer for ``key`` on the store at ``path`` in its present state, computed once.
    The answer is shared between requests: callers must not change it."""
    full = (path, stamp(path), *key)
    with _LOCK:
        if full in _MEMO:
            _MEMO.move_to_end(full)
            return _MEMO[full]
    value = compute()
    with _LOCK:
        _MEMO[full] = value
        while len(_MEMO) > KEEP:
            _MEMO.popitem(last=False)
    return value


def clear() -> None:
    with _LOCK:
        _MEMO.clear()
