"""Who had a part in an act named by a noun: not whoever denies having one. Team-written sentences."""

from __future__ import annotations

import pytest

from newsgraph.extractors.eventcoding.around import party_to
from newsgraph.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load()


def _party(nlp, text: str, noun: str) -> list[str]:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == noun)
    return [t.text for t in party_to(tok)]


def test_who_admits_a_role_had_a_part(nlp):
    assert _party(nlp, "The militia admitted a role in the bombing of the market.", "bombing") == ["militia"]


@pytest.mark.parametrize("text", [
    "The militia denied any role in the bombing of the market.",
    "The militia did not have a role in the bombing of the market.",
])
def test_who_denies_a_role_is_no_party(nlp, text):
    assert _party(nlp, text, "bombing") == []
