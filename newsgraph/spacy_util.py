"""Small helpers around spaCy objects that the extractors share."""

from __future__ import annotations

import re
from typing import Any

_TEXT = "newsgraph_text"


def doc_text(doc: Any) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token again on each ``doc.text`` access, so an
    extractor that reads it in a loop becomes quadratic in the article's length."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_DATELINES = "newsgraph_datelines"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
# "BAMAKO, Nov 20 (Reuters) - ", "KYIV, Ukraine (AP) — ", "WASHINGTON — ", "Paris (AFP) - ": a place in capitals, or
# any place followed by an agency in brackets; then a dash or colon, at the start of a paragraph
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:(?P<caps>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})"
    r"(?:,[ \t]*[A-Z][\w.]+(?: [A-Z][\w.]+){0,2})?"
    rf"(?:,?[ \t]*{_MONTH})?"
    r"[ \t]*(?P<agency>\([^)\n]{1,40}\))?"
    r"[ \t]*[-–—:][ \t]+"
)


def before_reported_subject(span: Any, verb: Any) -> bool:
    """``span`` stands between a reporting verb and the subject of the clause ``verb`` it reports, where the parser
    hangs it on ``verb``: "said on Wednesday it had carried out an attack" ("on Wednesday" on "carried"). Such a
    phrase belongs to the reporting verb (``verb.head``)."""
    if verb is None or verb.dep_ != "ccomp" or not verb.head.i < span.start:
        return False
    return any(span.end <= c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


def dateline_spans(doc: Any) -> list[tuple[int, int]]:
    """Character spans of the datelines that open paragraphs ("BAMAKO, Nov 20 (Reuters) - "): a place and a
    date that say where and when the story was filed, never an actor or an event's date."""
    spans = doc.user_data.get(_DATELINES)
    if spans is None:
        spans = [
            (m.start(), m.end())
            for m in _DATELINE.finditer(doc_text(doc))
            if (m.group("caps") and len(m.group("caps")) >= 3) or m.group("agency")
        ]
        doc.user_data[_DATELINES] = spans
    return spans


def in_dateline(tok: Any) -> bool:
    return any(start <= tok.idx < end for start, end in dateline_spans(tok.doc))


def split_datelines(doc: Any) -> Any:
    """A pipeline component run before the parser: each dateline ("MWANZA, Tanzania — ", "BAMAKO, Nov 20
    (Reuters) - ") ends a sentence of its own. Parsed with the sentence it opens, the dateline's town becomes the
    head of that sentence ("A ferry capsized, killing 19" hangs on "MWANZA", which then did the killing)."""
    for _, end in dateline_spans(doc):
        tok = next((t for t in doc if t.idx >= end and not t.is_space), None)
        if tok is not None and tok.i > 0:
            tok.is_sent_start = True
            if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space and not doc[tok.i + 1].is_punct:
                # nor a sentence of one word: the parser cut "Typhoon Rai tore ..." and "Israeli aircraft struck
                # ..." after their first word, leaving "Rai" and "aircraft" without their title or owner
                doc[tok.i + 1].is_sent_start = False
    return doc


# Acts of speaking that news copy joins to a reported clause as the speaker's own: "said the talks had failed and
# urged both sides to return", "denied that he had been mistreated and accused former ministers of plotting"
SPEAKER_ACTS = {"urge", "call", "appeal", "praise", "thank", "welcome", "condemn", "criticise", "criticize", "accuse",
                "blame", "vow", "pledge", "promise", "warn", "demand", "insist"}
REPORTING_VERBS = {"say", "tell", "add", "state", "announce", "declare", "deny", "insist"}


def spoken_beside_report(verb: Any) -> bool:
    """A past act of speaking joined to the clause a speaker reports is the speaker's own second act, not part of
    what is reported, when the reported clause has a subject of its own and is no act of speaking itself. A passive
    reported clause cannot lend its auxiliary to an active verb with an object ("had been mistreated and accused
    former ministers"). Read by the event coder (who urged) and by the quotes pass (where the report ends)."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or verb.lemma_.lower() not in SPEAKER_ACTS:
        return False
    if head.lemma_.lower() in SPEAKER_ACTS or head.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    kids, head_kids = list(verb.children), list(head.children)
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in kids):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head_kids):
        return False
    passive_head = any(c.dep_ == "auxpass" for c in head_kids)
    return verb.tag_ in ("VBD", "VBZ") or (verb.tag_ == "VBN" and passive_head and any(c.dep_ == "dobj" for c in kids))
