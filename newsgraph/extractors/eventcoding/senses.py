"""Senses of event words that are no event, told by the object or the clause (written from general news English):
"seized on a report", "occupies a key post", "fired 3,000 workers", "released a new album", "battled pneumonia",
"troops marched in the parade", "striking nurses" (a labour strike, never a blow)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from ...spacy_util import to_infinitive
from .actorcode import through_collective
from .arguments import subject
from .commentary import SENSES as COMMENTARY
from .commerce import phrase, political
from .contests import a_game as _a_game
from .contests import protest_a_call as _protest_a_call
from .lexicon import Lexicon
from .ordinary import (
    a_practice_word,
    agreement_held,
    appeal_for_witnesses,
    attend_a_protest,
    beat_a_figure,
    campaign_rally,
    counted_in_a_statistic,
    defend_ones_own,
    destroy_records,
    disable_no_computer,
    hand_over_a_document,
    out_of_custody,
    private_encounter,
    reprisal_not_announced,
    rise_to_fame,
    rule_out_an_explanation,
    seek_for_oneself,
    talk_about,
    talk_alone,
)
from .predicates import ARMED
from .triggers import Candidate, is_passive, lemma, match, object_class

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
ASKED_FOR = {"help", "aid", "assistance", "permission", "asylum", "support", "forgiveness", "clemency", "release",
             "extradition", "ceasefire", "truce", "protection", "money", "loan", "bailout", "troops", "weapons"}
TARGETS = {"threshold", "target", "requirement", "deadline", "criterion", "criteria", "goal", "need", "standard",
           "expectation", "quota", "obligation", "condition", "cost", "payroll", "end", "bar", "mark", "limit",
           "demise", "fate", "death", "payment", "call", "demand", "challenge"}  # "met its fate", "meet the payment"
SIGNED = {"bill", "law", "legislation", "order", "decree", "budget", "measure", "check", "autograph", "contract"}
FILED_FOR = {"bankruptcy", "protection", "divorce", "reelection", "candidacy", "office"}
HOSTED = {"summit", "meeting", "conference", "delegation", "visit", "visitor", "leader", "guest"}
CEREMONIES = {"parade", "rehearsal", "ceremony", "commemoration", "celebration", "festival", "procession", "anniversary", "funeral"}
PLEAS = {"guilty", "innocent", "no", "contest", "insanity"}
WORKFORCE = {"worker", "employee", "staff", "staffer", "miner", "teacher", "nurse", "driver", "docker", "dockworker",
             "longshoreman", "stevedore", "doctor", "pilot", "labourer", "laborer", "crew", "porter", "cleaner",
             "firefighter", "conductor", "trucker", "machinist", "steelworker", "autoworker", "member", "unionist",
             "servant", "workforce", "employe", "controller", "guard", "lecturer", "professor", "physician",
             "postman", "postal", "farmhand", "operator", "technician", "mechanic", "cabbie", "courier"}


def objects(c: Candidate) -> list:
    """Direct objects of the trigger's verb, and the "of" complement of a nominal trigger."""
    objs = [o for o in c.anchor.children if o.dep_ in ("dobj", "nsubjpass")]
    if not objs and not c.nominal and c.anchor.dep_ == "acl" and c.anchor.tag_ == "VBN":
        objs = [c.anchor.head]  # "a bill signed by the minister", "the album released in May": the noun it describes
    if not objs and not c.nominal and _object_relative(c.anchor):
        objs = [c.anchor.head]  # "the refugees Pakistan has been hosting", "the workers it fired": the noun described
    if c.nominal:
        objs += [o for p in c.token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return [through_collective(o) for o in objs]


def _object_relative(verb) -> bool:
    """A relative clause with a subject of its own and no object: its head noun is what the verb acts on."""
    kids = list(verb.children)
    return (verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN")
            and any(k.dep_ == "nsubj" and k.tag_ not in ("WDT", "WP") for k in kids)
            and not any(k.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for k in kids)
            and not any(k.dep_ == "prep" and not any(o.dep_ == "pobj" for o in k.children) for k in kids))


@dataclass
class Use:
    """One use of a trigger word: the word, its objects and (for a verb) its prepositions and clauses."""

    c: Candidate
    type: str
    lex: Lexicon

    @cached_property
    def word(self) -> str:
        return lemma(self.c.token)

    @cached_property
    def objs(self) -> list:
        return objects(self.c)

    @cached_property
    def heads(self) -> set[str]:
        return {o.lemma_.lower() for o in self.objs}

    @cached_property
    def kids(self) -> list:
        return list(self.c.anchor.children)

    @cached_property
    def preps(self) -> dict[str, list]:
        return {p.lower_: [o for o in p.children if o.dep_ == "pobj"] for p in self.kids if p.dep_ == "prep"
                and not any(o.lemma_.lower() in ("degree", "extent") for o in p.children)}  # not "to varying degrees"

    def has(self, *deps: str) -> bool:
        return any(k.dep_ in deps for k in self.kids)


def _in_charge_of(u: Use) -> bool:
    """"the officer in charge of the investigation": responsible for, no charge laid."""
    tok = u.c.token
    return u.word == "charge" and u.c.nominal and tok.head.lower_ == "in" and not any(
        c.dep_ in ("det", "amod", "compound") for c in tok.children)


def _seize_upon(u: Use) -> bool:
    """"seized upon a report": made use of, not captured."""
    return u.word == "seize" and not u.objs and any(p.dep_ == "prep" and p.lower_ in ("on", "upon") for p in u.kids)


def _occupy_a_post(u: Use) -> bool:
    """"occupies a key post": holds an office."""
    return u.word == "occupy" and bool(u.heads) and u.heads <= POSTS


def _fire_staff(u: Use) -> bool:
    """"fired 3,000 workers": dismissed from a job."""
    return u.word == "fire" and bool(u.heads) and u.heads <= STAFF


def _release_a_product(u: Use) -> bool:
    """"released a new album": published, not freed."""
    return u.word == "release" and bool(u.heads) and u.heads <= PRODUCTS


def _offer_an_opinion(u: Use) -> bool:
    """"offered his views": said, not offered aid."""
    return u.word == "offer" and bool(u.heads) and u.heads <= OPINIONS


def _contribute_to_a_report(u: Use) -> bool:
    """"contributed to this report": a journalist's credit, no aid."""
    return u.word == "contribute" and any(lemma(o) in PRODUCTS | {"story", "article"} for o in u.preps.get("to", []))


RESCUED = {"people", "person", "survivor", "body", "victim", "passenger", "child", "resident", "miner", "man",
           "woman", "driver", "crew", "swimmer", "climber"}  # fmt: skip


def _pull_out_alive(u: Use) -> bool:
    """"pulled 64 people out alive", "pulled three bodies from the lake": a rescue or a recovery, not a
    withdrawal (which pulls out troops, staff or oneself)."""
    return u.word == "pull" and u.type == "RETREAT" and bool(u.objs) and all(
        "troops" not in object_class(o, u.lex) and (lemma(o) in RESCUED or o.like_num) for o in u.objs
    )


def _plead_in_court(u: Use) -> bool:
    """"pleaded not guilty", "pleads guilty to fraud", a headline's "Pleads Not Guilty" (read in word order, the
    parser may hang it anywhere): an answer to a charge in court, not an appeal to anyone."""
    after = u.c.token.doc[u.c.token.i + 1 : u.c.token.i + 3]
    return u.word == "plead" and any(k.lower_ in PLEAS for k in [*u.c.anchor.subtree, *after] if k.i > u.c.anchor.i)


def _decline_a_fall(u: Use) -> bool:
    """"the rating declined": a fall, not a refusal."""
    return u.word == "decline" and not u.objs and not u.has("xcomp", "ccomp")


SHELTERED = {"refugee", "migrant", "asylum", "seeker", "evacuee", "immigrant", "displaced", "exile"}


def _host_refugees(u: Use) -> bool:
    """"hosts 600,000 refugees": shelter given to people who fled, no visit hosted."""
    return u.word == "host" and u.type == "CONSULT" and bool(u.heads) and u.heads <= SHELTERED


def _host_an_event(u: Use) -> bool:
    """"will host events in two counties": no one met."""
    return u.word == "host" and bool(u.heads) and u.type == "CONSULT" and not any(
        "person" in object_class(o, u.lex) or o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or o.pos_ == "PROPN"
        or match(o, u.lex) or o.lemma_.lower() in HOSTED for o in u.objs)


def _support_among(u: Use) -> bool:
    """"her support among millennials": popularity."""
    return u.type == "SUPPORT" and u.c.nominal and any(p.dep_ == "prep" and p.lower_ == "among" for p in u.c.token.children)


def _agree_an_opinion(u: Use) -> bool:
    """"all agreed that the proposal would raise taxes", "agree with Trump": an opinion."""
    return (u.word == "agree" and u.type == "AGREE" and not ({"to", "on", "upon"} & u.preps.keys()) and not u.has("xcomp")
            and (u.has("ccomp") or "with" in u.preps))


def _mandative(clause) -> bool:
    """A clause that says what someone should do: "that Iran should stop", "that she resign" (a bare verb), "suggested
    that both sides hold talks" (a present tense after a past one, which reported speech would have put in the past:
    a subjunctive). A base form after a modal of prediction or possibility is no subjunctive: "suggested that the
    complaints could be grounds for a case", "insisted that the law will not change their work" are claims."""
    modals = {a.lower_ for a in clause.children if a.dep_ in ("aux", "auxpass") and a.tag_ == "MD"}
    if modals and not modals & {"should", "must", "shall"}:
        return False
    subjunctive = (clause.tag_ == "VBP" and clause.head.tag_ in ("VBD", "VBN") and lemma(clause) not in ("be", "have")
                   and not any(a.dep_ in ("aux", "auxpass") for a in clause.children))
    return clause.tag_ == "VB" or subjunctive or any(a.lower_ in ("should", "must") for a in clause.children)


def _advised(u: Use) -> bool:
    """Advice given to someone or for an act: "advised the minister", "recommended sanctions"."""
    told = u.objs + [d for d in u.kids if d.dep_ == "dative"]
    return any(o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or o.pos_ == "PRON" or "person" in object_class(o, u.lex)
               or match(o, u.lex) for o in told)


def _suggest_an_opinion(u: Use) -> bool:
    """"the data suggest that", "recommended the film": an opinion, not advice to act (advice to someone, for an
    act, or that someone do something is a request)."""
    return u.word in ("advise", "recommend", "suggest") and not any(
        k.dep_ == "xcomp" or (k.dep_ == "ccomp" and _mandative(k)) for k in u.kids) and not _advised(u)


def _ask_a_question(u: Use) -> bool:
    """A question ("asked her whether ...", "asked him about his taxes"), not a demand ("asked Iran to free")."""
    return (u.word == "ask" and u.type == "REQUEST" and not u.has("xcomp") and "for" not in u.preps
            and not (u.heads & ASKED_FOR)
            and (u.has("ccomp") or "about" in u.preps or not u.heads or u.c.anchor.dep_ in ("relcl",)))


def _file_for(u: Use) -> bool:
    """"filed for bankruptcy": a legal step, not a demand."""
    return u.word == "file" and bool({o.lemma_.lower() for o in u.preps.get("for", [])} & FILED_FOR)


def _meet_a_target(u: Use) -> bool:
    """"did not meet the threshold", "met a grim fate": a target or a fate, no one met."""
    return u.word == "meet" and u.type == "CONSULT" and bool(u.heads) and u.heads <= TARGETS


RECEPTIONS = {"approval", "disapproval", "success", "resistance", "opposition", "criticism", "skepticism",
              "scepticism", "praise", "derision", "silence", "outrage", "hostility", "acclaim", "indifference", "anger",
              "applause", "suspicion", "scorn", "ridicule", "enthusiasm", "disbelief", "dismay", "concern", "alarm"}
MUNITIONS = {"shot", "round", "bullet", "missile", "rocket", "shell", "mortar", "gun", "weapon", "teargas", "gas",
             "grenade", "cannon", "volley", "salvo", "projectile", "artillery", "warning", "torpedo", "flare"}
# how a retort is worded ("fired back, saying", "tweeting", "accusing"): its own list, not the reporting_verb class
SAYING = {"say", "tell", "write", "tweet", "accuse", "call", "argue", "insist", "respond", "reply", "retort", "note"}


def _meet_with_a_reception(u: Use) -> bool:
    """"the plan met with criticism", "are meeting with the approval of Congress": how something was received."""
    return u.word == "meet" and u.type == "CONSULT" and any(lemma(o) in RECEPTIONS for o in u.preps.get("with", []))


def _fired_at_something(u: Use) -> bool:
    return any(lemma(o) in MUNITIONS for o in u.objs) or any(p in u.preps for p in ("at", "on", "into", "upon"))


def _fire_from_a_post(u: Use) -> bool:
    """"Trump fired his national security adviser", "the official had been fired in November": dismissed."""
    if u.word != "fire" or u.type != "ASSAULT" or _fired_at_something(u):
        return False
    people = u.objs or (subject(u.c.anchor) if is_passive(u.c.anchor) else [])
    return any(o.ent_type_ == "PERSON" or "person" in object_class(o, u.lex) or lemma(o) in STAFF
               or (o.pos_ == "PROPN" and o.ent_type_ in ("PERSON", "ORG", "")) for o in people)


def _dismiss_from_a_post(u: Use) -> bool:
    """"Rovers dismissed their coach", "the minister was dismissed": removed from a post, no rejection of a
    proposal or a claim ("dismissed the claims" stands)."""
    if u.word != "dismiss" or u.type != "REJECT":
        return False
    people = u.objs or (subject(u.c.anchor) if is_passive(u.c.anchor) else [])
    return any(o.ent_type_ == "PERSON" or "person" in object_class(o, u.lex) or lemma(o) in STAFF for o in people)


def _fire_back_in_words(u: Use) -> bool:
    """"fired back, saying the plan was unfair", "fired back at his rival": a retort, not shooting."""
    if u.word != "fire" or u.type != "ASSAULT" or not any(k.dep_ in ("prt", "advmod") and k.lower_ == "back" for k in u.kids):
        return False
    said = any(k.dep_ in ("advcl", "xcomp", "conj", "ccomp") and lemma(k) in SAYING for k in u.kids)
    return said or any(o.ent_type_ == "PERSON" for o in u.preps.get("at", []))


LEGAL_TEXTS = SIGNED | {"regulation", "rule", "ban", "ruling", "provision", "policy", "statute", "requirement",
                        "restriction", "mandate", "ordinance", "amendment", "act", "clause", "verdict", "conviction"}


def _strike_down_a_law(u: Use) -> bool:
    """"the court struck down the regulation": annulled, no blow."""
    return (u.word == "strike" and any(k.dep_ == "prt" and k.lower_ == "down" for k in u.kids)
            and bool(u.heads) and u.heads <= LEGAL_TEXTS)


def _demonstrate_a_thing(u: Use) -> bool:
    """"will demonstrate a show of force", "demonstrated its resolve": showed something, no demonstration."""
    return u.word == "demonstrate" and u.type == "PROTEST" and any(o.dep_ == "dobj" for o in u.kids)


OBSERVANCES = CEREMONIES | {"service", "mass", "wedding", "concert", "vigil", "prayer", "graduation", "show", "game",
                            "match", "premiere", "gala", "reception", "inauguration", "opening", "school", "class"}


def _attend_a_ceremony(u: Use) -> bool:
    """"attends Sunday services", "attended his funeral": an observance, no consultation."""
    return u.word == "attend" and u.type == "CONSULT" and bool(u.heads) and u.heads <= OBSERVANCES


POLITICAL_CONTESTS = {"nomination", "legal", "court", "political", "election", "electoral", "custody", "campaign",
                      "budget", "policy", "leadership", "primary", "ratings", "bidding", "takeover", "ideological",
                      "cultural", "culture", "partisan", "courtroom", "legislative", "congressional", "regulatory",
                      "verbal", "public", "media", "diplomatic"}


def _contest_in_words(u: Use) -> bool:
    """"the Republican nomination battle", "a legal fight", "the battle over transgender rights": a contest of
    politics or law, no violence (not "the battle over Aleppo", a place fought for)."""
    if u.word not in ("battle", "fight", "fighting") or u.type != "ASSAULT" or not u.c.nominal:
        return False
    tok = u.c.token
    if any(k.dep_ in ("compound", "amod") and lemma(k) in POLITICAL_CONTESTS for k in tok.children):
        return True
    over = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "over" for o in p.children if o.dep_ == "pobj"]
    return bool(over) and not any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.pos_ == "PROPN" for o in over)


def _sign_a_document(u: Use) -> bool:
    """A signature on a law or a cheque, not an accord."""
    return u.word == "sign" and u.type == "SUPPORT" and bool(u.heads) and u.heads <= SIGNED


def _insist_a_claim(u: Use) -> bool:
    """"insisted the clashes were a land dispute": a claim held to, not a demand ("insisted that Iran must stop",
    "insisted on a vote" and "insisted she resign" are demands)."""
    return (u.word == "insist" and u.type == "REQUEST" and not u.has("xcomp") and "on" not in u.preps
            and not any(k.dep_ == "ccomp" and _mandative(k) for k in u.kids))


def _help_do_another_act(u: Use) -> bool:
    """"hired lobbyists to help defend its bid", "helped negotiate the truce": the verb after "help"
    names the act, which is coded on its own; the helping is no aid."""
    return u.word == "help" and u.type == "AID" and any(
        k.dep_ in ("xcomp", "ccomp") and k.pos_ == "VERB" and match(k, u.lex) is not None for k in u.kids)


def _a_statement_released(u: Use) -> bool:
    """"according to a press release", "in a news release": a statement, no one freed."""
    return u.word == "release" and u.c.nominal and any(
        k.dep_ in ("compound", "amod") and k.lower_ in ("press", "news", "media") for k in u.c.token.children)


def _seek_to_try(u: Use) -> bool:
    """"sought to contrast her approach": tried, not asked."""
    return u.word == "seek" and u.type == "REQUEST" and u.has("xcomp") and not u.heads


def _commit_a_crime(u: Use) -> bool:
    """"committed identity theft": not a commitment."""
    return u.word == "commit" and u.type == "AGREE" and bool(u.heads) and not ("to" in u.preps or u.has("ccomp", "xcomp"))


# what is met, visited or held, whose putting off is a rejection ("postponed the talks", "cancelled plans to visit")
GATHERINGS = HOSTED | {"talk", "trip", "visit", "negotiation", "election", "vote", "referendum", "tour", "session",
                       "hearing", "ceremony", "event", "rally", "parade", "interview", "signing", "trial", "debate",
                       "exercise", "drill", "call", "consultation", "mission", "march", "protest", "strike", "deal",
                       "agreement", "accord", "treaty", "deployment", "withdrawal", "release", "handover", "meet",
                       "travel", "attend", "host"}
PUTTING_OFF = {"postpone", "cancel", "delay", "defer", "shelve", "scrap", "suspend"}


def _put_off_a_task(u: Use) -> bool:
    """"forced hospitals to postpone hundreds of operations", "delayed the launch": work or a service put off, no
    meeting refused. Stands when anything in the object says a meeting, a visit, a vote or an accord."""
    if u.word not in PUTTING_OFF or u.type != "REJECT" or not u.objs:
        return False
    over = u.preps.get("over") or [k for o in u.objs for k in o.children if k.dep_ == "prep" and k.lower_ == "over"]
    if over and political(t for s in subject(u.c.anchor) for t in phrase(s)):
        return False  # "Japan postponed a training programme over the law": a state's reprisal, no work put off
    return not any(lemma(t) in GATHERINGS or "occasion" in object_class(t, u.lex) or t.ent_type_ == "EVENT"
                   for o in u.objs for t in o.subtree)


STRIVING = {"battle", "fight", "struggle", "scramble", "wrestle"}


def _strive_to(u: Use) -> bool:
    """"has been struggling to win back voters", "fought to keep his seat", "fought to overturn the verdict" (an
    infinitive the parser may hang as a clause of purpose): an effort, no violence. Stands when what is striven
    for is itself a use of force ("fought to retake the town") or armed forces or groups strive."""
    if u.word not in STRIVING or u.type != "ASSAULT" or u.objs:
        return False
    goals = [k for k in u.kids if (k.dep_ == "xcomp" or (k.dep_ == "advcl" and _against_a_decision(k)))
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children)]
    if not goals or any(_forceful(g, u.lex) for g in goals):
        return False
    return not any("troops" in object_class(t := through_collective(s), u.lex) or lemma(t) in ARMED
                   for s in subject(u.c.anchor))


DECISIONS = LEGAL_TEXTS | {"decision", "verdict", "result", "outcome", "sentence", "conviction", "vote"}


def _against_a_decision(clause) -> bool:
    """A clause of purpose the parser makes of the infinitive: a striving when it acts on a decision or a law
    ("fought to overturn the verdict"); "battled to keep control of the valley" may be fighting."""
    return any(o.dep_ == "dobj" and lemma(o) in DECISIONS for o in clause.children)



def _forceful(verb, lex: Lexicon) -> bool:
    hit = match(verb, lex)
    return hit is not None and hit[0].type in ("ASSAULT", "COERCE", "MOBILIZE")


# (name, test): checked in order; the first group for nouns and verbs, the second for verbs only
ANY_SENSES: tuple[tuple[str, Callable[[Use], bool]], ...] = (
    ("seize-upon", _seize_upon), ("occupy-a-post", _occupy_a_post), ("fire-staff", _fire_staff),
    ("release-a-product", _release_a_product), ("offer-an-opinion", _offer_an_opinion),
    ("decline-a-fall", _decline_a_fall), ("host-an-event", _host_an_event), ("support-among", _support_among),
    ("a-game", _a_game), ("protest-a-call", _protest_a_call), ("campaign-rally", campaign_rally), ("in-charge-of", _in_charge_of),
    ("contest-in-words", _contest_in_words), ("host-refugees", _host_refugees),
    ("a-statement-released", _a_statement_released), ("a-practice-word", a_practice_word),
    ("appeal-for-witnesses", appeal_for_witnesses), ("talk-about", talk_about), ("counted-in-a-statistic", counted_in_a_statistic),
    ("agreement-held", agreement_held), ("out-of-custody", out_of_custody),
)
VERB_SENSES: tuple[tuple[str, Callable[[Use], bool]], ...] = (
    ("agree-an-opinion", _agree_an_opinion), ("suggest-an-opinion", _suggest_an_opinion),
    ("ask-a-question", _ask_a_question), ("file-for", _file_for), ("meet-a-target", _meet_a_target),
    ("sign-a-document", _sign_a_document), ("seek-to-try", _seek_to_try), ("seek-for-oneself", seek_for_oneself),
    ("commit-a-crime", _commit_a_crime),
    ("contribute-to-a-report", _contribute_to_a_report), ("plead-in-court", _plead_in_court),
    ("pull-out-alive", _pull_out_alive), ("meet-with-a-reception", _meet_with_a_reception),
    ("fire-from-a-post", _fire_from_a_post), ("dismiss-from-a-post", _dismiss_from_a_post),
    ("fire-back-in-words", _fire_back_in_words),
    ("strike-down-a-law", _strike_down_a_law), ("demonstrate-a-thing", _demonstrate_a_thing),
    ("attend-a-ceremony", _attend_a_ceremony), ("insist-a-claim", _insist_a_claim),
    ("help-do-another-act", _help_do_another_act), ("put-off-a-task", _put_off_a_task),
    ("hand-over-a-document", hand_over_a_document), ("strive-to", _strive_to),
    ("rise-to-fame", rise_to_fame), ("beat-a-figure", beat_a_figure), ("attend-a-protest", attend_a_protest),
    ("talk-alone", talk_alone), ("disable-no-computer", disable_no_computer),
    ("reprisal-not-announced", reprisal_not_announced), ("private-encounter", private_encounter),
    ("rule-out-an-explanation", rule_out_an_explanation),
    ("defend-ones-own", defend_ones_own), ("destroy-records", destroy_records),
)


def other_sense(c: Candidate, type_: str, lex: Lexicon) -> str | None:
    """The name of the non-event sense this use of the trigger has, or None when it may be an event."""
    u = Use(c, type_, lex)
    senses = (ANY_SENSES if c.nominal else ANY_SENSES + VERB_SENSES) + COMMENTARY  # commentary.py: general news
    return next((name for name, test in senses if test(u)), None)


def ceremonial(c: Candidate, lex: Lexicon) -> bool:
    """A march of troops or police, or one held in or for a ceremony, is not a protest."""
    if lemma(c.token) not in ("march", "parade", "procession", "gather", "rally"):
        return False
    if any("troops" in object_class(through_collective(t), lex) for t in subject(c.anchor)):
        return True
    near = [o for h in (c.token, c.anchor) for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "at", "for")
            for o in p.children if o.dep_ == "pobj"]
    return any(lemma(o) in CEREMONIES for o in near) or any(
        (v.dep_ in ("acl", "advcl") or (v.dep_ == "relcl" and to_infinitive(v)))  # "a march to commemorate"
        and lemma(v) in ("mark", "commemorate", "celebrate", "honor", "honour") for h in (c.token, c.anchor) for v in h.children)


def striking_workforce(c: Candidate):
    """The workers a participle "striking" describes ("striking dock workers", "the striking nurses"): people on
    a labour strike, not an attack. None when "striking" is the verb of hitting or modifies anything else."""
    tok = c.token
    if c.nominal or lemma(tok) != "strike" or tok.tag_ not in ("VBG", "JJ", "NN"):
        return None
    if tok.dep_ in ("amod", "acl", "compound") and tok.i < tok.head.i:
        head = through_collective(tok.head)
    else:  # "after striking dock workers clashed": the parser reads the workers as what was struck
        head = next((o for o in tok.children if o.dep_ == "dobj" and o.tag_ in ("NNS", "NNPS")), None)
        if head is None or any(k.dep_ in ("det", "poss", "nummod") for k in head.children) or any(
            t.head != head or t.dep_ not in ("compound", "amod") for t in tok.doc[tok.i + 1 : head.i]
        ):
            return None  # "striking the guards", "striking their camp": hitting someone
    return head if head.pos_ in ("NOUN", "PROPN") and lemma(head) in WORKFORCE else None
