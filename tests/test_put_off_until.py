"""What an act is put off until has not happened yet: "postponed its strike until after the meeting" reports no
meeting held. Team-written sentences."""

from __future__ import annotations

import pytest

import newsgraph


@pytest.mark.parametrize(
    "text, noun",
    [
        ("The union said it had postponed its strike until after the meeting with the minister.", "meeting"),
        ("The council delayed its decision until the talks with the donors.", "talks"),
    ],
)
def test_what_an_act_is_put_off_until_is_not_told_as_held(text, noun):
    record = newsgraph.extract(text, date="2027-08-04")
    assert not [e for e in record.events if e.trigger.text == noun and e.status == "occurred"], record.events


def test_a_meeting_before_which_someone_stayed_is_still_told():
    record = newsgraph.extract("The envoy stayed in Nairobi until the meeting with the rebels on Friday.", date="2027-08-04")
    assert [e for e in record.events if e.trigger.text == "meeting"], record.events
