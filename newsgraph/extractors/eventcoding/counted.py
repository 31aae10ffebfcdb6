"""A bare count or quantifier standing for people named just before: "Both were released", "Two were freed", "all
three were deported". The count names no one; the plural noun it counts, in its sentence or the one before, does
(``triggers.object_class`` reads its class through here)."""

from __future__ import annotations

from .lexicon import Lexicon

# a bare count or quantifier standing for people named before: "Both were released", "Two were freed", "all
# three were deported"
BARE_COUNTS = {"all", "some", "most", "many", "several", "none", "each", "both", "few", "any", "one"}


def bare_count(tok) -> bool:
    """A number or a quantifier heading its own phrase, with nothing counted after it ("Both", "Two", "all three")."""
    if tok.dep_ not in ("nsubjpass", "dobj") or tok.lower_ not in BARE_COUNTS and tok.pos_ != "NUM":
        return False
    return not any(c.dep_ == "prep" or c.pos_ in ("NOUN", "PROPN") for c in tok.children)


def counted_before(tok, lex: Lexicon) -> set[str]:
    """The class of the last plural noun of the sentence before or of this one before ``tok``: what it counts
    (people when it names people with no class of its own: "seized three engineers. Two were released")."""
    from .animacy import animate
    from .triggers import object_class

    sent = tok.sent
    start = sent.start if sent.start == 0 else tok.doc[sent.start - 1].sent.start
    for prev in reversed(tok.doc[start:tok.i]):
        if prev.tag_ in ("NNS", "NNPS") and prev.pos_ in ("NOUN", "PROPN"):
            found = object_class(prev, lex, through=False) | ({"person"} if animate(prev, lex) else set())
            if found:
                return found
    return set()
