"""An ultimatum told without the word: "gave the officers seven days to free the president", "set the rebels a
deadline to disarm", "were given 48 hours to leave". The span of time allowed for a concession (a release, a withdrawal, a
disarmament, a resignation) makes a threat of the one who allows it (PLOVER THREATEN, CAMEO 139 give ultimatum:
``triggers.candidates``); what is demanded within any such span is not done (``status``)."""

from __future__ import annotations

from ...spacy_util import to_infinitive
from .lexicon import Trigger

# a span of time allowed for an act, and the verbs that allow it
TIME_ALLOWED = {"day", "hour", "week", "month", "deadline", "ultimatum"}
ALLOWING_TIME = {"give", "grant", "set", "issue", "allow"}
ULTIMATUM_ENTRY = Trigger(("give",), "V", "THREATEN", "relations", "139", None)


def _lemma(tok) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def time_allowed(verb):
    """The span of time ``verb`` allows ("seven days", "a deadline"), or None."""
    if _lemma(verb) not in ALLOWING_TIME:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "dative") and _lemma(c) in TIME_ALLOWED),
                None)


def given_time_to(tok) -> bool:
    """An infinitive of an act under a span of time given for it: demanded, not done."""
    if not to_infinitive(tok) or tok.head == tok:
        return False
    head = tok.head
    if head.pos_ in ("NOUN", "PROPN"):
        return _lemma(head) in TIME_ALLOWED
    return time_allowed(head) is not None


def demanded(tok) -> list:
    """The acts in infinitives that ``tok`` allows a span of time for ("seven days to free"), or []."""
    if tok.pos_ != "VERB":
        return []
    span = time_allowed(tok)
    if span is None:
        return []
    return [c for c in list(tok.children) + list(span.children)
            if c.dep_ in ("advcl", "xcomp", "acl", "relcl", "ccomp") and to_infinitive(c)]
