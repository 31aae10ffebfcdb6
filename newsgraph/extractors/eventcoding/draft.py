"""A candidate's first coding, before any filter: actor and recipient tokens from the parse, coded; whether the
subject can act at all (an inanimate or a natural cause); the status. The filters and recodes (``rules``) read it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...spacy_util import sentence_before
from .actorcode import code_all, code_pairs, is_actorlike, through_collective
from .animacy import agentive, animate, cause_kind, means_agent, means_owner
from .arguments import (
    INTRANSITIVE_NOUNS,
    PARTY_CLASSES,
    PARTY_NOUNS,
    PERSONAL,
    UNDERGONE,
    act_author,
    is_party,
    names_no_party,
    names_someone,
    nominal_actor,
    nominal_recipient,
    recipient,
    subject,
    undergone,
    verb_by,
)
from .around import in_attack, named_around, town
from .firing import fired
from .lexicon import AT_OCCASION, Lexicon, Trigger, default
from .patients import is_way
from .places import far_side
from .status import status as status_of
from .triggers import (
    REPORTING,
    TRANSPARENT,
    Candidate,
    is_passive,
    lemma,
    match,
    object_class,
    reporting_inversion,
)

# what is sent or imposed, not whom: "sent troops", "imposed sanctions"
THINGS = {"troops", "aid", "money", "weapons", "intelligence", "relations", "sanctions", "policy", "prison",
          "restriction", "charge", "demand", "property"}
THING_TYPES = ("AID", "MOBILIZE", "COOPERATE", "SANCTION", "CONCEDE", "RETREAT")
SEIZED = {"weapons", "money", "property", "aid"}  # what police or troops seize or confiscate


def thing_of(tok, lex: Lexicon, kinds: set[str]) -> bool:
    """The noun names a thing of one of these kinds (seized, or no one an act is done to), not people: relief
    doctors, nurses and rescuers are aid that is sent ("sent twenty doctors": what, not whom) and people who can be
    arrested, seized or freed ("arrested two nurses": whom)."""
    classes = object_class(tok, lex)
    return bool(classes & kinds) and "person" not in classes
OUTWARD = {"SANCTION", "RETREAT", "AID", "CONSULT", "COOPERATE", "AGREE", "SUPPORT", "THREATEN", "REJECT"}


@dataclass
class Draft:
    entry: Trigger
    status: str
    actors: list
    recipients: list
    inanimate: bool = False  # the subject cannot act ("the motion seeks"): a figure of speech, not an event
    hazard: bool = False  # the only subjects are natural or accidental causes ("floods killed 230 people")
    speaker: bool = True  # a subject that can make a statement or demand (not "the scale of this disaster")
    # who does what a noun alone names, read from around it: a modifier, a relative clause, a passive's agent
    # (``arguments.named_around``), who took part in a rally or meeting the clause is set at (``present_at``);
    # ``build.with_actor_around`` gives them to the event after the disposer's verdict
    around: list = field(default_factory=list)


def owner(tok, lex: Lexicon):
    """An act or statement named as the object stands for whoever made it: "condemned Israel's attack",
    "welcomed Reagan's statement", "rejected calls by Belarus's rulers", "dismissed an appeal from the president"."""
    authored = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "of", "from")) for c in tok.children)
    if tok.pos_ == "NOUN" and lemma(tok) in CAMPAIGNS and not authored:
        return _campaign_owner(tok)
    if tok.pos_ not in ("NOUN", "PROPN") or not (object_class(tok, lex) & {"abstract", "policy"} or match(tok, lex)):
        return tok
    for child in tok.children:
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):
            return child
    # "an appeal from the president"; not "the withdrawal of troops from Georgia", the place they would leave
    authors = ("by",) if lemma(tok) in INTRANSITIVE_NOUNS else ("by", "from")
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in authors:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    if lemma(tok) in INTRANSITIVE_NOUNS:  # "demanded the resignation of the president": who would resign
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((o for o in prep.children if o.dep_ == "pobj"), tok)
    return tok


# Nouns for a course of action that a story names once with its author and then refers back to ("his crackdown on
# crime ... rights groups criticized the drive")
CAMPAIGNS = {"drive", "campaign", "crackdown", "policy", "programme", "program", "offensive", "purge", "reform",
             "measures", "operation", "war"}


def _campaign_owner(tok):
    """"the drive", "the campaign" with no author of its own refers back to the last campaign the text gave an
    author, in its own sentence or the one before ("Bukele's crackdown ... groups criticized the drive"): that
    author; else the token itself."""
    if lemma(tok) not in CAMPAIGNS or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return tok
    sent = tok.sent
    before = tok.doc[(sentence_before(sent) or sent).start:tok.i]
    for noun in reversed(list(before)):
        if lemma(noun) in CAMPAIGNS:
            owners = [c for c in noun.children if c.dep_ == "poss"]
            return owners[0] if owners else tok
    return tok


def names_an_act(tok, lex: Lexicon) -> bool:
    """Only material acts: "the summit agreed" and "the deployment of troops arrived" stand for their participants."""
    hit = match(tok, lex) if tok.pos_ == "NOUN" else None
    return hit is not None and hit[0].type in ("PROTEST", "ASSAULT", "COERCE")


def _participant_tokens(c: Candidate) -> tuple[list, list]:
    """(actor tokens, recipient tokens) from the parse: a noun's own phrases, or the verb's (a light verb's)."""
    noun = c.token.head if c.nominal and c.token.dep_ == "compound" and lemma(c.token.head) in TRANSPARENT else c.token
    if c.bare_noun:
        # a verb the tagger took for a noun keeps its subject: "A teacher protests against school closures"
        actors = [s for s in c.token.children if s.dep_ == "nsubj"] and subject(c.token)
        actors = actors or nominal_actor(c.token) or nominal_actor(noun)
        if not actors and c.entry.type == "PROTEST":  # not "heading for talks": a journey's end may be planned
            actors = _gathered_for(c.token)
        return actors, nominal_recipient(c.token, c.entry.type) + nominal_recipient(noun, c.entry.type)
    actor_toks = subject(c.anchor)
    recip_toks = recipient(c.anchor, nominal_trigger=c.token if c.nominal else None, type_=c.entry.type)
    if c.nominal:
        recip_toks = nominal_recipient(c.token, c.entry.type) + nominal_recipient(noun, c.entry.type) + recip_toks
        if not actor_toks:
            actor_toks = nominal_actor(c.token)
    return actor_toks, recip_toks


# verbs of coming together for an occasion: whoever does them takes part in it
GATHERING = {"converge", "gather", "assemble", "flock", "pour", "throng", "head", "travel", "arrive", "come"}


def _gathered_for(noun) -> list:
    """"Thousands of farmers were converging on the capital for a rally": who comes for a rally takes part in it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or lemma(prep.head) not in GATHERING:
        return []
    return subject(prep.head)


ATTENDED = ("PROTEST", "CONSULT")  # occasions people take part in
# fighting between two sides: who acts during it takes part ("settlers throw stones during clashes with troops")
FIGHTS = {"clash", "fighting", "skirmish", "scuffle", "brawl", "melee"}
# besides those at an occasion (lexicon.AT_OCCASION), who greet or shake hands before, after or for a meeting
# are its parties ("greets the envoy before a meeting", "shake hands after their talks")
AROUND_MEETING = {"before", "after", "following", "for"}
GESTURES = {"greet", "welcome", "shake", "embrace", "hug", "chat", "pose", "receive"}
# a part of an occasion a clause is set at ("on the sidelines of the summit", "at the end of the rally")
OCCASION_PARTS = {"sideline", "sidelines", "margin", "margins", "end", "start", "opening", "close", "eve", "one"}
# verbs whose object is an occasion their subject takes part in ("joined the march", "addresses a news conference")
TAKING_PART = {"join", "attend", "lead", "chair", "host", "convene", "organize", "organise", "address"}
# verbs that start, pause or end talks: their subject is a party ("resumed talks", "cut off dialogue")
PHASES = {"resume", "suspend", "halt", "end", "begin", "start", "continue", "open", "break", "cut", "conclude"}
# what someone says at an occasion is their own statement: "said at a news conference", "speaking at the forum"
SAYING = REPORTING | {"speak", "talk", "address", "remark", "comment", "note", "stress", "assert"}
# acts done to people at an occasion: who is arrested or beaten at a rally took part in it, not who arrests
REPRESSION = ("ASSAULT", "COERCE")


def present_at(noun, type_: str) -> list:
    """Who takes part in a rally or a meeting the clause is set at: the clause's subject ("a protester holds a
    flyer during a rally", "Putin reads papers during a meeting", "joined the march"); for an act of repression
    there ("police detain a supporter during a rally", "four people were killed during protests"), whom it is done
    to. Only people or groups ("the decision was announced at the meeting" names none), and not a speaker: what
    is said at a news conference is the speaker's statement."""
    from .lexicon import default

    if type_ not in ATTENDED and not (type_ == "ASSAULT" and lemma(noun) in FIGHTS):
        return []
    lex = default()
    part = _occasion_part(noun)
    at = AT_OCCASION | ({"on"} if part != noun else set())
    noun, head, gesture = part, part.head, False
    if noun.dep_ == "pobj" and head.lower_ in at and head.dep_ == "prep":
        verb = _clause_verb(head.head)
    elif type_ == "CONSULT" and ((noun.dep_ == "pobj" and head.lower_ in AROUND_MEETING and head.dep_ == "prep") or (
            noun.dep_ == "dobj" and head.lower_ == "following" and head.dep_ == "advcl")):  # "following their talks"
        verb, gesture = head.head, True
        if lemma(verb) not in GESTURES:
            return []
    elif noun.dep_ == "dobj" and (lemma(head) in TAKING_PART or (type_ == "CONSULT" and lemma(head) in PHASES)):
        verb = head  # "joined the march", "the two sides cut off their dialogue"
    else:
        return []
    # a speaker at a meeting or news conference takes part in it; a speaker at a rally need not be a protester
    if not _verbal(verb) or (lemma(verb) in SAYING and type_ != "CONSULT"):
        return []
    hit = match(verb, lex)
    if hit is not None and hit[0].type == type_ and not gesture and lemma(verb) not in GESTURES:
        return []  # "hosts a meeting during a summit": a meeting of its own
    if hit is not None and hit[0].type in REPRESSION and type_ != "ASSAULT":  # "police detain a supporter during a rally"
        people = [t for t in recipient(verb) if animate(t, lex)] if noun.dep_ == "pobj" else []
    else:
        people = [] if is_passive(verb) else subject(verb)
    return people if people and all(animate(t, lex) for t in people) else []


def _verbal(tok) -> bool:
    """A verb, or a word the tagger took for a noun that has a subject of its own ("Two ministers greet the envoy")."""
    return tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in tok.children)


def _occasion_part(noun):
    """"on the sidelines of the summit", "at one of the five marches": the part the clause is set at stands for the
    occasion."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.lower_ in OCCASION_PARTS:
        return prep.head
    return noun


SIGN_WORDS = {"read", "say", "show", "bear", "depict", "call", "demand"}  # what a placard or a flyer says


def _clause_verb(verb):
    """"chant slogans condemning terror during a rally", "holds a flyer reading 'No war' during a rally": the parser
    hangs the occasion on the participle that describes the object (or makes the object its subject); the clause
    is its verb's."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB":
        return verb.head.head
    if verb.dep_ == "ccomp" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" and lemma(verb) in SIGN_WORDS:
        return verb.head
    return verb


def _recipient_tokens(c: Candidate, recip_toks: list, lex: Lexicon) -> list:
    """The recipient tokens that name whom the act is done to: not an occasion, a thing sent, the act itself
    ("preparing for an offensive"), for forces sent the place they go ("sent to El Salvador"), or a border or the
    country across it ("killed two smugglers at the border with Laos")."""
    entry = c.entry
    recip_toks = [owner(t, lex) for t in recip_toks
                  if not (t.dep_ == "pobj" and t.head.lower_ in AT_OCCASION and "occasion" in object_class(t, lex))]
    if entry.type == "ACCUSE":
        recip_toks = _accused(c, recip_toks, lex)
    if entry.type in AIMED_WORDS:
        recip_toks = [a for t in recip_toks for a in aimed_at(t)]
    elif entry.type == "COERCE":  # "prevented the demonstration staged by students": done to those who stage it;
        # "seized rifles from the militias": what is seized is no recipient
        recip_toks = [a for t in recip_toks if not thing_of(t, lex, SEIZED)
                      for a in ((names_no_party(t) and act_author(t)) or [t])]
    if entry.type == "PROTEST":  # "blocked streets", "rioted at a jail": where a protest is held is not whom it targets
        recip_toks = [p for t in recip_toks for p in (
            [t] if t.ent_type_ or not (is_way(t) or object_class(t, lex) & {"place"}) else _placed_in(t))]
    extra = {t.i for t in c.extra}
    if entry.object or entry.type in THING_TYPES:
        sent = entry.type in ("AID", "MOBILIZE", "COOPERATE")  # "sent twenty doctors": what; "freed two nurses": whom
        recip_toks = [p for t in recip_toks for p in (
            [t] if not (thing_of(t, lex, THINGS) or (sent and object_class(t, lex) & THINGS)) else _stationed_in(t))]
    recip_toks = [t for t in recip_toks if t.i not in extra and not any(ch.i in extra for ch in t.children)
                  and t.i != c.token.i]
    if entry.type in ("COERCE", "MOBILIZE"):
        recip_toks = [t for t in recip_toks if not (t.dep_ == "pobj" and t.head.lower_ in ("to", "into"))]
    recip_toks = [t for t in recip_toks if not far_side(t)]  # a border is a place: the act is at it, not done to it
    # not whoever reports the act after it ("beat migrants, a rights group charged": the group is no victim)
    return [t for t in recip_toks if not any(reporting_inversion(ch) for ch in t.children)]


# words and protests aimed at someone: a noun of an act or failing stands for whoever acts
AIMED_WORDS = {"ACCUSE", "PROTEST", "REJECT", "REQUEST", "SUPPORT"}


def aimed_at(tok) -> list:
    """Criticism, a protest or a demand aimed at a noun of someone's act or failing ("a disregard of Chile's
    obligations", "violations by the police", "the government's handling of the crisis") is aimed at who acts;
    such a noun that names no one ("protested the decision") is no recipient at all."""
    if lemma(tok) in UNDERGONE and tok.pos_ == "NOUN" and not (tok.dep_ == "dobj" and verb_by(tok)):
        # "demanded the removal of the president": whom it is done to; but "criticised the arrests of the
        # activists by police": who did it
        found = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if found:
            return [t for f in found for t in [f, *(c for c in f.children if c.dep_ == "conj")]]
    owner = _owner(tok)
    if owner is not None:  # "an investigation into Clinton's emails": into what she wrote
        return [owner]
    if not names_no_party(tok):
        return [tok]
    authors = act_author(tok)
    if authors:
        fired("aimed-at-the-author-of-an-act")
        return authors
    return [tok] if names_someone(tok) else []


QUANTITIES = {"batch", "number", "series", "set", "trove", "cache", "pile", "stack", "bundle", "handful"}


def _owner(tok):
    """The person or body a thing words are aimed at belongs to ("Clinton's emails", "a batch of Hillary Clinton
    emails", "the mayor's contracts"), through a noun of quantity; None for a party or a thing of no one's."""
    if lemma(tok) in QUANTITIES:
        tok = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj"), tok)
    people = lemma(tok) in PARTY_NOUNS or bool(object_class(tok, default()) & PARTY_CLASSES) or animate(tok, default())
    if tok.pos_ != "NOUN" or tok.ent_type_ or people or tok.lower_ in PERSONAL or names_no_party(tok):
        return None
    return next((c for c in tok.children if (c.dep_ == "poss" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
                 or (c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG"))), None)


def _accused(c: Candidate, recip_toks: list, lex: Lexicon) -> list:
    """Whom an accusation or an inquiry is aimed at: not the inspectors sent to make it, and for a site the country
    it is in ("dispatched inspectors to a plant in Iran": Iran); for a complaint to someone over an act, whoever did the act before the listener ("complained
    to the UN over Israeli air raids")."""
    recip_toks = [p for t in recip_toks if "monitor" not in object_class(t, lex)
                  for p in ([t] if is_party(t) else _placed_in(t) or [t])]  # "a plant in Iran": Iran
    # "complained over the raids", and on the noun of a light verb: "voiced concern about the law passed by the junta"
    matched = {c.token.i, *(t.i for t in c.extra)}
    heads = [c.anchor, *(o for o in c.anchor.children if o.dep_ == "dobj" and o.i in matched)]
    over = [a for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("over", "about") for o in p.children
            if o.dep_ == "pobj" and names_no_party(o) for a in act_author(o)]
    return over + [t for t in recip_toks if not (t.dep_ == "pobj" and t.head.lower_ == "to")] if over else recip_toks


def _stationed_in(tok) -> list:
    """"contributed troops to a peacekeeping force in Haiti": forces or a mission a thing is sent to are no
    recipient, but the country they are in is."""
    return _placed_in(tok) if "troops" in object_class(tok, default()) else []


def _placed_in(tok) -> list:
    """The country a noun's "in" phrase names ("a jail in northern Israel"), standing for the noun."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
            if o.dep_ == "pobj" and o.ent_type_ == "GPE"]


ARMED = {"MIL", "REB"}


def _forces_moved(c: Candidate, ctx, lex: Lexicon) -> list:
    """"Russian troops were deployed", "British troops were withdrawn": a state's forces move for it; "400 rebel
    fighters have been disarmed": an armed group that gives up its arms is who disarms (PLOVER RETREAT disarm)."""
    patients = [t for t in c.anchor.children if t.dep_ == "nsubjpass"]
    if c.entry.mode == "disarm":
        armed = [a for a in code_all(patients, ctx, "actor") if a.sector in ARMED]
        return patients if armed else []
    forces = [t for t in patients if "troops" in object_class(through_collective(t), lex)]
    coded = [a for a in code_all(forces, ctx, "actor") if a.country]
    return forces if coded else []


def _unnamed_attack(actor_toks: list, actors: list, inanimate: bool, ctx, lex: Lexicon) -> tuple[list, bool]:
    """"the blast killed 12", "the attack killed 12": an attack whose author the sentence does not name; the
    event stands without an actor unless the phrase names whose it was ("Israeli fire", "US drone strikes")."""
    means = [t for t in actor_toks if cause_kind(t, lex) or names_an_act(t, lex) or t.tag_ == "VBG"]
    agents = [a for a in (means_agent(t) for t in means) if a is not None]
    if agents:
        actors = code_all(agents, ctx, "actor")
    elif not any(means_owner(t) for t in actor_toks):
        actors = []
    return actors, inanimate and not means  # "the blast killed 12" stands; "the left winglet struck the hangar" not


def _causes(c: Candidate, actor_toks: list, actors: list, ctx, lex: Lexicon) -> tuple[list, bool, bool]:
    """(actors, inanimate, hazard): whether the subject is a thing, a natural cause or a figure of speech."""
    assault = c.entry.type == "ASSAULT"
    inanimate = bool(actor_toks) and not any(animate(t, lex) for t in actor_toks)
    inanimate = inanimate and not any(is_actorlike(a) for a in actors)
    if actor_toks and not assault and all(names_an_act(t, lex) for t in actor_toks):
        inanimate = True  # "a strike that shut down the port": an act is not the actor of another
    kinds = [cause_kind(t, lex) for t in actor_toks]
    # "floods killed 230 people": no event; the parser may split "a magnitude 6.8 earthquake" into two subjects
    hazard = "hazard" in kinds and all(k or not animate(t, lex) for k, t in zip(kinds, actor_toks, strict=True))
    figurative = any("abstract" in object_class(t, lex) and not cause_kind(t, lex) for t in actor_toks)
    if figurative and assault and all("abstract" in object_class(t, lex) for t in actor_toks):
        inanimate = True  # "the decision destroyed her hopes": a figure of speech
    if assault and not hazard and not figurative and (inanimate or (actor_toks and all(kinds))):
        actors, inanimate = _unnamed_attack(actor_toks, actors, inanimate, ctx, lex)
    return actors, inanimate, hazard


def _distinct_recipients(type_: str, actors: list, recips: list) -> list:
    """Not the actor again; for an outward act, not the actor's own country when another is named
    ("recalled its ambassador from X")."""
    actor_names = {(a.entity, a.name) for a in actors}
    recips = [r for r in recips if (r.entity, r.name) not in actor_names]
    own = {a.country for a in actors if a.country}
    if type_ in OUTWARD and any(r.country and r.country not in own for r in recips):
        recips = [r for r in recips if not (r.country and r.country in own)]
    return recips


def _named_first(actors: list) -> list:
    """"twitter email Republican nominee Donald Trump urges Russia": the parser may make a stray word the first
    subject; a phrase that names no one (no entity, country or sector) goes after one that does."""
    return sorted(actors, key=lambda a: not is_actorlike(a))


def draft(c: Candidate, ctx, lex: Lexicon, imposed: dict[int, str]) -> Draft:
    """The candidate coded from the parse alone."""
    actor_toks, recip_toks = _participant_tokens(c)
    recip_toks = _recipient_tokens(c, recip_toks, lex)
    people = {t.i for t in recip_toks if "person" in object_class(t, lex)}
    if not actor_toks and c.entry.type in ("MOBILIZE", "RETREAT") and not c.nominal and is_passive(c.anchor):
        actor_toks = _forces_moved(c, ctx, lex)
    own: list = []  # each actor token's code, for the speaker test below
    actors = code_all(actor_toks, ctx, "actor", own)
    recips = [r for r, t in code_pairs(recip_toks, ctx) if is_actorlike(r) or t.i in people]
    actors, inanimate, hazard = _causes(c, actor_toks, actors, ctx, lex)
    actors = _named_first(actors)
    speaker = not actor_toks or any(agentive(t, a, lex) for t, a in zip(actor_toks, own, strict=True))
    recips = _distinct_recipients(c.entry.type, actors, recips)
    st = status_of(c.anchor, c.token, lex, imposed.get(c.token.i))
    # a noun with no actor of its own, or only a pronoun the entity pass left unresolved ("after their meeting")
    unresolved = not actors and all(t.lower_ in PERSONAL for t in actor_toks)
    towns = bool(actor_toks) and all(t.dep_ == "compound" and town(t) for t in actor_toks)  # "the Leeds bombings"
    # "his arrest": the possessor undergoes it (``build._undergoer``); who did it may be named around
    undergoes = bool(actor_toks) and undergone(c.token) and all(t.dep_ == "poss" and t.head == c.token for t in actor_toks)
    around = code_all(_read_around(c), ctx, "actor") if c.nominal and (
        not actor_toks or unresolved or towns or undergoes) else []
    if not c.nominal and not actor_toks and c.entry.type == "ASSAULT":  # "were killed in an Israeli airstrike"
        around = code_all(in_attack(c.anchor), ctx, "actor")
    if not c.nominal and not actor_toks and c.entry.type == "COERCE" and is_passive(c.anchor):
        around = _reported_by_police(c.anchor, ctx)
    return Draft(c.entry, st, actors, recips, inanimate=inanimate, hazard=hazard, speaker=speaker, around=around)


ENFORCERS = ("COP", "MIL")  # who arrests or detains (not "JUD": a lawyer speaks for the arrested)


def _reported_by_police(verb, ctx) -> list:
    """"Police said Tanaka was arrested": an arrest told with no agent by the police (or troops) that
    made it; no other speaker ("his lawyer said he was arrested")."""
    if verb.dep_ != "ccomp" or lemma(verb.head) not in REPORTING:
        return []
    said = [s for s in verb.head.children if s.dep_ == "nsubj"]
    coded = code_all(said, ctx, "actor")
    return coded if coded and all(a.sector in ENFORCERS for a in coded) else []


def _read_around(c: Candidate) -> list:
    """The actor tokens of a noun with none of its own, read from around it (``Draft.around``)."""
    if not c.bare_noun:
        return named_around(c.token)
    noun = c.token.head if c.token.dep_ == "compound" and lemma(c.token.head) in TRANSPARENT else c.token
    return present_at(c.token, c.entry.type) or named_around(c.token) or (named_around(noun) if noun != c.token else [])
