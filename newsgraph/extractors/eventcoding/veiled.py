"""A threat told without the word: "would take all necessary measures if the drilling went on", "will take action
unless the ships leave", "the strike would spread to other ports unless the owners raised their offer". A response
or an escalation promised on a condition the other side must meet is a coercive warning (PLOVER THREATEN, CAMEO 130
threaten, not specified), made when it is said (``readings.read``), though the act it names is only conditional.
A response promised with no condition ("will take steps to cut prices") and a forecast of a state of affairs
("prices would rise unless") are no threat."""

from __future__ import annotations

from .dating import REPORTING
from .lexicon import Lexicon, Trigger

# "take measures", "take action", "take steps": a response of the one who takes it
RESPONSES = {"measure", "step", "action", "countermeasure"}
# what a stoppage, a strike or a protest does when it grows
ESCALATING = {"spread", "extend", "widen", "escalate", "intensify", "expand", "continue", "resume"}
FUTURE = {"will", "would", "'ll", "'d", "shall", "wo"}
CONDITIONS = {"if", "unless"}
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


def conditioned(verb) -> bool:
    """An "if" or "unless" clause on ``verb``'s own clause ("would take measures to defend it if drilling went on")."""
    return any(t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in t.children)
               and _within_clause(t, verb) for t in verb.subtree)


def _responds(verb) -> bool:
    return _lemma(verb) == "take" and any(c.dep_ == "dobj" and _lemma(c) in RESPONSES for c in verb.children)


def _escalates(verb, lex: Lexicon) -> bool:
    return _lemma(verb) in ESCALATING and any(
        c.dep_ == "nsubj" and "dissent" in lex.objects.get(_lemma(c), ()) for c in verb.children)


def veiled_threat(tok, lex: Lexicon):
    """(entry, extra) when ``tok`` promises a response or an escalation on a condition, else None."""
    if tok.pos_ != "VERB" or not _future(tok) or not (_responds(tok) or _escalates(tok, lex)):
        return None
    return (VEILED_ENTRY, ()) if conditioned(tok) else None


def told_as_veiled(tok) -> bool:
    """A THREATEN read on ``tok`` by ``veiled_threat``: the threat is made now, whatever the condition."""
    return (_lemma(tok) == "take" or _lemma(tok) in ESCALATING) and _future(tok) and conditioned(tok)


def condition_subjects(verb) -> list:
    """The subjects of the "if" or "unless" clauses on ``verb``'s clause: who must act to avert the threat."""
    return [s for t in verb.subtree if t.dep_ == "advcl" and _within_clause(t, verb)
            and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in t.children)
            for s in t.children if s.dep_ in ("nsubj", "nsubjpass")]


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
