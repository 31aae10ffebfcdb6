"""The store's plover_events view reads every event as the PLOVER manual codes it, as Event.as_plover and the
PLOVER export do: a promised meeting is the AGREE made on the day it was said, every other event is itself."""

from __future__ import annotations

import sqlite3

import pytest

import newsgraph
from newsgraph.store import Store
from newsgraph.store.exports import common

TEXT = (
    "HARARE, May 14 - Zambia's foreign minister said on Monday she would visit Harare next week to discuss the "
    "border dispute. Police arrested 14 opposition supporters in Bulawayo on Tuesday, a party spokesman said."
)


@pytest.fixture(scope="module")
def record():
    return newsgraph.extract(TEXT, date="2025-05-14", id="a1")


def _rows(path: str, table: str) -> dict[str, dict]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return {r["id"]: dict(r) for r in conn.execute(f"SELECT * FROM {table}")}


def test_a_promised_visit_is_the_agree_made_and_other_events_are_themselves(tmp_path, record):
    path = str(tmp_path / "s.db")
    with Store(path) as store:
        store.write(record)
    view, table = _rows(path, "plover_events"), _rows(path, "events")
    promised = [e for e in record.events if e.plover is not None]
    assert [(e.type, e.status) for e in promised] == [("CONSULT", "planned")]
    visit = view[promised[0].id]
    assert (visit["type"], visit["cameo"], visit["status"], visit["promise_read"]) == ("AGREE", "036", "occurred", 1)
    assert visit["date"] == "2025-05-12" and visit["location_name"] is None
    assert (table[promised[0].id]["type"], table[promised[0].id]["status"]) == ("CONSULT", "planned")
    for ev in record.events:  # the view and the record's own reading agree on every event
        want = ev.as_plover()
        got = view[ev.id]
        assert (got["type"], got["mode"], got["cameo"], got["date"], got["date_precision"], got["status"]) == (
            want.type, want.mode, want.cameo, want.date, want.date_precision, want.status)
    arrest = next(e for e in record.events if e.type == "COERCE")
    assert view[arrest.id]["promise_read"] == 0 and view[arrest.id]["date"] == "2025-05-13"


def test_the_view_and_the_export_read_rows_alike(tmp_path, record):
    path = str(tmp_path / "s.db")
    with Store(path) as store:
        store.write(record)
        exported = {r["id"]: common.as_plover(r) for r in common.events(store)}
    view = _rows(path, "plover_events")
    assert {i: (r["type"], r["status"], r["date"]) for i, r in exported.items()} == {
        i: (r["type"], r["status"], r["date"]) for i, r in view.items()}


def test_an_older_store_gains_the_view_when_opened(tmp_path, record):
    path = str(tmp_path / "s.db")
    with Store(path) as store:
        store.write(record)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP VIEW plover_events")
        conn.execute("DELETE FROM schema_version WHERE version = 12")
    with Store(path) as store:
        assert store.version() >= 12
    assert "AGREE" in {r["type"] for r in _rows(path, "plover_events").values()}
