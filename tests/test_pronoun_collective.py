"""A singular "he" or "she" never stands for a collective or a body: "the family said he had been shot" is not the
family shot. Team-written sentences."""

from __future__ import annotations

import pytest

import newsgraph


def _recipients(text: str) -> list[str | None]:
    return [e.recipient.name if e.recipient else None for e in newsgraph.extract(text, date="2027-08-04").events]


@pytest.mark.parametrize(
    "text, not_it",
    [
        ("The family said he had been shot by a soldier at the checkpoint.", "family"),
        ("The teachers' union said she was arrested outside the school on Monday.", "union"),
        ("A crowd of villagers watched as she was beaten by the guards.", "crowd"),
    ],
)
def test_he_or_she_is_not_a_collective(text, not_it):
    got = _recipients(text)
    assert got and not any(r and not_it in r for r in got), got


def test_a_person_who_speaks_is_still_he():
    assert "minister" in (_recipients("The minister said he had been attacked by gunmen.")[0] or "")
