"""quantities: every number in the text that states an amount, with its value, unit, qualifier and what it counts.

"around $6 million" -> value 6000000, unit USD, qualifier "around"; "more than 86,000 suspected gang members"
-> value 86000, qualifier "more than", counts "suspected gang members"; "tens of thousands" -> value None,
low 20000, high 99999; "between 12 and 20 million" -> low 12000000, high 20000000.

The scan works on spaCy tokens: a number (digits, number words, "a dozen", vague plurals), then a multiplier,
a range, a unit after it, a currency or unit before it and a qualifier before that. What it counts comes from
the dependency parse. Years, dates, clock times, ordinals, phone numbers, ages, labels ("section 3") and
numbers inside names ("Group of 20", "Boeing 737", "COVID-19") are not amounts. The word lists are data:
``newsgraph/lexicons/units*.tsv``. The scan is the ``amounts`` subpackage; this module is the stage: it blocks
what the times stage read and phone numbers, and names the currency of a word several countries use.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from functools import lru_cache

import pycountry

from ..model import Quantity
from .amounts import FRACTION, Amount, Unit, find, lexicons
from .amounts.counted import _counts, _elliptical, _may_be_resumed
from .amounts.fate import fate

__all__ = ["FRACTION", "Amount", "Unit", "extract", "find", "lexicons"]

PHONE_RE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}|\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}|\b\d{3}-\d{4}\b)"
)


def _blocked(ctx) -> list[tuple[int, int]]:
    spans = [(t.start, t.end) for t in ctx.times]
    spans += [(m.start(), m.end()) for m in PHONE_RE.finditer(ctx.article.text)]
    return spans


def _number_value(value: Decimal | None, unit: Unit | None) -> float | int | None:
    if value is None:
        return None
    if unit is not None:
        value = value * unit.scale
    return int(value) if value == value.to_integral_value() else float(value)

@lru_cache(maxsize=256)
def _country_of(currency: str) -> str | None:
    """The country of an ISO 4217 code: its first two letters are the ISO 3166 alpha-2 code (COP -> COL)."""
    country = pycountry.countries.get(alpha_2=currency[:2])
    return country.alpha_3 if country else None


def _unit_code(unit: Unit | None, countries: Counter) -> str | None:
    """The unit's code; for a word several countries use ("pesos"), the currency of the country the article
    mentions most among them, else the default."""
    if unit is None:
        return None
    code = None if unit.code == "-" else unit.code
    options = ([code] if code else []) + list(unit.others)
    if len(options) > 1 or code is None and options:
        best = max(options, key=lambda c: countries.get(_country_of(c), 0))
        if countries.get(_country_of(best), 0):
            return best
    return code


def _countries(ctx) -> Counter:
    """How often the article mentions each country, through its entities."""
    seen: Counter = Counter()
    for ent in ctx.entities:
        if ent.country:
            seen[ent.country] += max(1, len(ent.mentions))
    return seen


def extract(ctx) -> list[Quantity]:
    doc, text = ctx.doc, ctx.article.text
    countries = _countries(ctx)
    out = []
    previous: tuple[Amount, tuple[int, int]] | None = None  # the amount just before, with what it counts
    for amt in find(doc, _blocked(ctx)):
        start, end = doc[amt.start].idx, doc[amt.end - 1].idx + len(doc[amt.end - 1]) - amt.trim
        counts, toll = _counts(doc, amt)
        if counts is None and previous is not None and _elliptical(doc, amt, previous[0]):
            counts = previous[1]  # "detained 2,000 protesters, though several hundred were freed"
        previous = (amt, counts) if counts is not None and _may_be_resumed(doc, amt, counts) else None
        c_start = doc[counts[0]].idx if counts else None
        c_end = doc[counts[1] - 1].idx + len(doc[counts[1] - 1]) if counts else None
        out.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                value=_number_value(amt.value, amt.unit),
                unit=_unit_code(amt.unit, countries),
                qualifier=amt.qualifier,
                low=_number_value(amt.low, amt.unit),
                high=_number_value(amt.high, amt.unit),
                counts=text[c_start:c_end] if counts else None,
                counts_start=c_start,
                counts_end=c_end,
                fate=fate(doc, amt, counts, toll),
            )
        )
    return out
