"""Story-level rules found with trial 5 (tests/data/trial5: a fuel protest told by five outlets), each a rule
of its own checked here on its own cases, and all of them on another team-written feed of the same shape:
tests/data/nurses_march.jsonl, a nurses' march in Lusaka broken up by police (n1, 2027-03-02), told again
by an outlet that gets its day wrong (n2), and a week later, when the minister met the nurses' leaders and
"the 18 people detained during last week's march" were freed (n3).

- A report dated to a week ("last week's march") is dated: it joins the day's clusters of that week, and a
  cluster dated to a week is found by the reports of its days (``events.interval``, ``nearby._weeks``).
- A cluster's day is never one after the first outlet told the event as having occurred (``events.too_late``);
  a report that names no party, of the cluster's word, type and story, a day apart, is a disputed day, not
  another event (``events._one_word``).
- "Police arrested 63 of its members" counts people arrested, not part of a group (``claimkeys.OWN_PEOPLE``);
  an article that gives two figures as two speakers' reports their disagreement (``claims._one_fact_each``);
  an article's count of a family joins the event claim another of its counts makes (``claims._event_claim``).
- "agreed to meet" and "agreed to pay the arrears" are two agreements (``link.content``); police who broke up
  the march and police who arrested its marchers did two things (``events._other_mode``).
- An acronym given beside a body's full name ("the Zambia Nurses Association (ZNA)") is an alias of its actor.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from newsgraph.link import content
from newsgraph.link.claimkeys import claim_key, generic, is_part
from newsgraph.link.claims import _one_fact_each
from newsgraph.link.events import family, interval, profile, score
from newsgraph.link.nearby import Nearby
from newsgraph.link.tally import Tally
from newsgraph.store import Store
from tests.trials import as_json, ingest_clean, run

DATA = Path(__file__).resolve().parent / "data" / "nurses_march.jsonl"
D = datetime.date


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2027-W31", (D(2027, 8, 2), D(2027, 8, 8))),  # "last week's march", read on 2027-08-09
        ("2027-W31-WE", (D(2027, 8, 7), D(2027, 8, 8))),  # "last weekend"
        ("2026-W53", (D(2026, 12, 28), D(2027, 1, 3))),  # a week across the new year
        ("2027-W54", None),  # no such week
    ],
)
def test_a_week_is_its_seven_days(value, expected):
    assert interval(value, "week") == expected


def _store_with(*clusters: tuple) -> Store:
    store = Store(":memory:")
    store.conn.executemany(
        "INSERT INTO clusters (story_pk, type, family, lemma, date, date_precision, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(1, t, family(t), lemma, d, p, "occurred") for t, lemma, d, p in clusters],
    )
    return store


def _report(date: str, precision: str, type_: str = "COERCE", lemma: str = "arrest") -> dict:
    return {"type": type_, "lemma": lemma, "actor": None, "recipient": None, "date": date, "date_precision": precision,
            "status": "occurred", "story": 1, "location": None, "published": "2027-08-09"}  # fmt: skip


@pytest.mark.parametrize(
    "cluster, report, found",
    [
        (("COERCE", "arrest", "2027-08-03", "day"), _report("2027-W31", "week"), True),  # "detained last week"
        (("COERCE", "arrest", "2027-W31", "week"), _report("2027-08-03", "day"), True),  # the other way round
        (("COERCE", "arrest", "2027-W31-WE", "week"), _report("2027-08-06", "day"), True),
        (("COERCE", "arrest", "2027-W45", "week"), _report("2027-08-03", "day"), False),  # three months later
    ],
)
def test_a_week_dated_report_or_cluster_is_found(cluster, report, found):
    nearby = Nearby(_store_with(cluster).conn)
    assert bool(nearby.candidates(report)) is found


def _rep(date: str, precision: str, published: str, type_: str = "PROTEST", status: str = "occurred") -> dict:
    return {"type": type_, "mode": None, "cameo": "140", "actor": None, "actor_name": None, "recipient": None,
            "recipient_name": None, "date": date, "date_precision": precision, "status": status, "location": None,
            "location_name": None, "published": published}  # fmt: skip


@pytest.mark.parametrize(
    "reports, expected",
    [
        # the wire told the march on Tuesday 08-03; an explainer two days later put it on Wednesday
        ([_rep("2027-08-03", "publication", "2027-08-03"), _rep("2027-08-04", "day", "2027-08-05")],
         ("2027-08-03", "publication")),
        ([_rep("2027-08-03", "publication", "2027-08-03"), _rep("2027-08-04", "day", "2027-08-05"),
          _rep("2027-08-03", "day", "2027-08-09")], ("2027-08-03", "day")),
        # a meeting announced for Monday and held on Monday: the announcement told no meeting as occurred
        ([_rep("2027-08-09", "day", "2027-08-04", "CONSULT", "planned"), _rep("2027-08-09", "day", "2027-08-09", "CONSULT")],
         ("2027-08-09", "day")),
        # "agreed to meet" (an AGREE told as occurred on 08-05) bounds no meeting's day
        ([_rep("2027-08-09", "day", "2027-08-04", "CONSULT", "planned"), _rep("2027-08-05", "publication", "2027-08-05", "AGREE"),
          _rep("2027-08-09", "day", "2027-08-09", "CONSULT")], ("2027-08-09", "day")),
        # a report misread as occurred on a day after its own publication bounds nothing
        ([_rep("2027-08-09", "day", "2027-08-05"), _rep("2027-08-09", "day", "2027-08-10")], ("2027-08-09", "day")),
    ],
)  # fmt: skip
def test_a_day_after_the_event_was_first_told_as_occurred_is_not_its_day(reports, expected):
    from newsgraph.link.events import consensus

    tally = Tally()
    for key, r in enumerate(reports):
        tally.add(r, key, article=key, source=f"o{key}", published=r["published"])
    got = tally.consensus()
    assert (got["date"], got["date_precision"]) == expected
    assert (consensus(reports)["date"], consensus(reports)["date_precision"]) == expected


ARRESTS = "The union said police arrested 63 of its members. Police said 40 people had been detained."


@pytest.mark.parametrize(
    "text, number, counts, part",
    [
        (ARRESTS, "63", "its members", False),  # the union's own people: all it counts
        ("Police detained 12 of their supporters at the rally.", "12", "their supporters", False),
        ("Three of the wounded died in hospital.", "Three", "the wounded", True),
        ("Two of them were later freed.", "Two", "them", True),
    ],
)
def test_a_body_s_own_people_are_no_part_of_a_group(text, number, counts, part):
    start = text.index(number)
    assert is_part(text, start, start + len(number), text.index(counts)) is part


def test_a_count_of_a_body_s_own_people_arrested_is_a_count_of_people_arrested():
    own = claim_key(1, "arrest", "its members", None, 0, [], "arrested")
    people = claim_key(1, "arrest", "people", None, 0, [], "detained")
    assert own == people == ("q|1|arrest|", None)
    assert generic("its members") and not generic("members")


def _found(key: str, value: float, start: int) -> tuple:
    return (key, 7, "people", "arrest", (value, None, None, None, None, start, start + 2, str(value), 0))


@pytest.mark.parametrize(
    "speakers, kept",
    [
        ([(0, 45, "union"), (46, 90, "police")], 2),  # "the union said 63 ...; police said 40 ...": a dispute reported
        ([(0, 45, "union"), (46, 90, "union")], 0),  # one speaker's two figures: two facts the key cannot tell apart
        ([], 0),
    ],
)
def test_figures_an_article_gives_as_two_speakers_are_both_kept(speakers, kept):
    found = [_found("q|c7|arrest|", 63, 20), _found("q|c7|arrest|", 40, 60)]
    assert len(_one_fact_each(found, speakers)) == kept


@pytest.mark.parametrize(
    "after, kind",
    [
        (" to meet the union's leaders on Monday", "CONSULT"),
        (" to hold talks with the union", "CONSULT"),
        (" to cut the fuel price increase to 15%", "other"),
        (" to halve the fuel price rise", "other"),
        (" to the plan", None),  # what was agreed to, not another act
        (" on Monday", None),
        (" To Meet", "CONSULT"),
    ],
)
def test_what_an_agreement_is_an_agreement_to(after, kind):
    assert content.content_kind(after) == kind


def _act(type_: str, mode: str | None, lemma: str) -> dict:
    return {"type": type_, "mode": mode, "lemma": lemma, "actor": 3, "recipient": None, "date": "2027-08-03",
            "date_precision": "day", "status": "occurred", "story": 1, "location": None, "canonical": True,
            "published": "2027-08-03"}  # fmt: skip


@pytest.mark.parametrize(
    "first, second, joined",
    [
        (("COERCE", "restrict", "up"), ("COERCE", "arrest", "arrest"), False),  # broke up a march; arrested 63
        (("ASSAULT", "crowd-control", "fire"), ("ASSAULT", "firearms", "shooting"), False),  # tear gas; live rounds
        (("COERCE", "arrest", "arrest"), ("COERCE", "arrest", "arrest"), True),
        (("COERCE", "arrest", "arrest"), ("COERCE", "seize", "arrest"), True),  # one word, two modes: the coder's
        (("CONSULT", "visit", "visit"), ("CONSULT", "meet", "meeting"), True),  # a visit and its meeting: words
        (("ASSAULT", None, "death"), ("ASSAULT", "firearms", "shooting"), True),  # "killed": no mode to differ
    ],
)
def test_another_mode_of_force_by_another_word_is_another_act(first, second, joined):
    assert (score(_act(*second), profile(_act(*first))) is not None) is joined


def _march(date: str, lemma: str = "protest", story: int = 1, actor: int | None = None) -> dict:
    return {"type": "PROTEST", "mode": "demo", "lemma": lemma, "actor": actor, "recipient": None, "date": date,
            "date_precision": "day", "status": "occurred", "story": story, "location": None, "canonical": True,
            "published": "2027-08-09"}  # fmt: skip


@pytest.mark.parametrize(
    "report, joined",
    [
        (_march("2027-08-03"), True),  # "last Tuesday's march" beside an outlet's "marched on Wednesday"
        (_march("2027-08-02"), False),  # two days apart
        (_march("2027-08-03", lemma="strike"), False),  # another word: another act
        (_march("2027-08-03", story=2), False),  # another story
    ],
)
def test_a_day_apart_is_a_disputed_day_for_one_word_in_one_story(report, joined):
    p = profile(_march("2027-08-04", actor=5))
    assert (score(report, p) is not None) is joined


def _agree(kind: str | None, published: str) -> dict:
    return {"type": "AGREE", "lemma": "agre", "actor": 3, "recipient": None, "date": published, "published": published,
            "date_precision": "publication", "status": "occurred", "story": 1, "location": None, "canonical": True,
            "content": kind}  # fmt: skip


@pytest.mark.parametrize(
    "first, second, joined",
    [
        ("CONSULT", "other", False),  # "agreed to meet" and "agreed to cut the price"
        ("other", "other", True),  # "agreed to cut the price" and "agreed to halve the rise"
        ("CONSULT", None, True),  # "agreed" alone: nothing tells them apart
        (None, "other", True),
    ],
)
def test_agreements_to_different_kinds_of_act_are_two(first, second, joined):
    p = profile(_agree(first, "2027-08-05"))
    assert (score(_agree(second, "2027-08-09"), p) is not None) is joined


# --- the same rules on a whole feed, through the store ---------------------------------------------------


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return ingest_clean(tmp_path_factory.mktemp("nurses"), DATA)


@pytest.fixture(scope="module")
def clusters(db) -> list[dict]:
    return as_json("events", "--clustered", "--db", db)


def _cluster_of(clusters: list[dict], article: str, trigger: str) -> dict:
    return next(c for c in clusters for r in c["reports"] if r["article"] == article and r["trigger"]["text"] == trigger)


def _triggers(cluster: dict) -> set[tuple[str, str]]:
    return {(r["article"], r["trigger"]["text"]) for r in cluster["reports"]}


@pytest.mark.parametrize("trigger", ["detained", "arrested"])
def test_those_detained_during_last_week_s_march_are_the_arrests_of_the_march(clusters, trigger):
    assert ("n1", trigger) in _triggers(_cluster_of(clusters, "n3", "detained"))


def test_last_week_s_march_is_the_march(clusters):
    march = _cluster_of(clusters, "n1", "march")
    assert [r["article"] for r in march["reports"]].count("n3") == 2  # "last week's" and "last Tuesday's"


def test_the_march_is_not_dated_by_the_outlet_that_got_its_day_wrong(clusters):
    """n2's "marched in Lusaka on Wednesday" (03-03) is a day after n1 told the march, on Tuesday 03-02 ("broke up
    a march" on Tuesday): the march is Tuesday's, and n2's day a disputed date of the same march."""
    march = _cluster_of(clusters, "n1", "march")
    assert ("n2", "marched") in _triggers(march)
    assert (march["date"], march["date_precision"]) == ("2027-03-02", "day")


def test_the_police_breaking_up_the_march_is_not_the_arrests(clusters):
    assert ("n1", "broke up") not in _triggers(_cluster_of(clusters, "n1", "arrested"))


def test_an_acronym_given_beside_the_full_name_is_an_alias(db):
    (association,) = [a for a in as_json("actors", "--db", db) if a["name"] == "Zambia Nurses Association"]
    assert "ZNA" in association["aliases"]


def test_the_arrests_are_contested_between_the_association_and_the_police(db):
    (claim,) = [c for c in as_json("claims", "--db", db) if "arrest" in c["about"]]
    values = {v["value"]: {r["article"] for r in v["reports"]} for v in claim["values"]}
    assert values == {31.0: {"n1"}, 18.0: {"n1", "n3"}}
    assert claim["contested"] is True


def test_a_promise_to_meet_is_not_the_agreement_on_the_arrears(clusters):
    assert ("n3", "agreed") not in _triggers(_cluster_of(clusters, "n2", "agreed"))


def test_an_acronym_alias_outlives_its_article_re_extracted(tmp_path):
    """``ingest --update`` replaces n1, the article that gives "(ZNA)": the actor is recounted from its entities."""
    db = str(tmp_path / "store.db")
    assert run("ingest", str(DATA), "--db", db).exit_code == 0
    assert run("ingest", str(DATA), "--db", db, "--update").exit_code == 0
    (association,) = [a for a in as_json("actors", "--db", db) if a["name"] == "Zambia Nurses Association"]
    assert "ZNA" in association["aliases"]
