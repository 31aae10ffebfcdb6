"""The reference time moving through a story: expressions counted from the day or period the story is at
("the next day", "that week", "the previous Friday", "in the morning", "the same period a year earlier"),
not from the publication date. ``anchor`` and ``anchor_day`` (in ``resolve`` and ``clock``) say which time that is.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import FINENESS, Point, duration, season_of, shift, weekday_near
from .patterns import Candidate
from .state import ResolverState
from .words import DURATION_RELS, PART_CODES, REL_STEP, UNIT_NAMES, weekday_of


class StoryMixin(ResolverState):
    def r_theday(self, c: Candidate):
        """ "ended the day", "late in the day", "earlier in the week": the period of the anchor day."""
        unit = UNIT_NAMES[c.group("unit").lower()]
        day, _, anchor = self.anchor_day(c, narrative=True)
        return Point(day, unit), "DATE", anchor

    def r_anchoredwd(self, c: Candidate):
        """ "the previous Friday", "the following Monday": counted from the day the story is at."""
        base, _, anchor = self.anchor_day(c, narrative=True)
        way = "next" if c.group("rel").lower() in ("following", "next") else "last"
        point = Point(weekday_near(base, weekday_of(c.group("wd")), way), "D")
        self.remember(c, point)
        return point.value(), "DATE", anchor

    def r_daypart(self, c: Candidate):
        """ "in the morning", "by mid afternoon": that part of the day the story is at."""
        base, _, anchor = self.anchor_day(c, narrative=True)
        return f"{base.isoformat()}T{PART_CODES[c.group('part').lower()]}", "TIME", anchor

    def r_overnight(self, c: Candidate):
        """ "overnight": the night before the day the story is at in a past clause ("shelling hit the port
        overnight, officials said on Monday": Sunday night), that day's night otherwise ("will run overnight")."""
        base, _, anchor = self.anchor_day(c, narrative=True)
        if self.direction(c) == "past":
            base -= dt.timedelta(days=1)
        return f"{base.isoformat()}TNI", "TIME", anchor

    def r_midweek(self, c: Candidate):
        """ "midweek": the middle of a week, the one of publication unless its Wednesday is already behind
        ("forecast to return midweek" on a Friday: next week's) or still ahead in a past clause (last week's)."""
        way, wd = self.direction(c), self.dct.isoweekday()
        step = 1 if way in ("future", "present") and wd > 3 else -1 if way == "past" and wd < 3 else 0
        return Point(shift(self.dct, "W", step), "W"), "DATE", "publication"

    def r_anchored(self, c: Candidate):
        rel = " ".join(c.group("rel").lower().split())
        unit = c.group("unit").lower()
        if unit in UNIT_NAMES and rel.split()[-1] in DURATION_RELS and self._over(c):
            return duration(1, UNIT_NAMES[unit]), "DURATION", None
        base, gran, anchor = self.anchor(c)
        step = REL_STEP.get(rel.split()[-1], 0)
        return self._step_from(c, base, gran, anchor, unit, step)

    def _over(self, c: Candidate) -> bool:
        """ "over the following decade", "for the next year": the preposition asks for a stretch of time."""
        before = re.search(r"(\w+)\s+$", c.match.string[max(0, c.start - 40) : c.start])
        return before is not None and before.group(1).lower() in ("over", "throughout", "within")

    def r_sameperiod(self, c: Candidate):
        """ "sales rose in February, up from the same period last year": the period just named, a year back."""
        unit = c.group("unit").lower()
        base, gran, anchor = self.anchor(c)
        if unit not in ("period", "time"):
            gran = {"month": "M", "quarter": "Q", "week": "W", "day": "D"}.get(unit, gran)
            if unit == "season":
                gran = season_of(base)
        if gran in ("CE", "DE"):
            gran = "Y"  # nothing finer to go on: at least the year
        return Point(shift(base, "Y", -1), gran), "DATE", anchor

    def r_unitbefore(self, c: Candidate):
        """ "the day before", "the year after": one unit from the time last mentioned."""
        base, gran, anchor = self.anchor(c)
        step = -1 if c.group("dir").lower() in ("before", "earlier") else 1
        return self._step_from(c, base, gran, anchor, c.group("unit").lower(), step)

    def _step_from(self, c: Candidate, base: dt.date, gran: str, anchor: str, unit: str, step: int):
        if unit == "time":  # "by that time": the moment last mentioned
            if anchor == "publication":
                return "PAST_REF", "DATE", None
            return Point(base, gran), "DATE", anchor
        if unit in PART_CODES:
            day = base + dt.timedelta(days=step)
            self.remember(c, Point(day, "D"))
            return f"{day.isoformat()}T{PART_CODES[unit]}", "TIME", anchor
        code = UNIT_NAMES[unit]
        if FINENESS[gran] < FINENESS[code]:
            return None  # "the next day" after "2009": nothing to count from
        return Point(shift(base, code, step), code), "DATE", anchor
