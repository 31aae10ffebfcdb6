"""Checks for the periods of business reporting and of the day the story is at: "the quarter", "the latest
period", "year-earlier", "the year" closing a period phrase, "ended the day", and set adjectives that classify a
noun ("the annual meeting"). Used by ``filters.keep``."""

from __future__ import annotations

import re

from newsgraph.spacy_util import doc_text

from .context import next_word, prev_word, span_at, text_before
from .lexicon import lower
from .patterns import Candidate


def theday_ok(cand: Candidate, doc) -> bool:
    """ "ended the day", "late in the day": the period of the day the story is at; "the day" elsewhere ("the day
    of the vote", "the day when") is counted from an event, not a time."""
    if cand.group("mod"):
        return True
    if cand.group("unit").lower() == "year":
        return _the_year_ok(cand, doc)
    if cand.group("unit").lower() != "day":
        return False
    prev = prev_word(doc_text(doc), cand.start)
    nxt = next_word(doc_text(doc), cand.end).lower()
    return prev in DAY_VERBS and nxt not in ("of", "when", "that", "before", "after", "he", "she", "they")


# "the first nine months of the year", "the rest of the year": a part of the year the story is in
_OF_AMOUNT = re.compile(r"\s+of\s+(?:[$€£¥]|\d)")
PART_OF = re.compile(r"(?i)\b(?:months|weeks|days|quarters?|half|rest|remainder|balance|part|bulk)\s+of\s+$")


def _the_year_ok(cand: Candidate, doc) -> bool:
    """ "the year" alone is the year the story is in when it closes a period phrase ("for the year," in an
    earnings story, "the first nine months of the year"); not "the year before", "the year of the dragon",
    "player of the year"."""
    nxt = next_word(doc_text(doc), cand.end)
    if nxt.lower() == "of" and _OF_AMOUNT.match(doc_text(doc), cand.end):
        nxt = ""  # "a high for the year of $42 a share": the amount, not "the year of the dragon"
    if nxt[:1].isalnum() and nxt.lower() not in ("to", "and", "in", "on", "at", "as", "with", "from", "because"):
        return False
    if PART_OF.search(text_before(doc, cand.start)):
        return True
    return prev_word(doc_text(doc), cand.start) == "for" and _EARNINGS.search(doc_text(doc)) is not None


DAY_VERBS = {
    "end", "ended", "ending", "ends", "finish", "finished", "finishing", "finishes", "start", "started",
    "starting", "starts", "open", "opened", "opening", "close", "closed", "closing", "for", "began", "begin",
}


def bizperiod_ok(cand: Candidate, doc) -> bool:
    """ "the quarter", "the latest period" refer back to a quarter: only in a story that talks of quarters, and
    not "a quarter of the vote"."""
    if next_word(doc_text(doc), cand.end).lower() == "of" and not cand.group("ago"):
        return False
    if (cand.group("rel") or "")[:1].isdigit() and not cand.text.lower().startswith("the"):
        return False  # "the 1988 quarter" is a period; "1988 quarter-inch bolts" are not
    if cand.name == "bizquarter":  # "the quarter" alone: a period only in an earnings story, not a city's quarter
        return _EARNINGS.search(doc_text(doc)) is not None
    if cand.group("unit").lower() == "quarter":
        return True
    text = doc_text(doc)  # "the latest period" of an earnings story
    return _EARNINGS.search(text) is not None or re.search(r"(?i)\bquarters?\b", text) is not None


_EARNINGS = re.compile(r"(?i)\b(?:profits?|earnings|revenues?|sales|net income|a share|(?:first|second|third|fourth)"
                       r"[-\s]quarter|quarterly)\b")


def yearback_ok(cand: Candidate, doc) -> bool:
    """ "year-earlier results": the adjective dates a noun after it."""
    nxt = next_word(doc_text(doc), cand.end)
    return nxt[:1].isalpha() and nxt[:1].islower()


# verbs of growth: "sales should rise 8% annually" gives a rate of change, not how often something happens
GROWTH_VERBS = {
    "rise", "grow", "increase", "climb", "gain", "expand", "double", "triple", "fall", "decline", "drop",
    "shrink", "decrease", "compound", "slip", "jump", "soar", "advance",
}


def setword_ok(cand: Candidate, doc) -> bool:
    """ "the annual meeting", "a quarterly dividend", "average daily volume": the adjective says what kind of
    meeting or payment it is, not when anything happens. A growth rate ("exports should rise 6% annually",
    "doubling its output annually") is a rate of change, which TimeML corpora leave unmarked; "pays $5 million
    annually" is a set."""
    span = span_at(doc, cand.start, cand.end)
    if span is None or len(span) != 1:
        return True
    tok = span[0]
    head = tok.head
    if tok.dep_ == "advmod" and (head.lemma_.lower() in GROWTH_VERBS or _after_percent(doc, cand.start)):
        return False
    if tok.dep_ not in ("amod", "compound", "nmod") or head.i <= tok.i:
        return True
    return head.lemma_.lower() not in lower("set_noun")


def _after_percent(doc, start: int) -> bool:
    return re.search(r"(?i)(?:%|\bpercent|\bpct\.?)\s*$", text_before(doc, start)) is not None
