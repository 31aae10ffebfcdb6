"""What a hand trial on wire copy found (a ferry disaster told by three outlets, a border dispute): datelines
that took over the parse, a guessed attacker placed by another clause's city, a party named after its role,
a vessel's capacity compared with its passengers, a rising toll called a dispute. Sentences are the team's own."""

from __future__ import annotations

import pytest

from newsgraph.link import claims as claim_mod


def _events(extract, text: str) -> list:
    return list(extract(text).events)


@pytest.mark.parametrize("text", [
    "VALDORIA, Estland — A river barge capsized near the harbour on Friday, killing at least nine people, "
    "officials said.",
    "PORTO NERO, May 3 (Reuters) - A bus overturned on a mountain road on Friday, killing 14 people.",
])  # fmt: skip
def test_a_dateline_is_no_actor_of_the_sentence_it_opens(extract, text):
    """Parsed with its sentence, the dateline's town became the head the killing hung on, and its killer."""
    assert not [e for e in _events(extract, text) if e.type == "ASSAULT"]


def test_a_dateline_is_a_sentence_of_its_own(extract):
    rec = extract("KHARTOUM, March 3 (Reuters) - Sudan's army accused Ethiopia on Tuesday of shelling its border posts.")
    (accuse,) = [e for e in rec.events if e.type == "ACCUSE"]
    assert (accuse.actor.country, accuse.recipient.country) == ("SDN", "ETH")


@pytest.mark.parametrize(("text", "country"), [
    # the killing is told in a clause of its own: the meeting's city does not place whoever killed
    ("Envoys of Chad and Niger met in N'Djamena on Monday, the first meeting since clashes in which four "
     "Nigerien soldiers were killed.", None),  # still an attack, by no one placed
    ("Three people were killed in Kandahar on Sunday, police said.", "AFG"),
    ("In Kandahar, police said three people were killed on Sunday.", "AFG"),
])  # fmt: skip
def test_an_unidentified_attacker_is_placed_by_its_own_clause(extract, text, country):
    killed = [e for e in _events(extract, text) if e.type == "ASSAULT" and e.trigger.text == "killed"]
    assert len(killed) == 1
    actor = killed[0].actor
    assert actor is not None and (actor.name, actor.country) == ("unidentified attacker", country)


@pytest.mark.parametrize(("text", "name"), [
    ("The opposition party Sloboda accused the government of hiding the audit.", "Sloboda"),
    ("The opposition leader, Ivo Marten, accused the government of hiding the audit.", "Ivo Marten"),
])  # fmt: skip
def test_a_name_after_its_role_is_the_actor(extract, text, name):
    (accuse,) = [e for e in _events(extract, text) if e.type == "ACCUSE"]
    assert accuse.actor.name == name


@pytest.mark.parametrize(("text", "value", "fate"), [
    ("The ferry was licensed to carry 80 passengers but had about 120 on board.", 80, "capacity"),
    ("The new stadium can hold 40,000 fans.", 40000, "capacity"),
    ("The ferry was carrying 120 passengers when it sank.", 120, "carry"),
])  # fmt: skip
def test_what_something_could_take_is_its_capacity(extract, text, value, fate):
    (qty,) = [q for q in extract(text).quantities if q.value == value]
    assert qty.fate == fate


@pytest.mark.parametrize(("values", "expected"), [
    # a toll that grows day by day is updated, not disputed
    ([(19, "at least", "2026-03-10"), (27, None, "2026-03-11"), (31, "at least", "2026-03-12")], (False, True)),
    # two tolls of one day disagree
    ([(19, None, "2026-03-10"), (27, None, "2026-03-10")], (True, False)),
    # a later, lower toll disagrees, also when it is higher than an earlier one
    ([(27, None, "2026-03-10"), (19, None, "2026-03-11")], (True, False)),
    ([(19, None, "2026-03-10"), (40, "nearly", "2026-03-11"), (30, None, "2026-03-12")], (True, True)),
])  # fmt: skip
def test_a_rising_toll_is_an_update(values, expected):
    rows = [{"bounds": claim_mod.bounds(v, q), "date": d, "is_update": False} for v, q, d in values]
    assert claim_mod.verdict(rows, rising=True) == expected
    if expected == (False, True):  # any other count that grows is still a disagreement
        assert claim_mod.verdict(rows) == (True, False)


def test_an_unnamed_speaker_is_one_speaker_whatever_its_case(tmp_path):
    import json

    from newsgraph.store import Store
    from newsgraph.web.storyviews import speakers
    from tests.trials import run

    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in [
        {"id": "w1", "date": "2026-05-04", "source": "Wire A", "title": "Barge sinks in Valdoria harbour",
         "text": "A grain barge sank in Valdoria harbour on Sunday, police said. Police said the crew of six was "
                 "rescued by a fishing boat."},
    ]), encoding="utf-8")  # fmt: skip
    db = str(tmp_path / "store.db")
    assert run("ingest", str(feed), "--db", db).exit_code == 0
    store = Store(db)
    (story_pk,) = [r[0] for r in store.conn.execute("SELECT pk FROM stories")]
    found = [g for g in speakers(store, story_pk) if g["speaker"].casefold() == "police"]
    assert len(found) == 1 and found[0]["n_quotes"] == 2


@pytest.mark.parametrize(("text", "withdrawal"), [
    ("Rescue teams have pulled 64 people out alive, the fire chief said.", False),
    ("Divers pulled three bodies from the river on Monday.", False),
    ("The army pulled its troops out of the town on Monday.", True),
    ("The company pulled out of the deal.", True),
])  # fmt: skip
def test_pulling_people_out_alive_is_no_withdrawal(extract, text, withdrawal):
    assert bool([e for e in _events(extract, text) if e.type == "RETREAT"]) is withdrawal
