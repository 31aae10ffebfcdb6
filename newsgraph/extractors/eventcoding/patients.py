"""What an act is done to, named or not: the patients of a trigger ("stormed the refinery", "the detained
student", "an attack on the market"), what an attack noun hits, and the person a pronoun in the act's own sentence
stands for. ``build.with_patient`` reads them after the disposer's verdict."""

from __future__ import annotations

from ... import actors
from .arguments import (
    INTRANSITIVE_NOUNS,
    NAMED,
    PERSONAL,
    classes_of,
    is_party,
    resolve_relative,
    undergone,
    with_conj,
)
from .lexicon import word_class
from .triggers import is_passive, lemma

# verbs whose object is what is sent flying or used, not its target ("fired tear gas", "used water cannon")
PROJECTING = {"fire", "throw", "launch", "detonate", "explode", "hurl", "lob", "drop", "plant", "shoot", "set", "open", "use"}


# verbs whose subject undergoes what their object names ("faces charges", "escaped arrest")
UNDERGOING = {"face", "receive", "undergo", "suffer", "endure", "escape", "avoid", "survive"}


def patients(trigger, type_: str | None = None) -> list:
    """What a trigger says its act was done to, named or not: the object or passive subject of a verb, the noun a
    participle describes, the "on", "against" or "of" phrase of a noun ("stormed the refinery", "148 students were
    arrested", "the detained woman", "he was shot", "an attack on the market", "the arrest of the editor");
    not what a verb of shooting or throwing sends ("fired tear gas", "detonated a bomb")."""
    kids = list(trigger.children)
    if trigger.pos_ == "NOUN":
        preps = ("on", "against") if lemma(trigger) in INTRANSITIVE_NOUNS else ("on", "against", "of")
        found = [p for c in kids if c.dep_ == "prep" and c.lower_ in preps for p in c.children
                 if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]
        found = (found or [c for c in kids if c.dep_ == "poss" and undergone(trigger)] or _targeted_by(trigger)
                 or [c for c in kids if c.dep_ == "compound" and _hit_place(c)])
    elif trigger.dep_ in ("amod", "acl") and trigger.tag_ == "VBN" and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in kids):
        found = [trigger.head]
    elif trigger.tag_ == "VBN" and trigger.dep_ in ("pcomp", "xcomp") and any(c.dep_ == "auxpass" for c in kids) and not any(
            c.dep_ in ("nsubjpass", "nsubj") for c in kids):
        found = _clause_patient(trigger)
    else:
        found = [resolve_relative(c, trigger) for c in kids if c.dep_ in ("nsubjpass", "dative")
                 or (c.dep_ == "dobj" and lemma(trigger) not in PROJECTING)]
    if not found and trigger.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in kids):
        found = _shared_object(trigger)
    if not found and trigger.dep_ == "conj" and is_passive(trigger):  # "resigned and was arrested hours later"
        found = [resolve_relative(c, trigger.head) for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and trigger.dep_ == "relcl" and is_passive(trigger):
        found = _ranked_patient(trigger)
    if not found and trigger.dep_ == "dobj" and lemma(trigger.head) in UNDERGOING:  # "Rahimi faces charges"
        found = [resolve_relative(c, trigger.head) for c in trigger.head.children if c.dep_ == "nsubj"]
    if not found and type_ == "ASSAULT":  # "a bomb exploded at the pub", "detonated the car inside the base"
        found = [p for c in kids if c.dep_ == "prep" and c.lower_ in ("at", "inside") for p in c.children
                 if p.dep_ == "pobj" and (_hit_place(p) or is_party(p))]
    return [t for f in found for t in with_conj(f) if t.ent_type_ not in ("DATE", "TIME")  # not "an attack on Sunday"
            and (t.pos_ in ("NOUN", "PROPN", "NUM") or t.lower_ in PERSONAL)]


TARGET_NOUNS = word_class("target_noun")  # lexicons/event_words.tsv


def is_way(tok) -> bool:
    """A road, street, bridge or building a protest blocks or is held at ("blocked the streets", "at the jail")."""
    return lemma(tok) in TARGET_NOUNS or lemma(tok) in WAYS


WAYS = {"road", "street", "highway", "motorway", "bridge", "railway", "route", "square", "avenue", "junction", "traffic"}


def _hit_place(tok) -> bool:
    """A noun modifier of an attack noun that names what was hit ("the pub bombings", "a hospital attack", "the
    school shooting"), not its means or its author ("a car bomb", "a knife attack", "US strikes")."""
    return tok.pos_ == "NOUN" and tok.ent_type_ not in NAMED and (
        lemma(tok) in TARGET_NOUNS or bool(classes_of(tok) & {"place", "troops"}))


# verbs by which an attack named by a noun reaches its target ("the blast targeted a bakery", "was hit by airstrikes")
TARGETING = {"target", "hit", "strike", "destroy", "damage", "rock", "shatter", "level", "flatten", "wreck"}


def _targeted_by(noun) -> list:
    """What an attack noun hits through a verb of targeting: "airstrikes hit rebel positions", "the blast targeted a
    bakery", "an explosion targeting its base", "the clinic was hit by airstrikes", "a bus targeted in a bomb attack"."""
    head = noun.head
    if noun.dep_ == "nsubj" and lemma(head) in TARGETING:
        return [c for c in head.children if c.dep_ == "dobj"]
    if noun.dep_ == "pobj" and head.dep_ in ("agent", "prep") and head.lower_ in ("by", "in") and lemma(head.head) in TARGETING:
        verb = head.head
        pats = [resolve_relative(c, verb) for c in verb.children if c.dep_ == "nsubjpass"]
        return pats or ([verb.head] if verb.dep_ == "acl" else [])
    return [o for a in noun.children if a.dep_ == "acl" and lemma(a) in TARGETING for o in a.children if o.dep_ == "dobj"]


def _shared_object(verb) -> list:
    """"militiamen seize and later free their hostages", "soldiers shot and killed two men": a verb with no object
    of its own shares the object of the verb joined to it, when that verb has no subject of its own either (not
    "police fired and protesters threw stones") and does not send it ("opened fire and fired tear gas"), and when
    nothing of the first verb's own stands between them: "troops attacked at dawn and took thirty prisoners" is two
    acts, the prisoners taken, not attacked."""
    return [o for cj in verb.children if cj.dep_ == "conj" and cj.pos_ == "VERB" and lemma(cj) not in PROJECTING
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cj.children) and not _own_between(verb, cj)
            for o in cj.children if o.dep_ == "dobj"]


def _own_between(verb, conj) -> bool:
    """The first verb has a phrase of its own before the verb joined to it ("attacked at dawn and took")."""
    return any(verb.i < k.i < conj.i and k.dep_ not in ("cc", "punct", "advmod", "conj") for k in verb.children)


def _ranked_patient(verb) -> list:
    """"She was the first journalist to be arrested", "the two editors were the next to be charged": an infinitive passive
    on the predicate of a copula is done to the copula's subject."""
    head = verb.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or head.dep_ != "attr":
        return []
    return [c for c in head.head.children if c.dep_ == "nsubj"]


def _clause_patient(verb) -> list:
    """"was taken to court after being detained", "is believed to have been killed": a passive participle with no
    subject of its own, after a preposition or raised, is done to the subject of the clause it hangs on (not a
    participle the parser hangs on a verb for a noun's: "talks about a pipeline being bombed")."""
    head = verb.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") and head.i != verb.i:
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return [resolve_relative(s, head) for s in subj]
        if head.head.i == head.i:
            return []
        head = head.head
    return []


SINGULAR = {"he", "him", "his", "she", "her"}


def antecedent(pron, skip: tuple = ()) -> object | None:
    """The nearest person before "he" or "she" in its sentence that it can stand for ("two men stalked a woman and
    attacked her": the woman); none inside the ``skip`` character spans (the actor's). Not "they": too many plural
    nouns in a sentence are not whom it stands for."""
    if pron.lower_ not in SINGULAR:
        return None
    for tok in reversed(list(pron.doc[pron.sent.start:pron.i])):
        if any(a <= tok.idx < b for a, b in skip) or tok.dep_ == "compound":
            continue
        if tok.tag_ in ("NN", "NNP") and (tok.ent_type_ == "PERSON" or is_party(tok)) and tok.ent_type_ not in (
                "GPE", "ORG", "NORP") and not many_people(tok):
            return tok
    return None


# words for many people that "he" or "she" cannot stand for ("the family said he had been shot": not the family)
MANY = word_class("collective_noun")  # lexicons/event_words.tsv


def many_people(tok) -> bool:
    """A collective or a body: a singular "he" or "she" stands for neither."""
    term = actors.sector_terms().get(lemma(tok))
    return lemma(tok) in MANY or (term is not None and term.kind == "org" and tok.ent_type_ != "PERSON")
