"""The clusters a report may join, found in memory for one chunk of articles.

Asking SQLite for each report (five index searches and a sort, about five reports an article) was the
largest part of linking, and it grew with a story's size: a story open for months has thousands of
clusters in the weeks around any report. A chunk's articles come in date order and mostly name the same
stories and people, so ``Nearby`` reads a story's (or a party's) clusters of a date range once, with room
ahead, and then answers each report from buckets keyed by that story or party and the report's type
family or trigger word: the day-dated clusters sorted by day (a report looks only at the days its dates
allow), the others apart. Each cluster row the chunk changes is indexed again at once, so the next report
sees it as the store would; the store itself gets the rows at the end of the chunk (``Clusters.write``),
so a story or party read from it later in the chunk adds the rows changed since that now have its key
(``fresh``), which its query cannot see.

The answer is exactly what the SQL search (``CANDIDATE_RULES`` below, kept as the rule it reproduces)
returns: the same filters, SQLite's own ``date()`` and ``julianday()`` for the odd dates, the same order
(its story first, then the nearest in date, NULL distances first, then pk) and the same 200 at most.
"""

from __future__ import annotations

import bisect
import datetime
import sqlite3
from functools import lru_cache

from .events import family, interval, words_of

WINDOW = 8  # days either side of a report's dates in which candidate clusters are looked for
PLANNED_REACH = 60  # an undated planned report reaches this much further back
AHEAD = 30  # days read beyond a report's window when a story's or party's clusters are loaded
LIMIT = 200
ROW_SQL = (
    "SELECT pk, type, actor_ref, recipient_ref, lemma, story_pk, location_country, date, date_precision, status, "
    "mode, family, actor_name, actor_country, actor_sector, recipient_name, recipient_country, recipient_sector "
    "FROM clusters"
)
PK, TYPE, ACTOR, RECIPIENT, LEMMA, STORY, COUNTRY, DATE, PRECISION, STATUS, MODE, FAMILY = range(12)
PARTY_CODES = ("actor_name", "actor_country", "actor_sector", "recipient_name", "recipient_country", "recipient_sector")
CANDIDATE_RULES = """a cluster is a candidate for a report when
    it is in the report's story, or its actor or recipient is one of the report's parties, and its date
    (as text) is within [first day - 68, last day + 8] of the report's dates or their ISO weeks; and
    its family is the report's type family, or one of its trigger words (its reports') the report's; and
    its date is a day within a day of the report's dates, or it is dated by publication, or coarser than
    a day, or not a valid day; and its status is of the report's kind (negated, hypothetical or real); and
    its country is the report's, or either is unknown."""


@lru_cache(maxsize=65536)
def _day_facts(day: str) -> tuple[float | None, bool]:
    """(SQLite's julianday of ``day``, whether SQLite's date() rejects it): what the SQL search computed."""
    with sqlite3.connect(":memory:") as conn:
        jd, bad = conn.execute("SELECT julianday(?), date(?) IS NULL", (day, day)).fetchone()
    return jd, bool(bad)


def _loose(row: tuple) -> bool:
    """Whether a cluster passes the date test whatever the report's day (not indexed by day)."""
    date = row[DATE]
    return row[PRECISION] == "publication" or len(date) < 10 or _day_facts(date[:10])[1]


class _Bucket:
    """One story's or party's clusters of one type family or trigger word: day-dated ones by day."""

    __slots__ = ("days", "seen", "loose")

    def __init__(self) -> None:
        self.days: list[tuple[str, int]] = []
        self.seen: set[tuple[str, int]] = set()
        self.loose: set[int] = set()

    def add(self, row: tuple) -> None:
        if _loose(row):
            self.loose.add(row[PK])
            return
        entry = (row[DATE][:10], row[PK])
        if entry not in self.seen:  # a cluster moved to another day keeps its old entry: the filter drops it
            self.seen.add(entry)
            bisect.insort(self.days, entry)

    def between(self, first: str, last: str) -> list[int]:
        lo = bisect.bisect_left(self.days, (first, -1))
        hi = bisect.bisect_right(self.days, (last, float("inf")))
        return [pk for _day, pk in self.days[lo:hi]]


def _keys(row: tuple) -> list[tuple]:
    out = [("s", row[STORY])] if row[STORY] is not None else []
    out += [("p", p) for p in {row[ACTOR], row[RECIPIENT]} if p is not None]
    return out


def _sels(fam: str | None, lemmas: str | None) -> list[tuple]:
    """The buckets of a family and of each trigger word (a cluster row's ``lemma`` holds its reports' words,
    ``events.words_of``; a report's, its one word)."""
    return [("f", fam)] + [("l", w) for w in sorted(words_of(lemmas))]


class Nearby:
    """The cluster rows one chunk has read or written, indexed by story or party and family or word.
    Valid inside one transaction: every cluster written in it must be told (``wrote``)."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.rows: dict[int, tuple] = {}  # pk -> the cluster's row as the store now has it
        self.cover: dict[tuple, tuple[str, str]] = {}  # key -> the date range read from the store
        self.buckets: dict[tuple, _Bucket] = {}
        self.fresh: dict[tuple, set[int]] = {}  # key -> clusters changed in the chunk with that key (once)

    def _index(self, row: tuple, keys: list[tuple]) -> None:
        for key in keys:
            for sel in _sels(row[FAMILY], row[LEMMA]):
                self.buckets.setdefault((key, sel), _Bucket()).add(row)

    def _read(self, key: tuple, lo: str, hi: str) -> None:
        """Have every cluster of ``key`` dated (as text) within [lo, hi] indexed."""
        have = self.cover.get(key)
        if have is not None and have[0] <= lo and hi <= have[1]:
            return
        ahead = (datetime.date.fromisoformat(hi[:10]) + datetime.timedelta(days=AHEAD)).isoformat()
        lo, hi = (min(lo, have[0]), max(ahead, have[1])) if have else (lo, ahead)
        self.cover[key] = (lo, hi)
        params: tuple
        weeks = _weeks(lo, hi)
        within = "(date BETWEEN ? AND ? OR date BETWEEN ? AND ?)"
        if key[0] == "s":
            sql, params = ROW_SQL + f" WHERE story_pk = ? AND {within}", (key[1], lo, hi, *weeks)
        else:
            sql = (ROW_SQL + f" WHERE actor_ref = ? AND {within} UNION "  # noqa: S608 (constants)
                   + ROW_SQL + f" WHERE recipient_ref = ? AND {within}")  # fmt: skip
            params = (key[1], lo, hi, *weeks, key[1], lo, hi, *weeks)
        for found in self.conn.execute(sql, params):
            row: tuple = self.rows.setdefault(found[0], tuple(found))  # a row changed in this chunk is current
            self._index(row, [key])  # the other keys read have it if it is in their range
        for pk in self.fresh.get(key, ()):
            row = self.rows[pk]
            if key in _keys(row) and row[DATE] is not None and _within(row[DATE], lo, hi):
                self._index(row, [key])  # its stored row is older: the query may not have found it

    def made(self, pk: int, story: int | None, fam: str, type_: str, date: str, lemma: str | None) -> None:
        """A cluster was inserted with these values (the rest NULL until its row is written)."""
        self.rows[pk] = (pk, type_, None, None, lemma, story, None, date, None, None, None, fam, *[None] * 6)

    def wrote(self, pk: int, values: dict) -> None:
        """A cluster's row was written with ``values`` (its consensus, the names and codes of its parties,
        ``PARTY_CODES``, and its reports' trigger words, ``lemma``; its story is the one it was made with)."""
        old = self.rows[pk]  # every cluster a report joins was found or made here
        row = (pk, values["type"], values["actor"], values["recipient"], values.get("lemma", old[LEMMA]), old[STORY], values["location"],
               values["date"], values["date_precision"], values["status"], values["mode"], family(values["type"]),
               *(values.get(k) for k in PARTY_CODES))  # fmt: skip
        self.rows[pk] = row
        keys = _keys(row)
        for key in keys:
            self.fresh.setdefault(key, set()).add(pk)
        self._index(row, [key for key in keys if key in self.cover])

    def candidates(self, report: dict) -> list[tuple[int, tuple]]:
        """(pk, profile row: the cluster row without its family) of the clusters the report may join, in
        the SQL search's order."""
        span = interval(report["date"], report["date_precision"], report["status"], report["published"])
        if span is None:
            return []
        lo, hi, d0, d1, start = _bounds(*span)
        story = report["story"]
        parties = {p for p in (report["actor"], report["recipient"]) if p is not None}
        keys = ([("s", story)] if story is not None else []) + [("p", p) for p in parties]
        sels = _sels(family(report["type"]), report["lemma"])
        found: set[int] = set()
        for key in keys:
            self._read(key, lo, hi)
            for sel in sels:
                bucket = self.buckets.get((key, sel))
                if bucket is not None:
                    found.update(bucket.between(d0, d1))
                    found |= bucket.loose
        test = _Test(report, story, parties, (lo, hi, d0, d1))
        rows = [self.rows[pk] for pk in found if test(self.rows[pk])]
        rows.sort(key=lambda r: (r[STORY] != story, *_distance(r[DATE], start), r[PK]))
        return [(r[PK], r[:FAMILY] + r[FAMILY + 1 :]) for r in rows[:LIMIT]]


@lru_cache(maxsize=4096)
def _weeks(lo: str, hi: str) -> tuple[str, str]:
    """The ISO weeks of the days [lo, hi], as text a week-dated cluster's date is compared with ("2027-W31"
    and "2027-W31-WE" sort after every day of the year, so a day range alone never finds them)."""
    first, last = datetime.date.fromisoformat(lo[:10]), datetime.date.fromisoformat(hi[:10])
    return first.strftime("%G-W%V"), last.strftime("%G-W%V") + "-WE"


def _within(date: str, lo: str, hi: str) -> bool:
    """Whether a cluster's date (as text) is within the days [lo, hi] or their weeks (``_weeks``)."""
    if lo <= date <= hi:
        return True
    wlo, whi = _weeks(lo, hi)
    return wlo <= date <= whi


@lru_cache(maxsize=4096)
def _bounds(first: datetime.date, last: datetime.date) -> tuple[str, str, str, str, float]:
    """For a report's (first, last) day: the date range its candidates are read from, the days its
    day-dated candidates may have, and SQLite's julian day of its first day (to sort by distance)."""
    start = _day_facts(first.isoformat())[0]
    assert start is not None  # a date() of a real day always has its julian day
    return (
        (first - datetime.timedelta(days=WINDOW + PLANNED_REACH)).isoformat(),
        (last + datetime.timedelta(days=WINDOW)).isoformat(),
        (first - datetime.timedelta(days=1)).isoformat(),
        (last + datetime.timedelta(days=1)).isoformat(),
        start,
    )


def _distance(date: str, start: float) -> tuple:
    """SQLite's ``abs(julianday(substr(date, 1, 10)) - start)`` as a sort key: NULL first."""
    jd = _day_facts(date[:10])[0]
    return (0, 0.0) if jd is None else (1, abs(jd - start))


class _Test:
    """``CANDIDATE_RULES`` for one report, over a cluster row."""

    __slots__ = ("story", "parties", "fam", "lemma", "status", "loc", "lo", "hi", "d0", "d1")

    def __init__(self, report: dict, story, parties: set, bounds: tuple) -> None:
        self.story, self.parties = story, parties
        self.fam, self.lemma = family(report["type"]), report["lemma"]
        self.status = report["status"] if report["status"] in ("negated", "hypothetical") else "real"
        self.loc = report["location"]
        self.lo, self.hi, self.d0, self.d1 = bounds

    def __call__(self, row: tuple) -> bool:
        date = row[DATE]
        if date is None or not _within(date, self.lo, self.hi):
            return False
        near = (
            (self.story is not None and row[STORY] == self.story)
            or row[ACTOR] in self.parties
            or (row[RECIPIENT] in self.parties)
        )
        if not near or not (row[FAMILY] == self.fam or (self.lemma is not None and self.lemma in words_of(row[LEMMA]))):
            return False
        status = row[STATUS] if row[STATUS] in ("negated", "hypothetical") else "real"
        if status != self.status or not (
            self.loc is None or row[COUNTRY] is None or row[COUNTRY] == self.loc
        ):
            return False
        return _loose(row) or self.d0 <= date[:10] <= self.d1
