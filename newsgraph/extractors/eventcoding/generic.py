"""Generic mentions of acts, which name no particular act (PLOVER records particular events, so none is output): an
act as a kind judged in the present ("detaining protesters is an affront to democracy"), an act as the topic of a
view ("changed his mind about torturing suspects") and acts counted in a trend ("attacks on aid workers are
growing in frequency", "street protests vanished"). Acts a particular actor does as a habit ("soldiers routinely
beat up detainees") are a series of real acts, which the PLOVER records code: they stand. Written from general
news English; each test reads the parse, never a word list of the sets."""

from __future__ import annotations

from ...spacy_util import COPULAS
from .ruletypes import Coding, Sentence
from .triggers import lemma

PRESENT = {"VBZ", "VBP"}
JUDGING = {"be", "remain", "seem", "constitute", "amount", "represent", "violate"}


def generic_gerund(k: Coding, s: Sentence) -> bool:
    """A clause that opens with a gerund naming no one and goes on with a judgement in the present: "Arresting
    peaceful demonstrators is a violation of rights", "Bombing hospitals remains a war crime". Read on the words
    in order (the parser hangs such a gerund anywhere); a past verb tells a particular act ("Detaining him was a
    mistake"), a finite verb of narration a participle ("Attacking from the north, rebels seized the town")."""
    tok = k.c.token
    if not _gerund(tok) or any(c.dep_ in ("nsubj", "poss", "det") for c in tok.children):
        return False
    before = [t for t in s.sent if t.i < tok.i and not t.is_punct and not t.is_space]
    if before:
        return False
    verb = next((t for t in s.sent if t.i > tok.i and (t.pos_ in ("VERB", "AUX")) and t.tag_ not in ("VBG", "VBN")), None)
    if verb is None or verb.tag_ not in PRESENT or lemma(verb) not in JUDGING or verb.dep_ in ("aux", "auxpass"):
        return False  # "Fighting is raging in the city": an auxiliary of an act going on, no judgement
    # a copula judges only with what is said of the act: "is a crime", "remains illegal"
    return lemma(verb) not in COPULAS or any(c.dep_ in ("attr", "acomp") for c in verb.children)


def _gerund(tok) -> bool:
    """A gerund, or the same "-ing" form the tagger calls a noun ("Bombing hospitals remains ...")."""
    return tok.tag_ == "VBG" or (tok.tag_ == "NN" and tok.lower_.endswith("ing"))


VIEWS = {"view", "mind", "position", "stance", "opinion", "attitude", "thinking", "thought", "feeling", "rhetoric",
         "approach", "stand", "belief", "doubt", "reservation", "qualm"}


def topic_of_a_view(k: Coding, s: Sentence) -> bool:
    """A gerund naming no one after "about", "on" or "over" a view: "changed his mind about torturing suspects", "her
    stance on negotiating with the rebels" is what someone thinks of a kind of act, none done ("was arrested over
    attacking a guard" is an act, the phrase hanging on no view)."""
    tok = k.c.token
    if tok.tag_ != "VBG" or k.c.nominal or any(c.dep_ in ("nsubj", "poss") for c in tok.children):
        return False
    prep = tok.head
    if tok.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("about", "on", "over", "regarding", "toward", "towards"):
        return False
    head = prep.head
    if lemma(head) in VIEWS:
        return True
    return head.pos_ == "VERB" and any(c.dep_ == "dobj" and lemma(c) in VIEWS for c in head.children)


TRENDS = {"rise", "grow", "increase", "soar", "surge", "mount", "double", "triple", "decline", "fall", "drop",
          "decrease", "dwindle", "vanish", "disappear", "abate"}
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "overnight"}


def trend_of_acts(k: Coding, s: Sentence) -> bool:
    """A plural of acts with no determiner, number or owner that rises, falls or vanishes: "attacks on aid workers
    are growing in frequency", "street protests all but vanished after the crackdown": a kind of act counted, none
    told. A trend on a named day stands ("protests grew on Monday" tells that day's protests)."""
    tok = k.c.token
    if not k.c.nominal or tok.tag_ not in ("NNS", "NNPS") or any(
            c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    verbs = [tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [t for t in tok.subtree if t.dep_ in ("acl", "relcl") and t.tag_ == "VBG"]  # "Attacks on X Growing"
    return any(lemma(v) in TRENDS and not any(lemma(d) in DAYS for d in v.subtree if d.ent_type_ in ("DATE", "TIME"))
               for v in verbs)
