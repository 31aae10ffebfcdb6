"""Whose a possessive is, where the entity pass leaves it wrong or unresolved: "its defence ministry said" after a
state's act, "Their spokesman" opening a sentence (``actorcode`` asks here)."""

from __future__ import annotations

from ...spacy_util import sentence_before
from .firing import fired


def reporting_owner(tok, ctx, given: str | None) -> str | None:
    """"Brazil reinforced its garrison, its defence ministry said": the body whose possessive stands for the subject
    of the clause it reports is that subject's, not the country the entity pass gave it (``given``); None when
    they agree or nothing is reported."""
    from .actorcode import code
    from .lexicon import default
    from .triggers import lemma

    if tok.dep_ != "nsubj" or not any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in tok.children):
        return None
    verb = tok.head
    if not (verb.pos_ == "VERB" and default().role(lemma(verb), "speech")):
        return None
    told = [s for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i
            for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]
    coded = code(told[0], ctx, "actor") if told else None
    if coded is None or not coded.country or len(coded.country) != 3 or coded.country == given:
        return None
    fired("its-body-reporting-its-act")
    return coded.country


def subject_before(poss, ctx) -> str | None:
    """"A group of 200 Spanish investors said they would sue. Their spokesman urged ...": a possessive opening a
    sentence, which the entity pass left unresolved, stands for the subject of the sentence before, when that
    subject has a country and agrees in number ("their" for a plural or a group, "its" for a singular), and no plural
    object of that sentence could be "their" owner instead."""
    from .actorcode import code

    prev = sentence_before(poss.sent)
    if poss.i != poss.sent.start or prev is None:
        return None
    subject = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.tag_ in ("NNS", "NNPS") for o in p.children)
        for p in subject.children)
    if plural != (poss.lower_ == "their"):
        return None
    if poss.lower_ == "their" and any(o.dep_ == "dobj" and o.tag_ in ("NNS", "NNPS") for o in prev.root.children):
        return None  # "police detained 20 refugees. Their lawyers urged": the plural object is as likely whose
    coded = code(subject, ctx, "actor")
    if coded is None or not coded.country or len(coded.country) != 3:
        return None
    fired("possessive-of-the-subject-before")
    return coded.country
