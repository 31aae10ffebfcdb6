"""Progress of a long ingest on stderr: a rich bar on a terminal, a plain line every 30 s in logs and pipes.

The store reports progress through a callback (``ingest(..., progress=...)``) and never prints itself."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable

import click

from ..store.ingest import describe


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

    def rate(self) -> float:
        secs = time.perf_counter() - self.started
        return self.done / secs if secs > 0 else 0.0

    def close(self) -> None:
        pass


class BarProgress(PlainProgress):
    """A rich progress bar on a terminal: articles done, articles per second, time left."""

    def __init__(self, total: int | None = None) -> None:
        super().__init__(total)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} articles/s"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = self.bar.add_task("ingest", total=total, rate=0.0)
        self.bar.start()

    def advance(self, counts: Counter) -> None:
        self.done += 1
        self.bar.update(self.task, advance=1, rate=self.rate())

    def close(self) -> None:
        self.bar.stop()


def make_progress(total_fn: Callable[[], int | None]) -> PlainProgress:
    """A bar on a terminal (counting the work first, for the ETA), plain lines otherwise."""
    if sys.stderr.isatty():
        return BarProgress(total_fn())
    return PlainProgress()
