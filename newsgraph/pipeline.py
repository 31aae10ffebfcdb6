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
from contextlib import ExitStack
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING, Any

from . import language as lang_mod
from . import nlp as nlp_mod
from .errors import I_UNCODED, ReadError
from .extractors import STAGES, Context, Stage, check_stages
from .model import Article, ArticleRecord
from .readers.common import MAX_TEXT_CHARS

if TYPE_CHECKING:  # spaCy is imported only for types here: loading it is nlp.load's job
    from spacy.tokens import Doc

log = logging.getLogger("newsgraph")

Extractor = Callable[[Context], list]

# Seconds one extractor may spend on one article before it counts as failed on it (0 turns the limit off).
STAGE_TIMEOUT = float(os.environ.get("NEWSGRAPH_STAGE_TIMEOUT", "60"))
# Articles per spaCy memory zone in ``run``: each zone makes spaCy re-create the words it meets, so a zone per
# batch of 32 cost several per cent of throughput; records still come out in input order, a zone's worth at a time.
ZONE_ARTICLES = 256


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
        # An exception raised while Python runs a gc callback or a __del__ is swallowed ("unraisable"), and the
        # stage would run on unbounded: keep firing every half second until the stage is left.
        signal.setitimer(signal.ITIMER_REAL, 0.5)
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


def _stages(stages: tuple[Stage, ...] = STAGES) -> list[tuple[str, Extractor]]:
    """(name, extract function) of each stage, in order, once the order is checked."""
    check_stages(stages)
    return [(stage.name, importlib.import_module(stage.module).extract) for stage in stages]


class Pipeline:
    """The spaCy pipeline plus newsgraph's extractors. Build one per process and reuse it.

    ``on_error``: "record" (default) keeps going when one extractor fails on one article, naming the failure
    in the record's ``errors`` (and logging its traceback at DEBUG level); "raise" lets it propagate (tests)."""

    def __init__(
        self,
        model: str | None = None,
        *,
        languages: Iterable[str] | None = None,
        language: str | None = None,
        on_error: str = "record",
    ) -> None:
        if on_error not in ("record", "raise"):
            raise ValueError(f"on_error must be 'record' or 'raise', not {on_error!r}")
        self.on_error = on_error
        self.model = nlp_mod.model_name(model)
        self.nlp = nlp_mod.load(self.model)
        self.nlp.max_length = max(self.nlp.max_length, MAX_TEXT_CHARS)  # the length limit's ceiling
        self.stages = _stages()
        # the languages coded: the model's own unless told; ``language`` forces every article's language
        own = {self.nlp.lang} if self.nlp.lang else set()  # spaCy types Language.lang as optional
        self.languages = frozenset(languages or own)
        self.language = lang_mod.normalise(language)

    def identify(self, article: Article) -> tuple[Article, bool]:
        """(the article with its language filled in, whether this pipeline codes it)."""
        given = self.language or lang_mod.normalise(article.language)
        if given:
            return replace(article, language=given), given in self.languages
        label, code = lang_mod.judge(article.text, self.languages)
        return replace(article, language=label), code

    def uncoded(self, article: Article) -> ArticleRecord:
        """The record of an article in a language without a pipeline: its text and language, nothing coded."""
        reason = (
            f"[{I_UNCODED}] not coded: its language is {article.language!r} and this pipeline codes "
            f"{', '.join(sorted(self.languages))}"
        )
        return ArticleRecord(article=article, uncoded=reason)

    def record(self, article: Article, doc: Doc) -> ArticleRecord:
        ctx = Context(article=article, doc=doc)
        failed: list[str] = []
        for name, fn in self.stages:
            try:
                with _time_limit(STAGE_TIMEOUT):
                    setattr(ctx, name, list(fn(ctx)))
            except Exception as exc:  # one extractor's bug or hang must not lose the article or the batch
                if self.on_error == "raise":
                    raise
                # the user is told once, by the caller, from ``errors``; the traceback is for developers
                log.debug("%s: extractor %s failed", article.origin or article.id, name, exc_info=True)
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
        """One article: a batch of one, through the same path as ``run`` (language gate, memory zone, stages)."""
        (record,) = self._batch([article], 1)
        assert isinstance(record, ArticleRecord)  # an Article in, its record out (only ReadErrors pass as such)
        return record

    def run(
        self, items: Iterable[Article | ReadError], batch_size: int = 32
    ) -> Iterator[ArticleRecord | ReadError]:
        """Records in input order; ReadErrors pass through in their place; articles in a language this
        pipeline does not code come out as ``uncoded`` records (text and language kept, nothing coded)."""
        it = iter(items)
        while batch := list(islice(it, max(batch_size, ZONE_ARTICLES))):
            yield from self._batch(batch, batch_size)

    def _batch(self, batch: list[Article | ReadError], batch_size: int) -> list[ArticleRecord | ReadError]:
        """One batch (``run`` gives ZONE_ARTICLES, parsed in pieces of ``batch_size``) inside a spaCy memory
        zone: the strings its Docs added to the vocabulary are freed after it, so a worker's memory stays flat
        over millions of articles (records hold plain str, no Doc). The zone
        opens and closes here, never across a ``yield``: a zone left open by a generator the caller dropped would
        free strings under another run of the same vocabulary. Articles in a language this pipeline does not
        code skip spaCy and come out ``uncoded``."""
        with self.nlp.memory_zone():
            return self._records(batch, batch_size)

    def _records(self, batch: list[Article | ReadError], batch_size: int) -> list[ArticleRecord | ReadError]:
        """One batch's records, parsed in pieces of ``batch_size``; the caller holds the memory zone open."""
        judged = [self.identify(x) if isinstance(x, Article) else x for x in batch]
        texts = [j[0].text for j in judged if isinstance(j, tuple) and j[1]]
        docs = iter(self.nlp.pipe(texts, batch_size=batch_size))
        return [self._one(j, docs) for j in judged]

    def _one(self, judged: tuple[Article, bool] | ReadError, docs: Iterator[Doc]) -> ArticleRecord | ReadError:
        """The record of one judged item: a ReadError passes, a coded article takes the next Doc."""
        if isinstance(judged, ReadError):
            return judged
        article, code = judged
        return self.record(article, next(docs)) if code else self.uncoded(article)


# --- several processes -------------------------------------------------------------------------


class Worker:
    """The Pipeline of a worker process (a local pool process or a Ray actor), fed small batches, that keeps one
    spaCy memory zone open over ZONE_ARTICLES articles as ``Pipeline.run`` does: a zone per batch of 32 made
    spaCy re-create the words it meets at every batch. The zone closes only between batches, when no Doc is
    alive (records hold plain str), so memory stays as flat as with ``run``. The zone stays open between calls:
    the process must use this pipeline's vocabulary only through its Worker, which a pool process or an actor
    does."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self._zone: ExitStack | None = None
        self._zoned = 0

    def __call__(self, batch: list[Article | ReadError]) -> list[ArticleRecord | ReadError]:
        """The records of one batch (parsed as one spaCy batch), in its order."""
        if self._zone is None:
            self._zone = ExitStack()
            self._zone.enter_context(self.pipeline.nlp.memory_zone())
        try:
            out = self.pipeline._records(batch, len(batch) or 1)
        except BaseException:
            self.close()
            raise
        self._zoned += len(batch)
        if self._zoned >= ZONE_ARTICLES:
            self.close()
        return out

    def close(self) -> None:
        """Free what the open zone holds (also after a failed batch, whose Docs are gone)."""
        if self._zone is not None:
            zone, self._zone, self._zoned = self._zone, None, 0
            zone.close()


_worker: Worker | None = None


def _init_worker(model: str, options: dict) -> None:
    global _worker
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    _worker = Worker(Pipeline(model, **options))


def _work(batch: list[Article | ReadError]) -> list[ArticleRecord | ReadError]:
    assert _worker is not None
    return _worker(batch)


def run_parallel(
    items: Iterable[Article | ReadError],
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 32,
    **options: Any,
) -> Iterator[ArticleRecord | ReadError]:
    """Like ``Pipeline(model, **options).run(items)``, over ``workers`` processes, keeping input order."""
    model = nlp_mod.model_name(model)
    if workers <= 1:
        yield from Pipeline(model, **options).run(items, batch_size=batch_size)
        return
    nlp_mod.load(model)  # fail early, in this process, with the clear error
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    ctx = multiprocessing.get_context(method)
    it = iter(items)
    batches = iter(lambda: list(islice(it, batch_size)), [])
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model, options)) as pool:
        for out in pool.imap(_work, batches):
            yield from out
