"""Tests the filters and recodes (``rules``) ask of a candidate: is a "help" given by a body, does a politician's
"attack" have a weapon or a place, are the people "mobilized" voters, is a "warning" about a danger or a threat.
Each looks at the trigger's children or a short path, so the cost stays linear in sentence length."""

from __future__ import annotations

from .actorcode import code, through_collective
from .animacy import animate, cause_kind, institutional
from .arguments import subject
from .draft import Draft
from .lexicon import Lexicon
from .triggers import Candidate, is_passive, lemma, match, object_class

SPEECH_ACTS = {"SUPPORT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE"}
# Letting someone in or back is RETREAT/access; letting someone do something else is a CONCEDE (easing a restriction).
ENTRY_VERBS = {"enter", "return", "visit", "land", "pass", "reach", "access", "go", "travel", "come", "cross", "inspect",
               "deliver"}
VERBAL_BLOWS = ("attack", "hit", "slam", "blast", "lash", "savage", "target")
CAMPAIGNED = ("voter", "supporter", "base", "electorate", "volunteer", "donor")
WELCOMED = ("guest", "visitor", "crowd", "audience")


def _person(actor, ctx) -> bool:
    from ... import actors as actor_lexicon

    ent = ctx.entity(actor.entity) if actor.entity else None
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return (ent is not None and ent.type == "PERSON") or (span is not None and span.root.ent_type_ == "PERSON") or (
        actor_lexicon.known_person([actor.name]) is not None  # "Trump" that NER tagged ORG
    )


MEDIA = {"tweet", "twitter", "speech", "interview", "statement", "remark", "comment", "op-ed", "ad", "advertisement",
         "post", "debate", "column", "editorial", "letter", "email", "book", "video", "podcast", "rally", "blog"}


def verbal_attack(c: Candidate, d: Draft, ctx) -> bool:
    """A named politician attacking a person or a plan, with no weapon, place or casualty, or anyone attacking a
    policy or a programme ("the senator attacked the housing programme"): criticism."""
    if lemma(c.token) not in VERBAL_BLOWS or c.entry.mode:
        return False
    if any(p.dep_ == "prep" and (p.lower_ == "as" and any(o.pos_ == "NOUN" for o in p.children) or p.lower_ in ("in", "on")
           and any(o.lemma_.lower() in MEDIA for o in p.children)) for p in c.anchor.children):
        return True  # "attacked his rival as a liar", "attacked the mayor on social media": words (issue 12, general news)
    objs = [o for o in c.anchor.children if o.dep_ == "dobj"]
    if objs and all(_a_policy(o) for o in objs):
        return not any(p.dep_ == "prep" and p.lower_ == "with" for p in c.anchor.children)  # "with rockets"
    actor = d.actors[0] if d.actors else None
    if actor is None or actor.start is None or actor.sector not in ("PTY", "GOV", "LEG", "OPP", None) or not _person(actor, ctx):
        return False
    if any(p.dep_ == "prep" and p.lower_ in ("in", "near", "with", "at") for p in c.anchor.children):
        return False  # "attacked him with a knife", "attacked police in Gaza"
    return not any(r.entity and ctx.entity(r.entity) is not None and ctx.entity(r.entity).type in ("GPE", "LOC", "FAC")
                   for r in d.recipients)


POLICIES = {"program", "programme", "strategy", "initiative", "approach", "idea", "statement", "remark", "comment",
            "speech", "ruling", "stance", "view", "rhetoric", "policy", "plan", "proposal"}


def _a_policy(obj) -> bool:
    """What is attacked only in words: a policy, a programme, a stance ("attacked a UN programme on rights")."""
    from .lexicon import default

    return lemma(obj) in POLICIES or "policy" in object_class(obj, default())


def mobilizes_civilians(c: Candidate, lex: Lexicon) -> bool:
    """"mobilize Latino voters", "mobilized pressure groups in Washington": campaigning, not forces."""
    objs = [o for o in c.anchor.children if o.dep_ == "dobj"]
    return bool(objs) and all("person" in object_class(o, lex) and "troops" not in object_class(o, lex) or
                              o.lemma_.lower() in CAMPAIGNED or _unarmed_groups(o) for o in objs)


ARMED = {"armed", "militia", "militant", "rebel", "paramilitary", "guerrilla", "jihadist", "insurgent", "terrorist",
         "fighter", "tribal", "vigilante", "defence", "defense", "self-defence", "self-defense"}


def _unarmed_groups(obj) -> bool:
    """"pressure groups", "civic organisations": groups that a modifier names as unarmed or says nothing arms."""
    if obj.lemma_.lower() not in ("group", "organization", "organisation", "lobby"):
        return False
    mods = [m for m in obj.children if m.dep_ in ("compound", "amod")]
    return bool(mods) and not any(m.lemma_.lower() in ARMED for m in mods)


def plural(actors, ctx) -> bool:
    """'The two leaders', 'ministers', 'they': more than one party, who can consult among themselves."""
    for a in actors[:1]:
        span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand") if a.start is not None else None
        if span is not None and (span.root.tag_ in ("NNS", "NNPS") or span.root.lower_ in ("they", "we") or _capital_plural(span.root)):
            return True
    return False


def _capital_plural(tok) -> bool:
    """"ADDIS ABABA, March 12 - Delegations from ... resumed talks": a plural noun opening the sentence after a
    dateline, which the tagger takes for a name (NNP) for its capital letter."""
    low = tok.lower_
    return (tok.tag_ == "NNP" and tok.is_sent_start and not tok.ent_type_ and low.endswith("s") and not low.endswith("ss")
            and tok.text[1:].islower())


def with_someone(c: Candidate) -> bool:
    return any(p.dep_ == "prep" and p.lower_ in ("with", "to") for h in (c.token, c.anchor) for p in h.children)


def welcomes_people(c: Candidate, ctx, lex: Lexicon) -> bool:
    """"welcomed several hundred guests": hospitality, not support."""
    objs = [o for o in c.anchor.children if o.dep_ == "dobj"]
    return bool(objs) and all(
        "person" in object_class(through_collective(o), lex) or o.lemma_.lower() in WELCOMED for o in objs
    ) and not any(ctx.entity_at(o.idx, o.idx + len(o.text)) for o in objs)


def permitter(c: Candidate, ctx, lex: Lexicon) -> bool:
    """Someone who can grant or help: no subject, or an institution ("the junta allowed"), not "the system allows"."""
    toks = subject(c.anchor)
    return not toks or any(institutional(t, code(t, ctx, "actor"), lex) for t in toks)


def _let_in(t, lex: Lexicon) -> bool:
    """Aid workers, observers; "allowed the return of the inspectors": being let in, not let act."""
    return bool(object_class(t, lex) & {"diplomat", "aid"}) or any(lemma(m) == "aid" for m in t.children) or bool(match(t, lex))


def permits_an_activity(verb, lex: Lexicon) -> bool:
    """'allowed the opposition to hold rallies': someone named is let do something other than come in."""
    if verb.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return False  # "resigned to allow elections to take place": an aim
    comps = [ch for ch in verb.children if ch.dep_ in ("xcomp", "ccomp")
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in ch.children)]
    for comp in comps:
        who = [t for t in comp.children if t.dep_ == "nsubj"] + [
            t for t in verb.children if t.dep_ == "dobj" and (object_class(t, lex) & {"person", "group", "deportee"}
                                                            or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))
        ]
        if not who or lemma(comp) in ENTRY_VERBS or any(_let_in(t, lex) for t in who):
            return False
    return bool(comps)


def warns_of_a_danger(c: Candidate, lex: Lexicon) -> bool:
    """A warning whose only content is a hazard or a state of affairs ("of famine", "about a crisis")."""
    objs = [o for h in {c.token, c.anchor} for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
            for o in p.children if o.dep_ == "pobj"]
    if objs:
        return all(object_class(o, lex) & {"hazard", "abstract"} or cause_kind(o, lex) == "hazard" for o in objs)
    return any(_foreseen(clause, lex) for clause in c.token.children if clause.dep_ == "ccomp")


def _foreseen(clause, lex: Lexicon) -> bool:
    """A clause that foresees a state of things, not an act: "warned that jobs were at risk", "that prices would
    rise"; an act by anyone ("that it would retaliate", "that sanctions would follow") keeps the threat."""
    subjects = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
    return (
        len(subjects) == 1 and subjects[0].pos_ == "NOUN" and not animate(subjects[0], lex)
        and match(subjects[0], lex) is None and match(clause, lex) is None
    )


PRAISING = {"praise", "commend", "hail", "laud", "applaud", "thank", "congratulate"}  # said to people


def supports_something(c: Candidate, lex: Lexicon) -> bool:
    objs = [o for o in c.anchor.children if o.dep_ in ("dobj", "nsubjpass")]
    # an act welcomed is supported too: "welcomed the pledge", "welcomed the release of the hostages"; and people
    # praised are actors supported though the actor coder names no one ("praised the investigators"; a person
    # welcomed is a guest received, "said she would welcome the envoy in Nairobi")
    praised = lemma(c.token) in PRAISING
    wanted = {"policy", "abstract", "aid"} | ({"person", "monitor", "troops"} if praised else set())
    # "thanked donors", "thanked its allies": whoever can act is thanked
    return not objs or any(object_class(o, lex) & wanted or o.ent_type_ or praised and animate(o, lex)
                           or match(o, lex) is not None for o in objs)


def unattributed(c: Candidate, type_: str) -> bool:
    """Events without an actor that are not reports of an act: a speech act in the agentless passive ("is
    hailed at home"), a generic gerund ("Collaborating with X could be risky"), a noun that only names an act in
    passing ("for the detention of the deportees")."""
    if c.bare_noun:
        participants = [p for p in c.token.children if p.dep_ == "prep" and p.lower_ not in ("of", "for", "on")]
        return not participants and not any(t.ent_type_ in ("DATE", "TIME") for t in c.token.subtree)
    if c.anchor.dep_ in ("relcl", "acl") and is_passive(c.anchor):
        return True  # "people who were sent to X", "a refinery accused of buying crude": a description
    if type_ == "ACCUSE":
        return False  # "was accused of corruption": the accusation is the news even when the accuser is not named
    if c.token.dep_ in ("csubj", "csubjpass") and not any(ch.dep_ in ("nsubj", "poss") for ch in c.token.children):
        return True
    if lemma(c.token) == "invite" and any(s.dep_ == "nsubjpass" and s.ent_type_ == "GPE" for s in c.anchor.children):
        return False  # "Indonesia has been invited to join the patrols": a state invited, by whoever, is news
    return type_ in SPEECH_ACTS and is_passive(c.anchor)
