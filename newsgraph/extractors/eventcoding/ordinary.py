"""Ordinary uses of event words, which tell no political event (senses of ``senses``): a candidate's own rally
("Trump's rallies", "a rally for president Ghani"), a place or sport of practice ("the firing range"), a figure
beaten ("shares beat expectations"), one person speaking to the press ("said, speaking by phone"), attending a
protest read as a meeting, a police appeal for witnesses, acts counted in a statistic ("the number of attacks
rose"), something sought for oneself ("seeking revenge"), damage that is no cyber attack ("sanctions crippled the
economy"), a reprisal told as done or promised in an infinitive ("retaliated with tariffs")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import subject
from .lexicon import word_class
from .triggers import governing_verb, is_passive, lemma, object_class

if TYPE_CHECKING:
    from .senses import Use

# a rally for a candidate or a party's campaign is no protest (PLOVER PROTEST is a demonstration against or for a
# policy or a government): "a campaign rally", "the election night rally", "the candidate spoke at a rally"
CAMPAIGN_WORDS = {"campaign", "election", "electoral", "reelection", "re-election", "candidate", "nominee", "primary",
                  "caucus", "victory", "political", "voter", "fundraiser", "convention"}
AGAINST_WORDS = word_class("opposing_word")  # lexicons/event_words.tsv


def campaign_rally(u: Use) -> bool:
    """"a campaign rally", "the candidate spoke at a rally in Ohio": a rally for a candidate, no protest; one
    against someone or something ("rallied against the result") stands. Read on the rally's own words and on who
    holds or addresses it, never on the whole sentence ("rallied after the disputed election" is a protest)."""
    if u.word != "rally" or u.type != "PROTEST":
        return False
    tok, verb = u.c.token, governing_verb(u.c.token)
    own = list(tok.subtree) if u.c.nominal else []
    holders = [t for s in subject(verb) for t in s.subtree] if verb is not None else []
    words = {lemma(t) for t in own + holders}
    if words & AGAINST_WORDS or any(t.lower_.startswith("anti") for t in own):
        return False
    return bool(words & CAMPAIGN_WORDS) or _a_speakers_rally(tok, verb)


def _a_speakers_rally(tok, verb) -> bool:
    """"Trump told a rally in Albany", "Cruz fired back at a rally in Irvine", "Trump's rallies": a rally a named
    person addresses, speaks at or owns is that politician's own rally, not a crowd's protest (one with words
    of opposition in its own phrase stands, above)."""
    if any(c.dep_ in ("poss", "compound") and (c.ent_type_ == "PERSON" or _office_holder(c)) for c in tok.children):
        return True  # "Trump's rallies", "the Trump rally" (a name the tagger may call an organisation)
    if any(_office_holder(o) or any(t.dep_ == "compound" and t.lower_ in OFFICES for t in o.children)
           for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"):
        return True  # "a rally for president Ashraf Ghani": a candidate's rally
    if verb is None or is_passive(verb):  # "Navalny was detained at a rally": what was done to someone there
        return False
    addressed = tok.dep_ in ("dobj", "dative") and tok.head == verb and lemma(verb) in ADDRESSING
    spoken_at = tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head == verb
    speakers = [s for s in verb.children if s.dep_ == "nsubj"]
    return (addressed or spoken_at) and len(speakers) == 1 and speakers[0].ent_type_ == "PERSON" and not any(
        c.dep_ == "conj" for c in speakers[0].children)


ADDRESSING = {"tell", "address", "assure", "promise", "warn", "urge", "remind", "thank"}
OFFICES = {"president", "candidate", "nominee", "senator", "governor", "mayor", "premier", "chancellor"}


def _office_holder(tok) -> bool:
    """A name the team's dictionary lists as a head of government, a minister or a legislator ("Trump", "Ghani")."""
    from ...lexicons.people import known_person

    person = known_person([tok.text]) if tok.pos_ == "PROPN" else None
    return person is not None and person.sector in ("GOV", "LEG", "PTY")




# not refuge or shelter: "sought refuge in Germany" asks a country for asylum (the PLOVER records code it a demand)
PURSUED = {"revenge", "vengeance", "treatment", "work", "employment", "job", "fortune", "reelection", "re-election",
           "office", "fame", "profit", "solace"}


def seek_for_oneself(u: Use) -> bool:
    """"a gang seeking revenge on the authorities", "sought re-election": something pursued for oneself, asked of
    no one ("sought asylum", "sought refuge in Germany", "seek talks", "seeking help" stand)."""
    return u.word == "seek" and u.type == "REQUEST" and bool(u.heads) and u.heads <= PURSUED


PRACTICE = {"range", "ground", "practice", "lesson", "drill", "competition", "contest", "club", "gallery", "instructor",
            "training", "test", "season", "star", "champion", "championship", "event", "team"}


def a_practice_word(u: Use) -> bool:
    """"the police firing range", "a shooting competition", "bombing range": the word names a place or a sport of
    practice it modifies, no act of force."""
    tok = u.c.token
    if u.type != "ASSAULT" or not tok.lower_.endswith("ing") or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.nbor(1)  # "firing range", which the parser may also read as "police (who are) firing a range"
    return (nxt.pos_ == "NOUN" and lemma(nxt) in PRACTICE and nxt.tag_ == "NN"
            and (nxt.head == tok or tok.head == nxt) and not any(k.dep_ in ("det", "poss") for k in nxt.children))


BEATEN = {"expectation", "estimate", "forecast", "odds", "record", "deadline", "drum", "drumbeat", "market", "index",
          "benchmark", "average", "clock", "rush", "retreat", "path", "track", "heat", "competition", "competitor"}


def beat_a_figure(u: Use) -> bool:
    """"shares beat expectations", "beat the deadline", "beating a drum against the treaty": a figure topped or a
    cause pressed, no blow."""
    return u.word == "beat" and u.type == "ASSAULT" and bool(u.heads) and u.heads <= BEATEN


PROTEST_WORDS = {"rally", "protest", "march", "demonstration", "vigil", "sit-in", "picket"}


def attend_a_protest(u: Use) -> bool:
    """"women attend a 'Freedom of Speech Rally'": attending a protest is the protest (``govern``), no meeting;
    read on the whole object, which may be a title the parser splits."""
    return u.word == "attend" and u.type == "CONSULT" and any(
        lemma(t) in PROTEST_WORDS for o in u.objs for t in o.subtree)


def talk_alone(u: Use) -> bool:
    """"the analyst said, speaking by phone from Oman", "the president was talking about the inquiry": one person
    speaking, to the reporter or in public, with no partner named; no consultation ("Obama and Merkel spoke by
    phone", "spoke with the king" stand)."""
    if u.word not in ("speak", "talk") or u.type != "CONSULT" or u.objs or {"with", "to"} & u.preps.keys():
        return False
    anchor = u.c.anchor
    subj = subject(anchor) or (subject(anchor.head) if anchor.dep_ in ("advcl", "xcomp", "conj") else [])
    return bool(subj) and all(
        s.tag_ in ("NN", "NNP", "PRP") and s.lower_ not in ("we", "they") and not any(k.dep_ == "conj" for k in s.children)
        and not _joined_in_apposition(s) for s in subj)


def _joined_in_apposition(tok) -> bool:
    """"President Barack Obama and Chancellor Angela Merkel": the parser hangs the second speaker on the first's
    apposition."""
    return any(c.dep_ == "conj" for a in tok.children if a.dep_ == "appos" for c in a.children)


def talk_about(u: Use) -> bool:
    """"despite talk by officials about safe corridors": talk as speech about something (the singular, with no
    partner named), no talks held ("talks with the rebels", "the talks about the border" stand)."""
    tok = u.c.token
    preps = {p.lower_ for p in tok.children if p.dep_ == "prep"}
    return (u.c.nominal and u.type == "CONSULT" and tok.lower_ == "talk" and "about" in preps
            and not preps & {"with", "between", "among"})


SOUGHT_FROM_THE_PUBLIC = {"witness", "information", "tip", "footage", "sighting", "lead", "clue"}


def appeal_for_witnesses(u: Use) -> bool:
    """"police issued an appeal for witnesses", "appealed for information": an inquiry's call to the public, no
    request between parties (one "for aid" or "for calm" stands)."""
    if u.type != "REQUEST":
        return False
    sought = u.preps.get("for", []) + ([o for p in u.c.token.children if p.dep_ == "prep" and p.lower_ == "for"
                                        for o in p.children if o.dep_ == "pobj"] if u.c.nominal else [])
    if u.word == "seek":
        sought += u.objs
    if sought:
        return all(lemma(o) in SOUGHT_FROM_THE_PUBLIC for o in sought)
    return not u.c.nominal and bool(u.objs) and all(_witnesses(o) for o in u.objs)


def _witnesses(person) -> bool:
    """"urged witnesses to come forward", "asked anyone with information to call": whom an inquiry addresses (the
    parser may hang the "with" phrase on the verb, right after the person)."""
    if lemma(person) == "witness":
        return True
    withs = [p for p in [*person.children, *person.head.children] if p.dep_ == "prep" and p.lower_ == "with"
             and (p.head == person or p.i == person.i + 1)]
    return lemma(person) in ("anyone", "anybody", "whoever", "people", "those") and any(
        lemma(o) in SOUGHT_FROM_THE_PUBLIC | EVIDENCE for p in withs for o in p.children if o.dep_ == "pobj")


EVIDENCE = {"video", "photo", "photograph", "footage", "knowledge", "detail", "picture", "recording"}


STATISTICS = {"number", "increase", "rise", "surge", "spike", "decline", "drop", "fall", "frequency", "rate", "uptick",
              "count", "tally", "share", "proportion", "percentage", "level"}


def counted_in_a_statistic(u: Use) -> bool:
    """"the count of assaults on refugees fell", "a sharp rise in anti-migrant attacks": acts counted in a trend,
    none told ("a wave of attacks", "a series of attacks" narrate them and stand)."""
    tok = u.c.token
    return (u.c.nominal and tok.tag_ == "NNS" and tok.dep_ == "pobj" and tok.head.lower_ in ("of", "in")
            and lemma(tok.head.head) in STATISTICS
            and not any(k.dep_ in ("det", "poss", "nummod") for k in tok.children))


# Verbs of putting out of action that are a cyber attack (PLOVER COERCE cyber) only when hackers or malware do it or
# computers undergo it: "hackers crippled the hospital's computer systems"; "the strike crippled the port" is none
DISABLING = {"cripple", "paralyse", "paralyze", "disable"}
CYBER_DOERS = {"hacker", "cybercriminal", "ransomware", "malware", "virus", "cyberattack", "hacking"}
COMPUTERS = {"computer", "server", "website", "database", "email", "it"}


def disable_no_computer(u: Use) -> bool:
    """"sanctions crippled the economy", "the storm disabled the power plant": damage, no cyber attack."""
    if u.word not in DISABLING or u.type != "COERCE":
        return False
    doers = subject(u.c.anchor)
    if any(lemma(d) in CYBER_DOERS or any(lemma(m) in CYBER_DOERS for m in d.children) for d in doers):
        return False
    return not any(lemma(o) in COMPUTERS or any(m.dep_ == "compound" and lemma(m) in COMPUTERS for m in o.children)
                   for o in u.objs)


# "said it would retaliate", "will retaliate": a reprisal announced is the threat (CAMEO 130); a reprisal told as done
# ("retaliated with tariffs") is the act its own words name, and one promised in an infinitive ("vowed to retaliate")
# the promise verb's content
ANNOUNCING = {"would", "will", "'ll", "wo", "shall"}


def reprisal_not_announced(u: Use) -> bool:
    return u.word == "retaliate" and u.type == "THREATEN" and not any(
        k.dep_ == "aux" and k.lower_ in ANNOUNCING for k in u.kids)


# people met in private life, named by no role: PLOVER CONSULT is contact between political actors
PRIVATE_PEOPLE = {"woman", "man", "person", "stranger", "girl", "boy", "wife", "husband", "girlfriend", "boyfriend",
                  "fiancee", "fiancée", "fiance", "fiancé", "lover"}


def private_encounter(u: Use) -> bool:
    """"met the woman of his dreams", "I've never met a person who ...": an encounter in private life, no
    consultation ("met the president", "met women's rights activists" stand)."""
    return (u.type == "CONSULT" and u.word in ("meet", "greet", "encounter") and bool(u.objs)
            and all(o.tag_ == "NN" and not o.ent_type_ and lemma(o) in PRIVATE_PEOPLE
                    and not any(m.dep_ in ("compound", "amod", "poss") for m in o.children) for o in u.objs))


def agreement_held(u: Use) -> bool:
    """"the United States, which has a mutual defence treaty with the Philippines", "the two countries have a free
    trade agreement": an accord one has, made long before, no agreement reached now; nor is one suspended, ended or
    scrapped."""
    tok = u.c.token
    if u.type != "AGREE" or not u.c.nominal:
        return False
    if tok.dep_ in ("dobj", "nsubjpass") and lemma(tok.head) in UNDOING:
        return True  # "suspended a 1998 accord on fishing", "the treaty was terminated": an accord undone
    return tok.dep_ == "dobj" and lemma(tok.head) == "have" and tok.head.tag_ in ("VBZ", "VBP")


UNDOING = word_class("stopping_verb") | word_class("ending_verb") | {"scrap", "cancel", "annul", "revoke", "denounce"}


RISES = {"fame", "stardom", "prominence", "notoriety", "celebrity", "glory", "victory", "success", "top", "lead",
         "popularity", "chart", "charts"}


def rise_to_fame(u: Use) -> bool:
    """"shot to fame", "stormed to victory", "stormed the charts": a rise, no shooting or storming."""
    if u.word not in ("shoot", "storm", "rocket", "catapult") or u.type != "ASSAULT":
        return False
    return any(lemma(o) in RISES for o in u.preps.get("to", [])) or bool(u.heads) and u.heads <= {"chart", "charts"}


# what an inquiry weighs as the cause of something, which "ruled out" excludes: no proposal or demand rejected
EXPLANATIONS = {"cause", "motive", "factor", "explanation", "reason", "source", "culprit", "trigger", "origin"}
# what an inquiry suspects and "ruled out" excludes with no "as" ("ruled out sabotage", "ruled out any link to
# terrorism"); not "reason" ("ruled out any reason to delay the vote" is a refusal) nor "attack" ("ruled out a
# military attack" is an option refused)
SUSPECTED = {"cause", "motive", "sabotage", "terrorism", "terror", "arson", "link", "connection", "accident",
             "suicide", "murder", "homicide", "negligence", "malfunction"}


def rule_out_an_explanation(u: Use) -> bool:
    """"investigators ruled out a gas leak as the cause of the blast", "police ruled out foul play", "ruled out
    sabotage": a hypothesis excluded, no REJECT ("the minister ruled out talks with the rebels" stands)."""
    if u.word != "rule" or not any(k.dep_ == "prt" and k.lower_ == "out" for k in u.kids):
        return False
    as_ = [p for h in [u.c.anchor, *u.objs] for p in h.children if p.dep_ == "prep" and p.lower_ == "as"]
    weighed = {lemma(o) for p in as_ for o in p.children if o.dep_ == "pobj"}
    foul_play = any(lemma(o) == "play" and any(a.lower_ == "foul" for a in o.children) for o in u.objs)
    return foul_play or bool(weighed & EXPLANATIONS) or bool(u.heads & SUSPECTED)


SELF_POSSESSIVES = {"its", "their", "our", "his", "her", "my", "own"}


def defend_ones_own(u: Use) -> bool:
    """"would defend its sovereignty", "vowed to defend their land": one's own cause or ground held, no support for
    another party (people, a body or a policy defended stand: "defended the minister", "defended the ruling")."""
    if u.word != "defend" or u.type != "SUPPORT" or not u.objs:
        return False
    return all(any(k.dep_ == "poss" and k.lower_ in SELF_POSSESSIVES for k in o.children) and not o.ent_type_
               and "person" not in object_class(o, u.lex) for o in u.objs)


RECORDS = {"evidence", "document", "record", "file", "data", "footage", "paper", "archive", "ballot", "email"}


def destroy_records(u: Use) -> bool:
    """"destroyed evidence", "burned the files": records done away with (a cover-up, an allegation of one), no
    attack on anyone's property."""
    return u.type == "ASSAULT" and u.word in ("destroy", "burn", "shred", "erase", "delete") and bool(u.heads) \
        and u.heads <= RECORDS


DOCUMENTS = {"petition", "letter", "list", "report", "document", "statement", "memorandum", "dossier", "proposal",
             "plan", "declaration", "manifesto", "resolution", "draft", "note", "complaint", "appeal", "application"}


def hand_over_a_document(u: Use) -> bool:
    """"union leaders handed over a petition": a paper delivered, nothing or no one released."""
    return u.word == "hand" and u.type == "RETREAT" and bool(u.heads) and u.heads <= DOCUMENTS


# leaving custody: "were freed from custody", "escaped from detention", "was released from prison"
LEAVING = {"free", "release", "escape", "flee", "discharge", "break"}


def out_of_custody(u: Use) -> bool:
    """"400 inmates were freed from custody", "escaped from detention": where they were held, no arrest told."""
    tok = u.c.token
    return (u.c.nominal and u.type == "COERCE" and tok.dep_ == "pobj" and tok.head.lower_ in ("from", "out")
            and lemma(tok.head.head) in LEAVING)
