"""Resolvers for durations, sets and general references ("three years", "every Friday", "now")."""

from __future__ import annotations

import re

from .dates import duration
from .lexicon import lower, words
from .patterns import Candidate
from .state import ResolverState
from .tense import perfect
from .words import month_of, number, unit_code, weekday_of

VAGUE_PAST = re.compile(r"(?i)(?:the\s+)?(?:past|last|previous)\s")


class ExtentsMixin(ResolverState):
    def r_ago_duration(self, c: Candidate):
        n = number(c.group("n")) if c.group("n") else "X"
        return duration(n if n is not None else "X", unit_code(c.group("unit"))), "DURATION", None

    def r_duration(self, c: Candidate):
        n = number(c.group("n"))
        if n is None:
            return None
        if n == "X" and unit_code(c.group("unit")) == "Q" and VAGUE_PAST.match(c.text) and not perfect(
            self.doc, c.start, c.end
        ):
            return "PAST_REF", "DATE", "publication"  # "weak over the past several quarters": reporting periods
        if (c.group("half") or c.group("nhalf")) and isinstance(n, float):  # not "X": some
            n += 0.5
        return duration(n, unit_code(c.group("unit"))), "DURATION", None

    def r_range(self, c: Candidate):
        n = number(c.group("n1"))
        if n is None:
            return None
        return duration(n, unit_code(c.group("unit"))), "DURATION", None

    def r_halfunit(self, c: Candidate):
        return duration(0.5, unit_code(c.group("unit"))), "DURATION", None

    def r_bareunits(self, c: Candidate):
        pre = " ".join((c.group("pre") or "").lower().split())
        if pre == "future" or (pre in ("coming", "the coming") and unit_code(c.group("unit")) == "Q"):
            # "in future years", "in coming quarters": times ahead, no stretch measured (a quarter is a
            # reporting period, not a length: "coming weeks" stays a vague stretch)
            return "FUTURE_REF", "DATE", "publication"
        if pre in ("recent", "past") and not perfect(self.doc, c.start, c.end):
            # "sales soared in recent years", "losses in past years": some time before now, no stretch measured;
            # "has grown in recent years" measures the stretch up to now (a duration)
            return "PAST_REF", "DATE", "publication"
        return duration("X", unit_code(c.group("unit"))), "DURATION", None

    def r_perunit(self, c: Candidate):
        return duration(1, unit_code(c.group("unit"))), "SET", None

    def r_times(self, c: Candidate):
        return duration(1, unit_code(c.group("unit"))), "SET", None

    def r_setword(self, c: Candidate):
        return lower("set")[c.group("w").lower()], "SET", None

    def r_set(self, c: Candidate):
        what = c.group("what")
        low = what.lower()
        n = number(c.group("n")) if c.group("n") else 1
        if c.group("other"):
            n = 2
        if what in words("weekday") or what in words("weekday_abbr"):
            return f"XXXX-WXX-{weekday_of(what)}", "SET", None
        if what in words("month"):
            return f"XXXX-{month_of(what):02d}", "SET", None
        if low in lower("partofday"):
            return f"XXXX-XX-XXT{lower('partofday')[low]}", "SET", None
        if low == "weekend":
            return "XXXX-WXX-WE", "SET", None
        if low in lower("season"):
            return f"XXXX-{lower('season')[low]}", "SET", None
        if low == "season":
            return "P1Y", "SET", None
        n = 1 if n is None else n  # "every few hours" keeps its vague count: PTXH
        if unit_code(what) == "Q":
            return f"P{n}Q", "SET", None  # "every quarter": a set of reporting quarters, as TimeML writes it
        return duration(n, unit_code(what)), "SET", None

    def r_ref(self, c: Candidate):
        return lower("ref")[" ".join(c.text.lower().split())], "DATE", None
