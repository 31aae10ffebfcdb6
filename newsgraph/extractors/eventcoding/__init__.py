"""The event coder: who did what to whom, when and where, in PLOVER with CAMEO beside it.

Per sentence: find triggers (``triggers``), let speech acts and attitude verbs govern their content
("threatened to attack" is one THREATEN; "denied sending troops" is a negated MOBILIZE), take actor and
recipient from the parse (``arguments``), status (``status``), date (``dating``) and place (``places``);
statements whose reported content criticises or praises someone become ACCUSE / SUPPORT events of the speaker.
Everything looks at a token's children or a short path to its head, so the cost is linear in sentence length.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...model import Event, EventActor, Mention, Span
from . import arguments as args
from . import disposer, firing, merge, readings, speech
from .dating import date_of
from .lexicon import Lexicon, Trigger, default
from .places import location_of
from .status import status as status_of
from .triggers import TRANSPARENT, Candidate, candidates, is_passive, lemma, match, object_class

# Types whose content (complement clause, object, prepositional object) is what they are about, not a
# separate event: "threatened to attack", "agreed to cooperate", "called for talks", "accused X of killing".
GOVERNING = {"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT", "CONCEDE", "CONSULT"}
CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "pcomp", "acl"}
CONFLICT = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "PROTEST"}
PROMISE_VERBS = {"vow", "pledge", "promise", "swear"}
# (governor type, content type) -> (mode, cameo): the nearest CAMEO code for an act about another act
REFINE = {
    ("THREATEN", "ASSAULT"): ("violence", "138"), ("THREATEN", "COERCE"): ("restrict", "137"),
    ("THREATEN", "SANCTION"): ("relations", "1313"), ("THREATEN", "PROTEST"): ("relations", "133"),
    ("THREATEN", "MOBILIZE"): ("violence", "138"),
    ("REQUEST", "CONSULT"): ("meet", "106"), ("REQUEST", "AID"): ("assist", "103"),
    ("REQUEST", "COOPERATE"): ("assist", "101"), ("REQUEST", "RETREAT"): ("yield", "1053"),
    ("REQUEST", "CONCEDE"): ("yield", "105"), ("REJECT", "CONSULT"): ("meet", "125"),
    ("REJECT", "AID"): ("assist", "122"), ("REJECT", "COOPERATE"): ("assist", "121"),
    ("REJECT", "RETREAT"): ("yield", "1243"), ("AGREE", "CONSULT"): (None, "036"),
    ("AGREE", "AID"): (None, "033"), ("AGREE", "COOPERATE"): (None, "031"), ("AGREE", "RETREAT"): (None, "035"),
}
STOPPING = {"end", "stop", "halt", "suspend", "prevent", "abandon", "break", "freeze", "terminate", "block", "ban"}
STOPPING_TYPES = {
    "CONSULT": ("SANCTION", "withdraw", "164"), "COOPERATE": ("SANCTION", "discontinue", "160"),
    "AID": ("SANCTION", "discontinue", "162"), "PROTEST": ("COERCE", "restrict", "172"),
}
# Ending one's own hostile act is a concession (PLOVER): "halted the offensive" RETREAT (ending active conflict),
# "ended the crackdown" / "suspended the sanctions" CONCEDE. Only verbs of ending, not "prevented an attack".
ENDING = {"end", "stop", "halt", "suspend", "abandon", "freeze", "terminate", "cease"}
ENDING_TYPES = {
    "ASSAULT": ("RETREAT", "ceasefire", "0871"), "COERCE": ("CONCEDE", None, "081"), "SANCTION": ("CONCEDE", None, "085"),
}
OUTWARD = {"SANCTION", "RETREAT", "AID", "CONSULT", "COOPERATE", "AGREE", "SUPPORT", "THREATEN", "REJECT"}
# Prepositions that set an act in time or circumstance, not its content: "ordered patrols following the riots"
CIRCUMSTANCE_PREPS = {"after", "before", "during", "since", "following", "amid", "despite", "until", "as", "while"}
NO_EVENT_COMPLEMENTS = {"comment", "say", "elaborate", "confirm", "disclose", "speculate", "answer", "discuss"}


@dataclass
class Draft:
    cand: Candidate
    entry: Trigger
    status: str
    actors: list
    recipients: list
    source: str | None = None
    inanimate: bool = False  # the subject cannot act ("the motion seeks"): a figure of speech, not an event
    hazard: bool = False  # the only subjects are natural or accidental causes ("floods killed 230 people")
    speaker: bool = True  # a subject that can make a statement or demand (not "the scale of this disaster")


def extract(ctx, lex: Lexicon | None = None) -> list[Event]:
    lex = lex or default()
    firing.begin(ctx.article.id)
    found: list[tuple[Event, bool, bool]] = []
    for sent in ctx.doc.sents:
        found.extend(_sentence(ctx, sent, lex))
    verbal = {(ev.type, ev.actor.entity) for ev, nominal, _ in found if not nominal and ev.actor and ev.actor.entity}
    # "before her visit": a noun naming an act already reported by a verb is a reference back, not a new event
    found = [(ev, nominal, proposal) for ev, nominal, proposal in found
             if not (nominal and ev.actor and (ev.type, ev.actor.entity) in verbal)]
    events = [ev for ev, _ in disposer.dispose(found, ctx)]
    events = merge.dedupe(merge.merge_undated(events))
    return [replace(ev, id=f"ev{i}") for i, ev in enumerate(sorted(events, key=lambda e: e.trigger.start), 1)]


def _content_heads(tok) -> list:
    out = []
    for c in tok.children:
        if c.dep_ in CONTENT_DEPS or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ not in CIRCUMSTANCE_PREPS:
            out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
    return out


def _govern(cands: list[Candidate], lex: Lexicon) -> tuple[dict[int, str], set[int], dict[int, Candidate]]:
    """Which candidates are content of another (suppressed), which get a status from a denial, and the
    content candidate each governor is about (for its mode and recipient)."""
    by_token = {c.token.i: c for c in cands}
    imposed: dict[int, str] = {}
    suppressed: set[int] = set()
    about: dict[int, Candidate] = {}
    protests = [c for c in cands if c.entry.type == "PROTEST"]
    for c in protests:  # "staged rallies to demand reforms": the demand is the protest's topic (PLOVER)
        for child in c.anchor.children:
            if child.dep_ in ("advcl", "conj") and child.i in by_token and by_token[child.i].entry.mode == "destroy" and not any(
                s.dep_ in ("nsubj", "nsubjpass") for s in child.children
            ):
                suppressed.add(child.i)  # "rioted, setting fire to cars": the damage is the riot's
            if child.dep_ in ("advcl", "xcomp", "acl", "conj") and child.i in by_token and by_token[child.i].entry.type == "REQUEST":
                suppressed.add(child.i)
            elif child.dep_ in ("advcl", "xcomp", "acl", "prep"):
                # deeper: "blocked roads to press their demands", "rioted, joining others in demanding a vote"
                for t in child.subtree:
                    req = by_token.get(t.i)
                    if req is not None and req.entry.type == "REQUEST" and not any(
                        s.dep_ in ("nsubj", "nsubjpass") for s in req.anchor.children
                    ):
                        suppressed.add(t.i)
        head = c.token.head
        if c.nominal and head.lower_ in ("in", "as") and len(protests) > 1:
            suppressed.add(c.token.i)  # "a hunger strike in protest of": one protest
    for c in cands:  # "ended mediation efforts", "prevented the demonstration": stopping an act is an act
        verb = c.token.head if c.nominal and c.token.dep_ in ("dobj", "nsubjpass") else None
        if c.token.dep_ == "compound" and lemma(c.token.head) in TRANSPARENT and c.token.head.dep_ in ("dobj", "nsubjpass"):
            verb = c.token.head.head
        if verb is None or lemma(verb) not in STOPPING:
            continue
        own = not any(p.dep_ == "poss" and p.pos_ != "PRON" for p in c.token.children)  # not "halted the rebels' offensive"
        own = own and not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)  # not "praised efforts to end the war"
        stopped = STOPPING_TYPES.get(c.entry.type) or (ENDING_TYPES.get(c.entry.type) if lemma(verb) in ENDING and own else None)
        if stopped:
            entry = Trigger((lemma(verb),), "V", *stopped, None)
            if verb.i in by_token:  # "suspended talks": the suspension, coded for what it stops
                by_token[verb.i].entry = entry
            else:
                by_token[verb.i] = Candidate(verb, entry, (), verb, False)
                cands.append(by_token[verb.i])
            suppressed.add(c.token.i)
    for verb in cands:  # "sent 5 million euros in humanitarian aid": the aid is the sending, one event
        if verb.nominal or verb.entry.type in GOVERNING:
            continue
        same = [by_token[t.i] for h in _content_heads(verb.token) for t in h.subtree
                if t.i in by_token and t.i != verb.token.i and by_token[t.i].nominal
                and by_token[t.i].entry.type == verb.entry.type]
        for c in same:
            suppressed.add(c.token.i)
        if same:
            about[verb.token.i] = same[0]
    for act in cands:  # "arrested for collaborating with X", "jailed over the protests": the charge, not an event
        if act.entry.type in ("COERCE", "SANCTION"):
            for prep in act.anchor.children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "over"):
                    suppressed.update(t.i for t in prep.subtree if t.i in by_token)
    for gov in cands:
        if gov.entry.type not in GOVERNING or gov.token.i in suppressed:
            continue
        heads = _content_heads(gov.token) + (_content_heads(gov.anchor) if gov.anchor != gov.token else [])
        inner = [by_token[t.i] for h in heads for t in h.subtree if t.i in by_token and t.i != gov.token.i]
        if lemma(gov.token) == "deny" and not gov.nominal:
            verbal = [c for c in inner if not c.nominal or c.anchor != c.token]
            if verbal:
                suppressed.add(gov.token.i)
                for c in verbal:
                    imposed[c.token.i] = "negated"
                continue
        if lemma(gov.token) in ("refuse", "decline") and any(lemma(h) in NO_EVENT_COMPLEMENTS for h in heads):
            suppressed.add(gov.token.i)
            continue
        if lemma(gov.token) == "order" and inner and all(c.entry.type in ("MOBILIZE", "COERCE", "ASSAULT") for c in inner):
            suppressed.add(gov.token.i)  # "ordered patrols", "ordered the arrest of": the order is the act
            for c in inner:
                if c.nominal and c.anchor == c.token and c.token.head == gov.token:
                    c.anchor = gov.anchor  # and whoever ordered it is the actor
            continue
        for c in inner:
            suppressed.add(c.token.i)
        if inner:
            about[gov.token.i] = inner[0]
    return imposed, suppressed, about


TOWARD_PREPS = {"to", "into", "with", "against", "on", "from"}


def _named_in_content(c: Candidate, ctx) -> list:
    """A country or named actor the content of a threat, promise or refusal is directed at: "threatened to break
    relations with Britain", "refused to send troops to Iraq", "agreed to provide aid for Romania"."""
    heads = [h for h in _content_heads(c.token) if h.pos_ in ("VERB", "AUX")]
    for head in heads:  # the content verb's own phrases and its object's, not clauses further down
        holders = [head, *(o for o in head.children if o.dep_ == "dobj")]
        for prep in (p for h in holders for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ in TOWARD_PREPS | {"for"}):
            for tok in prep.children:
                if tok.dep_ == "pobj" and tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
                    found = args.code(tok, ctx, "recipient")
                    if found is not None and args.is_actorlike(found):
                        return [found]
    return []


RETALIATION = {"retaliate", "respond", "avenge", "revenge", "punish", "hit"}


def _retaliation(c: Candidate) -> bool:
    return any(lemma(h) in RETALIATION for h in _content_heads(c.token) if h.pos_ == "VERB")


def _condition_subject(c: Candidate, ctx) -> list:
    """Who must act to avert a threat: the subject of its "if" or "unless" clause."""
    for head in dict.fromkeys([c.token, c.anchor]):
        for cl in head.children:
            if cl.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in cl.children):
                subj = [s for s in cl.children if s.dep_ in ("nsubj", "nsubjpass")]
                found = [a for a in args.code_all(subj, ctx, "recipient") if args.is_actorlike(a)]
                if found:
                    return found
    return []


def _addressee(c: Candidate, ctx) -> list:
    """The subject of a "that" clause a demand or warning is about ("demanded that Israel ease restrictions")."""
    heads = [c.token, c.anchor]
    for head in heads:
        for comp in head.children:
            if comp.dep_ == "ccomp" or (comp.dep_ == "acl" and any(m.dep_ == "mark" for m in comp.children)):
                subj = [s for s in comp.children if s.dep_ in ("nsubj", "nsubjpass")]
                found = [a for a in args.code_all(subj, ctx, "recipient") if args.is_actorlike(a)]
                if found:
                    return found
    return []


def _owner(tok, lex: Lexicon):
    """An act or statement named as the object stands for whoever made it: "condemned Israel's attack",
    "welcomed Reagan's statement", "rejected calls by Belarus's rulers", "dismissed an appeal from the president"."""
    if tok.pos_ not in ("NOUN", "PROPN") or not (object_class(tok, lex) & {"abstract", "policy"} or match(tok, lex)):
        return tok
    for child in tok.children:
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):
            return child
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return tok


def _draft(c: Candidate, ctx, lex: Lexicon, imposed: dict[int, str]) -> Draft:
    entry = c.entry
    noun = c.token.head if c.nominal and c.token.dep_ == "compound" and lemma(c.token.head) in TRANSPARENT else c.token
    if c.nominal and c.anchor == c.token:
        actor_toks = args.nominal_actor(c.token) or args.nominal_actor(noun)
        recip_toks = args.nominal_recipient(c.token) + args.nominal_recipient(noun)
    else:
        actor_toks = args.subject(c.anchor)
        recip_toks = args.recipient(c.anchor, nominal_trigger=c.token if c.nominal else None, type_=entry.type)
        if c.nominal:
            recip_toks = args.nominal_recipient(c.token) + args.nominal_recipient(noun) + recip_toks
            if not actor_toks:
                actor_toks = args.nominal_actor(c.token)
    recip_toks = [_owner(t, lex) for t in recip_toks
                  if not (t.dep_ == "pobj" and t.head.lower_ in ("at", "in", "during") and "occasion" in object_class(t, lex))]
    extra = {t.i for t in c.extra}
    things = {"troops", "aid", "money", "weapons", "intelligence", "relations", "sanctions", "policy", "prison",
              "restriction", "charge", "demand", "property"}
    if entry.object or entry.type in ("AID", "MOBILIZE", "COOPERATE", "SANCTION", "CONCEDE", "RETREAT"):  # "sent troops": what, not whom
        recip_toks = [t for t in recip_toks if not (object_class(t, lex) & things)]
    recip_toks = [t for t in recip_toks if t.i not in extra and not any(ch.i in extra for ch in t.children)
                  and t.i != c.token.i]  # "preparing for an offensive": the act is not its own recipient
    if entry.type in ("COERCE", "MOBILIZE"):  # "sent to El Salvador": where, not whom
        recip_toks = [t for t in recip_toks if not (t.dep_ == "pobj" and t.head.lower_ in ("to", "into"))]
    people = {t.i for t in recip_toks if "person" in object_class(t, lex)}
    if not actor_toks and entry.type in ("MOBILIZE", "RETREAT") and not c.nominal and is_passive(c.anchor):
        # "Russian troops were deployed", "British troops were withdrawn": a state's forces move for it
        forces = [t for t in c.anchor.children if t.dep_ == "nsubjpass" and "troops" in object_class(args.through_collective(t), lex)]
        coded = [a for a in args.code_all(forces, ctx, "actor") if a.country]
        actor_toks = forces if coded else []
    actors = args.code_all(actor_toks, ctx, "actor")
    recips = [r for r, t in args.code_pairs(recip_toks, ctx) if args.is_actorlike(r) or t.i in people]
    inanimate = bool(actor_toks) and not any(args.animate(t, lex) for t in actor_toks)
    inanimate = inanimate and not any(args.is_actorlike(a) for a in actors)
    if actor_toks and entry.type != "ASSAULT" and all(_names_an_act(t, lex) for t in actor_toks):
        inanimate = True  # "a strike that shut down the port": an act is not the actor of another
    kinds = [args.cause_kind(t, lex) for t in actor_toks]
    hazard = bool(actor_toks) and all(kinds) and "hazard" in kinds  # "floods killed 230 people": no event
    figurative = any("abstract" in object_class(t, lex) and not args.cause_kind(t, lex) for t in actor_toks)
    if figurative and entry.type == "ASSAULT" and all("abstract" in object_class(t, lex) for t in actor_toks):
        inanimate = True  # "the decision destroyed her hopes": a figure of speech
    if entry.type == "ASSAULT" and not hazard and not figurative and (inanimate or (actor_toks and all(kinds))):
        # "the blast killed 12", "the attack killed 12": an attack whose author the sentence does not name; the
        # event stands without an actor unless the phrase names whose it was ("Israeli fire", "US drone strikes")
        means = [t for t in actor_toks if args.cause_kind(t, lex) or _names_an_act(t, lex) or t.tag_ == "VBG"]
        agents = [a for a in (args.means_agent(t) for t in means) if a is not None]
        if agents:
            actors = args.code_all(agents, ctx, "actor")
        elif not any(args.means_owner(t) for t in actor_toks):
            actors = []
        inanimate = inanimate and not means  # "the blast killed 12" stands; "the left winglet struck the hangar" not
    speaker = not actor_toks or any(args.agentive(t, args.code(t, ctx, "actor"), lex) for t in actor_toks)
    actor_names = {(a.entity, a.name) for a in actors}
    recips = [r for r in recips if (r.entity, r.name) not in actor_names]
    own = {a.country for a in actors if a.country}
    if entry.type in OUTWARD and any(r.country and r.country not in own for r in recips):
        recips = [r for r in recips if not (r.country and r.country in own)]  # "recalled its ambassador from X"
    st = status_of(c.anchor, c.token, lex, imposed.get(c.token.i))
    return Draft(c, entry, st, actors, recips, inanimate=inanimate, hazard=hazard, speaker=speaker)


def _sentence(ctx, sent, lex: Lexicon) -> list[tuple[Event, bool, bool]]:
    """(event, named by a noun alone, proposal) for each candidate the rules code; a proposal is a noun with no
    participant named ("the attack", "during a rally"), which the disposer keeps only when its model finds it likely."""
    cands = candidates(sent, lex)
    imposed, suppressed, about = _govern(cands, lex)
    out: list[tuple[Event, bool, bool]] = []
    drafts: dict[int, Draft] = {}
    for c in cands:
        drafts[c.token.i] = _draft(c, ctx, lex, imposed)
    forceful = {k.anchor.i for k in cands if k.entry.type in ("ASSAULT", "COERCE") and not k.nominal}
    verbal_types = {(k.token.i, k.entry.type) for k in cands if not k.nominal and k.token.i not in suppressed}
    for c in cands:
        if c.token.i in suppressed:
            continue
        if (c.nominal and c.anchor == c.token and c.entry.type == "MOBILIZE" and c.token.dep_ in ("dobj", "nsubjpass")
                and c.token.head.i in forceful):
            firing.fired("march-attacked")
            continue  # "attacked an Israeli patrol": who was hit, not a deployment (a march broken up did happen)
        if c.nominal and c.anchor == c.token and c.token.dep_ == "nsubj" and (c.token.head.i, c.entry.type) in verbal_types:
            firing.fired("strike-told-by-verb")
            continue  # "Israeli air strikes killed 12": one attack, told by its verb
        d = drafts[c.token.i]
        proposal = False
        entry = d.entry
        mode, cameo, type_ = entry.mode, entry.cameo, entry.type
        inner = about.get(c.token.i)
        if inner is not None and inner.entry.type == type_ and entry.type not in GOVERNING:
            if not d.recipients:
                d.recipients = drafts[inner.token.i].recipients
            inner = None
        if inner is not None:
            inner_type = inner.entry.type
            if lemma(c.token) in PROMISE_VERBS and inner_type in CONFLICT:
                firing.fired("promise-of-force")
                type_, mode, cameo = "THREATEN", None, "138"
            if type_ == "REQUEST" and not d.recipients:
                d.recipients = [a for a in drafts[inner.token.i].actors if args.is_actorlike(a)]
            refined = REFINE.get((type_, inner_type))
            if refined:
                mode, cameo = refined
                if type_ == "THREATEN" and inner.entry.mode in ("arrest",):
                    mode = "arrest"
            if not d.recipients:
                d.recipients = drafts[inner.token.i].recipients
        elif lemma(c.token) in PROMISE_VERBS and _retaliation(c):
            firing.fired("vowed-retaliation")
            type_, mode, cameo = "THREATEN", None, "130"  # "vowed to retaliate": a threat, whatever the means
        if lemma(c.token) in ("allow", "permit") and not _permitter(c, ctx, lex):
            firing.fired("allow-no-permitter")
            continue  # "these exemptions allow ...", "the system allows": not someone granting access
        if type_ == "ASSAULT" and _striking_workforce(c) is not None:
            firing.fired("striking-workers")  # "striking nurses": a labour strike, never a blow
            type_, mode, cameo = "PROTEST", "strike", "143"
            d.actors, d.recipients = args.code_all([_striking_workforce(c)], ctx, "actor"), []
        if _other_sense(c, type_, lex):
            firing.fired("other-sense")
            continue  # "seized on a report", "occupies a key post", "fired 3,000 workers", "the release of iLife"
        if type_ == "PROTEST" and _ceremonial(c, lex):
            firing.fired("ceremonial-march")
            continue  # "troops marched in the parade", "a procession marking the holiday": a ceremony
        if type_ == "ASSAULT" and _fights_a_condition(c):
            firing.fired("fights-a-condition")
            continue  # "battled pneumonia", "fighting against racism": not violence against anyone
        if type_ == "ASSAULT" and not c.nominal and _verbal_attack(c, d, ctx):
            firing.fired("verbal-attack")
            type_, mode, cameo = "ACCUSE", "disapprove", "111"  # "Trump attacked his rival": words, not blows
        if lemma(c.token) == "pay" and not any(args.is_actorlike(r) for r in d.recipients):
            firing.fired("pay-a-price")
            continue  # "Fiat will pay the average of two estimates": a price, not aid to anyone
        if type_ == "MOBILIZE" and _mobilizes_civilians(c, lex):
            firing.fired("mobilize-civilians")
            continue  # "mobilize Latino voters": campaigning, not forces
        if lemma(c.token) == "help" and not _permitter(c, ctx, lex):
            firing.fired("help-no-body")
            continue  # "subsidies will help consumers", "members will help him raise cash": not aid by a body
        if (type_ == "CONSULT" and lemma(c.token) in ("discuss", "talk") and not d.recipients and len(d.actors) < 2
                and not _plural(d.actors, ctx) and not _with_someone(c)):
            firing.fired("talk-no-one")
            continue  # "went on to discuss the polls", "what we're talking about": no one to consult
        if type_ == "CONSULT" and d.recipients and all(r.sector == "JRN" for r in d.recipients):
            firing.fired("press-not-consult")
            continue  # "spoke with reporters", "met the press": talking to the media is not consulting anyone
        if type_ == "SUPPORT" and lemma(c.token) == "welcome" and _welcomes_people(c, ctx, lex):
            firing.fired("welcome-guests")
            continue  # "welcomed several hundred guests": hospitality, not support
        if not d.actors and c.token.tag_ == "VBN" and c.token.dep_ in ("advcl", "ccomp") and type_ in SPEECH_ACTS | {"REQUEST"} and not any(
            a.dep_ in ("aux", "auxpass") for a in c.token.children
        ):
            firing.fired("asked-to-describe")
            continue  # "Asked to describe the device, O'Neill said": the question put to him, no one named asking
        if type_ == "RETREAT" and entry.mode == "access" and _permits_an_activity(c.anchor, lex):
            firing.fired("permits-activity")
            type_, mode, cameo = "CONCEDE", None, "081"  # "allowed the opposition to hold rallies": an easing
        if type_ == "THREATEN" and inner is None and _warns_of_a_danger(c, lex):
            firing.fired("warns-of-danger")
            continue  # "warnings of famine", "warned of a humanitarian catastrophe": a danger, not a threat
        if type_ == "SUPPORT" and entry.cameo == "051" and not d.recipients and not _supports_something(c, lex):
            firing.fired("welcome-no-object")
            continue  # "welcomed the opportunity to see": not support for an actor or a policy
        if d.inanimate or d.hazard:
            firing.fired("inanimate-or-hazard")
            continue
        if type_ in SPEECH_ACTS and not d.speaker:
            firing.fired("no-speaker")
            continue  # "the scale of this disaster demands a response": a figure of speech, not a demand
        if not d.actors and _unattributed(c, type_, d, lex):
            # a noun, or a material act told in passing ("who was arrested", "men detained in the raid"): proposed
            told_in_passing = (c.anchor.dep_ in ("relcl", "acl") and is_passive(c.anchor) and type_ in disposer.PROPOSED_TYPES
                               and not any(o.dep_ == "dobj" for o in c.anchor.children))  # not a misparsed active verb
            if not (c.nominal and c.anchor == c.token) and not told_in_passing:
                firing.fired("unattributed")
                continue
            proposal = True
        if type_ in ("REQUEST", "ACCUSE", "REJECT", "THREATEN") and not d.recipients:
            # "demanded that the US cancel the sale": the US; not the actor ("criticised what he called ...")
            own = {a.entity for a in d.actors if a.entity}
            d.recipients = [r for r in _addressee(c, ctx) if not (r.entity and r.entity in own)]
        if type_ in GOVERNING and not d.recipients:
            d.recipients = _named_in_content(c, ctx)
        if type_ == "THREATEN" and not d.recipients:
            d.recipients = _condition_subject(c, ctx)  # "threatened sanctions if Mali did not publish": Mali
        if c.nominal and c.anchor == c.token and not d.actors and not d.recipients:
            proposal = True  # a bare "the deportations": a reference back to an event, or a report of one
        if type_ == "PROTEST" and entry.mode != "boycott" and (
            any(a.sector in ("GOV", "IGO") for a in d.actors)
            or (lemma(c.token) == "protest" and any(a.sector == "NGO" for a in d.actors))
        ):
            firing.fired("diplomatic-protest")
            type_, mode, cameo = "ACCUSE", "disapprove", "114"  # a government's protest == diplomatic
        if type_ == "MOBILIZE" and c.nominal and len(d.actors) > 1:
            firing.fired("joint-exercise")
            type_, mode, cameo = "COOPERATE", None, "062"  # joint exercises are cooperation (PLOVER)
        ev = _event(ctx, sent, c, d, type_, mode, cameo, lex)
        out.append((ev, c.nominal and c.anchor == c.token, proposal))
        if not proposal:
            out.extend((extra, False, False) for extra in readings.derived(ev, ctx))
    taken = {ev.trigger.start for ev, _, proposal in out if not proposal}
    emitted = {c.anchor.i for c in cands if c.token.i not in suppressed}
    covered = {t.i for c in cands if c.token.i not in suppressed for t in _own_clause(c.anchor)}
    protest_anchors = {c.anchor.i for c in cands if c.entry.type == "PROTEST"}
    out.extend((ev, False, False) for ev in speech.evaluations(ctx, sent, lex, taken, covered))
    out.extend((ev, False, False) for ev in speech.obligations(ctx, sent, lex, protest_anchors | emitted))
    return out


def _own_clause(anchor):
    """The anchor's subtree without the clauses of their own that hang on it ("urged Ankara to respect the law,
    while the United States said it was troubled": the second statement is not the urging's content)."""
    own = [c for c in anchor.children if c.dep_ in ("advcl", "conj", "parataxis")
           and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    skip = {t.i for c in own for t in c.subtree}
    return [t for t in anchor.subtree if t.i not in skip]


# Letting someone in or back is RETREAT/access; letting someone do something else is a CONCEDE (easing a restriction).
ENTRY_VERBS = {"enter", "return", "visit", "land", "pass", "reach", "access", "go", "travel", "come", "cross", "inspect",
               "deliver"}


CEREMONIES = {"parade", "ceremony", "commemoration", "celebration", "festival", "procession", "anniversary", "funeral"}


def _ceremonial(c: Candidate, lex: Lexicon) -> bool:
    """A march of troops or police, or one held in or for a ceremony, is not a protest."""
    if lemma(c.token) not in ("march", "parade", "procession", "gather", "rally"):
        return False
    if any("troops" in object_class(args.through_collective(t), lex) for t in args.subject(c.anchor)):
        return True
    near = [o for h in (c.token, c.anchor) for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "at", "for")
            for o in p.children if o.dep_ == "pobj"]
    return any(lemma(o) in CEREMONIES for o in near) or any(
        v.dep_ in ("acl", "advcl") and lemma(v) in ("mark", "commemorate", "celebrate", "honor", "honour") for h in (c.token, c.anchor) for v in h.children)


CONDITIONS = {"poverty", "corruption", "inflation", "unemployment", "disease", "illness", "cancer", "pneumonia",
              "virus", "infection", "addiction", "hunger", "famine", "drought", "fire", "flame", "blaze", "wildfire", "bout",
              "climate", "injury", "odds", "fatigue", "depression", "obesity", "stigma", "discrimination", "prejudice",
              "injustice", "inequality", "misinformation", "disinformation", "traffic", "cold", "heat", "flu"}


def _fights_a_condition(c: Candidate) -> bool:
    """An illness, a social ill or a natural force as what is fought: "battled pneumonia", "fight racism"."""
    if lemma(c.token) not in ("fight", "fighting", "battle", "combat", "tackle", "struggle", "attack", "beat", "wage"):
        return False
    heads = [c.token, c.anchor]
    objs = [o for h in heads for o in h.children if o.dep_ == "dobj"]
    objs += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("against", "through", "with")
             for o in p.children if o.dep_ == "pobj"]
    objs += [o for p in c.token.children if p.dep_ == "prep" and p.lower_ in ("against", "on") for o in p.children
             if o.dep_ == "pobj"]
    # "three bouts of walking pneumonia": what the measure counts
    objs = [next((g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), o)
            for o in objs]
    return bool(objs) and all(o.lemma_.lower() in CONDITIONS or o.lemma_.lower().endswith("ism") and o.lemma_.lower() != "terrorism"
                              for o in objs)


# Senses of event verbs that are not events, told by the object (written from general news English)
POSTS = {"position", "post", "seat", "role", "office", "job", "place", "space", "spot", "chair", "rank", "top"}
STAFF = {"employee", "worker", "staff", "manager", "executive", "coach", "director", "official", "aide", "adviser",
         "advisor", "editor", "reporter", "anchor", "teacher", "player", "ceo", "chief", "people"}
PRODUCTS = {"software", "product", "album", "film", "movie", "song", "single", "report", "data", "figure", "statement",
            "result", "version", "update", "game", "book", "record", "phone", "device", "model", "app", "tape",
            "video", "footage", "document", "transcript", "return", "earnings", "forecast", "trailer", "suite"}
OPINIONS = {"insight", "detail", "explanation", "view", "opinion", "advice", "thought", "comment", "glimpse", "example",
            "message", "vision", "word", "hope", "reassurance", "apology", "congratulation", "testimony",
            "evidence", "reason", "argument", "suggestion", "account", "assessment", "prayer", "condolence", "tip",
            "hint", "perspective", "analysis", "clue", "answer", "solution", "excuse", "alternative"}


def _objects(c: Candidate) -> list:
    """Direct objects of the trigger's verb, and the "of" complement of a nominal trigger."""
    objs = [o for o in c.anchor.children if o.dep_ in ("dobj", "nsubjpass")]
    if c.nominal:
        objs += [o for p in c.token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return [args.through_collective(o) for o in objs]


WORKFORCE = {"worker", "employee", "staff", "staffer", "miner", "teacher", "nurse", "driver", "docker", "dockworker",
             "longshoreman", "stevedore", "doctor", "pilot", "labourer", "laborer", "crew", "porter", "cleaner",
             "firefighter", "conductor", "trucker", "machinist", "steelworker", "autoworker", "member", "unionist",
             "servant", "workforce", "employe", "controller", "guard", "lecturer", "professor", "physician",
             "postman", "postal", "farmhand", "operator", "technician", "mechanic", "cabbie", "courier"}


def _striking_workforce(c: Candidate):
    """The workers a participle "striking" describes ("striking dock workers", "the striking nurses"): people on
    a labour strike, not an attack. None when "striking" is the verb of hitting or modifies anything else."""
    tok = c.token
    if c.nominal or lemma(tok) != "strike" or tok.tag_ not in ("VBG", "JJ", "NN"):
        return None
    if tok.dep_ in ("amod", "acl", "compound") and tok.i < tok.head.i:
        head = args.through_collective(tok.head)
    else:  # "after striking dock workers clashed": the parser reads the workers as what was struck
        head = next((o for o in tok.children if o.dep_ == "dobj" and o.tag_ in ("NNS", "NNPS")), None)
        if head is None or any(k.dep_ in ("det", "poss", "nummod") for k in head.children) or any(
            t.head != head or t.dep_ not in ("compound", "amod") for t in tok.doc[tok.i + 1 : head.i]
        ):
            return None  # "striking the guards", "striking their camp": hitting someone
    return head if head.pos_ in ("NOUN", "PROPN") and lemma(head) in WORKFORCE else None


def _other_sense(c: Candidate, type_: str, lex: Lexicon) -> bool:
    word = lemma(c.token)
    objs = _objects(c)
    heads = {o.lemma_.lower() for o in objs}
    if word == "seize" and not objs and any(p.dep_ == "prep" and p.lower_ in ("on", "upon") for p in c.anchor.children):
        return True  # "seized upon a report"
    if word == "occupy" and heads and heads <= POSTS:
        return True
    if word == "fire" and heads and heads <= STAFF:
        return True  # dismissed from a job
    if word == "release" and heads and heads <= PRODUCTS:
        return True
    if word == "offer" and heads and heads <= OPINIONS:
        return True
    if word == "decline" and not objs and not any(k.dep_ in ("xcomp", "ccomp") for k in c.anchor.children):
        return True  # "the rating declined": a fall, not a refusal
    if word == "host" and heads and type_ == "CONSULT" and not any(
        "person" in object_class(o, lex) or o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or o.pos_ == "PROPN" or match(o, lex) or
        o.lemma_.lower() in ("summit", "meeting", "conference", "delegation", "visit", "visitor", "leader", "guest")
        for o in objs
    ):
        return True  # "will host events in two counties"
    if type_ == "SUPPORT" and c.nominal and any(p.dep_ == "prep" and p.lower_ == "among" for p in c.token.children):
        return True  # "her support among millennials": popularity
    if c.nominal:
        return False
    kids = list(c.anchor.children)
    preps = {p.lower_: [o for o in p.children if o.dep_ == "pobj"] for p in kids if p.dep_ == "prep"
             and not any(o.lemma_.lower() in ("degree", "extent") for o in p.children)}  # not "to varying degrees"
    clause = [k for k in kids if k.dep_ in ("ccomp", "xcomp")]
    if word == "agree" and type_ == "AGREE" and not ({"to", "on", "upon"} & preps.keys()) and not any(
        k.dep_ == "xcomp" for k in kids) and (any(k.dep_ == "ccomp" for k in kids) or "with" in preps):
        return True  # "all agreed that the proposal would raise taxes", "agree with Trump": an opinion
    if word in ("advise", "recommend", "suggest") and not any(k.dep_ == "xcomp" or (k.dep_ == "ccomp" and any(
            a.lower_ == "should" for a in k.children)) for k in kids):
        return True  # "the data suggest that", "recommended the film": an opinion, not advice to act
    if word == "ask" and type_ == "REQUEST" and not any(k.dep_ == "xcomp" for k in kids) and "for" not in preps and not (
        heads & ASKED_FOR) and (any(k.dep_ == "ccomp" for k in kids) or not heads or c.anchor.dep_ in ("relcl",)):
        return True  # a question ("asked her whether ..."), not a demand ("asked Iran to free", "asked for aid")
    if word == "file" and {o.lemma_.lower() for o in preps.get("for", [])} & {"bankruptcy", "protection", "divorce", "reelection", "candidacy", "office"}:
        return True
    if word == "meet" and type_ == "CONSULT" and heads and heads <= TARGETS:
        return True  # "did not meet the threshold"
    if word == "sign" and type_ == "SUPPORT" and heads and heads <= {"bill", "law", "legislation", "order", "decree", "budget", "measure", "check", "autograph", "contract"}:
        return True  # a signature on a law or a cheque, not an accord
    if word == "seek" and type_ == "REQUEST" and any(k.dep_ == "xcomp" for k in kids) and not heads:
        return True  # "sought to contrast her approach": tried, not asked
    if word == "commit" and type_ == "AGREE" and heads and not ("to" in preps or clause):
        return True  # "committed identity theft"
    return False


ASKED_FOR = {"help", "aid", "assistance", "permission", "asylum", "support", "forgiveness", "clemency", "release",
             "extradition", "ceasefire", "truce", "protection", "money", "loan", "bailout", "troops", "weapons"}
TARGETS = {"threshold", "target", "requirement", "deadline", "criterion", "criteria", "goal", "need", "standard",
           "expectation", "quota", "obligation", "condition", "cost", "payroll", "end", "bar", "mark", "limit"}


def _verbal_attack(c: Candidate, d: Draft, ctx) -> bool:
    """A named politician attacking a person or a plan, with no weapon, place or casualty: criticism."""
    if lemma(c.token) not in ("attack", "hit", "slam", "blast", "lash", "savage", "target") or c.entry.mode:
        return False
    actor = d.actors[0] if d.actors else None
    if actor is None or actor.start is None or actor.sector not in ("PTY", "GOV", "LEG", None):
        return False
    ent = ctx.entity(actor.entity) if actor.entity else None
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    from ... import actors as actor_lexicon

    person = (ent is not None and ent.type == "PERSON") or (span is not None and span.root.ent_type_ == "PERSON") or (
        actor_lexicon.known_person([actor.name]) is not None  # "Trump" that NER tagged ORG
    )
    if not person:
        return False
    if any(p.dep_ == "prep" and p.lower_ in ("in", "near", "with", "at") for p in c.anchor.children):
        return False  # "attacked him with a knife", "attacked police in Gaza"
    return not any(r.entity and ctx.entity(r.entity) is not None and ctx.entity(r.entity).type in ("GPE", "LOC", "FAC")
                   for r in d.recipients)


def _mobilizes_civilians(c: Candidate, lex: Lexicon) -> bool:
    objs = [o for o in c.anchor.children if o.dep_ == "dobj"]
    return bool(objs) and all("person" in object_class(o, lex) and "troops" not in object_class(o, lex) or
                              o.lemma_.lower() in ("voter", "supporter", "base", "electorate", "volunteer", "donor")
                              for o in objs)


def _plural(actors, ctx) -> bool:
    """'The two leaders', 'ministers', 'they': more than one party, who can consult among themselves."""
    for a in actors[:1]:
        span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand") if a.start is not None else None
        if span is not None and (span.root.tag_ in ("NNS", "NNPS") or span.root.lower_ in ("they", "we")):
            return True
    return False


def _with_someone(c: Candidate) -> bool:
    return any(p.dep_ == "prep" and p.lower_ in ("with", "to") for h in (c.token, c.anchor) for p in h.children)


def _welcomes_people(c: Candidate, ctx, lex: Lexicon) -> bool:
    objs = [o for o in c.anchor.children if o.dep_ == "dobj"]
    return bool(objs) and all(
        "person" in object_class(args.through_collective(o), lex) or o.lemma_.lower() in ("guest", "visitor", "crowd", "audience")
        for o in objs
    ) and not any(ctx.entity_at(o.idx, o.idx + len(o.text)) for o in objs)


def _permitter(c: Candidate, ctx, lex: Lexicon) -> bool:
    toks = args.subject(c.anchor)
    return not toks or any(args.institutional(t, args.code(t, ctx, "actor"), lex) for t in toks)


def _permits_an_activity(verb, lex: Lexicon) -> bool:
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
        if not who or lemma(comp) in ENTRY_VERBS:
            return False
        for t in who:
            if object_class(t, lex) & {"diplomat", "aid"} or any(lemma(m) == "aid" for m in t.children) or match(t, lex):
                return False  # aid workers, observers; "allowed the return of the inspectors"
    return bool(comps)


def _warns_of_a_danger(c: Candidate, lex: Lexicon) -> bool:
    """A warning whose only content is a hazard or a state of affairs ("of famine", "about a crisis")."""
    objs = [o for h in {c.token, c.anchor} for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
            for o in p.children if o.dep_ == "pobj"]
    return bool(objs) and all(object_class(o, lex) & {"hazard", "abstract"} or args.cause_kind(o, lex) == "hazard" for o in objs)


def _names_an_act(tok, lex: Lexicon) -> bool:
    # only material acts: "the summit agreed" and "the deployment of troops arrived" stand for their participants
    hit = match(tok, lex) if tok.pos_ == "NOUN" else None
    return hit is not None and hit[0].type in ("PROTEST", "ASSAULT", "COERCE")


def _ethnic(actor, ctx) -> bool:
    return "ethnic" in ctx.article.text[actor.start:actor.end].lower().split()


def _supports_something(c: Candidate, lex: Lexicon) -> bool:
    objs = [o for o in c.anchor.children if o.dep_ in ("dobj", "nsubjpass")]
    return not objs or any(object_class(o, lex) & {"policy", "abstract", "aid"} or o.ent_type_ for o in objs)


SPEECH_ACTS = {"SUPPORT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE"}


def _unattributed(c: Candidate, type_: str, d: Draft, lex: Lexicon) -> bool:
    """Events without an actor that are not reports of an act: a speech act in the agentless passive ("is
    hailed at home"), a generic gerund ("Collaborating with X could be risky"), a noun that only names an act in
    passing ("for the detention of the deportees")."""
    if c.nominal and c.anchor == c.token:
        participants = [p for p in c.token.children if p.dep_ == "prep" and p.lower_ not in ("of", "for", "on")]
        return not participants and not any(t.ent_type_ in ("DATE", "TIME") for t in c.token.subtree)
    if c.anchor.dep_ in ("relcl", "acl") and is_passive(c.anchor):
        return True  # "people who were sent to X", "a refinery accused of buying crude": a description
    if type_ == "ACCUSE":
        return False  # "was accused of corruption": the accusation is the news even when the accuser is not named
    if c.token.dep_ in ("csubj", "csubjpass") and not any(ch.dep_ in ("nsubj", "poss") for ch in c.token.children):
        return True
    return type_ in SPEECH_ACTS and is_passive(c.anchor)


# Acts with no named author that news still places: an attack by someone unnamed ("a roadside bomb killed two
# soldiers near Samarra") and, in the agentless passive, acts only a state does ("was arrested in Lebanon", "were
# deported"). ICEWS and the PLOVER gold code them with the country where they happen ("Unidentified Attacker
# (Iraq)", "Police (Lebanon)"); newsgraph does the same with an actor that has no entity and no offsets, so a user
# can tell it from a named one, and a lower confidence.
IMPLIED_STATE = {
    ("COERCE", "arrest"): "COP", ("COERCE", "deport"): "GOV", ("COERCE", "seize"): "GOV",
    ("COERCE", "censor"): "GOV", ("COERCE", "curfew"): "GOV", ("COERCE", "martial-law"): "GOV",
    ("SANCTION", "convict"): "JUD", ("SANCTION", "expel"): "GOV", ("ACCUSE", "investigate"): None,
}
UNIDENTIFIED = "unidentified attacker"
AUTHORITIES = "authorities"


# Acts done to a place and the people in it: "lifted the curfew in Montenegro", "troops deployed in Poland",
# "killed two civilians in Gaza". With no recipient the place is the recipient; a recipient group with no country
# of its own ("two civilians") is of that place, as ICEWS codes "Civilian (Palestine)".
AT_THE_PLACE = {"ASSAULT", "COERCE", "CONCEDE", "RETREAT", "MOBILIZE", "AID"}


def _recipient_at(recipient, location, ctx):
    if recipient is None:
        ent = ctx.entity_at(location.start, location.end)
        if ent is not None and ent.country == location.country:
            return args.entity_actor(ent, location.start, location.end, "recipient")
        return EventActor(entity=None, name=location.name, country=location.country, start=location.start, end=location.end)
    if recipient.country is None and recipient.entity is None and recipient.sector not in (None, "GOV", "IGO"):
        return replace(recipient, country=location.country)
    return recipient


def _implied_actor(c: Candidate, type_: str, mode, location, sent, ctx):
    state = (type_, mode) in IMPLIED_STATE
    if type_ != "ASSAULT" and not (state and (c.nominal or is_passive(c.anchor))):
        return None
    country = (location.country if location else None) or args.scene_country(sent, ctx)
    if country is None and mode in ("deport", "expel"):  # "were deported from Sudan": the state that sent them
        sent_from = [args.code(o, ctx, "actor") for p in c.anchor.children if p.dep_ == "prep" and p.lower_ == "from"
                     for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")]
        country = next((a.country for a in sent_from if a is not None), None)
    if country is None:
        return None
    if type_ == "ASSAULT":
        return EventActor(entity=None, name=UNIDENTIFIED, country=country)
    return EventActor(entity=None, name=AUTHORITIES, country=country, sector=IMPLIED_STATE[(type_, mode)])


def _event(ctx, sent, c: Candidate, d: Draft, type_: str, mode, cameo, lex) -> Event:
    start, end = c.span
    date, precision = date_of(ctx.times, ctx.doc, c.anchor, c.token, sent, ctx.article.date)
    recip_tok = next((t for t in args.recipient(c.anchor) if t.ent_type_ in ("GPE", "LOC", "FAC")), None)
    location = location_of(c.anchor, c.token, c.entry, recip_tok, c.extra)
    source = speech.quote_source(start, ctx) or speech.speaker_source(c.anchor, ctx, lex)
    actor = d.actors[0] if d.actors else None
    if source and actor is not None and actor.entity == source:
        source = None  # "Noem said she would meet": the speaker reports her own act
    recipient = d.recipients[0] if d.recipients else None
    travels = type_ == "CONSULT" or c.entry.mode == "deport"  # a visitor is not from where they visit
    if actor is not None and actor.country is None and not travels:
        scene = (location.country if location else None) or args.scene_country(sent, ctx)
        if scene is None and actor.sector in args.STATE_SECTORS:
            # an official named without a country ("President X banned ..."): the country the sentence names,
            # other than the recipient's unless the act is domestic by nature
            named = args.sentence_countries(sent, ctx, near=actor.start)
            other = [n for n in named if recipient is None or n != recipient.country]
            domestic = (
                type_ in ("COERCE", "ACCUSE")
                or (type_ == "SANCTION" and mode == "convict")
                or (type_ == "THREATEN" and mode in ("restrict", "arrest"))
            )
            scene = other[0] if other else (named[0] if named and domestic else None)
        elif scene is None:
            # a group or person the text does not place ("Islamic fundamentalists ... demanded the resignation of
            # the Algerian president"): the one country the sentence names, other than the recipient's; a
            # sentence naming several countries says nothing sure about the actor
            theirs = {r.country for r in d.recipients}
            spans = tuple((r.start, r.end) for r in d.recipients if r.start is not None)
            other = {n for n in args.sentence_countries(sent, ctx, outside=spans) if n not in theirs}
            scene = next(iter(other)) if len(other) == 1 else None
        if scene is None and actor.entity is None and (actor.sector in args.STATE_SECTORS or type_ == "PROTEST"):
            # "police fired tear gas", "hundreds of supporters protested" in a story set in Kenya: Kenyans
            scene = ctx.home_country()
        if scene:  # a local actor: where the act happens (PLOVER codes domestic actors by location)
            actor = replace(actor, country=scene)
    if actor is not None and actor.country and not travels and _ethnic(actor, ctx):
        # "ethnic Russians rallied in Latvia": an ethnic group is coded by where it lives (PLOVER)
        scene = (location.country if location else None) or args.scene_country(sent, ctx)
        if scene and scene != actor.country:
            actor = replace(actor, country=scene)
    if type_ in AT_THE_PLACE and location is not None and location.country and location.start is not None:
        recipient = _recipient_at(recipient, location, ctx)
    if recipient is not None and recipient.country is None and recipient.entity is None and recipient.sector in args.STATE_SECTORS:
        home = ctx.home_country()  # "criticised the junta" in a story set in Mali
        recipient = replace(recipient, country=home) if home else recipient
    if (
        type_ == "COERCE" and recipient is not None and recipient.country is None and actor is not None
        and actor.country and actor.sector in ("GOV", "COP", "JUD", "MIL")
    ):
        recipient = replace(recipient, country=actor.country)  # repression is domestic unless the text says not
    implied = False
    if actor is None and d.status == "occurred":
        actor = _implied_actor(c, type_, mode, location, sent, ctx)
        implied = actor is not None
    confidence = 0.9 - (0.15 if c.nominal else 0) - (0.2 if actor is None or implied else 0)
    confidence -= 0.1 if actor is not None and not args.is_actorlike(actor) else 0
    confidence -= 0.05 if source else 0
    return Event(
        id="",
        type=type_,
        mode=mode,
        cameo=cameo,
        actor=args.as_body(actor),
        recipient=args.as_body(recipient),
        date=date,
        date_precision=precision,
        location=location,
        status=d.status,
        trigger=Mention(start, end, ctx.article.text[start:end], "trigger"),
        sentence=Span(sent.start_char, sent.end_char),
        confidence=round(max(confidence, 0.1), 2),
        source=source,
        co_actors=tuple(args.as_body(a) for a in d.actors[1:]),
        co_recipients=tuple(args.as_body(r) for r in d.recipients[1:]),
    )


