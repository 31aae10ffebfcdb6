"""Who does what a noun alone names when its own phrase does not say, read from the words around it: a modifier
naming people or a body, a relative clause, the passive whose phrase it is, whom it is blamed on, who had a part in
it; the doer of the attack a passive verb of harm happened in; a town before the noun, which is where, not who.
``draft`` gives them as ``Draft.around``; ``build.with_actor_around`` applies them after the disposer's verdict."""

from __future__ import annotations

from ...actors import country_of
from .arguments import (
    PARTY_NOUNS,
    RELATIVE_PRONOUNS,
    animate_token,
    names_who,
    nominal_actor,
    passive_agents,
    subject,
    with_conj,
)
from .triggers import is_passive, lemma


def town(tok) -> bool:
    """A town or region named before an act's noun is where it happened ("the Birmingham pub bombings", "the
    Oklahoma City bombing"), not who did it; a country, its capital or its people name the actor ("US strikes").
    The disposer was fitted with such a town as the actor: ``build.with_actor_around`` replaces it after."""
    if tok.ent_type_ != "GPE":
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and country_of(ent.text) is None


def named_around(noun) -> list:
    """Who does what a noun names when neither its possessor nor a national modifier says: who had a part in it
    (``party_to``), a modifier naming people or a body ("police shootings", "coalition airstrikes", "Kenyan-led
    airstrikes"), who carried it out in a relative clause ("the attack that government aircraft launched", "attacks
    carried out by gunmen"), the members of a body meeting, the agent of the passive whose phrase it is ("were
    taken into custody by border agents"), or whom it is laid on ("the bombing was blamed on the rebel group").
    ``draft`` gives them as ``Draft.around``, applied after the disposer."""
    # the sentence says who before what the noun's modifiers suggest ("Pakistan's role in the militant strike")
    found = party_to(noun) or _modifier_party(noun) or _carried_out_by(noun)
    if found:
        return found
    if lemma(noun) in GATHERINGS:  # "a meeting of the commission": its members meet
        found = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and (names_who(o) or animate_token(o)) for t in with_conj(o)]
        if found:
            return found
    following = noun.dep_ == "dobj" and noun.head.lower_ == "following"  # "following his arrest", parsed as a verb
    verb = noun.head.head if noun.dep_ == "pobj" or following else None
    if verb is not None and verb.pos_ == "VERB" and is_passive(verb):
        return passive_agents(list(verb.children))
    if noun.dep_ in ("nsubjpass", "dobj") and lemma(noun.head) in BLAMING:  # "the bombing was blamed on the rebels"
        return [t for p in noun.head.children if p.dep_ == "prep" and p.lower_ in ("on", "to")
                for o in p.children if o.dep_ == "pobj" and names_who(o) for t in with_conj(o)]
    return []


def _modifier_party(noun) -> list:
    """"police shootings", "a rebel attack", "U.S.-led coalition airstrikes", "an Islamic State attack" (a name the
    recogniser tags in part), "Kenyan-led airstrikes" (the leader)."""
    for c in noun.children:
        if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and (names_who(c) or lemma(c) in PARTY_NOUNS or any(
                a.dep_ == "amod" and a.lower_.endswith("-led") for a in c.children)):
            return with_conj(c)
        if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_ and any(
                t.ent_type_ in ("ORG", "NORP", "PERSON") for t in c.subtree):
            return [c]
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ == "led":
            leaders = [k for k in c.children if k.dep_ in ("npadvmod", "compound", "nmod") and names_who(k)]
            if leaders:
                return with_conj(leaders[0])
    return []


def _carried_out_by(noun) -> list:
    """Who carried out the act in a relative clause: "the attack that the rebels launched", "attacks carried out by
    gunmen", "the attack that officials believe the army launched"."""
    from .lexicon import default

    for c in noun.children:
        if c.dep_ == "relcl" and lemma(c) in BELIEVING:
            c = next((v for v in c.children if v.dep_ == "ccomp"), c)
        if c.dep_ in ("relcl", "acl", "ccomp") and default().role(lemma(c), "light"):
            agents = passive_agents(list(c.children))
            doers = agents or [s for s in c.children if s.dep_ == "nsubj" and s.lower_ not in RELATIVE_PRONOUNS]
            if doers and all(animate_token(t) for t in doers):
                return [t for d in doers for t in with_conj(d)] if not agents else agents
    return []


BLAMING = {"blame", "attribute", "ascribe", "pin"}  # verbs that lay an act on its author
GATHERINGS = {"meeting", "summit", "session", "conference", "gathering", "assembly", "congress", "convention"}
BELIEVING = {"believe", "say", "think", "suspect", "allege", "claim", "suggest"}  # who is said to have done it


def in_attack(verb) -> list:
    """"were killed in an Israeli airstrike", "were wounded in a rebel attack": who did the attack a passive verb of
    harm names as where it happened did the harm (its noun's own actor, or the one around it)."""
    from .lexicon import default

    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    triggers = default().triggers
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in ("in", "during"):
            for o in p.children:  # the noun as the lexicon has it, whatever the tagger called it ("airstrikes")
                if o.dep_ == "pobj" and any(e.type == "ASSAULT" for e in triggers.get((lemma(o), "N"), ())):
                    return nominal_actor(o) or named_around(o)
    return []


# verbs that deny or disown a part: "denied any role in the attack" names no one who took part
DISOWNING = {"deny", "reject", "dismiss", "disavow", "disclaim", "refute", "rule"}


def _denying(verb) -> bool:
    return lemma(verb) in DISOWNING or any(c.dep_ == "neg" for c in verb.children)


# a part in an act: "Pakistan's involvement in the strike", "had a role in the attack"
PARTS = {"involvement", "role", "part", "hand", "complicity", "participation", "responsibility"}
# being a party to an act: "is responsible for the bombings", "was implicated in the poisoning", "was behind it"
PARTY_TO = {"responsible", "implicated", "involved", "complicit", "culpable", "behind"}


def party_to(noun) -> list:
    """Who the sentence says had a part in what a noun names: the owner of a part ("Somalia's involvement in the
    strike"), who has or plays it ("had a role in the attack"), or who is said to be a party to it ("the group is
    responsible for the bombings", "Orlov was implicated in the poisoning", "the militia was behind the attack");
    people, bodies or countries only."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "for", "behind"):
        return []
    head = prep if prep.lower_ == "behind" else prep.head
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and lemma(c) in PARTS for c in head.children):
        found = [] if _denying(head) else subject(head)  # "had a role in the attack", "in" hung on the verb
    elif prep.lower_ != "behind" and lemma(head) in PARTS:
        owners = [c for c in head.children if c.dep_ == "poss"]
        found = owners or (subject(head.head) if head.dep_ == "dobj" and not _denying(head.head) else [])
    elif head.lower_ in PARTY_TO or lemma(head) in PARTY_TO:
        if head.dep_ == "acl":  # "President Orlov, implicated in the poisoning"
            found = [head.head]
        elif head.pos_ == "VERB" and is_passive(head):
            found = [c for c in head.children if c.dep_ == "nsubjpass"]
        else:
            found = subject(head.head if head.dep_ in ("acomp", "prep") and head.head != head else head)
    else:
        return []
    found = [t for f in found for t in with_conj(f)]
    if any(_no_one(t) for t in found):
        return []  # "No faction has claimed responsibility for the attack"
    return found if found and all(names_who(t) or animate_token(t) for t in found) else []


def _no_one(tok) -> bool:
    """"no faction", "none of the groups", "nobody": a party the sentence says there is none of."""
    return tok.lower_ in ("none", "nobody", "noone") or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
