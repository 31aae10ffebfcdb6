"""PLOVER readings of planned and refused acts: a promise of a future act is coded as the promise (AGREE,
CONCEDE, THREATEN), a refusal of cooperation as REJECT; the planned or negated act itself stays in the output."""

from __future__ import annotations

from dataclasses import replace

from ...model import Event

# PLOVER codes a promise of a future act as what the promise is: AGREE for cooperation, CONCEDE for a retreat,
# THREATEN for force or coercion; and a refusal of cooperation as REJECT. The planned or negated act stays too.
# Meetings and visits are the exception: SPEC section 2 codes "would meet", "will visit" as CONSULT with status
# planned, so no AGREE is added for them (an exporter can map CONSULT + planned to PLOVER's AGREE).
INTENT = {
    "SUPPORT": ("AGREE", None, "032"), "COOPERATE": ("AGREE", None, "031"),
    "AID": ("AGREE", None, "033"), "RETREAT": ("CONCEDE", None, "080"),
    "ASSAULT": ("THREATEN", "violence", "138"), "COERCE": ("THREATEN", "restrict", "137"),
    "SANCTION": ("THREATEN", "relations", "1313"), "MOBILIZE": ("THREATEN", "violence", "138"),
    "PROTEST": ("THREATEN", "relations", "133"),
}


REFUSAL = {"AGREE": "120", "CONSULT": "125", "SUPPORT": "120", "COOPERATE": "121", "AID": "122", "RETREAT": "1243",
           "CONCEDE": "124"}


def derived(ev: Event, ctx) -> list[Event]:
    if ev.actor is None:
        return []
    pub = dict(date=ctx.article.date, date_precision="publication")
    conditional = ev.status == "hypothetical" and ev.trigger.text and _would(ev, ctx)
    if (ev.status == "planned" or conditional) and ev.type in INTENT:
        type_, mode, cameo = INTENT[ev.type]
        if ev.type == "ASSAULT" and _prepared(ev, ctx):
            type_, mode, cameo = "MOBILIZE", "troops", "150"  # "the navy prepared to bombard the town": a posture
        return [replace(ev, type=type_, mode=mode, cameo=cameo, status="occurred", location=None,
                        confidence=round(ev.confidence - 0.1, 2), **pub)]
    if ev.status == "negated" and ev.type in REFUSAL:
        return [replace(ev, type="REJECT", mode=None, cameo=REFUSAL[ev.type], status="occurred",
                        confidence=round(ev.confidence - 0.1, 2))]
    return []


def _would(ev: Event, ctx) -> bool:
    """A conditional promise or threat: "would meet ... if", not "could attack"."""
    span = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "'ll") for c in tok.children):
            return True
        if tok.dep_ not in ("xcomp", "conj") or tok.head == tok:
            return False
        tok = tok.head
    return False


def _prepared(ev: Event, ctx) -> bool:
    """An attack being prepared ("prepared to attack", "were preparing for an offensive"): material readiness,
    which PLOVER codes as MOBILIZE rather than a verbal threat."""
    span = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(3):
        head = tok.head
        if head == tok:
            return False
        if head.lemma_.lower() == "prepare" and not any(c.dep_ == "auxpass" for c in head.children):
            return not any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in head.children) or head.tag_ == "VBG"
        tok = head
    return False
