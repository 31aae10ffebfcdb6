"""From a coded candidate to an ``Event``: date, place, source, the actor's and recipient's country from the
scene when the text does not give it, an implied state actor for agentless acts, and the rules' confidence."""

from __future__ import annotations

from dataclasses import replace

from ...model import Event, EventActor, Mention, Span
from .actorcode import (
    STATE_SECTORS,
    as_body,
    code,
    entity_actor,
    is_actorlike,
    own_clause,
    scene_country,
    sentence_countries,
)
from .arguments import recipient as recipient_tokens
from .dating import date_of
from .draft import Draft
from .firing import fired
from .lexicon import Lexicon
from .places import location_of
from .speech import quote_source, speaker_source
from .triggers import Candidate, is_passive, lemma

# Acts with no named author that news still places: an attack by someone unnamed ("a roadside bomb killed two
# soldiers near Samarra") and, in the agentless passive, acts only a state does ("was arrested in Lebanon", "were
# deported"). ICEWS and the PLOVER gold code them with the country where they happen ("Unidentified Attacker
# (Iraq)", "Police (Lebanon)"); newsgraph does the same with an actor that has no entity and no offsets, so a user
# can tell it from a named one, and a lower confidence.
IMPLIED_STATE = {
    ("COERCE", "arrest"): "COP", ("COERCE", "deport"): "GOV", ("COERCE", "seize"): "GOV",
    ("COERCE", "censor"): "GOV", ("COERCE", "curfew"): "GOV", ("COERCE", "martial-law"): "GOV",
    ("SANCTION", "convict"): "JUD", ("SANCTION", "expel"): "GOV", ("ACCUSE", "investigate"): None,
}
UNIDENTIFIED = "unidentified attacker"
EXECUTIONS = {"execute", "execution"}
# words that tell a judicial execution: a sentence carried out by the state
JUDICIAL = {"sentence", "convict", "court", "prisoner", "inmate", "penalty", "verdict", "judiciary", "justice",
            "trafficking", "murder", "row", "crime", "hang", "gallows", "prison"}
AUTHORITIES = "authorities"
# Acts done to a place and the people in it: "lifted the curfew in Montenegro", "troops deployed in Poland",
# "killed two civilians in Gaza". With no recipient the place is the recipient; a recipient group with no country
# of its own ("two civilians") is of that place, as ICEWS codes "Civilian (Palestine)".
AT_THE_PLACE = {"ASSAULT", "COERCE", "CONCEDE", "RETREAT", "MOBILIZE", "AID"}
REPRESSORS = ("GOV", "COP", "JUD", "MIL")


def _recipient_at(recipient, location, ctx):
    if recipient is None:
        ent = ctx.entity_at(location.start, location.end)
        if ent is not None and ent.country == location.country:
            return entity_actor(ent, location.start, location.end, "recipient")
        return EventActor(entity=None, name=location.name, country=location.country, start=location.start, end=location.end)
    if recipient.country is None and recipient.entity is None and recipient.sector not in (None, "GOV", "IGO"):
        return replace(recipient, country=location.country)
    return recipient


def _implied_actor(c: Candidate, type_: str, mode, location, sent, ctx):
    state = (type_, mode) in IMPLIED_STATE
    if type_ != "ASSAULT" and not (state and (c.nominal or is_passive(c.anchor))):
        return None
    # a guessed actor is placed from the act's own clause only: the sentence may be set elsewhere
    country = (location.country if location else None) or scene_country(sent, ctx, own_clause(c.anchor))
    execution = type_ == "ASSAULT" and lemma(c.token) in EXECUTIONS and not c.nominal and is_passive(c.anchor)
    execution = execution and any(lemma(t) in JUDICIAL for t in sent)  # not a massacre told as "were executed"
    executed_where = (country or ctx.home_country()) if execution else None
    if executed_where:
        # "the prisoner was executed on Tuesday": a judicial execution told with no author is the state's (PLOVER
        # ASSAULT targeted, "executions"), not an unidentified attacker's; the state of where it happened
        fired("execution-by-the-state")
        return EventActor(entity=None, name=AUTHORITIES, country=executed_where, sector="GOV")
    if country is None and type_ == "ASSAULT" and scene_country(sent, ctx):
        # "talks in Addis Ababa, the first since fighting in which two soldiers were killed": an attack told
        # in a set scene, by someone the text does not place
        return EventActor(entity=None, name=UNIDENTIFIED, country=None)
    if country is None and mode in ("deport", "expel"):  # "were deported from Sudan": the state that sent them
        sent_from = [code(o, ctx, "actor") for p in c.anchor.children if p.dep_ == "prep" and p.lower_ == "from"
                     for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")]
        country = next((a.country for a in sent_from if a is not None), None)
    if country is None:
        return None
    if type_ == "ASSAULT":
        return EventActor(entity=None, name=UNIDENTIFIED, country=country)
    return EventActor(entity=None, name=AUTHORITIES, country=country, sector=IMPLIED_STATE[(type_, mode)])


def _ethnic(actor, ctx) -> bool:
    return "ethnic" in ctx.article.text[actor.start:actor.end].lower().split()


def _official_country(actor, type_: str, mode, recipient, sent, ctx) -> str | None:
    """An official named without a country ("President X banned ..."): the country the sentence names, other
    than the recipient's unless the act is domestic by nature."""
    named = sentence_countries(sent, ctx, near=actor.start)
    other = [n for n in named if recipient is None or n != recipient.country]
    domestic = (
        type_ in ("COERCE", "ACCUSE")
        or (type_ == "SANCTION" and mode == "convict")
        or (type_ == "THREATEN" and mode in ("restrict", "arrest"))
    )
    return other[0] if other else (named[0] if named and domestic else None)


def _unplaced_country(d: Draft, sent, ctx, type_: str = "") -> str | None:
    """A group or person the text does not place ("Islamic fundamentalists ... demanded the resignation of the
    Algerian president"): the one country the sentence names, other than the recipient's; a sentence naming
    several countries says nothing sure about the actor. A protest is a domestic act: its target's country may
    be the protesters' own ("went on hunger strike to demand the Algerian president's resignation")."""
    domestic = type_ == "PROTEST"
    theirs = set() if domestic else {r.country for r in d.recipients}
    spans = () if domestic else tuple((r.start, r.end) for r in d.recipients if r.start is not None)
    other = {n for n in sentence_countries(sent, ctx, outside=spans) if n not in theirs}
    return next(iter(other)) if len(other) == 1 else None


def _placed_actor(actor, d: Draft, type_: str, mode, recipient, location, sent, ctx):
    """A local actor with no country of its own is of where the act happens (PLOVER codes domestic actors by
    location)."""
    scene = (location.country if location else None) or scene_country(sent, ctx)
    if scene is None and actor.sector in STATE_SECTORS:
        scene = _official_country(actor, type_, mode, recipient, sent, ctx)
    elif scene is None:
        scene = _unplaced_country(d, sent, ctx, type_)
    if scene is None and actor.entity is None and (actor.sector in STATE_SECTORS or type_ == "PROTEST"):
        # "police fired tear gas", "hundreds of supporters protested" in a story set in Kenya: Kenyans
        scene = ctx.home_country()
    if scene is None and actor.sector in POLITICAL_SECTORS:
        # "President Marco Grech" in a story whose only country is Malta (its dateline): Maltese
        scene = ctx.only_country()
    return replace(actor, country=scene) if scene else actor


def _other_than(recipient: EventActor | None, actor: EventActor | None) -> EventActor | None:
    """No act is done to the very phrase that does it: "journalists complained they were not paid" (the pronoun
    is the speaker) has no recipient in the speakers."""
    if recipient is None or actor is None or recipient.start is None:
        return recipient
    return None if (recipient.start, recipient.end) == (actor.start, actor.end) else recipient


OUTWARD_ONLY = {"SANCTION", "AID"}  # acts a state does to another state, not to its own ("criticised his generals")


def _home_state(actor, home: str, type_: str) -> bool:
    """The home country's own state acting outward: "France suspended its aid to the junta" in a story set in
    France is about another country's junta, which the text does not name."""
    return actor is not None and actor.country == home and actor.sector in ("GOV", "MIL") and type_ in OUTWARD_ONLY


POLITICAL_SECTORS = STATE_SECTORS | {"PTY", "OPP"}  # a country's officials, parties and opposition


def _placed_recipient(type_: str, recipient, actor, location, ctx):
    if type_ in AT_THE_PLACE and location is not None and location.country and location.start is not None:
        recipient = _recipient_at(recipient, location, ctx)
    if recipient is not None and recipient.country is None and recipient.entity is None and recipient.sector in STATE_SECTORS:
        home = ctx.home_country()  # "criticised the junta" in a story set in Mali
        if home and not _home_state(actor, home, type_):
            recipient = replace(recipient, country=home)
    if (
        type_ == "COERCE" and recipient is not None and recipient.country is None and actor is not None
        and actor.country and actor.sector in REPRESSORS
    ):
        recipient = replace(recipient, country=actor.country)  # repression is domestic unless the text says not
    if recipient is not None and recipient.country is None and recipient.sector in POLITICAL_SECTORS:
        only = ctx.only_country()  # "accused Prime Minister Paul Farrugia" in a story whose only country is Malta
        if only and not _home_state(actor, only, type_):
            recipient = replace(recipient, country=only)
    return recipient


def _confidence(c: Candidate, actor, implied: bool, source) -> float:
    """The rules' own confidence (the disposer replaces it when its model is shipped)."""
    confidence = 0.9 - (0.15 if c.nominal else 0) - (0.2 if actor is None or implied else 0)
    confidence -= 0.1 if actor is not None and not is_actorlike(actor) else 0
    confidence -= 0.05 if source else 0
    return round(max(confidence, 0.1), 2)


def event(ctx, sent, c: Candidate, d: Draft, type_: str, mode, cameo, lex: Lexicon) -> Event:
    """The Event for a candidate that passed the rules, coded ``type_``/``mode``/``cameo``."""
    start, end = c.span
    date, precision = date_of(ctx.times, ctx.doc, c.anchor, c.token, sent, ctx.article.date)
    recip_tok = next((t for t in recipient_tokens(c.anchor) if t.ent_type_ in ("GPE", "LOC", "FAC")), None)
    location = location_of(c.anchor, c.token, c.entry, recip_tok, c.extra)
    source = quote_source(start, ctx) or speaker_source(c.anchor, ctx, lex)
    actor = d.actors[0] if d.actors else None
    if source and actor is not None and actor.entity == source:
        source = None  # "Noem said she would meet": the speaker reports her own act
    recipient = _other_than(d.recipients[0] if d.recipients else None, actor)
    travels = type_ == "CONSULT" or c.entry.mode == "deport"  # a visitor is not from where they visit
    if actor is not None and actor.country is None and not travels:
        actor = _placed_actor(actor, d, type_, mode, recipient, location, sent, ctx)
    if actor is not None and actor.country and not travels and _ethnic(actor, ctx):
        # "ethnic Russians rallied in Latvia": an ethnic group is coded by where it lives (PLOVER)
        scene = (location.country if location else None) or scene_country(sent, ctx)
        if scene and scene != actor.country:
            actor = replace(actor, country=scene)
    recipient = _placed_recipient(type_, recipient, actor, location, ctx)
    if actor is None and d.around:
        _note_around(ctx, d, type_, mode, recipient, location, sent, start)
    implied = False
    if actor is None and d.status == "occurred":
        actor = _implied_actor(c, type_, mode, location, sent, ctx)
        implied = actor is not None
    return Event(
        id="", type=type_, mode=mode, cameo=cameo, actor=as_body(actor), recipient=as_body(recipient),
        date=date, date_precision=precision, location=location, status=d.status,
        trigger=Mention(start, end, ctx.article.text[start:end], "trigger"),
        sentence=Span(sent.start_char, sent.end_char),
        confidence=_confidence(c, actor, implied, source),
        source=source,
        co_actors=tuple(as_body(a) for a in _others(d.actors, d.actors[0] if d.actors else None)),
        co_recipients=tuple(as_body(r) for r in _others(d.recipients, d.recipients[0] if d.recipients else None)),
    )


def _others(people: list, first) -> list:
    """The co-actors or co-recipients after the first, each once: the parse can reach one phrase by two paths
    ("two smaller parties" listed three times beside itself)."""
    seen = {(first.start, first.end, first.name)} if first is not None else set()
    out = []
    for p in people[1:]:
        key = (p.start, p.end, p.name)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


AROUND_KEY = "newsgraph.actor_around"  # doc.user_data: (key, type, trigger start) -> (actor, co-actors)


def _note_around(ctx, d: Draft, type_: str, mode, recipient, location, sent, start: int) -> None:
    """The actor read from around a noun alone (``Draft.around``), placed like any actor, kept on the doc for
    ``with_actor_around``."""
    first = d.around[0]
    if first.country is None and type_ != "CONSULT":  # a visitor is not from where they meet
        first = _placed_actor(first, d, type_, mode, recipient, location, sent, ctx)
    others = tuple(as_body(a) for a in _others(d.around, d.around[0]))
    ctx.doc.user_data[(AROUND_KEY, type_, start)] = (as_body(first), others)


def forget_around(ctx) -> None:
    """Drop the notes ``_note_around`` left on the doc: they hold for one pass of the coder, and the doc may be
    coded again or serialised."""
    for key in [k for k in ctx.doc.user_data if isinstance(k, tuple) and k and k[0] == AROUND_KEY]:
        del ctx.doc.user_data[key]


def with_actor_around(ev: Event, ctx) -> Event:
    """An act named by a noun with no actor in its own phrase: who the words around it say does it ("police
    shootings", "the attack that government aircraft launched", "a protester holds a flyer during a rally"), in
    place of none or of a guessed one ("unidentified attacker"). Given after the disposer's verdict and the
    merging, which were fitted to events without such actors: they say who did it, not that the noun tells an
    event, and the set of events stays as the disposer leaves it."""
    if ev.actor is not None and ev.actor.start is not None:
        return ev
    found = ctx.doc.user_data.get((AROUND_KEY, ev.type, ev.trigger.start))
    if found is None:
        return ev
    actor, others = found
    recipient = ev.recipient  # not the very phrase now the actor ("blamed the ambush on the militia")
    if recipient is not None and recipient.start is not None and actor.start < recipient.end and recipient.start < actor.end:
        recipient = None
    return replace(ev, actor=actor, co_actors=others, recipient=recipient)
