"""A number at a token, with its multipliers: digits ("$6", "1.5bn"), words ("two hundred and fifty", "a dozen"),
vague amounts ("tens of thousands") and fractions ("two-thirds of")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .lexicon import DASHES, FRACTION, NUM_RE, Unit, _key, _match, lexicons, starts

_DIGIT = re.compile(r"\d")  # what NUM_RE needs at least one of


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


def _may_start(text: str, low: str) -> bool:
    """False only when no reading below can start at a token of this text (lowercase ``low``): no digit, not a
    word numbers, fractions or vague amounts begin with, and no beginning of a "few" form ("a couple of"). A
    token with a hyphen, a space or a non-ASCII letter is always tried (its key is not its own text)."""
    words, few = starts()
    if _DIGIT.search(text) or low in words or low in few:
        return True
    return "-" in low or not low.isascii() or any(c.isspace() for c in low)


def _number(doc, i: int) -> Amount | None:
    """The number starting at token i, with its multipliers, or None."""
    lex = lexicons()
    tok = doc[i]
    if not _may_start(tok.text, tok.lower_):
        return None
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
