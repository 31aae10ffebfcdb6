"""A labour strike told by the verb "strike" with workers or their union doing it is a strike (PROTEST, CAMEO 143),
not an attack; with fighters doing it, or with an object, it stays what it was. Team-written sentences."""

from __future__ import annotations

import pytest

import newsgraph


def _strikes(text: str) -> list[tuple[str, str | None]]:
    record = newsgraph.extract(text, date="2026-05-12")
    return [(e.type, e.cameo) for e in record.events if e.trigger.text.lower().startswith("str")]


@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union said it would strike from Monday unless the ministry raised pay.",
        "Nurses at two public hospitals struck for a second day on Tuesday over unpaid allowances.",
        "The Federation of Mine Workers struck on Friday after talks with the owners collapsed.",
    ],
)
def test_workers_or_their_union_striking_is_a_labour_strike(text):
    found = _strikes(text)  # a strike threatened "unless" is also the threat (THREATEN 133), made when said
    assert ("PROTEST", "143") in found and not any(t[0] == "ASSAULT" for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Rebels struck at dawn on Sunday, killing six soldiers at an army post near the border.",
        "Gunmen struck a police station in the north of the province on Monday.",
    ],
)
def test_fighters_striking_is_still_an_attack(text):
    found = _strikes(text)
    assert found and all(t[0] == "ASSAULT" for t in found), found


def test_a_union_striking_a_deal_is_no_strike():
    assert ("PROTEST", "143") not in _strikes("The dockworkers' union struck a deal with the port authority on Monday.")


def _codes(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.cameo, e.trigger.text) for e in newsgraph.extract(text, date="2026-05-12").events]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The drivers' union postponed its strike until the end of the month.", "postponed"),
        ("Nurses suspended their walkout on Friday after the ministry agreed to pay the arrears.", "suspended"),
        ("The opposition cancelled the march it had planned for Saturday.", "cancelled"),
    ],
)
def test_putting_off_ones_own_protest_is_a_concession(text, trigger):
    assert ("CONCEDE", "080", trigger) in _codes(text), _codes(text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("The government postponed its talks with the rebels until next month.", ("REJECT", "125", "postponed")),
        ("Riot police halted the march at the river bridge on Monday.", ("COERCE", "172", "halted")),
    ],
)
def test_a_postponed_meeting_and_a_protest_stopped_by_others_keep_their_codes(text, want):
    assert want in _codes(text), _codes(text)


def test_a_state_named_a_federation_striking_is_an_attack():
    found = _strikes("The Russian Federation struck overnight, officials in the capital said.")
    assert found and all(t[0] == "ASSAULT" for t in found), found
