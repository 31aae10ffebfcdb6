"""Checks for vague references and generic days: "now", "recently", "at the time", "the future", "recent" before a
noun, and "today's" or "of tomorrow" meaning the age rather than a day. Used by ``filters.keep``; each rule says
which use of the word is a time in the TimeML corpora and which is not."""

from __future__ import annotations

import re

from newsgraph.spacy_util import doc_text

from .context import UNIT_WORDS, next_word, prev_word, span_at, text_before
from .lexicon import words
from .patterns import Candidate


def ref_ok(cand: Candidate, doc) -> bool:
    word = cand.text.lower()
    nxt = next_word(doc_text(doc), cand.end).lower()
    if word == "the past" and (UNIT_WORDS.match(nxt or "x") or nxt[:1].isdigit() or nxt in NUMBERISH):
        return False
    if doc_text(doc)[cand.end : cand.end + 1] == "-":
        return False  # "the now-defunct", "the soon-to-open"
    if word == "soon" and prev_word(doc_text(doc), cand.start) == "as":
        return False  # "as soon as"
    if word in ("soon", "shortly") and nxt in ("after", "before"):
        return False  # "soon after the vote": timed from an event, not a reference to the present
    if word == "recent":  # "the recent sale": an adjective dating its noun
        return _dating_adjective(cand, doc, nxt)
    if word == "recently" and (nxt in ("last", "this") or nxt.title() in words("month") or nxt.title() in words("weekday")):
        return False  # "most recently last May": the time that follows is the expression
    if word == "at the time":
        return not _clause_follows(cand, doc)
    if word == "now":
        return not _verbless(cand, doc)
    if word == "the future":
        return not _prospects(cand, doc, nxt)
    return True


def _prospects(cand: Candidate, doc, nxt: str) -> bool:
    """ "the future of the plant", "the future looks bleak": prospects, not a time ("in the future" is one)."""
    if nxt == "of":
        return True
    span = span_at(doc, cand.start, cand.end)
    return span is not None and span[-1].dep_ in ("nsubj", "nsubjpass")


def _verbless(cand: Candidate, doc) -> bool:
    """ "Now for the weather": a turn in the talk, in a sentence with no verb to date."""
    span = span_at(doc, cand.start, cand.end)
    if span is None:
        return False
    sent = span[0].sent
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.i == span[0].i and not any(t.pos_ in ("VERB", "AUX") for t in sent)


def _clause_follows(cand: Candidate, doc) -> bool:
    """ "At the time the bridge fell, ...": the time of an event told by the clause, not a time of its own. Only
    at the head of a sentence, where the clause cannot be the object of a verb before it ("saying at the time
    he would go")."""
    span = span_at(doc, cand.start, cand.end)
    return span is not None and span[0].is_sent_start and any(c.dep_ in ("relcl", "acl") and c.i > span[-1].i for c in span[-1].children)


def _dating_adjective(cand: Candidate, doc, nxt: str) -> bool:
    """ "recent" before a noun ("the recent closing"); not before a time unit (the longer match takes "recent
    years"). ("current" was tried too: TempEval-3 leaves it unmarked, and it cost more there than it gained.)"""
    if not nxt[:1].isalpha() or UNIT_WORDS.match(nxt):
        return False
    span = span_at(doc, cand.start, cand.end)
    return span is not None and len(span) == 1 and span[0].dep_ == "amod"


NUMBERISH = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "many",
             "couple", "dozen", "hundred"}


# nouns that "today's" and "of tomorrow" make generic: the present or future age, not a day ("today's youth",
# "the cars of tomorrow")
GENERIC_NOUNS = {
    "world", "youth", "society", "generation", "generations", "children", "kids", "economy", "culture",
    "technology", "computers", "families", "standards", "politics", "people", "leaders", "cars", "cities",
    "workers", "students", "parents", "consumers", "media", "workplace", "schools",
}  # not "market": "today's market" in a stock report is the day's session


def generic_day(cand: Candidate, doc) -> bool:
    """ "today's youth", "the cars of tomorrow": the present or the future age, not a day (the TimeML
    corpora leave them unmarked); "today's vote" and "the close of tomorrow" stay days."""
    text = doc_text(doc)
    word = cand.text.lower()
    if cand.group("part") or cand.group("mod"):
        return False
    if word == "today" and text[cand.end : cand.end + 2] in ("'s", "’s"):
        span = span_at(doc, cand.start, cand.end)
        return span is not None and span[-1].dep_ == "poss" and span[-1].head.lower_ in GENERIC_NOUNS
    if word == "tomorrow" and prev_word(text, cand.start) == "of":
        before = re.search(r"(\w+)\s+of\s*$", text_before(doc, cand.start))
        return before is not None and before.group(1).lower() in GENERIC_NOUNS
    return False
