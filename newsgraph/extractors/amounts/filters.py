"""What looks like a number but states no amount: years, dates, clock times, scores, numbers inside names ("Group of
20", "Boeing 737"), labels ("section 3"), ages ("Smith, 45,")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...spacy_util import doc_text
from .lexicon import DASHES, _match, lexicons
from .numbers import Amount

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
    words: list[str] = []
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
