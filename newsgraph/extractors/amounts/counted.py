"""What an amount counts or measures, from the dependency parse: "40,000 inmates", "2.3 tonnes of cocaine"."""

from __future__ import annotations

from .filters import _counts_noun
from .lexicon import FRACTION, lexicons
from .numbers import Amount

MODIFIERS = {"amod", "compound", "nmod", "advmod", "poss", "case", "npadvmod"}


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
