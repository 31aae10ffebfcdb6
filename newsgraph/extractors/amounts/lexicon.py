"""The word lists of the quantity scan (data: ``newsgraph/lexicons/units*.tsv``) and matching them at a token."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ...lexicons import read_tsv
from ...spacy_util import doc_text

NUM_RE = re.compile(
    r"(?P<cur>[A-Za-z]{0,4}[$€£¥₹₩₽₦₺₪₴])?"
    r"(?P<num>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)"
    r"(?P<suf>[A-Za-z%°/²]+\d?)?"
)
DASHES = {"-", "–", "—"}


@dataclass(frozen=True)
class Unit:
    code: str
    kind: str  # currency, percent, measure
    scale: Decimal
    place: str  # before, after, both
    others: tuple[str, ...] = ()  # currencies the same word names in other countries ("pesos": ARS, COP...)


@lru_cache(maxsize=1)
def starts() -> tuple[frozenset[str], frozenset[str]]:
    """(the lowercase words a number in words may begin with, every beginning of a "few" form): what lets
    ``numbers._number`` pass over a token that starts no number without trying each reading of it."""
    lex = lexicons()
    words = {"a", "an", "one", "half"} | lex["numbers"].keys() | lex["vague"].keys()
    few = {form[:k] for form in lex["few"] for k in range(1, len(form) + 1)}
    return frozenset(words), frozenset(few)


@lru_cache(maxsize=1)
def lexicons() -> dict[str, Any]:
    units = {
        r["form"]: Unit(
            r["unit"], r["kind"], Decimal(r["scale"]), r["place"], tuple((r["others"] or "").split())
        )
        for r in read_tsv("units.tsv")
    }
    words = {r["form"]: r for r in read_tsv("units_numbers.tsv")}
    return {
        "units": units,
        "numbers": {f: Decimal(r["value"]) for f, r in words.items() if r["kind"] == "number"},
        "multipliers": {f: Decimal(r["value"]) for f, r in words.items() if r["kind"] == "multiplier"},
        "vague": {
            f: (Decimal(r["value"]), Decimal(r["low"]), Decimal(r["high"]))
            for f, r in words.items()
            if r["kind"] == "vague"
        },
        "few": {f: (Decimal(r["low"]), Decimal(r["high"])) for f, r in words.items() if r["kind"] == "few"},
        "fractions": {f: Decimal(r["value"]) for f, r in words.items() if r["kind"] == "fraction"},
        "qualifiers": {r["form"] for r in read_tsv("units_qualifiers.tsv") if r["place"] == "before"},
        "qualifiers_after": {r["form"] for r in read_tsv("units_qualifiers.tsv") if r["place"] == "after"},
        "not_before": {r["form"] for r in read_tsv("units_not.tsv") if r["place"] == "before"},
        "not_after": {r["form"] for r in read_tsv("units_not.tsv") if r["place"] == "after"},
        "partitives": {r["form"] for r in read_tsv("units_partitives.tsv")},
        "tolls": {r["form"]: r["kind"] for r in read_tsv("units_tolls.tsv")},
    }


_HYPHEN = re.compile(r"\s*-\s*")


def _key(doc, lo: int, hi: int) -> str:
    """The lexicon key of tokens lo..hi: lowercase, hyphens read as spaces ("square-kilometre"). The text is cut
    from the Doc's text (what ``doc[lo:hi].text`` is) without making a Span: the scan asks at every token."""
    if hi - lo == 1:
        return doc[lo].lower_
    last = doc[hi - 1]
    text = doc_text(doc)[doc[lo].idx : last.idx + len(last)].lower()
    return _HYPHEN.sub(" ", text) if "-" in text else text


def _match(doc, i: int, forms, max_len: int = 4, backward: bool = False) -> int:
    """Length in tokens of the longest entry of ``forms`` starting at token i (ending at i-1 if backward)."""
    for n in range(max_len, 0, -1):
        lo, hi = (i - n, i) if backward else (i, i + n)
        if lo < 0 or hi > len(doc):
            continue
        if _key(doc, lo, hi) in forms:
            return n
    return 0


FRACTION = Unit("fraction", "fraction", Decimal(1), "after")


@lru_cache(maxsize=8)
def _unit_forms(place: str, kind: str | None = None) -> frozenset[str]:
    """Unit forms that may stand ``place`` (before or after) the number, of one kind if given."""
    other = "after" if place == "before" else "before"
    return frozenset(
        f for f, u in lexicons()["units"].items() if u.place != other and (kind is None or u.kind == kind)
    )
