"""Who said it: the speaker a pronoun subject of reported speech stands for ("Officials said they would",
"the ministry said it had", "Ms Lee said she was").

One answer for the entity pass (a pronoun joins the speaker's entity) and the event coder (an unresolved
pronoun is coded as the speaker), with one lexicon: the speech verbs of ``lexicons/speech_verbs.tsv`` whose
class reports a statement or a belief (``REPORTING_CLASSES``), not evidence ("the study shows they ...": the
study is not "they") nor an aim ("the party hopes they ...").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from ... import actors
from ..entity_spans import _appositive_role, _title_tokens
from .lexicon import lexicon

if TYPE_CHECKING:  # spaCy types only: the tokens come from the pipeline
    from spacy.tokens import Token

SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
POSSESSIVES = {"its": "it", "their": "they"}
PLURAL_PRONOUNS = frozenset({"they", "we"})
REPORTING_CLASSES = frozenset({"speech", "stance", "cognition"})
PLURAL_TAGS = ("NNS", "NNPS")
GROUPS = ("ORG", "NORP")  # a body speaks of itself as "they" or "we" as well as "it"


def reporting_subject(pron: Token, counted: Callable[[Token], Token] | None = None) -> Token | None:
    """The named or described subject of the speech verb whose reported clause ``pron`` is the subject of,
    when it agrees with the pronoun in number, kind and gender. None for anything else: a pronoun subject of
    the speech verb, an object pronoun, a clause that is not reported speech, a subject that disagrees.

    ``counted`` gives the token whose number counts for a collective subject ("a group of leaders said they":
    the leaders); the event coder passes its collective nouns, the entity pass has none."""
    low = pron.lower_
    clause = pron.head
    if pron.dep_ == "poss" and low in POSSESSIVES:
        # "The group said authorities had not allowed its researchers in": a possessive in the reported clause is
        # the speaker's when the clause's own subject cannot be what it stands for (plural "authorities" for "its")
        low = POSSESSIVES[low]
        verb = next((a for a in pron.ancestors if a.pos_ in ("VERB", "AUX")), None)
        own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        # "The bureau said its inquiry found": a phrase is not its own possessor, so the speaker's
        if verb is None or own is None or own.pos_ == "PRON" or (_agrees(low, own, own) and pron.head != own):
            return None
        clause = verb
    elif low not in SUBJECT_PRONOUNS or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    lex = lexicon()
    if clause.dep_ != "ccomp" or lex.verb_class(lex.lemma(clause.head)) not in REPORTING_CLASSES:
        return None
    verb = clause.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":  # "rebels rejected the plan and said they opposed": a shared subject
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    return subj if _agrees(low, subj, counted(subj) if counted is not None else subj) else None


def _agrees(pronoun: str, subj: Token, counted: Token) -> bool:
    """Whether ``pronoun`` may stand for the speech verb's subject ``subj``: "he"/"she" for one person of
    that gender (or of none known), "it" for one thing or body, "they"/"we" for many or for a body."""
    many = subj.tag_ in PLURAL_TAGS or counted.tag_ in PLURAL_TAGS
    if pronoun in ("he", "she"):
        gender = "f" if pronoun == "she" else "m"
        return not many and is_person(subj) and _gender(subj) in (None, gender)
    if subj.ent_type_ == "PERSON":
        return False  # "Ms Lee said it was": not Ms Lee
    if pronoun in PLURAL_PRONOUNS:
        return many or subj.ent_type_ in GROUPS
    return not many


def is_person(tok: Token) -> bool:
    """A person's name ("Ms Lee") or a person's role ("the chairman", "a spokeswoman"): what "he" or "she" may
    stand for; not a body ("the ministry") nor a thing ("his performance")."""
    if tok.ent_type_:
        return tok.ent_type_ == "PERSON"
    if tok.pos_ == "PROPN":
        return True
    return tok.lemma_.lower() in _person_nouns() or tok.lower_ in _person_nouns()


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Titles and nouns of people in a role (``lexicons/sectors.tsv``, kinds title and person)."""
    return frozenset(t for t, term in actors.sector_terms().items() if term.kind in ("title", "person"))


def _gender(tok: Token) -> str | None:
    """'m' or 'f' from a name's given name or honorific ("Betty Shelby", "Mrs Shelby"), else None."""
    words = [t for t in tok.lefts if t.dep_ in ("compound", "flat")] + [tok]
    first = words[0].text.rstrip(".").lower()
    if first in ("mrs", "ms", "miss", "madam"):
        return "f"
    if first == "mr":
        return "m"
    return actors.first_names().get(words[0].text) if len(words) > 1 else None


def speakers_body(doc, q, ctx):
    """The body a quote's speaker speaks for, named in the title or role at the speaker's name ("said Grace Achieng,
    the African Union envoy", "said Anna Fortin, chief executive of Kestrel Appliances"): "we" in the quote is that
    body. None when the speaker's mention has no named body beside it."""
    if q.speaker_start is None or q.speaker_end is None:
        return None
    span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None:
        return None
    role, affiliation, _ = _appositive_role(span)
    toks = list(_title_tokens(span)) + list(role or []) + ([affiliation] if affiliation is not None else [])
    for tok in toks:
        ent = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
        if ent is not None and ent.type == "ORG" and ent.id != q.speaker:
            return ent
    return None


THEY = frozenset({"they", "them", "their"})
PLURAL_NOUNS = frozenset({"police", "people", "personnel", "staff", "crew", "clergy"})  # many, though tagged one


def clause_subject(pron: Token) -> Token | None:
    """The subject a plural pronoun stands for in its own sentence: the subject of the nearest clause above it
    that has one, when that subject is many (a plural noun, names joined by "and", or someone "with" a partner):
    "The rebels mounted counter-attacks as they battled", "X and Y will start at the church, after which they will
    head", "X shakes hands with Y at their meeting"; after "as saying", whom the clause quotes ("cited police as
    saying they made arrests"). None when that subject is one (or a pronoun): the entity pass then looks further
    back."""
    if pron.lower_ not in THEY:
        return None
    for verb in pron.ancestors:
        if verb.pos_ not in ("VERB", "AUX") or pron.i < verb.i and pron.dep_ in ("nsubj", "nsubjpass") and pron.head == verb:
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i), None)
        if subj is None and verb.dep_ == "pcomp" and verb.head.lower_ == "as":  # "cited police as saying they"
            subj = next((c for c in verb.head.head.children if c.dep_ == "dobj" and c.i < pron.i), None)
        if subj is None or subj == pron or pron in list(subj.subtree):
            continue
        if subj.pos_ == "PRON":
            return None
        partner = any(p.dep_ == "prep" and p.lower_ == "with" and any(o.dep_ == "pobj" and is_person(o) for o in p.children)
                      for p in verb.children)
        several = sum(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) > 1  # "X, right, and Y shake hands"
        many = subj.tag_ in PLURAL_TAGS or subj.lower_ in PLURAL_NOUNS or any(c.dep_ == "conj" for c in subj.subtree) or partner or several
        return subj if many else None
    return None
