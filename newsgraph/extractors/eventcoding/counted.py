"""A bare count or quantifier standing for people named just before: "Both were released", "Two were freed", "all
three were deported". The count names no one; the plural noun it counts, in its sentence or the one before, does
(``triggers.object_class`` reads its class through here)."""

from __future__ import annotations

from ...spacy_util import QUANTIFIERS, sentence_before
from .lexicon import Lexicon

# a bare count or quantifier standing for people named before: "Both were released", "Two were freed", "all
# three were deported"
BARE_COUNTS = QUANTIFIERS | {"several", "none", "each", "both", "any", "one"}


def bare_count(tok) -> bool:
    """A number or a quantifier heading its own phrase, with nothing counted after it ("Both", "Two", "all three")."""
    if tok.dep_ not in ("nsubjpass", "dobj") or tok.lower_ not in BARE_COUNTS and tok.pos_ != "NUM":
        return False
    return not any(c.dep_ == "prep" or c.pos_ in ("NOUN", "PROPN") for c in tok.children)


def _plurals_before(tok) -> list:
    start = (sentence_before(tok.sent) or tok.sent).start
    return [p for p in reversed(tok.doc[start:tok.i]) if p.tag_ in ("NNS", "NNPS") and p.pos_ in ("NOUN", "PROPN")]


def counted_people(tok, lex: Lexicon):
    """The people a bare "Both", "all" or "each" stands for: the plural noun before it whose people were held
    ("Police detained two protesters after clashes with soldiers. Both were released": the protesters), else None."""
    if tok.pos_ != "PRON" or not bare_count(tok):
        return None
    return next((p for p in _plurals_before(tok) if held(p, lex)), None)


def counted_before(tok, lex: Lexicon) -> set[str]:
    """The class of the plural noun of the sentence before or of this one before ``tok`` that it counts: the last
    one held by an arrest, a seizure or an abduction ("detained two protesters after clashes with soldiers. Both
    were released": the protesters), else the last with a class. The count gives the class the named noun has
    ("signed two strikers. Both were released" is no release, as "released two strikers" is none); people with no
    class of their own only when they were held ("seized three lawyers. Two were released")."""
    from .animacy import animate
    from .triggers import object_class

    plural = _plurals_before(tok)
    for prev in [p for p in plural if held(p, lex)] + plural:
        found = object_class(prev, lex, through=False) | ({"person"} if held(prev, lex) and animate(prev, lex) else set())
        if found:
            return found
    return set()


def held(noun, lex: Lexicon) -> bool:
    """``noun`` (or the number counting it) is the object of an arrest, a seizure or an abduction: people in custody or
    captivity, whom a release frees."""
    from .triggers import match

    head = noun
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("dobj", "nsubjpass"):
        return False
    hit = match(head.head, lex) if head.head.pos_ == "VERB" else None
    return hit is not None and hit[0].type in ("COERCE", "ASSAULT")


def counted_actor(tok, ctx, role):
    """A bare "Both" or "all" coded as the people held it stands for, told where it stands ("detained two protesters
    after clashes with soldiers. Both were released": the protesters, named "Both"); None otherwise."""
    from dataclasses import replace

    from .actorcode import code
    from .lexicon import default

    counted = counted_people(tok, default())
    coded = code(counted, ctx, role) if counted is not None else None
    return None if coded is None else replace(coded, name=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
