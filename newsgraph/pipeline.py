"""Runs the extractors in order over ``nlp.pipe`` batches. One article's failure never kills a batch."""

from __future__ import annotations

import importlib
import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from . import nlp as nlp_mod
from .errors import ReadError
from .extractors import STAGES, Context
from .model import Article, ArticleRecord

log = logging.getLogger("newsgraph")

Extractor = Callable[[Context], list]

# Seconds one extractor may spend on one article before it counts as failed on it (0 turns the limit off).
STAGE_TIMEOUT = float(os.environ.get("NEWSGRAPH_STAGE_TIMEOUT", "60"))


class StageTimeout(Exception):
    pass


class _time_limit:
    """Raise StageTimeout in the main thread after ``seconds`` (a no-op elsewhere or where SIGALRM is missing)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.active = (
            seconds > 0
            and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
        )

    def _fire(self, signum, frame):
        raise StageTimeout(f"took longer than {self.seconds:g}s (NEWSGRAPH_STAGE_TIMEOUT)")

    def __enter__(self):
        if self.active:
            self.previous = signal.signal(signal.SIGALRM, self._fire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False


def _stages() -> list[tuple[str, Extractor]]:
    return [(name, importlib.import_module(module).extract) for name, module in STAGES]


class Pipeline:
    """The spaCy pipeline plus newsgraph's extractors. Build one per process and reuse it."""

    def __init__(self, model: str | None = None) -> None:
        self.model = nlp_mod.model_name(model)
        self.nlp = nlp_mod.load(self.model)
        self.nlp.max_length = max(self.nlp.max_length, 2_000_000)
        self.stages = _stages()

    def record(self, article: Article, doc: Any) -> ArticleRecord:
        ctx = Context(article=article, doc=doc)
        failed: list[str] = []
        for name, fn in self.stages:
            try:
                with _time_limit(STAGE_TIMEOUT):
                    setattr(ctx, name, list(fn(ctx)))
            except Exception as exc:  # one extractor's bug or hang must not lose the article or the batch
                log.warning("%s: extractor %s failed: %r", article.origin or article.id, name, exc)
                failed.append(f"{name}: {type(exc).__name__}: {exc}")
        return ArticleRecord(
            article=article,
            entities=tuple(ctx.entities),
            times=tuple(ctx.times),
            quotes=tuple(ctx.quotes),
            quantities=tuple(ctx.quantities),
            events=tuple(ctx.events),
            errors=tuple(failed),
        )

    def extract(self, article: Article) -> ArticleRecord:
        return self.record(article, self.nlp(article.text))

    def run(
        self, items: Iterable[Article | ReadError], batch_size: int = 32
    ) -> Iterator[ArticleRecord | ReadError]:
        """Records in input order; ReadErrors pass through in their place."""
        it = iter(items)
        while batch := list(islice(it, batch_size)):
            articles = [x for x in batch if isinstance(x, Article)]
            docs = iter(self.nlp.pipe((a.text for a in articles), batch_size=batch_size))
            for item in batch:
                yield item if isinstance(item, ReadError) else self.record(item, next(docs))


# --- several processes -------------------------------------------------------------------------

_worker: Pipeline | None = None


def _init_worker(model: str) -> None:
    global _worker
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    _worker = Pipeline(model)


def _work(batch: list[Article | ReadError]) -> list[ArticleRecord | ReadError]:
    assert _worker is not None
    return list(_worker.run(batch, batch_size=len(batch) or 1))


def run_parallel(
    items: Iterable[Article | ReadError], model: str | None = None, workers: int = 1, batch_size: int = 32
) -> Iterator[ArticleRecord | ReadError]:
    """Like ``Pipeline(model).run(items)``, over ``workers`` processes, keeping input order."""
    model = nlp_mod.model_name(model)
    if workers <= 1:
        yield from Pipeline(model).run(items, batch_size=batch_size)
        return
    nlp_mod.load(model)  # fail early, in this process, with the clear error
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    ctx = multiprocessing.get_context(method)
    it = iter(items)
    batches = iter(lambda: list(islice(it, batch_size)), [])
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model,)) as pool:
        for out in pool.imap(_work, batches):
            yield from out
