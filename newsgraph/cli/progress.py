"""Progress of a long ingest on stderr: a rich bar on a terminal, a plain line every 30 s in logs and pipes.

The store reports progress through a callback (``ingest(..., progress=...)``) and never prints itself. The bar
is sized by the bytes of input on disk (``readers.input_size``, a ``stat`` per file) and moves by the bytes the
readers had read when each stored article was read (``readers.InputMeter``): the input is read once."""

from __future__ import annotations

import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import click

from ..model import Article
from ..store.ingest import describe

if TYPE_CHECKING:  # the readers are imported by the commands that read
    from ..readers import InputMeter


class PlainProgress:
    """Progress for logs and pipes: a line every ``every`` seconds, and the totals at the end."""

    def __init__(self, total: int | None = None, every: float = 30.0) -> None:
        self.total = total
        self.every = every
        self.started = self.last = time.perf_counter()
        self.done = 0

    def advance(self, counts: Counter) -> None:
        self.done += 1
        now = time.perf_counter()
        if now - self.last >= self.every:
            self.last = now
            click.echo(f"newsgraph: ingest: {describe(counts)}; {self.rate():.1f} articles/s", err=True)

    def mark(self, items: Iterable) -> Iterator:
        """``items`` (the articles to extract, in order) as they are; the bar notes where each was read."""
        return iter(items)

    def rate(self) -> float:
        secs = time.perf_counter() - self.started
        return self.done / secs if secs > 0 else 0.0

    def close(self) -> None:
        pass


class BarProgress(PlainProgress):
    """A rich progress bar on a terminal: the share of the input done, articles stored, articles per second,
    time left. ``total``: bytes of input on disk, moved by ``meter``; None (stdin) counts articles only."""

    def __init__(self, total: int | None = None, meter: InputMeter | None = None) -> None:
        super().__init__(total)
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

        self.meter = meter if total else None
        self.marks: deque[int] = deque()  # the meter's reading as each article still to store was read
        self.started_at: int | None = None
        self.bar = Progress(
            TextColumn("ingest"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[articles]} articles"),
            TextColumn("{task.fields[rate]:.1f} articles/s"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = self.bar.add_task("ingest", total=total if self.meter else None, articles=0, rate=0.0)
        self.bar.start()

    def mark(self, items: Iterable) -> Iterator:
        for item in items:
            if self.meter is not None and isinstance(item, Article):
                self.marks.append(self.meter.done)
            yield item

    def advance(self, counts: Counter) -> None:
        self.done += 1
        articles, rate = self.done, self.rate()
        if not self.marks:
            self.bar.update(self.task, articles=articles, rate=rate)
        elif self.started_at is None:  # articles skipped as stored before this one are not this run's speed
            self.started_at = self.marks.popleft()
            self.bar.reset(self.task, total=self.total, completed=self.started_at, articles=articles, rate=rate)
        else:
            self.bar.update(self.task, completed=self.marks.popleft(), articles=articles, rate=rate)

    def close(self) -> None:
        self.bar.stop()


def make_progress(total: int | None = None, meter: InputMeter | None = None) -> PlainProgress:
    """A bar on a terminal (``total`` bytes of input, moved by ``meter``), plain lines otherwise."""
    if sys.stderr.isatty():
        return BarProgress(total, meter)
    return PlainProgress()
