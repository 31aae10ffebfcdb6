"""Counts compared by what happened to what they count (quantity ``fate``, link.claims.claim_key): the dead
against the dead whatever noun counts them, never the rescued or the injured against the dead; counts in the
sentence of an event of their kind are that event cluster's figures. The feed is the team's own."""

from __future__ import annotations

import json

import pytest

from tests.trials import as_json, run

FEED = [
    {"id": "m1", "date": "2026-03-02", "source": "Wire A", "title": "Floods kill 12 in Shrewsbury",
     "text": "Floods swept through Shrewsbury on Sunday. The floods killed 12 people and 60 people were rescued "
             "by boat, officials said."},
    {"id": "m2", "date": "2026-03-03", "source": "Paper B", "title": "Shrewsbury flood toll rises to 15",
     "text": "The death toll from the Shrewsbury floods rose to 15 on Monday, the council said, after two of the "
             "injured died in hospital. Rescue teams were still searching the riverbanks."},
    {"id": "m3", "date": "2026-03-03", "source": "Paper C", "title": "Shrewsbury floods: 14 dead",
     "text": "At least 14 people died in the Shrewsbury floods, including three children, a hospital spokesman "
             "said. Twenty people were injured."},
    {"id": "p1", "date": "2026-03-10", "source": "Wire A", "title": "Students arrested in Leeds",
     "text": "Police arrested 41 students in Leeds on Tuesday after a sit-in at the university."},
    {"id": "p2", "date": "2026-03-11", "source": "Paper B", "title": "Leeds police detain students",
     "text": "Police in Leeds detained 45 students on Tuesday at the end of a sit-in at the university, their "
             "union said."},
]  # fmt: skip


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fates")
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in FEED), encoding="utf-8")
    db = str(folder / "store.db")
    assert run("ingest", str(feed), "--db", db).exit_code == 0
    return [c for c in as_json("claims", "--db", db) if c["kind"] == "quantity"]


def _values(claim: dict) -> set:
    return {v["value"] for v in claim["values"]}


def test_death_figures_worded_three_ways_are_one_claim(claims):
    (deaths,) = [c for c in claims if 12 in _values(c)]
    assert _values(deaths) == {12, 15, 14}  # "killed 12 people", "the death toll rose to 15", "14 people died"
    # and not "two of the injured died" or "including three children": parts of the dead, not their number
    # Monday's "rose to 15" and "at least 14" agree with each other and both grow from Sunday's 12: an update,
    # not a dispute (the old pass called it contested or not by the order of the two Monday reports)
    assert deaths["contested"] is False and deaths["update"] is True


@pytest.mark.parametrize("other", [60, 20])  # 60 rescued, 20 injured: no figure for the dead
def test_other_fates_are_not_compared_with_the_dead(claims, other):
    assert not [c for c in claims if other in _values(c) and 12 in _values(c)]


def test_arrest_figures_of_one_event_are_its_cluster_claim(claims):
    (arrests,) = [c for c in claims if 41 in _values(c)]
    assert _values(arrests) == {41, 45}  # "arrested 41 students", "detained 45 students"
    assert arrests["contested"] is True and arrests["cluster"] is not None


def test_a_cluster_of_unnamed_parties_keeps_the_country_its_reports_give(tmp_path):
    """'Police arrested...', 'Police in Leeds detained...': no report names the police as an entity, so the
    cluster has no canonical actor; its country is what the reports code, not nothing."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in FEED[3:]), encoding="utf-8")
    db = str(tmp_path / "store.db")
    assert run("ingest", str(feed), "--db", db).exit_code == 0
    (arrest,) = [c for c in as_json("events", "--clustered", "--db", db) if c["n_reports"] == 2 and c["type"] == "COERCE"]
    assert arrest["actor"]["actor"] is None and arrest["actor"]["country"] == "GBR"


@pytest.mark.parametrize(
    ("value", "grouped", "shown"),
    [
        ({"value": 200, "qualifier": "more than", "unit": None}, False, "more than 200"),
        ({"value": 6000000.0, "qualifier": None, "unit": "USD"}, True, "6,000,000 USD"),
        ({"value": None, "qualifier": None, "unit": None, "low": 24, "high": 99,
          "reports": [{"text": "dozens"}]}, False, "dozens (24-99)"),  # never "None"
    ],
)
def test_claim_values_read_as_written(value, grouped, shown):
    from newsgraph.store.story import value_text
    from newsgraph.web.words import number

    assert value_text(value, number if grouped else str) == shown
