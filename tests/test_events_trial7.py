"""The fourth hand trial (tests/data/trial7: ten team-written wire articles weighted to the PLOVER types beyond
attacks, arrests, meetings and protests, and the events a careful coder lists in them, written and committed before
the first run): every required event the coder gets now, with its type, status, actor country and date where it
gets them right, so that a regression shows. What it still misses or gets wrong is listed in
tests/data/trial7/README.md and asserted here as strict expected failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.trials import (
    country_right,
    date_right,
    event_id,
    expected_rows,
    extract_feed,
    found_events,
    known_failures,
)

DATA = Path(__file__).parent / "data" / "trial7"
COLUMNS = ("article", "n", "trigger", "type", "actor", "actor_country", "recipient", "recipient_country", "date",
           "status", "need")

# required events the coder does not find (tests/data/trial7/README.md says why)
# (the conditional threat t7a03 8 and the release of "Both" t7a05 8 found since, by category: see the README)
MISSED = {("t7a01", "3"), ("t7a01", "4"), ("t7a05", "12"), ("t7a06", "2"), ("t7a06", "6"), ("t7a06", "8"),
          ("t7a07", "1"), ("t7a07", "4"), ("t7a09", "17")}
# found, but the actor's country is not the one expected (mostly no country at all)
# (the story-country placement of domestic parties, merged after the trial was written, placed t7a04 15 and 16
# and t7a05 7 and 13 right: 13 -> 9)
# ("its defence ministry" reporting Brazil's act, t7a03 12, and "Their spokesman" of the investors before, t7a10 19,
# placed right since: 9 -> 7)
WRONG_COUNTRY = {("t7a02", "10"), ("t7a02", "12"), ("t7a02", "18"), ("t7a07", "12"),
                 ("t7a08", "11"), ("t7a08", "12"), ("t7a09", "4")}
# found, but dated otherwise than the story dates the act
# ("within hours", a state's participle, a past month on what was asked and months counted from a month dated
# t7a03 6, t7a07 11, t7a10 4 and t7a10 6 right)
WRONG_DATE = {("t7a04", "12"), ("t7a06", "14"), ("t7a07", "10")}


REQUIRED = [row for row in expected_rows(DATA / "expected.tsv", COLUMNS) if row["need"] == "req"]
FOUND = [row for row in REQUIRED if (row["article"], row["n"]) not in MISSED]


@pytest.fixture(scope="module")
def records(pipeline):
    return extract_feed(pipeline, DATA / "articles.jsonl")


@pytest.mark.parametrize("row", known_failures(REQUIRED, MISSED, "missed: see tests/data/trial7/README.md"), ids=event_id)
def test_a_required_event_is_found_with_its_type_and_status(records, row):
    assert found_events(records, row)


@pytest.mark.parametrize("row", known_failures(FOUND, WRONG_COUNTRY, "actor country wrong: tests/data/trial7/README.md"), ids=event_id)
def test_a_found_event_has_its_actors_country(records, row):
    assert any(country_right(e, row["actor_country"]) for e in found_events(records, row))


@pytest.mark.parametrize("row", known_failures(FOUND, WRONG_DATE, "date wrong: tests/data/trial7/README.md"), ids=event_id)
def test_a_found_event_has_its_date(records, row):
    assert any(date_right(e, row["date"]) for e in found_events(records, row))


@pytest.mark.parametrize(("article", "trigger", "type_", "status"), [
    ("t7a02", "agreement", "AGREE", "occurred"),  # an accord suspended
    ("t7a02", "break off", "THREATEN", "occurred"),  # relations one did not seek to break off
    ("t7a02", "break off", "SANCTION", "planned"),
    ("t7a03", "defend", "SUPPORT", "planned"),  # one's own sovereignty defended
    ("t7a04", "destroyed", "ASSAULT", "occurred"),  # evidence destroyed
    ("t7a09", "meeting", "CONSULT", "occurred"),  # a meeting called unlikely
    ("t7a10", "ordered", "REQUEST", "occurred"),  # the release a court ordered
])  # fmt: skip
def test_false_events_of_the_first_run_stay_away(records, article, trigger, type_, status):
    assert not [e for e in records[article].events
                if e.trigger.text == trigger and e.type == type_ and e.status == status]
