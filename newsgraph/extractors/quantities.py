"""quantities: every number in the text that states an amount, with its value, unit, qualifier and what it counts.

"around $6 million" -> value 6000000, unit USD, qualifier "around"; "more than 86,000 suspected gang members"
-> value 86000, qualifier "more than", counts "suspected gang members"; "tens of thousands" -> value None,
low 20000, high 99999; "between 12 and 20 million" -> low 12000000, high 20000000.

The scan works on spaCy tokens: a number (digits, number words, "a dozen", vague plurals), then a multiplier,
a range, a unit after it, a currency or unit before it and a qualifier before that. What it counts comes from
the dependency parse. Years, dates, clock times, ordinals, phone numbers, ages, labels ("section 3") and
numbers inside names ("Group of 20", "Boeing 737", "COVID-19") are not amounts. The word lists are data:
``newsgraph/lexicons/units*.tsv``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

import pycountry

from newsgraph.lexicons import read_tsv
from newsgraph.spacy_util import doc_text

from ..model import Quantity

NUM_RE = re.compile(
    r"(?P<cur>[A-Za-z]{0,4}[$€£¥₹₩₽₦₺₪₴])?"
    r"(?P<num>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)"
    r"(?P<suf>[A-Za-z%°/²]+\d?)?"
)
PHONE_RE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}|\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}|\b\d{3}-\d{4}\b)"
)
MONTHS = set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
CLOCK = {"am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc", "hours", "hrs", "h"}
YEAR_BEFORE = set(
    "in since by until till from of before after during the mid early late around circa c. 's fiscal year "
    "through ,".split()
)
NAME_ENTS = {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "PERSON", "GPE", "NORP", "LOC"}
DASHES = {"-", "–", "—"}
MODIFIERS = {"amod", "compound", "nmod", "advmod", "poss", "case", "npadvmod"}


# --- the lexicons ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    code: str
    kind: str  # currency, percent, measure
    scale: Decimal
    place: str  # before, after, both
    others: tuple[str, ...] = ()  # currencies the same word names in other countries ("pesos": ARS, COP...)


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
    }


def _key(doc, lo: int, hi: int) -> str:
    """The lexicon key of tokens lo..hi: lowercase, hyphens read as spaces ("square-kilometre")."""
    return re.sub(r"\s*-\s*", " ", doc[lo:hi].text.lower()) if hi - lo > 1 else doc[lo].lower_


def _match(doc, i: int, forms, max_len: int = 4, backward: bool = False) -> int:
    """Length in tokens of the longest entry of ``forms`` starting at token i (ending at i-1 if backward)."""
    for n in range(max_len, 0, -1):
        lo, hi = (i - n, i) if backward else (i, i + n)
        if lo < 0 or hi > len(doc):
            continue
        if _key(doc, lo, hi) in forms:
            return n
    return 0


# --- reading a number ---------------------------------------------------------------------------


@dataclass
class Amount:
    start: int  # token span [start, end)
    end: int
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: Unit | None = None
    qualifier: str | None = None
    head: int = 0  # the last token of the number itself (what the parse attaches a counted noun to)
    first: int = 0  # the first token of the number itself (after any qualifier or currency)
    glued: bool = False  # the unit or multiplier was inside a token ("5bn", "$6")
    words_only: bool = False  # written in words ("three"), no digits
    trim: int = 0  # characters of the last token that are not part of the amount (the full stop of "20m.")


def _token_number(tok) -> tuple[Decimal, Unit | None, Decimal] | None:
    """A token of digits, maybe glued to a currency ("$6", "AU$52.5") or a suffix ("1.5bn", "500km", "20%")."""
    m = NUM_RE.fullmatch(tok.text)
    if not m:
        return None
    lex = lexicons()
    try:
        value = Decimal(m["num"].replace(",", ""))
    except InvalidOperation:
        return None
    unit, mult = None, Decimal(1)
    if m["cur"]:
        unit = lex["units"].get(m["cur"].lower())
        if unit is None or unit.place == "after":
            return None
    if m["suf"]:
        suf = m["suf"].lower()
        if suf in lex["multipliers"] and suf != "dozen":
            mult = lex["multipliers"][suf]
        elif suf in lex["units"] and lex["units"][suf].place != "before" and unit is None:
            unit = lex["units"][suf]
        else:
            return None
    return value, unit, mult


def _words_number(doc, i: int) -> tuple[Decimal, int] | None:
    """A number in words from token i: "three", "twenty-five", "two hundred and fifty", "a dozen"."""
    lex = lexicons()
    nums, mults = lex["numbers"], lex["multipliers"]
    total, current, j, seen = Decimal(0), Decimal(0), i, False
    if doc[i].lower_ in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ in mults:
        current, j, seen = Decimal(1), i + 1, True
    elif (
        doc[i].lower_ == "half"
        and i + 2 < len(doc)
        and doc[i + 1].lower_ in ("a", "an")
        and doc[i + 2].lower_ in mults
    ):
        current, j, seen = Decimal("0.5"), i + 2, True
    elif (
        doc[i].lower_ == "half"
        and i + 2 < len(doc)
        and doc[i + 1].lower_ in ("a", "an")
        and _match(doc, i + 2, lex["units"], 2)
    ):
        return Decimal("0.5"), i + 2  # "half a percent"
    while j < len(doc):
        w = doc[j].lower_
        parts = w.split("-") if "-" in w else [w]
        value = sum(nums[p] for p in parts) if all(p in nums for p in parts) else None
        if value is not None and (not seen or current % 100 == 0 or current % 10 == 0 and value < 10):
            current += value
        elif w in mults and w.isalpha() and len(w) > 2 and seen:
            if mults[w] >= 1000:
                total, current = total + current * mults[w], Decimal(0)
            else:
                current = current * mults[w]
        elif (
            w in DASHES
            and seen
            and j + 1 < len(doc)
            and doc[j + 1].lower_ in nums
            and doc[j - 1].lower_ in nums
        ):
            j += 1
            continue
        elif (
            w == "and"
            and seen
            and j + 1 < len(doc)
            and doc[j + 1].lower_ in nums
            and doc[j - 1].lower_ == "hundred"
        ):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j


def _vague(doc, i: int) -> tuple[Decimal, Decimal, int] | None:
    """ "dozens", "tens of thousands", "several thousand", "a few hundred": (low, high, end)."""
    lex = lexicons()
    n = _match(doc, i, lex["few"], 3)
    if n and i + n < len(doc) and doc[i + n].lower_ in lex["multipliers"] and doc[i + n].is_alpha:
        low, high = lex["few"][_key(doc, i, i + n)]
        j = i + n
        while j < len(doc) and doc[j].lower_ in lex["multipliers"] and doc[j].is_alpha and len(doc[j]) > 2:
            low, high, j = (
                low * lex["multipliers"][doc[j].lower_],
                high * lex["multipliers"][doc[j].lower_],
                j + 1,
            )
        return low, high, j
    if doc[i].lower_ not in lex["vague"]:
        return None
    _, low, high = lex["vague"][doc[i].lower_]
    j = i + 1
    while j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].lower_ in lex["vague"]:
        base = lex["vague"][doc[j + 1].lower_][0]
        low, high, j = low * base, (high + 1) * base - 1, j + 2
    return low, high, j


FRACTION = Unit("fraction", "fraction", Decimal(1), "after")


def _fraction(doc, i: int) -> Amount | None:
    """ "two-thirds of", "a quarter of", "half the": a share of a whole, before what it is a share of."""
    lex = lexicons()
    fracs, nums = lex["fractions"], lex["numbers"]
    w = doc[i].lower_
    j, top = i, Decimal(1)
    if w in ("a", "an", "one") or w in nums and i + 1 < len(doc):
        top = nums.get(w, Decimal(1))
        j = i + 2 if i + 2 < len(doc) and doc[i + 1].text in DASHES else i + 1
    if j >= len(doc) or doc[j].lower_ not in fracs or (doc[j].lower_ == "half") != (j == i):
        return None
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is None or not (
        nxt.lower_ == "of" or w == "half" and nxt.tag_ in ("DT", "PRP$") and nxt.lower_ not in ("a", "an")
    ):
        return None
    value = (top * fracs[doc[j].lower_]).quantize(Decimal("0.0001"))
    return Amount(i, j + 1, value, unit=FRACTION, head=j, first=i, words_only=True)


def _number(doc, i: int) -> Amount | None:
    """The number starting at token i, with its multipliers, or None."""
    lex = lexicons()
    tok = doc[i]
    parsed = (
        _token_number(tok) if tok.text[:1].isdigit() or tok.text[:1] in "+-." or not tok.is_alpha else None
    )
    if parsed:
        value, unit, mult = parsed
        j = i + 1
        trim = 0
        while j < len(doc) and not trim:
            word = doc[j].lower_
            if word.endswith(".") and len(word) == 2 and not doc[j - 1].whitespace_:
                word, trim = word[:-1], 1  # "£20m." at the end of a sentence: one token for the tokenizer
            if word not in lex["multipliers"] or not word.isalpha():
                trim = 0
                break
            if len(word) == 1 and doc[j - 1].whitespace_:
                trim = 0
                break  # "20m" split by the tokenizer, not "20 m"
            mult, j = mult * lex["multipliers"][word], j + 1
        glued = unit is not None or mult != 1 and j == i + 1
        return Amount(i, j, value * mult, unit=unit, head=j - 1, first=i, glued=glued, trim=trim)
    fraction = _fraction(doc, i)
    if fraction:
        return fraction
    vague = _vague(doc, i)
    if vague:
        low, high, j = vague
        return Amount(i, j, None, low, high, head=j - 1, first=i, words_only=True)
    words = _words_number(doc, i)
    if words:
        value, j = words
        return Amount(i, j, value, head=j - 1, first=i, words_only=True)
    return None


# --- around the number: range, unit, currency, qualifier ---------------------------------------------


@lru_cache(maxsize=8)
def _unit_forms(place: str, kind: str | None = None) -> frozenset[str]:
    """Unit forms that may stand ``place`` (before or after) the number, of one kind if given."""
    other = "after" if place == "before" else "before"
    return frozenset(
        f for f, u in lexicons()["units"].items() if u.place != other and (kind is None or u.kind == kind)
    )


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


# --- what is not an amount ----------------------------------------------------------------------------


YEAR_RE = re.compile(r"1[0-9]{3}|20[0-9]{2}|2100")


def _is_year(doc, amt: Amount) -> bool:
    tok = doc[amt.first]
    if (
        amt.unit is None
        and amt.value is None
        and YEAR_RE.fullmatch(tok.text)
        and YEAR_RE.fullmatch(doc[amt.head].text)
    ):
        return True  # "2009-2010", "from 2009 to 2010"
    if amt.unit or amt.head != amt.first or not YEAR_RE.fullmatch(tok.text):
        return False
    prev = doc[amt.first - 1] if amt.first else None
    counts_noun = tok.dep_ == "nummod" and tok.head.i > tok.i and tok.head.tag_ in ("NNS", "NNPS")
    return not counts_noun or (prev is not None and (prev.lower_ in YEAR_BEFORE or prev.dep_ == "poss"))


def _is_name_part(doc, amt: Amount) -> bool:
    """A number without a unit that is part of a name, a designation or a label, not an amount."""
    return _glued_to_name(doc, amt) or _in_named_entity(doc, amt) or _designation(doc, amt)


def _glued_to_name(doc, amt: Amount) -> bool:
    first, text = doc[amt.start], doc_text(doc)
    c0 = first.idx
    if c0 >= 2 and text[c0 - 1] in "-–" and text[c0 - 2].isalnum():
        return True  # "F-16", "COVID-19" split by the tokenizer; "2010-11"
    if c0 >= 1 and text[c0 - 1] in "'’":
        return True  # "iLife '11", "the class of '98"
    nxt = doc[amt.end] if amt.end < len(doc) else None
    if nxt is not None and amt.end == amt.head + 1 and doc[amt.head].whitespace_ == "" and nxt.is_alpha:
        return True  # "3G", "4s" split by the tokenizer
    return amt.start > 0 and doc[amt.start - 1].text == "(" and nxt is not None and nxt.text == ")"  # "(3)"


def _in_named_entity(doc, amt: Amount) -> bool:
    first = doc[amt.start]
    prev = doc[amt.start - 1] if amt.start else None
    ent = next((e for e in doc.ents if e.start <= first.i < e.end), None)
    if ent is not None and ent.label_ in NAME_ENTS and any(t.is_alpha and not t.like_num for t in ent):
        return True  # spaCy's ORG, PRODUCT, LAW... around the number
    if prev is None or first.is_sent_start:
        return False
    if amt.words_only and first.text[:1].isupper():
        if prev.text[:1].isupper() and prev.is_alpha or prev.lower_ in ("of", "the", "'s"):
            return True  # "Group of Seven", "the Big Three", "Ocean's Eleven"
    if _proper_before(prev) and (prev.dep_ in ("compound", "nmod") or not _counts_noun(doc, amt)):
        return True  # "Boeing 737", "S&P 500", "the FTSE 100 index", "iPhone 4"
    before = doc[amt.start - 2] if amt.start >= 2 else None
    if before is None or _counts_noun(doc, amt):
        return False
    if prev.lower_ == "of" and before.pos_ == "PROPN" and before.text[:1].isupper():
        return True  # "Group of 20"
    return prev.tag_ == "POS" and _proper_before(before) and amt.head == amt.first  # "Standard & Poor's 500"


def _designation(doc, amt: Amount) -> bool:
    """ "the 787", "a new 737", "the 787 Dreamliner", "a 737 replacement": a model number, not an amount."""
    first = doc[amt.start]
    if amt.head != amt.first or not re.fullmatch(r"\d+", first.text) or amt.start == 0:
        return False
    counts, nxt = _counts_noun(doc, amt), doc[amt.end] if amt.end < len(doc) else None
    k = amt.start - 1
    while k > 0 and doc[k].pos_ == "ADJ":
        k -= 1
    if doc[k].lower_ in ("a", "an") and not counts:
        return True  # "a new 737", "an 11"
    if doc[amt.start - 1].lower_ == "the" and len(first.text) >= 3 and not counts:
        return nxt is None or nxt.lower_ != "of"  # "the 787", but "the 238 of them"
    head = first.head
    if first.dep_ == "nummod" and head.i > first.i and head.tag_ in ("NN", "NNP") and head.text[:1].isupper():
        return bool(amt.value and amt.value > 1)  # "the 787 Dreamliner"
    # "a 737 replacement", "the 500 index": a three-digit number before a singular common noun
    return len(first.text) == 3 and nxt is not None and nxt.tag_ == "NN" and first.head.i == nxt.i


def _proper_before(prev) -> bool:
    if prev.text[:1].islower() and any(c.isupper() for c in prev.text[1:]) and prev.is_alpha:
        return True  # "iPhone 4", "iOS 5": a camel-case product name
    return (
        any(c.isupper() for c in prev.text)
        and not prev.is_sent_start
        and prev.pos_ == "PROPN"
        and prev.lower_.rstrip(".") not in MONTHS
    )


def _counts_noun(doc, amt: Amount) -> bool:
    tok = doc[amt.head]
    return tok.dep_ in ("nummod", "quantmod") and tok.head.i >= amt.end and tok.head.pos_ in ("NOUN", "PROPN")


def _not_amount(doc, amt: Amount, blocked: Sequence[tuple[int, int]]) -> bool:
    c0, c1 = doc[amt.first].idx, doc[amt.head].idx + len(doc[amt.head])
    num_tok = doc[amt.head]
    if amt.unit is None or amt.unit.kind == "measure":
        if any(s < c1 and c0 < e for s, e in blocked):
            return True  # the times stage read the number itself ("two years", "March 16")
    prev = doc[amt.start - 1] if amt.start else None
    nxt = doc[amt.end] if amt.end < len(doc) else None
    if amt.unit is None:
        if _is_year(doc, amt) or _is_name_part(doc, amt):
            return True
        if (
            nxt is not None
            and nxt.text in DASHES
            and not num_tok.whitespace_
            and amt.end + 1 < len(doc)
            and doc[amt.end + 1].text[:1].isdigit()
            and not nxt.whitespace_
        ):
            return True  # "52-48": a score or a vote, not a range
        if _is_month(prev) or _is_month(nxt):
            return True  # "March 16", "16 March"
        if nxt is not None and nxt.lower_ in CLOCK:
            return True  # "3 pm"
        if nxt is not None and nxt.text == ":" and nxt.whitespace_ == "":
            return True  # "10:30" split by the tokenizer
        if prev is not None and amt.qualifier is None and _label_before(doc, amt.start):
            return True  # "section 3", "aged 19 and 23"
        if nxt is not None and _after_word_excludes(doc, amt.end):
            return True  # "45-year-old", "two years"
        if _is_age_apposition(doc, amt):
            return True  # "Smith, 45, said"
        if amt.words_only and amt.value == 1 and amt.head == amt.first:
            return True  # "one" alone is mostly a pronoun or an article ("one of them", "one man")
    if num_tok.ent_type_ == "ORDINAL" and not num_tok.text[:1].isdigit():
        return True
    return False


def _label_before(doc, i: int) -> bool:
    """A label word ("section", "aged") before token i, or before a list of numbers that ends at i."""
    while i >= 2 and doc[i - 1].lower_ in (",", "and", "or") and doc[i - 2].like_num:
        i -= 2
    return bool(_match(doc, i, lexicons()["not_before"], 2, backward=True))


def _is_month(tok) -> bool:
    return tok is not None and tok.text[:1].isupper() and tok.lower_.rstrip(".") in MONTHS  # not "may"


def _after_word_excludes(doc, j: int) -> bool:
    words = []
    k = j
    while k < len(doc) and len(words) < 5 and (doc[k].text in DASHES or doc[k].is_alpha):
        if doc[k].text not in DASHES:
            words.append(doc[k].lower_)
        joined = "-".join(words)
        spaced = " ".join(words)
        if joined in lexicons()["not_after"] or spaced in lexicons()["not_after"]:
            return True
        k += 1
    return False


def _is_age_apposition(doc, amt: Amount) -> bool:
    if amt.start < 2 or amt.end >= len(doc) or amt.value is None or amt.end - amt.start != 1:
        return False
    before, name, after = doc[amt.start - 1], doc[amt.start - 2], doc[amt.end]
    return before.text == "," and after.text in (",", ".") and name.pos_ == "PROPN" and 0 < amt.value < 120


# --- what it counts -----------------------------------------------------------------------------


def _counts(doc, amt: Amount) -> tuple[int, int] | None:
    """Token span of the noun phrase the amount counts or measures: "40,000 inmates" -> "inmates",
    "2.3 tonnes of cocaine" -> "cocaine", "500 head of cattle" -> "head of cattle"."""
    span = _counted(doc, amt)
    if span is None:
        return None
    i, j = span
    if doc[j - 1].lower_ in lexicons()["partitives"] and j + 1 < len(doc) and doc[j].lower_ == "of":
        objs = [c for c in doc[j].children if c.dep_ == "pobj"]
        if objs and objs[0].pos_ in ("NOUN", "PROPN"):
            return i, objs[0].i + 1
    return span


def _counted(doc, amt: Amount) -> tuple[int, int] | None:
    if amt.unit is not None and amt.unit.kind == "currency":
        return None
    tok = doc[amt.head]
    if (amt.unit is None or amt.unit is FRACTION) and _counts_noun(doc, amt) and tok.head.i >= amt.end:
        between = doc[amt.end : tok.head.i]
        if all(
            (t.dep_ in MODIFIERS or t.tag_ == "HYPH") and not t.like_num and t.head.i <= tok.head.i
            for t in between
        ):
            return _trim(doc, amt.end, tok.head.i + 1)
        return None
    # "thousands of suspected gangsters", "20 percent of the shares", "two of the men"
    j = amt.end
    if j + 1 < len(doc) and doc[j].lower_ == "of":
        objs = [c for c in doc[j].children if c.dep_ == "pobj"]
        if objs and objs[0].pos_ in ("NOUN", "PROPN", "PRON"):
            return _trim(doc, j + 1, objs[0].i + 1)
    if amt.unit is not None and amt.unit.kind == "measure":
        return None
    if amt.unit is None and j < len(doc) and doc[j].tag_ in ("NNS", "NNPS"):
        return (j, j + 1)  # "2m people", where the parser missed the number
    if amt.unit is FRACTION and j + 1 < len(doc) and doc[j].tag_ in ("DT", "PRP$"):
        return _trim(doc, j, doc[j].head.i + 1) if doc[j].head.i > j else None  # "half the men"
    return None


def _may_be_resumed(doc, amt: Amount, counts: tuple[int, int]) -> bool:
    """Whether a later bare count may mean the same thing: not money, not a subset ("including 11 children")."""
    noun = doc[counts[1] - 1]
    return amt.unit is None and not (noun.head.lower_ in ("including", "among", "of") and noun.dep_ == "pobj")


def _elliptical(doc, amt: Amount, before: Amount) -> bool:
    """A bare count standing as a noun phrase ("several thousand were released") in the sentence of an earlier
    count of the same kind: it counts what that one counted."""
    tok = doc[amt.head]
    return (
        amt.unit is None
        and before.unit is None
        and tok.sent.start == doc[before.head].sent.start
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos")
        and (amt.end >= len(doc) or doc[amt.end].pos_ not in ("NOUN", "PROPN", "ADJ"))
    )


def _trim(doc, i: int, j: int) -> tuple[int, int] | None:
    """Drop the article of the counted noun itself ("of the hostages" -> "hostages"), keep "the county's roads"."""
    while i < j and (doc[i].tag_ in ("DT", "HYPH", "CD") and doc[i].head.i == j - 1 or doc[i].is_punct):
        i += 1  # "of the 2,000 respondents" -> "respondents": the other number is an amount of its own
    return (i, j) if i < j else None


# --- the stage ---------------------------------------------------------------------------------------


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
        counts = _counts(doc, amt)
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
            )
        )
    return out
