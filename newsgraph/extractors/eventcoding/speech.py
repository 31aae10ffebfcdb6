"""Reported speech: who reports an event (its source), statements that are acts in themselves (criticism or
praise in what someone said: ACCUSE / SUPPORT), and demands made by saying what another must do (REQUEST)."""

from __future__ import annotations

from ...model import Event, Mention, Span
from .actorcode import code, code_all, is_actorlike
from .animacy import animate
from .arguments import names_no_party, subject
from .dating import date_of
from .lexicon import Lexicon, word_class
from .status import status as status_of
from .triggers import is_passive, lemma, object_class


def speaker_source(anchor, ctx, lex: Lexicon) -> str | None:
    """The entity id of whoever reports this event, when it is the content of a reporting verb."""
    tok = anchor
    for _ in range(6):
        if tok.dep_ == "ccomp" and lex.role(lemma(tok.head), "speech"):
            for s in subject(tok.head):
                ent = ctx.entity_at(s.idx, s.idx + len(s.text))
                if ent is not None:
                    return ent.id
            return None
        if tok.head == tok or tok.dep_ not in ("conj", "xcomp", "advcl", "ccomp"):
            return None
        tok = tok.head
    return None


def quote_source(start: int, ctx) -> str | None:
    for q in ctx.quotes:
        if q.start <= start < q.end and q.speaker:
            return q.speaker
    return None


OBLIGATION = {"must", "should"}
# nouns of a message a verb delivers ("sent a stern reminder to Belgrade that it must withdraw", "sent a warning
# that the army must withdraw"): the message's "that" clause is said by the verb's subject
MESSAGES = {"reminder", "warning", "message", "statement", "letter", "note", "ultimatum", "appeal", "declaration"}


def _contents(verb, lex: Lexicon) -> list:
    """The clauses a verb of saying says, or that the message it delivers says."""
    word = lemma(verb)
    kids = list(verb.children)
    out = [c for c in kids if c.dep_ == "ccomp"] if lex.role(word, "speech") or word in ("declare", "warn") else []
    for obj in kids:
        if obj.dep_ == "dobj" and obj.lower_.rstrip("s") in MESSAGES:
            out += [c for c in obj.children if c.dep_ in ("acl", "ccomp")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return out


def obligations(ctx, sent, lex: Lexicon, busy: set[int]) -> list[Event]:
    """'X said Y must release the prisoners': a demand by X on Y (REQUEST). Not when the saying is part of an
    event already coded ("staged rallies, saying he must resign": the protest's topic)."""
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in busy or (verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i in busy):
            continue
        for comp in _contents(verb, lex):
            if not any(a.dep_ == "aux" and a.lower_ in OBLIGATION for a in comp.children):
                continue
            if any(t.lower_ in ("i", "we") for t in subject(comp)):
                continue  # "I must tell you", "we must act": the speaker's own duty, no demand on anyone
            if _no_one_bound(comp, lex):
                continue
            speakers = [a for a in code_all(subject(verb), ctx, "actor") if is_actorlike(a)]
            if not speakers:
                continue
            targets = [a for a in code_all(subject(comp), ctx, "recipient") if is_actorlike(a)]
            date, precision = date_of(ctx.times, ctx.doc, verb, verb, sent, ctx.article.date)
            out.append(
                Event(
                    id="",
                    type="REQUEST",
                    mode=None,
                    cameo="100",
                    actor=speakers[0],
                    recipient=targets[0] if targets else None,
                    date=date,
                    date_precision=precision,
                    location=None,
                    status="occurred",
                    trigger=Mention(verb.idx, verb.idx + len(verb.text), verb.text, "trigger"),
                    sentence=Span(sent.start_char, sent.end_char),
                    confidence=0.6,
                    co_actors=tuple(speakers[1:]),
                    co_recipients=tuple(targets[1:]),
                )
            )
    return out


# the public at large, whom advice addresses and no demand binds ("people should avoid travel", "residents should stay
# indoors"), and here an audience of buyers, users or travellers ("buyers should try again tomorrow"). Not students,
# drivers or workers: a group that is a party to a dispute is bound ("students should end their boycott").
PUBLIC = word_class("public_noun") | {
    "buyer", "customer", "shopper", "reader", "viewer", "listener", "parent", "investor", "taxpayer", "user",
    "passenger", "traveler", "traveller", "homeowner", "patient"}


def _no_one_bound(comp, lex: Lexicon) -> bool:
    """"the debate performance should lift his poll numbers", "consumers should expect higher bills", "buyers should
    try again tomorrow", "people should change the law": a forecast about a thing or advice to the public, no demand
    on an actor. A thing that should be done to ("the footage should be released") is a demand on whoever holds it."""
    if is_passive(comp):
        return False
    subj = subject(comp)
    return bool(subj) and all(lemma(s) in PUBLIC or not animate(s, lex) for s in subj)


def _evaluative(tok, lex: Lexicon) -> bool:
    """An evaluative word that judges someone's act: a noun or verb ("violation", "kidnapped"), or an adjective
    said of an act ("a dangerous step", "is unacceptable"), not one that classifies ("illegal aliens")."""
    key = _evaluation_key(tok, lex)
    if key is None:
        return False
    if key != lemma(tok) or tok.pos_ != "ADJ":
        return True  # a predicate about something ("was deeply troubled by"), or a noun or verb
    if tok.dep_ in ("acomp", "attr", "oprd"):
        return True
    head = tok.head
    return lemma(head) in lex.evaluation or bool(object_class(head, lex) & {"abstract", "policy"})


def _evaluation_key(tok, lex: Lexicon) -> str | None:
    """The lexicon entry for a token: its lemma, or for a predicate participle its own form ("was deeply
    troubled", "is concerned", which spaCy lemmatises to the verb)."""
    if lemma(tok) in lex.evaluation:
        return lemma(tok)
    idiom = _refusal_idiom(tok) if tok.lower_ in ("question", "table") else None
    if idiom in lex.evaluation:
        return idiom
    predicate = tok.dep_ in ("acomp", "attr", "oprd") or (
        tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)
    )
    # the speaker's own feeling ("said it was troubled"), not someone else's ("said farmers were concerned")
    own = any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON"
        for c in (tok.head if tok.dep_ == "acomp" else tok).children
    )
    if (
        tok.lower_ in lex.evaluation
        and predicate
        and own
        and any(
            p.dep_ in ("prep", "agent") and p.lower_ in ("by", "about", "over", "at", "with")
            for p in tok.children
        )
    ):
        return tok.lower_  # about something: not "concerned that prices could rise"
    return None


def _refusal_idiom(tok) -> str | None:
    """"lifting the embargo is out of the question", "talks are off the table": the speaker rules an act out."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.i == tok.i:
        return None
    if prep.lower_ == "of" and prep.head.lower_ == "out" and tok.lower_ == "question":
        return "out of the question"
    if prep.lower_ == "off" and tok.lower_ == "table":
        return "off the table"
    return None


def evaluations(ctx, sent, lex: Lexicon, taken: set[int], covered: set[int]) -> list[Event]:
    """A speaker whose reported content criticises (or praises) someone: ACCUSE (SUPPORT) by the speaker."""
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or not lex.role(lemma(verb), "speech"):
            continue
        speakers = [a for a in code_all(subject(verb), ctx, "actor") if is_actorlike(a)]
        if not speakers:
            continue
        content = [t for c in verb.children if c.dep_ in ("ccomp", "dobj", "oprd") for t in c.subtree]
        for q in ctx.quotes:
            if q.cue_start is not None and verb.idx <= q.cue_start < verb.idx + len(verb.text):
                span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
                content.extend(span or ())
        hit = next(
            (
                t
                for t in content
                if _evaluative(t, lex) and t.idx not in taken and t.i not in covered and _asserted(t, verb)
            ),
            None,
        )
        if hit is None:
            continue
        key = _evaluation_key(hit, lex)
        if key is None:  # never: ``_evaluative`` chose the word by its key
            continue
        type_, mode, cameo = lex.evaluation[key]
        speaker = speakers[0]
        target = None
        for tok in content:
            if tok.pos_ in ("PROPN", "NOUN", "PRON") and tok.dep_ not in ("compound",):
                if names_no_party(tok):
                    continue  # "a flagrant disregard of the United States' obligations": who acts comes later
                coded = code(tok, ctx, "recipient")
                if coded is not None and (coded.entity or coded.country) and coded.entity != speaker.entity:
                    if coded.country != speaker.country or coded.entity:
                        target = coded
                        break
        st = status_of(verb, verb, lex)
        date, precision = date_of(ctx.times, ctx.doc, verb, verb, sent, ctx.article.date)
        out.append(
            Event(
                id="",
                type=type_,
                mode=mode,
                cameo=cameo,
                actor=speaker,
                recipient=target,
                date=date,
                date_precision=precision,
                location=None,
                status=st,
                trigger=Mention(hit.idx, hit.idx + len(hit.text), hit.text, "trigger"),
                sentence=Span(sent.start_char, sent.end_char),
                confidence=0.6,
            )
        )
    return out


def _asserted(tok, verb) -> bool:
    """No conditional or modal between an evaluative word and the reporting verb ("if these practices violate")."""
    from .status import CONDITIONAL_MARKS, HYPOTHETICAL

    while tok != verb and tok.head != tok:
        kids = list(tok.children)
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids):
            return False
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in kids):
            return False
        tok = tok.head
    return True
