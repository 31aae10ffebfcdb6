"""Less-lethal means of crowd control ("fired tear gas", "used water cannon", "rubber bullets") are PLOVER's
ASSAULT mode 'crowd-control' (CAMEO 175), not firearms; live fire stays firearms. Team-written sentences."""

from __future__ import annotations

import pytest

import newsgraph


def _assaults(text: str) -> list[tuple[str | None, str | None, str | None]]:
    record = newsgraph.extract(text, date="2026-05-12")
    return [(e.mode, e.cameo, e.recipient.name if e.recipient else None) for e in record.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("Police fired tear gas at hundreds of students outside the parliament on Monday.", "students"),
        ("Riot police used water cannon against the marchers in the city centre.", None),
        ("Soldiers fired rubber bullets at villagers who had blocked the road.", "villagers"),
        ("Officers shot stun grenades into the crowd late on Friday.", None),
    ],
)
def test_crowd_control_means_are_their_own_mode(text, recipient):
    found = _assaults(text)
    assert found and found[0][:2] == ("crowd-control", "175"), found
    if recipient is not None:
        assert recipient in (found[0][2] or ""), found
    assert "cannon" not in (found[0][2] or "") and "gas" not in (found[0][2] or "")  # the means is no recipient


def test_live_fire_is_still_firearms():
    found = _assaults("Troops fired live rounds at the crowd on Sunday, killing two men.")
    assert found and found[0][0] == "firearms", found
