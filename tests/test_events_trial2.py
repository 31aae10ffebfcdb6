"""False events, statuses and missed triggers found in a user trial on ten team-written wire stories (business,
elections, sport, courts, diplomacy, labour, war, disaster, health, human rights), shown on the general pattern
each stands for. Every sentence is team-written."""

from __future__ import annotations

import pytest


def _events(extract, text):
    return extract(text).events


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Sevilla pressed early, but Madrid struck first when their winger fired a low shot past the goalkeeper.",
         "struck"),
        ("Sevilla pressed early, but Madrid struck first when their winger fired a low shot past the goalkeeper.",
         "fired"),
        ("The striker shot twice in the first half and the visitors won 2-0.", "shot"),
        ("Their coach was sent off after half-time for protesting a penalty decision.", "protesting"),
        ("The captain was booked for protesting the referee's call.", "protesting"),
    ],
)
def test_play_in_a_match_report_is_no_attack_or_protest(extract, text, trigger):
    assert not [e for e in _events(extract, text) if e.trigger.text == trigger]


@pytest.mark.parametrize(
    "text, type_, trigger",
    [
        ("A suicide bomber struck near the stadium during the cup final, killing 12 fans.", "ASSAULT", "struck"),
        ("Police fired tear gas at fans outside the stadium.", "ASSAULT", "fired"),
        ("Thousands protested the court's decision to jail the opposition leader.", "PROTEST", "protested"),
    ],
)
def test_violence_and_protest_at_a_venue_of_sport_stand(extract, text, type_, trigger):
    assert any(e.type == type_ and e.trigger.text == trigger for e in _events(extract, text))


@pytest.mark.parametrize(
    "text",
    [
        "MANILA, Nov 16 - Typhoon Rai tore through the central Philippines on Sunday, killing at least 41 people.",
        "HANOI, Oct 3 - Typhoon Noru swept across the coast overnight, killing nine fishermen.",
    ],
)
def test_a_named_storm_after_a_dateline_is_no_attacker(extract, text):
    assert not [e for e in _events(extract, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The strike forced hospitals to postpone hundreds of operations.", "postpone"),
        ("The airline cancelled forty flights because of the storm.", "cancelled"),
        ("Union leaders handed over a petition to the labour ministry.", "handed over"),
    ],
)
def test_putting_off_work_or_handing_over_a_paper_is_no_rejection_or_release(extract, text, trigger):
    assert not [e for e in _events(extract, text) if e.trigger.text == trigger]


@pytest.mark.parametrize(
    "text, type_",
    [
        ("Iran postponed the talks with the nuclear agency.", "REJECT"),
        ("The president cancelled his trip to Paris.", "REJECT"),
        ("The ministry cancelled plans to visit Moscow.", "REJECT"),
        ("The rebels handed over two prisoners to the Red Cross.", "RETREAT"),
    ],
)
def test_putting_off_a_meeting_and_handing_over_people_stand(extract, text, type_):
    assert any(e.type == type_ for e in _events(extract, text))


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The summit ended without a joint statement, and did not agree on aid, after Hungary blocked the text.",
         "blocked"),
        ("The talks did not resume because the rebels attacked the convoy on Monday.", "attacked"),
        ("Police have not named the suspect since he was arrested on Monday.", "arrested"),
    ],
)
def test_a_past_clause_of_its_own_is_not_negated_by_the_main_clause(extract, text, trigger):
    ev = next(e for e in _events(extract, text) if e.trigger.text == trigger)
    assert ev.status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "The summit did not produce a joint statement after Hungary blocked the text.",
        "Russia blocked the resolution at the Security Council.",
        "Two members blocked the motion on Tuesday.",
    ],
)
def test_blocking_a_text_is_a_rejection(extract, text):
    ev = next(e for e in _events(extract, text) if e.trigger.text == "blocked")
    assert ev.type == "REJECT"


@pytest.mark.parametrize(
    "text, type_",
    [
        ("Dock workers in the port staged a sit-in over job cuts.", "PROTEST"),
        ("Students began a sit-in outside the ministry on Monday.", "PROTEST"),
        ("Witnesses said militiamen looted the market and burned several houses.", "COERCE"),
        ("Soldiers plundered the villages before they withdrew.", "COERCE"),
    ],
)
def test_a_hyphened_trigger_and_looting_are_found(extract, text, type_):
    assert any(e.type == type_ for e in _events(extract, text))


@pytest.mark.parametrize(
    "text, trigger, actor",
    [
        ("International observers said the vote was well run but criticised the misuse of state resources.",
         "criticised", "observers"),
        ("Monitors said the poll was held peacefully but condemned the arrests of two journalists.",
         "condemned", "Monitors"),
        ("The opposition said the election was rigged and called for a recount.", "called for", "opposition"),
    ],
)
def test_a_speech_act_joined_to_a_passive_report_is_the_speakers(extract, text, trigger, actor):
    ev = next(e for e in _events(extract, text) if e.trigger.text == trigger)
    assert ev.actor is not None and actor in ev.actor.name


@pytest.mark.parametrize(
    "text, trigger, actor",
    [
        ("Amnesty called on the council to set up an inquiry and urged European governments to impose sanctions.",
         "urged", "Amnesty"),
        ("The council urged the rebels to lay down their arms and condemned the attack on the convoy.", "condemned",
         "council"),
    ],
)
def test_a_past_conjunct_hung_on_an_infinitive_is_the_speakers_own_act(extract, text, trigger, actor):
    ev = next(e for e in _events(extract, text) if e.trigger.text == trigger)
    assert ev.actor is not None and actor in ev.actor.name and ev.status == "occurred"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Her party has been battling to regain support in the polls ahead of next year's election.", "battling"),
        ("Labour is fighting to hold its seats in the north.", "fighting"),
        ("The governing party is battling to win back young voters.", "battling"),
    ],
)
def test_striving_to_do_something_is_no_fight(extract, text, trigger):
    assert not [e for e in _events(extract, text) if e.trigger.text == trigger and e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Troops fought to retake the town.", "retake"),
        ("Rebels battled to hold the airport.", "battled"),
    ],
)
def test_fighting_by_forces_or_for_a_use_of_force_stands(extract, text, trigger):
    assert any(e.type == "ASSAULT" and e.trigger.text == trigger for e in _events(extract, text))


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Mark Hadley attacked the prime minister's handling of the housing crisis.",
        "Opposition leader Ana Ruiz attacked the finance minister over the tax rise.",
    ],
)
def test_an_opposition_leader_attacking_in_words_is_criticism(extract, text):
    ev = next(e for e in _events(extract, text) if e.trigger.text == "attacked")
    assert ev.type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "A vendors' union called the operation brutal.",
        "The health minister called the strike illegal.",
        "The government called the report baseless.",
    ],
)
def test_calling_something_illegal_or_brutal_is_criticism(extract, text):
    assert any(e.type == "ACCUSE" and e.trigger.text.startswith("called") for e in _events(extract, text))


@pytest.mark.parametrize(
    "text, type_, trigger",
    [
        ("Brenner Foods offered 4 billion dollars for the snack maker Crispo, whose board rejected the offer on Monday.",
         "REJECT", "rejected"),
        ("The minister praised the mayor of Lyon, whose police arrested two smugglers last week.", "COERCE", "arrested"),
    ],
)
def test_a_relative_clause_set_off_with_its_own_subject_is_no_content(extract, text, type_, trigger):
    assert any(e.type == type_ and e.trigger.text == trigger and e.status == "occurred" for e in _events(extract, text))


def test_aircraft_of_war_after_a_dateline_strike_even_when_the_parse_cuts_their_owner_off(extract):
    text = "BEIRUT, Feb 18 - Israeli aircraft struck targets in southern Lebanon on Wednesday, the group said."
    assert any(e.type == "ASSAULT" and e.trigger.text == "struck" for e in _events(extract, text))


@pytest.mark.parametrize(
    "text",
    ["The aircraft struck a convoy near the border.", "Unidentified warplanes struck a market in the town on Friday."],
)
def test_an_air_strike_by_aircraft_no_one_owns_stands_without_an_actor(extract, text):
    assert any(e.type == "ASSAULT" and e.trigger.text == "struck" for e in _events(extract, text))


@pytest.mark.parametrize(
    "text",
    [
        "Union leaders welcomed the pledge but warned they would strike if the company broke it.",
        "Opposition parties welcomed the ceasefire on Sunday.",
    ],
)
def test_welcoming_an_act_is_support(extract, text):
    assert any(e.type == "SUPPORT" for e in _events(extract, text))


@pytest.mark.parametrize(
    "text",
    [
        "FRANKFURT, June 24 - Auric agreed on Wednesday to pay 1.2 billion euros to settle a lawsuit, ending a "
        "seven-year legal battle.",
        "The company agreed to pay 300 million dollars to settle the claims, ending a long legal battle with regulators.",
    ],
)
def test_ending_a_legal_battle_is_no_ceasefire(extract, text):
    assert not [e for e in _events(extract, text) if e.type == "RETREAT"]


@pytest.mark.parametrize(
    "text, country",
    [
        ("BEIRUT, Feb 18 - Israeli aircraft struck targets in southern Lebanon on Wednesday, the group said.", "ISR"),
        ("ANKARA, March 3 - Turkish warplanes struck militant positions in northern Iraq overnight.", "TUR"),
    ],
)
def test_the_first_words_after_a_dateline_stay_one_phrase(extract, text, country):
    ev = next(e for e in _events(extract, text) if e.type == "ASSAULT")
    assert ev.actor is not None and ev.actor.country == country


@pytest.mark.parametrize(
    "text, date",
    [
        ("Alliance leader Tomasz Nowak said he would begin talks with two smaller parties this week.", "2026-03-09"),
        ("Germany summoned Iran's ambassador over the execution of a German-Iranian dual national last week.",
         "2026-07-07"),
    ],
)
def test_a_recipient_is_never_listed_again_among_the_co_recipients(extract, text, date):
    for ev in extract(text, date).events:
        spans = [(r.start, r.end) for r in ([ev.recipient] if ev.recipient else []) + list(ev.co_recipients)]
        assert len(spans) == len(set(spans)), ev


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Thousands of people marched in Beirut on Sunday to mark the anniversary of the assassination of a former "
         "prime minister.", "assassination"),
        ("Veterans gathered on Monday for the commemoration of the bombing of the port.", "bombing"),
    ],
)
def test_an_act_remembered_on_its_anniversary_does_not_take_the_day_of_the_remembrance(extract, text, trigger):
    ev = next(e for e in extract(text, "2026-02-18").events if e.trigger.text == trigger)
    assert ev.date_precision == "publication"


def test_labour_strikers_are_no_footballers(extract):
    text = "Police fired tear gas at the strikers outside the port after the striker leaders refused to leave."
    assert any(e.type == "ASSAULT" and e.trigger.text == "fired" for e in _events(extract, text))


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Marnier shot to fame with a role in a wartime drama and went on to win two awards.", "shot"),
        ("The singer Lena Ross shot to fame in 1998 with her first album.", "shot"),
        ("The young band stormed to victory in the national contest.", "stormed"),
    ],
)
def test_a_rise_to_fame_is_no_attack(extract, text, trigger):
    assert not [e for e in _events(extract, text) if e.trigger.text == trigger]


@pytest.mark.parametrize(
    "text",
    [
        "European regulators fined the tech group 1.4 billion euros on Tuesday for abusing its dominance.",
        "The regulator imposed a fine of 3 million dollars on the bank.",
    ],
)
def test_a_fine_is_a_sanction(extract, text):
    assert any(e.type == "SANCTION" for e in _events(extract, text))


def test_a_day_hung_on_an_amount_dates_the_act(extract):
    text = ("European regulators fined the tech group 1.4 billion euros on Tuesday for abusing its dominance, the "
            "bloc's biggest antitrust penalty this year.")
    ev = next(e for e in extract(text, "2026-04-16").events if e.type == "SANCTION")
    assert (ev.date, ev.date_precision) == ("2026-04-14", "day")


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The army said it would not negotiate until the rebels withdrew from the city.", "withdrew"),
        ("The defence minister said there would be no truce until all hostages were freed.", "freed"),
    ],
)
def test_what_a_denied_or_modal_clause_waits_for_is_hypothetical(extract, text, trigger):
    evs = [e for e in _events(extract, text) if e.trigger.text == trigger]
    assert evs and all(e.status == "hypothetical" for e in evs)
