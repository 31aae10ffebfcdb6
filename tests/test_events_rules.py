"""Rules the review found firing on one evaluation record only, shown on the general pattern they stand for, and
the coder's firing counter. Sentences are team-written."""

from __future__ import annotations

import pytest

from newsgraph.extractors.eventcoding import firing


def _events(extract, text):
    return extract(text).events


@pytest.mark.parametrize(
    "text, type_, country",
    [
        ("The Kurds of northern Iraq demanded a referendum.", "REQUEST", "IRQ"),
        ("The Tamils of Sri Lanka protested against the new law.", "PROTEST", "LKA"),
        ("The Serbs of Kosovo blocked the roads to the border.", "PROTEST", "XKX"),
    ],
)
def test_a_people_of_a_place_is_coded_where_it_lives(extract, text, type_, country):
    ev = next(e for e in _events(extract, text) if e.type == type_)
    assert ev.actor is not None and ev.actor.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Government troops were preparing to storm the rebel stronghold.",
        "The army is preparing to attack the city, a spokesman said.",
        "Rebel fighters prepared to shell the airport on Sunday.",
        "The navy was preparing for an assault on the port.",
    ],
)
def test_an_attack_being_prepared_is_a_mobilization_not_a_threat(extract, text):
    types = {(e.type, e.status) for e in _events(extract, text)}
    assert ("MOBILIZE", "occurred") in types and ("THREATEN", "occurred") not in types


def test_the_firing_counter_is_off_by_default_and_counts_records_when_on(extract):
    text = "The Kurds of northern Iraq demanded a referendum."
    extract(text)
    assert firing._counts is None
    with firing.counting() as counts:
        extract(text)
    assert len(counts["people-of-a-place"]) == 1
    assert firing.once(counts) == sorted(counts)
    assert firing._counts is None


@pytest.mark.parametrize(
    "text, type_, side, country",
    [
        ("The European Community imposed an arms embargo on the region.", "SANCTION", "actor", "EUR"),
        ("The UN refugee agency criticised the deportations.", "ACCUSE", "actor", "UNO"),
        ("The EU's foreign policy chief met the Iranian foreign minister.", "CONSULT", "actor", "EUR"),
        ("NATO warned Russia against any incursion.", "THREATEN", "actor", "NATO"),
        ("Israel accused the UN of bias.", "ACCUSE", "recipient", "UNO"),
        ("The Warsaw Pact condemned the decision.", "ACCUSE", "actor", "IGO"),
    ],
)
def test_international_bodies_are_coded_as_bodies(extract, text, type_, side, country):
    ev = next(e for e in _events(extract, text) if e.type == type_)
    who = getattr(ev, side)
    assert who is not None and who.country == country and who.sector == "IGO", who


@pytest.mark.parametrize(
    "text, type_",
    [
        ("The militants detonated a bomb near the market.", "ASSAULT"),
        ("Rebels intimidated voters in the north.", "THREATEN"),
        ("The government and the rebels held a dialogue in Geneva.", "CONSULT"),
        ("The surrender of the rebel commander was announced on Monday.", "RETREAT"),
        ("Prosecutors filed charges against the former minister.", "ACCUSE"),
    ],
)
def test_general_trigger_words_from_the_codebook(extract, text, type_):
    assert type_ in {e.type for e in _events(extract, text)}


@pytest.mark.parametrize(
    "text, type_, expected",
    [
        ("A US drone strike killed a militant commander near the border.", "ASSAULT", True),
        ("The navy's missile strike on the port drew condemnation from Moscow.", "PROTEST", False),
        ("Thousands joined the march in Paris on March 12.", "PROTEST", True),
        ("The talks are due to resume on March 3.", "PROTEST", False),  # the month is not a march
        ("Soldiers march in a parade marking Independence Day.", "PROTEST", False),  # a ceremony
        ("Police officers marched through the capital during the ceremony.", "PROTEST", False),
        ("Veterans held a march to commemorate the fallen.", "PROTEST", False),
        ("Thousands of students marched to parliament to demand reforms.", "PROTEST", True),
    ],
)
def test_strikes_marches_and_ceremonies(extract, text, type_, expected):
    assert (type_ in {e.type for e in _events(extract, text)}) is expected


@pytest.mark.parametrize(
    "text, type_, expected",
    [
        ("The IMF advised Greece to cut its spending.", "REQUEST", True),
        ("Experts suggest that the economy is slowing.", "REQUEST", False),  # an opinion
        ("He recommended the book to his friends.", "REQUEST", False),
        ("Obama spoke with Merkel by phone on Tuesday.", "CONSULT", True),
        ("The president greeted the Japanese prime minister at the White House.", "CONSULT", True),
        ("He spoke with reporters after the vote.", "CONSULT", False),  # the press is not consulted
        ("The minister met journalists in Nairobi.", "CONSULT", False),
    ],
)
def test_advice_calls_and_the_press(extract, text, type_, expected):
    assert (type_ in {e.type for e in _events(extract, text)}) is expected
