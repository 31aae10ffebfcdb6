"""The date of an event: time expressions attached to its clause (dependency path first), then the sentence,
else the publication date with precision "publication"."""

from __future__ import annotations

import re

from ...spacy_util import dateline_spans

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_WEEK = re.compile(r"^\d{4}-W\d{2}$")
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj"}


def precision(value: str) -> str | None:
    if _DAY.match(value):
        return "day"
    if _WEEK.match(value):
        return "week"
    if _MONTH.match(value):
        return "month"
    if _YEAR.match(value):
        return "year"
    return None


def _attached(tok, anchors: set[int], limit: int = 8) -> bool:
    """True when the path from ``tok`` up to the root reaches an anchor before leaving its clause, and without
    passing through a noun it dates instead ("sought an apology for the raid in May 2010": the raid's date)."""
    start = tok.i
    for _ in range(limit):
        if tok.i in anchors:
            return True
        if (
            tok.i != start
            and tok.pos_ in ("NOUN", "PROPN")
            and tok.dep_ != "npadvmod"
            and tok.ent_type_ not in ("DATE", "TIME")
        ):
            return _occasion(tok, anchors)
        if tok.dep_ in CLAUSE_DEPS or tok.head == tok:
            return tok.head.i in anchors and tok.dep_ not in CLAUSE_DEPS
        tok = tok.head
    return False


OCCASION_PREPS = {"in", "during", "at", "amid"}


def _occasion(noun, anchors: set[int]) -> bool:
    """The dated noun is the occasion the act happened in: "freed in Monday's handover", "killed during last
    week's raid" date the act; "an apology for Monday's raid" does not (the apology came later)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in OCCASION_PREPS and prep.head.i in anchors


def date_of(times, doc, anchor, trigger, sent, publication: str) -> tuple[str, str]:
    """(value, precision) of the event whose anchor and trigger are given."""
    datelines = dateline_spans(
        doc
    )  # "BAMAKO, Nov 20 (Reuters) -" says when the story was filed, not the event
    usable = [
        t
        for t in times
        if t.type in ("DATE", "TIME")
        and sent.start_char <= t.start < sent.end_char
        and not any(a <= t.start < b for a, b in datelines)
    ]
    usable = [(t, precision(t.value[:10] if t.type == "TIME" else t.value)) for t in usable]
    usable = [(t, p) for t, p in usable if p]
    if not usable:
        return publication, "publication"
    anchors = {anchor.i, trigger.i}
    for t, p in usable:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and _attached(span.root, anchors):
            return (t.value[:10] if t.type == "TIME" else t.value), p
    # then the sentence: a time on a clause that governs the event ("said on Monday that police had arrested")
    governing = {a.i for a in anchor.ancestors}
    background = anchor.dep_ in ("relcl", "acl") or trigger.dep_ in ("relcl", "acl")
    for t, p in usable:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or background:
            continue
        verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.i in governing and not _shifted(anchor, verb):
            return (t.value[:10] if t.type == "TIME" else t.value), p
    return publication, "publication"


SHIFTING = {"after", "before", "since", "until", "till", "once"}


def _shifted(anchor, verb) -> bool:
    """The event sits in a clause set before or after the governing one ("... on Tuesday, days after Paris
    criticised"): the governing clause's time is not its own."""
    tok = anchor
    for _ in range(8):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SHIFTING for c in tok.children):
            return True
        if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ", "VBP"):
            return (
                True  # a finite conjunct has its own time: "would hold a summit next week and threatened .."
            )
        tok = tok.head
    return False
