"""Trigger detection: tokens of a sentence whose lemma (with its needed children) is in the trigger lexicon:
verbal heads ("visited", "were deported"), nominal heads ("the deportation of"), multi-word entries checked
against the head's children ("called for", "held talks", "air strike"), and object classes that pick a
sense ("sent troops" MOBILIZE, "sent aid" AID). One pass over the tokens; each test looks only at a
token's children, so the cost is linear in sentence length.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...lexicons.countries import lookup as country_lookup
from ...spacy_util import PHRASAL_PARTICLES, QUANTIFIERS, RELATIVE_PRONOUNS, spoken_beside_report
from .counted import bare_count, counted_before
from .lexicon import Lexicon, Trigger, word_class
from .ultimatum import ULTIMATUM_ENTRY, demanded
from .veiled import veiled_threat

VERBAL_POS = {"VERB"}
NOMINAL_POS = {"NOUN", "PROPN"}
SUPPORT_PHRASES = {
    *(("on", v) for v in ("go", "remain", "be", "stay", "put", "place", "keep")),
    *(("in", v) for v in ("engage", "participate", "join", "take")),
    *(("under", v) for v in ("put", "place", "be", "remain", "come")),
}
# who travels somewhere for an act takes part in it, when the travellers are parties enough for it ("negotiators
# return to Geneva for talks"); a lone traveller's talks name no partner ("Kerry heads to Kyiv for discussions")
TRAVEL_FOR = {"return", "travel", "arrive", "go", "come", "head", "fly", "gather"}
TRANSPARENT = {
    "effort",
    "mission",
    "campaign",
    "operation",
    "process",
    "drive",
    "bid",
    "initiative",
    "round",
    "session",
}
# a span or a run of acts between a light verb and its noun: "began two weeks of war games", "a wave of attacks"
MEASURES = {"day", "week", "month", "hour", "night", "series", "wave", "round", "spate", "string", "volley"}
PARTICLES = PHRASAL_PARTICLES | {"back"}
PRONOUN_PERSON = {"them", "him", "her", "us", "me", "they", "he", "she", "we"}


@dataclass
class Candidate:
    token: Any  # the trigger's head token
    entry: Trigger
    extra: tuple  # the other tokens the entry matched ("for" in "call for")
    anchor: Any  # the token that carries actor, status and date: the verb, or a light verb over a noun
    nominal: bool

    @property
    def bare_noun(self) -> bool:
        """A noun with no light verb over it ("the bombing"): no verb carries its actor, status or date."""
        return self.nominal and self.anchor == self.token

    @property
    def span(self) -> tuple[int, int]:
        toks = [self.token, *self.extra]
        first = min(toks, key=lambda t: t.i)
        last = max(toks, key=lambda t: t.i)
        if last.i - first.i > 3:  # a far particle: keep the head alone
            first = last = self.token
        return first.idx, last.idx + len(last.text)


def lemma(tok) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def verb_keys(tok) -> tuple[str, ...]:
    """The lemma, then plain de-inflections of the form, for lemmatiser slips ("staged" -> "stag")."""
    low = tok.lower_
    keys = [lemma(tok)]
    if tok.pos_ in ("VERB", "AUX"):
        for suffix, repl in (
            ("ied", "y"),
            ("ed", "e"),
            ("ed", ""),
            ("d", ""),
            ("ing", "e"),
            ("ing", ""),
            ("es", ""),
            ("s", ""),
        ):
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                keys.append(low[: -len(suffix)] + repl)
    return tuple(dict.fromkeys(keys))


STATIVE = {"oppose", "commit", "determine", "prepare", "dedicate", "devote", "resolve", "engage", "involve"}


def is_passive(verb) -> bool:
    """Passive voice; not the stative "is opposed to", "is committed to", whose subject is the actor."""
    if lemma(verb) in STATIVE and not any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not reporting_inversion(verb)


# Verbs that report what the clause before them says: "..., a rights group protested on Monday": the plain reporting
# verbs (lexicons/event_words.tsv) and the verbs of saying with a stance that news copy inverts the same way
INVERTED_STANCES = {"protest", "complain", "charge", "allege", "warn", "insist", "argue", "claim", "report", "announce",
                    "declare"}
REPORTING = word_class("reporting_verb") | INVERTED_STANCES


def reporting_inversion(verb) -> bool:
    """"Police are failing the refugees, a rights group protested": the parser hangs the reporting verb on its
    subject as a reduced relative (a passive "protested" group); it is the group's own statement."""
    head = verb.head
    if verb.dep_ != "acl" or lemma(verb) not in REPORTING or verb.i != head.i + 1:
        return False
    if any(c.dep_ in ("agent", "dobj", "ccomp") for c in verb.children):
        return False
    start = head.left_edge.i
    return start > 0 and verb.doc[start - 1].text in (",", "—", "--")


def governing_verb(tok, root: bool = False):
    """The nearest verb at or above ``tok``, at most four steps up ("spoke at a rally": spoke); with ``root``, the
    sentence's root stands for it when no verb comes first ("Bombing in Kabul": Bombing); else None."""
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or (root and tok.dep_ == "ROOT"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


MODAL_AUX = {"would", "will", "could", "can", "should", "might", "may", "must", "'d", "'ll", "wo", "shall"}


def misattached_conj(verb):
    """The clause a past-tense conjunct really joins when the parser hung it on a gerund or on a verb with a modal ("said her
    party would boycott the vote and called on the president to ...": "called" cannot share "would", so it joins
    "said", and its doer is the one who said), or None."""
    head = verb.head
    if verb.dep_ != "conj" or head.head == head or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if (head.tag_ == "VBG" and head.dep_ in ("xcomp", "ccomp") and verb.tag_ in ("VBD", "VBN", "VBZ")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return head.head  # "denied launching the assault and accused the army of ...": a finite verb cannot share a
        # gerund's form, so it joins the verb the gerund completes (the tagger often calls that past VBN)
    if spoken_beside_report(verb):
        return head.head
    if verb.tag_ not in ("VBD", "VBZ") or head.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and (c.lower_ in MODAL_AUX or (c.lower_ == "to" and head.dep_ == "xcomp"))
               for c in head.children):
        return None  # nor can it share an infinitive's "to": "called on the council to set up an inquiry and urged"
    return head.head if head.dep_ in ("ccomp", "xcomp") else None


def patients(verb) -> list:
    """The tokens that undergo the action: object, passive subject, or the noun a passive participle modifies."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not found and verb.dep_ == "acl" and verb.tag_ == "VBN":
        found = [verb.head]
    out = []
    for tok in found:
        if tok.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            tok = verb.head
        out.append(tok)
        out.extend(c for c in tok.children if c.dep_ == "conj")
    return out


def destinations(verb) -> list:
    return [
        p
        for c in verb.children
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into")
        for p in c.children
        if p.dep_ == "pobj"
    ]


# "all of the hostages", "most of the detainees", "the rest of the crew": the part names no one; the whole does
PARTITIVES = QUANTIFIERS | {"several", "none", "each", "both", "half", "any", "rest", "majority", "remainder",
                           "one"}


def _compound_class(tok, lex: Lexicon) -> set[str]:
    """The class of a compound and its head: "tear gas", "water cannon"."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before.head.i != tok.i or before.dep_ not in ("compound", "amod"):
        return set()
    return set(lex.objects.get(f"{before.lower_} {lemma(tok)}", ()))


def object_class(tok, lex: Lexicon, through: bool = True) -> set[str]:
    classes = set(lex.objects.get(lemma(tok), ())) | _compound_class(tok, lex)
    # "700 kg of medicine", "dozens of inspectors", "all of the hostages"
    if through and ("group" in classes or tok.pos_ == "NUM" or tok.lower_ in PARTITIVES or tok.lower_ == "control"):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        classes |= object_class(obj, lex, through=False)
    if through:  # "planes carrying tents and medicine", "trucks loaded with food": what they carry
        for cargo in _carried(tok):
            classes |= object_class(cargo, lex, through=False)
    if through and not classes and tok.pos_ == "NUM" and tok.dep_ == "dobj":
        classes |= _parallel_count(tok, lex)
    if through and not classes and bare_count(tok):
        classes |= counted_before(tok, lex)
    people = _people_of_a_country(tok)
    if tok.ent_type_ in ("PERSON", "NORP") or tok.lower_ in PRONOUN_PERSON or people:
        classes.add("person")
    if tok.ent_type_ == "NORP" or tok.lower_ in ("them", "they") or people:
        classes.add("deportee")  # "flew the Venezuelans to", "sent them back"
    if tok.ent_type_ in ("MONEY",):
        classes.add("money")
    for child in tok.children:  # "$6 million": the number's unit
        if child.ent_type_ == "MONEY":
            classes.add("money")
    return classes


def _people_of_a_country(tok) -> bool:
    """A plural demonym is people whatever the tagger calls it: "released 13 Azerbaijanis" (tagged a percentage)."""
    if tok.tag_ not in ("NNS", "NNPS") or not tok.text[:1].isupper() or not tok.lower_.endswith("s"):
        return False
    return (found := country_lookup(tok.text)) is not None and found[1] == "demonym"


CARRYING = {"carry", "bring", "transport", "ferry", "deliver", "load"}


def _carried(tok) -> list:
    out = []
    for c in tok.children:
        if c.dep_ == "acl" and lemma(c) in CARRYING:
            objs = [o for o in c.children if o.dep_ == "dobj"]
            objs += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
            out += [x for o in objs for x in o.subtree if x.i == o.i or (x.dep_ == "conj" and x.pos_ == "NOUN")]
    return out


def _parallel_count(num, lex: Lexicon) -> set[str]:
    """A bare number that counts what the parallel clause named: "freed 52 prisoners and Ukraine released 48"."""
    verb = num.head
    if verb.dep_ != "conj":
        return set()
    other = next((o for o in verb.head.children if o.dep_ == "dobj"), None)
    if other is None or not any(c.dep_ == "nummod" for c in other.children):
        return set()
    return object_class(other, lex, through=False)


def _children_lemmas(tok) -> set[str]:
    out = set()
    for c in tok.children:
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            continue  # "agreed on Wednesday" is not "agree on"
        out.add(lemma(c))
        if c.dep_ in ("prep", "agent"):
            out.update(lemma(g) for g in c.children)
        if c.dep_ == "advcl":  # "pushing for the US to back the plan": the parser makes "for" the clause's mark
            out.update(lemma(m) for m in c.children if m.dep_ == "mark" and m.lower_ == "for")
        if c.dep_ == "dobj":
            out.update(lemma(g) for g in c.children if g.dep_ == "compound")
    if tok.i > 0:
        out.add(lemma(tok.doc[tok.i - 1]))
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.dep_ in ("quantmod", "advmod") and nxt.lower_ in NUMBER_PARTICLES:
        counted = nxt.head.head if nxt.head.dep_ == "nummod" else nxt.head
        if counted.head.i == tok.i:  # "handed over 19 soldiers": the parser reads "over 19" as "more than 19"
            out.add(nxt.lower_)
    return out


NUMBER_PARTICLES = {"over", "up", "back"}  # particles the parser may read as a modifier of the number after them


def _matches(tok, entry: Trigger, lex: Lexicon) -> tuple | None:
    extra = []
    if entry.others:
        near = _children_lemmas(tok)
        if not all(w in near for w in entry.others):
            return None
        wanted = set(entry.others)
        extra = [
            c
            for c in tok.children
            if lemma(c) in wanted
            and not (c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children))
        ]
        if any(
            c.lower_ in PARTICLES
            and c.lower_ not in entry.words[:1]
            and any(g.dep_ == "pobj" for g in c.children)
            for c in extra
        ):
            return None  # "given 12 seats in parliament" is not "give in": a preposition with its object, not a particle
    if entry.object:
        if entry.pos == "V":
            objs = patients(tok) + (destinations(tok) if entry.object == "prison" else [])
            if entry.object == "aid" or entry.object == "money":
                objs += [c for c in tok.children if c.dep_ == "dative"]
        else:
            objs = [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        if not any(entry.object in object_class(o, lex) for o in objs):
            return None
    return tuple(extra)


def _hyphened(tok) -> str | None:
    """The first part of a hyphened word this token ends ("sit" for the "in" of "sit-in"), or None."""
    if tok.i < 2 or tok.doc[tok.i - 1].text not in ("-", "–"):
        return None
    dash, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return first.lower_ if not dash.whitespace_ and not first.whitespace_ and first.is_alpha else None


def match(tok, lex: Lexicon) -> tuple[Trigger, tuple] | None:
    """The most specific lexicon entry this token heads, with the extra tokens it matched."""
    if tok.pos_ in VERBAL_POS:
        pos = "V"
    elif tok.pos_ in NOMINAL_POS and tok.ent_type_ not in ("PERSON", "GPE", "ORG", "NORP"):
        pos = "N"
    else:
        return None
    keys = verb_keys(tok) if pos == "V" else (lemma(tok),)
    first = _hyphened(tok)
    if first:  # "a sit-in", "the cease-fire", "test-fired": the parser splits the word at its hyphen
        for key in keys:
            for entry in lex.triggers.get((f"{first}-{key}", pos), ()):
                extra = _matches(tok, entry, lex)
                if extra is not None:
                    return entry, extra
    for key in keys:
        for entry in lex.triggers.get((key, pos), ()):
            extra = _matches(tok, entry, lex)
            if extra is not None:
                return entry, extra
        if key in lex.verbs or (key, pos) in lex.triggers:
            break  # a known word: do not second-guess its lemma
    return None


ORGANISATION_HEADS = {
    "agency",
    "organization",
    "organisation",
    "committee",
    "team",
    "office",
    "body",
    "group",
    "movement",
    "network",
    "coalition",
    "council",
    "convoy",
    "ship",
    "flight",
    "plane",
    "truck",
}


def _parties(verb) -> bool:
    """The verb's subject names more than one party: a plural noun or coordinated names."""
    return any(s.dep_ == "nsubj" and (s.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in s.children))
               for s in verb.children)


def _names_who(head, lex: Lexicon) -> bool:
    """A head noun that names people or an organisation (or a vehicle carrying them): the trigger before it only
    classifies them."""
    return head.pos_ in NOMINAL_POS and (
        lemma(head) in ORGANISATION_HEADS | EQUIPMENT_HEADS
        or bool(object_class(head, lex) & {"person", "group", "diplomat", "troops"})
    )


# what a trigger before it classifies, not an act: "riot gear", "assault rifles", "attack helicopters", "riot policeman"
EQUIPMENT_HEADS = {"gear", "shield", "helmet", "rifle", "weapon", "helicopter", "jet", "aircraft", "vehicle", "van",
                   "truck", "dog", "control", "policeman", "policewoman", "boat", "submarine", "drone", "craft"}


# Verbs of gathering are a demonstration when protesters are the ones gathering: "hundreds of protesters gathered
# outside city hall", "demonstrators massed in the square" (PLOVER PROTEST, mode demo)
GATHERING = {"gather", "assemble", "mass", "converge", "congregate", "throng", "pour", "rally"}
PROTESTERS = word_class("protester_noun") | {"striker", "rioter"}
GATHERING_ENTRY = Trigger(("gather",), "V", "PROTEST", "demo", "141", None)


def _gathering(tok):
    """(entry, extra) when protesters are the subject of a verb of gathering, else None."""
    if tok.pos_ != "VERB" or lemma(tok) not in GATHERING:
        return None
    for subj in (c for c in tok.children if c.dep_ == "nsubj"):
        if subj.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            subj = tok.head  # "protesters who had gathered outside the palace"
        people = next(
            (
                o
                for p in subj.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ),
            subj,
        )  # "hundreds of protesters"
        if lemma(people) in PROTESTERS:
            return GATHERING_ENTRY, ()
    return None


def _named_march(tok) -> bool:
    """"the Women's March", "the March for Our Lives", "the March on Washington": a protest's name, which the
    tagger reads as the month; "in March 2016", "on March 25", "March's figures" are the month."""
    kids = list(tok.children)
    if tok.lower_ != "march" or any(c.like_num or c.dep_ in ("nummod", "npadvmod") for c in kids):
        return False
    owner = any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.lower_ not in MONTH_OWNERS for c in kids)
    return owner or any(c.dep_ == "prep" and c.lower_ in ("for", "on", "against") and
                        any(o.dep_ == "pobj" and not o.like_num and o.ent_type_ != "DATE" for o in c.children)
                        for c in kids)


MONTH_OWNERS = {"last", "next", "this"}


def _ultimatum(tok, lex: Lexicon):
    """"gave the junta seven days to free him": a span of time allowed for a concession is an ultimatum."""
    acts = [match(a, lex) for a in demanded(tok)]
    return (ULTIMATUM_ENTRY, ()) if any(a and a[0].type in ("RETREAT", "CONCEDE") for a in acts) else None


def _held(entry: Trigger) -> bool:
    """"the jailed activist", "the detained student", "a convicted smuggler": a participle of detention or
    conviction names a person held or sentenced, which tells that someone detained or convicted them; other
    participles describe ("the deported Venezuelans", "the wounded")."""
    return entry.mode in ("arrest", "convict") and entry.type in ("COERCE", "SANCTION")


def candidates(sent, lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in sent:
        hit = _gathering(tok) or _ultimatum(tok, lex) or veiled_threat(tok, lex) or match(tok, lex)
        if hit is None:
            continue
        entry, extra = hit
        if tok.ent_type_ in ("DATE", "TIME") and tok.pos_ == "PROPN" and not _named_march(tok):
            continue  # "on March 25": the month, not a march
        if tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "–") and not tok.doc[tok.i - 1].whitespace_ and "-" not in entry.head:
            continue  # "gas-fired plants", "state-funded", "Saudi-led": part of a compound word
        if entry.pos == "V":
            if tok.dep_ == "amod" and not _held(entry):  # "the deported Venezuelans": a description, not a report
                continue
            if any(c.dep_ == "det" for c in tok.children):  # "the wounded": a participle used as a noun
                continue
            out.append(Candidate(tok, entry, extra, tok, nominal=False))
            continue
        if tok.dep_ == "compound" and lemma(tok.head) not in TRANSPARENT and _names_who(tok.head, lex):
            continue  # "aid agencies", "protest leaders", "rescue workers": who they are, not an event
        anchor = tok
        head = tok.head
        if tok.dep_ == "compound" and lemma(head) in TRANSPARENT:
            tok_for_anchor, head = head, head.head
        elif tok.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in MEASURES:
            tok_for_anchor, head = head.head, head.head.head  # "began two weeks of war games"
        else:
            tok_for_anchor = tok
        if (
            tok_for_anchor.dep_ in ("dobj", "nsubjpass", "attr")
            and head.pos_ in ("VERB", "AUX")
            and any(lex.role(k, "light") for k in verb_keys(head))
        ):
            anchor = head
        elif (
            tok_for_anchor.dep_ == "pobj"
            and head.head.pos_ in ("VERB", "AUX")
            and (lemma(head), lemma(head.head)) in SUPPORT_PHRASES
        ):
            anchor = (
                head.head
            )  # "went on strike", "remained on alert", "engaged in fighting", "put under arrest"
        elif tok_for_anchor.dep_ == "pobj" and head.lower_ == "for" and lemma(head.head) in TRAVEL_FOR and _parties(head.head):
            anchor = head.head  # "envoys flew to Vienna for talks"
        elif (
            tok_for_anchor.dep_ == "pobj"
            and head.lower_ == "for"
            and head.head.pos_ == "VERB"
            and any(lex.role(k, "planned") for k in verb_keys(head.head))
        ):
            anchor = head.head  # "were preparing for an offensive", "planned for a strike": the planner acts
        out.append(Candidate(tok, entry, extra, anchor, nominal=True))
    return out
