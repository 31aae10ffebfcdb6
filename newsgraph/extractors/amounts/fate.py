"""What happened to what an amount counts: the verb, adjective or event noun the counted phrase takes part
in. "killed at least 23 people" -> kill; "28 people died" -> die; "40 others were missing" -> missing;
"the 34 people killed" -> kill; "arrests of dozens of supporters" -> arrest; "the death toll rose to 31" ->
death. The story level compares counts of the same fate ("23 killed" against "a toll of 31") and keeps
counts of different fates apart ("300 rescued" is no figure for the dead).
"""

from __future__ import annotations

from ...spacy_util import COPULAS  # "was", "have been": the state is the complement, not the copula
from .numbers import Amount

# a participle or adjective hung on the counted noun: "people killed", "people missing", "people dead"
MODIFIER_DEPS = ("acl", "amod", "relcl")
FATE_POS = ("VERB", "ADJ")
# participles before a noun that classify it rather than say what happened to it: "suspected gangsters"
CLASSIFYING = {"suspect", "allege", "accuse", "purport", "report", "arm", "skill", "train", "retire", "marry",
               "unnamed", "unidentified", "elect", "register", "organise", "organize", "qualify", "license",
               "licence", "reserve", "base", "name", "call", "so-called", "expect", "estimate"}


# what a verb says something could take, not what it did: "licensed to carry 80", "can hold 500", "able to seat"
CAPACITY_HEADS = {"license", "licence", "allow", "permit", "design", "build", "able", "capable", "certify", "equip",
                  "mean", "intend"}  # fmt: skip
CAPACITY_MODALS = {"can", "could"}
CAPACITY = "capacity"


def fate(doc, amt: Amount, counts: tuple[int, int] | None, toll: bool) -> str | None:
    """Lemma of what the counted thing underwent, ``capacity`` for what something could take ("licensed to
    carry 80 passengers", "can hold 500 people": no count of what happened), or None when the sentence does
    not say."""
    if toll:
        return "death"  # a death toll's value counts the dead (units_tolls.tsv)
    noun = doc[counts[1] - 1] if counts else doc[amt.head]
    for tok in (noun, doc[amt.head]):
        found = _modifier(tok) or _clause(tok) or _event_noun(tok, amt)
        if found:
            return CAPACITY if tok.dep_ == "dobj" and _capacity(tok.head) else found
    return None


def _capacity(verb) -> bool:
    """Whether ``verb`` says what could be done rather than what was: "(is licensed / able / designed) to
    carry", "can hold"."""
    if any(c.dep_ == "aux" and c.lower_ in CAPACITY_MODALS for c in verb.children):
        return True
    head = verb.head
    infinitive = verb.dep_ in ("xcomp", "acomp") or (  # "licensed to carry", also parsed as an adverbial clause
        verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )
    return infinitive and head.i != verb.i and head.lemma_.lower() in CAPACITY_HEADS


def _modifier(tok) -> str | None:
    """'the 34 people killed', '40 people missing', 'ten people who died', '238 deported migrants'."""
    for child in tok.rights:
        if child.dep_ in MODIFIER_DEPS and child.pos_ in FATE_POS:
            if child.dep_ == "relcl" and child.lemma_.lower() in COPULAS:
                return _complement(child)
            return child.lemma_.lower()
    for child in tok.lefts:
        if child.dep_ == "amod" and child.tag_ == "VBN" and child.lemma_.lower() not in CLASSIFYING:
            return child.lemma_.lower()
    return None


def _clause(tok) -> str | None:
    """The counted phrase as subject or object: '28 people died', '40 others were missing', 'killed 23
    people' (through a conjunct subject or object too: 'killed 23 people and injured 40')."""
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        head = tok.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        if head.lemma_.lower() in COPULAS:
            return _complement(head)
        return head.lemma_.lower()
    return None


def _complement(copula) -> str | None:
    for child in copula.children:
        if child.dep_ in ("acomp", "attr") and child.pos_ in ("ADJ", "VERB"):  # "were migrants" says what, not what happened
            return child.lemma_.lower()
    return None


def _event_noun(tok, amt: Amount) -> str | None:
    """'the arrests of dozens of supporters', 'the deaths of 12 people': the noun the counted phrase is the
    of-object of (not the amount's own noun: "dozens of supporters")."""
    noun = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and noun.pos_ == "NOUN" and not amt.start <= noun.i < amt.end:
        return noun.lemma_.lower()
    return None
