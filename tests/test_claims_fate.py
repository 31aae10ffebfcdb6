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
    {"id": "p3", "date": "2026-03-12", "source": "Paper C", "title": "Leeds sit-in students bailed",
     "text": "A Leeds magistrate said on Wednesday that the 43 students arrested at the university sit-in would be "
             "released on bail."},
    {"id": "u1", "date": "2026-04-06", "source": "Wire A", "title": "Brightway recalls kettles",
     "text": "Brightway Homewares is recalling about 80,000 electric kettles sold in Britain after reports that "
             "their handles can crack, the company said on Monday."},
    {"id": "u2", "date": "2026-04-07", "source": "Paper B", "title": "Brightway kettle recall widens",
     "text": "The recall of kettles that Brightway Homewares sold in Britain covers 95,000 units, a trading "
             "standards officer said on Tuesday."},
    {"id": "u3", "date": "2026-04-08", "source": "Paper C", "title": "Brightway plant in Wales",
     "text": "Brightway Homewares said its plant in Wales makes 4,000 units a week and would keep running."},
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
    assert {41, 45} <= _values(arrests)  # "arrested 41 students", "detained 45 students"
    assert arrests["contested"] is True and arrests["cluster"] is not None


def test_a_count_of_an_event_that_names_no_doer_is_still_its_figure(claims):
    """p3's "the 43 students arrested at the university sit-in" names no arrester: the arrest's figure all the
    same, not a claim of its own."""
    (arrests,) = [c for c in claims if 41 in _values(c)]
    assert 43 in _values(arrests)


def test_units_are_the_things_their_sentence_names(claims):
    """u1's "about 80,000 electric kettles" and u2's "the recall of kettles that Brightway Homewares sold in
    Britain covers 95,000 units" are
    one figure of the recall; u3's plant "makes 4,000 units a week" names no kettles before its units."""
    (kettles,) = [c for c in claims if 80000 in _values(c)]
    assert _values(kettles) == {80000, 95000}
    assert 4000 not in _values(kettles)


def test_a_cluster_of_unnamed_parties_keeps_the_country_its_reports_give(tmp_path):
    """'Police arrested...', 'Police in Leeds detained...': no report names the police as an entity, so the
    cluster has no canonical actor; its country is what the reports code, not nothing."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in FEED[3:5]), encoding="utf-8")
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
