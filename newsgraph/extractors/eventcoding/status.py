"""Status of an event from the parse: occurred, planned, negated or hypothetical.

Read on the anchor and on the verbs that control it ("will try to meet", "did not agree to cooperate"),
never across a reporting verb: "said she would meet" is planned because of "would", not because of "said".
"""

from __future__ import annotations

from ...spacy_util import FUTURE_MODALS, MAYBE_MODALS, PHRASAL_PARTICLES
from .commentary import status_of_clause
from .lexicon import UNREAL_ROLES, word_class
from .triggers import lemma
from .ultimatum import given_time_to

FUTURE = FUTURE_MODALS
MAYBE_ADVERBS = {"potentially", "possibly", "perhaps", "maybe", "conceivably"}
MAYBE = MAYBE_MODALS  # read by readings and the disposer's MODALS too
HYPOTHETICAL = MAYBE | {"should", "must", "ought"}
NEGATORS = {"not", "n't", "never", "no"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
LATER = {"eventually", "later", "subsequently", "ultimately"}  # "would later": the future of a past narration
# "until the rebels free their hostages", "once the troops leave": a present tense after these marks is an act
# still to come, on which something else waits ("until they freed them" in the past stands)
AWAITED_MARKS = {"until", "till", "once"}
INTENT_ADJECTIVES = {
    "willing",
    "ready",
    "prepared",
    "determined",
    "eager",
    "set",
    "due",
    "poised",
    "likely",
    "keen",
}
WEIGHED = {"unlikely", "likely", "possible", "doubtful", "uncertain", "improbable", "probable"}  # of an act's noun
UNREAL = word_class("unreal_noun")  # lexicons/event_words.tsv: "the idea of", "a decision to"
PLANNED_WORDS = {
    "planned",
    "upcoming",
    "proposed",
    "future",
    "expected",
    "scheduled",
    "possible",
    "potential",
}


def _contrast(neg, tok) -> bool:
    """A negation after the verb and a comma denies an alternative, not the act: "45 were freed, not 48",
    "they met in Geneva, not Vienna" (the parser hangs that "not" on the verb)."""
    return neg.i > tok.i and neg.i > 0 and neg.doc[neg.i - 1].text in (",", ";", "—", "-")


def _own(tok, lex) -> str | None:
    """The status this token's own auxiliaries, negation and marks give, if any."""
    kids = list(tok.children)
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "without":
        return "negated"  # "launched this campaign without investigating", "exploded without warning"
    if any(
        (c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("advmod", "det"))) and not _contrast(c, tok)
        for c in kids
    ):
        return "negated"
    if tok.pos_ in ("VERB", "AUX") and any(_nobody(c) for c in kids):
        return "negated"
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids):
        return "hypothetical"
    if open_question(tok):
        return "hypothetical"
    if (tok.dep_ in ("advcl", "conj") and tok.tag_ in ("VBP", "VBZ", "VB")
            and any(c.dep_ == "mark" and c.lower_ in AWAITED_MARKS for c in _clause_marks(tok))):
        return "hypothetical"
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in AWAITED_MARKS for c in kids) and _unreal_head(tok.head):
        return "hypothetical"  # "would not negotiate until the rebels withdrew", "no truce until all hostages were freed"
    if any(c.dep_ == "advmod" and c.lower_ in MAYBE_ADVERBS for c in kids):
        return "hypothetical"  # "to potentially hold detainees", "possibly firing more missiles"
    auxes = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    if auxes & HYPOTHETICAL:
        return "hypothetical"
    if "would" in auxes:
        return _would(kids)
    if auxes & FUTURE or "going" in {c.lower_ for c in kids if c.dep_ == "aux"}:
        return "planned"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and tok.dep_ in ("relcl", "acl"):
        if lex.role(lemma(tok.head), "planned") or tok.head.lower_ in ("talks", "plans", "way") or lemma(tok.head) in UNREAL:
            return "planned"  # "a plan to attack", "talks to be held", "Denmark's decision to deport them"
    return None


def _would(kids) -> str:
    """"would": what came later in a past narration ("would eventually carry out several shootings"), a condition
    on this clause ("would attack if the talks fail"; not one elsewhere in the sentence), or a plan."""
    if any(c.dep_ == "advmod" and c.lower_ in LATER for c in kids):
        return "occurred"
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
           for c in kids):
        return "hypothetical"
    return "planned"


# verbs after which "if" asks ("asked if the army would withdraw"), not a condition ("would attack if the talks fail")
ASKING = {"ask", "wonder", "know", "say", "tell", "question", "inquire", "enquire"}


def open_question(tok) -> bool:
    """A clause put as a question ("did not say whether his party would boycott", "asked if the army would withdraw"):
    an act left open, neither planned nor promised."""
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    return (tok.dep_ == "ccomp" and bool(marks & {"whether", "if"})) or (tok.dep_ == "advcl" and (
        "whether" in marks or ("if" in marks and lemma(tok.head) in ASKING)))


def _unreal_head(head) -> bool:
    """A clause said to wait on another: with a modal, or denied ("would not negotiate", "there would be no truce")."""
    kids = list(head.children)
    return any(c.dep_ == "aux" and c.lower_ in FUTURE | HYPOTHETICAL | {"would"} for c in kids) or any(
        c.dep_ == "neg" or _nobody(c) or (c.dep_ == "attr" and any(d.lower_ == "no" for d in c.children)) for c in kids)


def _nobody(subject) -> bool:
    """A subject or object that denies the act: "no talks were held", "no one was arrested", "arrested no one"."""
    if subject.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    return subject.lower_ in ("nobody", "noone") or any(
        c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in subject.children)


def _clause_marks(tok) -> list:
    """The marks of a clause, and of the clause a conjunct shares them with ("until they free them and stop")."""
    kids = list(tok.children)
    if tok.dep_ == "conj" and not any(c.dep_ == "mark" for c in kids):
        kids += list(tok.head.children)
    return kids


def status(anchor, trigger, lex, governed_by=None) -> str:
    """``governed_by``: a status imposed from outside ("deny sending" -> negated)."""
    if governed_by:
        return governed_by
    if clause := status_of_clause(anchor, lex):
        return clause  # commentary.py: a question, an act a noun is for
    if trigger != anchor or trigger.pos_ in ("NOUN", "PROPN"):
        found = _nominal(anchor, trigger, lex)
        if found:
            return found
    return _controlled(anchor, lex)


PUT_OFF_UNTIL = {"postpone", "delay", "defer", "suspend", "adjourn", "put"}  # senses.PUTTING_OFF is for tasks


def _put_off_until(noun) -> bool:
    """The noun is what an act is put off until ("delayed the vote until after the summit"): not yet held."""
    prep = noun.head
    if prep.lower_ == "after" and prep.head.lower_ in ("until", "till"):
        prep = prep.head
    return prep.lower_ in ("until", "till") and prep.head.lemma_.lower() in PUT_OFF_UNTIL


def _nominal(anchor, trigger, lex) -> str | None:
    """The status a noun trigger has of its own ("no talks", "planned strikes", "preparing for an offensive")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children) or (
            trigger.dep_ == "pobj" and trigger.head.lower_ == "without"):
        return "negated"
    if any(c.dep_ == "amod" and c.lower_ in PLANNED_WORDS for c in trigger.children):
        return "planned"
    if trigger == anchor:
        # "is expected to use his veto", "could face sanctions": a noun the object of a verb that is only
        # planned or possible; not negation ("did not mention the attack" says nothing of the attack); a noun
        # compounded with the object says the same ("will expand their bombing runs")
        noun = trigger.head if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN" else trigger
        verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") else None
        if verb is not None and verb.i != trigger.i:
            around = (_planning_verb(verb, lex) if noun.dep_ == "dobj" else None) or status(verb, verb, lex)
            if around in ("planned", "hypothetical"):
                return around
        if trigger.dep_ == "nsubj" and _coming(trigger.head, lex):
            return "planned"
        if trigger.dep_ == "nsubjpass" and trigger.head.lower_ in PLANNED_WORDS | {"set", "slated"} and any(
                c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in trigger.head.children) and not any(
                c.dep_ == "neg" for c in trigger.head.children):
            # "the handover is scheduled for June": still to come; "the meeting was scheduled before the crash" may
            # have been held since
            return "planned"
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ == "ahead":
            return "planned"  # "the warning was issued ahead of a council session": still to come when told
        if trigger.dep_ == "pobj" and _put_off_until(trigger):
            return "planned"  # "postponed its strike until after the meeting": the meeting is still to come
        if trigger.dep_ == "nsubj" and _supposed(trigger):
            return "hypothetical"  # "an attack on an airliner could be part of a wider campaign"
        if trigger.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lower_ in WEIGHED for c in trigger.head.children):
            return "hypothetical"  # "a vote was unlikely before June", "talks are possible": weighed, not held
        if any(c.dep_ == "relcl" and _coming(c, lex) for c in trigger.children):
            return "planned"  # "the march, which will take place on Saturday"
        return _unreal_of(trigger) or "occurred"
    if trigger.head.lower_ == "for" and trigger.head.head == anchor and lex.role(lemma(anchor), "planned"):
        own = _own(anchor, lex)
        return own if own in ("negated", "hypothetical") else "planned"  # "preparing for an offensive"
    return None


def _supposed(noun) -> bool:
    """An act named with "a" or "an" as the subject of a modal without "have": one supposed, not told ("an attack
    could come at any time", "a strike would cripple the port"; "an attack could have killed hundreds" stands)."""
    verb = noun.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return (any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
            and bool(auxes & (HYPOTHETICAL | {"would"})) and "have" not in auxes
            and _would(list(verb.children)) != "occurred")  # "a second attack would later kill nine": it did


# a noun whose "of" phrase is an act only feared or weighed ("the possibility of an attack"); the other unreal nouns
# (a plan, a decision, a call) make it planned
SUPPOSING = {"possibility", "prospect", "risk", "fear", "danger", "spectre", "specter", "threat", "vulnerability", "exposure"}


def _planning_verb(verb, lex) -> str | None:
    """"were preparing an assault", "helped plan further bombings", "considered sanctions": the noun is what a verb
    of planning or weighing is about, not yet done ("set" is left out: "set off a bomb" is done)."""
    if lemma(verb) == "set":
        return None
    return next((r for r in ("planned", "hypothetical") if lex.role(lemma(verb), r)), None)


def _unreal_of(trigger) -> str | None:
    """"raised the possibility of an attack", "the plan of a blockade": the "of" phrase of an unreal noun."""
    noun = lemma(trigger.head.head)
    if trigger.dep_ != "pobj" or not ((trigger.head.lower_ == "of" and noun in UNREAL)
                                      or (trigger.head.lower_ in ("of", "to") and noun in SUPPOSING)):
        return None  # "the possibility of an attack", "its vulnerability to airstrikes"
    return "hypothetical" if noun in SUPPOSING else "planned"


# Verbs that say an event noun takes place: "talks will resume", "the summit opens on Monday"
OCCURRING = {"resume", "begin", "start", "open", "convene", "happen", "occur", "continue", "reconvene", "go"}


def _coming(pred, lex) -> bool:
    """The event noun's own predicate puts it ahead: "talks will resume", "talks are due to resume", "the summit
    is set to open" (not "sanctions could hurt": a modal on what the event does, not on the event)."""
    if pred.pos_ == "AUX" or pred.lemma_ == "be":
        if not any(c.dep_ == "acomp" and c.lower_ in INTENT_ADJECTIVES | PLANNED_WORDS for c in pred.children):
            return False
        pred = next((x for c in pred.children if c.dep_ == "acomp" for x in c.children if x.dep_ == "xcomp"), pred)
        return pred.lemma_ in OCCURRING or pred.lemma_ == "be"
    if pred.lemma_ not in OCCURRING and not (pred.lemma_ == "take" and any(c.lower_ == "place" for c in pred.children)):
        return False
    return _controlled(pred, lex) == "planned"


def _controlled(anchor, lex) -> str:
    """The status of the anchor, then of the verbs that control it ("wants to attack", "threatened to leave")."""
    tok = anchor
    for _ in range(6):
        own = _own(tok, lex)
        if own:
            return own
        step = _controller(tok, lex)
        if step is None:
            break
        if isinstance(step, str):
            return step
        tok = step
    return "occurred"


def _past_clause(tok) -> bool:
    """A clause with its own subject, a past tense and a mark that is no condition: "after Hungary blocked the
    text", "since he was arrested" (not "if they attacked", nor a bare participle "after meeting him")."""
    kids = list(tok.children)
    past = tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ != "did" for c in kids)
    return past and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) and any(
        (c.dep_ == "mark" and c.lower_ not in CONDITIONAL_MARKS | AWAITED_MARKS)
        or (c.dep_ == "advmod" and c.lower_ == "when")  # "were heading there to deliver food when it was ambushed"
        for c in kids)


def bare_infinitive(tok) -> bool:
    """An infinitive clause with no tense or modal of its own ("allow farmers to rally"; the parser calls the
    farmers its subject)."""
    kids = list(tok.children)
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in kids)


def arranged(tok) -> bool:
    """"was to meet", "are to hold talks": a bare "be" with an infinitive, an arrangement ("is out to shut it down",
    "the aim is to meet" say something else)."""
    head = tok.head
    return (tok.dep_ == "xcomp" and lemma(head) == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and any(c.dep_ == "nsubj" for c in head.children)
            and not any(c.dep_ in ("acomp", "attr", "prt", "prep") or (c.dep_ == "advmod" and c.lower_ in PARTICLES)
                        for c in head.children))


# verbs of a journey whose progressive tells it still under way ("were heading to the border to attack"); not
# "march", a protest whose purpose ("marching to demand reforms") is said by the marching itself
JOURNEYS = {"head", "move", "travel", "drive", "fly", "sail", "advance", "go", "come", "race", "rush", "speed", "steam"}


def on_the_way(tok) -> bool:
    """"troops were on their way to seize the depot", "a column was heading to the capital to crush the revolt": an
    infinitive of purpose of a journey still under way (a past "went to his home to arrest him" may tell it done)."""
    if not (tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        return False
    head = tok.head
    under_way = head.tag_ == "VBG" and head.lemma_.lower() in JOURNEYS and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children)
    return under_way or any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.lower_ == "way" for o in p.children) for p in head.children)


PARTICLES = PHRASAL_PARTICLES | {"about", "on"}  # "is out to shut it down"


def _own_tense(conj) -> bool:
    """A conjunct with an auxiliary of its own in the past ("would respect the protocols and was consulting"), or
    set against the first clause by "but" ("have not found anything but are continuing to investigate"); a present
    one joined by "and" may still take a first clause's future ("would go after them and we're sending them")."""
    auxes = [c for c in conj.children if c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP")]
    contrast = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in conj.head.children if c.i < conj.i)
    return bool(auxes) and (any(a.tag_ == "VBD" for a in auxes) or contrast)


def _framed(tok) -> str | None:
    """"the minister was to meet his counterpart": arranged, not reported done; "gave the officers seven days to
    free him": demanded, not done."""
    if arranged(tok) or on_the_way(tok):
        return "planned"
    return "hypothetical" if given_time_to(tok) else None


def _controller(tok, lex):
    """The next verb up whose status this one takes, a status the controlling verb gives, or None to stop."""
    framed = _framed(tok)
    if framed:
        return framed
    if tok.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        if tok.head.head != tok.head and tok.head.head.pos_ in ("VERB", "AUX"):
            return tok.head.head  # "invoked legislation to fly": as the invoking
    if tok.dep_ == "conj" and (tok.tag_ in ("VBD", "VBZ", "VBP") or _own_tense(tok)):
        return None  # a finite conjunct has its own tense: "would hold a summit and threatened sanctions"
    if tok.dep_ == "advcl" and _past_clause(tok):
        return None  # "did not produce a deal after Hungary blocked the text": a past clause of its own happened
    if tok.dep_ == "ccomp" and bare_infinitive(tok) and tok.head.pos_ == "VERB":
        return tok.head  # "will allow supporters to rally", "would allow members to expel": no tense of its own
    if tok.dep_ == "attr" and tok.head.pos_ in ("AUX", "VERB") and lemma(tok.head) == "be":
        return tok.head  # "the likeliest events would be acts such as blocking streets": as the copula
    if tok.dep_ in ("xcomp", "conj", "advcl", "csubj") and tok.head != tok:
        head = tok.head
        if tok.dep_ == "xcomp":
            role = next((r for r in UNREAL_ROLES if lex.role(lemma(head), r)), None)
            if head.pos_ == "ADJ" and head.lower_ in INTENT_ADJECTIVES:
                role = role or "planned"  # "is willing to withdraw", "ready to host"
            if role == "planned" and _own(head, lex) == "negated":
                return "negated"  # "did not seek to break off relations", "does not intend to expel": not meant
            if role:
                return role
        return head
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and lemma(tok.head.head) in UNREAL:
        return "planned"  # "the decision of sending troops", "the idea of bombing": not done
    if tok.dep_ == "pcomp" and tok.head.head != tok:  # "risk being incarcerated"
        return _phrase_controller(tok.head.head)
    return None


def _phrase_controller(up):
    """What controls a gerund in a phrase that hangs on ``up``."""
    if up.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in PLANNED_WORDS for c in up.children):
        return "planned"  # "potential locations for detaining them", "a planned base for launching raids"
    if up.pos_ == "NOUN" and up.dep_ == "dobj" and up.head.pos_ == "VERB":
        return up.head  # "must play the main part in fighting the militia": the verb the phrase is the object of
    return up
