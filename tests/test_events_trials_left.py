"""What the third and fourth hand trials (tests/data/trial6, tests/data/trial7) left, fixed by category across both
and shown here on new team-written sentences, never the trials' own (tests/test_trial_six.py and
tests/test_events_trial7.py run those)."""

from __future__ import annotations

import pytest


def _on(extract, text, trigger, date="2027-04-14"):
    return [e for e in extract(text, date).events if e.trigger.text.startswith(trigger)]


# --- a threat told without the word: a response or an escalation promised on a condition ---

@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), [
    ("Ankara will take countermeasures if Greece extends its territorial waters, the defence minister said.",
     "take", "TUR", "GRC"),
    ("The interior minister said Serbia would take \"every necessary step\" to protect the crossing if Kosovo "
     "kept the checkpoint open.", "take", "SRB", "XKX"),
    ("The dockers' union said on Monday that the strike would spread to two more terminals unless the owners "
     "improved their offer.", "spread", None, None),
    ("Ana Ruiz accused the ministry of stalling and said the walkout would widen to the northern depots unless "
     "the pay offer was raised.", "widen", None, None),
])  # fmt: skip
def test_a_response_or_escalation_promised_on_a_condition_is_a_threat(extract, text, trigger, actor, recipient):
    (threat,) = [e for e in _on(extract, text, trigger) if e.type == "THREATEN"]
    assert threat.status == "occurred" and threat.actor is not None
    assert actor is None or threat.actor.country == actor
    assert (threat.recipient.country if threat.recipient else None) == recipient


@pytest.mark.parametrize(("text", "trigger"), [
    ("Colombia's finance minister said the government would take steps to cut fuel prices.", "take"),
    ("The central bank said inflation would continue to rise unless rates were raised.", "continue"),
    ("The mediator said the talks would continue if both sides agreed.", "continue"),
    ("Teachers said the walkout had spread to four more districts on Monday.", "spread"),
])  # fmt: skip
def test_no_threat_without_a_condition_or_a_party_to_escalate(extract, text, trigger):
    assert not [e for e in _on(extract, text, trigger) if e.type == "THREATEN"]


@pytest.mark.parametrize(("text", "trigger"), [
    # a condition no party brings about: a harvest, prices, a river, sales, "if needed"
    ("The ministry said it would take emergency measures if the wheat crop failed for a second year.", "take"),
    ("The port authority said it would take action if the lake rose above the old pier.", "take"),
    ("The retailer will take steps to trim costs if sales keep sliding.", "take"),
    ("The treasury said it would take further steps if required.", "take"),
    # a purpose that helps, supports, lowers or wins, whoever the condition's subject is
    ("The governor said she would take measures to assist fishermen if the trawlers kept away.", "take"),
    ("The manager said he would take every step to win if his players stayed fit.", "take"),
    ("The agency would take steps to shield tenants if landlords raised rents again.", "take"),
    # a market rally is no stoppage that spreads
    ("Traders said the rally would continue if the central bank held rates.", "continue"),
])  # fmt: skip
def test_no_threat_on_a_condition_no_party_meets_or_for_a_benign_purpose(extract, text, trigger):
    assert not [e for e in _on(extract, text, trigger) if e.type == "THREATEN"]


def test_a_policy_on_a_condition_keeps_its_planned_aid(extract):
    events = extract("The cabinet will take measures to help growers if the harvest fails again.").events
    assert [e.type for e in events] == ["AID"] and events[0].status == "planned"


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    # an agentless passive is still another party's act; a named party in the condition is the target
    ("The dock workers said the stoppage would extend to the grain terminal unless the offer was improved.",
     "extend", None),
    ("Athens would take all necessary measures to protect the island if Turkey sent its survey ship again, the "
     "minister said.", "take", "TUR"),
    # a condition that names what the other side does, with no subject of its own
    ("Manila said it would take all necessary measures to defend the reef if dredging went on.", "take", None),
])  # fmt: skip
def test_a_threat_on_another_partys_act_stands(extract, text, trigger, recipient):
    (threat,) = [e for e in _on(extract, text, trigger) if e.type == "THREATEN"]
    assert threat.status == "occurred"
    assert (threat.recipient.country if threat.recipient else None) == recipient


# --- a handover: of people a transfer, of power or a place a withdrawal; a "by" phrase is the handover's ---

def test_a_handover_of_people_is_a_transfer(extract):
    (handover,) = _on(extract, "Tanzania's handover of three suspects to Rwanda took place on Friday.", "handover")
    assert handover.type == "COOPERATE" and handover.actor is not None and handover.actor.country == "TZA"


def test_a_handover_scheduled_is_planned(extract):
    (handover,) = _on(extract, "The handover of power to the transitional council is scheduled for March.", "handover")
    assert handover.type == "RETREAT" and handover.status == "planned"


def test_a_meeting_that_was_scheduled_may_have_been_held(extract):
    (meeting,) = _on(extract, "A meeting of the Chile-Peru commission was also scheduled.", "meeting")
    assert meeting.status == "occurred"


def test_a_by_phrase_after_an_act_object_is_not_the_welcomers(extract):
    (welcomed,) = _on(extract, "Chile welcomed the handover of the fugitive by Argentine police.", "welcomed")
    assert welcomed.actor is not None and welcomed.actor.country == "CHL"


# --- an airline cutting its own flights is a firm's trade, however the tagger names it ---

@pytest.mark.parametrize("text", [
    "Ryanair cut flights to Tunisia after the floods.",
    "British Airways suspended flights to Jordan on Monday.",
    "Lufthansa suspended flights to Lebanon on Monday.",
])  # fmt: skip
def test_an_airline_cutting_its_flights_is_no_sanction(extract, text):
    assert not [e for e in extract(text).events if e.type == "SANCTION"]


def test_a_state_suspending_flights_is_a_sanction(extract):
    (cut,) = [e for e in extract("Russia suspended flights to Georgia on Monday.").events if e.type == "SANCTION"]
    assert cut.actor is not None and cut.actor.country == "RUS" and cut.recipient is not None


# --- a bare count or quantifier standing for people named just before ---

@pytest.mark.parametrize("text", [
    "Kenyan police arrested five activists in Nairobi on Monday. Three were released on bail on Wednesday.",
    "Rebels seized three engineers near the dam. Two were released on Sunday, the army said.",
    "The junta detained two opposition lawyers in March. Both were released last week.",
])  # fmt: skip
def test_a_bare_count_of_people_named_before_is_released(extract, text):
    assert [e for e in _on(extract, text, "released") if e.type == "RETREAT" and e.status == "occurred"]


@pytest.mark.parametrize("text", [
    "The club signed three defenders in the summer. Two were released in May.",
    "The studio hired four writers last spring. All four were released in the autumn.",
])  # fmt: skip
def test_a_bare_count_of_people_never_held_is_no_release(extract, text):
    assert not [e for e in _on(extract, text, "released") if e.type == "RETREAT"]


def test_both_released_are_the_people_held_not_the_last_plural(extract):
    text = "Police detained two students after scuffles with guards in Kampala. Both were released on bail."
    (released,) = _on(extract, text, "released")
    assert released.recipient is not None and released.recipient.name == "Both" and released.recipient.country == "UGA"


def test_inmates_freed_in_an_attack_are_not_freed_by_the_state(extract):
    text = "Bandits raided the prison in Maiduguri at night, and about 200 inmates were freed from custody."
    (freed,) = _on(extract, text, "freed")
    assert freed.actor is None


@pytest.mark.parametrize("text", [
    "Bandits raided the prison in Maiduguri at night, and about 200 inmates were freed from custody.",
    "Nine prisoners escaped from detention in Lagos on Sunday, police said.",
])  # fmt: skip
def test_leaving_custody_is_no_arrest(extract, text):
    assert not [e for e in extract(text).events if e.type == "COERCE"]


def test_a_release_on_bail_after_clashes_stays_the_states(extract):
    text = "After clashes in Mombasa on Monday, four activists were released on bail."
    (released,) = _on(extract, text, "released")
    assert released.actor is not None and released.actor.name == "authorities"


def test_a_bare_count_of_things_released_is_no_release_of_people(extract):
    assert not [e for e in _on(extract, "Three new albums came out this week. Two were released on Friday.",
                               "released") if e.type == "RETREAT"]


def test_a_release_from_custody_told_in_the_passive_is_the_states(extract):
    text = "Kenyan police arrested five activists in Nairobi on Monday. Three were released on bail on Wednesday."
    (released,) = _on(extract, text, "released")
    assert released.actor is not None and released.actor.country == "KEN"


def test_hostages_freed_in_the_passive_are_not_freed_by_the_state(extract):
    text = "Gunmen kidnapped four nurses in Kaduna state last week. Two were released on Saturday, police said."
    (released,) = _on(extract, text, "released")
    assert released.actor is None or released.actor.name != "authorities"


# --- acts dated by the act told before them, or by a date the parse hangs on a complement or a state ---

@pytest.mark.parametrize(("text", "trigger", "date"), [
    # "within hours", "hours later", "minutes later": the day of the act told just before
    ("On Monday, Chile demanded that Peru recall its ambassador. Peru rejected the demand within hours.",
     "rejected", "2027-06-07"),
    ("On Monday, Chile demanded that Peru recall its ambassador. Peru rejected the demand hours later.",
     "rejected", "2027-06-07"),
    ("Chile recalled its ambassador on Monday. Minutes later, Peru expelled two Chilean diplomats, the ministry "
     "said.", "expelled", "2027-06-07"),
    # a past month on what was asked for, the asking having none: when it was asked
    ("Bolivia asked Peru to extradite the former minister in March, months after his arrest.", "asked", "2027-03"),
    # counted in months from a month the sentence gives
    ("Bolivia asked Peru to extradite Ramos in March, six months after he was arrested in Lima.", "arrested",
     "2026-09"),
    ("Chile recalled its envoy in April, two months after Peru expelled three Chilean diplomats.", "expelled",
     "2027-02"),
    # a participle of a state has no day: the time beside it is the act's
    ("Peru extradited two Bolivian men wanted in the case last month.", "extradited", "2027-05"),
])  # fmt: skip
def test_an_act_dated_by_the_act_before_or_a_date_the_parse_hangs_elsewhere(extract, text, trigger, date):
    (event,) = _on(extract, text, trigger, date="2027-06-09")
    assert event.date == date


@pytest.mark.parametrize(("text", "trigger", "date"), [
    ("Chile recalled its ambassador on Monday. Peru expelled two Chilean diplomats on Tuesday, hours later.",
     "expelled", "2027-06-08"),
    ("The opposition urged the president to call elections in December.", "urged", "2027-06-09"),
    ("Brazil asked the court on Monday to rule on the case in March.", "asked", "2027-06-07"),
])  # fmt: skip
def test_an_act_with_its_own_day_or_a_future_one_asked_for_keeps_it(extract, text, trigger, date):
    (event,) = _on(extract, text, trigger, date="2027-06-09")
    assert event.date == date


# --- actor countries: a body whose "its" stands for the state whose act it reports ---

def test_a_body_reporting_its_states_act_is_of_that_state(extract):
    text = ("Paraguay closed its border crossings with Bolivia on Monday after clashes near Asunción and in the Chaco, "
            "officials in Asunción said. Argentina moved two battalions to its northern border, its defence ministry "
            "said on Tuesday, and urged both governments to show restraint.")
    (urged,) = _on(extract, text, "urged")
    assert urged.actor is not None and urged.actor.country == "ARG"



@pytest.mark.parametrize(("text", "country"), [
    ("A group of 300 French pensioners who lost savings in the fund said they would sue its managers in Brazil. "
     "Their lawyer urged the Brazilian government to freeze the managers' assets.", "FRA"),
])  # fmt: skip
def test_a_possessive_opening_a_sentence_is_the_subject_before(extract, text, country):
    (urged,) = _on(extract, text, "urged")
    assert urged.actor is not None and urged.actor.country == country


def test_a_possessive_that_does_not_agree_with_the_subject_before_is_not_it(extract):
    text = ("The Chilean ambassador said on Monday the fund had misled investors. Their lawyer urged the Brazilian "
            "government to freeze the managers' assets.")
    (urged,) = _on(extract, text, "urged")
    assert urged.actor is not None and urged.actor.name == "Their lawyer" and urged.actor.country != "CHL"


def test_their_after_a_sentence_with_a_plural_object_is_not_the_subjects(extract):
    text = "Greek police detained 30 Afghan migrants on Lesbos. Their lawyers urged the court to release them."
    (urged,) = _on(extract, text, "urged")
    assert urged.actor is not None and urged.actor.name == "Their lawyers" and urged.actor.country != "GRC"
