"""Which rules fire on which records: a debug counter for the event coder, and the trail behind each event.

A rule that fires on one evaluation record only was written for that record, not for a pattern of news; the
benchmarks count, per rule name, the records it fired on (``with counting() as c: ...``). ``newsgraph show
--explain`` asks for more (``with explaining() as trails: ...``): per candidate, what proposed it (the trigger
lexicon entry), every rule that fired on it, the rule that dropped it, and the disposer's score. Both are off by
default: then ``fired`` is two global lookups and a return, and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

_counts: dict[str, set[str]] | None = None
_record = ""
_trails: dict[str, list[Trail]] | None = None
_current: Trail | None = None
_by_event: dict[int, Trail] = {}


@dataclass
class Trail:
    """One candidate's way through the coder."""

    start: int  # the trigger's character offsets
    end: int
    text: str
    proposed_by: str  # the lexicon entry (or the rule) that proposed the candidate
    rules: list[str] = field(default_factory=list)  # rules that fired on it, in order
    dropped_by: str | None = None  # the filter (or "disposer") that dropped it
    events: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, type) of the events it made
    rule_confidence: float | None = None  # the rules' own confidence, before the disposer
    score: float | None = None  # the disposer's probability
    confidence: float | None = None  # the confidence the event was given


def fired(rule: str) -> None:
    """Note that ``rule`` changed the output on the record being coded (no-op unless counting or explaining)."""
    if _counts is not None:
        _counts.setdefault(rule, set()).add(_record)
    if _current is not None:
        _current.rules.append(rule)


def begin(record_id: str) -> None:
    """The record the next firings belong to (the coder calls this once per article)."""
    global _record, _current
    if _counts is not None:
        _record = record_id
    if _trails is not None:
        _record = record_id
        _trails[record_id] = []
        _by_event.clear()
        _current = None


def keeping_trails() -> bool:
    """Trails are being kept (``--explain``): only then is a candidate's trail worth describing."""
    return _trails is not None


def follow(start: int, end: int, text: str, proposed_by: str) -> Trail | None:
    """Start the trail of a new candidate: the next firings are its own (None unless explaining)."""
    global _current
    if _trails is None:
        return None
    _current = Trail(start, end, text, proposed_by)
    _trails.setdefault(_record, []).append(_current)
    return _current


def resume(trail: Trail | None) -> None:
    """Go back to a candidate's trail (the coder drafts every candidate before it filters them)."""
    global _current
    if _trails is not None:
        _current = trail


def drop(rule: str) -> None:
    """The candidate being followed was dropped by ``rule``."""
    if _current is not None:
        _current.dropped_by = rule


def undrop() -> None:
    """The candidate being followed, dropped before, is taken up again (the content of a governor found no act)."""
    if _current is not None:
        _current.dropped_by = None


def emitted(event) -> None:
    """The candidate being followed made ``event``."""
    if _current is not None:
        _current.events.append((event.trigger.start, event.trigger.end, event.type))
        _current.rule_confidence = event.confidence
        _by_event[id(event)] = _current


def scored(event, score: float | None, kept, reason: str = "disposer") -> None:
    """The disposer's verdict on ``event``: its probability and the event kept (None when dropped)."""
    trail = _by_event.get(id(event)) if _trails is not None else None
    if trail is None:
        return
    trail.score = None if score is None else round(score, 3)
    if kept is None:
        trail.dropped_by = reason
    else:
        trail.confidence = kept.confidence


@contextmanager
def counting() -> Iterator[dict[str, set[str]]]:
    """Count firings inside the block: rule name -> ids of the records it fired on."""
    global _counts
    previous, _counts = _counts, {}
    try:
        yield _counts
    finally:
        _counts = previous


@contextmanager
def explaining() -> Iterator[dict[str, list[Trail]]]:
    """Keep every candidate's trail inside the block: article id -> trails, in the order the coder met them."""
    global _trails, _current
    previous, _trails = _trails, {}
    try:
        yield _trails
    finally:
        _trails, _current = previous, None
        _by_event.clear()


def once(counts: dict[str, set[str]]) -> list[str]:
    """Rules that fired on exactly one record."""
    return sorted(rule for rule, ids in counts.items() if len(ids) == 1)


def explain(trails: list[Trail], event) -> list[Trail]:
    """The trails that made ``event`` (same trigger offsets and type), kept by the disposer."""
    key = (event.trigger.start, event.trigger.end, event.type)
    return [t for t in trails if key in t.events and t.dropped_by is None]
