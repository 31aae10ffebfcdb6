"""Domestic parties placed by the story's country, after the disposer's verdict.

A union, a court, the opposition, strikers, the families of victims: news names them without their country,
which the story gives ("Rosa Tapia, the union's leader, accused the government" in a story set in Chile).
PLOVER codes domestic actors by where they act, so a party the sentence does not place, of a sector that acts at
home, takes the country the story is set in (``story_country``). Given after the disposer's verdict and the
merging, which were fitted to events without these countries (the disposer reads whether the actor has a country):
they say whose the parties are, not whether the event is kept.

A story set in one country may be about people of another: exiles rallying in London, refugees telling of what
soldiers did at home, a foreign court trying an officer, a state protesting the arrest of its citizens abroad, a
strike across a border. Where the story names another state as a party or a people (``Story.peoples``), no party
is placed by the story unless its own sentence is set at home; where it names another state as a scene
(``Story.scenes``), the acts that may be done there (an implied author, whom an attack or a coercion is done to)
are not placed either. Leaving a party unplaced is better than a wrong country.

Three notions of where a story is set, one built on the others: ``Context.home_country`` (most of the place names)
and ``Context.only_country`` (the one state named, twice or in a dateline) serve the builder inside a sentence;
``story_country`` here is the story's setting after the verdict, the source for every placement in this module.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ... import actors
from ...model import Event, EventActor
from .actorcode import own_clause, scene_country
from .arguments import classes_of, is_party
from .build import OUTWARD_ONLY, sent_abroad, sent_to, several_states, unplaced_implied
from .disposer import IMPLIED_CAP
from .firing import fired
from .frames import describes, outside, reported_speakers, reporting_frame, told_by_displaced

# Sectors that act at home: a country's police, courts, legislature, parties and opposition, its unions,
# businesses, schools, press, clergy, civilians, criminals and rebels, its officials ("President Yaw Boateng" in a
# short report from Accra) and its army ("soldiers" with no country of their own, as the coder already places them
# where most of a story's places are); not international or non-governmental bodies (the Red Cross is no country's).
HOME_SECTORS = {"COP", "JUD", "LEG", "OPP", "PTY", "LAB", "BUS", "EDU", "MED", "REL", "CVL", "CRM", "REB", "GOV", "MIL"}
JUSTICE = {"JUD", "COP"}
STATE_BODIES = actors.STATE_SECTORS
# acts that may be done across a border: an attack, a coercion (a strike abroad, a deportation)
ACROSS = {"ASSAULT", "COERCE"}
# people who come from elsewhere (migrants, refugees, exiles): not of the state that receives them
MOVED = {"migrant"}
PARTY_ROLES = {"nsubj", "nsubjpass", "dobj", "poss", "appos"}


@dataclass(frozen=True)
class Story:
    """Where a story is set, and where it names other states: as a party or a people ("Belarusian exiles", "Kenya
    summoned Tanzania's envoy") or as a scene ("struck a depot in southern Lebanon"), by the mention's offset."""

    country: str | None
    peoples: tuple[tuple[int, str], ...] = ()  # (offset, state) of each mention
    scenes: tuple[tuple[int, str], ...] = ()

    def near(self, mentions: tuple[tuple[int, str], ...], start: int, end: int, own: set | None = None) -> bool:
        """Another state than those in ``own`` is named in ``[start, end)``, the event's sentence and the one before
        it (a state named in the lede only is no veto: it cost WikiEvents 3 right placements for 2 wrong on probes)."""
        return any(start <= o < end and c not in (own or ()) for o, c in mentions)


def story_country(ctx) -> Story:
    """The country the story is set in, by its places: most of their mentions, or the only one named (a short
    report naming Accra once and no other country is set in Ghana; a place across a border or where someone goes
    sets nothing: "arrested migrants at the border with Mexico"), with where it names other states."""
    home = ctx.home_country() or ctx.only_country() or _only_named(ctx)
    if home is None:
        return Story(None)
    peoples, scenes = _others(ctx, home)
    return Story(home, tuple(sorted(peoples)), tuple(sorted(scenes)))



def _others(ctx, home: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The offsets of the mentions of states other than ``home`` as a party or a people (a demonym, "Tanzania's
    envoy", "Venezuela" as a subject or object, a foreign state's body), and as a scene ("in southern Lebanon")."""
    from .. import _state_code
    from .actorcode import across_border

    peoples: list[tuple[int, str]] = []
    scenes: list[tuple[int, str]] = []
    for ent in ctx.entities:
        if not ent.country or ent.country == home or not _state_code(ent.country):
            continue
        if ent.type == "ORG" and ent.sector in STATE_BODIES:
            peoples.extend((m.start, ent.country) for m in ent.mentions)  # "the Israeli army", "the Indian High Commission"
            continue
        if ent.type not in ("GPE", "LOC", "NORP"):
            continue
        for m in ent.mentions:
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            if m.kind == "modifier":
                if _of_people(span.root):
                    peoples.append((m.start, ent.country))  # "Belarusian opposition figures", "Eritrean exiles"; not "a Chinese passport"
                continue
            if m.kind != "name":
                continue
            if _phrase_head(span.root).dep_ in PARTY_ROLES:
                peoples.append((m.start, ent.country))
            elif _set_there(span.root) and not across_border(span.sent, span.root.idx):
                scenes.append((m.start, ent.country))
    return peoples, scenes


def _of_people(demonym) -> bool:
    """A demonym of people or a body ("Belarusian opposition figures", "Iraqi migrants", "the Israeli army"), not of a
    thing ("a Chinese passport", "Russian air strikes", "the Turkish border")."""
    from ... import actors
    from .animacy import animate
    from .lexicon import default
    from .triggers import lemma

    head, chain = demonym, []
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i != head.i and head.head.i > head.i:
        head = head.head
        chain.append(head)
    chain += [c for c in head.children if c.dep_ == "compound" and c.i > demonym.i]  # "opposition figures"
    return any(t.pos_ == "NOUN" and (is_party(t) or animate(t, default()) or lemma(t) in actors.sector_terms())
               for t in chain)


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


def _phrase_head(tok):
    """The head of a place's name ("Lanka" in "Sri Lanka" -> itself; "Bazar" of "Cox's Bazar")."""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.pos_ == "PROPN" and head.head.i != head.i:
        head = head.head
    return head


def _set_there(tok) -> bool:
    """The place is named as where things happen or whose bodies act ("in Accra", "a Nairobi court"), not as a state that acts or is
    acted on ("Spain refused to send aid": Spain is a party, and the story may be set anywhere), nor in a clause
    that describes someone ("a woman who joined a militant group in Syria": her past, not the story's scene)."""
    head = _phrase_head(tok)
    set_there = (head.dep_ == "pobj" and head.head.lower_ in SCENE_PREPS) or (
        head.dep_ in ("compound", "nmod", "poss") and head.head.pos_ == "NOUN")  # "Congo's army", "a Lima court"
    return set_there and not _describing(head)


def _describing(tok) -> bool:
    """The token sits in a relative or participle clause on a noun ("who fought in Ukraine", "a man wanted in Peru"),
    not in the act a noun names ("an attempt to assassinate the governor of the Tyumen region")."""
    while tok.head.i != tok.i:
        if describes(tok):
            return True
        tok = tok.head
    return False


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
        if owner is None and reported_speakers(span.root, poss):
            return True  # "the rights group said the authorities had not allowed its researchers in"
    return False


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


def with_story_country(ev: Event, ctx, story: Story) -> Event:
    """The event with its unplaced domestic actor, co-actors and recipient placed where a "where" clause sets the
    act (``where_country``), else in the story's country (``story_country``) when the story names no other state's
    people, or the act's own sentence is set there. An implied actor ("authorities", "unidentified attacker") caps
    the event's confidence at ``IMPLIED_CAP``, as the disposer caps every event whose actor is a guess: the same
    words under a dateline that places the story score lower than alone, because only then does the record name
    an actor the text does not."""
    placed = ev.actor
    ev = _guess_unplaced(ev, ctx)
    unset = placed is not None and placed.country is not None and ev.actor is not None and ev.actor.country is None
    where = where_country(ev, ctx)
    if where is not None and ev.actor is not None and ev.actor.start is None and ev.actor.country is None:
        fired("implied-actor-where-it-happened")  # "an unidentified attacker" of an act set elsewhere than the story
        ev = replace(ev, actor=replace(ev.actor, country=where))
    home = where or story.country
    if home is None:
        return ev
    at_home = where is not None or _sentence_country(ev, ctx) == home
    start, end = _context(ev, ctx)
    # the people an act is done to may be foreigners at home ("six Irishmen were arrested" in England)
    undergoing = {ev.recipient.country} if ev.recipient is not None and ev.recipient.country else set()
    if story.near(story.peoples, start, end, undergoing) and not at_home:
        return ev  # "Belarusian exiles gathered in Vilnius ... opposition leaders accused the government": not Lithuanians
    trigger = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if where is None and trigger is not None and told_by_displaced(trigger.root):
        return ev  # "refugees in Cox's Bazar told investigators that soldiers had raped women": not Bangladesh's
    # an attack or a coercion may be done across a border ("struck a depot in Lebanon. Five militants were killed");
    # a conviction is a court's, at home
    abroad = ev.type in ACROSS and story.near(story.scenes, start, end) and not at_home
    travels = ev.type == "CONSULT" and ev.location is not None  # a visitor is not from where they meet
    actor, recipient = ev.actor, ev.recipient
    implied = unplaced_implied(ev, ctx) if actor is None and ev.status == "occurred" else None
    if unset:  # an implied author whose place ``_guess_unplaced`` took back is placed as any other
        implied = actor
    if implied is not None and not abroad and not _national(recipient, home, ctx):
        fired("implied-actor-in-the-story-country")  # "23 were detained, police said" in a story set in Chile
        actor = replace(implied, country=home)
        ev = replace(ev, confidence=min(ev.confidence, IMPLIED_CAP))  # the actor is a guess, as any implied one
    if actor is not None and not travels and _at_home(actor, ctx):
        fired("party-in-the-story-country")
        actor = replace(actor, country=home)
    co_actors = tuple(replace(a, country=home) if not travels and _at_home(a, ctx) else a for a in ev.co_actors)
    if recipient is not None and not _outward(ev, actor, home, abroad) and not _moved(recipient, ctx) and _at_home(
            recipient, ctx):
        fired("party-in-the-story-country")
        recipient = replace(recipient, country=home)
    return replace(ev, actor=actor, co_actors=co_actors, recipient=recipient)


def _guess_unplaced(ev: Event, ctx) -> Event:
    """The builder's place for an implied author or for a party in refugees' words, taken back where it is
    another's: "were returned to Turkey" (where the deported go, not who sent them), "a man who fought in Ukraine
    was convicted" (his past, not the court's country), "refugees in Lebanon said soldiers had beaten them" (where
    they fled to). Read after the disposer's verdict, which was fitted with the builder's places."""
    actor = ev.actor
    trigger = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if actor is None or not actor.country or actor.entity is not None or trigger is None:
        return ev
    if actor.start is None:
        if ev.location is not None and ev.location.country == actor.country:
            wrong = ev.mode in ("deport", "expel") and _destination(ev.location, ctx)
        else:  # placed by a place in a clause that describes someone, and by no other of the act's own clause
            sent, root = trigger.sent, trigger.root
            wrong = scene_country(sent, ctx, own_clause(root)) == actor.country != scene_country(
                sent, ctx, own_clause(root, asides=False))
        if wrong:
            fired("implied-actor-not-placed-by-another-s-place")
            return replace(ev, actor=replace(actor, country=None))
        return ev
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if told_by_displaced(trigger.root) and span is not None and not any(
            t.ent_type_ in ("GPE", "NORP", "LOC") for t in span):
        fired("displaced-speakers-place-no-one")
        return replace(ev, actor=replace(actor, country=None))
    return ev


def _destination(location, ctx) -> bool:
    """The place is where something goes ("returned to Turkey", "flown to Guatemala City")."""
    if location.start is None:
        return False
    span = ctx.doc.char_span(location.start, location.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in ("to", "into")


def _outward(ev: Event, actor: EventActor | None, home: str, abroad: bool) -> bool:
    """Whom the act is done to may be abroad: a sanction or aid of anyone but a court's own (a court's fine or
    conviction is done at home), a deportation or an expulsion, an attack or a coercion in a story that names
    another state as a scene."""
    if ev.type in OUTWARD_ONLY:
        return ev.mode != "convict" and not (actor is not None and actor.country == home and actor.sector in JUSTICE)
    return ev.mode in ("deport", "expel") or abroad


def _moved(party: EventActor, ctx) -> bool:
    """Whom something is sent to, or people who come from elsewhere ("the migrants", "refugees"): the receiving
    state is not theirs."""
    span = ctx.doc.char_span(party.start, party.end, alignment_mode="expand") if party.start is not None else None
    return span is not None and (sent_to(span) or bool(classes_of(span.root) & MOVED))


def _context(ev: Event, ctx) -> tuple[int, int]:
    """The character span of the event's sentence and the one before it, where a description such as "the
    protesters" or "opposition leaders" finds whom it refers back to."""
    span = ctx.doc.char_span(ev.sentence.start, ev.sentence.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return ev.sentence.start, ev.sentence.end
    return ctx.doc[span.start - 1].sent.start_char, ev.sentence.end


def _sentence_country(ev: Event, ctx) -> str | None:
    """Where the event's own clause is set ("accused the government in Minsk"), or None; not where it is reported
    ("the former president was convicted, officials in Washington noted")."""
    span = ctx.doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root if span.root.pos_ in ("VERB", "AUX") or span.root.head.i == span.root.i else span.root.head
    told = [c for c in head.children if c.dep_ in ("parataxis", "advcl") or (
        c.dep_ in ("ccomp", "conj") and c.pos_ in ("VERB", "AUX") and c.i > span.root.i)]
    scope = [t for t in head.subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in told)]
    return scene_country(span.sent, ctx, outside(scope, reporting_frame(span.root)))


def _national(party: EventActor | None, home: str, ctx) -> bool:
    """The party is named as the home country's nationals ("two Kenyan journalists", "an American reporter"): news
    says so of its own people when something is done to them abroad, so the implied author is not the home state."""
    if party is None or party.start is None:
        return False
    return any(m.kind == "modifier" and party.start <= m.start < party.end
               for e in ctx.entities if e.country == home for m in e.mentions)
