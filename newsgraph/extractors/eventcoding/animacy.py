"""Can a subject act? People, groups, institutions and places standing for their governments act; things,
quantities, hazards ("floods killed 230 people") and means of violence ("the blast killed 12") do not.
"""

from __future__ import annotations

import itertools

from ..mentions.names import ROLE_ENDINGS
from .actorcode import country_of_text
from .lexicon import PEOPLE_CLASSES, word_class
from .triggers import lemma


def animate(tok, lex) -> bool:
    """Can this token's referent act? People, groups, organisations, places acting as governments."""
    from .triggers import match, object_class

    if cause_kind(tok, lex):
        return False
    if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"):
        return True
    if tok.pos_ == "PROPN":
        return True  # a name NER missed
    classes = object_class(tok, lex)
    if classes & ANIMATE_CLASSES:
        return True
    if "abstract" in classes or match(tok, lex) is not None:
        return False
    # a common noun acts only when it names people or a body: "protesters", "the junta", "the ministry";
    # not "the projections provide evidence", "the left winglet struck the hangar"
    from ... import actors

    word = tok.lemma_.lower()
    coded = actors.country_of(tok.text)
    return (
        (coded is not None and coded[1] in ("demonym", "people"))  # "Copts accused", "the Kurds"
        or actors.sector_of_tokens([tok], tok)[1] is not None
        or word in PEOPLE_NOUNS
        or (
            len(word) > 4 and word.endswith(AGENT_SUFFIXES)
        )  # fundamentalists, elders, residents, Kurdish-ians
        or (len(word) > 5 and word.endswith(PEOPLE_COMPOUNDS))  # fishermen, congresswoman, chairperson
    )


AGENT_SUFFIXES = (*ROLE_ENDINGS, "ee")  # the entity pass's endings of a person noun, and "-ee" ("detainees")
PEOPLE_COMPOUNDS = ("man", "men", "woman", "women", "person", "people", "folk")  # a noun compounded with one of them


ANIMATE_CLASSES = PEOPLE_CLASSES


PEOPLE_NOUNS = word_class("people_noun")  # lexicons/event_words.tsv


NATIONAL_ENTS = ("NORP", "GPE", "ORG")


def cause_kind(tok, lex) -> str | None:
    """What kind of non-actor cause a subject is: "hazard" for natural and accidental ones ("floods",
    "an earthquake", "Hurricane Maria"), "means" for an instrument of violence ("the blast", "a car bomb"),
    None for anything else. Read from the head noun, its plain singular and its compound modifiers
    (event_objects.tsv classes ``hazard`` and ``means``)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    forms = {lemma(tok), tok.lower_, tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_}
    forms |= {lemma(c) for c in tok.children if c.dep_ == "compound"}
    forms |= {lemma(o) for o in _packed_with(tok)}  # "a truck packed with explosives" is a truck bomb
    if tok.pos_ == "PROPN" and tok.i > 0 and tok.nbor(-1).is_title and tok.nbor(-1).pos_ in ("NOUN", "PROPN"):
        forms.add(lemma(tok.nbor(-1)))  # "Typhoon Rai" with the title cut off by a dateline's parse
    classes = set().union(*(lex.objects.get(f, ()) for f in forms))
    if "hazard" in classes or (lemma(tok) == "fire" and not _gunfire(tok)):
        return "hazard"
    if "means" in classes:
        return "means"
    return None


PACKED = {"pack", "load", "laden", "rig", "fill", "stuff", "cram"}


def _packed_with(tok) -> list:
    """What a vehicle or a bag is packed, loaded or rigged with: "a car rigged with explosives"."""
    return [o for a in tok.children if a.dep_ in ("acl", "amod") and lemma(a) in PACKED
            for p in a.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]


# "fire" is shooting only when the phrase says so: "artillery fire", "heavy fire", "Israeli fire", "fire from the
# tanks", "the army's fire"; "a fire destroyed the warehouse", "a house fire killed three" are blazes
GUNFIRE_MODIFIERS = {"artillery", "tank", "gun", "machine", "sniper", "mortar", "rocket", "heavy", "live", "enemy",
                     "friendly", "cross", "automatic", "small", "army", "police", "naval", "hostile", "rifle", "weapon"}


def _gunfire(tok) -> bool:
    return any(
        (c.dep_ in ("compound", "amod", "nmod") and (lemma(c) in GUNFIRE_MODIFIERS or c.ent_type_ in NATIONAL_ENTS))
        or c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "from")
        for c in tok.children
    ) or (tok.dep_ == "dobj" and lemma(tok.head) in ("open", "return", "exchange", "trade")) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "under")


# the forces a modifier names as a weapon's owner: "coalition aircraft", "army helicopters", "rebel rockets"
FORCES = {"coalition", "army", "government", "military", "regime", "rebel", "police", "navy", "militia", "enemy",
          "insurgent", "junta", "allied", "nato"}


def means_owner(tok) -> bool:
    """A means of violence whose user the phrase names: "Israeli fire", "a Russian missile", "the army's shelling"."""
    return means_agent(tok) is not None or any(
        c.dep_ == "poss"
        or (
            c.dep_ in ("amod", "compound", "nmod")
            and (c.ent_type_ in NATIONAL_ENTS or country_of_text(c.text) or lemma(c) in FORCES)
        )
        for c in tok.subtree
        if c.i < tok.i
    )


def means_agent(tok):
    """The by-agent of a means of violence: "shelling by government forces" -> forces."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def agentive(tok, actor, lex) -> bool:
    """Can this subject make a statement or a demand? A person, group or institution, a pronoun, a place standing
    for its government, or a phrase the actor coder gives a sector or country; not a thing, a quantity or a
    hazard ("the scale of this disaster demands a response")."""
    from .triggers import object_class

    if cause_kind(tok, lex):
        return False
    if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "FAC"):
        return True
    if tok.is_upper and tok.is_alpha and len(tok.text) >= 2:
        return True  # an acronym the tagger took for a common noun ("ECOWAS said"): a body's name
    if object_class(tok, lex) & ANIMATE_CLASSES:
        return True
    if actor is not None and (actor.entity or actor.sector):
        return True
    if "measure" in object_class(tok, lex):  # "the scale of this disaster", "the number of victims"
        return False
    return animate(tok, lex)


def institutional(tok, actor, lex) -> bool:
    """Stricter than ``agentive``: a person, group or institution the text or the actor coder names as such
    ("the junta", "Sudan", "they"), not any noun that is not abstract ("these exemptions allow")."""
    from .triggers import object_class

    if cause_kind(tok, lex):
        return False
    if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if object_class(tok, lex) & {"person", "group", "troops", "diplomat"}:
        return True
    return actor is not None and bool(actor.entity or actor.sector or actor.country)


CAUSE_PREPS = ("in", "by", "from", "of")  # "killed in floods", "by a landslide", "died from cholera", "of"


def prepositional_causes(tok) -> list:
    """The nouns a killing is told to come from: "killed in the floods", "injured by a falling wall"."""
    return [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in CAUSE_PREPS
            for g in c.children if g.dep_ == "pobj"]


def time_clauses(tok, marks=("when", "as", "after")) -> list:
    """The clauses of time told of ``tok``: its own ("were killed when the quake struck"), and, when ``tok`` is what
    a reporting verb reports, one the parser hung on that verb that still lies inside the report ("40 people were
    killed when an earthquake struck the region, the office said": "struck" hangs on "said")."""
    heads = [tok]
    if tok.dep_ in ("ccomp", "parataxis") and tok.i < tok.head.i:
        heads.append(tok.head)
    return [c for h in heads for c in h.children
            if c.dep_ == "advcl" and any(m.lower_ in marks for m in c.children)
            and (h is tok or tok.i < c.i < tok.head.i)]


def killed_by_hazard(tok, lex) -> bool:
    """A death or injury from a natural hazard, disease or accident ("killed in the floods", "injured in a bus
    crash"): some cause the phrase names is a hazard and none is a means of violence or someone acting
    ("killed by gunmen in the storm" stands)."""
    causes = prepositional_causes(tok)
    # "were killed when the quake struck", "died as floods swept the valley": the subject of a clause of time
    causes += [s for c in time_clauses(tok) for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    kinds = [(t, cause_kind(t, lex)) for t in causes]
    return any(k == "hazard" for _, k in kinds) and not any(
        k == "means" or (k is None and animate(t, lex)) for t, k in kinds
    )


OPENING = 2  # sentences that say what a story is about
HAZARD_PREPS = (*CAUSE_PREPS, "after", "since")  # "after a powerful earthquake", "killed in the floods"


def disaster_story(doc, lex) -> bool:
    """The article opens on a natural hazard and on no violence: in its first sentences a hazard acts or causes
    ("A magnitude 6.8 earthquake struck southern Peru", "Floods swept through the valley", "after the cyclone")
    and no means of violence is named ("a car bomb", "the shelling"). Read once per article."""
    key = "newsgraph.disaster_story"
    if key not in doc.user_data:
        opening = [t for sent in itertools.islice(doc.sents, OPENING) for t in sent]
        kinds = [(t, cause_kind(t, lex)) for t in opening]
        acting = any(k == "hazard" and (t.dep_ in ("nsubj", "nsubjpass") or (
            t.dep_ == "pobj" and t.head.lower_ in HAZARD_PREPS)) for t, k in kinds)
        doc.user_data[key] = acting and not any(k == "means" for _, k in kinds)
    return bool(doc.user_data[key])


def damage_in_a_disaster(tok, lex) -> bool:
    """Deaths or damage told with no one doing them and no means ("1,200 homes were destroyed", "twelve people
    were killed") in a story that opens on a natural disaster: the disaster did them, no attacker."""
    causes = prepositional_causes(tok)
    return (not any(cause_kind(t, lex) == "means" or animate(t, lex) for t in causes)
            and disaster_story(tok.doc, lex))


ACCIDENTAL = {"accidental", "accidentally", "inadvertent", "inadvertently", "unintentional", "unintentionally"}


def accidental(tok) -> bool:
    """"killed in two accidental explosions", "the device went off accidentally, killing three", "the plane crashed,
    killing all on board": an act the text calls an accident, on the trigger, on the cause it names, or on the clause
    it hangs from, or a death from a crash or a collapse, is no attack."""
    near = [tok, *prepositional_causes(tok)]
    if tok.dep_ in ("advcl", "conj", "xcomp") and tok.tag_ == "VBG":
        near.append(tok.head)  # "detonated accidentally, killing the three"
        if tok.head.lemma_.lower() in CRASHES:
            return True  # "the plane crashed into the sea, killing all on board"
    if any(c.lemma_.lower() in CRASHES for c in time_clauses(tok, ("when",))):
        return True  # "were killed when their bus overturned"
    return any(c.lower_ in ACCIDENTAL for t in near for c in t.children if c.dep_ in ("amod", "advmod"))


# a vehicle or a building failing: "crashed into the sea, killing all", "killed when the bus overturned"
CRASHES = {"crash", "capsize", "derail", "overturn", "sink", "collapse", "plunge"}


def vehicle_crashed(tok, lex) -> bool:
    """"Flight 311 crashed into the lake, killing all 52 people aboard": a vehicle's crash, whatever names it (a flight
    number reads as an actor); not "the bomber crashed his car into the gate, killing 12"."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj", "xcomp") or lemma(tok.head) not in CRASHES:
        return False
    crash = tok.head
    subj = [c for c in crash.children if c.dep_ == "nsubj"]
    return (not any(c.dep_ == "dobj" for c in crash.children) and bool(subj)
            and all(t.ent_type_ == "PRODUCT" or not animate(t, lex) for t in subj))
