"""Indirect quotes: reported speech without quotation marks, read off the dependency parse.

Patterns (the cue is a speech or stance verb of the lexicon, outside any quotation):
- ``X said (that) S`` / ``X told AFP (that) S`` / ``X warned S``: S is the verb's clausal complement;
- ``S, X said``: the parser makes S the complement too, or hangs "said" on S as parataxis;
- ``X accuses Y of Z`` / ``X blamed Y for Z`` / ``X called for Z``: Z is the object of "of"/"for";
- ``according to X, S`` (and the other source phrases of ``speech_cues.tsv``): S is the clause it modifies.
- stated aims and positions ("X plans to S", "X backs S"), only in the writer's own clause;
- stances held or voiced without a speech verb ("raised questions about S", "is confident that S", "In the
  latest poll, S"): see ``stances``.
A complement that contains a direct quote is left to the direct pass (a mixed quote).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from newsgraph.spacy_util import RELATIVE_PRONOUNS, closed_by_semicolon, doc_text, spoken_beside_report

from . import stances
from .fronted import fronted_content, timed
from .lexicon import INDIRECT_CLASSES, lexicon
from .marks import Spans
from .speakers import (
    Cue,
    _across_paragraph,
    in_own_clause,
    is_cue_verb,
    make_cue,
    names_someone,
    source_prep,
    subject_of,
)
from .verbs import (
    ADDRESSEE_OBJECT,
    COMMITTING,
    OBJECT_CLASSES,
    PREP_CONTENT,
    REMOVING,
    REQUESTS_AND_OFFERS,
    SHOWN_OBJECT,
    TARGET_OBJECT,
    THING_OBJECT,
    TURNING_DOWN,
    XCOMP_CONTENT,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _shown_by_evidence(verb) -> bool:
    """The subject of "show" is evidence (a poll, a video), not someone showing a thing ("relatives showed
    video of the shooting", "supporters show signs of enthusiasm")."""
    if any(c.dep_ == "dative" for c in verb.children):  # "showed the tourists the harbour": a thing shown
        return False
    subject = subject_of(verb)
    return subject is not None and not names_someone(subject) and subject.lower_ not in ("who", "that")


@dataclass
class IndirectCandidate:
    start: int
    end: int
    cue: Cue


def _trim(tokens, cue_at: int | None = None) -> tuple[int, int] | None:
    """The character span of the content tokens without edge punctuation; a leading "that", "whether" or "if"
    goes when the content follows its cue ("asked if S"), and stays when it comes first ("If S1, S2, X said": the
    condition is part of what was said)."""
    toks = list(tokens)
    while toks and (
        toks[0].is_punct
        or toks[0].is_space
        or toks[0].dep_ == "mark"
        and toks[0].lower_ in ("that", "whether", "if")
        and (cue_at is None or toks[0].i > cue_at)
    ):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in ")%":  # "to 15%"
        toks.pop()
    if sum(1 for t in toks if t.is_alpha) < 2 and not any(t.pos_ in ("NOUN", "PROPN") for t in toks):
        return None  # "said so", "said it"; but "called for calm" is a content
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _complement(verb):
    """Tokens of the content for a speech verb, or None: the first of the constructions below that fits."""
    lemma = lexicon().lemma(verb)
    for find in (_clause_content, _noun_clause_content, _prep_content, _object_content):
        found = find(verb, lemma)
        if found is not None:
            return found
    return fronted_content(verb)


def _clause_content(verb, lemma):
    """The clause after the verb when there is one ("...; the team says she'll continue")."""
    takes_xcomp = lemma in XCOMP_CONTENT or lexicon().verb_class(lemma) == "intent"
    if lemma in COMMITTING and not in_own_clause(verb) and not spoken_beside_report(verb):
        # "officials say X refused to share the data"; but "said S and offered to train" is the speaker's own
        takes_xcomp = False
    clauses = [
        c
        for c in verb.children
        if (c.dep_ == "ccomp" or (c.dep_ == "xcomp" and takes_xcomp)) and _clause_here(c, verb) and not timed(c)
        and not closed_by_semicolon(c, verb)
    ]
    if clauses:
        after = [c for c in clauses if c.i > verb.i]
        clause = (after or clauses)[0]
        if verb.dep_ == "relcl" and _object_gap(verb, clause):
            return []  # "the law, which the president said he would veto": no statement of its own in the text
        toks = _without_own_acts(clause)
        if verb.dep_ == "relcl":  # "a meeting, which diplomats said could take place": what follows the cue
            toks = [t for t in toks if t.i > verb.i]
        return toks
    return None


def _object_gap(verb, clause) -> bool:
    """A relative clause whose relative pronoun is an object in the clause it reports ("the law, which the
    president said he would veto"): the clause has a subject of its own, so the pronoun fills a gap after it,
    and what follows the cue ("he would veto") is a fragment whose object is the antecedent, which lies before
    the cue and cannot be joined to it in one span of the text (SPEC 2: content is one span; PolNeAR's annotators
    mark the pronoun and the clause as two pieces, so dev loses these two-piece matches). A subject gap ("the
    deal, which officials said was worth $4 billion") reports a predicate about the antecedent, which PolNeAR
    marks as the content alone; a pronoun after a preposition ("the fund, to which officials said donors gave")
    is an adjunct, not a gap."""
    rel = verb.left_edge
    if rel.lower_ not in RELATIVE_PRONOUNS or rel.tag_ not in ("WDT", "WP"):
        return False

    def subject(v) -> bool:  # a subject of its own, not the pronoun ("a farmer who said he was never paid")
        return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != rel.i for c in v.children)

    return subject(verb) and subject(clause)


def _without_own_acts(clause) -> list:
    """The reported clause up to an act of the speaker's own joined to it ("said the talks had failed and urged")."""
    own = [c.left_edge.i for c in clause.children if spoken_beside_report(c)]
    toks = [t for t in clause.subtree if not own or t.i < min(own)]
    while toks and toks[-1].dep_ == "cc":
        toks.pop()
    return toks


def _noun_clause_content(verb, lemma):
    """"said in a statement that S", "told a meeting that S" (S hung on the noun)."""
    for c in verb.children:
        if c.dep_ in ("prep", "dobj", "dative"):
            for obj in (
                g for g in ([c] if c.dep_ != "prep" else c.children) if g.dep_ in ("pobj", "dobj", "dative")
            ):
                if lemma in TURNING_DOWN and obj.lemma_.lower() in REQUESTS_AND_OFFERS:
                    continue  # "rejected the company's demand that S": S is what the company asked, not said here
                for clause in obj.children:
                    if clause.dep_ in ("acl", "ccomp") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
                    ):
                        return list(clause.subtree)
    return None


def _prep_content(verb, lemma):
    """"accuses them of Z"; the parser may hang "of Z" on the object ("accuses the rebels of Z")."""
    want = PREP_CONTENT.get(lemma, ())
    if not want:
        return None
    near = list(verb.children) + [g for c in verb.children if c.dep_ == "dobj" for g in c.children]
    for c in near:
        if c.dep_ == "prep" and c.lower_ in want:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:  # "accused them of X and of Y": both charges
                more = [t for g in c.children if g.dep_ == "conj" and g.lower_ == c.lower_ for t in g.subtree]
                return list(objs[0].subtree) + more
    return None


# "estimated losses at 2 million euros a day", "put the toll at 23": the figure is what was said
VALUING = {"estimate", "put", "value", "peg", "place", "assess", "calculate"}


def _object_content(verb, lemma):
    """The object as content for verbs whose object is what was said ("repeated his claim that S": the
    noun's; "called the charges fabricated", "described the plan as a disaster", "show him with a lead")."""
    objs = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.i > verb.i
        and c.pos_ != "PRON"
        and not (c.lower_ in lexicon().nouns and _that_clause(c))
    ]
    labelled = any(c.dep_ == "oprd" for c in verb.children)  # "called the charges fabricated"
    if not (
        objs
        and (
            lexicon().verb_class(lemma) in OBJECT_CLASSES
            or (lemma in SHOWN_OBJECT and (_shown_by_evidence(verb) or labelled))
        )
        and lemma not in THING_OBJECT
        and not (lemma in REMOVING and names_someone(objs[0]))
        and not (lemma in TURNING_DOWN and objs[0].lemma_.lower() in REQUESTS_AND_OFFERS)
        and (
            lemma not in ADDRESSEE_OBJECT
            or labelled
            or (lemma in TARGET_OBJECT and not names_someone(objs[0]) and in_own_clause(verb))
        )
    ):
        return None
    more = [
        c
        for c in verb.children
        if (
            c.dep_ in ("oprd", "xcomp", "ccomp")
            or (c.dep_ == "prep" and (c.lower_ == "as" or (c.lower_ == "with" and lemma in SHOWN_OBJECT)
                                       or (c.lower_ == "at" and lemma in VALUING)))
        )
        and c.i > objs[0].i
    ]
    return [t for c in objs + more for t in c.subtree]


def _clause_here(clause, verb) -> bool:
    """The clause has a verb in the cue's paragraph: a headline's verb the parser joined to the story's first
    sentence ("Rescuers find survivors / Rescuers pulled ...") has no content of its own."""
    if not _across_paragraph(clause, verb):
        return True
    return any(t.pos_ in ("VERB", "AUX") for t in _same_paragraph(list(clause.subtree), verb))


def _that_clause(noun):
    """The that-clause of a statement noun ("the claim that S", "concern that S"), or None."""
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return list(c.subtree)
    return None


def _noun_speaker(noun):
    """Whose statement: "Trump's claim" -> Trump; "officials voiced concern that" -> officials."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return None


def _drop_aside(tokens):
    """Without a trailing non-restrictive relative clause (", which it has designated ..."): the reporter's
    aside, not part of what was reported."""
    if not tokens:
        return tokens
    ids = {t.i for t in tokens}
    last = max(ids)
    for t in tokens:
        if t.dep_ == "relcl" and t.right_edge.i == last:
            first = t.left_edge.i
            doc = t.doc
            if (
                first > 0
                and doc[first - 1].text == ","
                and doc[first].lower_ in ("which", "who", "whom", "whose")
            ):
                return [x for x in tokens if x.i < first - 1]
    return _drop_dash_aside(tokens)


DASHES = ("--", "—", "–")


def _drop_dash_aside(tokens):
    """Without a trailing aside after a dash that has an attribution of its own ("... in the election --
    meddling the congressman said had a purpose"): that is another statement."""
    for k, t in enumerate(tokens):
        if t.text in DASHES and any(is_cue_verb(x) for x in tokens[k + 1 :]):
            return tokens[:k]
    return tokens


def _same_paragraph(tokens, cue):
    """The tokens of ``tokens`` in the cue's paragraph (the parser sometimes joins paragraphs)."""
    doc = cue.doc
    text = doc_text(doc)
    lo = text.rfind("\n", 0, cue.idx) + 1
    hi = text.find("\n", cue.idx)
    hi = len(text) if hi < 0 else hi
    return [t for t in tokens if lo <= t.idx < hi]


def _according(tok, src):
    """Content of "according to X, S": the clause the phrase modifies, without the phrase."""
    head = tok.head
    while (
        head.dep_ not in ("ROOT", "ccomp", "conj")
        and head.head.i != head.i
        and head.pos_ not in ("VERB", "AUX")
    ):
        head = head.head
    sent = tok.sent
    phrase = set(t.i for t in tok.subtree)
    toks = [t for t in head.subtree if t.i not in phrase and sent.start <= t.i < sent.end]
    return toks


_Found: TypeAlias = tuple[Cue | None, list | None]  # (cue, content tokens); a None: nothing reported here


def _word_cue(tok: Token, speaker: Token | None) -> Cue:
    return Cue(tok, tok.text, tok.idx, tok.idx + len(tok), speaker)


def _by_source(tok: Token) -> _Found | None:
    """"according to X, S" and the other source phrases of the lexicon."""
    src = source_prep(tok)
    return None if src is None else (make_cue(tok), _according(tok, src))


def _in_document(tok: Token) -> _Found | None:
    """"In the latest poll, S", "in his view, S"."""
    if not (tok.lower_ == "in" and tok.dep_ == "prep"):
        return None
    speaker = stances.in_document(tok)
    if speaker is None:
        return None, None
    content = _according(tok, speaker)
    if speaker.dep_ == "nsubj":  # the subject speaks: the rest of its clause is what it said
        content = [t for t in content if t.i > speaker.right_edge.i]
    return _word_cue(tok, speaker), content


def _stance_noun(tok: Token) -> _Found | None:
    """"the claim that S", "a newspaper report that S", "raised questions about S"."""
    if not (tok.pos_ == "NOUN" and tok.lower_ in lexicon().nouns):
        return None
    content = _that_clause(tok)
    speaker = _noun_speaker(tok)
    if speaker is None and tok.lower_ in lexicon().documents:
        speaker = tok  # "a newspaper report that S": the report says S
    if content is None:  # "raised questions about S", "the union's criticism of S"
        content, speaker = stances.noun_object(tok)
    return (None if content is None else _word_cue(tok, speaker)), content


def _seen_as(tok: Token) -> _Found | None:
    """"Critics view Y as Z"."""
    if not (tok.pos_ == "VERB" and lexicon().lemma(tok) in lexicon().as_verbs):
        return None
    content = stances.seen_as(tok)
    return (None if content is None else _word_cue(tok, subject_of(tok))), content


def _made(tok: Token) -> _Found | None:
    """"made clear that S", "made the case for S" (not negated)."""
    if not (tok.pos_ == "VERB" and tok.lemma_ == "make" and not _negated(tok)):
        return None
    content = stances.made(tok)
    return (None if content is None else _word_cue(tok, subject_of(tok))), content


def _holder(tok: Token) -> _Found | None:
    """"X is a critic of S"."""
    if not (tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon().holders):
        return None
    content, subject = stances.holder(tok)
    return (None if content is None else _word_cue(tok, subject)), content


def _adjective(tok: Token) -> _Found | None:
    """"X is confident that S"."""
    if not (tok.pos_ == "ADJ" and tok.lower_ in lexicon().adjectives):
        return None
    content, subject = stances.adjective(tok)
    return (None if content is None else _word_cue(tok, subject)), content


def _reporting_verb(tok: Token) -> _Found | None:
    """"X said (that) S"; "did not say when": a negated cue reports no statement."""
    if not (is_cue_verb(tok, INDIRECT_CLASSES) and not _negated(tok)):
        return None
    content = _complement(tok)
    return (None if content is None else make_cue(tok)), content


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


#: The constructions that report a statement, tried in this order; the first whose word fits the token
#: decides (even when it then finds no content), so their order matters where a word fits two.
CONSTRUCTIONS: tuple[Callable[[Token], _Found | None], ...] = (
    _by_source,
    _in_document,
    _stance_noun,
    _seen_as,
    _made,
    _holder,
    _adjective,
    _reporting_verb,
)


def _construction(tok: Token) -> _Found:
    """(cue, content) of the first construction whose word ``tok`` fits, or (None, None)."""
    for rule in CONSTRUCTIONS:
        found = rule(tok)
        if found is not None:
            return found
    return None, None


def find(doc: Doc, quoted: list[tuple[int, int]]) -> list[IndirectCandidate]:
    """Reported speech outside the direct quotes ``quoted``: one candidate per cue with its content span."""
    out: list[IndirectCandidate] = []
    spans = Spans(quoted)
    for tok in doc:
        if spans.overlaps(tok.idx, tok.idx + 1):
            continue
        cue, content = _construction(tok)
        if cue is None or content is None:
            continue
        span = _trim(_drop_aside(_same_paragraph(content, tok)), tok.i)
        if span is None or span[0] <= cue.start < span[1]:
            continue
        if not spans.overlaps(*span):
            out.append(IndirectCandidate(span[0], span[1], cue))
            continue
        for clause in _coordinated_clauses(content):  # 'said the plan was "dead on arrival" and that ...'
            part = _trim(_same_paragraph(clause, tok))
            if part is not None and not spans.overlaps(*part):
                out.append(IndirectCandidate(part[0], part[1], cue))
    return _drop_nested(out)


def _coordinated_clauses(tokens) -> list[list]:
    """The clauses joined to a reported clause by "and that" / "but that": each its own report by the same cue.
    "said the plan was "dead on arrival" and that lawmakers would reject it": the quoted words are a mixed quote,
    the second clause is reported speech all the same."""
    toks = list(tokens)
    ids = {t.i for t in toks}
    return [sorted(c.subtree, key=lambda t: t.i) for t in toks for c in t.children
            if c.dep_ == "conj" and c.i in ids and t.i in ids and t.dep_ == "ccomp"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _drop_nested(cands: list[IndirectCandidate]) -> list[IndirectCandidate]:
    """When one reported clause holds another ("X said Y claimed S"), keep both: they are two attributions.
    Only exact duplicates (same content) are merged, keeping the cue nearer the content."""
    seen: dict[tuple[int, int], IndirectCandidate] = {}
    for c in cands:
        key = (c.start, c.end)
        if key not in seen:
            seen[key] = c
    return sorted(seen.values(), key=lambda c: c.start)


__all__ = ["IndirectCandidate", "find", "lexicon"]
