"""Stances held or voiced without a speech verb: read off the parse for ``indirect.find``.

- a statement noun's object or to-infinitive: "raised questions about S", "the union's criticism of S", "her plan
  to S", "a promise by the mayor to S";
- a stance adjective or a stance holder said of the subject: "was confident that S", "are worried about S", "is a
  staunch critic of S";
- a clause framed by "in" + a document or someone's statement: "In the latest poll, S", "In her view, S";
- a view stated as "X sees Y as Z", and "made it clear that S", "made the case for S".
Each returns the content tokens (and, where the cue is not a verb with a subject, the speaker's head token), or
None. Like the intent and position verbs, they count only in the writer's own clause.
"""

from __future__ import annotations

from newsgraph.spacy_util import COPULAS

from .lexicon import lexicon
from .speakers import in_own_clause, is_cue_verb, names_someone

# verbs whose object noun is a statement its subject makes ("voiced concern about", "raised questions over")
EXPRESS_VERBS = frozenset(
    {
        "express",
        "voice",
        "raise",
        "air",
        "issue",
        "make",
        "renew",
        "repeat",
        "reiterate",
        "share",
        "lodge",
        "file",
    }
)
NOUN_PREPS = ("about", "over", "of", "for", "against")


def noun_object(noun):
    """Content and speaker of a statement noun with an object after about/over/of/for/against or a
    to-infinitive ("expressed doubts about S", "the union's criticism of S", "her plan to S", "a promise by the
    mayor to S") when someone makes the statement: its possessor, the person after "by", or the subject of a
    verb of expressing it. (None, None) otherwise."""
    objs = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in NOUN_PREPS for g in c.children]
    objs = [g for g in objs if g.dep_ in ("pobj", "pcomp")]
    # "her plan to raise taxes", "a promise by the mayor to rebuild": a to-infinitive
    objs += [
        c
        for c in noun.children
        if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    if not objs:
        return None, None
    objs.sort(key=lambda t: t.i)
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker is None:  # "a promise by the mayor to ..."
        by = [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        speaker = by[0] if by and names_someone(by[0]) else None
    if speaker is None and noun.dep_ == "dobj" and lexicon().lemma(noun.head) in EXPRESS_VERBS:
        speaker = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if speaker is not None and not names_someone(speaker):  # "the findings raise questions about"
            return None, None
    if speaker is None:
        return None, None
    return list(objs[0].subtree), speaker


ADJ_PREPS = ("about", "of", "over", "with", "at")
LINKING = frozenset(COPULAS | {"grow", "sound", "look", "feel", "get"})  # and the verbs of perception and change


def adjective(adj):
    """Content and subject of a stance adjective said of someone ("the minister was confident that S", "farmers
    are worried about S", "has been critical of S"), or (None, None): the adjective complements a linking verb
    with a subject, in the writer's own clause, not negated."""
    verb = adj.head
    if adj.dep_ != "acomp" or lexicon().lemma(verb) not in LINKING or not in_own_clause(verb):
        return None, None
    if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in adj.children):
        return None, None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None, None
    for c in adj.children:  # "certain to fail", "sure to win" say nothing of the subject's stance
        if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and adj.lower_ not in ("certain", "sure")):
            return list(c.subtree), subject
    preps = ADJ_PREPS + ("to",) if adj.lower_ == "opposed" else ADJ_PREPS  # "opposed to S"
    for c in adj.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                return list(objs[0].subtree), subject
    return None, None


def in_document(prep):
    """The source of "in" + a document or a voiced statement that frames a clause of the writer's ("In the
    latest poll, the governor leads", "In his view, the cuts would pay for themselves"): the document's
    possessor, else a document itself, else the clause's subject when it is a person or a body ("In a
    statement, the senator was more cautious"); None when the clause's verb is a cue of its own ("In a statement, the
    company said ...") or the phrase is something else ("in the capital")."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if not objs:
        return None
    noun = objs[0]
    lx = lexicon()
    word = noun.lower_
    if word not in lx.documents and word not in lx.voiced:
        return None
    head = prep.head
    if head.pos_ not in ("VERB", "AUX") or is_cue_verb(head) or not in_own_clause(head):
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    if word in lx.documents:
        return noun
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)  # "In a statement, the senator was"
    return subject if subject is not None and names_someone(subject) else None


def seen_as(verb):
    """The content of "X sees/views/regards Y as Z" (Y and "as Z"), in the writer's own clause and not
    negated, or None."""
    if any(c.dep_ == "neg" for c in verb.children) or not in_own_clause(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"), None)
    if obj is None:
        return None
    as_ = [c for c in (*verb.children, *obj.children) if c.dep_ == "prep" and c.lower_ == "as"]
    if not as_:
        return None
    return sorted([*obj.subtree, *(t for t in as_[0].subtree if t.i > obj.right_edge.i)], key=lambda t: t.i)


def holder(noun):
    """Content and subject of "X is/has been/remains a (staunch) critic of S", or (None, None)."""
    verb = noun.head  # a "who" clause describes its noun's stance too ("Berg, who is an opponent of S")
    if noun.dep_ != "attr" or lexicon().lemma(verb) not in LINKING:
        return None, None
    if verb.dep_ != "relcl" and not in_own_clause(verb):
        return None, None
    if any(c.dep_ == "neg" for c in verb.children):
        return None, None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    objs = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    objs = [g for g in objs if g.dep_ in ("pobj", "pcomp")]
    if subject is None or not objs:
        return None, None
    return list(objs[0].subtree), subject


def _that(tok) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children)


def made(verb):
    """The content of "X made (it) clear that S", "X made the case that S / for S", "X made the point that S",
    in the writer's own clause, or None."""
    if not in_own_clause(verb):
        return None
    kids = list(verb.children)
    clear = next((c for c in kids if c.lower_ == "clear" and c.dep_ in ("ccomp", "oprd", "acomp")), None)
    if clear is not None:
        clauses = [c for c in (*kids, *clear.children) if c is not clear and c.i > clear.i and _that(c)]
        return list(clauses[0].subtree) if clauses else None
    case = next((c for c in kids if c.dep_ == "dobj" and c.lower_ in ("case", "point")), None)
    if case is None:
        return None
    clause = next((c for c in case.children if c.dep_ in ("acl", "ccomp") and _that(c)), None)
    if clause is not None:
        return list(clause.subtree)
    for prep in (c for c in (*kids, *case.children) if c.dep_ == "prep" and c.lower_ in ("for", "against")):
        objs = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
        if objs and case.lower_ == "case":
            return list(objs[0].subtree)
    return None
