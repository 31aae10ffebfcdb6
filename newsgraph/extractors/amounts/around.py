"""What stands around a number: a range ("25,000 to 30,000"), a ratio ("4 in 10"), a unit after it, a currency
before it, a qualifier ("more than", "or so")."""

from __future__ import annotations

from decimal import Decimal

from .filters import YEAR_RE, _after_word_excludes
from .lexicon import DASHES, FRACTION, _key, _match, _unit_forms, lexicons
from .numbers import Amount, _number, _token_number


def _range(doc, amt: Amount) -> Amount:
    """ "25,000 to 30,000", "15-20%", "between 12 and 20 million", "$16 million to $28 million"."""
    j = amt.end
    if amt.value is None or j + 1 >= len(doc):
        return amt
    before = amt.start - _match(doc, amt.start, _unit_forms("before"), 2, backward=True)
    between = before > 0 and doc[before - 1].lower_ in ("between", "from")
    link = doc[j].lower_
    if not (link in DASHES or link in ("to", "-to-") or link == "and" and between or link == "or"):
        return amt
    k = j + 1
    unit_before = None
    n = _match(doc, k, _unit_forms("before"), 2)
    if n:
        unit_before, k = lexicons()["units"][_key(doc, k, k + n)], k + n
    other = _number(doc, k) if k < len(doc) else None
    if other is None or other.value is None:
        return amt
    low, high = amt.value, other.value
    if amt.end == amt.head + 1 and not amt.glued and other.head > other.start and high > low:
        # "between 12 and 20 million": the multiplier after the second number scales the first too
        scale = high / (_first_value(doc, other) or 1)
        if low * scale <= high:
            low = low * scale
    if low >= high:
        return amt
    return Amount(
        amt.start,
        other.end,
        None,
        low,
        high,
        unit=amt.unit or other.unit or unit_before,
        head=other.head,
        first=amt.first,
        glued=amt.glued or other.glued,
    )


def _ratio(doc, amt: Amount) -> Amount | None:
    """ "4 in 10 voters", "one in five children", "3 out of 4": a share, reported as a fraction."""
    j = amt.end
    if amt.value is None or amt.unit is not None or j + 1 >= len(doc):
        return None
    n = 2 if _key(doc, j, min(j + 2, len(doc))) == "out of" else 1 if doc[j].lower_ in ("in", "of") else 0
    if not n or j + n >= len(doc):
        return None
    other = _number(doc, j + n)
    if other is None or other.value is None or other.unit is not None or not amt.value < other.value:
        return None
    if doc[j].lower_ == "of" and doc[j - 1].lower_ != "every" and doc[j + 1].lower_ != "every":
        return None
    if YEAR_RE.fullmatch(doc[other.first].text) or _after_word_excludes(doc, other.end):
        return None  # "3 in 2024", "5 in 2 days"
    share = (amt.value / other.value).quantize(Decimal("0.0001"))
    return Amount(amt.start, other.end, share, unit=FRACTION, head=other.head, first=amt.first)


def _first_value(doc, amt: Amount) -> Decimal | None:
    """The value of the first token of a number alone ("20" in "20 million")."""
    parsed = _token_number(doc[amt.start])
    return parsed[0] if parsed else None


def _unit_after(doc, amt: Amount) -> None:
    units = lexicons()["units"]
    j = amt.end
    if amt.unit is None or amt.unit.kind == "currency":
        if (
            j + 1 < len(doc)
            and doc[j].text in ("-", "–")
            and doc[j].whitespace_ == ""
            and amt.value is not None
        ):
            forms = _unit_forms("after", "measure")
            plural = {f[:-1]: f for f in forms if f.endswith("s")}  # "an 8,000-point level"
            n = _match(doc, j + 1, forms | plural.keys(), 3)
            if n:  # "3.5-inch", "500-km"
                key = _key(doc, j + 1, j + 1 + n)
                amt.unit, amt.end = units[plural.get(key, key) if key not in units else key], j + 1 + n
                return
        if amt.value is None and j + 1 < len(doc) and doc[j].lower_ == "of":
            j += 1  # "millions of dollars"
        n = _match(doc, j, _unit_forms("after"), 3)
        if n:
            unit = units[_key(doc, j, j + n)]
            if amt.unit is None and doc[j].lower_ in ("pound", "pounds") and n == 1 and _about_weight(doc[j]):
                unit = units["lb"]  # "the suspect weighed 200 pounds"
            if amt.unit is None or unit.code == amt.unit.code:
                amt.unit, amt.end = unit, j + n


def _about_weight(tok) -> bool:
    return any(
        t.lemma_ in ("weigh", "weight", "heavy") or t.lower_ in ("weighs", "weighing") for t in tok.sent
    )


def _unit_before(doc, amt: Amount) -> None:
    if amt.unit is not None and (amt.unit.kind != "currency" or amt.glued):
        return
    units = lexicons()["units"]
    n = _match(doc, amt.start, _unit_forms("before"), 2, backward=True)
    if n:
        unit = units[_key(doc, amt.start - n, amt.start)]
        if amt.unit is None or unit.code == amt.unit.code:
            amt.unit, amt.start = unit, amt.start - n
    # "US$", split by the tokenizer into "US" "$"
    if (
        amt.unit
        and amt.unit.code == "USD"
        and amt.start > 0
        and doc[amt.start - 1].text in ("US", "U.S.")
        and doc[amt.start - 1].whitespace_ == ""
    ):
        amt.start -= 1


def _qualifier(doc, amt: Amount) -> None:
    lex = lexicons()
    start = amt.start
    if (
        amt.low is not None
        and amt.value is None
        and start > 0
        and doc[start - 1].lower_ in ("between", "from")
    ):
        amt.start = start - 1
        return
    n = _match(doc, start, lex["qualifiers"], 4, backward=True)
    if n:
        amt.qualifier = _key(doc, start - n, start)
        amt.start = start - n
    if amt.value is None or amt.qualifier:
        return
    for n in (2, 1):
        words = doc[amt.end : amt.end + n].text.lower() if amt.end + n <= len(doc) else ""
        after = doc[amt.end + n] if amt.end + n < len(doc) else None
        if after is not None and (after.lower_ == "than" or after.like_num or after.text[:1] in "$€£¥"):
            continue  # "678 points or more than 7.3%": the words begin the next amount
        if words in lex["qualifiers_after"]:  # "86,000 or more", "300 or so", "5,000-plus"
            amt.qualifier, amt.end = words.lstrip("-"), amt.end + n
            return
