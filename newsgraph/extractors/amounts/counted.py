"""What an amount counts or measures, from the dependency parse: "40,000 inmates", "2.3 tonnes of cocaine"."""

from __future__ import annotations

from .filters import _counts_noun
from .lexicon import FRACTION, lexicons
from .numbers import Amount

RELATIVE = {"last", "next", "this", "that", "past", "previous", "coming"}  # "40 last year": not "40 years"
MODIFIERS = {"amod", "compound", "nmod", "advmod", "poss", "case", "npadvmod"}


def _counts(doc, amt: Amount) -> tuple[tuple[int, int] | None, bool]:
    """Token span of the noun phrase the amount counts or measures: "40,000 inmates" -> "inmates",
    "2.3 tonnes of cocaine" -> "cocaine", "500 head of cattle" -> "head of cattle"; and whether that phrase
    is a death toll the amount is the value of ("the death toll rose to 31")."""
    span = _counted(doc, amt)
    if span is None or _a_date_of_its_own(doc, span):
        toll = _toll(doc, amt)
        return toll, toll is not None
    i, j = span
    if doc[j - 1].lower_ in lexicons()["partitives"] and j + 1 < len(doc) and doc[j].lower_ == "of":
        objs = [c for c in doc[j].children if c.dep_ == "pobj"]
        if objs and objs[0].pos_ in ("NOUN", "PROPN"):
            return (i, objs[0].i + 1), False
    return span, False


def _a_date_of_its_own(doc, span: tuple[int, int]) -> bool:
    """"rose to 5,000 last month", "hired 40 last year": the words after the number are a date that begins
    after it (NER's DATE or TIME), not what it counts; "40 days" is one date and keeps its noun."""
    i, j = span
    starts = doc[i].ent_iob_ == "B" or doc[i].lower_ in RELATIVE  # NER may take "40 last year" as one date
    return starts and all(doc[k].ent_type_ in ("DATE", "TIME") for k in range(i, j))


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
    # "thousands of suspected gangsters", "20 percent of the shares", "two of the men", "three of the wounded"
    j = amt.end
    if j + 1 < len(doc) and doc[j].lower_ == "of":
        objs = [c for c in doc[j].children if c.dep_ == "pobj"]
        if objs and (objs[0].pos_ in ("NOUN", "PROPN", "PRON") or _adjective_as_noun(objs[0])):
            return _trim(doc, j + 1, objs[0].i + 1)
    if amt.unit is not None and amt.unit.kind == "measure":
        return None
    if amt.unit is None and j < len(doc) and doc[j].tag_ in ("NNS", "NNPS"):
        return (j, j + 1)  # "2m people", where the parser missed the number
    if amt.unit is FRACTION and j + 1 < len(doc) and doc[j].tag_ in ("DT", "PRP$"):
        return _trim(doc, j, doc[j].head.i + 1) if doc[j].head.i > j else None  # "half the men"
    return None


def _adjective_as_noun(tok) -> bool:
    """"the wounded", "the dead", "the injured": a participle or adjective standing for the people it describes."""
    return tok.tag_ in ("VBN", "JJ") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


TOLL_VERBS = {"nsubj", "nsubjpass", "dobj"}  # "the toll rose to 31", "raised the death toll to 31"


def _toll(doc, amt: Amount) -> tuple[int, int] | None:
    """The death toll an amount is the value of: "the death toll rose to 31", "the toll climbed to 40", "a casualty
    count of 12", "the number of dead reached 9" count the dead (units_tolls.tsv), though no noun follows the
    number: the span of the toll phrase ("death toll", "number of dead")."""
    if amt.unit is not None:
        return None
    tok = doc[amt.head]
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("to", "at", "of"):
        if head.lower_ == "of" and _toll_phrase(head.head) is not None:
            return _toll_phrase(head.head)  # "a death toll of 31"
        head = head.head
    elif tok.dep_ not in ("dobj", "attr"):
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    spans = [_toll_phrase(c) for c in head.children if c.dep_ in TOLL_VERBS and c.i != tok.i]
    return next((s for s in spans if s is not None), None)


def _toll_phrase(noun) -> tuple[int, int] | None:
    """Token span of a toll noun and the death word that makes it one ("death toll", "number of dead"), or None."""
    kinds = lexicons()["tolls"]
    kind = kinds.get(noun.lower_)
    if kind not in ("toll", "count"):
        return None
    deaths = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and kinds.get(c.lower_) == "death"]
    deaths += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" and kinds.get(g.lower_) == "death"]
    if not deaths and kind != "toll":
        return None
    ends = [noun.i, *(d.i for d in deaths)]
    return min(ends), max(ends) + 1


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
