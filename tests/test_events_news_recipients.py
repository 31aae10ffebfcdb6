"""Recipients of events on news by error category (issue 12, plover round): the found events of the dev news sets
and the hand trials with a wrong or missing recipient. Every text is the team's own; each positive case failed
before the fix it covers, the negative ones guard the fix's limits."""

from __future__ import annotations

import pytest


def _recipients(extract, text: str, type_: str, trigger: str) -> list[str]:
    """The recipient phrases of the events of ``type_`` on ``trigger``, as written in the text."""
    return [text[e.recipient.start:e.recipient.end] for e in extract(text).events
            if e.type == type_ and e.trigger.text == trigger and e.recipient is not None
            and e.recipient.start is not None]


# --- two verbs joined with one object: the first shares the second's

@pytest.mark.parametrize(("text", "type_", "trigger", "recipient"), [
    ("The guards arrest and then beat their captives, the monitors wrote.", "COERCE", "arrest", "captives"),
    ("Militiamen beat and robbed three traders near the market.", "ASSAULT", "beat", "traders"),
    ("Soldiers stormed and looted the village on Monday.", "ASSAULT", "stormed", "village"),
    ("Police arrested and beat four students, witnesses said.", "COERCE", "arrested", "students"),
])  # fmt: skip
def test_a_verb_shares_the_object_of_the_verb_joined_to_it(extract, text, type_, trigger, recipient):
    assert any(recipient in r for r in _recipients(extract, text, type_, trigger))


@pytest.mark.parametrize(("text", "type_", "trigger", "not_recipient"), [
    # the second verb has a subject of its own: another clause
    ("Police fired on Monday and protesters burned two cars.", "ASSAULT", "fired", "cars"),
    # what is sent is no target
    ("Troops attacked and launched rockets overnight.", "ASSAULT", "attacked", "rockets"),
])  # fmt: skip
def test_no_object_is_shared_across_clauses_or_from_what_is_sent(extract, text, type_, trigger, not_recipient):
    assert not any(not_recipient in r for r in _recipients(extract, text, type_, trigger))


# --- a passive verb joined to a clause: whom that clause is about undergoes it

@pytest.mark.parametrize(("text", "type_", "trigger", "recipient"), [
    ("The mayor of Lyon resigned on Monday and was arrested hours later.", "COERCE", "arrested", "mayor"),
    ("The senator broke the law and may be indicted, prosecutors said.", "ACCUSE", "indicted", "senator"),
    ("Two activists fled the country but were detained at the airport.", "COERCE", "detained", "activists"),
])  # fmt: skip
def test_a_joined_passive_is_done_to_its_clause_s_subject(extract, text, type_, trigger, recipient):
    assert any(recipient in r for r in _recipients(extract, text, type_, trigger))


# --- an infinitive passive on the predicate of a copula: the copula's subject undergoes it

@pytest.mark.parametrize(("text", "type_", "trigger", "recipient"), [
    ("Two bloggers were the latest to be detained under the cyber law.", "COERCE", "detained", "bloggers"),
    ("She was the first journalist to be arrested under the new law.", "COERCE", "arrested", "She"),
    ("The farmers' leaders were the next to be threatened by the militia.", "THREATEN", "threatened", "leaders"),
])  # fmt: skip
def test_the_first_or_latest_to_undergo_an_act(extract, text, type_, trigger, recipient):
    assert any(recipient in r for r in _recipients(extract, text, type_, trigger))


# --- relief workers are aid when they are sent, and people when something is done to them (a reviewer's finding:
# the class that made "sent twenty doctors" aid made "arrested two nurses" no one)

@pytest.mark.parametrize(("text", "type_", "trigger", "recipient"), [
    ("Soldiers detained three nurses at a checkpoint outside Juba on Friday.", "COERCE", "detained", "nurses"),
    ("Gunmen abducted two engineers from a dam site in the north.", "ASSAULT", "abducted", "engineers"),
    ("The militia freed four rescuers it had held since March.", "RETREAT", "freed", "rescuers"),
])  # fmt: skip
def test_relief_workers_something_is_done_to_are_its_recipients(extract, text, type_, trigger, recipient):
    assert any(recipient in r for r in _recipients(extract, text, type_, trigger))


def test_relief_workers_sent_are_what_is_sent_not_whom(extract):
    text = "Sweden flew thirty doctors to the flooded province on Monday."
    assert [e for e in extract(text).events if e.type == "AID"]
    assert not any("doctors" in r for r in _recipients(extract, text, "AID", "flew"))
