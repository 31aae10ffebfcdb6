"""The words of a speaker phrase and what kind of speaker they name: the phrase's span ("union leader Maria Lopez",
"officials in Maputo"), a title, a person's role, a body's word, a possessed role ("his lawyer")."""

from __future__ import annotations

from newsgraph import actors
from newsgraph.spacy_util import QUANTIFIERS

# vague sources ("Some say", "Many of his supporters believe"): a source all the same, named by the whole phrase
VAGUE = QUANTIFIERS | {"others", "several", "one", "both", "each"}
_NAME_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "case", "quantmod", "cc", "conj", "flat"}


def phrase_span(head) -> tuple[int, int]:
    """Character span of the speaker phrase: the head with its name-like dependents (not appositions,
    relative clauses or other trailing material)."""
    left = head
    right = head
    for c in head.children:
        if c.dep_ in _NAME_DEPS:
            sub = list(c.subtree)
            if c.i < head.i:
                left = min(left, sub[0], key=lambda t: t.i)
            elif c.dep_ in ("conj", "cc", "flat", "compound", "case"):
                right = max(right, sub[-1], key=lambda t: t.i)
        elif (
            c.dep_ == "prep"
            and c.i > head.i
            and c.lower_ in ("of", "for", "at")
            and (head.pos_ == "NOUN" or _is_title(head) or (head.lower_ in VAGUE and c.lower_ == "of"))
            and not (c.lower_ == "of" and _possessed(head) and any(_possessed(o) for o in c.children))
        ):  # "said his lawyer of his client": what the lawyer spoke of, not who the lawyer is
            right = max(right, _without_clauses(c)[-1], key=lambda t: t.i)
        elif c.dep_ == "prep" and c.i > head.i and c.lower_ == "in" and head.pos_ == "NOUN" and any(
            o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC") or (o.pos_ == "PROPN" and o.ent_type_ != "PERSON"))
            for o in c.children
        ):  # "officials in Maputo", "the aviation authority in Georgetown": where the source sits
            right = max(right, _without_clauses(c)[-1], key=lambda t: t.i)
    while right.i > left.i and right.is_punct:
        right = right.doc[right.i - 1]
    while left.i < right.i and not any(ch.isalnum() for ch in left.text):
        left = left.doc[left.i + 1]
    return left.idx, right.idx + len(right)


def _without_clauses(prep) -> list:
    """The tokens of a prepositional phrase up to a relative clause or participle in it ("a group of investors
    who lost their savings": "a group of investors")."""
    cut = min((t.left_edge.i for t in prep.subtree if t.dep_ in ("relcl", "acl") and t.i > prep.i), default=None)
    toks = [t for t in prep.subtree if cut is None or t.i < cut]
    while len(toks) > 1 and toks[-1].is_punct:
        toks.pop()
    return toks


def _possessed(token) -> bool:
    """The noun has a possessive pronoun: "his lawyer", "her client"."""
    return any(d.dep_ == "poss" and d.pos_ == "PRON" for d in token.children)


def _is_title(token) -> bool:
    """A capitalised title heading the phrase ("Commissioner for Crisis Management Janez Lenarcic"), whose
    name the parser may hang inside the "for" phrase; a plain name ("Smith of Reuters") is not one."""
    term = actors.sector_terms().get(token.lower_)
    return term is not None and term.kind == "title"


def _one_person(token) -> bool:
    """A singular title or person noun ("the minister", "a spokesman", "the official"): a later "he" or "she"
    can be them."""
    term = actors.sector_terms().get(token.lower_)
    return (
        token.tag_ == "NN"
        and term is not None
        and term.kind in ("title", "person")
        and token.lower_ not in ("authority", "family", "government", "administration")  # bodies: "it"
    )


def _body_word(token) -> bool:
    """A word for a body that the tagger took for a name ("Argentina's foreign ministry", "the Ministry"):
    "it", not "he" or "she"."""
    term = actors.sector_terms().get(token.lower_)
    return term is not None and term.kind == "org"


def _definite(head) -> bool:
    """A phrase that points at one known holder: "the deputy", "his deputy" (not "a deputy")."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this")) for c in head.children)


def _name_core(head) -> tuple[int, int]:
    """The proper-name tokens around a PROPN head ("Kristi Noem" in "Secretary Kristi Noem")."""
    doc = head.doc
    i = j = head.i
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].head.i in range(i, head.i + 1):
        i -= 1
    while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].head.i == head.i:
        j += 1
    return doc[i].idx, doc[j].idx + len(doc[j])
