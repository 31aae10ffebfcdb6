"""Engines: where the extraction runs. The same items in, the same records out, in input order.

    run(items, engine="local", model=None, workers=1, batch_size=32, address=None)

``local`` (the default) is this machine's processes (``pipeline.run_parallel``); ``ray`` is Ray Data on a
local Ray instance or on the cluster at ``address`` (the optional extra ``newsgraph[ray]``). Bad input
(``ReadError``) goes through either engine in its place, so the CLI reports and counts it the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..errors import EngineError, ReadError
from ..model import Article, ArticleRecord

ENGINES = ("local", "ray")
DEFAULT_BATCH_SIZE = 32


def run(
    items: Iterable[Article | ReadError],
    *,
    engine: str = "local",
    model: str | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    address: str | None = None,
    pipeline_options: dict | None = None,
) -> Iterator[ArticleRecord | ReadError]:
    """Records of ``items`` in input order, ReadErrors in their place, on the chosen engine.
    ``pipeline_options`` go to every ``Pipeline`` (``languages`` to code, ``language`` to force)."""
    if engine == "local":
        if address:
            raise EngineError(
                "--address names a Ray cluster, but the engine is local.", "Add --engine ray, or drop --address."
            )
        from .local import run as run_local

        return run_local(items, model=model, workers=workers, batch_size=batch_size, **(pipeline_options or {}))
    if engine == "ray":
        from .ray_data import run as run_ray

        return run_ray(
            items, model=model, workers=workers, batch_size=batch_size, address=address, options=pipeline_options
        )
    raise EngineError(f"There is no engine {engine!r}.", f"Use one of: {', '.join(ENGINES)}.")


__all__ = ["DEFAULT_BATCH_SIZE", "ENGINES", "run"]
