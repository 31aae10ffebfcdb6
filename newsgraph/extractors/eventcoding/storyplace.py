"""Domestic parties placed by the story's country, after the disposer's verdict.

A union, a court, the opposition, strikers, the families of victims: news names them without their country,
which the story gives ("Rosa Tapia, the union's leader, accused the government" in a story set in Chile).
PLOVER codes domestic actors by where they act, so a party the sentence does not place, of a sector that acts at
home, takes the country the story is set in (``story_country``: where most of its places are, else the one country
its places name). Given after the disposer's verdict and the merging, which
were fitted to events without these countries (the disposer reads whether the actor has a country): they say
whose the parties are, not whether the event is kept.
"""

from __future__ import annotations

from dataclasses import replace

from ...model import Event, EventActor
from .arguments import classes_of
from .build import sent_abroad, several_states, unplaced_implied
from .disposer import IMPLIED_CAP
from .firing import fired

# Sectors that act at home: a country's police, courts, legislature, parties and opposition, its unions,
# businesses, schools, press, clergy, civilians, criminals and rebels, its officials ("President Yaw Boateng" in a
# short report from Accra) and its army ("soldiers" with no country of their own, as the coder already places them
# where most of a story's places are); not international or non-governmental bodies (the Red Cross is no country's).
HOME_SECTORS = {"COP", "JUD", "LEG", "OPP", "PTY", "LAB", "BUS", "EDU", "MED", "REL", "CVL", "CRM", "REB", "GOV", "MIL"}
# acts a state does to another state, not to its own people ("suspended its aid to the junta")
OUTWARD_ONLY = {"SANCTION", "AID"}
JUSTICE = {"JUD", "COP"}


def story_country(ctx) -> str | None:
    """The country the story is set in, by its places: most of their mentions, or the only one named (a short
    report naming Accra once and no other country is set in Ghana; a place across a border or where someone goes
    sets nothing: "arrested migrants at the border with Mexico")."""
    return ctx.home_country() or ctx.only_country() or _only_named(ctx)


def _only_named(ctx) -> str | None:
    from ...lexicons import IGO_CODES
    from .actorcode import across_border

    codes = {e.country for e in ctx.entities if e.country and len(e.country) == 3 and e.country not in IGO_CODES}
    if len(codes) != 1:
        return None
    doc = ctx.doc
    for ent in ctx.entities:
        if ent.type not in ("GPE", "LOC") or not ent.country:
            continue
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.kind == "name" and span is not None and _set_there(span.root) and not across_border(
                    span.sent, span.root.idx):
                return ent.country
    return None


SCENE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "around"}


def _set_there(tok) -> bool:
    """The place is named as where things happen or whose bodies act ("in Accra", "a Nairobi court"), not as a state that acts or is
    acted on ("Spain refused to send aid": Spain is a party, and the story may be set anywhere)."""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.pos_ == "PROPN" and head.head.i != head.i:
        head = head.head
    return (head.dep_ == "pobj" and head.head.lower_ in SCENE_PREPS) or (
        head.dep_ in ("compound", "nmod", "poss") and head.head.pos_ == "NOUN")  # "Congo's army", "a Lima court"


def _at_home(party: EventActor, ctx) -> bool:
    """A party of a home sector with no country: a group the phrase coder read ("strikers", "opposition
    parties") or a named person or body the entity pass could not place ("Rosa Tapia", union leader)."""
    if party.country or party.start is None or several_states(party, ctx):
        return False  # "urged European governments": no one state, not the story's
    if party.entity is None:  # "strikers", "opposition parties"; "nine people", "residents" with no sector
        span = ctx.doc.char_span(party.start, party.end, alignment_mode="expand")
        if span is None or _owned_elsewhere(span, ctx) or sent_abroad(party, ctx):
            return False
        return party.sector in HOME_SECTORS or (party.sector is None and _people(span))
    if party.sector not in HOME_SECTORS:
        return False
    ent = ctx.entity(party.entity)
    return ent is not None and ent.type in ("PERSON", "ORG")


def _people(span) -> bool:
    """The phrase names people ("nine people", "residents", "the families"), not a thing or a place."""
    return "person" in classes_of(span.root)


def _owned_elsewhere(span, ctx) -> bool:
    """Someone's people whose owner the story does not place ("its researchers" of a rights group the entity pass
    does not resolve, "its staff" of an aid agency): they are placed by whose they are, or not at all."""
    for poss in (c for c in span.root.children if c.dep_ == "poss"):
        owner = ctx.entity_at(poss.idx, poss.idx + len(poss.text))
        if owner is not None and owner.sector in ("IGO", "NGO"):
            return True
        if owner is None and _speaker_owns(span.root, poss):
            return True  # "the rights group said the authorities had not allowed its researchers in"
    return False


def _speaker_owns(tok, poss) -> bool:
    """An unresolved "its" or "their" in reported words stands for the speaker (``actorcode._possessor_country``)."""
    from .lexicon import default
    from .triggers import lemma

    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") and default().role(lemma(verb), "speech"):
            return any(c.dep_ == "nsubj" and not c.left_edge.i <= poss.i <= c.right_edge.i for c in verb.children)
        if verb.head == verb:
            return False
        verb = verb.head
    return False


def _sent(party: EventActor, ctx) -> bool:
    """"refused to send aid to the rebels": whom something is sent to may be abroad."""
    span = ctx.doc.char_span(party.start, party.end, alignment_mode="expand") if party.start is not None else None
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in ("to", "for", "into")


def where_country(ev: Event, ctx) -> str | None:
    """The country of the place a "where" clause holding the act is about ("in El Fasher, where 1,500 civilians
    were killed in a paramilitary assault": Sudan), or None."""
    span = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    tok = span.root if span is not None else None
    for _ in range(6):
        if tok is None or tok.head.i == tok.i:
            return None
        if tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children):
            head = tok.head
            ent = ctx.entity_at(head.idx, head.idx + len(head.text))
            return ent.country if ent is not None and ent.type in ("GPE", "LOC", "FAC") else None
        tok = tok.head
    return None


def with_story_country(ev: Event, ctx, home: str | None) -> Event:
    """The event with its unplaced domestic actor, co-actors and recipient placed where a "where" clause sets the
    act (``where_country``), else in ``home``, the story's country (``story_country``)."""
    where = where_country(ev, ctx)
    if where is not None and ev.actor is not None and ev.actor.start is None and ev.actor.country is None:
        fired("implied-actor-where-it-happened")  # "an unidentified attacker" of an act set elsewhere than the story
        ev = replace(ev, actor=replace(ev.actor, country=where))
    home = where or home
    if home is None:
        return ev
    travels = ev.type == "CONSULT" and ev.location is not None  # a visitor is not from where they meet
    actor, recipient = ev.actor, ev.recipient
    implied = unplaced_implied(ev, ctx) if actor is None and ev.status == "occurred" else None
    if implied is not None:  # "23 were detained, police said", "was shot in the leg" in a story set in Chile
        fired("implied-actor-in-the-story-country")
        actor = replace(implied, country=home)
        ev = replace(ev, confidence=min(ev.confidence, IMPLIED_CAP))  # the actor is a guess, as any implied one
    if actor is not None and not travels and _at_home(actor, ctx):
        fired("party-in-the-story-country")
        actor = replace(actor, country=home)
    co_actors = tuple(replace(a, country=home) if not travels and _at_home(a, ctx) else a for a in ev.co_actors)
    # a court's fine or conviction is done at home; a sanction or aid of anyone else may go abroad
    outward = ev.type in OUTWARD_ONLY and ev.mode != "convict" and not (
        actor is not None and actor.country == home and actor.sector in JUSTICE)
    if recipient is not None and not outward and not _sent(recipient, ctx) and _at_home(recipient, ctx):
        fired("party-in-the-story-country")
        recipient = replace(recipient, country=home)
    return replace(ev, actor=actor, co_actors=co_actors, recipient=recipient)
