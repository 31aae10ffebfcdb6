"""Acts about other acts: which candidates are the content of another and so no event of their own.

"threatened to attack" is one THREATEN; "denied sending troops" is a negated MOBILIZE; "staged rallies to demand
reforms" is one PROTEST; "suspended talks" is a SANCTION coded for what it stops; "sent aid in humanitarian aid"
is one AID. Each pass below looks at a candidate's children or a short subtree, so the cost stays linear.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...spacy_util import RELATIVE_PRONOUNS, closed_by_semicolon, to_infinitive
from .lexicon import UNREAL_ROLES, Lexicon, Trigger, word_class
from .senses import POLITICAL_CONTESTS
from .triggers import TRANSPARENT, Candidate, lemma, misattached_conj

# Types whose content (complement clause, object, prepositional object) is what they are about, not a
# separate event: "threatened to attack", "agreed to cooperate", "called for talks", "accused X of killing".
GOVERNING = {"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT", "CONCEDE", "CONSULT"}
CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "pcomp", "acl"}
STOPPING = word_class("stopping_verb")  # lexicons/event_words.tsv
STOPPING_TYPES = {
    "CONSULT": ("SANCTION", "withdraw", "164"), "COOPERATE": ("SANCTION", "discontinue", "160"),
    "AID": ("SANCTION", "discontinue", "162"), "PROTEST": ("COERCE", "restrict", "172"),
}
# Ending one's own hostile act is a concession (PLOVER): "halted the offensive" RETREAT (ending active conflict),
# "ended the crackdown" / "suspended the sanctions" CONCEDE. Only verbs of ending, not "prevented an attack".
ENDING = word_class("ending_verb")  # lexicons/event_words.tsv
ENDING_TYPES = {
    "ASSAULT": ("RETREAT", "ceasefire", "0871"), "COERCE": ("CONCEDE", None, "081"), "SANCTION": ("CONCEDE", None, "085"),
}
# Prepositions that set an act in time or circumstance, not its content: "ordered patrols following the riots"
CIRCUMSTANCE_PREPS = {"after", "before", "during", "since", "following", "amid", "despite", "until", "as", "while"}
NO_EVENT_COMPLEMENTS = word_class("comment_verb") | {"answer", "discuss"}  # lexicons/event_words.tsv
ORDERED_ACTS = ("MOBILIZE", "COERCE", "ASSAULT", "RETREAT")  # "ordered the arrest of", "ordered his release"
UNREAL = word_class("unreal_noun")  # lexicons/event_words.tsv


@dataclass
class Governance:
    """What the passes decided: statuses imposed by a denial, candidates suppressed as content of another, the
    content each governor is about (for its mode and recipient), the noun each verb names its own act by ("sent aid
    in humanitarian aid"), and verbs made events by what they stop."""

    by_token: dict[int, Candidate]
    imposed: dict[int, str] = field(default_factory=dict)
    suppressed: set[int] = field(default_factory=set)
    about: dict[int, Candidate] = field(default_factory=dict)
    same: dict[int, Candidate] = field(default_factory=dict)  # a verb -> the noun naming the same act
    stoppers: set[int] = field(default_factory=set)
    governor: dict[int, int] = field(default_factory=dict)  # a candidate suppressed as content -> its governor
    topics: set[int] = field(default_factory=set)  # demands suppressed as a protest's topic, which still govern


def content_heads(tok) -> list:
    """The heads of what a verb is about: its complement clauses and objects, and the objects of its
    prepositions other than those of time and circumstance."""
    out = []
    for c in tok.children:
        if c.dep_ == "ccomp" and closed_by_semicolon(c, tok):
            continue  # "three were convicted of ...; a fourth was acquitted": two statements, not one's content
        if c.dep_ in CONTENT_DEPS or (c.dep_ == "advcl" and (to_infinitive(c) or _for_clause(c))):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ not in CIRCUMSTANCE_PREPS:
            out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
    return out


def _for_clause(tok) -> bool:
    """"pressed for the rebels to disarm", "pushing for the US support its plan": what is called for."""
    return any(m.dep_ == "mark" and m.lower_ == "for" for m in tok.children)


def _has_subject(tok) -> bool:
    return any(s.dep_ in ("nsubj", "nsubjpass") for s in tok.children)


def govern(cands: list[Candidate], lex: Lexicon) -> Governance:
    """Run the passes in order (each may rely on what the earlier ones suppressed); ``cands`` may grow by a
    verb of stopping made an event of its own."""
    g = Governance(by_token={c.token.i: c for c in cands})
    _protest_topics(cands, g)
    _stopping(cands, g)
    _same_act(cands, g)
    _charges(cands, g, lex)
    _claimed(cands)
    _governors(cands, g, lex)
    return g


def _protest_topics(cands: list[Candidate], g: Governance) -> None:
    """"staged rallies to demand reforms": the demand is the protest's topic (PLOVER); "rioted, setting fire to
    cars": the damage is the riot's; "a hunger strike in protest of": one protest."""
    protests = [c for c in cands if c.entry.type == "PROTEST"]
    for c in protests:
        for child in c.anchor.children:
            _protest_child(child, g)
        if c.nominal and c.token.head.lower_ in ("in", "as") and len(protests) > 1:
            g.suppressed.add(c.token.i)


def _protest_child(child, g: Governance) -> None:
    by = g.by_token
    if misattached_conj(child) is not None:
        return  # "would boycott the vote and called on the president to": the call is the speaker's own act
    if child.dep_ in ("advcl", "conj") and child.i in by and by[child.i].entry.mode == "destroy" and not _has_subject(child):
        g.suppressed.add(child.i)
    if child.dep_ in ("advcl", "xcomp", "acl", "conj") and child.i in by and by[child.i].entry.type == "REQUEST":
        g.suppressed.add(child.i)
        g.topics.add(child.i)
    if child.dep_ in ("advcl", "xcomp", "acl", "prep"):
        # deeper: "rioted, joining others in demanding a vote"; "blocked roads to press their demands": the nouns
        # under a verb of demanding too, which is itself the topic
        for t in child.subtree:
            req = by.get(t.i)
            if req is not None and req.entry.type == "REQUEST" and not _has_subject(req.anchor):
                g.suppressed.add(t.i)
                g.topics.add(t.i)


def _stopping_verb(c: Candidate):
    """The verb of stopping whose object the candidate is ("ended mediation efforts"), or None."""
    verb = c.token.head if c.nominal and c.token.dep_ in ("dobj", "nsubjpass") else None
    if c.token.dep_ == "compound" and lemma(c.token.head) in TRANSPARENT and c.token.head.dep_ in ("dobj", "nsubjpass"):
        verb = c.token.head.head
    return verb if verb is not None and lemma(verb) in STOPPING else None


def _stopped_code(c: Candidate, verb) -> tuple[str, str | None, str] | None:
    if c.entry.type == "ASSAULT" and any(k.dep_ in ("amod", "compound") and lemma(k) in POLITICAL_CONTESTS
                                         for k in c.token.children):
        return None  # "ending a seven-year legal battle": a contest of law or politics, no ceasefire
    own = not any(p.dep_ == "poss" and p.pos_ != "PRON" for p in c.token.children)  # not "halted the rebels' offensive"
    own = own and not to_infinitive(verb)  # not "praised efforts to end the war"
    if c.entry.type == "PROTEST" and lemma(verb) in ENDING and _their_own(c.token):
        return "CONCEDE", None, "080"  # "the teachers suspended their walkout": yielding, not a ban by another
    return STOPPING_TYPES.get(c.entry.type) or (ENDING_TYPES.get(c.entry.type) if lemma(verb) in ENDING and own else None)


def _their_own(act) -> bool:
    """The act is the stopper's own, said by a possessive pronoun: "suspended their walkout", "ended its strike"."""
    return any(p.dep_ == "poss" and p.pos_ == "PRON" for p in act.children)


def _stopping(cands: list[Candidate], g: Governance) -> None:
    """"ended mediation efforts", "prevented the demonstration": stopping an act is an act, coded for what it stops."""
    for c in cands:  # the list may grow while walked: a new verb candidate is itself looked at
        verb = _stopping_verb(c)
        stopped = _stopped_code(c, verb) if verb is not None else None
        if not stopped:
            continue
        entry = Trigger((lemma(verb),), "V", *stopped, None)
        if verb.i in g.by_token:  # "suspended talks": the suspension, coded for what it stops
            g.by_token[verb.i].entry = entry
        else:
            g.by_token[verb.i] = Candidate(verb, entry, (), verb, False)
            cands.append(g.by_token[verb.i])
        g.stoppers.add(verb.i)
        g.suppressed.add(c.token.i)
        g.suppressed.update(_purpose_of_stopped(c, g))


def _purpose_of_stopped(c: Candidate, g: Governance) -> list[int]:
    """"prevented the march held by students to protest the decision": the protest the march was for is the
    march stopped, no act of its own (a clause with its own subject stands)."""
    out = []
    for clause in c.token.children:
        if clause.dep_ not in ("acl", "relcl"):
            continue
        for t in clause.subtree:
            other = g.by_token.get(t.i)
            if other is not None and other.entry.type == c.entry.type and not other.nominal and not _has_subject(t):
                out.append(t.i)
    return out


def _same_act(cands: list[Candidate], g: Governance) -> None:
    """"sent 5 million euros in humanitarian aid": the aid is the sending, one event."""
    for verb in cands:
        if verb.nominal or verb.entry.type in GOVERNING:
            continue
        same = [g.by_token[t.i] for h in content_heads(verb.token) for t in h.subtree
                if t.i in g.by_token and t.i != verb.token.i and g.by_token[t.i].nominal
                and g.by_token[t.i].entry.type == verb.entry.type]
        g.suppressed.update(c.token.i for c in same)
        if same:
            g.same[verb.token.i] = same[0]


def _charges(cands: list[Candidate], g: Governance, lex: Lexicon) -> None:
    """"arrested for collaborating with X", "jailed over the protests": the charge, not an event; but an attack
    named in it ("jailed for his part in the grenade attacks") is reported as done, a proposal of its own."""
    for act in cands:
        if act.entry.type in ("COERCE", "SANCTION"):
            for prep in act.anchor.children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "over"):
                    g.suppressed.update(t.i for t in prep.subtree if t.i in g.by_token
                                        and not _done_attack(act.anchor, g.by_token[t.i], lex))


def _governors(cands: list[Candidate], g: Governance, lex: Lexicon) -> None:
    """A speech act or attitude governs the acts in its content: one event, about the content."""
    for gov in cands:
        if gov.entry.type not in GOVERNING or (gov.token.i in g.suppressed and gov.token.i not in g.topics):
            continue  # a protest's demand still governs what it demands ("to demand the resignation of")
        heads = content_heads(gov.token) + (content_heads(gov.anchor) if gov.anchor != gov.token else [])
        heads += _content_on_the_verb(gov)
        apart = {t.i for h in heads for j in h.subtree if misattached_conj(j) is not None or _aside(j) for t in j.subtree}
        inner = [g.by_token[t.i] for h in heads for t in h.subtree
                 if t.i in g.by_token and t.i != gov.token.i and t.i not in apart]
        if _denial(gov, inner, g) or _refusal_to_speak(gov, heads, g) or _order(gov, inner, g) or _joined(gov, heads, inner, g):
            continue
        content = [c.token.i for c in inner if c.token.i not in g.suppressed and not _condemned_act(gov, c, lex)]
        g.suppressed.update(content)
        for i in content:
            g.governor.setdefault(i, gov.token.i)
        if inner:
            g.about[gov.token.i] = inner[0]


def _content_on_the_verb(gov: Candidate) -> list:
    """"repeated its demand on Monday that Turkey ease the restrictions": the parser hangs the noun's "that" clause
    on the verb whose object the noun is; it is the demand's content (the easing has not happened)."""
    if not gov.nominal or gov.token.dep_ != "dobj":
        return []
    return [c for c in gov.token.head.children if c.dep_ == "ccomp" and c.i > gov.token.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _aside(tok) -> bool:
    """A relative clause set off by a comma ("offered $4 billion for Crispo, whose board rejected the offer"): the
    writer's own statement about someone named in the content, not part of what was said or offered."""
    if tok.dep_ != "relcl" or tok.left_edge.i == 0:
        return False
    own_subject = any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in RELATIVE_PRONOUNS for s in tok.children)
    past = tok.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("had", "'d") for a in tok.children)
    if tok.doc[tok.left_edge.i - 1].text != ",":
        # unset, a clause in the past perfect tells what had happened before ("charges against reporters who had
        # been detained"); a simple past is left in the content ("urged them to respect the truce they signed a
        # week ago": told so, the signing joins the story's clusters of signing in the order reports arrive,
        # tests/test_trial_four.py)
        return any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("had", "'d") for a in tok.children)
    # with a subject of its own, not the relative pronoun ("whose board rejected", not "which included a truce"),
    # or a past act of a named party ("thanked the Emirates, which had hosted talks": the hosting is no part of
    # the thanks; not "Hamas, which advocates": what a party stands for)
    return own_subject or (past and tok.head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))


CLAIMING = {"claim", "take", "accept", "admit"}


def _claimed(cands: list[Candidate]) -> None:
    """"the Taliban claimed responsibility for the attack": whoever claims an attack is its author, so the attack
    takes the claim's subject as its actor (no longer a bare noun the disposer must guess at)."""
    for c in cands:
        if not c.nominal or c.entry.type != "ASSAULT" or c.token.dep_ != "pobj" or c.token.head.lower_ != "for":
            continue
        noun = c.token.head.head
        verb = noun.head
        if lemma(noun) in ("responsibility", "credit") and noun.dep_ == "dobj" and lemma(verb) in CLAIMING \
                and not _unclaimed(verb):
            c.anchor = verb


def _unclaimed(verb) -> bool:
    """"no group has claimed", "has not claimed": no one is named as the author."""
    return any(k.dep_ == "neg" for k in verb.children) or any(
        s.dep_ in ("nsubj", "nsubjpass") and (s.lower_ in ("none", "nobody", "noone") or
                                              any(d.dep_ == "det" and d.lower_ == "no" for d in s.children))
        for s in verb.children)


def _done_attack(top, c: Candidate, lex: Lexicon) -> bool:
    """A noun of force under ``top`` told as done: no planning or imagining on the way up ("a plot to bomb")."""
    if not c.nominal or c.entry.type not in ("ASSAULT", "COERCE"):
        return False
    tok = c.token
    for _ in range(8):
        tok = tok.head
        if tok.i == top.i:
            return True
        if lemma(tok) in UNREAL or any(lex.role(lemma(tok), r) for r in UNREAL_ROLES):
            return False
    return False


def _condemned_act(gov: Candidate, c: Candidate, lex: Lexicon) -> bool:
    """"condemned the bombing", "blamed the attack on", "accused him of carrying out the bombing": the act accused
    is reported as done, an event of its own as well as the accusation's content (a noun of force, weighed by the
    disposer as a proposal); not one planned or imagined on the way ("accused them of plotting an attack", "the
    idea of an invasion")."""
    if gov.entry.type != "ACCUSE" or not c.nominal or c.entry.type not in ("ASSAULT", "COERCE"):
        return False
    tok = c.token
    for _ in range(8):
        tok = tok.head
        if tok.i in (gov.token.i, gov.anchor.i):  # "opened an inquiry into the blast": the light verb
            return True
        if lemma(tok) in UNREAL or any(lex.role(lemma(tok), r) for r in UNREAL_ROLES):
            return False
    return False


def _denial(gov: Candidate, inner: list[Candidate], g: Governance) -> bool:
    """"denied sending troops": the sending, negated; the denial is no event of its own."""
    if lemma(gov.token) != "deny" or gov.nominal:
        return False
    verbal = [c for c in inner if not c.bare_noun]
    if not verbal:
        return False
    g.suppressed.add(gov.token.i)
    for c in verbal:
        g.imposed[c.token.i] = "negated"
    return True


def _refusal_to_speak(gov: Candidate, heads: list, g: Governance) -> bool:
    """"declined to comment": no event at all."""
    if lemma(gov.token) in ("refuse", "decline") and any(lemma(h) in NO_EVENT_COMPLEMENTS for h in heads):
        g.suppressed.add(gov.token.i)
        return True
    return False


def _joined(gov: Candidate, heads: list, inner: list[Candidate], g: Governance) -> bool:
    """"attended a rally", "joined the protests": the protest is the act, and whoever attended it protested; what
    the protest is about stays its topic ("a rally against the sanctions")."""
    objects = {h.i for h in heads}
    joined = [c for c in inner if c.token.i in objects]
    if lemma(gov.token) not in ("attend", "join") or not joined or not all(c.entry.type == "PROTEST" for c in joined):
        return False
    g.suppressed.add(gov.token.i)
    g.suppressed.update(c.token.i for c in inner if c not in joined)
    for c in joined:
        if c.bare_noun and c.token.head == gov.token:
            c.anchor = gov.anchor
    return True


def _order(gov: Candidate, inner: list[Candidate], g: Governance) -> bool:
    """"ordered patrols", "ordered the arrest of": the order is the act, and whoever ordered it is the actor."""
    if lemma(gov.token) != "order" or not inner or not all(c.entry.type in ORDERED_ACTS for c in inner):
        return False
    g.suppressed.add(gov.token.i)
    for c in inner:
        if c.bare_noun and c.token.head == gov.token:
            c.anchor = gov.anchor
    return True
