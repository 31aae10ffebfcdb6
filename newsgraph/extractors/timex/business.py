"""Business reporting: the periods of an earnings story ("the latest quarter", "the year-earlier period",
"the 1988 quarter", "a year ago" meaning the same quarter a year before, "the year ended June 30").

An earnings story names its quarter once ("third-quarter profit", "the fiscal second quarter") and then refers
back to it: "in the quarter", "the latest period", "the year-earlier quarter". The resolver keeps that
reference quarter (the last explicit quarter of the article) and reads the back references against it; with
none named yet, the reference is the last quarter that ended before the publication date, the one a company
reports on.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import Point, shift
from .patterns import Candidate
from .state import ResolverState
from .tense import modifies_noun

# "year-earlier", "year-ago", "prior-year", "comparable": the same period a year before
YEAR_BACK = re.compile(r"(?i)^(?:year[-\s](?:earlier|ago)|prior[-\s]year|comparable)$")
# "a year earlier", "the year-ago quarter": a comparison with the period just named, not a new point in the story
COMPARISON = re.compile(r"(?i)\b(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|year[-\s](?:earlier|ago)|prior[-\s]year)\b")

# the figures of a sentence are for a stretch longer than a quarter
LONGER_PERIOD = re.compile(r"(?i)\b(?:(?:six|nine|6|9|twelve|12)[\s-]+months?|(?:first|second)\s+half|"
                           r"the\s+(?:full\s+|fiscal\s+)?year(?![-\s]+(?:earlier|ago))|year[-\s]to[-\s]date)\b")


def is_comparison(text: str) -> bool:
    """A comparison is not where the story is: "up from $4 million a year earlier" must not become the time the
    next "a year earlier" counts from (two years back)."""
    return COMPARISON.search(text) is not None


class BusinessMixin(ResolverState):
    def note_quarter(self, c: Candidate, point: Point) -> None:
        """An explicit quarter that has ended by the publication date can be the one the story reports on
        ("the fourth quarter" of an outlook cannot)."""
        if shift(point.day, "Q", 1) <= self.dct:
            self.ref_quarters.append((c.start, point))
            if modifies_noun(self.doc, c.start, c.end):
                self.report_quarters.add(c.start)

    def reference_quarter(self, c: Candidate) -> Point:
        """The first quarter the story named (its lead says which quarter is reported; later quarters are
        comparisons), unless a later quarter dates a report of its own ("America West reported third-quarter
        profit ..." in a round-up of several companies); else the one last reported on."""
        before = [(start, p) for start, p in self.ref_quarters if start < c.start]
        if before:
            later = [p for start, p in before[1:] if start in self.report_quarters]
            return later[-1] if later else before[0][1]
        this_q = dt.date(self.dct.year, 3 * ((self.dct.month - 1) // 3) + 1, 1)
        return Point(shift(this_q, "Q", -1), "Q")  # the quarter last reported on

    def has_quarter(self, c: Candidate) -> bool:
        return any(start < c.start for start, _ in self.ref_quarters)

    def r_bizperiod(self, c: Candidate):
        """ "the latest quarter", "the year-earlier period", "the 1988 quarter", "the quarter a year ago"."""
        ref = self.reference_quarter(c)
        rel = " ".join((c.group("rel") or "").split())
        if rel[:1].isdigit():
            day = ref.day.replace(year=int(rel))
        elif YEAR_BACK.match(rel) or c.group("ago"):
            day = shift(ref.day, "Y", -1)
        else:
            day = ref.day
        return Point(day, "Q"), "DATE", "publication"

    r_bizquarter = r_bizperiod

    def r_yearback(self, c: Candidate):
        """ "year-earlier results", "year-ago levels": the reference period a year before."""
        if self.has_quarter(c):
            return Point(shift(self.reference_quarter(c).day, "Y", -1), "Q"), "DATE", "publication"
        return Point(dt.date(self.dct.year - 1, 1, 1), "Y"), "DATE", "publication"

    def r_fullyear(self, c: Candidate):
        """ "sales for the full year": the year of the quarter reported on."""
        return Point(dt.date(self.reference_quarter(c).day.year, 1, 1), "Y"), "DATE", "publication"

    def r_fiscalyear(self, c: Candidate):
        """ "the fiscal year": the company's year now running, a stretch of a year after "throughout" or "over";
        "the latest fiscal year" is the last one closed, last year's."""
        if self._over(c):
            return "P1Y", "DURATION", None
        year = self.dct.year - 1 if c.group("rel") else self.dct.year
        return Point(dt.date(year, 1, 1), "Y"), "DATE", "publication"

    def r_yearended(self, c: Candidate):
        """ "the year ended June 30", "the fiscal year ending in March": a twelve-month period, told by its end."""
        unit = c.group("unit").lower()
        return ("P3M" if unit == "quarter" else "P1Y"), "DURATION", None

    def quarter_year_back(self, c: Candidate) -> Point | None:
        """ "a year ago", "a year earlier" in a story that has named its quarter: that quarter a year before."""
        if not self.has_quarter(c) or not self._quarter_nearby(c):
            return None
        n = (c.group("n") or "").lower()
        if n not in ("a", "one", "1") or not c.group("unit").lower().startswith("year"):
            return None
        if c.group("dir").lower() not in ("ago", "earlier", "before"):
            return None
        back = shift(self.reference_quarter(c).day, "Y", -1)
        if self._longer_period_in_sentence(c):
            return Point(back, "Y")  # "for the nine months, net rose from $2 a share a year earlier": no quarter
        return Point(back, "Q")

    def _longer_period_in_sentence(self, c: Candidate) -> bool:
        """The sentence's own figures are for a stretch longer than a quarter ("the nine months", "the first
        half", "the year"), so its "a year earlier" is that stretch a year back, which no quarter names."""
        span = self.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        return LONGER_PERIOD.search(self.doc.text[span.sent.start_char : c.start]) is not None

    def _quarter_nearby(self, c: Candidate) -> bool:
        """A quarter named in this sentence or the one before: the comparison is with that quarter's figures
        ("profit rose ... from a year ago"), not with a year in general."""
        span = self.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return True
        sent = span.sent
        first = sent.start_char
        if sent.start > 0:
            first = self.doc[sent.start - 1].sent.start_char
        return any(first <= d[0] < c.start and d[3] == "Q" for d in self.days)
