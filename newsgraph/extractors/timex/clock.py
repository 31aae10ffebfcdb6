"""Resolvers for clock times ("at 6am", "15:00 GMT", "Friday at 6pm"), on the day they belong to."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from newsgraph.spacy_util import doc_text

from .patterns import Candidate
from .state import ResolverState
from .words import number

CLOCKS = {"clock", "clock24", "military", "noon", "oclock"}


class ClockMixin(ResolverState):
    def _clock(self, c: Candidate, hour: int, minute: int, day: dt.date | None = None):
        anchor = None
        if day is None:
            # on the day the story is at ("The ferry leaves on Saturday. Check in by 6 am"), unless the time leads
            # its line, as the entries of a live blog do ("5:55 p.m.  Trump says ..."): those are of publication
            day, gran, anchor = self.anchor_day(c, narrative=not self._leads_line(c))
        zone = "Z" if (c.group("tz") or "").upper() in ("GMT", "UTC") else ""
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}", "TIME", anchor

    def anchor_day(self, c: Candidate, narrative: bool = False) -> tuple[dt.date, str, str]:
        """The nearest day-level date of the same sentence, else (``narrative``, for "the day", "later in the
        day") the last one mentioned before, else the publication date."""
        sent = self.sentence_start(c.start)
        days = [d for d in self.days if d[3] == "D"]
        same = [d for d in days if d[1] == sent]
        if same:
            pick = min(same, key=lambda d: abs(d[0] - c.start))
            return pick[2], "D", f"@{pick[0]}"
        before = [d for d in days if d[0] < c.start]
        if narrative and before:
            return before[-1][2], "D", f"@{before[-1][0]}"
        return self.dct, "D", "publication"

    def _leads_line(self, c: Candidate) -> bool:
        return not doc_text(self.doc)[max(0, c.start - 200) : c.start].rsplit("\n", 1)[-1].strip() or (
            self.sentence_start(c.start) >= c.start
        )

    def _hour(self, c: Candidate) -> int | None:
        h = c.group("h")
        hour = int(h) if h.isdigit() else int(number(h) or 0)
        ap = (c.group("ap") or "").lower().replace(".", "")
        if ap == "pm" and hour < 12:
            hour += 12
        if ap == "am" and hour == 12:
            hour = 0
        return hour if 0 <= hour <= 24 else None

    def r_clock(self, c: Candidate, day: dt.date | None = None):
        hour = self._hour(c)
        if hour is None or int(c.group("h")) > 12:
            return None
        return self._clock(c, hour, int(c.group("mi") or 0), day)

    def r_clock24(self, c: Candidate, day: dt.date | None = None):
        return self._clock(c, int(c.group("h")), int(c.group("mi")), day)

    r_military = r_clock24

    def r_noon(self, c: Candidate, day: dt.date | None = None):
        hour = 24 if c.group("w").lower() == "midnight" else 12
        return self._clock(c, hour, 0, day)

    def r_oclock(self, c: Candidate, day: dt.date | None = None):
        hour = self._hour(c)
        return None if hour is None else self._clock(c, hour, 0, day)

    def r_datetime(self, c: Candidate):
        """A date and a clock time side by side: "Friday at 6pm", "15:00 GMT Saturday"."""
        date_part = next(p for p in c.parts if p.name not in CLOCKS)
        clock_part = next(p for p in c.parts if p.name in CLOCKS)
        # the direction and the anchor come from the whole expression ("postponed until 15:00 GMT Saturday")
        got = self.resolve(dataclasses.replace(date_part, start=c.start, end=c.end))
        if got is None or not re.fullmatch(r"\d{4}-\d\d-\d\d(T\w+)?", got[0]):
            return None
        day = dt.date.fromisoformat(got[0][:10])
        value = getattr(self, "r_" + clock_part.name)(clock_part, day=day)
        if value is None:
            return None
        hour = int(value[0][11:13])
        if got[0][10:] in ("TAF", "TEV", "TNI") and hour < 12 and not clock_part.group("ap"):
            value = (f"{value[0][:11]}{hour + 12:02d}{value[0][13:]}",)  # "6 o'clock this afternoon": 18:00
        return value[0], "TIME", got[2]
