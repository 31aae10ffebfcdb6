"""The event coder's filters and recodes: one ordered table of named rules, each a small function whose
docstring names the error category it answers.

A *filter* drops the candidate when it fires (a false event: another sense of the word, a ceremony, a figure of
speech, no one acting). A *recode* changes its type, code or participants when it fires ("striking nurses" is a
labour strike, a government's protest is a diplomatic one). The table is walked in order and the order is part
of the meaning: a recode can make a later filter apply ("the senator attacked his rival" becomes ACCUSE and must
then have a speaker) or stop one ("battled pneumonia" is filtered before "attacked" is read as words).
Every rule that fires is reported to ``firing`` under its name, so an error analysis reads "rule X fired" and
``newsgraph show --explain`` lists the rules behind each event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import newsgraph.extractors.eventcoding.codebook as codebook  # not 'from . import': the package imports rules

from .actorcode import code_all, is_actorlike
from .animacy import AGENT_SUFFIXES, animate
from .content import CONFLICT, PROMISE_VERBS, REFINE, protested, retaliation
from .content import addressee as addressee_of
from .content import condition_subject as condition_subject_of
from .content import named_in_content as named_in
from .contests import fights_a_condition as fights_condition
from .disposer import PROPOSED_TYPES
from .draft import aimed_at
from .firing import fired
from .generic import generic_gerund, topic_of_a_view, trend_of_acts
from .govern import GOVERNING
from .hazards import accident, disaster_damage, natural_cause
from .labour import walkout
from .lexicon import word_class
from .predicates import (
    SPEECH_ACTS,
    mobilizes_civilians,
    permits_an_activity,
    permitter,
    plural,
    supports_something,
    warns_of_a_danger,
    welcomes_people,
    with_someone,
)
from .predicates import unattributed as agentless
from .predicates import verbal_attack as attacks_in_words
from .ruletypes import Coding, Sentence  # the coder builds them from here
from .senses import ceremonial, striking_workforce
from .senses import other_sense as sense_of
from .triggers import Candidate, is_passive, lemma, object_class
from .veiled import veiled_threat_side, veiled_threat_target

Test = Callable[[Coding, Sentence], bool]


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str  # "filter" or "recode"
    test: Test

    @property
    def reason(self) -> str:
        """The first line of the rule's docstring: the error category it answers."""
        return (self.test.__doc__ or "").strip().splitlines()[0]


# --- filters and recodes, in table order -------------------------------------------------------------------

def march_attacked(k: Coding, s: Sentence) -> bool:
    """Wrong type: "attacked an Israeli patrol" names who was hit, not a deployment."""
    c = k.c
    return (k.bare_noun and c.entry.type == "MOBILIZE" and c.token.dep_ in ("dobj", "nsubjpass")
            and c.token.head.i in s.forceful)


def strike_told_by_verb(k: Coding, s: Sentence) -> bool:
    """Double count: "Israeli air strikes killed 12" is one attack, told by its verb."""
    c = k.c
    return k.bare_noun and c.token.dep_ == "nsubj" and (c.token.head.i, c.entry.type) in s.verbal_types


def same_act(k: Coding, s: Sentence) -> bool:
    """Double count: "sent aid in humanitarian aid" is one act; the verb takes the noun's recipients."""
    if k.same is None:
        return False
    if not k.d.recipients:
        k.d.recipients = s.drafts[k.same.token.i].recipients
    return True


def promise_of_force(k: Coding, s: Sentence) -> bool:
    """Wrong type: "vowed to attack" is a threat of force, not an agreement."""
    return (k.inner is not None and lemma(k.c.token) in PROMISE_VERBS and k.inner.entry.type in CONFLICT
            and not retaliation(k.c) and k.recode("THREATEN", None, "138"))


def request_addressee(k: Coding, s: Sentence) -> bool:
    """Missing recipient: "urged Iran to free the sailors" is addressed to whoever must act (Iran); "demanded that the
    United States match the EU's support" to the subject of the clause, not to whose act the clause names."""
    if k.inner is None or k.type != "REQUEST" or k.d.recipients:
        return False
    k.d.recipients = addressee_of(k.c, s.ctx) or [a for a in s.drafts[k.inner.token.i].actors if is_actorlike(a)]
    return bool(k.d.recipients)


def refine_by_content(k: Coding, s: Sentence) -> bool:
    """Coarse code: an act about another act takes the nearest CAMEO code ("threatened to attack": 138)."""
    refined = REFINE.get((k.type, k.inner.entry.type)) if k.inner is not None else None
    if not refined:
        return False
    mode, cameo = refined
    if k.type == "THREATEN" and k.inner is not None and k.inner.entry.mode == "arrest":
        mode = "arrest"
    return k.recode(k.type, mode, cameo)


def content_recipients(k: Coding, s: Sentence) -> bool:
    """Missing recipient: "threatened to attack Iraq" is a threat to Iraq; "voiced concern that the police are
    torturing detainees" accuses whoever does the act (the police), not those it is done to."""
    if k.inner is None or k.d.recipients:
        return False
    inner = s.drafts[k.inner.token.i]
    # a criticism of an act told by a verb is aimed at its author (not an investigation or a charge, whose
    # recipient the act's own participants may be)
    author = k.type == "ACCUSE" and k.mode == "disapprove" and not k.inner.nominal
    k.d.recipients = [a for a in inner.actors if is_actorlike(a)] if author else (
        inner.recipients or _place_done_to(k.inner, s))
    return bool(k.d.recipients)


PLACED_ACTS = ("MOBILIZE", "ASSAULT", "COERCE", "AID", "RETREAT")


def _place_done_to(inner: Candidate, s: Sentence) -> list:
    """"refused to deploy peacekeepers in Iraq": an act done in a country with no one else named is done to it (as
    for the act itself, build.AT_THE_PLACE), and so is the refusal, threat or promise of it."""
    if inner.entry.type not in PLACED_ACTS:
        return []
    # the act's verb's phrases, or its noun's ("to resume attacks in Israel")
    places = [o for h in dict.fromkeys([inner.anchor, inner.token]) for p in h.children
              if p.dep_ == "prep" and p.lower_ in ("in", "into", "inside")
              for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    return [a for a in code_all(places, s.ctx, "recipient") if a.country]


def protest_target(k: Coding, s: Sentence) -> bool:
    """Missing recipient: "staged a sit-in to demand the resignation of the governor" protests against
    whom its demand is aimed at (the demand itself is the protest's topic, no event of its own). A country that
    only stands for where it was held ("blocked streets in Hong Kong in defiance of Beijing") gives way too."""
    if k.type != "PROTEST" or not all(_only_a_place(r, s.ctx) for r in k.d.recipients):
        return False
    heads = [k.c.anchor] + ([k.c.token] if k.c.token != k.c.anchor else [])
    for child in (c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "prep")):
        for t in child.subtree:
            topic = s.drafts.get(t.i)
            if topic is not None and topic.entry.type == "REQUEST" and topic.recipients:
                k.d.recipients = list(topic.recipients)
                return True
    found = [a for a in code_all([w for t in protested(heads) for w in aimed_at(t)], s.ctx, "recipient") if is_actorlike(a)]
    k.d.recipients = found or k.d.recipients
    return bool(found)


def _only_a_place(r, ctx) -> bool:
    ent = ctx.entity(r.entity) if r.entity else None
    return r.sector is None and ent is not None and ent.type in ("GPE", "LOC")


def vowed_retaliation(k: Coding, s: Sentence) -> bool:
    """Wrong type: "vowed to retaliate" is a threat, whatever the means."""
    return ((k.inner is None or k.inner.entry.type == "THREATEN") and lemma(k.c.token) in PROMISE_VERBS
            and retaliation(k.c)
            and k.recode("THREATEN", None, "130"))


def allow_no_permitter(k: Coding, s: Sentence) -> bool:
    """Figurative: "these exemptions allow", "the system allows" is no one granting access."""
    return lemma(k.c.token) in ("allow", "permit") and not permitter(k.c, s.ctx, s.lex)


def striking_workers(k: Coding, s: Sentence) -> bool:
    """Wrong type: "striking nurses" and "the union will strike" are a labour strike, never a blow."""
    workforce = striking_workforce(k.c) if k.type == "ASSAULT" else None
    if workforce is None:  # "the union would strike from Thursday": the verb, with workers or a union doing it
        return k.type == "ASSAULT" and walkout(k.c, k.d.actors) and k.recode("PROTEST", "strike", "143")
    k.d.actors, k.d.recipients = code_all([workforce], s.ctx, "actor"), []
    return k.recode("PROTEST", "strike", "143")


def other_sense(k: Coding, s: Sentence) -> bool:
    """Non-political sense: "seized on a report", "occupies a key post", "fired 3,000 workers", "released an album"."""
    sense = sense_of(k.c, k.type, s.lex)
    if sense is not None:
        fired("other-sense:" + sense)  # which sense, for --explain and the firing counter
    return sense is not None


STRUCK = {"position", "base", "target", "neighborhood", "neighbourhood", "district", "village", "town", "city", "convoy",
          "camp", "airfield", "airport", "facility", "hospital", "depot", "compound", "headquarters", "stronghold",
          "area", "outpost", "site", "school", "market", "building", "bridge", "port", "ship", "border", "province",
          "rebel", "militant", "insurgent", "jihadist", "fighter", "militia"}  # "a strike on the rebel-held district"


def strike_on_a_target(k: Coding, s: Sentence) -> bool:
    """Wrong type: "a strike on the rebel-held district", "the strike on Syria" is a military strike, not a labour
    strike (one "against the reform" stands)."""
    c = k.c
    if k.type != "PROTEST" or c.entry.mode != "strike" or not c.nominal or lemma(c.token) != "strike":
        return False
    hit = [o for p in c.token.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
           for o in p.children if o.dep_ == "pobj"]
    struck = [t for o in hit for t in o.subtree]  # "a strike on the rebel-held al-Shaar neighborhood"
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or lemma(t) in STRUCK for t in struck) and k.recode("ASSAULT", None, "190")


def ceremonial_march(k: Coding, s: Sentence) -> bool:
    """Ceremonial: "troops marched in the parade", "a procession marking the holiday"."""
    return k.type == "PROTEST" and ceremonial(k.c, s.lex)


def fights_a_condition(k: Coding, s: Sentence) -> bool:
    """Figurative: "battled pneumonia", "fighting against racism" is no violence against anyone."""
    return k.type == "ASSAULT" and fights_condition(k.c)


def verbal_attack(k: Coding, s: Sentence) -> bool:
    """Wrong type: "Trump attacked his rival" is words, not blows."""
    return (k.type == "ASSAULT" and not k.c.nominal and attacks_in_words(k.c, k.d, s.ctx)
            and k.recode("ACCUSE", "disapprove", "111"))


def pay_a_price(k: Coding, s: Sentence) -> bool:
    """Non-political: "will pay the average of two estimates" is a price, not aid to anyone."""
    return lemma(k.c.token) == "pay" and not any(is_actorlike(r) for r in k.d.recipients)


def mobilize_civilians(k: Coding, s: Sentence) -> bool:
    """Non-political: "mobilize Latino voters" is campaigning, not forces."""
    return k.type == "MOBILIZE" and mobilizes_civilians(k.c, s.lex)


def help_no_body(k: Coding, s: Sentence) -> bool:
    """Generic: "subsidies will help consumers", "members will help him raise cash" is no aid by a body."""
    return lemma(k.c.token) == "help" and not permitter(k.c, s.ctx, s.lex)


def talk_no_one(k: Coding, s: Sentence) -> bool:
    """Generic: "went on to discuss the polls", "what we're talking about" consults no one."""
    return (k.type == "CONSULT" and lemma(k.c.token) in ("discuss", "talk") and not k.d.recipients and len(k.d.actors) < 2
            and not plural(k.d.actors, s.ctx) and not with_someone(k.c))


def one_marcher(k: Coding, s: Sentence) -> bool:
    """Non-political: "a doorman marched toward her", "the sergeant marched off" is one person walking; a protest
    march has marchers ("students marched", "the union marched") or company ("marched with thousands")."""
    if k.type != "PROTEST" or k.c.nominal or lemma(k.c.token) != "march" or len(k.d.actors) != 1:
        return False
    company = [o for p in k.c.token.children if p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    company += [o for c in company for p in c.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if any(animate(o, s.lex) for o in company):
        return False  # "marched with thousands of supporters"
    a = k.d.actors[0]
    span = s.ctx.doc.char_span(a.start, a.end, alignment_mode="expand") if a.start is not None else None
    if span is None or span.root.tag_ != "NN" and span.root.ent_type_ != "PERSON":
        return False
    return span.root.ent_type_ == "PERSON" or lemma(span.root).endswith(ONE_PERSON)


ONE_PERSON = (*(s for s in AGENT_SUFFIXES if s != "ee"), "man", "woman", "person")  # not "committee"


def press_not_consult(k: Coding, s: Sentence) -> bool:
    """Non-political: "spoke with reporters", "met the press" is talking to the media, not consulting."""
    return k.type == "CONSULT" and bool(k.d.recipients) and all(r.sector == "JRN" for r in k.d.recipients)


PRIVATE_SECTORS = {"CVL", "REF", "CRM"}  # civilians, refugees and migrants, criminals: people, not parties to diplomacy


def private_travel(k: Coding, s: Sentence) -> bool:
    """Non-political: "migrants arrived in Greece", "the suspect travelled to Pakistan", "a woman visited her
    family" is a journey, not a visit between parties (CAMEO 042 is a visit by a political actor)."""
    if k.type != "CONSULT" or k.c.entry.mode != "visit" or not k.d.actors:
        return False
    return all(a.sector in PRIVATE_SECTORS or not (a.sector or a.country) for a in k.d.actors)


def welcome_guests(k: Coding, s: Sentence) -> bool:
    """Ceremonial: "welcomed several hundred guests" is hospitality, not support."""
    return k.type == "SUPPORT" and lemma(k.c.token) == "welcome" and welcomes_people(k.c, s.ctx, s.lex)


def asked_to_describe(k: Coding, s: Sentence) -> bool:
    """Not an act: "Asked to describe the device, she said" is a question put to the speaker, no one asking."""
    c = k.c
    return (not k.d.actors and c.token.tag_ == "VBN" and c.token.dep_ in ("advcl", "ccomp")
            and k.type in SPEECH_ACTS | {"REQUEST"}
            and not any(a.dep_ in ("aux", "auxpass") for a in c.token.children))


def permits_activity(k: Coding, s: Sentence) -> bool:
    """Wrong type: "allowed the opposition to hold rallies" is an easing (CONCEDE), not letting someone in."""
    return (k.type == "RETREAT" and k.c.entry.mode == "access" and permits_an_activity(k.c.anchor, s.lex)
            and k.recode("CONCEDE", None, "081"))


def warns_of_danger(k: Coding, s: Sentence) -> bool:
    """Not a threat: "warnings of famine", "warned of a humanitarian catastrophe" name a danger."""
    return k.type == "THREATEN" and k.inner is None and warns_of_a_danger(k.c, s.lex)


def welcome_no_object(k: Coding, s: Sentence) -> bool:
    """Not support: "welcomed the opportunity to see" supports no actor or policy."""
    return (k.type == "SUPPORT" and k.c.entry.cameo == "051" and not k.d.recipients
            and not supports_something(k.c, s.lex))


def inanimate_or_hazard(k: Coding, s: Sentence) -> bool:
    """Figurative or natural cause: "the motion seeks", "floods killed 230 people" has no one acting."""
    return k.d.inanimate or k.d.hazard


MOVEMENT = {"arrive", "arrival", "travel", "trip", "journey", "head"}


def no_destination(k: Coding, s: Sentence) -> bool:
    """Not a visit: "officers arrive on the scene", "the governor travelling in the convoy", "before the pope's
    arrival" name a movement with no place or party visited (CAMEO 042 is a visit to someone or somewhere); nor
    does "the defendants arrive at court", "arrived to the scene of the shooting", "upon his arrival for a hearing"
    (going to a court or an incident, not to a party)."""
    if k.type != "CONSULT" or k.c.entry.mode != "visit" or lemma(k.c.token) not in MOVEMENT:
        return False
    return (not k.d.recipients and not _bound_for(k.c)) or _to_a_court_or_scene(k.c)


NOT_VISITED = {"court", "courthouse", "courtroom", "hearing", "trial", "tribunal", "scene"}


def _to_a_court_or_scene(c: Candidate) -> bool:
    """The movement's place or purpose is a court, a hearing or the scene of an incident."""
    heads = {c.token, c.anchor}
    return any(lemma(o) in NOT_VISITED for h in heads for t in h.children if t.dep_ in ("prep", "dative")
               and t.lower_ in TOWARD | AT | {"on"} for o in t.children if o.dep_ in ("pobj", "pcomp"))


TOWARD = {"to", "into", "for"}  # where to, or what for ("arrived for talks")
AT = {"in", "at", "inside"}  # where, when a place is named ("arrived in Kabul", not "travelling in a convoy")


def _bound_for(c: Candidate) -> bool:
    """The movement names a place or purpose: "arrived in Kabul", "travelled to Moscow", "arrives for talks"."""
    heads = {c.token, c.anchor}
    if c.token.dep_ == "compound":
        heads.add(c.token.head)  # "a U.S. visit", "a Moscow trip"
    for h in heads:
        for t in h.children:
            if t.dep_ in ("compound", "poss", "amod") and t.ent_type_ in ("GPE", "LOC", "FAC"):
                return True
            objs = [o for o in t.children if o.dep_ in ("pobj", "pcomp")] if t.dep_ in ("prep", "dative") else []
            if objs and (t.lower_ in TOWARD or (t.lower_ in AT and any(_named_place(o) for o in objs))):
                return True
    return False


def _named_place(tok) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or tok.pos_ == "PROPN"


def no_speaker(k: Coding, s: Sentence) -> bool:
    """Figurative: "the scale of this disaster demands a response" is no demand by anyone."""
    return k.type in SPEECH_ACTS and not k.d.speaker


def _told_in_passing(c: Candidate, type_: str) -> bool:
    """"who was arrested", "men detained in the raid", "the jailed activist": a material act told in a passive
    description."""
    if c.anchor.dep_ == "amod" and c.anchor.tag_ == "VBN":  # "the jailed activist"
        return type_ in PROPOSED_TYPES
    return (c.anchor.dep_ in ("relcl", "acl") and is_passive(c.anchor) and type_ in PROPOSED_TYPES
            and not any(o.dep_ == "dobj" for o in c.anchor.children))  # not a misparsed active verb


def unattributed(k: Coding, s: Sentence) -> bool:
    """Generic or hypothetical: an agentless speech act ("is hailed at home"), a gerund ("Collaborating with X
    could be risky"); a noun or a material act told in passing is proposed instead."""
    return (not k.d.actors and agentless(k.c, k.type) and not k.bare_noun
            and not _told_in_passing(k.c, k.type))


def unattributed_proposal(k: Coding, s: Sentence) -> bool:
    """Uncertain: a noun or an act told in passing with no actor is a proposal the disposer keeps only when likely."""
    if k.d.actors or not agentless(k.c, k.type):
        return False
    k.proposal = True
    return True


def addressee(k: Coding, s: Sentence) -> bool:
    """Missing recipient: "demanded that the US cancel the sale" is a demand of the US (not of the actor)."""
    if k.type not in ("REQUEST", "ACCUSE", "REJECT", "THREATEN") or k.d.recipients:
        return False
    own = {a.entity for a in k.d.actors if a.entity}
    found = addressee_of(k.c, s.ctx, victims=k.type != "ACCUSE") or codebook.reported_subjects(k, s)
    k.d.recipients = [r for r in found if not (r.entity and r.entity in own)]
    return bool(k.d.recipients)


def named_in_content(k: Coding, s: Sentence) -> bool:
    """Missing recipient: "threatened to break relations with Britain" is directed at Britain."""
    if k.type not in GOVERNING or k.d.recipients:
        return False
    k.d.recipients = named_in(k.c, s.ctx)
    return bool(k.d.recipients)


def condition_subject(k: Coding, s: Sentence) -> bool:
    """Missing recipient: "threatened sanctions if Mali did not publish" is a threat to Mali."""
    if k.type != "THREATEN" or k.d.recipients:
        return False
    k.d.recipients = condition_subject_of(k.c, s.ctx)
    return bool(k.d.recipients)


def bare_noun_proposal(k: Coding, s: Sentence) -> bool:
    """Uncertain: a bare "the deportations" is a reference back to an event, or a report of one: a proposal."""
    if k.bare_noun and not k.d.actors and not k.d.recipients:
        k.proposal = True
        return True
    return False


def forces_blocking(k: Coding, s: Sentence) -> bool:
    """Not a protest: "riot police blocked the gate", "troops blocked the roads" is security forces closing a way
    (PLOVER PROTEST is an obstruction by protesters); so is blocking protesters or armed forces ("officers block
    opposition supporters", "are blocking government forces from advancing"), whoever the parse names as doing it;
    and "just blocks from the palace" is a distance."""
    if k.type != "PROTEST" or k.c.entry.mode != "obstruct":
        return False
    if k.d.actors and all(a.sector in ("COP", "MIL", "SPY") for a in k.d.actors):
        return True
    objs = [o for o in k.c.anchor.children if o.dep_ == "dobj"]
    if objs and all(lemma(o) in PROTESTERS or "troops" in object_class(o, s.lex) for o in objs):
        return True
    tok = k.c.token
    return tok.lower_ == "blocks" and not objs and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in ("from", "away")


PROTESTERS = word_class("protester_noun") | {"supporter", "activist"}


def _rule(kind: str, test: Test) -> Rule:
    return Rule(test.__name__.strip("_").replace("_", "-"), kind, test)


RULES: tuple[Rule, ...] = (
    _rule("filter", march_attacked), _rule("filter", strike_told_by_verb),
    _rule("recode", same_act), _rule("recode", veiled_threat_side), _rule("recode", promise_of_force), _rule("recode", request_addressee),
    _rule("recode", refine_by_content), _rule("recode", content_recipients), _rule("recode", protest_target), _rule("recode", vowed_retaliation),
    _rule("filter", allow_no_permitter), _rule("recode", striking_workers),
    _rule("recode", codebook.legislature_blocks_a_measure),  # before other_sense, which drops the other blocked measures
    _rule("filter", other_sense), _rule("recode", strike_on_a_target),
    _rule("filter", generic_gerund), _rule("filter", topic_of_a_view), _rule("filter", trend_of_acts),
    _rule("filter", ceremonial_march), _rule("filter", fights_a_condition), _rule("recode", verbal_attack),
    _rule("filter", pay_a_price), _rule("filter", mobilize_civilians), _rule("filter", help_no_body),
    _rule("filter", talk_no_one), _rule("filter", one_marcher), _rule("filter", press_not_consult), _rule("filter", private_travel),
    _rule("filter", welcome_guests), _rule("filter", codebook.rescue_from_danger), _rule("filter", codebook.toll_of_an_attack),
    _rule("recode", codebook.dead_of_the_attack),
    _rule("filter", asked_to_describe), _rule("recode", permits_activity), _rule("filter", warns_of_danger),
    _rule("filter", welcome_no_object), _rule("filter", inanimate_or_hazard), _rule("filter", natural_cause), _rule("filter", accident),
    _rule("filter", disaster_damage),
    _rule("filter", no_destination),
    _rule("filter", no_speaker),
    _rule("filter", unattributed), _rule("recode", unattributed_proposal),
    _rule("recode", addressee), _rule("recode", named_in_content), _rule("recode", condition_subject),
    _rule("recode", veiled_threat_target),
    _rule("recode", bare_noun_proposal), _rule("filter", forces_blocking), _rule("recode", codebook.diplomatic_protest), _rule("recode", codebook.joint_exercise),
)
# the codebook's type choices (codebook.py) come last: they read the participants the rules above settle
RULES += (
    _rule("recode", codebook.expel_a_body), _rule("recode", codebook.forces_arrive), _rule("recode", codebook.lifts_a_blockade),
    _rule("recode", codebook.silences_the_press), _rule("recode", codebook.withdraws_a_mission),
    _rule("filter", codebook.delegate_to_a_gathering),
)
FILTERS: tuple[Rule, ...] = tuple(r for r in RULES if r.kind == "filter")
RECODES: tuple[Rule, ...] = tuple(r for r in RULES if r.kind == "recode")
