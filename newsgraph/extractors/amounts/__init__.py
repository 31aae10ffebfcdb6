"""Amounts in a spaCy Doc: the scan behind the quantities stage (``extractors/quantities.py``).

``find(doc, blocked)`` -> ``[Amount]`` (token spans with value, range, unit and qualifier). The parts, in the
order the scan uses them:

- ``lexicon``: the word lists (``lexicons/units*.tsv``) and matching multi-word forms at a token;
- ``numbers``: a number at a token (digits, words, "a dozen", vague plurals, fractions) with its multipliers;
- ``around``: what stands around it (a range, a ratio, a unit after, a currency before, a qualifier);
- ``filters``: what looks like a number but is no amount (years, dates, clock times, names, labels, ages);
- ``counted``: what an amount counts, from the dependency parse.
"""

from __future__ import annotations

from collections.abc import Sequence

from .around import _qualifier, _range, _ratio, _unit_after, _unit_before
from .filters import _not_amount
from .lexicon import FRACTION, Unit, lexicons
from .numbers import Amount, _number

__all__ = ["FRACTION", "Amount", "Unit", "find", "lexicons"]


def find(doc, blocked: Sequence[tuple[int, int]] = ()) -> list[Amount]:
    """Every amount in a spaCy Doc, in text order. ``blocked``: character spans already read as something else
    (time expressions, phone numbers); a number inside one is not an amount unless it has a currency or percent."""
    found: list[Amount] = []
    i = 0
    while i < len(doc):
        amt = _number(doc, i)
        if amt is None:
            i += 1
            continue
        amt = _ratio(doc, amt) or _range(doc, amt)
        _unit_after(doc, amt)
        _unit_before(doc, amt)
        _qualifier(doc, amt)
        if found and amt.start < found[-1].end:
            amt.start = found[-1].end
        if not _not_amount(doc, amt, blocked):
            found.append(amt)
        i = max(amt.end, i + 1)
    return found
