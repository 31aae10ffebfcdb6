"""From a coded candidate to an ``Event``: date, place, source, the actor's and recipient's country from the
scene when the text does not give it, an implied state actor for agentless acts, and the rules' confidence."""

from __future__ import annotations

from dataclasses import replace

from ...actors import STATE_SECTORS
from ...model import Event, EventActor, Mention, Span
from .actorcode import (
    as_body,
    code,
    entity_actor,
    is_actorlike,
    own_clause,
    scene_country,
    sentence_countries,
)
from .arguments import OBJECT_CONTROL, is_party, undergone
from .arguments import recipient as recipient_tokens
from .around import town
from .dating import date_of
from .draft import Draft, thing_of
from .firing import fired
from .frames import other_clauses, outside, reporting_frame
from .lexicon import Lexicon, default
from .patients import UNDERGOING, antecedent, patients
from .places import far_side, location_of
from .speech import quote_source, speaker_source
from .triggers import Candidate, is_passive, lemma, object_class

# Acts with no named author that news still places: an attack by someone unnamed ("a roadside bomb killed two
# soldiers near Samarra") and, in the agentless passive, acts only a state does ("was arrested in Lebanon", "were
# deported"). ICEWS and the PLOVER gold code them with the country where they happen ("Unidentified Attacker
# (Iraq)", "Police (Lebanon)"); newsgraph does the same with an actor that has no entity and no offsets, so a user
# can tell it from a named one, and a lower confidence.
IMPLIED_STATE = {
    ("COERCE", "arrest"): "COP", ("COERCE", "deport"): "GOV", ("COERCE", "seize"): "GOV",
    ("COERCE", "censor"): "GOV", ("COERCE", "curfew"): "GOV", ("COERCE", "martial-law"): "GOV",
    ("SANCTION", "convict"): "JUD", ("SANCTION", "expel"): "GOV", ("ACCUSE", "investigate"): None,
    ("RETREAT", "release"): "JUD",  # only from custody (``_from_custody``): hostages are freed by their captors
}
# what a release from custody is told with: "were released on bail", "was freed from prison"
CUSTODY = {"bail", "parole", "probation", "custody", "prison", "jail", "detention", "remand"}


# what only a court or the state grants: "released on bail" is the state's even after clashes
GRANTED = {"bail", "parole", "probation", "remand"}


def _from_custody(verb, words=CUSTODY) -> bool:
    return any(p.dep_ == "prep" and p.lower_ in ("on", "from") and any(
        o.dep_ == "pobj" and lemma(o) in words for o in p.children) for p in verb.children)


def _implied_state(c: Candidate, type_: str, mode) -> bool:
    """An act the state does when no one is named: an arrest, a conviction, a deportation, a release from custody
    ("Both were released last month on bail"), told by a noun or in the passive."""
    if (type_, mode) not in IMPLIED_STATE or not (c.nominal or is_passive(c.anchor)):
        return False
    return type_ != "RETREAT" or (not c.nominal and _from_custody(c.anchor) and (
        _from_custody(c.anchor, GRANTED) or not _attack_told(c.anchor)))


def _attack_told(verb) -> bool:
    """"Gunmen attacked the prison, and 400 inmates were freed from custody": the sentence tells an attack or a raid, so the
    release is the attackers' doing as likely as the state's, and no state actor is guessed."""
    from .triggers import match

    lex = default()
    for t in verb.sent:
        hit = match(t, lex) if t.i != verb.i and t.pos_ in ("VERB", "NOUN") else None
        if hit is not None and (hit[0].type == "ASSAULT" or (hit[0].type, hit[0].mode) == ("COERCE", "seize")):
            return True
    return False
UNIDENTIFIED = "unidentified attacker"
EXECUTIONS = {"execute", "execution"}
# words that tell a judicial execution: a sentence carried out by the state
JUDICIAL = {"sentence", "convict", "court", "prisoner", "inmate", "penalty", "verdict", "judiciary", "justice",
            "trafficking", "murder", "row", "crime", "hang", "gallows", "prison"}
AUTHORITIES = "authorities"
# Acts done to a place and the people in it: "lifted the curfew in Montenegro", "troops deployed in Poland",
# "killed two civilians in Gaza". With no recipient the place is the recipient; a recipient group with no country
# of its own ("two civilians") is of that place, as ICEWS codes "Civilian (Palestine)". A protest that names no target
# is aimed at the authorities of where it is held ("demonstrated in Serbia": the PLOVER records' target Serbia).
AT_THE_PLACE = {"ASSAULT", "COERCE", "CONCEDE", "RETREAT", "MOBILIZE", "AID", "PROTEST"}
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


# acts done to someone or something: whatever the act is done to is its recipient, whether or not the coder can
# place it; and what they are done with, impose or suspend is never that
PATIENT_TYPES = {"ASSAULT", "COERCE"}
NOT_PATIENTS = {"weapons", "means", "hazard", "restriction", "liberty", "money", "aid", "charge", "sanctions", "occasion",
                "abstract", "policy", "measure", "intelligence", "relations", "property"}


def _undergoer(ev: Event, root) -> Event:
    """"after Navalny's arrest", "Rousseff's trial": the parse codes a possessor as who acts, but of a noun of an act
    done to someone it names who undergoes it: the recipient, and the actor is not named."""
    if ev.actor is None or ev.actor.start is None or ev.co_actors or not undergone(root):
        return ev
    if not any(c.dep_ == "poss" and ev.actor.start <= c.idx < ev.actor.end for c in root.children):
        return ev
    fired("possessor-undergoes")
    return replace(ev, actor=None, recipient=ev.actor if ev.recipient is None else ev.recipient)


def _event_noun(tok, lex: Lexicon) -> bool:
    """A noun that names an act or an occasion ("the talks", "the meeting"), never whom an act is done to."""
    return tok.pos_ == "NOUN" and ((lemma(tok), "N") in lex.triggers or "occasion" in object_class(tok, lex))


def with_patient(ev: Event, ctx, lex: Lexicon) -> Event:
    """An attack or a coercion left with no recipient, or with only its place standing for one, is done to what its
    trigger says it was done to ("stormed the refinery", "the detained student", "he was shot"): coded when the coder
    can ("148 students"), else named by its words, of the place's country when it has none of its own. Run after the
    disposer and the merges, so their inputs stay the coded recipients."""
    stand_in = ev.recipient is not None and ev.location is not None and (ev.recipient.start, ev.recipient.end) == (
        ev.location.start, ev.location.end)
    span = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is not None:
        ev = _undergoer(ev, span.root)
    if ev.recipient is not None and not stand_in:
        return ev
    addressed = span is not None and span.root.pos_ == "VERB" and (
        ev.type == "THREATEN" or (ev.type == "REQUEST" and lemma(span.root) in OBJECT_CONTROL))
    faced = span is not None and span.root.dep_ == "dobj" and lemma(span.root.head) in UNDERGOING
    convicted = (ev.type, ev.mode) == ("SANCTION", "convict")  # "a court convicted a friend of the bomber"
    # "broke the law and may be indicted": whoever a passive verb's clause is about undergoes it, whatever its type
    passive = span is not None and span.root.pos_ == "VERB" and is_passive(span.root)
    if span is None or (ev.type not in PATIENT_TYPES and not undergone(span.root) and not addressed and not faced
                        and not convicted and not passive):
        return ev  # "her trial": who is tried; "intimidated the witnesses", "urged them to": whom it is aimed at
    taken = [(a.start, a.end) for a in (ev.actor, *ev.co_actors) if a is not None and a.start is not None]
    for tok in patients(span.root, ev.type):
        if thing_of(tok, lex, NOT_PATIENTS) or far_side(tok) or any(a <= tok.idx < b for a, b in taken):
            continue
        if ev.type not in PATIENT_TYPES and _event_noun(tok, lex):
            continue  # "the talks were hosted by Qatar": an act, not whom one is done to
        if addressed and not is_party(tok):
            continue  # "threatened violence": what is threatened, not whom
        if tok.pos_ == "PRON" and code(tok, ctx, "recipient") is None:
            tok = antecedent(tok, tuple(taken)) or tok  # "two men stalked a woman and attacked her"
        found = code(tok, ctx, "recipient") or EventActor(None, tok.text, None, None, tok.idx, tok.idx + len(tok.text))
        if found.country is None and found.entity is None and stand_in and ev.recipient is not None:
            found = replace(found, country=ev.recipient.country)
        fired("patient-as-recipient")
        return replace(ev, recipient=as_body(found))
    return ev


def _implies_actor(c: Candidate, type_: str, mode) -> bool:
    """An act news places with no named author: an attack, or an act only a state does named by a noun or told in
    the passive ("was arrested", "the conviction")."""
    return type_ == "ASSAULT" or _implied_state(c, type_, mode)


def _implied_actor(c: Candidate, type_: str, mode, location, sent, ctx):
    if not _implies_actor(c, type_, mode):
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


def _official_country(actor, type_: str, mode, recipient, sent, ctx, frame: tuple = ()) -> str | None:
    """An official named without a country ("President X banned ..."): the country the sentence names, other
    than the recipient's unless the act is domestic by nature (none named where the act is only reported)."""
    domestic = (
        type_ in ("COERCE", "ACCUSE")
        or (type_ == "SANCTION" and mode == "convict")
        or (type_ == "THREATEN" and mode in ("restrict", "arrest"))
    )

    def pick(outside: tuple) -> str | None:
        named = sentence_countries(sent, ctx, near=actor.start, outside=outside)
        other = [n for n in named if recipient is None or n != recipient.country]
        return other[0] if other else (named[0] if named and domestic else None)

    found = pick(())
    # a country named only where the act is reported or in a joined clause is not the official's; nor may leaving
    # those out make another country the nearest
    return found if not frame or pick(frame) == found else None


def _unplaced_country(d: Draft, sent, ctx, type_: str = "", frame: tuple = ()) -> str | None:
    """A group or person the text does not place ("Islamic fundamentalists ... demanded the resignation of the
    Algerian president"): the one country the sentence names, other than the recipient's; a sentence naming
    several countries says nothing sure about the actor. A protest is a domestic act: its target's country may
    be the protesters' own ("went on hunger strike to demand the Algerian president's resignation")."""
    domestic = type_ == "PROTEST"
    theirs = set() if domestic else {r.country for r in d.recipients}
    spans = () if domestic else tuple((r.start, r.end) for r in d.recipients if r.start is not None)
    other = {n for n in sentence_countries(sent, ctx, outside=spans) if n not in theirs}
    # only a country of the act's own clause (not one of a joined clause or of the reporting), and never one made
    # the only one by leaving those out: a sentence naming several says nothing sure
    own = {n for n in sentence_countries(sent, ctx, outside=spans + frame) if n not in theirs} if frame else other
    return next(iter(own)) if len(other) == 1 and own == other else None


SEVERAL_STATES = {"governments", "states", "nations", "countries", "powers", "capitals", "allies", "donors"}


def several_states(actor, ctx) -> bool:
    """"urged European governments", "Western powers", "donor countries": several states, so no one country (not
    the country the story is set in)."""
    if actor is None or actor.start is None or actor.entity is not None:
        return False
    words = ctx.article.text[actor.start:actor.end].lower().split()
    return bool(words) and words[-1] in SEVERAL_STATES


def _placed_actor(actor, d: Draft, type_: str, mode, recipient, location, sent, ctx, anchor=None):
    """A local actor with no country of its own is of where the act happens (PLOVER codes domestic actors by
    location), not of where it was reported (``reporting_frame``)."""
    frame = tuple(reporting_frame(anchor) + other_clauses(anchor)) if anchor is not None else ()
    scene = (location.country if location else None) or scene_country(sent, ctx, outside(sent, frame) if frame else None)
    if scene is None and actor.sector in STATE_SECTORS:
        scene = _official_country(actor, type_, mode, recipient, sent, ctx, frame)
    elif scene is None:
        scene = _unplaced_country(d, sent, ctx, type_, frame)
    if scene is None and actor.entity is None and (actor.sector in STATE_SECTORS or type_ == "PROTEST"):
        # "police fired tear gas", "hundreds of supporters protested" in a story set in Kenya: Kenyans
        scene = ctx.home_country()
    if scene is None and actor.sector in POLITICAL_SECTORS:
        # "President Marco Grech" in a story whose only country is Malta (its dateline): Maltese
        scene = ctx.only_country()
    return replace(actor, country=scene) if scene else actor


def sent_abroad(party, ctx) -> bool:
    """An envoy, an ambassador, a monitor or peacekeepers: people who serve where they are sent, so neither the
    story's country nor the scene's is theirs ("the envoy was welcomed in Kabul")."""
    if party is None or party.start is None or party.entity is not None:
        return False
    span = ctx.doc.char_span(party.start, party.end, alignment_mode="expand")
    return span is not None and "diplomat" in object_class(span.root, default())


def sent_to(span) -> bool:
    """The phrase is whom something is sent to ("refused to send aid to the rebels"), who may be abroad."""
    return span.root.dep_ == "pobj" and span.root.head.lower_ in ("to", "for", "into")


def _other_than(recipient: EventActor | None, actor: EventActor | None) -> EventActor | None:
    """No act is done to the very phrase that does it: "journalists complained they were not paid" (the pronoun
    is the speaker) has no recipient in the speakers."""
    if recipient is None or actor is None:
        return recipient
    if recipient.entity is not None and recipient.entity == actor.entity:
        return None  # "the rebels insisted on its demands that...": a rule read the actor again through "its"
    if recipient.start is None:
        return recipient
    return None if (recipient.start, recipient.end) == (actor.start, actor.end) else recipient


OUTWARD_ONLY = {"SANCTION", "AID"}  # acts a state does to another state, not to its own ("criticised his generals")


def _home_state(actor, home: str, type_: str) -> bool:
    """The home country's own state acting outward: "France suspended its aid to the junta" in a story set in
    France is about another country's junta, which the text does not name."""
    return actor is not None and actor.country == home and actor.sector in ("GOV", "MIL") and type_ in OUTWARD_ONLY


POLITICAL_SECTORS = STATE_SECTORS | {"PTY", "OPP"}  # a country's officials, parties and opposition


def _placed_recipient(type_: str, recipient, actor, location, ctx):
    if several_states(recipient, ctx) or sent_abroad(recipient, ctx):
        return recipient
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


def _ethnic_recipient(recipient, location, sent, ctx):
    """"killed three ethnic Albanians in southern Serbia": an ethnic group is coded by where it lives, on either side."""
    if recipient is None or not recipient.country or recipient.start is None or not _ethnic(recipient, ctx):
        return recipient
    scene = (location.country if location else None) or scene_country(sent, ctx)
    if scene and scene != recipient.country:
        fired("ethnic-recipient-where-it-lives")
        return replace(recipient, country=scene)
    return recipient


DOMESTIC_ORGANS = {"GOV", "COP", "JUD", "LEG"}  # not the army, which also fights abroad


def _domestic_recipient(recipient, actor, type_: str, sent, ctx):
    """"the Sudanese government accused rebels", "Egyptian police opened fire, killing one person": what a state's
    own organs do to a group the text does not place, in a sentence naming no other country, is done at home; not
    the acts a state does to other states ("suspended its aid to the junta")."""
    if (recipient is None or recipient.country or recipient.sector in ("IGO", "NGO") or actor is None
            or not actor.country or actor.sector not in DOMESTIC_ORGANS or type_ in OUTWARD_ONLY):
        return recipient
    if any(c != actor.country for c in sentence_countries(sent, ctx)):
        return recipient
    span = ctx.doc.char_span(recipient.start, recipient.end, alignment_mode="expand") if recipient.start is not None else None
    if span is None or any(t.ent_type_ in ("GPE", "LOC") for t in span):
        return recipient  # a place the coder does not know ("Afganistan") is no group at home
    if any(c.dep_ == "poss" for c in span.root.children):
        return recipient  # "its researchers", "the group's staff": someone's people, placed by whose they are
    if sent_to(span):
        return recipient  # "refused to send aid to the rebels": what is sent may go abroad
    fired("domestic-recipient")
    return replace(recipient, country=actor.country)


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
        actor = _placed_actor(actor, d, type_, mode, recipient, location, sent, ctx, c.anchor)
    if actor is not None and actor.country and not travels and _ethnic(actor, ctx):
        # "ethnic Russians rallied in Latvia": an ethnic group is coded by where it lives (PLOVER)
        scene = (location.country if location else None) or scene_country(sent, ctx)
        if scene and scene != actor.country:
            actor = replace(actor, country=scene)
    recipient = _placed_recipient(type_, recipient, actor, location, ctx)
    recipient = _domestic_recipient(_ethnic_recipient(recipient, location, sent, ctx), actor, type_, sent, ctx)
    if d.around:  # ``with_actor_around`` decides whether it stands in for the actor
        _note_around(ctx, d, type_, mode, recipient, location, sent, start)
    implied = False
    if actor is None and d.status == "occurred":
        actor = _implied_actor(c, type_, mode, location, sent, ctx)
        implied = actor is not None
        if actor is None:
            _note_unplaced(ctx, c, type_, mode, start)
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


UNPLACED_KEY = "newsgraph.implied_unplaced"  # doc.user_data: (key, type, trigger start) -> implied actor, no country


def _note_unplaced(ctx, c: Candidate, type_: str, mode, start: int) -> None:
    """An act with no named author that news still places (``_implied_actor``: an attack, an arrest or a conviction
    told in the passive) in a clause that names no place: the implied actor, with no country, kept on the doc for
    ``storyplace.with_story_country``, which gives it the story's country after the disposer's verdict."""
    if not _implies_actor(c, type_, mode):
        return
    guess = (EventActor(entity=None, name=UNIDENTIFIED, country=None) if type_ == "ASSAULT"
             else EventActor(entity=None, name=AUTHORITIES, country=None, sector=IMPLIED_STATE[(type_, mode)]))
    ctx.doc.user_data[(UNPLACED_KEY, type_, start)] = guess


def unplaced_implied(ev: Event, ctx) -> EventActor | None:
    """The implied actor ``_note_unplaced`` kept for this event, or None."""
    return ctx.doc.user_data.get((UNPLACED_KEY, ev.type, ev.trigger.start))


def forget_around(ctx) -> None:
    """Drop the notes ``_note_around`` and ``_note_unplaced`` left on the doc: they hold for one pass of the coder,
    and the doc may be coded again or serialised."""
    notes = (AROUND_KEY, UNPLACED_KEY)
    for key in [k for k in ctx.doc.user_data if isinstance(k, tuple) and k and k[0] in notes]:
        del ctx.doc.user_data[key]


def _town_before(actor: EventActor, ctx) -> bool:
    """The actor is a town named before the act's noun ("the Leeds pub bombings"): where it happened."""
    if actor.start is None or actor.end is None:
        return False
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "compound" and town(span.root)


def with_actor_around(ev: Event, ctx) -> Event:
    """An act named by a noun with no actor in its own phrase: who the words around it say does it ("police
    shootings", "the attack that government aircraft launched", "a protester holds a flyer during a rally"), in
    place of none or of a guessed one ("unidentified attacker"). Given after the disposer's verdict and the
    merging, which were fitted to events without such actors: they say who did it, not that the noun tells an
    event, and the set of events stays as the disposer leaves it."""
    found = ctx.doc.user_data.get((AROUND_KEY, ev.type, ev.trigger.start))
    if found is None:
        return ev
    span = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is not None:  # "escorted by a police officer following his arrest": he was arrested, by the officer
        ev = _undergoer(ev, span.root)
    if ev.actor is not None and ev.actor.start is not None and not _town_before(ev.actor, ctx):
        return ev
    actor, others = found
    recipient = ev.recipient  # not the very phrase now the actor ("blamed the ambush on the militia")
    if recipient is not None and recipient.start is not None and actor.start < recipient.end and recipient.start < actor.end:
        recipient = None
    return replace(ev, actor=actor, co_actors=others, recipient=recipient)
