"""Reading the words of a match: numbers, units, month and weekday names, and the tables the resolvers share."""

from __future__ import annotations

import re

from .lexicon import lower, words

REL_STEP = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "prior": -1,
    "preceding": -1,
    "this": 0,
    "current": 0,
    "same": 0,
    "that": 0,
    "next": 1,
    "coming": 1,
    "following": 1,
    "upcoming": 1,
}
REL_DIR = {"last": "last", "past": "last", "next": "next", "coming": "next", "this": "this"}
UNIT_NAMES = {
    "week": "W",
    "month": "M",
    "year": "Y",
    "quarter": "Q",
    "decade": "DE",
    "century": "CE",
    "season": "SEASON",
    "fiscal year": "Y",
    "school year": "Y",
    "academic year": "Y",
    "financial year": "Y",
    "day": "D",
}
DURATION_RELS = {"past", "coming", "next", "last", "following", "previous"}
PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ORDINAL_Q = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
    "latter": 2,
}
SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def number(text: str | None) -> float | str | None:
    """``"three"`` -> 3, ``"1,000"`` -> 1000, ``"a few"`` -> "X", ``"twenty-five"`` -> 25."""
    if text is None:
        return None
    t = " ".join(text.lower().replace("-", " ").split())
    if re.fullmatch(r"[\d,]+(\.\d+)?", t):
        return float(t.replace(",", ""))
    table = lower("number")
    if t in table:
        v = table[t]
        return "X" if v == "X" else float(v)
    parts = t.split()
    if len(parts) == 2 and parts[0] in table and parts[1] in table:
        return float(table[parts[0]]) + float(table[parts[1]])
    return None


def leading_int(text: str) -> int:
    """The number a day or an ordinal starts with ("16th" -> 16): the patterns that call it match only such text."""
    m = re.match(r"\d+", text)
    if m is None:
        raise ValueError(f"no number at the start of {text!r}")
    return int(m.group())


def unit_code(text: str) -> str:
    t = " ".join(text.lower().split())
    table = {**lower("unit"), **lower("unit_plural")}
    return table.get(t) or UNIT_NAMES.get(t, "Y")


def month_of(text: str) -> int:
    table = {**words("month"), **words("month_abbr")}
    return int(table[text if text in table else text.rstrip(".")])


def weekday_of(text: str) -> int:
    table = {**words("weekday"), **words("weekday_abbr")}
    return int(table[text])


def _int(x: float | str) -> int:
    return int(x) if not isinstance(x, str) else 0
