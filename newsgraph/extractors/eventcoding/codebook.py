"""Type choice and participants as the PLOVER manual prescribes them (``../shared/reference/plover``), for the
``rules`` table: a rescue is AID only from captors, an attack and its toll are one ASSAULT, expelling an
organisation is a SANCTION, forces that arrive are deployed, lifting a military blockade is a RETREAT, a state
silencing the press coerces it, a charge told after the clause it reports is aimed at that clause's subject.
Each function answers one error category of the PLOVER records or the team's hand trials, shown with the team's
own sentences in tests/test_events_codebook.py."""

from __future__ import annotations

from .actorcode import code_all, is_actorlike, through_collective
from .animacy import time_clauses
from .campaign import blocker
from .firing import fired
from .lexicon import word_class
from .ruletypes import Coding, Sentence
from .triggers import lemma, object_class, reporting_inversion

# PLOVER codes a rescue from captors as AID ("Pakistan's military rescued 10 hostages", "police freed 10 human
# trafficking victims"); saving people from a sinking boat, a fire or a flood is no act between actors.
CAPTIVITY = {"hostage", "captive", "captor", "kidnap", "kidnapper", "kidnapping", "abduct", "abductor",
             "abduction", "hijack", "hijacker", "trafficking", "trafficker", "prisoner", "detainee", "slave",
             "slavery", "hideout", "captivity"}


def rescue_from_danger(k: Coding, s: Sentence) -> bool:
    """Not an act between actors: "rescued 40 migrants from a sinking boat" saves people from a danger; only a
    rescue from captors (hostages, kidnap or trafficking victims) is AID in PLOVER."""
    anchor = k.c.anchor
    return (k.type == "AID" and lemma(k.c.token) == "rescue"
            and not any(lemma(t) in CAPTIVITY for t in anchor.subtree if t.i != anchor.i))


# An attack's toll told by a participle: "attacked a checkpoint, killing four officers" is one ASSAULT (PLOVER
# codes the deaths as the attack's consequence, not as a second event); its dead are among its recipients.
TOLL_VERBS = {"kill", "wound", "injure", "maim"}


def _toll_of(tok, s: Sentence) -> bool:
    """A participle that tells the toll of the attack it hangs on ("..., killing four officers"), or a death told
    with the attack as its time ("three soldiers were killed when rebels attacked their convoy")."""
    head = tok.head
    if lemma(tok) not in TOLL_VERBS:
        return False
    if tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children):
        return _attack_at_the_time(tok, s) is not None
    return (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp")
            and head.i != tok.i and (head.i, "ASSAULT") in s.verbal_types and lemma(head) not in TOLL_VERBS)


def _attack_at_the_time(tok, s: Sentence):
    """The attack a clause of time tells a death with ("were killed when rebels attacked"), or None."""
    return next((c for c in time_clauses(tok, ("when", "as")) if (c.i, "ASSAULT") in s.verbal_types
                 and lemma(c) not in TOLL_VERBS), None)


def toll_of_an_attack(k: Coding, s: Sentence) -> bool:
    """Double count: "stormed a hotel, killing nine guests" is one attack; the killing is its consequence."""
    return k.type == "ASSAULT" and not k.c.nominal and _toll_of(k.c.token, s)


def dead_of_the_attack(k: Coding, s: Sentence) -> bool:
    """Missing recipient: "attacked a police post, killing four officers": the dead are the attack's too."""
    if k.type != "ASSAULT" or k.c.nominal:
        return False
    added = False
    anchor = k.c.anchor
    told = [anchor.head] if anchor.dep_ == "advcl" and anchor.head.i != anchor.i else []  # "killed when .. attacked"
    for tok in [*anchor.children, *told]:
        toll = s.drafts.get(tok.i)
        if toll is None or not _toll_of(tok, s):
            continue
        for r in toll.recipients:
            if all((r.start, r.end) != (o.start, o.end) for o in k.d.recipients):
                k.d.recipients = [*k.d.recipients, r]
                added = True
    return added


def expel_a_body(k: Coding, s: Sentence) -> bool:
    """Wrong type: "forced the UN refugee agency out of the country" expels an organisation, which PLOVER codes
    SANCTION expel (CAMEO 166: expel peacekeepers, inspectors, aid agencies); deported aid workers are
    individuals, which PLOVER codes COERCE deport."""
    from ...lexicons import IGO_CODES

    if k.type != "COERCE" or k.mode != "deport" or not k.d.recipients:
        return False
    for r in k.d.recipients:
        span = s.ctx.doc.char_span(r.start, r.end, alignment_mode="expand") if r.start is not None else None
        kinds = object_class(span.root, s.lex) if span is not None else set()
        individuals = "person" in kinds and "diplomat" not in kinds  # "two aid workers were deported": COERCE
        if individuals or not (r.sector in ("IGO", "NGO") or r.country in IGO_CODES):
            return False
    return k.recode("SANCTION", "expel", "166")


PEACEKEEPING = {"peacekeeper", "peacekeeping", "peace-keeping", "peacekeepers"}


def forces_arrive(k: Coding, s: Sentence) -> bool:
    """Wrong type: "peacekeeping troops arrived in Bosnia" is no visit (CONSULT) but forces deployed: AID for
    peacekeepers (CAMEO 074, provide military protection or peacekeeping), MOBILIZE for other troops."""
    if k.type != "CONSULT" or k.mode != "visit":
        return False
    subjects = [t for t in k.c.anchor.children if t.dep_ in ("nsubj", "nsubjpass")]
    words = [t for sub in subjects for t in sub.subtree]
    if not any("troops" in object_class(t, s.lex) for t in words):
        return False
    if any(t.lower_ in PEACEKEEPING or lemma(t) in PEACEKEEPING for t in words):
        return k.recode("AID", None, "074")
    return k.recode("MOBILIZE", "troops", "154")


def withdraws_a_mission(k: Coding, s: Sentence) -> bool:
    """Wrong type: "UN peacekeepers pulled out of the enclave", "withdrew its observers" take non-military resources
    (peacekeepers, observers, diplomats) out of a country, which PLOVER codes SANCTION withdraw (CAMEO 166); a
    withdrawal of troops stays RETREAT."""
    if k.type != "RETREAT" or k.mode != "withdraw":
        return False
    parties = [t for t in k.c.anchor.children if t.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if k.c.nominal:
        parties += [o for p in k.c.token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    heads = [through_collective(t) for t in parties]
    sent = any(lemma(t) in PEACEKEEPING or object_class(t, s.lex) & {"monitor", "diplomat"} for t in heads)
    return sent and k.recode("SANCTION", "withdraw", "166")


# Meetings an envoy is sent to: "sent an observer to the talks" is a delegation to them, no inquiry into anyone
GATHERINGS = {"talk", "talks", "negotiation", "conference", "summit", "meeting", "consultation", "dialogue", "forum"}


def delegate_to_a_gathering(k: Coding, s: Sentence) -> bool:
    """Not an investigation (ACCUSE 090): "sent an observer to the peace talks", "dispatched monitors to the summit"
    delegate someone to a meeting; inspectors sent to a country or a site still investigate."""
    if k.type != "ACCUSE" or k.mode != "investigate" or k.c.nominal:
        return False
    places = [o for p in k.c.anchor.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
              for o in p.children if o.dep_ == "pobj"]
    return any(lemma(o) in GATHERINGS or "occasion" in object_class(o, s.lex) for o in places)


def lifts_a_blockade(k: Coding, s: Sentence) -> bool:
    """Wrong type: "lifted the blockade on the port" has immediate material consequences, a RETREAT (CAMEO 0872,
    ease military blockade, RETREAT withdraw in CAMEO2PLOVER), not a verbal CONCEDE like lifting a curfew; a
    blockade by protesters is a protest, and lifting it stays CONCEDE (suspending protests)."""
    objects = [t for t in k.c.anchor.children if t.dep_ in ("dobj", "nsubjpass")]
    armed = any(a.sector in ("GOV", "MIL", "REB") for a in k.d.actors)  # farmers lifting theirs end a protest
    return (k.type == "CONCEDE" and not k.c.nominal and armed and any(lemma(t) in ("blockade", "siege") for t in objects)
            and k.recode("RETREAT", "withdraw", "0872"))


# what a legislature or a party blocks by its vote: a measure, money, or a person put forward for a post
MEASURES_BLOCKED = {"package", "nominee", "nomination", "pick", "appointment", "confirmation", "funding", "spending",
                    "aid", "bill", "measure", "resolution", "amendment", "legislation", "budget", "law", "treaty"}


LEGISLATORS = frozenset({"LEG", "PTY"})


def legislature_blocks_a_measure(k: Coding, s: Sentence) -> bool:
    """Wrong type: "the Senate blocked the president's nominee", "Republicans in the House blocked the aid package":
    a legislature's or a party's vote against a measure or a nomination is a refusal (REJECT 120, as a veto is), not
    a blockade on the ground (PROTEST obstruct). A court's ruling and a firm's lobbying are no event
    (``campaign.block_a_measure``)."""
    if k.type != "PROTEST" or k.c.entry.mode != "obstruct" or k.c.nominal or lemma(k.c.token) != "block":
        return False
    anchor = k.c.anchor
    actors = [a for a in anchor.children if a.dep_ == "nsubj"]
    objs = [o for o in anchor.children if o.dep_ == "dobj"]
    return (bool(actors) and all(blocker(a, LEGISLATORS) for a in actors) and bool(objs)
            and all(lemma(o) in MEASURES_BLOCKED or "policy" in object_class(o, s.lex) for o in objs)
            and k.recode("REJECT", None, "120"))


MEDIA = {"newspaper", "paper", "station", "broadcaster", "channel", "television", "radio", "website", "magazine",
         "outlet", "network", "daily", "weekly", "agency"}
STOPPING = word_class("stopping_verb") | word_class("ending_verb") | {"close", "shut"}


def silences_the_press(k: Coding, s: Sentence) -> bool:
    """Wrong type: "the junta ordered two radio stations to stop broadcasting" is no request but censorship, a state
    restricting speech (COERCE censor, CAMEO 1721)."""
    if k.type != "REQUEST" or lemma(k.c.token) not in ("order", "force") or not k.d.actors:
        return False
    if not all(a.sector in ("GOV", "MIL", "COP", "JUD") for a in k.d.actors):
        return False
    told = [t for t in k.c.anchor.children if t.dep_ in ("dobj", "dative")]
    acts = [t for t in k.c.anchor.children if t.dep_ in ("xcomp", "ccomp") and lemma(t) in STOPPING]
    media = [w for t in told for w in t.subtree if lemma(w) in MEDIA]  # "the opposition daily Sloboda"
    return bool(media and acts) and k.recode("COERCE", "censor", "1721")


def reported_subjects(k: Coding, s: Sentence) -> list:
    """"Police are failing the refugees, a rights group protested": a charge told after what it reports is aimed
    at the subject of the clause it reports."""
    if k.type != "ACCUSE" or not reporting_inversion(k.c.anchor):
        return []
    root = k.c.anchor.sent.root
    if root.i == k.c.anchor.i:
        return []
    return [a for a in code_all([t for t in root.children if t.dep_ == "nsubj"], s.ctx, "recipient") if is_actorlike(a)]


def accused_authors(events: list, ctx) -> list:
    """Missing actor: "blamed the guerrillas for the bombing", "was indicted over the car bombing": an attack named
    in an accusation is told as done by whom the accusation is aimed at (the alleged author). Applied to the events
    the disposer kept, so naming the author changes who did it, never whether the attack is reported."""
    from dataclasses import replace

    # an allegation or a lawsuit names whom it blames; a condemnation may name the victims ("condemned the detention
    # of hundreds of protesters"), so it names no author
    charges = [e for e in events if e.type == "ACCUSE" and e.mode in ("allege", "sue") and e.recipient is not None
               and e.recipient.start is not None]
    if not charges:
        return events
    out = []
    for ev in events:
        charge = _charge_over(ev, charges, ctx) if ev.type in ("ASSAULT", "COERCE") and _unnamed(ev) else None
        if charge is not None:
            fired("accused-author")
            ev = replace(ev, actor=charge.recipient, co_actors=())
        out.append(ev)
    return out


def _unnamed(ev) -> bool:
    return ev.actor is None or ev.actor.start is None  # no actor, or an implied one ("unidentified attacker")


def _charge_over(ev, charges: list, ctx):
    """The accusation whose trigger the attack's trigger hangs on (within five steps up the parse), when it is
    aimed at someone other than the attack itself."""
    span = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(5):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        for charge in charges:
            r = charge.recipient
            if charge.trigger.start <= tok.idx < charge.trigger.end and not r.start <= ev.trigger.start < r.end:
                return charge
    return None


def diplomatic_protest(k: Coding, s: Sentence) -> bool:
    """Wrong type: a government's or an international body's protest is diplomatic (ACCUSE 114), not a street protest."""
    recoded = (k.type == "PROTEST" and k.c.entry.mode != "boycott"
               and (any(a.sector in ("GOV", "IGO") for a in k.d.actors)
                    or (lemma(k.c.token) == "protest" and any(a.sector == "NGO" for a in k.d.actors)))
               and k.recode("ACCUSE", "disapprove", "114"))
    if recoded and not k.d.recipients:  # "..., a rights group protested": at whom the reported clause is aimed
        k.d.recipients = reported_subjects(k, s)
    return recoded


def joint_exercise(k: Coding, s: Sentence) -> bool:
    """Wrong type: joint exercises of several forces are cooperation (PLOVER), not a mobilization ("French and
    Egyptian warships began war games", "the two navies held joint drills")."""
    if k.type != "MOBILIZE" or not k.c.nominal:
        return False
    joint = any(m.dep_ == "amod" and m.lower_ in ("joint", "combined") for m in k.c.token.children)
    return (len(k.d.actors) > 1 or joint) and k.recode("COOPERATE", None, "062")
