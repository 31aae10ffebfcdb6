"""A store cluster knows the trigger words of all its reports, as ``events.cluster_reports``' profiles do, not
only the word of the report that made it: otherwise what a later report could join depended on which report
came first. Hand-made records of the team's own sentences: a minister's meeting announced ("will meet"),
then held ("met"), and an actorless "after the meeting" in the report of it."""

from __future__ import annotations

import sqlite3

import pytest

from newsgraph import model as m
from newsgraph.link.clusters import _profile
from newsgraph.link.events import cluster_reports, rank
from newsgraph.link.update import update
from newsgraph.store import Store
from newsgraph.store import story as story_q

ANNOUNCED = "Fisheries Minister Ana Kovac will meet the Lakeside Boat Owners Union in Kisumu on Thursday."
HELD = ("Fisheries Minister Ana Kovac met the Lakeside Boat Owners Union in Kisumu on Thursday. "
        "A union official said after the meeting that the boats would stay in port.")  # fmt: skip


def _event(text: str, word: str, status: str, actor: bool, date: str, precision: str, n: int) -> m.Event:
    start = text.index(word)
    minister = m.EventActor("e1", "Ana Kovac", "KEN", "GOV", text.index("Ana"), text.index("Ana") + 9)
    union = m.EventActor("e2", "Lakeside Boat Owners Union", "KEN", "LAB", text.index("Lakeside"),
                         text.index("Lakeside") + 26)  # fmt: skip
    return m.Event(
        id=f"ev{n}", type="CONSULT", mode=None, cameo="040", actor=minister if actor else None,
        recipient=union if actor else None, date=date, date_precision=precision, location=None, status=status,
        trigger=m.Mention(start, start + len(word), word), sentence=m.Span(0, len(text)), confidence=0.9,
    )  # fmt: skip


def _entities(text: str) -> tuple[m.Entity, ...]:
    a, u = text.index("Ana"), text.index("Lakeside")
    return (m.Entity("e1", "Ana Kovac", "PER", "KEN", "GOV", "minister", (m.Mention(a, a + 9, "Ana Kovac"),)),
            m.Entity("e2", "Lakeside Boat Owners Union", "ORG", "KEN", "LAB", None,
                     (m.Mention(u, u + 26, "Lakeside Boat Owners Union"),)))  # fmt: skip


def _records() -> list[m.ArticleRecord]:
    announced = m.ArticleRecord(
        article=m.Article(id="k1", date="2027-03-02", text=ANNOUNCED, title="Minister to meet Kisumu boat owners",
                          source="Lake Wire"),
        entities=_entities(ANNOUNCED),
        events=(_event(ANNOUNCED, "meet", "planned", True, "2027-03-04", "day", 1),),
    )  # fmt: skip
    held = m.ArticleRecord(
        article=m.Article(id="k2", date="2027-03-04", text=HELD, title="Minister meets Kisumu boat owners",
                          source="Nile Post"),
        entities=_entities(HELD),
        events=(_event(HELD, "met", "occurred", True, "2027-03-04", "day", 1),
                _event(HELD, "meeting", "occurred", False, "2027-03-04", "publication", 2)),
    )  # fmt: skip
    return [announced, held]


@pytest.mark.parametrize("order", [[0, 1], [1, 0]], ids=["in date order", "newest first"])
def test_the_meeting_of_the_report_joins_the_meeting_announced_and_held(tmp_path, order):
    """Newest first, "met" made the cluster; "after the meeting" (no parties) found no word of it and stayed
    apart, while in date order "will meet" had given the cluster the word "meeting" (one family)."""
    records = _records()
    with Store(str(tmp_path / "s.db")) as store:
        for i in order:
            store.write_many([records[i]])
            update(store)
        assert len(story_q.stories(store)) == 1  # one story, or the test tests nothing
        found = sorted(c["n_reports"] for c in story_q.clustered_events(store))
    assert found == [3]
    with sqlite3.connect(tmp_path / "s.db") as conn:
        assert conn.execute("SELECT lemma FROM clusters").fetchall() == [("meeting met",)]


def test_a_cluster_rows_words_are_all_its_profile_knows():
    report = {"type": "CONSULT", "lemma": "meeting", "actor": None, "recipient": None, "story": 1,
              "date": "2027-03-04", "date_precision": "publication", "status": "occurred",
              "published": "2027-03-04", "canonical": True}  # fmt: skip
    row = (1, "CONSULT", 7, 8, "met", 1, None, "2027-03-04", "day", "occurred", None)
    assert rank(report, _profile(row)) == (1, True)  # the same story alone: not enough
    assert rank(report, _profile(row[:4] + ("meeting met",) + row[5:])) == (2, True)


def _sanction(id_: str, actor, recipient, lemma: str, canonical: bool = True) -> dict:
    return {"id": id_, "type": "SANCTION", "mode": None, "lemma": lemma, "actor": actor, "recipient": recipient,
            "date": "2027-03-04", "date_precision": "day", "status": "occurred", "story": "s1", "location": None,
            "published": "2027-03-05", "canonical": canonical}  # fmt: skip


@pytest.mark.parametrize("second, same", [
    (_sanction("y", None, "K", "fine"), True),  # the court fined him too: one word, one story
    (_sanction("y", "K", None, "fine"), False),  # he is the actor now: the one sanctioned does not sanction
    (_sanction("y", None, "C", "fine"), False),  # another recipient
    (_sanction("y", "K", None, "fine", canonical=False), True),  # names in one article only: no conflict
])  # fmt: skip
def test_a_party_on_the_other_side_is_another_act(second, same):
    """The store regroups clusters a report could join (``clusters.link_events``): "convicted" (the court, no
    canonical actor, -> Kiprono) and a misread "Kiprono ... fined" (Kiprono as its actor) had one word with a
    later "fined him" and were joined, and the cluster's consensus actor became the man convicted."""
    out = cluster_reports([_sanction("x", None, "K", "fine"), second])
    assert (out["x"] == out["y"]) is same


def test_the_verdict_feed_gives_the_same_clusters_in_any_order(tmp_path):
    """Trial 3's verdict feed, shuffled: cv05's "convicted" (no canonical party: "the former transport
    minister") stayed out of the conviction the other outlets report, which it joins in date order."""
    from tests.test_trial_four import ORDERS, TRIAL3, _feed, _level

    articles = _feed(TRIAL3 / "verdict_story.jsonl")
    found = {name: _level(tmp_path / name.replace(" ", "_"), order(articles)) for name, order in ORDERS.items()}
    for name, level in found.items():
        assert level[:2] == found["all at once"][:2], name
