"""The Ray engine: Ray Data ``map_batches`` over a pool of actors, each loading the spaCy pipeline once.

The driver reads the inputs with newsgraph's own readers, so bad input is found, worded and counted exactly
as with the local engine; it keeps each ``ReadError`` at its place and ships the good articles to the
cluster as rows ``{seq, article}`` (the Article pickled). Each actor returns ``{seq, record}`` with the
ArticleRecord pickled: newsgraph's own frozen dataclasses of plain str and numbers, never a spaCy object, and
the cheapest form for the driver to take back (JSON made the driver rebuild every record field by field).
The driver puts records and errors back in input order by ``seq``, so Ray need not keep order. Input is sent
in windows of ``WINDOW`` articles, so the driver and the object store hold one window at a time however long
the input is (each window starts the actor pool anew: a few seconds per window).

Keeping every actor busy to the end: each block is one actor task, an actor holds two (one running, the next
waiting, so it never waits for the driver between blocks), and the blocks shrink toward the end of a window
(``block_sizes``), so the actors run out of work at nearly the same moment.
"""

from __future__ import annotations

import logging
import os
import pickle
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from .. import nlp as nlp_mod
from ..errors import EngineError, ReadError
from ..model import Article, ArticleRecord
from ..pipeline import Worker

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
    """The callable class of ``map_batches``: one Pipeline per actor, reused for every batch (its Worker keeps a
    spaCy memory zone open over several batches, as the local engine does)."""

    def __init__(self, model: str, options: dict | None = None) -> None:
        from ..pipeline import Pipeline

        os.environ.setdefault("OMP_NUM_THREADS", "1")
        self.worker = Worker(Pipeline(model, **(options or {})))
        self.done = 0

    def __call__(self, batch: Any) -> Any:  # pyarrow.Table -> pyarrow.Table
        import pyarrow as pa

        articles = [pickle.loads(a) for a in batch.column("article").to_pylist()]
        records = self.worker(articles)
        assert all(isinstance(r, ArticleRecord) for r in records)  # only Articles went in
        plain = [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in records]
        self.done += len(plain)
        n = len(plain)
        return pa.table({
            "seq": batch.column("seq"),
            "record": pa.array(plain, pa.binary()),
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
    ctx.execution_options.preserve_order = False  # the driver puts records back in order by seq itself
    ctx.enable_progress_bars = False
    if hasattr(ctx, "print_on_execution_start"):
        ctx.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)


def block_sizes(n: int, workers: int, batch_size: int) -> list[int]:
    """Articles per block (one actor task each) for a window of ``n``: ``batch_size`` while plenty remain, then
    about a (2 x workers)-th of what remains (guided self-scheduling), so that near the end no actor still has a
    full batch ahead of it while the others have run out of work. One worker has no one to wait for: full batches."""
    sizes, left, batch_size = [], n, max(1, batch_size)
    while left:
        size = batch_size if workers <= 1 else min(batch_size, -(-left // (2 * workers)))
        sizes.append(min(size, left))
        left -= sizes[-1]
    return sizes


def _blocks(rows: list[tuple[int, bytes]], workers: int, batch_size: int) -> list[Any]:
    """The window's rows as Arrow tables, one per block: seq and the pickled article."""
    import pyarrow as pa

    tables, start = [], 0
    for size in block_sizes(len(rows), workers, batch_size):
        part = rows[start:start + size]
        start += size
        tables.append(pa.table({"seq": pa.array([i for i, _ in part], pa.int64()),
                                "article": pa.array([a for _, a in part], pa.binary())}))
    return tables


def _extract_window(
    ray: Any, rows: list[tuple[int, bytes]], model: str, workers: int, batch_size: int,
    on_batch: OnBatch | None = None, options: dict | None = None,
) -> Iterator[tuple[int, bytes]]:
    """(seq, pickled record) of one window of articles, as the actors finish them (in any order)."""
    ds = ray.data.from_arrow(_blocks(rows, workers, batch_size))
    out = ds.map_batches(
        Extractor,
        fn_constructor_kwargs={"model": model, "options": options},
        batch_size=None,  # a block is a task: block_sizes decides, Ray does not bundle them
        batch_format="pyarrow",
        # one block running and one waiting per actor: it never waits for the driver's scheduler (which looks
        # every 0.1 s: up to 2% of a block of 32 news texts) between blocks, and as blocks shrink toward the end, the
        # one waiting is small when the work runs out
        compute=ray.data.ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=2),
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
    rows = [(i, pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL)) for i, x in enumerate(window)
            if isinstance(x, Article)]
    done: dict[int, bytes] = {}
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
        yield pickle.loads(done.pop(i))


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
