"""The category table of the times benchmark: where value errors fall, so rules are written for kinds of
expression, never for one sentence.

Every gold TIMEX3 is put in three categories, read from its gold value and the creation time alone:
its TimeML type; its direction (a calendar value before, containing or after the creation day: ``past``,
``same``, ``future``; ``PAST_REF`` and the like go with their direction; durations and sets are ``none``);
and its granularity (day, month, quarter, ...; ``duration``, ``set``, ``ref``, ``unknown year``).
Each gold expression ends as ``right``, ``missed`` (no overlapping prediction) or ``wrong value``; a wrong
value is split by cause (wrong granularity, wrong direction, same direction but wrong offset, a date read as
a duration or the reverse). Spurious predictions are counted by the granularity of their own value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict

from newsgraph.extractors.timex.dates import precision

from .common import table

REF_DIRECTION = {"PAST_REF": "past", "PRESENT_REF": "same", "FUTURE_REF": "future"}


def granularity(value: str) -> str:
    if value in REF_DIRECTION:
        return "ref"
    if value.startswith("P"):
        return "duration"
    if value.startswith("XXXX"):
        return "unknown year"
    got = precision(value)
    if got is None:
        return "other"
    return "day" if got == "time" else got if got != "week" or "WE" not in value else "weekend"


def _span(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a calendar value covers, for comparing it with the creation day."""
    m = re.match(r"(\d{4})(?:-(\d\d|Q[1-4]|H[12]|W\d\d|SP|SU|FA|WI)(?:-(\d\d))?)?", value)
    if m is None or len(value) < 4 or not value[:4].isdigit():
        if re.fullmatch(r"\d{2,3}", value):  # a decade or a century
            width = 10 ** (4 - len(value))
            y = int(value) * width
            return dt.date(max(y, 1), 1, 1), dt.date(min(y + width - 1, 9999), 12, 31)
        return None
    y, mid, d = int(m[1]), m[2], m[3]
    if mid is None:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if d is not None:
        day = dt.date(y, int(mid), int(d))
        return day, day
    if mid.isdigit():
        first = dt.date(y, int(mid), 1)
        nxt = dt.date(y + (first.month == 12), first.month % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    if mid[0] in "QH":
        n, size = int(mid[1]), 3 if mid[0] == "Q" else 6
        first = dt.date(y, size * (n - 1) + 1, 1)
        last_month = size * n
        nxt = dt.date(y + (last_month == 12), last_month % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    if mid[0] == "W" and mid[1:].isdigit():
        first = dt.date.fromisocalendar(y, int(mid[1:]), 1)
        return first, first + dt.timedelta(days=6)
    months = {"WI": (12, 2), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}[mid]
    first = dt.date(y - (mid == "WI"), months[0], 1)
    return first, dt.date(y, months[1], 28)


def direction(value: str, dct: str) -> str:
    """``past``, ``same`` or ``future`` of a calendar value against the creation day; ``none`` otherwise."""
    if value in REF_DIRECTION:
        return REF_DIRECTION[value]
    if value.startswith(("P", "X")):
        return "none"
    try:
        span = _span(value)
    except ValueError:
        return "none"
    if span is None:
        return "none"
    day = dt.date.fromisoformat(dct[:10])
    if span[1] < day:
        return "past"
    if span[0] > day:
        return "future"
    return "same"


def cause(gold: str, got: str, dct: str) -> str:
    """Why a predicted value differs from the gold one."""
    gg, pg = granularity(gold), granularity(got)
    if (gg == "duration") != (pg == "duration"):
        return "date/duration confused"
    if gg != pg:
        return "wrong granularity"
    if gg in ("duration", "set", "ref", "unknown year", "other"):
        return f"wrong {gg}"
    if direction(gold, dct) != direction(got, dct):
        return "wrong direction"
    return "wrong offset"


def categorise(docs, preds) -> dict:
    """Counts per category: ``{axis: {category: Counter(gold=, right=, missed=, wrong=)}}`` plus causes."""
    axes: dict[str, dict[str, Counter]] = {"type": defaultdict(Counter), "direction": defaultdict(Counter),
                                           "granularity": defaultdict(Counter)}
    causes: Counter = Counter()
    for doc, times in zip(docs, preds, strict=True):
        for g in doc.gold:
            hits = [t for t in times if t.start < g.end and g.start < t.end]
            if not hits:
                outcome = "missed"
                causes["missed"] += 1
            elif any(t.value == g.value for t in hits):
                outcome = "right"
            else:
                outcome = "wrong"
                causes[cause(g.value, hits[0].value, doc.dct)] += 1
            keys = {"type": g.type, "direction": direction(g.value, doc.dct), "granularity": granularity(g.value)}
            for axis, key in keys.items():
                axes[axis][key]["gold"] += 1
                axes[axis][key][outcome] += 1
        for t in times:
            if not any(t.start < g.end and g.start < t.end for g in doc.gold):
                causes["spurious"] += 1
                causes["spurious " + granularity(t.value)] += 1
    return {"axes": axes, "causes": causes}


def render(cats: dict) -> str:
    rows = []
    for axis, groups in cats["axes"].items():
        for key, c in sorted(groups.items(), key=lambda kv: -kv[1]["gold"]):
            rows.append([axis, key, c["gold"], c["right"], c["right"] / c["gold"], c["missed"], c["wrong"]])
    head = ["axis", "category", "gold", "value right", "value recall", "missed", "wrong value"]
    causes = cats["causes"]
    order = ["missed", "spurious", "wrong direction", "wrong offset", "wrong granularity", "date/duration confused"]
    rest = sorted(k for k in causes if k not in order and not k.startswith("spurious "))
    cause_rows = [[k, causes[k]] for k in order + rest if causes[k]]
    spurious = sorted((k for k in causes if k.startswith("spurious ")), key=lambda k: -causes[k])
    cause_rows += [[k, causes[k]] for k in spurious]
    return table(head, rows) + "\n\nErrors by cause:\n\n" + table(["cause", "count"], cause_rows)


def _as_plain(cats: dict) -> dict:
    return {"axes": {a: {k: dict(c) for k, c in g.items()} for a, g in cats["axes"].items()},
            "causes": dict(cats["causes"])}


def render_change(before: dict, cats: dict) -> str:
    """Before and after side by side, per category (value right and recall) and per cause of error, so that a
    change shows where it helped and where it cost; ``before`` is a stored count table (no text)."""
    after = _as_plain(cats)
    rows = []
    for axis, groups in after["axes"].items():
        old_groups = before["axes"].get(axis, {})
        for key in sorted(set(groups) | set(old_groups), key=lambda k: -groups.get(k, {}).get("gold", 0)):
            old, new = old_groups.get(key, {}), groups.get(key, {})
            gold = new.get("gold", old.get("gold", 0))
            ro, rn = old.get("right", 0), new.get("right", 0)
            rows.append([axis, key, gold, ro, rn, ro / gold if gold else 0.0, rn / gold if gold else 0.0,
                         f"{rn - ro:+d}"])
    head = ["axis", "category", "gold", "right before", "right after", "recall before", "recall after", "change"]
    causes = sorted(set(before["causes"]) | set(after["causes"]),
                    key=lambda k: (k.startswith("spurious "), -before["causes"].get(k, 0)))
    cause_rows = [[k, before["causes"].get(k, 0), after["causes"].get(k, 0),
                   f"{after['causes'].get(k, 0) - before['causes'].get(k, 0):+d}"] for k in causes]
    return (table(head, rows) + "\n\nErrors by cause, before and after:\n\n"
            + table(["cause", "before", "after", "change"], cause_rows))
