"""PLOVER readings of planned and refused acts: a promise of a future hostile act or retreat is coded as the promise
(THREATEN, CONCEDE), a refusal of cooperation as REJECT; the planned or negated act itself stays in the output. A
promised meeting, support, cooperation or aid is one event, planned, with the manual's AGREE as its ``plover``
reading (``model.Reading``): no second event for the same report."""

from __future__ import annotations

from dataclasses import replace

from ...model import Event, Reading
from .content import RETALIATION
from .dating import REPORTING, date_of
from .firing import fired
from .status import MAYBE, arranged, bare_infinitive, on_the_way, open_question
from .veiled import told_as_veiled

# PLOVER codes a promise of a future act as what the promise is: AGREE for cooperation, including meetings and
# visits ("said she would meet": the manual's AGREE section, "Cooperative actions of types CONSULT, SUPPORT,
# COOPERATE, and AID reported in future tense ... should be coded as AGREE"; the CONSULT itself stays, planned);
# CONCEDE for a promised retreat ("will release the hostages", "will withdraw"): the manual says so twice (AGREE:
# "RETREAT + future and CONCEDE + future ... do not reduce to AGREE"; CONCEDE: "Announcements of future retreats
# should be coded as CONCEDE"). CAMEO2PLOVER maps CAMEO 035, intent to yield, to AGREE, and the 0.5b1 GSR records
# follow it; the manual is the codebook, so CONCEDE, with CAMEO 035 beside it. THREATEN for force or coercion;
# a refusal of cooperation is REJECT. The planned or negated act stays too.
# The cooperative ones (AGREE) are not a second event but the planned event's ``plover`` reading: "said she would
# meet the president" reports one thing, a meeting to come, which the record's status already says; a threat or a
# promised retreat is an act of its own now (the manual's THREATEN and CONCEDE).
INTENT = {
    "CONSULT": ("AGREE", None, "036"), "SUPPORT": ("AGREE", None, "032"), "COOPERATE": ("AGREE", None, "031"),
    "AID": ("AGREE", None, "033"), "RETREAT": ("CONCEDE", None, "035"),
    "ASSAULT": ("THREATEN", "violence", "138"), "COERCE": ("THREATEN", "restrict", "137"),
    "SANCTION": ("THREATEN", "relations", "1313"), "MOBILIZE": ("THREATEN", "violence", "138"),
    "PROTEST": ("THREATEN", "relations", "133"),
}


REFUSAL = {"AGREE": "120", "CONSULT": "125", "SUPPORT": "120", "COOPERATE": "121", "AID": "122", "RETREAT": "1243",
           "CONCEDE": "124"}


COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}


def read(ev: Event, ctx) -> tuple[Event, list[Event]]:
    """The event, with its PLOVER reading when it is a promised cooperative act, and the events derived from it."""
    if ev.type == "THREATEN" and _announced_reprisal(ev, ctx) and (ev.status == "planned" or (
            ev.status == "hypothetical" and _would(ev, ctx) and not _asked(ev, ctx))):
        return replace(ev, status="occurred", **_said_when(ev, ctx)), []
    if ev.type == "THREATEN" and ev.status in ("hypothetical", "planned") and _veiled(ev, ctx):
        return replace(ev, status="occurred", **_said_when(ev, ctx)), []
    out = derived(ev, ctx)
    if len(out) == 1 and ev.type in COOPERATIVE and out[0].type == "AGREE" and out[0].cameo == INTENT[ev.type][2]:
        r = out[0]
        return replace(ev, plover=Reading(r.type, r.mode, r.cameo, r.date, r.date_precision)), []
    return ev, out


def _announced_reprisal(ev: Event, ctx) -> bool:
    """"said it would retaliate": the reprisal to come is the threat, made when it is said (CAMEO 130)."""
    tok = _trigger_token(ev, ctx)
    return tok is not None and tok.lemma_.lower() in RETALIATION


def _veiled(ev: Event, ctx) -> bool:
    """"would take all necessary measures if ...": the conditional threat is made when it is said (``veiled``)."""
    tok = _trigger_token(ev, ctx)
    return tok is not None and told_as_veiled(tok)


def derived(ev: Event, ctx) -> list[Event]:
    if ev.actor is None:
        return []
    conditional = ev.status == "hypothetical" and bool(ev.trigger.text) and not _asked(ev, ctx) and (
        _would(ev, ctx) or (INTENT.get(ev.type, ("",))[0] == "THREATEN" and _warned_if(ev, ctx)))
    promised = ((ev.status == "planned" or conditional) and not _scheduled(ev, ctx) and not _obliged(ev, ctx)
                and not _named_plan(ev, ctx) and not _permitted(ev, ctx))
    if promised and (ev.type in INTENT or ev.type == "CONCEDE"):
        type_, mode, cameo = INTENT.get(ev.type, ("CONCEDE", ev.mode, ev.cameo))
        if ev.type == "ASSAULT" and _prepared(ev, ctx):
            fired("prepared-to-attack")
            type_, mode, cameo = "MOBILIZE", "troops", "150"  # "the navy prepared to bombard the town": a posture
        elif _unless(ev, ctx):
            fired("unless-threat")
            # "will withdraw its force unless the president holds elections": a coercive warning (CAMEO 13)
            type_, mode, cameo = "THREATEN", (mode if type_ == "THREATEN" else None), (cameo if type_ == "THREATEN" else "130")
        elif type_ == "CONCEDE" and _willing(ev, ctx):
            fired("willing-offer")
            # "is willing to lift the ban" (a planned CONCEDE): an offer, which PLOVER codes AGREE
            # ("indicate willingness ... to cooperate")
            type_, mode, cameo = "AGREE", None, "035"
        if type_ == ev.type and ev.type != "CONCEDE":
            return []  # a promised concession is itself the concession (PLOVER CONCEDE: "the promise of future
            # concessions"; "CONCEDE + future ... should be left as they are"), told as occurred below
        return [replace(ev, type=type_, mode=mode, cameo=cameo, status="occurred", location=None,
                        confidence=round(ev.confidence - 0.1, 2), **_said_when(ev, ctx))]
    if (ev.status == "negated" and ev.type in REFUSAL and (ev.type not in UNDONE or _declared(ev, ctx))
            and not _nothing_given(ev, ctx)):
        return [replace(ev, type="REJECT", mode=None, cameo=REFUSAL[ev.type], status="occurred",
                        confidence=round(ev.confidence - 0.1, 2))]
    return []


# A meeting or a visit that did not happen ("has not visited the region", "no talks were held", "failed to meet")
# is no refusal; one declared for the future is ("will not meet", "won't attend", "would not visit": CAMEO 125).
# An agreement, support or retreat withheld ("did not accept the offer") is a refusal in any tense.
UNDONE = {"CONSULT", "AID"}
DECLARING = {"will", "wo", "would", "shall", "'ll"}


def _declared(ev: Event, ctx) -> bool:
    """The negation of this act is a declaration: a future or conditional auxiliary beside the negator."""
    tok = _trigger_token(ev, ctx)
    return tok is not None and any(
        _negator_on(h)
        and any(c.dep_ in ("aux", "auxpass") and c.lower_ in DECLARING for c in h.children)
        for h in _clause_heads(tok)
    )


def _negator_on(tok) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in tok.children)


def _asked(ev: Event, ctx) -> bool:
    """An act put as a question ("did not say whether it would boycott"): no promise and no threat."""
    tok = _trigger_token(ev, ctx)
    return tok is not None and any(open_question(h) for h in _clause_heads(tok, 2))


def _nothing_given(ev: Event, ctx) -> bool:
    """Negated only by a "no" on the object ("offered no proof", "gave no details"): nothing given is told, no
    refusal of anything asked."""
    tok = _trigger_token(ev, ctx)
    return tok is not None and not _negator_on(tok) and any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in tok.children)


def _would(ev: Event, ctx) -> bool:
    """A conditional promise or threat: "would meet ... if", not "could attack"."""
    tok = _trigger_token(ev, ctx)
    if tok is None:
        return False
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "'ll") for c in tok.children):
            return True
        if tok.dep_ not in ("xcomp", "conj") or tok.head == tok:
            return False
        tok = tok.head
    return False


def _warned_if(ev: Event, ctx) -> bool:
    """A hostile act that may come on a condition: "may suspend its aid if the junta delays the vote",
    "could impose sanctions unless": a coercive warning (PLOVER THREATEN), like "would attack if"."""
    tok = _trigger_token(ev, ctx)
    if tok is None:
        return False
    heads = list(_clause_heads(tok, 3))
    modal = any(c.dep_ == "aux" and c.lower_ in MAYBE for h in heads for c in h.children)
    condition = any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for h in heads for c in h.children
                    if c.dep_ == "advcl" for m in c.children)
    return modal and condition


# Verbs that make the promise or the threat: its day is theirs ("said on Monday she would visit Chile next month":
# the AGREE was made on Monday)
SAYING = REPORTING | {"announce", "pledge", "promise", "vow", "warn", "threaten", "insist", "declare", "signal"}


def _said_when(ev: Event, ctx) -> dict:
    """The date of the promise: the day of the verb that says it, when the sentence dates it, else the publication."""
    tok = _trigger_token(ev, ctx)
    said = next((h for h in list(_clause_heads(tok))[1:] if h.lemma_.lower() in SAYING), None) if tok is not None else None
    if said is None:
        return dict(date=ctx.article.date, date_precision="publication")
    date, prec = date_of(ctx.times, ctx.doc, said, said, said.sent, ctx.article.date)
    return dict(date=date, date_precision=prec)


def _trigger_token(ev: Event, ctx):
    span = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def _clause_heads(tok, limit: int = 4):
    """The trigger and the verbs and adjectives it is the complement of ("said it is willing to withdraw")."""
    for _ in range(limit):
        yield tok
        if tok.dep_ not in ("xcomp", "conj", "ccomp", "acomp") or tok.head.i == tok.i:
            return
        tok = tok.head


def _unless(ev: Event, ctx) -> bool:
    tok = _trigger_token(ev, ctx)
    return tok is not None and any(
        m.lower_ == "unless" for h in _clause_heads(tok) for c in h.children if c.dep_ == "advcl" for m in c.children
        if m.dep_ == "mark"
    )


WILLING = {"willing", "ready", "prepared", "offer"}
# A timetable is not a promise: "is due to visit", "is scheduled to meet", "is expected to sign" report what others
# expect, so no AGREE or THREATEN is read into them (PLOVER: a specific act sure to happen keeps its own type)
SCHEDULED = {"due", "scheduled", "expected", "slated", "set"}


def _scheduled(ev: Event, ctx) -> bool:
    tok = _trigger_token(ev, ctx)
    if tok is None:
        return False
    if tok.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lower_ in SCHEDULED for c in tok.head.children):
        return True  # "talks are due to resume", "the summit is set to open"
    if arranged(tok) or on_the_way(tok):
        return True  # "the minister was to meet his counterpart", "officers were heading out to detain the suspects": no promise
    return any(h.lemma_.lower() in SCHEDULED or h.lower_ in SCHEDULED for h in _clause_heads(tok))


# What someone else says an actor must do is a demand on it, not its promise: "said the EU must be ready to mediate"
# is the speaker's REQUEST (coded by ``speech.obligations``), and no AGREE of the EU.
OBLIGATION = {"must", "should", "ought", "need", "needs"}


def _obliged(ev: Event, ctx) -> bool:
    tok = _trigger_token(ev, ctx)
    return tok is not None and any(
        c.dep_ == "aux" and c.lower_ in OBLIGATION for h in _clause_heads(tok) for c in h.children)


def _named_plan(ev: Event, ctx) -> bool:
    """An act told as the content of a noun of deciding or planning ("protested Sweden's decision to send them
    back", "the plan to bomb the bridge"): a plan described, not a promise or a threat the actor makes."""
    from .status import UNREAL

    tok = _trigger_token(ev, ctx)
    if tok is None:
        return False
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
        return tok.head.lemma_.lower() in UNREAL
    return tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in UNREAL


def _permitted(ev: Event, ctx) -> bool:
    """"the city will allow farmers to rally": what another lets the actor do, no promise of the actor's."""
    tok = _trigger_token(ev, ctx)
    return tok is not None and tok.dep_ == "ccomp" and bare_infinitive(tok)


def _willing(ev: Event, ctx) -> bool:
    tok = _trigger_token(ev, ctx)
    return tok is not None and any(h.lemma_.lower() in WILLING for h in _clause_heads(tok))


def _prepared(ev: Event, ctx) -> bool:
    """An attack being prepared ("prepared to attack", "were preparing for an offensive"): material readiness,
    which PLOVER codes as MOBILIZE rather than a verbal threat."""
    tok = _trigger_token(ev, ctx)
    if tok is None:
        return False
    for _ in range(3):
        head = tok.head
        if head == tok:
            return False
        if head.lemma_.lower() == "prepare" and not any(c.dep_ == "auxpass" for c in head.children):
            return not any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in head.children) or head.tag_ == "VBG"
        tok = head
    return False
