"""Workers' bodies and the people who lead them are coded LAB: a body named for its workers, and a generic role
("general secretary", "leader") whose body is named before it by its acronym or as its possessor. Team-written."""

from __future__ import annotations

import pytest

import newsgraph


def _sectors(text: str) -> dict[str, str | None]:
    record = newsgraph.extract(text, date="2027-08-03")
    return {e.name: e.sector for e in record.entities}


def test_a_body_named_for_its_workers_is_labour():
    found = _sectors("The National Federation of Railway Workers called a stoppage on Monday.")
    assert found.get("National Federation of Railway Workers") == "LAB", found


@pytest.mark.parametrize(
    "text, person",
    [
        ("The Harbour Workers Alliance (HWA) rejected the offer. HWA general secretary Ruth Ochieng said talks "
         "had failed.", "Ruth Ochieng"),
        ("The drivers' union's general secretary Samuel Tetteh said the strike would go ahead.", "Samuel Tetteh"),
    ],
)
def test_a_generic_role_takes_the_sector_of_the_body_named_before_it(text, person):
    assert _sectors(text).get(person) == "LAB", _sectors(text)


def test_a_minister_stays_government():
    found = _sectors("Labour Minister Grace Addo met the unions on Friday.")
    assert found.get("Grace Addo") == "GOV", found
