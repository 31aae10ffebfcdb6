"""A fifth user trial: one story told by five outlets, tests/data/trial5/fuel_protest.jsonl.

A march against a fuel-price rise in Accra broken up by police with tear gas; arrests the union and the police
count differently (63 and 40); a protester killed; a strike threatened, postponed and called off; a meeting
with the president announced for Monday and held. tests/data/trial5/README.md says what a fact-checker
expects, written before the first run; each test here checks one of those expectations through the CLI. What
the store still gets wrong is a strict xfail with its reason (most of it is the event coder's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.trials import as_json, ingest_clean

DATA = Path(__file__).resolve().parent / "data" / "trial5" / "fuel_protest.jsonl"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return ingest_clean(tmp_path_factory.mktemp("trial5"), DATA)


@pytest.fixture(scope="module")
def clusters(db) -> list[dict]:
    return as_json("events", "--clustered", "--db", db)


@pytest.fixture(scope="module")
def claims(db) -> list[dict]:
    return as_json("claims", "--db", db)


@pytest.fixture(scope="module")
def actors(db) -> dict[str, dict]:
    return {a["name"]: a for a in as_json("actors", "--db", db)}


def _cluster_of(clusters: list[dict], article: str, trigger: str) -> dict:
    return next(c for c in clusters for r in c["reports"] if r["article"] == article and r["trigger"]["text"] == trigger)


def _reports(cluster: dict) -> set[tuple[str, str]]:
    return {(r["article"], r["trigger"]["text"]) for r in cluster["reports"]}


def _articles(cluster: dict) -> set[str]:
    return {r["article"] for r in cluster["reports"]}


def _values(claim: dict) -> dict:
    return {v["value"]: {r["article"] for r in v["reports"]} for v in claim["values"]}


def test_one_story_of_seven_articles_and_four_sources(db):
    (story,) = as_json("stories", "--db", db)
    assert (story["n_articles"], story["n_sources"]) == (7, 4)
    assert {a["id"]: a["copy_of"] for a in story["articles"] if a["copy_of"]} == {"fp02": "fp01"}


def test_two_mensahs_stay_two_and_mensah_said_is_the_general_secretary(db, actors):
    assert actors["Kofi Mensah"]["id"] != actors["Abena Mensah"]["id"]
    said = [q for q in as_json("quotes", "--db", db, "--speaker", "Kofi Mensah") if q["article"] == "fp06"]
    assert any("heard" in q["text"] for q in said)


def test_the_president_is_one_actor(actors):
    assert [name for name in actors if "Boateng" in name] == ["Yaw Boateng"]


def test_the_union_s_acronym_is_an_alias(actors):
    assert "GFTW" in actors["Ghana Federation of Transport Workers"]["aliases"]


def test_the_march_is_one_event_reported_by_the_four_sources(clusters):
    march = _cluster_of(clusters, "fp01", "march")
    assert {"fp01", "fp02", "fp04", "fp05", "fp06", "fp07"} <= _articles(march)  # fp06, fp07: "last week's", "last Tuesday's"
    assert march["n_sources"] == 4 and march["type"] == "PROTEST"


def test_the_march_is_dated_tuesday(clusters):
    march = _cluster_of(clusters, "fp01", "march")
    assert (march["date"], march["date_precision"]) == ("2027-08-03", "day")


@pytest.mark.xfail(strict=True, reason="event coder: fp03's 'when police broke up Tuesday's fuel protest' gives no "
                   "report of the march (the protest is the object of 'broke up')")
def test_fp03_s_tuesday_s_fuel_protest_is_the_march(clusters):
    assert "fp03" in _articles(_cluster_of(clusters, "fp01", "march"))


def test_the_day_of_the_march_is_contested_by_fp05_alone(claims, clusters):
    march = _cluster_of(clusters, "fp01", "march")
    (day,) = [c for c in claims if c["kind"] == "date" and c["cluster"] == march["cluster"]]
    values = _values(day)
    assert day["contested"] is True
    assert values["2027-08-04"] == {"fp05"} and values["2027-08-03"]


@pytest.mark.xfail(strict=True, reason="event coder: the wire's 'fired tear gas on Tuesday to break up a march' dates "
                   "the march by the publication, not by the Tuesday of the clause it is the object of")
def test_the_wire_gives_the_march_its_tuesday(claims, clusters):
    march = _cluster_of(clusters, "fp01", "march")
    (day,) = [c for c in claims if c["kind"] == "date" and c["cluster"] == march["cluster"]]
    assert {"fp01", "fp07"} <= _values(day)["2027-08-03"]


def test_the_arrests_are_one_event_and_the_release_another(clusters):
    arrests = _cluster_of(clusters, "fp01", "arrested")
    assert {("fp01", "arrested"), ("fp02", "arrested"), ("fp04", "arrested"), ("fp06", "detained")} <= _reports(arrests)
    assert ("fp06", "freed") not in _reports(arrests)


def test_the_breaking_up_of_the_march_is_not_the_arrests(clusters):
    breaking_up = _cluster_of(clusters, "fp01", "break up")
    assert {("fp02", "break up"), ("fp03", "broke up"), ("fp04", "dispersed")} <= _reports(breaking_up)
    assert not {"arrested", "detained"} & {trigger for _a, trigger in _reports(breaking_up)}


@pytest.mark.xfail(strict=True, reason="the tear gas (ASSAULT crowd-control) and the breaking up (COERCE restrict) "
                   "are two types: two clusters; fp03's 'broke up' is dated Wednesday (the event coder reads the main "
                   "clause's day) and fp05's 'dispersed them with tear gas' gives no report")
def test_the_tear_gas_and_the_breaking_up_are_one_event(clusters):
    gas = _cluster_of(clusters, "fp01", "fired")
    assert {"fp01", "fp02", "fp03", "fp04", "fp05"} <= _articles(gas)


def test_the_meeting_announced_and_held_is_one_event_that_occurred_on_monday(clusters):
    meeting = _cluster_of(clusters, "fp06", "met")
    assert ("fp04", "meet") in _reports(meeting)
    assert (meeting["status"], meeting["date"], meeting["date_precision"]) == ("occurred", "2027-08-09", "day")


def test_the_promise_to_meet_is_not_the_agreement_on_prices(clusters):
    deal = _cluster_of(clusters, "fp06", "agreed")
    assert ("fp07", "agreed") in _reports(deal)
    assert ("fp05", "agreed") not in _reports(deal)


@pytest.mark.xfail(strict=True, reason="event coder: fp05's 'has agreed to meet the union's leaders on Monday' is an "
                   "AGREE on 'agreed' dated by the publication, not the planned Monday meeting (fp04's 'will meet' "
                   "is); fp07's 'after talks with President Yaw Boateng' gives no report")
def test_every_outlet_s_meeting_is_the_meeting(clusters):
    assert {"fp04", "fp05", "fp06", "fp07"} <= _articles(_cluster_of(clusters, "fp06", "met"))


def test_no_strike_occurred(clusters):
    strikes = [c for c in clusters if c["type"] == "PROTEST" and c["mode"] == "strike"]
    assert strikes and all(c["status"] != "occurred" for c in strikes)


def test_the_police_denial_of_live_rounds_is_no_shooting_by_the_police(clusters):
    assert not [r for c in clusters for r in c["reports"] if r["article"] == "fp03" and r["trigger"]["text"] == "fired"]


def test_the_arrests_are_contested_63_against_40(claims):
    (arrests,) = [c for c in claims if "arrest" in c["about"]]
    assert _values(arrests) == {63.0: {"fp01", "fp02"}, 40.0: {"fp01", "fp02", "fp04", "fp06"}}
    assert arrests["contested"] is True and arrests["cluster"] is not None
    assert arrests["about"] == "people (arrest)"  # the union's "63 of its members" are people arrested


def test_the_injured_are_listed_as_compatible(claims):
    """"at least 12" (the wire) and "about a dozen" (fp03): two ways of stating one fact, listed, not contested."""
    (injured,) = [c for c in claims if "injur" in c["about"]]
    assert [(v["qualifier"], v["value"]) for v in injured["values"]] == [("at least", 12.0), ("about", 12.0)]
    assert injured["contested"] is False


def test_the_fuel_rise_and_its_cut_are_not_contested(claims):
    assert not [c for c in claims if c["contested"] and any(v["unit"] == "percent" for v in c["values"])]


def test_one_protester_killed_is_not_contested(claims):
    assert not [c for c in claims if c["contested"] and "death" in c["about"]]


# --- the same whatever the order of arrival ---------------------------------------------------------------


@pytest.mark.parametrize("order", ["newest first, one by one", "shuffled, one by one"])
def test_the_same_stories_clusters_and_contested_claims_in_any_order(tmp_path, order):
    """Linked one article at a time, newest first (the meeting before its announcement, fp05's Wednesday
    before the wire's Tuesday) or shuffled, the feed gives the store what it gives all at once."""
    from tests.test_trial_four import ORDERS, _feed, _level

    articles = _feed(DATA)
    first = _level(tmp_path / "all", ORDERS["all at once"](articles))
    assert _level(tmp_path / "order", ORDERS[order](articles)) == first
    contested = {(c["kind"], tuple(sorted(_values(c)))) for c in as_json("claims", "--db", str(tmp_path / "order" / "store.db"))
                 if c["contested"]}  # fmt: skip
    assert {("date", ("2027-08-03", "2027-08-04")), ("quantity", (40, 63))} <= contested
