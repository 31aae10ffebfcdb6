"""``newsgraph ingest``: read, skip what the store already has, extract the rest, store each article atomically.

The article key is ``Article.id`` (readers make a text+date hash id when the input has none), so the same
article read twice is stored once. Articles already in the store are skipped before extraction, which is
what makes a rerun after a kill cheap: it resumes where the last committed article left off.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from ..errors import ReadError
from ..model import Article, ArticleRecord
from .db import Store


class Progress(Protocol):
    """What ``ingest`` tells about its progress: one call per article stored or skipped as known."""

    def advance(self, counts: Counter) -> None: ...


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def pending(
    items: Iterable[Article | ReadError],
    store: Store,
    update: bool,
    counts: Counter,
    languages: frozenset[str] | None = None,
) -> Iterator:
    """The items still to extract: bad input passes through (to be reported), stored articles are counted;
    articles stored uncoded whose language is in ``languages`` (given with --languages) are coded now."""
    for item in items:
        if isinstance(item, Article) and not update:
            known = store.status(item, languages)
            if known is not None:
                counts[known] += 1
                continue
        yield item


def describe(counts: Counter) -> str:
    parts = [f"{counts['stored']} stored"]
    if counts["updated"]:
        parts.append(f"{counts['updated']} re-extracted")
    parts.append(f"{counts['exists']} already in the store")
    if counts["conflict"]:
        parts.append(
            f"{counts['conflict']} not stored: their id is taken by an article with another text or date "
            "(--update replaces)"
        )
    if counts["failed"]:
        parts.append(f"{counts['failed']} failed to store (a bug: please report it)")
    return ", ".join(parts)


class Writer:
    """Buffers records and writes them together, at least every ``seconds`` (and every ``size`` records).

    One commit per article would cost more than the inserts themselves; grouping keeps the store's share of
    an ingest small. A kill loses at most the buffered records, never part of one: they are absent from
    the store and extracted again by the next run.
    """

    def __init__(
        self,
        store: Store,
        counts: Counter,
        *,
        update: bool = False,
        model: str | None = None,
        seconds: float = 1.0,
        size: int = 64,
        report: Callable[[str], None] = _stderr,
        link: bool = True,
    ) -> None:
        self.store, self.counts, self.update, self.model = store, counts, update, model
        self.report = report
        self.link = link
        self.seconds, self.size = seconds, size
        self.buffer: list[ArticleRecord] = []
        self.last = time.monotonic()
        self.unlinked = 0  # articles stored since the story level last followed

    def add(self, record: ArticleRecord) -> None:
        self.buffer.append(record)
        if len(self.buffer) >= self.size or time.monotonic() - self.last >= self.seconds:
            self.flush()

    def flush(self, final: bool = False) -> None:
        """Store what is buffered. The story level follows every ``LINK_EVERY`` articles stored, and at the
        end (``final``): counted in articles, not seconds, so that the same input links the same way
        however fast the machine is (linking is incremental: where a batch ends decides what it finds)."""
        if self.buffer:
            results = _patiently(lambda: self.store.write_many(self.buffer, update=self.update, model=self.model))
            for record, result in zip(self.buffer, results, strict=True):
                if isinstance(result, str):
                    self.counts[result] += 1
                else:
                    self.counts["failed"] += 1
                    where = record.article.origin or record.article.id
                    self.report(f"newsgraph: {where}: not stored: {type(result).__name__}: {result}")
            self.unlinked += len(self.buffer)
            self.buffer = []
        if self.link and self.unlinked and (final or self.unlinked >= LINK_EVERY):
            from ..link.update import update

            _patiently(lambda: update(self.store))
            self.unlinked = 0
        self.last = time.monotonic()


LINK_EVERY = 256  # articles stored between two runs of the story level during one ingest


def _patiently(write, tries: int = 8, first: float = 1.0):
    """Run ``write`` (one transaction), and when another writer held the store past SQLite's busy timeout
    (StoreBusy), wait and try again, doubling the wait (1 s, 2 s, ... about 4 minutes in all) before the
    error reaches the user: two ingests into one store take turns instead of failing."""
    from .db import StoreBusy

    for attempt in range(tries):
        try:
            return write()
        except StoreBusy:
            if attempt == tries - 1:
                raise
            time.sleep(first * 2**attempt)
    raise AssertionError("unreachable")


def ingest(
    store: Store,
    items: Iterable[ArticleRecord | ReadError],
    check: Callable[[ArticleRecord | ReadError], ArticleRecord | None],
    counts: Counter,
    *,
    update: bool = False,
    model: str | None = None,
    progress: Progress | None = None,
    seconds: float = 1.0,
    report: Callable[[str], None] = _stderr,
) -> Counter:
    """Store every record of ``items``; ``check`` reports bad input and returns None for it. Stopped by
    Ctrl-C, the records already extracted are stored before the interrupt goes on. ``report`` receives the
    one-line message of a record that could not be stored (stderr by default)."""
    writer = Writer(store, counts, update=update, model=model, seconds=seconds, report=report)
    try:
        for item in items:
            rec = check(item)
            if rec is None:
                continue
            writer.add(rec)
            if progress is not None:
                progress.advance(counts)
    finally:
        writer.flush(final=True)
    return counts
