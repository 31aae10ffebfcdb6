"""Calendar arithmetic and TimeML value strings.

A resolved point in time is a ``Point(day, gran)``: a representative ``datetime.date`` and the granularity the
text gives it: ``CE`` century, ``DE`` decade, ``Y`` year, ``H1``/``H2`` half, ``Q`` quarter, ``SP``/``SU``/``FA``/``WI``
season, ``M`` month, ``W`` ISO week, ``WE`` weekend, ``D`` day. ``value()`` writes the TimeML string.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}  # a month inside the season (winter: its Jan/Feb)
# how fine a granularity is: coarser granularities have smaller numbers
FINENESS = {
    "CE": 0,
    "DE": 1,
    "Y": 2,
    "H": 3,
    "Q": 4,
    "SP": 5,
    "SU": 5,
    "FA": 5,
    "WI": 5,
    "M": 6,
    "W": 7,
    "WE": 8,
    "D": 9,
}


@dataclass(frozen=True)
class Point:
    day: dt.date
    gran: str

    def value(self) -> str:
        d, g = self.day, self.gran
        if g == "CE":
            return f"{d.year // 100:02d}"
        if g == "DE":
            return f"{d.year // 10:03d}"
        if g == "Y":
            return f"{d.year:04d}"
        if g == "H":
            return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
        if g == "Q":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if g in SEASON_MONTH:
            return f"{season_year(d):04d}-{g}"
        if g == "M":
            return f"{d.year:04d}-{d.month:02d}"
        if g in ("W", "WE"):
            y, w, _ = d.isocalendar()
            return f"{y:04d}-W{w:02d}" + ("-WE" if g == "WE" else "")
        return d.isoformat()


def season_of(day: dt.date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        day.month, "FA"
    )


def season_year(day: dt.date) -> int:
    """Winter is named after the year of its January: December 2024 belongs to 2025-WI."""
    return day.year + 1 if day.month == 12 else day.year


def season_point(year: int, code: str) -> Point:
    return Point(dt.date(year, SEASON_MONTH[code], 15), code)


def add_months(day: dt.date, n: int) -> dt.date:
    m = day.month - 1 + n
    y, m = day.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(day.day, days_in_month(y, m)))


def days_in_month(year: int, month: int) -> int:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` units (Y M W D Q DE CE 2W; a season moves by 3 months, a half by 6)."""
    if unit in ("D", "H", "MIN", "S"):
        return day + dt.timedelta(days=n if unit == "D" else 0)
    if unit in ("W", "WE"):
        return day + dt.timedelta(weeks=n)
    if unit == "2W":
        return day + dt.timedelta(weeks=2 * n)
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}.get(
        unit, 3 if unit in SEASON_MONTH else 0
    )
    return add_months(day, n * months)


def gran_of_unit(unit: str) -> str:
    return {"H": "D", "MIN": "D", "S": "D", "2W": "W"}.get(unit, unit)


def coarser(a: str, b: str) -> str:
    return a if FINENESS.get(a, 9) <= FINENESS.get(b, 9) else b


def weekday_near(anchor: dt.date, weekday: int, direction: str | None) -> dt.date:
    """The ``weekday`` (1 = Monday) nearest ``anchor`` in ``direction``: past (on or before), future (on or
    after), ``last`` (strictly before), ``next`` (strictly after), ``this`` (same ISO week)."""
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if direction == "last":
        return anchor - dt.timedelta(days=back or 7)
    if direction == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if direction == "this":
        return anchor + dt.timedelta(days=weekday - anchor.isoweekday())
    if direction == "future":
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def _candidates(anchor: dt.date, month: int, day: int | None) -> list[dt.date]:
    out = []
    for y in range(anchor.year - 8, anchor.year + 9):
        if day is None:
            out.append(dt.date(y, month, 1))
        elif day <= days_in_month(y, month):
            out.append(dt.date(y, month, day))
    return out


def month_day_near(anchor: dt.date, month: int, day: int | None, direction: str | None) -> dt.date:
    """The year for a month (``day`` None) or month-day without one: the latest on or before ``anchor`` in
    the past, the first on or after it in the future, strictly before/after for last/next, else the nearest."""
    ref = anchor.replace(day=1) if day is None else anchor
    cands = _candidates(anchor, month, day)
    if direction == "past_weak":  # the past tense is a clause's above the date's own noun or adjective
        back = max(c for c in cands if c <= ref)
        ahead = min(c for c in cands if c > ref)
        if (ref - back).days > 200 and (ahead - ref).days <= 100:
            return ahead  # "declared a dividend payable Dec. 7" in late October: a year-less date is a near one
        return back
    if direction == "past":
        return max(c for c in cands if c <= ref)
    if direction == "future":
        return min(c for c in cands if c >= ref)
    if direction == "last":
        return max(c for c in cands if c < ref)
    if direction == "next":
        return min(c for c in cands if c > ref)
    if direction == "this":
        return min(cands, key=lambda c: (abs(c.year - anchor.year), c))
    return min(cands, key=lambda c: (abs((c - ref).days), c > ref))


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def holiday(rule: str, year: int) -> dt.date:
    """The date of a holiday rule from the lexicon in ``year``."""
    kind, _, rest = rule.partition(":")
    if kind == "easter":
        return easter(year) + dt.timedelta(days=int(rest))
    if (
        kind == "nth"
    ):  # nth:N:WEEKDAY:MONTH[+DAYS], e.g. US Election Day is the Tuesday after the first Monday
        rest, _, extra = rest.partition("+")
        n, wd, month = (int(x) for x in rest.split(":"))
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1) + int(extra or 0))
    if kind == "last":
        wd, month = (int(x) for x in rest.split(":"))
        last = dt.date(year, month, days_in_month(year, month))
        return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
    month, day = (int(x) for x in rule.split("-"))
    return dt.date(year, month, day)


def holiday_near(anchor: dt.date, rule: str, direction: str | None) -> dt.date:
    cands = [holiday(rule, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if direction in ("past", "last"):
        return max(c for c in cands if c <= anchor)
    if direction in ("future", "next"):
        return min(c for c in cands if c >= anchor)
    return min(cands, key=lambda c: abs((c - anchor).days))


_SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def duration(n: float | str, unit: str) -> str:
    """ISO 8601 duration: P3Y, PT48H, PXW; decades and centuries in years, fortnights in weeks."""
    if n == "X" and unit == "DE":
        return "PXY"  # "decades-long": years, as TimeBank and MEANTIME write it (DE is no ISO 8601 unit)
    if n == "X" and unit == "CE":
        return "PXCE"
    if unit in ("DE", "CE", "2W"):
        mult = {"DE": 10, "CE": 100, "2W": 2}[unit]
        unit = "W" if unit == "2W" else "Y"
        n = n if n == "X" else n * mult
    if unit == "Q":
        unit, n = "M", n if n == "X" else n * 3
    if (
        isinstance(n, float) and n < 1 and unit in _SMALLER
    ):  # half an hour: PT30M; but two and a half years: P2.5Y
        unit, mult = _SMALLER[unit]
        n = n * mult
    if isinstance(n, float):
        n = int(n) if n.is_integer() else n
    if unit in ("H", "MIN", "S"):
        return f"PT{n}{'M' if unit == 'MIN' else unit}"
    return f"P{n}{unit}"


_PRECISION = [
    (re.compile(r"^\d{4}-\d\d-\d\dT"), "time"),
    (re.compile(r"^\d{4}-\d\d-\d\d$"), "day"),
    (re.compile(r"^\d{4}-W\d\d(-WE)?$"), "week"),
    (re.compile(r"^\d{4}-\d\d$"), "month"),
    (re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}-Q[1-4]$"), "quarter"),
    (re.compile(r"^\d{4}-H[12]$"), "half"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}$"), "decade"),
    (re.compile(r"^\d{2}$"), "century"),
]


def precision(value: str) -> str | None:
    """How precise a calendar value is: ``time``, ``day``, ``week``, ``month``, ``season``, ``quarter``, ``half``,
    ``year``, ``decade`` or ``century``; None for durations, sets, references (``PAST_REF``) and unknown years
    (``XXXX-09-11``). For the events stage, which dates events from times."""
    for pattern, name in _PRECISION:
        if pattern.match(value):
            return name
    return None
