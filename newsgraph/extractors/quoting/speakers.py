"""Cues and speakers: is this token a speech cue, who is its subject, which entity is that.

A cue is a speech verb from the lexicon ("said", "told", "warned") or a source preposition ("according to").
Its speaker is the verb's subject (``nsubj``; "said Juan Pappier" parses the same way), the subject of the
verb it hangs from ("..., adding that", "and said"), the noun a "who" clause modifies, or the object of
"according to". The speaker phrase is then resolved to an entity of the entity pass (``ctx.entity_at`` on its
head word, so "Homeland Security Secretary Kristi Noem" resolves to Noem, not to Homeland Security); a
pronoun the entity pass left unresolved takes the most recent speaker of a compatible kind.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsgraph import actors
from newsgraph.spacy_util import RELATIVE_PRONOUNS, doc_text, spoken_beside_report

from . import antecedents
from .lexicon import WEAK_CLASSES, lexicon
from .phrases import VAGUE, _body_word, _definite, _is_title, _name_core, _one_person, phrase_span

if TYPE_CHECKING:  # spaCy types only: the tokens come from the pipeline
    from spacy.tokens import Token

PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_THING = {"it"}
PRONOUNS_GROUP = {"they", "them", "we"}
NOT_SOURCES = {
    "this",
    "that",
    "these",
    "those",
    "which",
    "what",
    "there",
    "you",
    "me",
    "us",
    "none",
    "anyone",
    "everyone",
    "someone",
    "nobody",
}
FIRST_PERSON = {"i"}


# entity types of people and bodies (the target of a stance, not its content; a vague source's group)
_SOMEONE = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def names_someone(tok) -> bool:
    """The phrase headed by ``tok`` names a person or a body ("the minister", "Smith", "the party")."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in _SOMEONE:
        return True
    terms = actors.sector_terms()
    return any(w in terms or w in _PEOPLE for w in (tok.lower_, tok.lemma_.lower()))


_PEOPLE = frozenset(  # lemmas: plurals are matched through the lemma
    """people person man woman opponent rival critic voter supporter leader official government administration
    party campaign country candidate member resident family expert analyst economist worker student parent
    lawmaker legislator colleague ally adviser advisor aide donor activist victim relative friend citizen
    american republican democrat conservative liberal committee board organisation organization coalition
    alliance team network paper magazine station city state town nation region majority minority mate
    administrator executive director manager chairman chairwoman chair founder owner employee staff crowd public
    audience reader viewer fan percent rescuer searcher firefighter diver volunteer survivor hiker fisherman
    passer-by passerby neighbour neighbor witness""".split()
)


@dataclass(frozen=True)
class Speaker:
    """Who a cue gives the words to: an entity id and/or a source phrase, with the span that names it here."""

    entity: str | None
    name: str | None
    start: int | None
    end: int | None
    person: bool = False  # a person (for later "he"/"she" to refer back to)
    country: str | None = None  # the entity's, or a descriptive phrase's own ("the company's spokeswoman")
    sector: str | None = None


@dataclass(frozen=True)
class Cue:
    token: Token  # the speech verb or the word "according"
    text: str
    start: int
    end: int
    subject: Token | None  # head of the speaker phrase, or None


def is_cue_verb(tok, classes=None) -> bool:
    if tok.pos_ not in ("VERB",) and not (tok.pos_ == "AUX" and tok.lemma_ == "say"):
        return False
    lemma = lexicon().lemma(tok)
    cls = lexicon().verb_class(lemma)
    if cls is None or (classes is not None and cls not in classes):
        return False
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    if any((lemma, p) in lexicon().no_cue for p in particles):
        return False
    return cls not in WEAK_CLASSES or (in_own_clause(tok) and _someone_acts(tok))


def _someone_acts(verb) -> bool:
    """The subject of an aim or a position is a person or a body ("the union backs", not "the bridge supports
    40 tons"), or there is none to check."""
    subject = subject_of(verb)
    return subject is None or names_someone(subject) or subject.lower_ in VAGUE | {"i", "we", "they"}


def in_own_clause(verb) -> bool:
    """The verb is the writer's assertion about its subject: not a relative clause or a participle on a noun
    ("voters who back the plan", "groups seeking to"), not a bare participle ("with Obama expected to visit"),
    and not inside what another cue verb reports ("Lopez said the party wants to")."""
    if verb.dep_ in ("relcl", "acl", "amod"):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    lx = lexicon()
    return not any(
        a.pos_ in ("VERB", "AUX") and lx.verb_class(lx.lemma(a)) not in (None, *WEAK_CLASSES)
        for a in verb.ancestors
    ) and not any(_reported_after(v) for v in (verb, *verb.ancestors))


def _reported_after(verb) -> bool:
    """The verb's clause is what a later cue reports ("S, officials say"): a cue verb hung on it after a comma."""
    lx = lexicon()
    return any(
        c.dep_ in ("parataxis", "ccomp") and c.i > verb.i and c.pos_ == "VERB"
        and lx.verb_class(lx.lemma(c)) in ("speech", "stance", "cognition")
        and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
        for c in verb.children
    )


def source_prep(tok):
    """For the first word of "according to X" (any source_prep phrase): X's head token, else None."""
    words = source_words(tok)
    if not words:
        return None
    last = tok.doc[tok.i + len(words) - 1]
    objs = [c for c in last.children if c.dep_ in ("pobj", "pcomp")]
    if not objs:  # parsers sometimes hang the object on the first word
        objs = [c for c in tok.children if c.dep_ == "pobj"]
    return objs[0] if objs else None


def _named_before_role(subj, subjects: list):
    """Of two subjects the parser gave one verb in "Quispe, the seismologist, said", the name: the role between
    commas is its appositive, not a second speaker."""
    doc = subj.doc
    for name in subjects:
        if (
            name.i < subj.i
            and name.pos_ == "PROPN"
            and subj.pos_ == "NOUN"
            and doc[name.i + 1].text == ","
            and subj.left_edge.i == name.i + 2
        ):
            return name
    return subj


def subject_of(verb, depth: int = 0):
    """The head token of the verb's speaker phrase, or None."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and not _across_paragraph(c, verb)]
    if subjects:
        c = min(subjects, key=lambda s: abs(s.i - verb.i))
        return _named_before_role(c, subjects)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":  # "X was quoted as saying"
        passive = [c for c in verb.head.head.children if c.dep_ == "nsubjpass"]
        if passive:
            return passive[0]
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    for c in verb.children:
        if c.dep_ == "agent":  # "was told by X": the teller is not the subject
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    if depth < 3 and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        return _subject_above(verb, depth)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "a statement saying": the statement speaks ...
        noun = verb.head
        if noun.dep_ == "dobj":  # ... unless someone issued it: "the council issued a statement calling ..."
            issuer = [c for c in noun.head.children if c.dep_ == "nsubj"]
            if issuer:
                return issuer[0]
        return noun
    return None


def _subject_above(verb, depth: int):
    """The subject of a verb with none of its own, from the verb it hangs on: "said ... and urged", "..., saying"."""
    if verb.dep_ == "advcl" and verb.tag_ != "VBG":  # "..., saying"; not "when he said"
        return None
    if verb.dep_ == "xcomp":  # "the flood prompted both parties to promise": the object is who promises
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and names_someone(obj):
            return obj
    if verb.dep_ == "advcl" and verb.head.dep_ == "acl" and verb.head.tag_ in ("VBN", "VBD"):
        # "rejected the request, filed in May, ruling that S": the parser hung the participle on the one that
        # describes the object; the subject is the clause's that holds the object
        clause = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return subject_of(clause, depth + 1) if clause is not None else None
    return subject_of(verb.head.head if spoken_beside_report(verb) else verb.head, depth + 1)  # "said .. and urged"


def _inverted_subject(verb):
    """'"...," said O'Neill': a name right after a verb that follows a quotation, parsed as its object."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or verb.tag_ == "VBG":  # "..., citing a threat": its object
        return None
    before = doc[verb.i - 1]
    if not (before.is_quote or before.text in (",", "—", "–")):
        return None
    nxt = doc[verb.i + 1]
    head = nxt
    while head.head.i > head.i and head.head.i <= verb.i + 6 and head.head.i != verb.i:
        head = head.head
    if (
        head.head.i == verb.i
        and head.pos_ in ("PROPN", "NOUN")
        and head.dep_ not in ("prep", "advmod", "npadvmod")
    ):
        return head
    return None


def _across_paragraph(a, b) -> bool:
    """A paragraph break between tokens a and b (the parser sometimes joins a heading to the next line)."""
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text or "\n" in t.whitespace_ for t in a.doc[lo:hi])


def make_cue(tok) -> Cue | None:
    """A Cue for a speech verb or a source preposition at ``tok``, else None."""
    if is_cue_verb(tok):
        return Cue(tok, _cue_text(tok), tok.idx, tok.idx + len(tok), subject_of(tok))
    words = source_words(tok)
    if words:
        last = tok.doc[tok.i + len(words) - 1]
        src = source_prep(tok)
        return Cue(tok, doc_text(tok.doc)[tok.idx : last.idx + len(last)], tok.idx, last.idx + len(last), src)
    return None


def source_words(tok) -> tuple[str, ...] | None:
    """The source phrase ("according to") starting at ``tok``, or None."""
    lx = lexicon()
    if tok.lower_ not in lx.source_firsts:
        return None
    for words in lx.source_preps:
        toks = tok.doc[tok.i : tok.i + len(words)]
        if len(toks) == len(words) and tuple(t.lower_ for t in toks) == words:
            return words
    return None


def _cue_text(tok) -> str:
    return tok.text


class Resolver:
    """Resolves speaker phrases to entities, remembering recent speakers for unresolved pronouns."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.recent: list[tuple[int, Speaker]] = []  # (char offset, speaker), in text order
        self.gender: dict[str, str] = {}  # speaker key -> "m"/"f", from the pronouns used for them

    def remember(self, at: int, speaker: Speaker | None) -> None:
        if speaker is not None and (speaker.entity or speaker.name):
            self.recent.append((at, speaker))

    def _entity(self, start: int, end: int):
        return self.ctx.entity_at(start, end) if self.ctx.entities else None

    def resolve(self, head) -> Speaker | None:
        """The Speaker for the phrase headed by token ``head``; None if it names no real source."""
        if head is None:
            return None
        low = head.lower_
        if low in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":  # "an architect who said": the architect
            sp = self.resolve(head.head.head)
            return replace(sp, start=head.idx, end=head.idx + len(head)) if sp else None
        start, end = phrase_span(head)
        if low in VAGUE:  # "Some say", "many of whom say", "one of the doctors": the phrase itself, no entity
            group = [g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if (group and not names_someone(group[0])) or (low == "one" and not group):
                return None  # "many of the deaths", a generic "one should"
            return Speaker(None, doc_text(head.doc)[start:end], start, end, False)
        if low in FIRST_PERSON:  # outside quotation marks, the writer (an op-ed, a letter): named by the word
            return Speaker(None, head.text, head.idx, head.idx + len(head), low == "i")
        if head.pos_ == "PRON" or low in PRONOUNS_PERSON | PRONOUNS_THING | PRONOUNS_GROUP:
            sp = self._pronoun(head)
            if sp is None and low == "we":  # no group spoke before: the writer and the readers, or the paper
                return Speaker(None, head.text, head.idx, head.idx + len(head), False)
            return sp
        if low in NOT_SOURCES or not any(ch.isalpha() for ch in head.text):
            return None
        if antecedents.pronoun_spokes(head):
            return self._spokes(head, start, end)
        ent = self._described(head, start, end)
        text = doc_text(head.doc)[start:end]
        if ent is not None:
            return _of(ent, start, end)
        person = (
            head.ent_type_ == "PERSON"
            or (head.pos_ == "PROPN" and head.ent_type_ not in ("ORG", "GPE", "NORP") and not _body_word(head))
            or _one_person(head)
        )
        span = head.doc.char_span(start, end, alignment_mode="expand")
        country, sector = antecedents.describe(span, self.ctx) if span is not None else (None, None)
        return Speaker(None, text, start, end, person, country, sector)

    def _described(self, head, start: int, end: int):
        """The entity a speaker phrase names: an apposition's name, the phrase's own mention (never its
        possessor's, see ``antecedents``), else the one holder of the role it describes; None if none."""
        if not self.ctx.entities:
            return None
        if head.pos_ == "NOUN":
            named = antecedents.appositive(self.ctx, head)
            if named is not None:  # "Her Ugandan counterpart, Peter Okello, said"
                return named
        owner, owner_span = antecedents.possessor(self.ctx, head)
        ent = self._entity_of(head, start, end)
        if ent is not None and antecedents.only_in(ent, owner_span, start, end) and not antecedents.speaks_for(head, ent):
            ent = None  # "her deputy" is not her
        if ent is None and head.pos_ == "NOUN" and head.tag_ == "NN" and _definite(head):
            ent = antecedents.role_holder(self.ctx, head, start, owner)
        return ent

    def _spokes(self, head, start: int, end: int) -> Speaker:
        """"Its spokesman": the body that is the subject just before (``antecedents.body_before``), its entity
        or, for a body the entity pass did not name ("Pakistan's army"), the phrase with the body's country and
        sector; with no such body, the phrase alone (no country: the pronoun's referent is not known)."""
        text = doc_text(head.doc)[start:end]
        body = antecedents.body_before(self.ctx, head)
        if body is None:
            return Speaker(None, text, start, end, _one_person(head))
        ent = self._entity(body.idx, body.idx + len(body))
        if ent is not None:
            return _of(ent, start, end)
        b_start, b_end = phrase_span(body)
        span = head.doc.char_span(b_start, b_end, alignment_mode="expand")
        country, sector = antecedents.describe(span, self.ctx) if span is not None else (None, None)
        return Speaker(None, text, start, end, False, country, sector)

    def _entity_of(self, head, start: int, end: int):
        """The entity the phrase ``text[start:end]`` headed by ``head`` names: the head's own mention, else
        the name a title introduces, the core of a name, or a conjunct's mention; None if none."""
        ent = self._entity(head.idx, head.idx + len(head))
        if ent is None and _is_title(head):
            ent = self._entity(start, end)  # the name the title introduces: its mention ends the phrase
            if ent is not None and ent.type in ("GPE", "LOC", "NORP"):
                ent = None  # "the California congressman" is not California
        if ent is None and head.pos_ == "PROPN":
            ent = self._entity(*_name_core(head))
        if ent is None:
            for conj in head.conjuncts:
                ent = self._entity(conj.idx, conj.idx + len(conj))
                if ent is not None:
                    break
        return ent

    def label(self, start: int, end: int) -> Speaker:
        """The speaker of a transcript line labelled ``text[start:end]`` ("WALLACE", "Pat Caddell")."""
        label = doc_text(self.ctx.doc)[start:end]
        ent = self._entity(start, end)
        if ent is None:
            low = label.lower()
            ent = next(
                (
                    e
                    for e in self.ctx.entities
                    if e.type == "PERSON"
                    and (e.name.lower() == low or e.name.lower().split()[-1] == low.split()[-1])
                ),
                None,
            )
        if ent is not None:
            return _of(ent, start, end)
        return Speaker(None, label, start, end, True)

    def _pronoun(self, head) -> Speaker | None:
        """A pronoun subject of a speech cue. News convention: "he said" refers to the source quoted just
        before. So a recent compatible speaker (within RECENT characters) wins; the entity pass's referent is
        taken when it is one of the recent speakers, or when there is no recent speaker at all."""
        start, end = head.idx, head.idx + len(head)
        ent = self._entity(start, end)
        low = head.lower_
        gender = GENDER.get(low)
        recent_at = [
            (at, sp)
            for at, sp in reversed(self.recent)
            if at < start
            and start - at <= RECENT
            and _fits(low, sp)
            and self.gender.get(_key(sp), gender) == gender
        ]
        recent = [sp for _, sp in recent_at]
        if ent is not None and any(sp.entity == ent.id for sp in recent[:3]):
            return self._gendered(_of(ent, start, end), gender)
        if ent is not None and recent_at:
            named_at = max(
                (m.start for m in ent.mentions if m.kind == "name" and m.start < start), default=-1
            )
            if named_at > recent_at[0][0]:
                # someone else was named after the last speaker ("... Tinubu visited Maiduguri. He promised")
                return self._gendered(_of(ent, start, end), gender)
        if recent:
            sp = recent[0]
            return self._gendered(replace(sp, start=start, end=end), gender)
        if ent is not None:
            return _of(ent, start, end)
        if low in PRONOUNS_PERSON:  # no entity pass or no referent from it: the person named just before
            named = self._person_before(start)
            if named is not None:
                return replace(named, start=start, end=end, person=True)
        return None

    def _gendered(self, sp: Speaker, gender: str | None) -> Speaker:
        """Remember that ``sp`` was called "he" or "she", so the other pronoun is not given to them."""
        if gender is not None:
            self.gender.setdefault(_key(sp), gender)
        return sp

    def _person_before(self, at: int) -> Speaker | None:
        doc = self.ctx.doc
        people = [
            e for e in doc.ents if e.label_ == "PERSON" and e.end_char <= at and at - e.end_char <= RECENT
        ]
        if not people:
            return None
        last = people[-1]
        ent = self._entity(last.start_char, last.end_char)
        if ent is not None:
            return _of(ent, last.start_char, last.end_char)
        return Speaker(None, last.text, last.start_char, last.end_char, True)


RECENT = 800


def _of(ent, start: int | None, end: int | None) -> Speaker:
    """The Speaker for entity ``ent`` named at ``[start, end)``, with its country and sector."""
    return Speaker(ent.id, ent.name, start, end, ent.type == "PERSON", ent.country, ent.sector)
GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


def _key(sp: Speaker) -> str:
    return sp.entity or (sp.name or "").lower()


def _fits(pronoun: str, sp: Speaker) -> bool:
    if pronoun in PRONOUNS_PERSON:
        return sp.person
    if pronoun in PRONOUNS_THING | PRONOUNS_GROUP:
        return not sp.person
    return False
