"""Normalisation: each recognised expression to its TimeML value, anchored on the publication date.

``Resolver(dct, doc).resolve(cand)`` returns ``(value, type, anchor)`` or None. ``anchor`` is
``publication`` for values computed from the publication date, ``tN`` (the Nth time of the article, from 1)
for expressions anchored on an earlier expression ("two days later", "the following week"), or None for
absolute values. The direction of bare weekdays, months and month-days comes from ``tense.direction``.
"""

from __future__ import annotations

import datetime as dt
import re

from .business import YEAR_BACK, BusinessMixin, is_comparison
from .clock import CLOCKS, ClockMixin
from .dates import (
    Point,
    add_months,
    coarser,
    days_in_month,
    duration,
    gran_of_unit,
    holiday,
    holiday_near,
    month_day_near,
    season_of,
    season_point,
    season_year,
    shift,
    weekday_near,
)
from .extents import ExtentsMixin
from .lexicon import lower, words
from .patterns import Candidate
from .story import StoryMixin
from .tense import attaches_to_verb, direction, modifies_noun, names_a_reported_period
from .words import (
    DECADE_WORDS,
    DURATION_RELS,
    ORDINAL_Q,
    PART_CODES,
    REL_DIR,
    REL_STEP,
    SEASON_ORDER,
    UNIT_NAMES,
    leading_int,
    month_of,
    number,
    unit_code,
    weekday_of,
)

Result = tuple[str, str, str | None]
HALF_MOD = re.compile(r"(?i)(first|second)\s+half")

__all__ = ["CLOCKS", "Resolver", "number"]

class Resolver(ExtentsMixin, ClockMixin, BusinessMixin, StoryMixin):
    def __init__(self, dct: dt.date, doc) -> None:
        self.dct = dct
        self.doc = doc
        self.days: list[tuple[int, int, dt.date, str]] = []  # (start, sentence start, day, gran) of resolved dates
        self.ref_quarters: list[tuple[int, Point]] = []  # explicit quarters, for "the latest quarter" and the like
        self.report_quarters: set[int] = set()  # quarters that date a report: "third-quarter profit"
        self.comparisons: set[int] = set()  # "a year earlier": remembered, but never counted from

    # --- context -----------------------------------------------------------------------------------------
    def direction(self, cand: Candidate) -> str | None:
        return direction(self.doc, cand.start, cand.end)

    def sentence_start(self, offset: int) -> int:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span.sent.start_char if span is not None and len(span) else 0

    def anchor(self, cand: Candidate) -> tuple[dt.date, str, str]:
        """The latest earlier calendar date in the same sentence, else in the article, else publication."""
        sent = self.sentence_start(cand.start)
        before = [d for d in self.days if d[0] < cand.start and d[0] not in self.comparisons]
        same = [d for d in before if d[1] == sent]
        if not (same or before):
            return self.dct, "D", "publication"
        pick = (same or before)[-1]
        return pick[2], pick[3], f"@{pick[0]}"

    def remember(self, cand: Candidate, point: Point) -> None:
        if is_comparison(cand.text):
            self.comparisons.add(cand.start)
        self.days.append((cand.start, self.sentence_start(cand.start), point.day, point.gran))

    def resolve(self, cand: Candidate) -> Result | None:
        handler = getattr(self, "r_" + cand.name, None)
        if handler is None:
            return None
        out = handler(cand)
        if out is None:
            return None
        if isinstance(out[0], Point):
            point, kind, anchor = out
            self.remember(cand, point)
            return point.value(), kind, anchor
        return out

    # --- absolute dates ----------------------------------------------------------------------------------
    def r_iso(self, c: Candidate):
        try:
            day = dt.date(int(c.group("y")), int(c.group("m")), int(c.group("d")))
        except ValueError:
            return None
        if c.group("hh"):
            self.remember(c, Point(day, "D"))
            return f"{day.isoformat()}T{c.group('hh')}:{c.group('mm')}", "TIME", None
        return Point(day, "D"), "DATE", None

    def r_numeric(self, c: Candidate):
        a, b, y = int(c.group("a")), int(c.group("b")), int(c.group("y"))
        if y < 100:
            y += 2000 if y <= (self.dct.year % 100) + 10 else 1900
        month, day = (b, a) if a > 12 else (a, b)
        try:
            return Point(dt.date(y, month, day), "D"), "DATE", None
        except ValueError:
            return None

    def r_range_first(self, c: Candidate):
        return self._month_day(c, "d")

    def r_range_last(self, c: Candidate):
        return self._month_day(c, "d2")

    def r_dayonly(self, c: Candidate):
        """ "on the 16th": that day of the publication month, or of the month before or after it."""
        day = leading_int(c.group("d"))
        way = self.direction(c)
        cands = []
        for k in (-1, 0, 1):
            first = add_months(self.dct.replace(day=1), k)
            if day <= days_in_month(first.year, first.month):
                cands.append(first.replace(day=day))
        if way == "future":
            pick = min((d for d in cands if d >= self.dct), default=None)
        elif way == "past":
            pick = max((d for d in cands if d <= self.dct), default=None)
        else:
            pick = min(cands, key=lambda d: abs((d - self.dct).days), default=None)
        return None if pick is None else (Point(pick, "D"), "DATE", "publication")

    def _month_day(self, c: Candidate, group: str = "d"):
        month = month_of(c.group("mon"))
        day = leading_int(c.group(group))
        if c.group("y"):
            try:
                return Point(dt.date(int(c.group("y")), month, day), "D"), "DATE", None
            except ValueError:
                return None
        if day > days_in_month(2024, month):
            return None
        way = self._weak(c, self.direction(c))
        resolved = month_day_near(self.dct, month, day, way if way in ("past", "past_weak", "future") else None)
        if abs((resolved - self.dct).days) > 62 and self._names_an_event(c):
            return f"XXXX-{month:02d}-{day:02d}", "DATE", None  # "the September 11 attacks": the year is not ours to guess
        if c.group("wd"):  # "Wednesday, March 26": the nearest year whose March 26 is a Wednesday
            wd = weekday_of(c.group("wd"))
            fits = [resolved.replace(year=y) for y in range(self.dct.year - 6, self.dct.year + 7)
                    if not (month == 2 and day == 29) and resolved.replace(year=y).isoweekday() == wd]
            if fits and resolved.isoweekday() != wd:
                resolved = min(fits, key=lambda d: abs((d - self.dct).days))
        return Point(resolved, "D"), "DATE", "publication"

    def _names_an_event(self, c: Candidate) -> bool:
        """A month-day that modifies a noun after "the": "the September 11 attacks", "the January 6 riot"."""
        span = self.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or len(span) == 0 or span.start == 0:
            return False
        root = span.root
        head = root.head
        return (
            self.doc[span.start - 1].lower_ == "the"
            and root.dep_ in ("compound", "nmod", "amod", "nummod")
            and head.pos_ == "NOUN"
            and not (span.start <= head.i < span.end)
        )

    r_mdy = _month_day
    r_dmy = _month_day

    def r_my(self, c: Candidate):
        return Point(dt.date(int(c.group("y")), month_of(c.group("mon")), 1), "M"), "DATE", None

    def r_month(self, c: Candidate):
        month = month_of(c.group("mon"))
        rel = (c.group("rel") or "").lower()
        if c.group("ry"):
            year = self.dct.year + REL_STEP[c.group("ry").split()[0].lower()]
            return Point(dt.date(year, month, 1), "M"), "DATE", "publication"
        way = REL_DIR.get(rel) or self._weak(c, self.direction(c))
        if way in ("future", "present") and names_a_reported_period(self.doc, c.start, c.end):
            way = "past"  # "figures for January will be published": the January just gone
        way = way if way in ("past", "past_weak", "future", "last", "next", "this") else None
        return Point(month_day_near(self.dct, month, None, way), "M"), "DATE", "publication"

    def _weak(self, c: Candidate, way: str | None) -> str | None:
        """A past tense read from above a noun or an adjective ("payable Dec. 7") only leans to the past."""
        if way == "past" and not attaches_to_verb(self.doc, c.start, c.end):
            return "past_weak"
        return way

    def r_year(self, c: Candidate):
        half = HALF_MOD.search(c.group("mod") or "")
        if half:  # "the first half of 2027": a half of that year, as "H1 2027" is
            h = 1 if half.group(1).lower() == "first" else 2
            return Point(dt.date(int(c.group("y")), 6 * h - 5, 1), "H"), "DATE", None
        return Point(dt.date(int(c.group("y")), 1, 1), "Y"), "DATE", None

    def r_fiscal(self, c: Candidate):
        y = c.group("y").lstrip("'")
        year = int(y) if len(y) == 4 else 2000 + int(y)
        return Point(dt.date(year, 1, 1), "Y"), "DATE", None

    def r_spokenyear(self, c: Candidate):
        """A year read out in a broadcast transcript: "nineteen ninety-six", "the year two thousand"."""
        words_ = c.group("sy").lower().replace("-", " ").split()
        if words_[0] == "nineteen":
            century, rest = 1900, [w for w in words_[1:] if w != "oh"]
        else:
            century, rest = 2000, [w for w in words_[2:] if w != "and"]
        n = number(" ".join(rest)) if rest else 0
        if n is None or isinstance(n, str):
            return None
        year = century + int(n)
        if c.group("mon"):
            return Point(dt.date(year, month_of(c.group("mon")), 1), "M"), "DATE", None
        if c.group("s"):  # "the winter of nineteen ninety-four"
            return season_point(year, words("season").get(c.group("s").lower(), "SP")), "DATE", None
        return Point(dt.date(year, 1, 1), "Y"), "DATE", None

    def r_yearap(self, c: Candidate):
        yy = int(c.group("yy"))
        century = self.dct.year // 100 if yy <= self.dct.year % 100 else self.dct.year // 100 - 1
        return Point(dt.date(century * 100 + yy, 1, 1), "Y"), "DATE", None

    def r_modperiod(self, c: Candidate):
        unit = UNIT_NAMES[c.group("unit").lower()]
        half = HALF_MOD.search(c.group("mod"))
        if half and unit == "Y":  # "the first half of the year"
            h = 1 if half.group(1).lower() == "first" else 2
            return Point(dt.date(self.dct.year, 6 * h - 5, 1), "H"), "DATE", "publication"
        if unit == "D" or c.group("det").lower() == "the":
            day, _, anchor = self.anchor_day(c) if unit == "D" else (self.dct, "D", "publication")
            return Point(day, unit), "DATE", anchor
        return Point(self.dct, unit), "DATE", "publication"

    def r_yearend(self, c: Candidate):
        """ "by year's end", "at year-end": the end of this year, or of last year early in a year told in the past."""
        year = self.dct.year
        if self.dct.month <= 3 and self.direction(c) == "past":
            year -= 1
        return Point(dt.date(year, 12, 31), "Y"), "DATE", "publication"

    def r_year2(self, c: Candidate):
        start = c.match.start("yy")
        century = int(c.match.string[start - 5 : start - 3])
        first = int(c.match.string[start - 5 : start - 1])
        year = century * 100 + int(c.group("yy"))
        if year <= first:
            return None
        return Point(dt.date(year, 1, 1), "Y"), "DATE", None

    def r_decade(self, c: Candidate):
        d = c.group("dec").lstrip("'’").rstrip("s")
        if len(d) == 4:
            if d.endswith("00") and d != "2000":
                return f"{d[:2]}", "DATE", None  # "the 1800s": the century
            return d[:3], "DATE", None
        tens = int(d)
        century = self.dct.year // 100 if tens <= self.dct.year % 100 else self.dct.year // 100 - 1
        return f"{century}{tens // 10}", "DATE", None

    def r_decade_word(self, c: Candidate):
        tens = DECADE_WORDS[c.group("dw").lower()]
        century = 19 if "nineteen" in c.text.lower() or tens * 10 > self.dct.year % 100 else self.dct.year // 100
        return f"{century}{tens}", "DATE", None

    def r_century(self, c: Candidate):
        o = c.group("ord").lower()
        n = leading_int(o) if o[0].isdigit() else int(lower("ordinal").get(o, 0))
        if not 1 <= n <= 22:
            return None
        return f"{n - 1:02d}", "DATE", None

    def _year_of(self, c: Candidate, cur_part: int, part: int) -> int:
        if c.group("y"):
            return int(c.group("y"))
        ry = (c.group("ry") or c.group("ryp") or "").lower().split()
        if ry and ry[0] in ("last", "next"):
            return self.dct.year + REL_STEP[ry[0]]
        if ry:
            return self.dct.year
        way = self.direction(c)
        if modifies_noun(self.doc, c.start, c.end):
            way = "past"  # "will report second-quarter earnings": the latest such quarter, not the next one
        if way == "past" and part > cur_part:
            return self.dct.year - 1
        if way == "future" and part < cur_part - 1:
            return self.dct.year + 1  # but the quarter just ended is still to be reported on: that one is this year's
        return self.dct.year

    def r_quarter(self, c: Candidate):
        q = ORDINAL_Q[c.group("ord").lower()]
        pre = c.group("pre") or ""
        if pre[:1].isdigit():  # "the 1988 third quarter"
            return Point(dt.date(int(pre), 3 * q - 2, 1), "Q"), "DATE", None
        year = self._year_of(c, (self.dct.month - 1) // 3 + 1, q)
        point = Point(dt.date(year, 3 * q - 2, 1), "Q")
        if YEAR_BACK.match(pre):  # "the year-earlier third quarter"
            return Point(point.day.replace(year=year - 1), "Q"), "DATE", "publication"
        self.note_quarter(c, point)
        return point, "DATE", None if c.group("y") else "publication"

    def r_qcode(self, c: Candidate):
        if c.group("q").startswith("H"):
            h = int(c.group("q")[1])
            year = self._year_of(c, 1 if self.dct.month <= 6 else 2, h)
            return Point(dt.date(year, 6 * h - 5, 1), "H"), "DATE", None if c.group("y") else "publication"
        q = int(c.group("q")[1])
        year = self._year_of(c, (self.dct.month - 1) // 3 + 1, q)
        self.note_quarter(c, Point(dt.date(year, 3 * q - 2, 1), "Q"))
        return Point(dt.date(year, 3 * q - 2, 1), "Q"), "DATE", None if c.group("y") else "publication"

    def r_half(self, c: Candidate):
        h = 1 if c.group("ord").lower() in ("first", "1st") else 2
        year = self._year_of(c, 1 if self.dct.month <= 6 else 2, h)
        return Point(dt.date(year, 6 * h - 5, 1), "H"), "DATE", None if c.group("y") else "publication"

    r_barehalf = r_half

    def r_season(self, c: Candidate):
        code = words("season").get(c.group("s").lower(), "SP")
        if c.group("y"):
            return season_point(int(c.group("y")), code), "DATE", None
        cur = season_year(self.dct) * 4 + SEASON_ORDER[season_of(self.dct)]
        det = (c.group("det") or "").lower()
        way = REL_DIR.get(det) or self.direction(c)
        options = [y * 4 + SEASON_ORDER[code] for y in range(self.dct.year - 2, self.dct.year + 3)]
        if way == "last":
            idx = max(i for i in options if i < cur)
        elif way == "next":
            idx = min(i for i in options if i > cur)
        elif way == "past":
            idx = max(i for i in options if i <= cur)
        elif way == "future":
            idx = min(i for i in options if i >= cur)
        else:
            idx = min(options, key=lambda i: (abs(i - cur), i < cur))
        return season_point(idx // 4, code), "DATE", "publication"

    def r_holiday(self, c: Candidate):
        rule = words("holiday")[" ".join(c.group("h").split())]
        if c.group("y"):
            return Point(holiday(rule, int(c.group("y"))), "W" if c.group("wk") else "D"), "DATE", None
        way = REL_DIR.get((c.group("rel") or "").lower()) or self.direction(c)
        if c.group("wk"):  # "Easter week", "Christmas week": the week of the holiday, this one if we are in it
            ahead = holiday_near(self.dct, rule, "next")
            if ahead.isocalendar()[:2] == self.dct.isocalendar()[:2]:
                return Point(ahead, "W"), "DATE", "publication"
            return Point(holiday_near(self.dct, rule, way), "W"), "DATE", "publication"
        return Point(holiday_near(self.dct, rule, way), "D"), "DATE", "publication"

    # --- relative to the publication date ----------------------------------------------------------------
    def _with_part(self, point: Point, part: str | None, anchor: str | None):
        if not part:
            return point, "DATE", anchor
        code = lower("partofday").get(part.lower(), "DT")
        return f"{point.day.isoformat()}T{code}", "TIME", anchor

    def r_dayword(self, c: Candidate):
        w = " ".join(c.group("w").lower().split())
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                  "the day before yesterday": -2, "the day after tomorrow": 2}[w]
        point = Point(self.dct + dt.timedelta(days=offset), "D")
        self.remember(c, point)
        part = c.group("part") or ("night" if w == "tonight" else None)
        if not part:
            return point.value(), "DATE", "publication"
        return self._with_part(point, part, "publication")

    def r_partrel(self, c: Candidate):
        rel = c.group("rel").lower()
        offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
        point = Point(self.dct + dt.timedelta(days=offset), "D")
        self.remember(c, point)
        return f"{point.day.isoformat()}T{PART_CODES[c.group('part').lower()]}", "TIME", "publication"

    def r_weekday(self, c: Candidate):
        wd = weekday_of(c.group("wd"))
        rel = (c.group("rel") or "").lower()
        way = REL_DIR.get(rel)
        if way is None:
            tense = self.direction(c)
            if tense == "future" or (tense == "present" and wd != self.dct.isoweekday()):
                way = "future"
            elif tense == "near":
                way = "future" if (wd - self.dct.isoweekday()) % 7 < (self.dct.isoweekday() - wd) % 7 else "past"
            else:
                way = "past"
        point = Point(weekday_near(self.dct, wd, way), "D")
        self.remember(c, point)
        if c.group("part"):
            return self._with_part(point, c.group("part"), "publication")
        return point.value(), "DATE", "publication"

    def r_weekdays(self, c: Candidate):
        return f"XXXX-WXX-{weekday_of(c.group('wd')[:-1])}", "SET", None

    def r_weekend(self, c: Candidate):
        rel = c.group("rel").lower()
        if rel == "the":
            way = self.direction(c)
            wd = self.dct.isoweekday()
            if wd >= 6 or way == "future":
                step = 0
            elif way == "past":
                step = -1
            else:  # no tense to go on: the nearer weekend (the last one early in the week, the next one late)
                step = -1 if wd <= 3 else 0
        else:
            step = REL_STEP[rel]
            if rel in ("last", "past") and self.dct.isoweekday() == 7:
                step = 0
        return Point(shift(self.dct, "W", step), "WE"), "DATE", "publication"

    def r_reldate(self, c: Candidate):
        rel = c.group("rel").lower()
        unit = UNIT_NAMES.get(" ".join(c.group("unit").lower().split()), "Y")
        if c.group("the") and rel in DURATION_RELS and unit != "SEASON" and not c.group("mod"):
            if rel == "coming" or unit in ("DE", "CE") or self._over(c):
                return duration(1, unit), "DURATION", None  # "over the following decade": a stretch of time
        step = REL_STEP[rel]
        base, anchor = self.dct, "publication"
        if rel in ("following", "previous", "prior"):
            base, _, anchor = self.anchor(c)
        if unit == "SEASON":
            cur = season_of(base)
            day = shift(base, "Q", step)
            return season_point(season_year(day), season_of(day) if step else cur), "DATE", anchor
        return Point(shift(base, unit, step), unit), "DATE", anchor

    def r_weekof(self, c: Candidate):
        """ "the first week of April": the first (second, ..., last) ISO week whose Thursday is in April."""
        month = month_of(c.group("mon"))
        if c.group("y"):
            first = dt.date(int(c.group("y")), month, 1)
        else:
            way = self.direction(c)
            first = month_day_near(self.dct, month, None, way if way in ("past", "future") else None)
        # a week belongs to the month of its Thursday (the ISO convention)
        o = c.group("ord").lower()
        if o in ("last", "final"):
            day = first.replace(day=days_in_month(first.year, first.month))
            if (day + dt.timedelta(days=4 - day.isoweekday())).month != first.month:
                day -= dt.timedelta(days=7)
        else:
            day = first
            if (day + dt.timedelta(days=4 - day.isoweekday())).month != first.month:
                day += dt.timedelta(days=7)
            day += dt.timedelta(days=7 * (ORDINAL_Q[o] - 1))
        return Point(day, "W"), "DATE", None if c.group("y") else "publication"

    def r_ago(self, c: Candidate):
        n = number(c.group("n")) if c.group("n") else "X"
        unit = unit_code(c.group("unit"))
        d = " ".join(c.group("dir").lower().split())
        sign = 1 if d in ("later", "after", "from now", "hence") else -1
        if not isinstance(n, float):  # "X" (some) or no number
            if d in ("ago", "back"):
                return "PAST_REF", "DATE", "publication"
            if d in ("from now", "hence"):
                return "FUTURE_REF", "DATE", "publication"
            return duration("X", unit), "DURATION", None
        same_quarter = self.quarter_year_back(c)
        if same_quarter is not None:  # "profit rose from a year ago" in an earnings story
            return same_quarter, "DATE", "publication"
        if d in ("ago", "back", "from now", "hence"):
            base, gran, anchor = self.dct, "D", "publication"
        else:
            base, gran, anchor = self.anchor(c)
        months = {"Y": 12, "DE": 120, "CE": 1200, "M": 1, "Q": 3}.get(unit)
        if months and n * months >= 12 * (base.year - 1):
            return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "DATE", anchor  # "10,000 years ago": before the calendar
        if months and not float(n).is_integer():
            day = shift(base, "M", sign * round(n * months))
        else:
            day = shift(base, unit, sign * int(n))
        if (anchor != "publication" and gran in ("H", "Q", "M", "SP", "SU", "FA", "WI", "W") and unit in ("Y", "DE")
                and not self._longer_period_in_sentence(c)):
            return Point(day, gran), "DATE", anchor  # "the fourth quarter, up from a year earlier": 2023-Q4
        return Point(day, coarser(gran_of_unit(unit), gran)), "DATE", anchor
