"""The date of an event: time expressions attached to its clause (dependency path first), then the sentence,
else the publication date with precision "publication"."""

from __future__ import annotations

import datetime as dt
import re
from datetime import date

from ...spacy_util import SHIFTING_MARKS, before_reported_subject, dateline_spans, sentence_before
from ..amounts.lexicon import lexicons
from .lexicon import AT_OCCASION, default, word_class

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_WEEK = re.compile(r"^\d{4}-W\d{2}$")
_WEEKEND = re.compile(r"^\d{4}-W\d{2}-WE$")
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj"}


def _value(t) -> str:
    """The date a time expression gives an event: a clock time's day, a weekend's week ("over the weekend")."""
    if t.type == "TIME":
        return t.value[:10]
    return t.value[:-3] if _WEEKEND.match(t.value) else t.value


def precision(value: str) -> str | None:
    if _DAY.match(value):
        return "day"
    if _WEEK.match(value):
        return "week"
    if _MONTH.match(value):
        return "month"
    if _YEAR.match(value):
        return "year"
    return None


def _attached(tok, anchors: set[int], limit: int = 8) -> bool:
    """True when the path from ``tok`` up to the root reaches an anchor before leaving its clause, and without
    passing through a noun it dates instead ("sought an apology for the raid in May 2010": the raid's date)."""
    start, below = tok.i, tok
    for _ in range(limit):
        if tok.i in anchors:
            return True
        if (
            tok.i != start
            and tok.pos_ in ("NOUN", "PROPN")
            and tok.dep_ != "npadvmod"
            and tok.ent_type_ not in ("DATE", "TIME")
            and tok.lower_ not in TIMES_OF_DAY  # "detained before dawn on Sunday": the day of the dawn
            # an amount the time passes through: "fined it 1.4 billion euros on Tuesday"; a number that is the time
            # itself dates the noun: "apologised for a 2010 raid"
            and not any(c.dep_ == "nummod" and c.i != start for c in tok.children)
        ):
            return _occasion(tok, anchors) or _day_on_object(tok, below, anchors) or _day_of_object(tok, below, anchors)
        if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.lemma_.lower() in STATES and tok.head.dep_ in PATIENT_DEPS:
            # "extradited two men wanted in the case last month": a state has no day; the act on them has
            tok, below = tok.head.head, tok.head
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            # "intercepted three boats carrying 140 migrants on Tuesday": the day of what the object was doing
            # when the verb's act met it
            return _day_on_object(tok.head, below, anchors)
        if tok.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in AT_ONCE and m.i < tok.i
                                         for m in tok.children):
            # "were killed (and wounded) when a truck bomb blew up on Sunday": at the same time
            return tok.head.i in anchors or (tok.head.dep_ == "conj" and tok.head.head.i in anchors)
        if tok.dep_ in CLAUSE_DEPS or tok.head == tok:
            return tok.head.i in anchors and tok.dep_ not in CLAUSE_DEPS
        tok, below = tok.head, tok
    return False


# participles of a state, which news does not date: the time beside them is the act's on whom they describe
STATES = {"want", "suspect", "believe", "fear", "think", "know"}
PATIENT_DEPS = {"dobj", "nsubjpass"}


# Verbs done at the gathering or act they take as object, on its day: "police broke up Tuesday's march"
AT_THE_EVENT = {"disperse", "break", "storm", "attend", "join", "lead", "halt", "stop", "crush", "disrupt", "quell",
                "suppress", "address", "end", "interrupt", "tear-gas"}


def _day_of_object(noun, day, anchors: set[int]) -> bool:
    """"police broke up Tuesday's march": the day the object happened is the day of what was done at it; not
    "banned Saturday's march" or "condemned Monday's attack", done before or after it."""
    return (day.dep_ == "poss" and noun.dep_ == "dobj" and noun.head.i in anchors
            and noun.head.lemma_.lower() in AT_THE_EVENT)


TIMES_OF_DAY = {"dawn", "daybreak", "dusk", "sunrise", "sunset", "morning", "afternoon", "evening", "night", "midnight",
                "noon", "hours"}
AT_ONCE = {"when", "as"}  # marks of a clause told at the time of the one it hangs on


def _day_on_object(noun, prep, anchors: set[int]) -> bool:
    """"summoned China's deputy ambassador on Tuesday": the parser may hang a day's "on" on the verb's object; a
    day on an object that is no event ("the ambassador", not "the attack on Saturday") dates the verb."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.i not in anchors or prep.lower_ != "on":
        return False
    lex = default()
    name = noun.lemma_.lower()
    return (name, "N") not in lex.triggers and not lex.objects.get(name, frozenset()) & {"occasion"}


def _verb(span):
    """The verb a time expression hangs on."""
    return next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _reporting_time(span, anchors: set[int]) -> bool:
    """A fronted time dates the reporting verb it follows: "said on Monday she would visit" dates the saying."""
    verb = _verb(span)
    return verb is not None and verb.head.i in anchors


def _fronted(span) -> bool:
    """A time between a reporting verb and the subject of what it reports belongs to the reporting: in "said on
    Wednesday it had carried out an attack" the parser hangs "on Wednesday" on "carried"."""
    return before_reported_subject(span, _verb(span))


OCCASION_PREPS = AT_OCCASION | {"amid"}  # and amid one ("amid the protests")


def _occasion(noun, anchors: set[int]) -> bool:
    """The dated noun is the occasion the act happened in: "freed in Monday's handover", "killed during last
    week's raid" date the act; "an apology for Monday's raid" does not (the apology came later)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in OCCASION_PREPS and prep.head.i in anchors


def date_of(times, doc, anchor, trigger, sent, publication: str, count: bool = True) -> tuple[str, str]:
    """(value, precision) of the event whose anchor and trigger are given; ``count``: a day may be counted from
    another clause's ("a day after"), whose own day is then found without counting; an act told "hours later" or
    "within hours" with no day of its own is on the day last told before it (``_hours_on``)."""
    found = _date_of(times, doc, anchor, trigger, sent, publication, count)
    if found[1] == "publication" and _hours_on(anchor):
        return _day_told_before(times, doc, sent) or found
    if found[1] == "publication" and anchor.lemma_.lower() in ASKING:
        return _asked_when(times, doc, anchor, sent, found[0]) or found
    return found


# verbs of asking: "asked Argentina to hand him over in March" (a past month: when it was asked)
ASKING = {"ask", "urge", "request", "press", "call", "invite", "petition"}


def _last_before(value: str, text: str, publication: str) -> str:
    """A month named with no year that the times pass read as to come ("to hand him over in March", in a November
    story), as that month of the publication's year when it is past by then: what was asked in a past month."""
    if not _MONTH.match(value) or any(ch.isdigit() for ch in text) or value < publication[:7]:
        return value
    return f"{publication[:4]}{value[4:]}"


def _asked_when(times, doc, anchor, sent, publication: str) -> tuple[str, str] | None:
    """A past time on what was asked for, when the asking has none of its own, is the asking's: what is asked
    comes after the asking, and a story tells a past asked act as done if it was."""
    asked = {c.i for c in anchor.children if c.dep_ in ("xcomp", "ccomp")}
    for t in times:
        if t.type not in ("DATE", "TIME") or not sent.start_char <= t.start < sent.end_char:
            continue
        value = _last_before(_value(t), t.text, publication)
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not precision(value) or value >= publication[:len(value)]:
            continue
        if any(_attached(span.root, {i}) for i in asked):
            return value, precision(value) or "publication"
    return None


# "rejected the demand within hours", "hours later", "minutes later": the same day as the act told before
SOON_UNITS = {"hour", "minute"}


def _soon(tok) -> bool:
    if tok.dep_ == "prep" and tok.lower_ == "within":
        return any(o.dep_ == "pobj" and o.lemma_.lower() in SOON_UNITS for o in tok.children)
    if tok.dep_ == "advmod" and tok.lower_ == "later":
        return any(o.dep_ == "npadvmod" and o.lemma_.lower() in SOON_UNITS for o in tok.children)
    return tok.dep_ == "npadvmod" and tok.lemma_.lower() in SOON_UNITS and any(
        o.lower_ == "later" for o in tok.children)


def _hours_on(anchor) -> bool:
    """The act's clause says it came within hours of another, with no clause of its own saying which ("hours
    after the talks ended" is counted from its clause, not from here)."""
    near = list(anchor.children) + [g for c in anchor.children if c.dep_ == "dobj" for g in c.children]
    return any(_soon(t) for t in near)


def _day_told_before(times, doc, sent) -> tuple[str, str] | None:
    """The last day-precision date of the two sentences before ``sent`` (not a dateline's)."""
    datelines = dateline_spans(doc)
    first = sentence_before(sent) or sent
    start = (sentence_before(first) or first).start
    lo = doc[start].idx
    days = [t for t in times if t.type in ("DATE", "TIME") and lo <= t.start < sent.start_char
            and precision(_value(t)) == "day" and not any(a <= t.start < b for a, b in datelines)]
    return (_value(days[-1])[:10], "day") if days else None


def _date_of(times, doc, anchor, trigger, sent, publication: str, count: bool = True) -> tuple[str, str]:
    datelines = dateline_spans(
        doc
    )  # "BAMAKO, Nov 20 (Reuters) -" says when the story was filed, not the event
    usable = [
        t
        for t in times
        if t.type in ("DATE", "TIME")
        and sent.start_char <= t.start < sent.end_char
        and not any(a <= t.start < b for a, b in datelines)
    ]
    usable = [(t, precision(_value(t))) for t in usable]
    usable = [(t, p) for t, p in usable if p]
    publication = _filed(times, datelines, publication)
    if not usable:
        return publication, "publication"
    anchors = {anchor.i, trigger.i} | _taking_place(anchor)
    for t, p in usable:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and (_reporting_time(span, anchors) if _fronted(span)
                                 else _attached(span.root, anchors) and not _tally_since(span, anchor)):
            return _value(t), p
    counted = _counted_from(times, doc, anchor, sent, publication) if count else None
    if counted is not None:
        return counted
    # then the sentence: a time on a clause that governs the event ("said on Monday that police arrested")
    governing = {a.i for a in anchor.ancestors}
    background = anchor.dep_ in ("relcl", "acl") or trigger.dep_ in ("relcl", "acl")
    for t, p in usable:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or background:
            continue
        verb = _verb(span)
        if verb is not None and _fronted(span):
            verb = verb.head
        if verb is not None and verb.i in governing and not _shifted(anchor, verb) and not _earlier(anchor, verb):
            return _value(t), p
    return publication, "publication"


OFFSET_MARKS = {"after": 1, "before": -1}
_SPAN = re.compile(r"^P(\d+)([DWM])$")


def _offset(clause, times) -> tuple[int, str] | None:
    """Days (or months) from a clause's event to its head's: "two days after he published" (2, "D": the head came
    two days after the publishing), "three days before the talks opened" (-3, "D"), "a month after they demanded"
    (1, "M"); None without both a mark and an amount."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in OFFSET_MARKS), None)
    amount = next((c for c in clause.children if c.dep_ == "npadvmod" and c.i < clause.i), None)
    if mark is None or amount is None:
        return None
    span = next((t for t in times if t.type == "DURATION" and t.start <= amount.idx < t.end), None)
    found = _SPAN.match(span.value) if span is not None else None
    if found is None:
        return None
    count = OFFSET_MARKS[mark.lower_] * int(found.group(1))
    return (count, "M") if found.group(2) == "M" else (count * (7 if found.group(2) == "W" else 1), "D")


def _moved(day: str, offset: tuple[int, str]) -> tuple[str, str] | None:
    """The day (or, counted in months, the month) ``offset`` from ``day``; None off the calendar."""
    count, unit = offset
    try:
        start = dt.date.fromisoformat(day)
        if unit == "M":
            months = start.year * 12 + start.month - 1 + count
            return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
        return (start + dt.timedelta(days=count)).isoformat(), "day"
    except (ValueError, OverflowError):
        return None  # a day the calendar does not have, or a count that leaves it


def _counted_from(times, doc, anchor, sent, publication: str) -> tuple[str, str] | None:
    """A day counted from another dated clause of the sentence: "said on Wednesday, a day after police dispersed
    the march" (the dispersal: Tuesday), "attacked the town a week after the truce was signed on March 3" (the
    attack: March 10); counted in months, a month ("withdrew on Monday, a month after Somalia demanded"), also from
    a month ("asked in March, six months after he was detained": the September before). Only from a day or a month
    the sentence gives, never from the publication date."""
    own = _offset(anchor, times)
    pairs: list[tuple[object, tuple[int, str] | None]] = (
        [(anchor.head, (-own[0], own[1]))] if own is not None and anchor.head is not anchor else [])
    pairs += [(c, _offset(c, times)) for c in anchor.children if c.dep_ in ("advcl", "ccomp") and c.i > anchor.i]
    for other, offset in pairs:
        if offset is None:
            continue
        date, prec = date_of(times, doc, other, other, sent, publication, count=False)
        if prec == "day":
            return _moved(date, offset)
        if prec == "month" and offset[1] == "M":  # "asked in March, six months after he was detained": September
            return _moved(date + "-01", offset)
    return None


def _filed(times, datelines, publication: str) -> str:
    """The day the dateline says the story was filed ("UNITED NATIONS, April 8" in a paper of April 9), which an
    act told with no time of its own is dated by, like the publication date; the publication date otherwise."""
    for t in times:
        if t.type == "DATE" and _DAY.match(t.value) and any(a <= t.start < b for a, b in datelines):
            try:
                days = (date.fromisoformat(publication) - date.fromisoformat(t.value)).days
            except ValueError:
                return publication  # "Feb 30" in a dateline, or a publication date that is not a day
            return t.value if 0 < days <= 3 else publication
    return publication


def _taking_place(noun) -> set[int]:
    """The verbs that say when an event noun takes place: "talks resume on March 10", "the summit is due to open
    on Monday" (the time hangs on the verb, the event is the noun)."""
    from .status import OCCURRING

    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "nsubj":
        return set()
    chain, tok = [noun.head], noun.head
    for _ in range(2):
        tok = next((c for c in tok.children if c.dep_ in ("acomp", "xcomp")), None)
        if tok is None:
            break
        chain.append(tok)
    if not any(t.lemma_ in OCCURRING for t in chain):
        return set()
    return {t.i for t in chain}


# Verbs of a state that began at one time and lasts: "held since May 2" dates the seizure
HELD = {"hold", "detain", "jail", "imprison", "keep", "intern", "confine"}


def _counted(noun) -> bool:
    """The noun is told with a count: "238 migrants", "more than 300", "hundreds of protesters" (the plurals of
    magnitude, class ``vague`` of units_numbers.tsv)."""
    if noun.tag_ == "CD" or noun.lower_ in lexicons()["vague"]:
        return True
    return any(c.dep_ == "nummod" for c in noun.children)


def _tally_since(span, anchor) -> bool:
    """A count kept since a time ("238 migrants have been returned since January", "police have arrested 300
    people since Monday") adds up acts over the weeks since then: the time opens the period, it is not the day
    of the act. A state held since a time keeps it, counted or not: "two aid workers have been held since May 2"
    were seized then."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "since" or anchor.lemma_.lower() in HELD:
        return False
    patients = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    if not patients and anchor.pos_ in ("NOUN", "PROPN"):
        patients = [anchor]
    return any(_counted(p) for p in patients)


# verbs whose complement is what they report, so that it takes no date from them: the plain reporting verbs
# (lexicons/event_words.tsv) and those that vouch for or claim a fact ("the ministry confirmed that troops had crossed")
VOUCHING = {"report", "claim", "confirm"}
REPORTING = word_class("reporting_verb") | VOUCHING


def _reported(tok, verb) -> bool:
    """``tok`` lies inside what ``verb`` reports (its complement clause), not on the saying itself ("during
    the rally Monday, he said")."""
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ in ("ccomp", "parataxis")


# Words that react to an act already done: "condemned an attack on the camp on Saturday" dates the condemnation;
# the attack came before it, on a day the clause does not give
REACTING = {"condemn", "denounce", "criticise", "criticize", "deplore", "decry", "welcome", "praise", "hail", "mourn",
            "investigate", "probe", "blame", "protest", "slam", "regret", "apologise", "apologize", "avenge", "punish",
            "acknowledge", "admit", "deny", "investigation", "inquiry", "condemnation", "outrage", "apology",
            # remembered, often years before: "marched on Sunday to mark the anniversary of the assassination"
            "anniversary", "commemoration", "commemorate", "remembrance", "memorial"}


def _reacted_to(noun) -> bool:
    """The event noun is what a word of reaction reacts to: a verb's object, or the object of its "for", "over",
    "into" or "of" ("condemned the army for the raid", "an investigation into the shooting")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("for", "over", "into", "of"):
        return head.head.lemma_.lower() in REACTING
    return noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in REACTING


def _earlier(anchor, verb) -> bool:
    """The event is told as before the governing clause, so that clause's day is no more than a bound on it:
    a past perfect ("said on Wednesday it had carried out an attack"), or an event noun that is only an
    argument of what a reporting verb reports ("the toll from an attack has risen to 15, residents said on Tuesday").
    It keeps the publication date and its week of uncertainty, not a wrong day."""
    if anchor.pos_ in ("NOUN", "PROPN"):
        return (verb.lemma_ in REPORTING and _reported(anchor, verb)) or _reacted_to(anchor)
    tok = anchor
    for _ in range(8):
        if tok.i == verb.i:
            return False
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children):
            return True
        if tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _same_past(conj) -> bool:
    """A simple past joined by "and" to a simple past: one narrative, one time."""
    head = conj.head
    plain = all(not any(c.dep_ in ("aux", "auxpass") for c in v.children) for v in (conj, head))
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children if c.i < conj.i)
    return conj.tag_ == head.tag_ == "VBD" and plain and joined


def _shifted(anchor, verb) -> bool:
    """The event sits in a clause set before or after the governing one ("... on Tuesday, days after Paris
    criticised"): the governing clause's time is not its own."""
    tok = anchor
    for _ in range(8):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SHIFTING_MARKS for c in tok.children):
            return True
        if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ", "VBP"):
            # a finite conjunct has its own time: "would hold a summit next week and threatened ..", unless it goes
            # on in the first clause's simple past: "marched on Sunday night, and police detained 18 people"
            return not _same_past(tok)
        if tok.dep_ == "conj" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            return True  # "the border was fixed in 1974 and we will not negotiate it": a modal of its own
        tok = tok.head
    return False
