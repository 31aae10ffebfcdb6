"""newsgraph's time expression recogniser and resolver (TimeML values, anchored on the publication date).

``find(text, doc, dct)`` -> ``[Time]``. Stages: ``patterns.scan`` (regular expressions built from
``lexicons/time_words.tsv``), ``filters.keep`` (the parse decides "May" the name, "March" the verb, "2000 troops"; the checks of business
periods in ``periods``, of vague references and generic days in ``vague``, the words around a match from
``context``),
``patterns.select`` (longest non-overlapping), ``merge`` (a date and a clock time side by side become one TIME),
``resolve.Resolver`` (values, with the direction of each clause from ``tense.direction``; durations and sets in
``extents``, clock times in ``clock``, earnings periods in ``business``, times counted from the story's own day in
``story``, calendar arithmetic in ``dates``, the words of a match in ``words``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re

from ...model import Time
from . import filters, patterns
from .dates import precision
from .resolve import CLOCKS, Resolver

__all__ = ["anchor_date", "find", "precision"]

log = logging.getLogger("newsgraph.times")

DAY_PATTERNS = {
    "mdy",
    "dmy",
    "range_first",
    "range_last",
    "dayonly",
    "partrel",
    "weekday",
    "dayword",
    "iso",
    "numeric",
    "holiday",
}
JOINER = re.compile(r"\s*(?:,\s*)?(?:(?i:on|at|of))?\s*$")


def merge(
    cands: list[patterns.Candidate], text: str, no_merge: set | frozenset = frozenset()
) -> list[patterns.Candidate]:
    """Join a day and a clock time next to each other ("Friday at 6pm", "6 p.m. on March 3") into one."""
    out: list[patterns.Candidate] = []
    for c in cands:
        if out:
            prev = out[-1]
            pair = {prev.name, c.name}
            kinds_ok = (prev.name in CLOCKS and c.name in DAY_PATTERNS) or (
                prev.name in DAY_PATTERNS and c.name in CLOCKS
            )
            joined = kinds_ok and len(pair) == 2 and (prev.start, c.end) not in no_merge
            if joined and JOINER.match(text[prev.end : c.start]) and c.start - prev.end <= 5:
                out[-1] = patterns.Candidate(prev.start, c.end, "datetime", prev.match, prev.rank, [prev, c])
                continue
        out.append(c)
    return out


def anchor_date(date: str) -> dt.date:
    return dt.date.fromisoformat(date[:10])


def find(text: str, doc, dct: dt.date) -> list[Time]:
    kept = [k for c in patterns.scan(text) if (k := filters.keep(c, doc)) is not None]
    no_merge: set[tuple[int, int]] = set()
    for _ in range(3):  # a long match that cannot be resolved gives way to the shorter ones under it
        chosen = merge(patterns.split_ranges(patterns.select(kept)), text, no_merge)
        times, failed = _resolve_all(chosen, text, doc, dct)
        if not failed:
            break
        kept = [k for k in kept if (k.start, k.end, k.name) not in failed]
        no_merge |= {(s, e) for s, e, name in failed if name == "datetime"}
    return times


def _resolve_all(chosen, text: str, doc, dct: dt.date) -> tuple[list[Time], set]:
    resolver = Resolver(dct, doc)
    times: list[Time] = []
    failed = set()
    for c in chosen:
        try:
            got = resolver.resolve(c)
        except (ValueError, KeyError, OverflowError) as exc:  # "10,000 years ago": no calendar date
            log.debug("time %r at %d not resolved: %r", c.text, c.start, exc)
            got = None
        if got is None:
            failed.add((c.start, c.end, c.name))
            continue
        value, kind, anchor = got
        times.append(
            Time(text=text[c.start : c.end], start=c.start, end=c.end, value=value, type=kind, anchor=anchor)
        )
    return _number_anchors(times), failed


def _number_anchors(times: list[Time]) -> list[Time]:
    """The resolver names an anchor by its offset ("@120"); the record names it by its place ("t2")."""
    place = {t.start: i + 1 for i, t in enumerate(times)}
    out = []
    for t in times:
        if t.anchor and t.anchor.startswith("@"):
            n = place.get(int(t.anchor[1:]))
            t = dataclasses.replace(t, anchor=f"t{n}" if n else "publication")
        out.append(t)
    return out
