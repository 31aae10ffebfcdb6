"""Who an act about another act is directed at, read from its content: "threatened to break relations with
Britain" (Britain), "threatened sanctions if Mali did not publish" (Mali), "demanded that Israel ease
restrictions" (Israel); and the CAMEO code such an act takes from its content ("threatened to attack": 138)."""

from __future__ import annotations

from .actorcode import code, code_all, is_actorlike
from .arguments import is_party
from .govern import content_heads
from .lexicon import word_class
from .triggers import Candidate, lemma

CONFLICT = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "PROTEST"}
PROMISE_VERBS = word_class("promise_verb")  # lexicons/event_words.tsv
RETALIATION = word_class("retaliation_verb")  # lexicons/event_words.tsv
TOWARD_PREPS = {"to", "into", "with", "against", "on", "from"}
# (governor type, content type) -> (mode, cameo): the nearest CAMEO code for an act about another act
REFINE = {
    ("THREATEN", "ASSAULT"): ("violence", "138"), ("THREATEN", "COERCE"): ("restrict", "137"),
    ("THREATEN", "SANCTION"): ("relations", "1313"), ("THREATEN", "PROTEST"): ("relations", "133"),
    ("THREATEN", "MOBILIZE"): ("violence", "138"),
    ("REQUEST", "CONSULT"): ("meet", "106"), ("REQUEST", "AID"): ("assist", "103"),
    ("REQUEST", "COOPERATE"): ("assist", "101"), ("REQUEST", "RETREAT"): ("yield", "1053"),
    ("REQUEST", "CONCEDE"): ("yield", "105"), ("REJECT", "CONSULT"): ("meet", "125"),
    ("REJECT", "AID"): ("assist", "122"), ("REJECT", "COOPERATE"): ("assist", "121"),
    ("REJECT", "RETREAT"): ("yield", "1243"), ("AGREE", "CONSULT"): (None, "036"),
    ("AGREE", "AID"): (None, "033"), ("AGREE", "COOPERATE"): (None, "031"), ("AGREE", "RETREAT"): (None, "035"),
}


def retaliation(c: Candidate) -> bool:
    """"vowed to retaliate", "promised to respond": the content is a reprisal, whatever the means."""
    return any(lemma(h) in RETALIATION for h in content_heads(c.token) if h.pos_ == "VERB")


def named_in_content(c: Candidate, ctx) -> list:
    """A country or named actor the content of a threat, promise or refusal is directed at: "threatened to break
    relations with Britain", "refused to send troops to Iraq", "agreed to provide aid for Romania"."""
    heads = [h for h in content_heads(c.token) if h.pos_ in ("VERB", "AUX")]
    for head in heads:  # the content verb's own phrases and its object's, not clauses further down
        holders = [head, *(o for o in head.children if o.dep_ == "dobj")]
        for prep in (p for h in holders for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ in TOWARD_PREPS | {"for"}):
            for tok in prep.children:
                for who in ([tok] if tok.ent_type_ in NAMED or is_party(tok) else _whose(tok)) if tok.dep_ == "pobj" else ():
                    found = code(who, ctx, "recipient")
                    if found is not None and is_actorlike(found):
                        return [found]
    return []


NAMED = ("GPE", "NORP", "ORG", "PERSON")


def _whose(noun) -> list:
    """The party a noun of the content belongs to or is with: "to respond to a demand from the president" (the
    president), "to commit to talks with the government" (the government), "to honour its pledge to the farmers"."""
    if noun.pos_ != "NOUN":
        return []
    out = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    out += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "with", "to", "against")
            for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
    return out


def condition_subject(c: Candidate, ctx) -> list:
    """Who must act to avert a threat: the subject of its "if" or "unless" clause, on the threat or on what it
    threatens ("threatened to hold a strike unless the government withdrew the decree")."""
    content = [h for h in content_heads(c.token) if h.pos_ in ("VERB", "AUX")]
    for head in dict.fromkeys([c.token, c.anchor, *content]):
        for cl in head.children:
            if cl.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in cl.children):
                subj = [s for s in cl.children if s.dep_ in ("nsubj", "nsubjpass")]
                found = [a for a in code_all(subj, ctx, "recipient") if is_actorlike(a)]
                if found:
                    return found
    return []


def _suffers(comp) -> bool:
    """A clause whose subject undergoes the act: "migrants risk being detained", "prisoners were tortured"."""
    if any(s.dep_ == "nsubjpass" for s in comp.children):
        return True
    # "risk being detained" (the small model often makes "risk" a noun and the passive its acl)
    return any(x.dep_ in ("xcomp", "ccomp", "acl") and any(a.dep_ == "auxpass" for a in x.children)
               for x in comp.children)


def addressee(c: Candidate, ctx, victims: bool = True) -> list:
    """The subject of a "that" clause a demand or warning is about ("demanded that Israel ease restrictions");
    with ``victims`` False, not a subject who suffers the act ("voiced concern that migrants risk being detained"
    accuses no migrant)."""
    for head in [c.token, c.anchor]:
        for comp in head.children:
            if comp.dep_ == "ccomp" or (comp.dep_ == "acl" and any(m.dep_ == "mark" for m in comp.children)):
                if not victims and _suffers(comp):
                    continue
                subj = [s for s in comp.children if s.dep_ in ("nsubj", "nsubjpass")]
                found = [a for a in code_all(subj, ctx, "recipient") if is_actorlike(a)]
                if found:
                    return found
    return []


def protested(heads: list) -> list:
    """What a protest is told to be against by a phrase of its cause: "in protest against abuses by the police",
    "in protest of the government's refusal", "stopped work over a law signed by the minister"."""
    out = []
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "over":
            out += objs
        elif prep.lower_ == "in":
            out += [p for o in objs if lemma(o) in ("protest", "defiance") for q in o.children
                    if q.dep_ == "prep" and q.lower_ in ("against", "of", "at", "over") for p in q.children if p.dep_ == "pobj"]
    # its purpose: "blocked a highway to show their anger at the government's policies", "to press their demands
    # for jobs from the president's government"
    for aim in (c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"):
        out += [p for o in aim.children if o.dep_ == "dobj" and o.pos_ == "NOUN" for q in o.children
                if q.dep_ == "prep" and q.lower_ in ("against", "at", "over", "with", "from")
                for p in q.children if p.dep_ == "pobj"]
    return out
