"""A cluster party that no report names as an entity ("police", "the authorities") has no canonical actor: its
country and sector are what most of the cluster's reports code, kept by the linker as reports join
(``link.tally``, schema version 11) instead of voted again by every query. Hand-made records of the team's
own sentences; a store made before version 11 gains the columns, filled, when it is opened."""

from __future__ import annotations

import sqlite3

import pytest

from newsgraph import model as m
from newsgraph.link.tally import Tally
from newsgraph.link.update import update
from newsgraph.store import Store
from newsgraph.store import story as story_q
from newsgraph.store.schema import LATEST

SENTENCE = "Police arrested the opposition leader at a rally in Gulu on Tuesday, witnesses said."
OUTLETS = ["Lake Wire", "Nile Post", "Crane Daily", "Hill Times"]


def _record(i: int, country: str | None, sector: str | None, named: bool = False) -> m.ArticleRecord:
    """One outlet's report of the arrest; ``named``: the police are an entity of the article (a canonical actor)."""
    start = SENTENCE.index("arrested")
    police = m.Entity("e1", "Police", "ORG", country, sector, None, (m.Mention(0, 6, "Police"),))
    event = m.Event(
        id="ev1", type="COERCE", mode="arrest", cameo="173",
        actor=m.EventActor("e1" if named else None, "Police", country, sector, 0, 6),
        recipient=m.EventActor(None, "the opposition leader", None, "OPP", 16, 37),
        date="2026-04-07", date_precision="day", location=m.Location("Gulu", "UGA"), status="occurred",
        trigger=m.Mention(start, start + 8, "arrested"), sentence=m.Span(0, len(SENTENCE)), confidence=0.9,
    )  # fmt: skip
    article = m.Article(id=f"a{i}", date="2026-04-08", text=SENTENCE, title="Opposition leader arrested in Gulu",
                        source=OUTLETS[i])  # fmt: skip
    return m.ArticleRecord(article=article, entities=(police,) if named else (), events=(event,))


def _linked(path: str, codes: list[tuple[str | None, str | None]], named: bool = False) -> Store:
    store = Store(path)
    store.write_many([_record(i, c, s, named) for i, (c, s) in enumerate(codes)])
    update(store)
    return store


def _actor(store: Store) -> dict:
    (cluster,) = story_q.clustered_events(store)
    assert cluster["n_reports"] > 1  # the reports are one event, or the test tests nothing
    return cluster["actor"]


@pytest.mark.parametrize(
    "codes, country, sector",
    [
        ([("UGA", "COP"), ("UGA", "COP"), ("UGA", "COP")], "UGA", "COP"),  # three outlets agree
        ([("KEN", "COP"), ("UGA", None), ("UGA", "GOV")], "UGA", "COP"),  # the majority; a sector from whoever gives one
        ([("KEN", "GOV"), ("UGA", "COP")], "KEN", "GOV"),  # a tie: the first report's
        ([(None, None), (None, None)], None, None),  # nobody codes the police: nothing invented
    ],
)
def test_an_unnamed_party_has_what_most_reports_code(tmp_path, codes, country, sector):
    with _linked(str(tmp_path / "s.db"), codes) as store:
        actor = _actor(store)
    assert actor["actor"] is None and (actor["country"], actor["sector"]) == (country, sector)


def test_a_canonical_party_has_its_actors_coding_not_the_reports(tmp_path):
    with _linked(str(tmp_path / "s.db"), [("KEN", "COP"), ("KEN", "COP"), ("UGA", "GOV")], named=True) as store:
        actor = _actor(store)
        (canonical,) = story_q.actors(store, name="Police")
    assert actor["actor"] == canonical["id"]
    assert (actor["country"], actor["sector"]) == (canonical["country"], canonical["sector"])
    with sqlite3.connect(tmp_path / "s.db") as conn:  # the reports' vote is kept only for an unnamed party
        assert conn.execute("SELECT actor_country, actor_sector FROM clusters").fetchall() == [(None, None)]


@pytest.mark.parametrize(
    "reports, want",
    [
        ([("UGA", 3), ("KEN", 1), ("UGA", 2)], "UGA"),
        ([("KEN", 2), ("UGA", 1)], "UGA"),  # a tie goes to the first report (the lowest event key)
        ([(None, 1), ("KEN", 2), (None, 3)], "KEN"),  # a report that codes nothing does not vote
    ],
)
def test_the_running_count_is_the_vote_in_any_order_of_arrival(reports, want):
    tally = Tally()
    for country, key in reports:
        tally.add({"type": "COERCE", "cameo": "173", "actor": None, "actor_name": "police", "recipient": None,
                   "recipient_name": None, "location_name": None, "actor_country": country}, key, key, "o", "2026-04-08")  # fmt: skip
    assert tally.coded("actor", "country", None) == want
    assert tally.coded("actor", "country", 7) is None  # a canonical actor: its own country is read


def _as_version_10(path: str) -> None:
    """The store as the release before version 11 left it: no party columns on clusters."""
    with sqlite3.connect(path) as conn:
        for col in ("actor_country", "actor_sector", "recipient_country", "recipient_sector"):
            conn.execute(f"ALTER TABLE clusters DROP COLUMN {col}")
        conn.execute("DROP VIEW IF EXISTS plover_events")  # version 12, after it
        conn.execute("DELETE FROM schema_version WHERE version >= 11")


def test_an_older_store_is_filled_when_opened_and_links_on(tmp_path):
    path = str(tmp_path / "s.db")
    codes = [("KEN", "COP"), ("UGA", "COP"), ("UGA", None)]
    with _linked(path, codes) as store:
        want = story_q.clustered_events(store)
    _as_version_10(path)
    with Store(path) as store:
        assert store.version() == LATEST >= 11
        assert story_q.clustered_events(store) == want
        assert want[0]["actor"]["country"] == "UGA"
        store.write_many([_record(3, "KEN", "GOV"), ])  # a fourth report: a tie, to the first report's code
        update(store)
        assert _actor(store)["country"] == "KEN" and _actor(store)["sector"] == "COP"
