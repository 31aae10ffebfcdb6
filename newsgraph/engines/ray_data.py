"""The Ray engine: Ray Data ``map_batches`` over a pool of actors, each loading the spaCy pipeline once.

The driver reads the inputs with newsgraph's own readers, so bad input is found, worded and counted exactly
as with the local engine; it keeps each ``ReadError`` at its place and ships the good articles to the
cluster as rows ``{seq, article}`` (the article as JSON). Each actor returns ``{seq, record}`` with the
record as JSON: plain data, never a spaCy object. The driver puts records and errors back in input order by
``seq``. Input is sent in windows of ``WINDOW`` articles, so the driver and the object store hold one window
at a time however long the input is (each window starts the actor pool anew: a few seconds per window).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from .. import nlp as nlp_mod
from ..dataset.records import from_plain, to_plain
from ..errors import EngineError, ReadError
from ..model import Article, ArticleRecord

WINDOW = int(os.environ.get("NEWSGRAPH_RAY_WINDOW", "20000"))
EXTRA = 'pip install "newsgraph[ray]"'
OnBatch = Callable[[int, int, int, float], None]


def _import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 (the Data library is a separate part of the ray package)
    except ImportError as exc:
        raise EngineError(
            f"--engine ray needs Ray Data, which is not installed ({exc}).",
            f"Install the extra: {EXTRA} (on every machine of the cluster), or use --engine local.",
        ) from exc
    return ray


class Extractor:
    """The callable class of ``map_batches``: one Pipeline per actor, reused for every batch."""

    def __init__(self, model: str, options: dict | None = None) -> None:
        from ..pipeline import Pipeline

        os.environ.setdefault("OMP_NUM_THREADS", "1")
        self.pipeline = Pipeline(model, **(options or {}))
        self.done = 0

    def __call__(self, batch: Any) -> Any:  # pyarrow.Table -> pyarrow.Table
        import pyarrow as pa

        articles = [Article(**json.loads(a)) for a in batch.column("article").to_pylist()]
        plain = []
        for record in self.pipeline.run(articles, batch_size=len(articles) or 1):
            assert isinstance(record, ArticleRecord)  # only Articles went in
            plain.append(json.dumps(to_plain(record), ensure_ascii=False))
        self.done += len(plain)
        n = len(plain)
        return pa.table({
            "seq": batch.column("seq"),
            "record": pa.array(plain, pa.string()),
            # which actor, how many articles it has done, its memory now: to watch a long run stay flat
            "worker": pa.array([os.getpid()] * n, pa.int64()),
            "done": pa.array([self.done] * n, pa.int64()),
            "rss": pa.array([rss_bytes()] * n, pa.int64()),
            "t": pa.array([time.time()] * n, pa.float64()),  # when the actor finished it: steady-state rates
        })


def rss_bytes() -> int:
    """This process's resident memory now (Linux /proc; elsewhere the peak, from getrusage)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _connect(ray: Any, address: str | None, workers: int) -> bool:
    """Join the cluster at ``address``, or start a local instance; True if this call started Ray."""
    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "error")
    quiet = {"logging_level": logging.WARNING, "log_to_driver": False, "include_dashboard": False}
    try:
        if address:
            ray.init(address=address, **quiet)
        else:
            ray.init(num_cpus=max(workers, os.cpu_count() or 1), **quiet)
    except Exception as exc:  # ConnectionError, RuntimeError, ...: Ray's own wording follows
        where = f"the Ray cluster at {address}" if address else "a local Ray instance"
        raise EngineError(
            f"Cannot start or join {where}: {type(exc).__name__}: {exc}.",
            "Check --address (ray://HOST:10001 or HOST:6379, or 'auto' on a cluster node), or leave it out "
            "to start Ray on this machine.",
        ) from exc
    return True


def _quiet_data(ray: Any) -> None:
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    if hasattr(ctx, "print_on_execution_start"):
        ctx.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)


def _extract_window(
    ray: Any, rows: list[dict], model: str, workers: int, batch_size: int, on_batch: OnBatch | None = None,
    options: dict | None = None,
) -> Iterator[tuple[int, str]]:
    """(seq, record JSON) of one window of articles, as the actors finish them (in order)."""
    # blocks of at most batch_size rows, and at least one per actor: Ray bundles blocks up to batch_size rows
    # per task, so a small window in big batches would otherwise go to one actor while the others wait
    size = max(1, min(batch_size, -(-len(rows) // workers)))
    ds = ray.data.from_items(rows, override_num_blocks=-(-len(rows) // size))
    out = ds.map_batches(
        Extractor,
        fn_constructor_kwargs={"model": model, "options": options},
        batch_size=size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
    )
    for batch in out.iter_batches(batch_format="pyarrow", batch_size=None):
        if on_batch is not None and batch.num_rows:
            on_batch(*(batch.column(c)[batch.num_rows - 1].as_py() for c in ("worker", "done", "rss", "t")))
        yield from zip(batch.column("seq").to_pylist(), batch.column("record").to_pylist(), strict=True)


def _windows(items: Iterable[Article | ReadError], size: int) -> Iterator[list[Article | ReadError]]:
    it = iter(items)
    while window := list(islice(it, size)):
        yield window


def _run_window(
    ray: Any, window: list, model: str, workers: int, batch_size: int, on_batch: OnBatch | None,
    options: dict | None = None,
) -> Iterator:
    """One window's items in order: its ReadErrors as they are, its articles as records from the actors."""
    rows = [{"seq": i, "article": json.dumps(x.to_dict(), ensure_ascii=False)}
            for i, x in enumerate(window) if isinstance(x, Article)]
    done: dict[int, str] = {}
    results = _extract_window(ray, rows, model, workers, batch_size, on_batch, options) if rows else iter(())
    for i, item in enumerate(window):
        if isinstance(item, ReadError):
            yield item
            continue
        while i not in done:
            try:
                seq, record = next(results)
            except StopIteration:
                raise EngineError(
                    f"The Ray job returned no record for {item.origin or item.id}.",
                    "This is a newsgraph bug; please report it with the input.",
                ) from None
            done[seq] = record
        yield from_plain(json.loads(done.pop(i)))


def run(
    items: Iterable[Article | ReadError],
    *,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 32,
    address: str | None = None,
    window: int | None = None,
    on_batch: OnBatch | None = None,
    options: dict | None = None,
) -> Iterator[ArticleRecord | ReadError]:
    """Records of ``items`` in input order, extracted by ``workers`` Ray actors. Raises EngineError (before
    any work) when Ray is missing or the cluster cannot be reached; ModelNotFound as the local engine does.
    ``on_batch(worker_pid, articles_done_by_it, its_rss_bytes, unix_time_it_finished)`` is called as each batch
    comes back."""
    ray = _import_ray()
    if on_batch is None and os.environ.get("NEWSGRAPH_RAY_STATS"):
        on_batch = _stats_file(os.environ["NEWSGRAPH_RAY_STATS"])
    model = nlp_mod.model_name(model)
    nlp_mod.load(model)  # fail early, here, with the clear error, rather than inside an actor
    started = _connect(ray, address, workers)
    _quiet_data(ray)
    return _stream(ray, items, model, workers, batch_size, window or WINDOW, started, on_batch, options)


def _stats_file(path: str) -> OnBatch:
    """NEWSGRAPH_RAY_STATS=FILE: a line ``worker articles_done rss_bytes unix_time`` per batch, to watch a long
    run (its memory) and to measure throughput once every actor has loaded its model."""

    def write(worker: int, done: int, rss: int, t: float) -> None:
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"{worker}\t{done}\t{rss}\t{t:.3f}\n")

    return write


def _stream(
    ray: Any, items, model: str, workers: int, batch_size: int, window: int, started: bool, on_batch: OnBatch | None,
    options: dict | None = None,
) -> Iterator:
    try:
        for part in _windows(items, window):
            try:
                yield from _run_window(ray, part, model, workers, batch_size, on_batch, options)
            except ray.exceptions.RayError as exc:
                raise EngineError(
                    f"The Ray job failed: {type(exc).__name__}: {exc}",
                    f"Check that every node has newsgraph and the model installed ({EXTRA}).",
                ) from exc
    finally:
        if started:
            ray.shutdown()
