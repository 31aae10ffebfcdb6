"""Where an act is told, as opposed to where it is reported: the phrases of the verb of saying that reports it, and
the clauses joined to its own with subjects of their own. A place or country named there does not place the act's
actor (``build._placed_actor``). And an earlier description that places a later one (``described_before``)."""

from __future__ import annotations

from .triggers import lemma


def reporting_frame(anchor) -> list[tuple[int, int]]:
    """Character spans of what sets the scene of the words that report an act, not of the act: the phrases and
    clauses of a verb of saying other than its speaker and the clause it reports ("In a report released in London,
    the group said security forces had arrested protesters", "Speaking in Paris, the minister said soldiers had
    killed ten villagers": the forces are not British, the soldiers not French). The speaker's own phrase stays
    ("police in Nairobi said they had arrested ..."); refugees' is not, but is read after the disposer's verdict
    (``told_by_displaced``)."""
    spans: list[tuple[int, int]] = []
    verb = speech_verb(anchor)
    if verb is None:
        return spans
    for child in verb.children:
        if child.i != anchor.i and child.dep_ in ("prep", "advcl", "npadvmod", "advmod") and not (
                child.left_edge.i <= anchor.i <= child.right_edge.i):
            spans.append((child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)))
    return spans


def speech_verb(anchor):
    """The verb of saying whose reported clause holds ``anchor``, or None."""
    from .lexicon import default

    branch = anchor
    for verb in anchor.ancestors:
        if verb.pos_ in ("VERB", "AUX") and branch.dep_ in ("ccomp", "parataxis") and default().role(lemma(verb), "speech"):
            return verb
        branch = verb
    return None


def displaced(tok) -> bool:
    """Refugees, exiles, migrants: people away from where what they tell of happened."""
    from .arguments import classes_of

    return "migrant" in classes_of(tok)


def told_by_displaced(anchor) -> bool:
    """The act is told by refugees or migrants ("refugees told reporters that militiamen had burned their villages")."""
    verb = speech_verb(anchor)
    return verb is not None and any(c.dep_ == "nsubj" and displaced(c) for c in verb.children)


def other_clauses(anchor) -> list[tuple[int, int]]:
    """Character spans of the clauses joined to the act's own that have subjects of their own ("The Global Fund
    pledged 400 million dollars, and India's Serum Institute agreed to supply doses": India places the institute,
    not the fund)."""
    def joined(t) -> bool:
        return t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)

    chain = [anchor, *anchor.ancestors]
    own = next((t for t in chain if joined(t)), None)
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in anchor.sent if joined(t) and t not in chain]
    if own is not None:  # the act is told in a later clause: the clauses before it, up to where its own begins
        first = own.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        spans.append((first.left_edge.idx, own.left_edge.idx))
    return spans


def outside(tokens, spans) -> list:
    """The tokens not inside any of the character spans."""
    return [t for t in tokens if not any(a <= t.idx < b for a, b in spans)]


def described_before(tok, ctx) -> str | None:
    """"Norway's largest hospital group ... The hospital group refused": a definite description repeating the head and
    noun modifiers of an earlier one is the same body, of its country (the nearest such description decides)."""
    from .actorcode import _np_span, _phrase_country

    mods = [c.lower_ for c in tok.children if c.dep_ == "compound"]
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        for t in reversed(tok.doc[: tok.sent.start]):
            if t.pos_ == "NOUN" and t.lemma_ == tok.lemma_ and [c.lower_ for c in t.children if c.dep_ == "compound"] == mods:
                return _phrase_country(_np_span(t), ctx)
    return None


def describes(tok) -> bool:
    """The head of a clause that describes a noun: a relative clause ("who fought in Ukraine") or a participle
    ("a man wanted in Peru", "a group operating in Syria"), not an infinitive naming the noun's act ("an attempt
    to assassinate")."""
    return tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG")
                                   and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def reported_speakers(tok, poss) -> list | None:
    """The subjects of the speech verb whose reported words hold ``tok`` (not the phrase that holds the possessive
    ``poss``: "said its chairman", the chairman is not his own speaker), or None when no speech verb governs it."""
    from .lexicon import default

    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") and default().role(lemma(verb), "speech"):
            return [c for c in verb.children if c.dep_ == "nsubj" and c.i != tok.i
                    and not (c.left_edge.i <= poss.i <= c.right_edge.i)]
        if verb.head == verb:
            return None
        verb = verb.head
    return None
