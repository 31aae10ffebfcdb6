"""Which rules fire on which records: a debug counter for the event coder.

A rule that fires on one evaluation record only was written for that record, not for a pattern of news; the
benchmarks count, per rule name, the records it fired on (``with counting() as c: ...``). Off by default: then
``fired`` is one global lookup and a return, and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

_counts: dict[str, set[str]] | None = None
_record = ""


def fired(rule: str) -> None:
    """Note that ``rule`` changed the output on the record being coded (no-op unless counting)."""
    if _counts is not None:
        _counts.setdefault(rule, set()).add(_record)


def begin(record_id: str) -> None:
    """The record the next firings belong to (the coder calls this once per article)."""
    global _record
    if _counts is not None:
        _record = record_id


@contextmanager
def counting() -> Iterator[dict[str, set[str]]]:
    """Count firings inside the block: rule name -> ids of the records it fired on."""
    global _counts
    previous, _counts = _counts, {}
    try:
        yield _counts
    finally:
        _counts = previous


def once(counts: dict[str, set[str]]) -> list[str]:
    """Rules that fired on exactly one record."""
    return sorted(rule for rule, ids in counts.items() if len(ids) == 1)
