"""The words of time expressions, loaded once from ``lexicons/time_words.tsv`` and checked."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ...errors import LexiconError

PATH = Path(__file__).resolve().parent.parent.parent / "lexicons" / "time_words.tsv"

CLASSES = {
    "month",
    "month_abbr",
    "weekday",
    "weekday_abbr",
    "season",
    "unit",
    "unit_plural",
    "number",
    "ordinal",
    "partofday",
    "ref",
    "set",
    "holiday",
    "set_noun",
}
UNITS = {"Y", "M", "W", "D", "H", "MIN", "S", "Q", "DE", "CE", "2W"}
SEASONS = {"SP", "SU", "FA", "WI"}
PARTS = {"MO", "AF", "EV", "NI", "DT"}
REFS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
_HOLIDAY = re.compile(r"^(\d\d-\d\d|nth:[1-5]:[1-7]:\d{1,2}(\+\d)?|last:[1-7]:\d{1,2}|easter:-?\d+)$")




def _check(word: str, cls: str, value: str, line: int) -> None:
    ok = {
        "month": lambda v: v.isdigit() and 1 <= int(v) <= 12,
        "month_abbr": lambda v: v.isdigit() and 1 <= int(v) <= 12,
        "weekday": lambda v: v.isdigit() and 1 <= int(v) <= 7,
        "weekday_abbr": lambda v: v.isdigit() and 1 <= int(v) <= 7,
        "season": lambda v: v in SEASONS,
        "unit": lambda v: v in UNITS,
        "unit_plural": lambda v: v in UNITS,
        "number": lambda v: v == "X" or v.isdigit(),
        "ordinal": lambda v: v.isdigit(),
        "partofday": lambda v: v in PARTS,
        "ref": lambda v: v in REFS,
        "set": lambda v: re.fullmatch(r"PT?\d+[YMWDH]|XXXX", v) is not None,
        "holiday": lambda v: _HOLIDAY.match(v) is not None,
        "set_noun": lambda v: v == "kind",
    }
    if cls not in ok:
        raise LexiconError(f"{PATH.name}:{line}: unknown class {cls!r} (known: {', '.join(sorted(CLASSES))})")
    if not ok[cls](value):
        raise LexiconError(f"{PATH.name}:{line}: bad value {value!r} for {cls} word {word!r}")


@lru_cache(maxsize=1)
def load(path: Path = PATH) -> dict[str, dict[str, str]]:
    """``{class: {word: value}}``; raises LexiconError on an unknown class, a bad value or a duplicate."""
    table: dict[str, dict[str, str]] = {c: {} for c in CLASSES}
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line.startswith("word\t"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise LexiconError(f"{path.name}:{n}: expected 3 tab-separated columns, got {len(parts)}")
        word, cls, value = parts
        _check(word, cls, value, n)
        if word in table[cls]:
            raise LexiconError(f"{path.name}:{n}: duplicate {cls} word {word!r}")
        table[cls][word] = value
    return table


def words(cls: str) -> dict[str, str]:
    return load()[cls]


def lower(cls: str) -> dict[str, str]:
    """The class with lower-cased keys, for case-insensitive lookups."""
    return {k.lower(): v for k, v in load()[cls].items()}


def alternation(*classes: str, exact_case: bool = False) -> str:
    """A regex alternation of the words of ``classes``, longest first; case-insensitive unless exact_case."""
    found = sorted({w for c in classes for w in load()[c]}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in found)
    return f"(?:{body})" if exact_case else f"(?i:{body})"
