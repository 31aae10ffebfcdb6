"""The coder on news copy: retellings of a dated event, accidents, movements that are no visit, a speaker's own
duty. Sentences are team-written (issue 12)."""

from __future__ import annotations

import pytest


def _events(extract, text):
    return extract(text).events


@pytest.mark.parametrize(
    "text, type_, date",
    [
        ("Police arrested the opposition leader on Tuesday in the capital. Police arrested the opposition leader "
         "after a rally, his party said.", "COERCE", "2025-03-25"),
        ("Rebels attacked the army base on Sunday, officials said. Rebels attacked the army base with mortars, "
         "a witness told reporters.", "ASSAULT", "2025-03-23"),
    ],
)
def test_an_undated_retelling_is_kept_with_the_date_of_the_event_it_retells(extract, text, type_, date):
    told = [e for e in _events(extract, text) if e.type == type_]
    assert len(told) == 2  # each telling stays, with its own trigger
    assert {e.date for e in told} == {date}


@pytest.mark.parametrize(
    "text",
    [
        "Five soldiers were killed in an accidental explosion at the ammunition depot.",
        "The grenade went off accidentally, killing two recruits at the training ground.",
        "Three workers were killed in accidental blasts at the quarry on Friday.",
        "The cargo plane crashed into a hillside, killing all 12 crew members.",
        "Nine pilgrims were killed when their bus overturned on a mountain road.",
    ],
)
def test_a_death_told_as_an_accident_is_no_attack(extract, text):
    assert "ASSAULT" not in {e.type for e in _events(extract, text)}


@pytest.mark.parametrize(
    "text",
    [
        "US-led coalition aircraft accidentally bombed Syrian troops on Saturday.",
        "Gunmen attacked the bus, killing nine pilgrims.",
        "Government troops accidentally shelled a village held by their allies.",
    ],
)
def test_an_accidental_strike_by_a_named_force_is_still_an_attack(extract, text):
    assert "ASSAULT" in {e.type for e in _events(extract, text)}


@pytest.mark.parametrize(
    "text, visit",
    [
        ("Riot officers arrived on the scene within minutes.", False),
        ("The regional governor was travelling in the second car of the convoy.", False),
        ("Before the cardinal's arrival, the hall was full of guests.", False),
        ("The Turkish foreign minister arrived in Baghdad on Monday.", True),
        ("The envoy travelled to Moscow for talks with the Russian government.", True),
    ],
)
def test_a_movement_is_a_visit_only_with_a_place_or_purpose(extract, text, visit):
    consults = [e for e in _events(extract, text) if e.type == "CONSULT" and e.mode == "visit"]
    assert bool(consults) is visit


@pytest.mark.parametrize(
    "text, demand",
    [
        ("\"We must be patient with the process,\" the interior minister said.", False),
        ("\"I must tell you that the situation is grave,\" the governor said.", False),
        ("The foreign minister said Iran must release the sailors at once.", True),
    ],
)
def test_a_speakers_own_duty_is_no_demand(extract, text, demand):
    assert ("REQUEST" in {e.type for e in _events(extract, text)}) is demand


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Lawyers for the general declined to comment after the hearing.", "hearing"),
        ("The colonel faces charges from military prosecutors in two provinces.", "charges"),
        ("The inquiry found that the police had failed to protect the marchers.", "inquiry"),
    ],
)
def test_a_legal_step_named_by_its_noun_is_proposed(extract, text, trigger):
    assert ("ACCUSE", trigger) in {(e.type, e.trigger.text) for e in _events(extract, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The officer in charge of the border unit spoke to reporters on Monday.",
        "The judge has not yet set a trial date for the former governor.",
        "Their criticism of the plan was sharp.",
    ],
)
def test_a_legal_noun_as_a_classifier_or_in_charge_of_is_no_accusation(extract, text):
    assert "ACCUSE" not in {e.type for e in _events(extract, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The men were deported without any kind of court hearing, their lawyers said.",
        "A court in the capital cleared the former minister of all charges on Friday.",
        "The rebels took the town without a fight, residents said.",
    ],
)
def test_an_act_said_to_be_absent_is_not_proposed(extract, text):
    occurred = {e.type for e in _events(extract, text) if e.status == "occurred"}
    assert not occurred & {"ACCUSE", "ASSAULT"}


@pytest.mark.parametrize(
    "text, assault",
    [
        ("The president fired his national security adviser on Monday.", False),
        ("The senator fired back, saying the plan was unfair to farmers.", False),
        ("The governor fired back at Senator Tom Jones during a televised debate.", False),
        ("Soldiers fired back at the gunmen from the roof.", True),
        ("Police fired tear gas at the protesters.", True),
    ],
)
def test_fired_from_a_post_or_back_in_words_is_no_shooting(extract, text, assault):
    assert ("ASSAULT" in {e.type for e in _events(extract, text)}) is assault


@pytest.mark.parametrize(
    "text, consult",
    [
        ("The new health plan met with criticism from doctors.", False),
        ("The proposal is meeting with the approval of most senators.", False),
        ("The prime minister met with the Kenyan president in Nairobi.", True),
    ],
)
def test_met_with_a_reception_is_no_meeting(extract, text, consult):
    assert ("CONSULT" in {e.type for e in _events(extract, text)}) is consult


def test_a_march_in_a_parade_rehearsal_is_no_protest(extract):
    assert "PROTEST" not in {e.type for e in _events(extract, "Cadets marched during a rehearsal for the military parade.")}


@pytest.mark.parametrize(
    "text, protest",
    [
        ("Students took part in the Women's March in Berlin on Saturday.", True),
        ("Veterans took part in the March on Washington against the war.", True),
        ("The minister will visit Kenya on March 25.", False),
        ("Sales rose in March 2016, the company said.", False),
        ("The figures for March were released on Monday.", False),
    ],
)
def test_a_march_named_as_a_protest_is_no_month(extract, text, protest):
    assert ("PROTEST" in {e.type for e in _events(extract, text)}) is protest


@pytest.mark.parametrize(
    "text, type_, present",
    [
        ("A man walked past the rubble after a strike on the rebel-held district of the city.", "ASSAULT", True),
        ("Dock workers began a strike against the pension reform on Monday.", "PROTEST", True),
        ("The court struck down the state's regulation of abortion clinics.", "ASSAULT", False),
        ("The country may demonstrate a show of force before the anniversary.", "PROTEST", False),
        ("Thousands demonstrated outside parliament on Friday.", "PROTEST", True),
        ("The senator attended Sunday services in Philadelphia.", "CONSULT", False),
        ("The president attended a summit of regional leaders in Nairobi.", "CONSULT", True),
        ("The legal fight over the pipeline continued on Tuesday.", "ASSAULT", False),
        ("The battle over voting rights continued in the courts.", "ASSAULT", False),
        ("Rangers launched an operation to combat illegal logging in the reserve.", "ASSAULT", False),
        ("The Republican nomination battle grew bitter.", "ASSAULT", False),
    ],
)
def test_senses_of_strike_demonstrate_attend_and_battle(extract, text, type_, present):
    assert (type_ in {e.type for e in _events(extract, text)}) is present


@pytest.mark.parametrize(
    "text, types",
    [
        ("Supporters of the president shouted as they attended a rally against the sanctions in the capital.",
         {"PROTEST"}),
        ("Thousands of students joined the protests in Tehran on Sunday.", {"PROTEST"}),
        ("The president attended a summit of regional leaders in Nairobi.", {"CONSULT"}),
    ],
)
def test_attending_a_rally_is_the_rally(extract, text, types):
    assert {e.type for e in _events(extract, text)} == types


@pytest.mark.parametrize(
    "text, trigger, actor",
    [
        ("A former rebel commander was jailed in Nairobi in 2004 for his part in grenade attacks on two hotels.", "attacks",
         None),
        ("Two men were arrested over the bombing of the market.", "bombing", None),
        ("The interior ministry said it had opened an inquiry into the blast at the fuel depot.", "blast", None),
        ("A separatist faction took responsibility for the ambush of an army convoy in the hills.", "ambush",
         "separatist faction"),
    ],
)
def test_an_attack_named_in_a_charge_a_probe_or_a_claim_is_reported_as_done(extract, text, trigger, actor):
    ev = next(e for e in _events(extract, text) if e.type == "ASSAULT" and e.trigger.text == trigger)
    assert ev.status == "occurred"
    assert actor is None or (ev.actor is not None and ev.actor.name == actor)


@pytest.mark.parametrize(
    "text",
    [
        "The activist was arrested for collaborating with foreign media.",
        "Police arrested three men for plotting an attack on the parliament.",
    ],
)
def test_a_charge_or_a_plot_is_no_attack(extract, text):
    assert "ASSAULT" not in {e.type for e in _events(extract, text) if e.status == "occurred"}


def test_no_one_claiming_an_attack_names_no_author(extract):
    text = "No faction has claimed responsibility for Tuesday's rocket attack on the airport in Kandahar."
    evs = [e for e in _events(extract, text) if e.type == "ASSAULT"]
    assert evs and all(e.actor is None or "faction" not in e.actor.name for e in evs)


@pytest.mark.parametrize(
    "text, protest",
    [
        ("Two riot policemen block the entrance to the union offices.", False),
        ("Soldiers blocked the highway into the northern valley on Sunday.", False),
        ("Police in riot gear stood outside the ministry.", False),
        ("Farmers blocked roads leading to the capital with tractors.", True),
    ],
)
def test_security_forces_blocking_and_riot_gear_are_no_protest(extract, text, protest):
    assert ("PROTEST" in {e.type for e in _events(extract, text)}) is protest


@pytest.mark.parametrize(
    "text",
    [
        "An attack helicopter crashed near the base on Monday.",
        "Gunmen armed with assault rifles stood outside the hotel.",
    ],
)
def test_a_trigger_naming_equipment_is_no_event(extract, text):
    assert "ASSAULT" not in {e.type for e in _events(extract, text)}


@pytest.mark.parametrize(
    "text, type_",
    [
        ("The commander said the withdrawal of the brigade was complete.", "RETREAT"),
        ("After the withdrawal, the town was quiet.", "RETREAT"),
    ],
)
def test_a_yielding_step_named_by_its_noun_is_proposed(extract, text, type_):
    assert type_ in {e.type for e in _events(extract, text)}


@pytest.mark.parametrize(
    "text, consult",
    [
        ("Jordan already hosts 600,000 registered refugees.", False),
        ("The Kenyan president hosted his Ugandan counterpart in Nairobi.", True),
    ],
)
def test_hosting_refugees_is_no_visit_hosted(extract, text, consult):
    assert ("CONSULT" in {e.type for e in _events(extract, text)}) is consult


@pytest.mark.parametrize(
    "text, demand",
    [
        ("The senator has long advocated a ban on assault weapons.", True),
        ("Rights groups advocated for the release of the detained journalists.", True),
        ("She is a fierce advocate of press freedom.", False),
    ],
)
def test_advocating_a_policy_is_a_demand(extract, text, demand):
    assert ("REQUEST" in {e.type for e in _events(extract, text)}) is demand
