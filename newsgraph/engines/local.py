"""The local engine: this machine's processes, as ``pipeline.run_parallel`` has always run them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ReadError
from ..model import Article, ArticleRecord
from ..pipeline import run_parallel


def run(
    items: Iterable[Article | ReadError],
    *,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 32,
    **options: Any,
) -> Iterator[ArticleRecord | ReadError]:
    """``options`` go to every Pipeline (``languages``, ``language``)."""
    return run_parallel(items, model=model, workers=workers, batch_size=batch_size, **options)
