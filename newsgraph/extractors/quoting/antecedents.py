"""Who a descriptive speaker is ("Her Ugandan counterpart", "his deputy", "the company's spokeswoman").

A role described rather than named resolves to a person only where the text says who holds it:

- an apposition names them: "Her Ugandan counterpart, Peter Okello, said";
- a counterpart holds the possessor's own role in another country: "Rwanda's trade minister met Uganda's
  trade minister, Peter Okello ... her Ugandan counterpart said" is the one other person of that title (and of
  that country, when the phrase names one);
- any other role word ("deputy", "lawyer") is held by the one person named earlier with it in their title.

The possessor is never the speaker ("her counterpart" is not her), except that a body's spokesperson speaks
for the body ("the ministry's spokesman"). With no antecedent, or more than one, the speaker stays the phrase,
coded with its own country and sector (``describe``): a descriptive speaker is better than a wrong person.
"""

from __future__ import annotations

from typing import Any

from newsgraph import actors
from newsgraph.spacy_util import sentence_before

COUNTERPARTS = actors.COUNTERPARTS
SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "mouthpiece"})
_PERSON_TYPES = frozenset({"PERSON"})


def appositive(ctx: Any, head: Any) -> Any | None:
    """The person or body an apposition to ``head`` names ("the minister, Aline Uwase,"), or None."""
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i:
            ent = ctx.entity_at(child.idx, child.idx + len(child))
            if ent is not None and ent.type in ("PERSON", "ORG"):
                return ent
    return None


def possessor(ctx: Any, head: Any) -> tuple[Any | None, tuple[int, int] | None]:
    """(the entity of the phrase's possessor, its character span): "her" in "her counterpart", "the
    company" in "the company's spokeswoman"; (None, span) when the possessor names no entity."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None:
        return None, None
    sub = list(poss.subtree)
    span = (sub[0].idx, sub[-1].idx + len(sub[-1]))
    return ctx.entity_at(*span), span


def only_in(ent: Any, span: tuple[int, int] | None, start: int, end: int) -> bool:
    """Every mention of ``ent`` within ``[start, end)`` lies inside ``span`` (it is named as the possessor)."""
    if span is None:
        return False
    inside = [m for m in ent.mentions if m.start < end and start < m.end and m.kind not in ("modifier", "in_name")]
    return bool(inside) and all(span[0] <= m.start and m.end <= span[1] for m in inside)


def speaks_for(head: Any, owner: Any) -> bool:
    """A body's spokesperson speaks for the body: "the ministry's spokesman said" is the ministry."""
    return owner is not None and owner.type not in _PERSON_TYPES and head.lemma_.lower() in SPOKES


def pronoun_spokes(head: Any) -> bool:
    """A spokesperson of a possessive pronoun ("Its spokesman", "their spokeswoman")."""
    return head.lemma_.lower() in SPOKES and any(
        c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in ("its", "their") for c in head.children
    )


def body_before(ctx: Any, head: Any) -> Any | None:
    """The body a pronoun possessor stands for ("Its spokesman"): the subject of the sentence, when it comes
    before the phrase ("The ministry criticised the ruling, and its spokesman said"), else the subject of the
    sentence before; its head token when it names a body, None when it is a person or names none. A country
    named in passing ("Pakistan's army said Indian troops fired ... Its spokesman") is not what "its" refers to,
    whatever the entity pass's coreference made of the pronoun."""
    sent = head.sent
    subject = _subject(sent.root)
    if subject is None or subject.i >= head.left_edge.i:
        before = sentence_before(sent)
        if before is None:
            return None
        subject = _subject(before.root)
    return subject if subject is not None and _a_body(ctx, subject) else None


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _a_body(ctx: Any, tok: Any) -> bool:
    """The phrase headed by ``tok`` names a body: an organisation, a country, or a body's word ("the army")."""
    if tok.pos_ == "PRON":
        return False
    ent = ctx.entity_at(tok.idx, tok.idx + len(tok)) if ctx.entities else None
    if ent is not None:
        return ent.type in ("ORG", "GPE", "NORP")
    terms = actors.sector_terms()
    term = terms.get(tok.lower_) or terms.get(tok.lemma_.lower())
    return term is not None and term.kind == "org"


def role_holder(ctx: Any, head: Any, start: int, owner: Any | None) -> Any | None:
    """The one person named before ``start`` who holds the role ``head`` describes, else None."""
    role = head.lemma_.lower()
    country = actors.country_in_tokens([t for t in head.subtree if t.i < head.i])
    people = [e for e in ctx.entities if e.type == "PERSON" and e is not owner and _named_before(e, start)]
    if role in COUNTERPARTS:
        if owner is None or not owner.title:
            return None
        words = _title_words(owner.title)
        people = [e for e in people if e.title and words & _title_words(e.title)]
    else:
        people = [e for e in people if e.title and role in _title_words(e.title)]
    if country is not None:
        people = [e for e in people if e.country == country]
    return people[0] if len(people) == 1 else None


def describe(span: Any, ctx: Any) -> tuple[str | None, str | None]:
    """(country, sector) of a descriptive speaker phrase ("the company's spokeswoman" -> BUS)."""
    code = actors.code_phrase(span, ctx)
    return code.country, code.sector


def _named_before(ent: Any, start: int) -> bool:
    return any(m.kind == "name" and m.end <= start for m in ent.mentions)


def _title_words(title: str) -> set[str]:
    return {w for w in title.lower().replace("-", " ").split() if w.isalpha() and len(w) > 2}
