"""Everyday politics and business copy (issue 12, general news): uses of event words in commentary, campaign coverage
and market news that tell no political event, and clauses whose act is not told as done.

Senses (``SENSES``, read by ``senses.other_sense``; the business and private ones are in ``commerce``): a question put
by an interviewer or a moderator ("asked the senator about his tax plan"); a candidate speaking at a rally; a debate
or an interview agreed to, invited to or met in; an interview with the writer ("came to talk to me"); a standing role
("in the lead in fighting the closures"); a warning about a state of affairs, no threat ("warned that talk of a recovery might
be premature"); a cause blamed ("blame the losses on fears"), a fact accepted, popularity in a poll; habitual and
generic uses ("airlines normally supply", "many countries oppose").

Statuses (``status_of_clause``, read by ``status.status``): an act in a direct question ("how can you keep rejecting
their offer?"); an act a noun is for, under a verb of wanting ("wants a common force to defend the bloc") or a noun of
capacity or condition ("conditions for restoring relations"); an act a noun of reluctance holds back; the exception
to a denial ("has not said much beyond speaking with advisers"), which was done."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...actors import country_in_tokens, country_of
from ...spacy_util import QUANTIFIERS
from .arguments import subject
from .campaign import block_a_measure, campaign_money
from .commerce import SENSES as COMMERCE
from .commerce import phrase, political
from .dealings import SENSES as DEALINGS
from .lexicon import AT_OCCASION, Lexicon, word_class
from .triggers import lemma, match, object_class

if TYPE_CHECKING:
    from .senses import Use

# --- questions: an interviewer's or a moderator's question is no demand

ASKING = {"ask", "press", "question", "quiz", "grill"}


def _question(u: Use) -> bool:
    """"asked the senator about his tax plan", "pressed her about how she would pay", "asked him, 'Where do we go
    from here?'": a question put, not a demand (one with an infinitive or a "for" stands: "asked Iran to free",
    "pressed for talks")."""
    if u.word not in ASKING or u.type != "REQUEST" or u.has("xcomp") or "for" in u.preps:
        return False
    tok = u.c.anchor
    # "about" puts a question; "over" names a grievance pressed ("pressed the junta over the arrests")
    about = any(k.dep_ == "prep" and k.lower_ == "about" for k in u.kids)
    sent = tok.sent
    before = tok.doc[max(sent.start - 2, 0) : sent.start]  # '"Why ...?" the host asked': the parser may split there
    return about or any(t.text == "?" for t in sent) or any(t.text == "?" for t in before)


MODERATORS = {"moderator", "host", "anchor", "interviewer", "questioner", "panelist", "panellist", "emcee", "presenter"}


def _a_moderators_request(u: Use) -> bool:
    """"the presenter asked both mayors to keep to two minutes": how a debate or an interview is run, no demand made of
    a political actor. The subject's own head names the moderator ("Norway, the host of the talks, asked" is a
    state's request)."""
    if u.type != "REQUEST" or u.c.nominal:
        return False
    subjects = [s for s in u.c.anchor.children if s.dep_ == "nsubj"]
    return any(lemma(t) in MODERATORS for s in subjects for t in [s, *(c for c in s.children if c.dep_ == "compound")]
               ) and not political(t for s in subjects for t in phrase(s))


# --- campaign coverage

# what a speaker does at a rally (attacks, jokes and boasts among them): its own list, not the reporting_verb class
# of lexicons/event_words.tsv, which lacks most of these and holds "state", never in this list
SPEAKING = {"say", "tell", "speak", "argue", "claim", "declare", "vow", "promise", "accuse", "mock", "joke", "add",
            "note", "boast", "predict", "insist", "ask", "urge", "attack", "blast", "slam", "criticize", "criticise",
            "praise", "pledge", "announce", "repeat", "recall", "talk", "remark", "quip", "call", "describe", "suggest",
            "tout", "warn", "charge", "question", "deride", "lash", "hammer", "explain"}
CROWDS = word_class("protester_noun") | {"activist", "crowd", "organizer", "organiser"}
OPPOSING = word_class("opposing_word")  # lexicons/event_words.tsv


def _speech_at_a_rally(u: Use) -> bool:
    """"the senator said during a rally in Ohio that ...", "During the rally, the former governor said ...": a rally
    someone speaks at is that speaker's own, no protest (one that protesters address, or against something, stands)."""
    tok = u.c.token
    if u.word != "rally" or u.type != "PROTEST" or not u.c.nominal or tok.dep_ != "pobj":
        return False
    if tok.head.lower_ not in ("at", "during", "in", "to"):
        return False
    verb = tok.head.head
    if lemma(verb) not in SPEAKING or any(lemma(t) in OPPOSING or t.lower_.startswith("anti") for t in tok.subtree):
        return False
    speakers = [s for s in verb.children if s.dep_ == "nsubj"]
    return bool(speakers) and not any(lemma(t) in CROWDS for s in speakers for t in s.subtree)


# a debate, an interview or a show: what a candidate agrees to, invites to or meets in is no political accord or meeting
# (not "session": a session of talks is a meeting; a "hall" or a "final" only as a common noun, "a town hall")
STAGES = {"interview", "debate", "appearance", "photo", "profile", "podcast", "forum", "show", "rematch", "broadcast",
          "program", "programme", "race", "primary", "runoff", "match", "game", "final", "q&a", "hall"}


def _on_a_stage(u: Use) -> bool:
    """"accepted a one-hour radio interview", "invited the businessman to the debate", "met her opponents in three
    debates": a press or campaign occasion, no accord, invitation to talks or consultation. A named hall ("at City
    Hall") is a place, and an occasion whose own words name talks ("the closing session of the summit") a meeting."""
    if u.type not in ("AGREE", "CONSULT") or u.word not in ("agree", "invite", "invitation", "meet", "face"):
        return False
    if u.word == "meet" and u.type == "CONSULT":
        # "met her opponents one-on-one in three debates": the parser may hang the phrase on any word of the clause
        places = [t for t in u.c.anchor.subtree if t.dep_ == "pobj" and t.head.lower_ in AT_OCCASION]
    elif u.word in ("agree", "invite", "invitation"):  # "invited the actor to watch the debate as her guest"
        asked = [k for k in u.kids if k.dep_ == "xcomp"] + [k for o in u.objs for k in o.children if k.dep_ == "acl"]
        places = u.preps.get("to", []) + [t for k in asked for t in k.subtree if t.dep_ in ("dobj", "pobj")]
    else:
        return False
    return any(lemma(o) in STAGES and o.pos_ != "PROPN" and not o.ent_type_ and not any(
        t is not o and _a_meeting(t, u) for t in phrase(o)) for o in places)


def _a_meeting(tok, u: Use) -> bool:
    hit = match(tok, u.lex)
    return hit is not None and hit[0].type in ("CONSULT", "AGREE")


WRITER = {"me", "us"}


def _talk_to_the_writer(u: Use) -> bool:
    """"the ambassador came to talk to me about trade", "told us": an interview with the writer, no consultation."""
    if u.type != "CONSULT":
        return False
    partners = u.objs + [o for p in ("to", "with") for o in u.preps.get(p, [])]
    return bool(partners) and all(o.lower_ in WRITER for o in partners)


ROLES = {"lead", "forefront", "vanguard"}


def _a_standing_role(u: Use) -> bool:
    """"the unions have long been in the lead in fighting the closures", "at the forefront of opposing the plan": a standing
    role, no one act (not "a role in negotiating the truce", which tells the talks)."""
    tok = u.c.token
    return (tok.dep_ == "pcomp" and tok.head.lower_ in ("in", "of") and tok.head.head.pos_ == "NOUN"
            and lemma(tok.head.head) in ROLES)


# what rallies on a market: "a rally late in the session", "an oil rally" (a rally against prices or over a budget is a
# protest: ``_a_market_rally`` reads the grievance first)
MARKETS = {"session", "market", "stock", "share", "price", "index", "dollar", "relief", "bull", "bear", "late", "oil",
           "bond", "currency", "equity", "euro", "yen", "rupee", "gold", "futures", "treasury", "year-end", "rate"}


def _a_market_rally(u: Use) -> bool:
    """"until a rally late in the session, the index stayed under 9,000", "a relief rally in bonds": prices rising, no
    protest. A rally against something or over a grievance ("against rising fuel prices", "over the budget cut") or
    one that protesters hold is a protest."""
    tok = u.c.token
    if u.word != "rally" or u.type != "PROTEST":
        return False
    if u.c.nominal and _a_grievance(tok):
        return False
    clause = tok  # "shares fell ten percent before rallying": the subject of the clause the gerund hangs on
    while not u.c.nominal and clause.dep_ in ("pcomp", "pobj", "prep", "advcl", "conj", "xcomp") and clause.head != clause:
        if any(s.dep_ == "nsubj" for s in clause.children):
            break
        clause = clause.head
    # "a three-day rally with the main indexes up": the noun's own words
    near = list(tok.subtree) if u.c.nominal else [s for s in clause.children if s.dep_ == "nsubj"]
    near += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
    return any(lemma(t) in MARKETS or t.ent_type_ in ("MONEY", "PERCENT") for t in near)


def _a_grievance(tok) -> bool:
    """A protest's words on the noun: "against" or "over" a cause (not "over the past week"), or protesters in it."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("against", "outside") or p.dep_ == "prep" and p.lower_ == "over" and not any(
                o.ent_type_ in ("DATE", "TIME") for o in p.children):
            return True
    return any(lemma(t) in CROWDS or lemma(t) in OPPOSING or t.lower_.startswith("anti") for t in tok.subtree)


# lexicons/event_words.tsv, and what was not revealed; not "respond to a demand"
UNSAID = word_class("comment_verb") | {"predict", "specify", "reveal", "name", "identify", "detail", "estimate", "explain",
                                       "divulge"}


def _decline_to_comment(u: Use) -> bool:
    """"declined to predict when the company would return to profit", "refused to say": no comment given to the
    press, no rejection of a proposal or a demand."""
    return u.type == "REJECT" and u.word in ("decline", "refuse") and any(
        k.dep_ == "xcomp" and lemma(k) in UNSAID for k in u.kids)


def _attend_school(u: Use) -> bool:
    """"the public school that her daughter attends": the relative clause's object is its head noun; attending a
    school or a service is no consultation."""
    from .senses import OBSERVANCES

    verb = u.c.anchor
    return (u.word == "attend" and u.type == "CONSULT" and verb.dep_ == "relcl"
            and any(k.dep_ == "dobj" and k.tag_ in ("WDT", "WP") for k in verb.children) and lemma(verb.head) in OBSERVANCES)


POLICIES = {"limit", "cut", "tax", "increase", "credit", "deduction", "program", "programme", "change", "reform", "rule",
            "regulation", "law", "bill", "measure", "budget", "spending", "policy", "rate", "cap", "plan", "overhaul",
            "expansion", "subsidy", "break", "exemption", "fee", "surcharge", "scale", "system", "fund", "account"}


def _a_policy_proposed(u: Use) -> bool:
    """"the mayor proposes letting renters claim a rebate", "proposing new limits on tax breaks": a policy put to
    voters, offered to no party (a proposal of talks, a truce or a deal to someone stands, and so does a plan whose own
    words name one: "proposed a plan for a truce in the region")."""
    if u.word != "propose" or u.type != "AGREE" or u.c.nominal or "to" in u.preps:
        return False
    gerund = any(k.dep_ in ("xcomp", "dobj", "ccomp") and k.tag_ == "VBG" for k in u.kids)
    if gerund:
        return True
    if not u.heads or not u.heads <= POLICIES:
        return False
    return not any(t is not o and _an_accord(t, u) for o in u.objs for t in phrase(o))


def _an_accord(tok, u: Use) -> bool:
    """A word of talks, a truce or an accord ("ceasefire", "talks", "peace"): a plan for one is a political offer."""
    hit = match(tok, u.lex)
    return hit is not None and hit[0].type in ("CONSULT", "AGREE", "RETREAT") or lemma(tok) in ("peace", "truce")


# --- warnings about a state of affairs

FORCEFUL = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "REJECT", "RETREAT", "PROTEST", "ACCUSE"}
SELF = {"we", "i", "us"}


def _warn_of_a_state(u: Use) -> bool:
    """"the minister warned that talk of a recovery might be premature", "leaders warn that the bloc could fall
    apart": a warning about how things are or may go, no threat. A threat names an act of force or pressure in what
    is warned, or the warner's own act to come ("warned that it would respond")."""
    if u.word not in ("warn", "caution", "warning") or u.type != "THREATEN":
        return False
    # "issued a warning that the slump would cause profits to drop": the noun's clause
    kids = list(u.c.token.children) if u.c.nominal else u.kids
    clauses = [k for k in kids if k.dep_ in ("ccomp", "acl") and any(m.lower_ == "that" for m in k.children)
               or k.dep_ == "ccomp" and not u.c.nominal]
    if not clauses:
        return False
    for clause in clauses:
        for t in clause.subtree:
            hit = match(t, u.lex)
            if hit is not None and hit[0].type in FORCEFUL:
                return False
        if _own_act(clause, u) or _at_a_state(clause):
            return False
    return True


def _at_a_state(clause) -> bool:
    """A warning that speaks for the warner or names a state's conduct: "warned that we will be forced to answer in
    kind", "warned that the region could not overlook Syria's moves", "in response to Iranian provocations"."""
    return any(t.lower_ in SELF or t.ent_type_ == "NORP" or (t.ent_type_ == "GPE" and t.dep_ == "poss")
               for t in clause.subtree)


def _own_act(clause, u: Use) -> bool:
    """What the warner will do: "that we will respond", "that it would retaliate" (the warner or a pronoun; "it" only
    for a state or a body that warns, and not "it would be hard")."""
    auxes = {a.lower_ for a in clause.children if a.dep_ == "aux"}
    if not auxes & {"will", "would", "'ll", "shall"}:
        return False
    # the warner of a joined verb is the first verb's subject ("demanded a deal and warned that it would ...")
    subjects = [s for s in u.c.anchor.children if s.dep_ == "nsubj"] or [
        s for s in subject(u.c.anchor) if s.dep_ == "nsubj"]
    warners = {lemma(s) for s in subjects} | {lemma(u.c.token)}
    body = political(t for s in subjects for t in phrase(s)) or any(s.ent_type_ == "ORG" for s in subjects)
    home = country_in_tokens([t for s in subjects for t in phrase(s)])
    return any(s.lower_ in SELF or lemma(s) in warners or (s.pos_ == "PRON" and s.lower_ != "it")
               or s.lower_ == "it" and body and lemma(clause) != "be"
               or home is not None and _names_state(s) == home and _an_act(clause, u.lex)
               for s in clause.children if s.dep_ == "nsubj")


def _an_act(verb, lex: Lexicon) -> bool:
    """The warner's state does something ("warned that Moscow would respond", "that Cairo will not accept"), not
    undergoes it ("that Britain would face higher prices"): an act the lexicon codes, or an answer in kind."""
    return match(verb, lex) is not None or lemma(verb) in RETALIATION


RETALIATION = word_class("retaliation_verb")


def _names_state(tok) -> str | None:
    """The country a subject names as a state, by its name or its capital ("Moscow", "Egypt"), not a demonym."""
    hit = country_of(" ".join(t.text for t in phrase(tok))) if tok.ent_type_ == "GPE" else None
    return hit[0] if hit and hit[1] in ("name", "capital") else None


# --- commentary on markets and opinion

def _blame_a_cause(u: Use) -> bool:
    """"analysts blame the recent losses on fears of a recession": a cause named, no one accused (one blamed on
    people, a group, a body or a country stands: "blamed the attack on the rebels")."""
    if u.word != "blame" or u.type != "ACCUSE" or u.c.nominal:
        return False
    causes = [o for h in [u.c.anchor, *u.objs] for p in h.children if p.dep_ == "prep" and p.lower_ == "on"
              for o in p.children if o.dep_ == "pobj"]  # the parser may hang "on" on the object
    return bool(causes) and not any(_someone(o, u.lex) for o in causes)


def _someone(tok, lex: Lexicon) -> bool:
    """A phrase that names someone: the word itself, or a possessor or an "of" phrase that names a person or body."""
    near = [tok] + [c for c in tok.children if c.dep_ in ("poss", "compound")] + [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(t.ent_type_ in ("PERSON", "ORG", "NORP") or t.pos_ in ("PRON", "PROPN") or t is tok and t.ent_type_ == "GPE"
               or "person" in object_class(t, lex) or lemma(t) in PEOPLE or match(t, lex) is not None for t in near)


PEOPLE = word_class("people_noun") | word_class("government_noun") | {"group", "organization", "organisation"}
BELIEFS = {"reality", "fact", "idea", "notion", "premise", "view", "science", "argument", "theory", "claim",
           "evidence", "truth", "consensus", "finding", "explanation", "assessment", "diagnosis", "logic", "thesis",
           "representation", "characterization", "characterisation", "description", "account", "version", "point"}


def _accept_a_fact(u: Use) -> bool:
    """"voters who accepted the reality of climate change": a belief held, no accord."""
    return u.word == "accept" and u.type == "AGREE" and (bool(u.heads) and u.heads <= BELIEFS or not u.heads and any(
        k.dep_ == "ccomp" and any(m.lower_ == "that" for m in k.children) for k in u.kids))  # "accepted that it failed"


# the public at large, and here the electorate polls ask about ("Americans", "independents", "millennials")
PUBLICS = word_class("public_noun") | {
    "american", "electorate", "respondent", "millennial", "woman", "man", "independent", "democrat", "republican",
    "youth", "supporter", "household"}


def _public(tok) -> bool:
    return lemma(tok) in PUBLICS or tok.lower_.removesuffix("s") in PUBLICS  # the tagger may keep "Americans" whole


def _popularity(u: Use) -> bool:
    """"the poll measures Americans' support for the candidates", "voter support for the plan", "the millions of
    Americans supporting the governor": popularity in the public, no act of support."""
    tok = u.c.token
    if u.type != "SUPPORT" or u.word != "support":
        return False
    if not u.c.nominal:  # the verb's subject, or the noun a participle describes
        holders = [tok.head] if tok.dep_ in ("acl", "relcl") else [s for s in tok.children if s.dep_ == "nsubj"]
        return bool(holders) and all(any(_public(t) for t in h.subtree if t.i < tok.i) for h in holders)
    return any(k.dep_ in ("poss", "compound", "amod") and (lemma(k) in PUBLICS or k.ent_type_ == "NORP" and k.tag_ == "NNPS")
               for k in tok.children)


# --- habitual and generic uses

# not "often", "frequently": a group "often paid by the state" is annotated as aid on dev data (RAMS)
HABITUAL = {"normally", "usually", "typically", "generally", "routinely", "traditionally", "regularly", "constantly",
            "customarily", "habitually", "ordinarily", "commonly"}
# acts of force told as a habit are still events of the record ("soldiers routinely beat detainees": PLOVER GSR)
FORCE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE"}


def _habitual(u: Use) -> bool:
    """"airlines normally supply technical help", "has been constantly investigated", "airlines normally help
    crash investigations": what is done as a habit or a rule, no one event (a noun read on the verb it is the
    object of)."""
    if u.type in FORCE:
        return False
    tok = u.c.token
    verb = tok.head.head if tok.dep_ == "compound" else tok.head if u.c.nominal and tok.dep_ in ("dobj", "pobj") else tok
    if verb.dep_ == "prep":
        verb = verb.head
    return any(k.dep_ == "advmod" and k.lower_ in HABITUAL for k in verb.children)


def _generic(u: Use) -> bool:
    """"Many countries oppose the death penalty", "nations that oppose radical ideology": a present tense told of
    a kind of actor (a bare plural or one counted by "many", "most"), a standing attitude, no event. Acts of force and
    what protesters demand are events all the same ("many protesters demand his resignation")."""
    verb = u.c.anchor
    if u.type in FORCE or u.c.nominal or verb.tag_ not in ("VBP",) or any(a.dep_ in ("aux", "auxpass") for a in verb.children):
        return False
    if verb.dep_ == "relcl":
        subj = verb.head
        if not any(s.dep_ == "nsubj" and s.tag_ == "WDT" for s in verb.children):
            return False
    else:
        subj = next((s for s in verb.children if s.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NNS" or subj.ent_type_ or lemma(subj) in CROWDS:
        return False
    kids = list(subj.children)
    if any(k.dep_ == "det" and k.lower_ in QUANTIFIERS or k.dep_ == "amod" and k.lower_ in QUANTIFIERS for k in kids):
        return True
    return verb.dep_ == "relcl" and not any(k.dep_ in ("det", "poss", "nummod", "compound") for k in kids)


# (name, test): read on nouns and verbs alike; each test checks its own words and parts of speech
SENSES: tuple[tuple[str, Callable[[Use], bool]], ...] = (
    ("a-question", _question), ("a-moderators-request", _a_moderators_request), ("speech-at-a-rally", _speech_at_a_rally), ("on-a-stage", _on_a_stage),
    ("warn-of-a-state", _warn_of_a_state), ("talk-to-the-writer", _talk_to_the_writer),
    ("a-standing-role", _a_standing_role), ("blame-a-cause", _blame_a_cause), ("accept-a-fact", _accept_a_fact),
    ("popularity", _popularity), ("a-market-rally", _a_market_rally), ("decline-to-comment", _decline_to_comment),
    ("attend-school", _attend_school), ("a-policy-proposed", _a_policy_proposed), ("habitual", _habitual), ("generic", _generic),
    ("campaign-money", campaign_money), ("block-a-measure", block_a_measure),
) + COMMERCE + DEALINGS


# --- statuses

CAPACITY = {"force", "ability", "capacity", "power", "means", "tool", "authority", "mandate", "capability", "resource",
            "fund", "money", "army", "weapon", "strength", "leverage", "muscle", "wherewithal"}
# not "attempt", "bid", "effort": an attempt on someone's life is the attack (PLOVER GSR)
CONDITIONS = {"condition", "precondition", "requirement", "prerequisite", "term", "path", "roadmap", "framework",
              "chance", "opportunity", "option", "strategy", "incentive", "pressure", "case", "argument", "basis",
              "ground", "prospect", "hope"}
UNABLE = {"unable", "powerless", "helpless", "reluctant", "unwilling", "loath", "loth"}
RELUCTANCE = {"reluctance", "unwillingness", "refusal", "reluctant", "unwilling", "hesitancy", "hesitation"}


def status_of_clause(anchor, lex: Lexicon) -> str | None:
    """A status the clause gives the act before the usual reading, or None."""
    if _asked(anchor):
        return "hypothetical"
    if anchor.dep_ == "xcomp" and lemma(anchor.head) in UNABLE:
        return "negated"  # "will be unable to accuse the audience", "was reluctant to intervene"
    if anchor.dep_ == "xcomp" and anchor.head.tag_ == "MD":  # "she ought to walk that remark back"
        return "planned" if anchor.head.lower_ in ("will", "shall", "'ll", "wo") else "hypothetical"
    if anchor.dep_ == "pcomp" and anchor.head.lower_ in EXCEPTING and not any(c.dep_ == "neg" for c in anchor.children):
        return "occurred"  # "has not said much beyond speaking with advisers": the exception was done
    if anchor.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
        role = next((r for r in ("planned", "hypothetical") if lex.role(lemma(anchor.head), r)), None)
        if role:
            return role  # "wants the army to attack", "wants a common force to defend the bloc"
    noun = _noun_of_purpose(anchor)
    if noun is None:
        return None
    if lemma(noun) in RELUCTANCE:
        return "negated"  # "their unwillingness to give up the border posts"
    if lemma(noun) in CAPACITY | CONDITIONS:
        return "hypothetical"  # "a common force to defend the bloc", "conditions for restoring relations"
    verb = noun.head
    if noun.dep_ in ("dobj", "attr") and verb.pos_ == "VERB":
        return next((r for r in ("planned", "hypothetical") if lex.role(lemma(verb), r)), None)  # "wants a force to"
    return None


def _noun_of_purpose(tok):
    """The noun an infinitive or a "for" or "of" gerund is for: "a force to defend", "conditions for restoring"."""
    if tok.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return tok.head if tok.head.pos_ in ("NOUN", "ADJ") else None
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("for", "of") and tok.head.head.pos_ == "NOUN":
        return tok.head.head
    return None


EXCEPTING = {"beyond", "besides", "except", "apart"}


WH = {"why", "how", "what", "when", "where", "who", "whom", "which", "whether"}


def _asked(anchor) -> bool:
    """An act in a direct question: "how can you keep rejecting their offer?", "Did the mayor block the inquiry?".
    Read on the finite clause the act belongs to: it closes with a question mark and opens with a question word or
    with an auxiliary before its subject."""
    clause = anchor
    for _ in range(6):
        if clause.dep_ not in ("xcomp", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj", "conj") or clause.head == clause:
            break
        if clause.dep_ == "conj" and any(c.dep_ == "nsubj" for c in clause.children):
            break
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    toks = list(clause.subtree)
    end = toks[-1].i + 1  # the clause closes with the question mark, before any closing quote or space
    while end > toks[0].i + 1 and (clause.doc[end - 1].is_space or clause.doc[end - 1].tag_ in ("''", "``", '"')):
        end -= 1
    closing = clause.doc[end - 1] if clause.doc[end - 1].text == "?" else clause.doc[end] if end < len(clause.doc) else None
    if closing is None or closing.text != "?":
        return False  # '"Who answers?" Trump asked, accusing her of ...': the question is another clause's
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    inverted = subj is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in clause.children)
    first = next((t for t in toks if not t.is_punct and not t.is_space), None)
    return inverted or (first is not None and first.lower_ in WH and clause in (first.head, first.head.head))
