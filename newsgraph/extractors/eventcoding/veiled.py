"""A threat told without the word: "would take all necessary measures if the drilling went on", "will take action
unless the ships leave", "the strike would spread to other ports unless the owners raised their offer". A response
or an escalation promised on a condition the other side must meet is a coercive warning (PLOVER THREATEN, CAMEO 130
threaten, not specified), made when it is said (``readings.read``), though the act it names is only conditional.
A response promised with no condition ("will take steps to cut prices") and a forecast of a state of affairs
("prices would rise unless") are no threat; nor is policy promised on an event no party brings about ("will take
measures if the harvest fails", "if prices rose", "if needed"), nor a response whose purpose is to help, support or
protect people ("to help farmers", "to support the currency", "to lower prices", "to win"): the condition must be
an act of another party, and what widens must be a stoppage or a protest, not a market "rally"."""

from __future__ import annotations

from ...spacy_util import FUTURE_MODALS
from .dating import REPORTING
from .lexicon import Lexicon, Trigger

# "take measures", "take action", "take steps": a response of the one who takes it
RESPONSES = {"measure", "step", "action", "countermeasure"}
# what a stoppage, a strike or a protest does when it grows
ESCALATING = {"spread", "extend", "widen", "escalate", "intensify", "expand", "continue", "resume"}
FUTURE = FUTURE_MODALS | {"would", "'d"}  # a response promised in reported speech: "said it would take"
CONDITIONS = {"if", "unless"}
# what a response is for when it is policy or effort, not coercion: "to help farmers", "to support the currency",
# "to lower fuel prices", "to win"
BENIGN_PURPOSES = {"help", "support", "assist", "aid", "relieve", "ease", "lower", "reduce", "cut", "curb", "boost",
                   "stabilize", "stabilise", "save", "win", "improve", "promote", "encourage", "attract", "calm"}
# dissent nouns that are as often a market's or a team's: "the rally would continue if the Fed cut rates"
SHARED_DISSENT = {"rally"}
VEILED_ENTRY = Trigger(("take",), "V", "THREATEN", None, "130", None)


def _lemma(tok) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def _future(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children)


def _within_clause(tok, verb) -> bool:
    """``tok`` hangs on ``verb`` with no report or other clause of its own between them."""
    while tok.i != verb.i:
        if tok.dep_ in ("ccomp", "parataxis", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _conditions(verb) -> list:
    return [t for t in verb.subtree if t.dep_ == "advcl" and _within_clause(t, verb)
            and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in t.children)]


def conditioned(verb) -> bool:
    """An "if" or "unless" clause on ``verb``'s own clause ("would take measures to defend it if drilling went on")."""
    return bool(_conditions(verb))


def _party_act(clause, lex: Lexicon) -> bool:
    """The condition is an act of a party: its subject can act ("if Greece extends its waters", "unless the owners
    improve their offer") or names an act ("if drilling continued"), or something is done to a thing ("unless the
    pay offer was raised"); not an event no one
    brings about ("if the harvest fails", "if prices rose", "if sales keep falling") nor a bare "if needed"."""
    return any(c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and (_party(c, lex) or _an_act(c, lex)))
               for c in clause.children)


def _an_act(noun, lex: Lexicon) -> bool:
    """"if drilling continued", "if the shelling resumes", "unless the blockade ends": the subject names what a party
    does (an event noun, or a noun in "-ing"), not a hazard ("if the flooding goes on") or a quantity."""
    from .triggers import match, object_class

    if noun.pos_ != "NOUN" or object_class(noun, lex) & {"hazard", "measure"}:
        return False
    return match(noun, lex) is not None or (noun.tag_ == "NN" and noun.lower_.endswith("ing"))


def _party(tok, lex: Lexicon) -> bool:
    """Can act as a side: ``animate``, but a singular common noun only on a class or a sector of its own ("the
    ministry", "the union"), not on an ending alone ("the river", "the harvester")."""
    from ... import actors
    from .animacy import ANIMATE_CLASSES, PEOPLE_NOUNS, animate
    from .triggers import object_class

    if not animate(tok, lex):
        return False
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return True
    return bool(object_class(tok, lex) & ANIMATE_CLASSES) or _lemma(tok) in PEOPLE_NOUNS or (
        actors.sector_of_tokens([tok], tok)[1] is not None)


def _benign_purpose(verb, lex: Lexicon) -> bool:
    """"take steps to help farmers", "to lower fuel prices", "to protect consumers", "to win": policy or effort, not
    coercion (protecting a place or a claim, "to protect the crossing", stays a threat)."""
    from .animacy import animate

    for c in verb.children:
        if c.dep_ not in ("xcomp", "advcl", "acl") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        if _lemma(c) in BENIGN_PURPOSES:
            return True
        if _lemma(c) == "protect" and any(o.dep_ == "dobj" and animate(o, lex) and o.ent_type_ not in ("GPE", "LOC")
                                          for o in c.children):
            return True
    for c in verb.children:  # "take steps to help": the purpose hangs on the object in some parses
        if c.dep_ == "dobj" and _lemma(c) in RESPONSES and any(
                a.dep_ in ("acl", "relcl") and _lemma(a) in BENIGN_PURPOSES for a in c.children):
            return True
    return False


def _threat_shape(verb, lex: Lexicon) -> bool:
    """A promised response or escalation on a condition that is another party's act, for no benign purpose."""
    responds = _responds(verb)
    if not _future(verb) or not (responds or _escalates(verb, lex)):
        return False
    if responds and _benign_purpose(verb, lex):
        return False
    return any(_party_act(t, lex) for t in _conditions(verb))


def _responds(verb) -> bool:
    return _lemma(verb) == "take" and any(c.dep_ == "dobj" and _lemma(c) in RESPONSES for c in verb.children)


def _escalates(verb, lex: Lexicon) -> bool:
    return _lemma(verb) in ESCALATING and any(
        c.dep_ == "nsubj" and "dissent" in lex.objects.get(_lemma(c), ())
        and (_lemma(c) not in SHARED_DISSENT or any(p.dep_ == "poss" for p in c.children)) for c in verb.children)


def veiled_threat(tok, lex: Lexicon):
    """(entry, extra) when ``tok`` promises a response or an escalation on a condition, else None."""
    if tok.pos_ != "VERB":
        return None
    return (VEILED_ENTRY, ()) if _threat_shape(tok, lex) else None


def told_as_veiled(tok) -> bool:
    """A THREATEN read on ``tok`` by ``veiled_threat``: the threat is made now, whatever the condition (the same
    checks as ``veiled_threat``, so a THREATEN from elsewhere is not turned occurred on a weaker shape)."""
    from .lexicon import default

    return tok.pos_ == "VERB" and _threat_shape(tok, default())


def condition_subjects(verb) -> list:
    """The subjects of the "if" or "unless" clauses on ``verb``'s clause: who must act to avert the threat."""
    return [s for t in _conditions(verb) for s in t.children if s.dep_ in ("nsubj", "nsubjpass")]


def escalating_sides(verb) -> list:
    """Who threatens to widen a stoppage: the owner of the strike ("the drivers' walkout will widen"), else who
    says it will ("the union said the strike would spread"); [] for a response, whose subject takes it."""
    if _lemma(verb) == "take":
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    owners = [p for s in subjects for p in s.children if p.dep_ == "poss"]
    if owners or verb.dep_ != "ccomp" or _lemma(verb.head) not in REPORTING:
        return owners
    says = verb.head
    if says.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in says.children):
        says = says.head  # "accused the government ... and said the stoppage would spread"
    return [c for c in says.children if c.dep_ == "nsubj"]


# the coder's rules (``rules.RULES``) for the threats read here
def veiled_threat_side(k, s) -> bool:
    """"the strike would spread unless ...": the strikers threaten (``veiled``), not the strike."""
    from .actorcode import code_all
    from .animacy import animate

    if k.c.entry is not VEILED_ENTRY:
        return False
    sides = code_all([t for t in escalating_sides(k.c.token) if animate(t, s.lex)], s.ctx, "actor")
    if sides:
        k.d.actors, k.d.inanimate, k.d.hazard, k.d.speaker = sides, False, False, True
    return bool(sides)


def veiled_threat_target(k, s) -> bool:
    """A threat told without the word ("would take all necessary measures if the drilling went on") is aimed at
    who must meet its condition, not at the object of the response ("measures", "its sovereignty")."""
    from .actorcode import code_all, is_actorlike

    if k.c.entry is not VEILED_ENTRY:
        return False
    k.d.recipients = [a for a in code_all(condition_subjects(k.c.token), s.ctx, "recipient") if is_actorlike(a)]
    return True
