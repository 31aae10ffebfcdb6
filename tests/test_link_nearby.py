"""The in-memory search for the clusters a report may join (link.nearby) against the SQL search it
replaced, kept here as the reference: the same clusters in the same order, for reports of every date
precision and status, over clusters with odd dates, after clusters are written mid-chunk, and after they
are changed but not yet written (a chunk writes its cluster rows at its end)."""

from __future__ import annotations

import datetime

import pytest

from newsgraph.link.events import family, interval
from newsgraph.link.nearby import ROW_SQL, Nearby
from newsgraph.store import Store

REFERENCE = (  # the SQL search linking ran per report before link.nearby (one of its rules per line)
    ROW_SQL + " WHERE pk IN ("
    "SELECT pk FROM clusters WHERE story_pk = ? AND (date BETWEEN ? AND ? OR date BETWEEN ? AND ?) UNION "
    "SELECT pk FROM clusters WHERE actor_ref IN (?, ?) AND (date BETWEEN ? AND ? OR date BETWEEN ? AND ?) UNION "
    "SELECT pk FROM clusters WHERE recipient_ref IN (?, ?) AND (date BETWEEN ? AND ? OR date BETWEEN ? AND ?)) "
    "AND (family = ? OR instr(' ' || lemma || ' ', ' ' || ? || ' ') > 0) "  # lemma: its reports' words
    "AND (coalesce(date_precision, '') = 'publication' OR length(date) < 10 OR date(substr(date, 1, 10)) IS NULL "
    "OR substr(date, 1, 10) BETWEEN ? AND ?) "
    "AND (CASE WHEN status IN ('negated', 'hypothetical') THEN status ELSE 'real' END) = ? "
    "AND (? IS NULL OR location_country IS NULL OR location_country = ?) "
    "ORDER BY story_pk IS NOT ?, abs(julianday(substr(date, 1, 10)) - julianday(?)), pk LIMIT 200"
)


def _reference(conn, report: dict) -> list[int]:
    span = interval(report["date"], report["date_precision"], report["status"], report["published"])
    if span is None:
        return []
    day = datetime.timedelta(days=1)
    lo, hi = (span[0] - 68 * day).isoformat(), (span[1] + 8 * day).isoformat()
    weeks = (span[0] - 68 * day).strftime("%G-W%V"), (span[1] + 8 * day).strftime("%G-W%V") + "-WE"  # week dates
    a, r, loc = report["actor"], report["recipient"], report["location"]
    status = report["status"] if report["status"] in ("negated", "hypothetical") else "real"
    params = [report["story"], lo, hi, *weeks, a, r, lo, hi, *weeks, a, r, lo, hi, *weeks, family(report["type"]), report["lemma"],
              (span[0] - day).isoformat(), (span[1] + day).isoformat(), status, loc, loc, report["story"],
              span[0].isoformat()]  # fmt: skip
    return [row[0] for row in conn.execute(REFERENCE, params)]


CLUSTERS = [  # story, type, actor, recipient, lemma, country, date, precision, status
    (1, "CONSULT", 10, 20, "visit", "EST", "2025-05-12", "day", "occurred"),
    (1, "CONSULT", 10, 20, "visit", None, "2025-05-13", "day", "planned"),
    (1, "CONSULT", 11, None, "meet", "EST", "2025-05-10", "publication", "occurred"),
    (1, "AGREE", 10, 20, "sign", "EST", "2025-05", "month", "occurred"),
    (1, "CONSULT", None, None, "visit", None, "2025", "year", "occurred"),
    (1, "CONSULT", 10, None, "visit", None, "2025-02-30", "day", "occurred"),
    (2, "CONSULT", 10, 21, "visit", "LVA", "2025-05-12", "day", "occurred"),
    (2, "ASSAULT", 12, 10, "attack", "EST", "2025-05-11", "day", "negated"),
    (3, "CONSULT", 30, 31, "talk", "EST", "2025-05-12", "day", "hypothetical"),
    (3, "PROTEST", 20, None, "visit", "EST", "2025-03-20", "publication", "planned"),
    (None, "CONSULT", 10, 20, "visit", None, "2025-05-14", "day", "occurred"),
    (1, "CONSULT", 10, 20, "visit", "EST", "2025-04-01", "day", "occurred"),
    (1, "CONSULT", 10, 20, "visit", "EST", "2025-05-20T10:00", "day", "occurred"),
    (1, "PROTEST", 10, None, "march visit", "EST", "2025-05-12", "day", "occurred"),  # its reports' two words
    (1, "ASSAULT", 10, None, "attack", "EST", "2025-05-12", "day", "occurred"),
    (1, "CONSULT", None, None, "visit", None, "2025-W20", "week", "occurred"),  # "last week's visit"
    (1, "CONSULT", None, None, "visit", None, "2025-W19-WE", "week", "occurred"),
    (1, "CONSULT", None, None, "visit", None, "2025-W40", "week", "occurred"),  # months away
]


def _store() -> Store:
    store = Store(":memory:")
    store.conn.executemany(
        "INSERT INTO clusters (story_pk, type, family, actor_ref, recipient_ref, lemma, location_country, date, "
        "date_precision, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(s, t, family(t), a, r, lemma, c, d, p, st) for s, t, a, r, lemma, c, d, p, st in CLUSTERS],
    )
    return store


def _report(**kw) -> dict:
    base = {"type": "CONSULT", "lemma": "visit", "actor": 10, "recipient": 20, "date": "2025-05-12",
            "date_precision": "day", "status": "occurred", "story": 1, "location": "EST", "published": "2025-05-13"}  # fmt: skip
    return {**base, **kw}


REPORTS = [
    _report(),
    _report(location=None),
    _report(story=2, actor=None, recipient=None),
    _report(date="2025-05", date_precision="month"),
    _report(date="2025", date_precision="year", location=None),
    _report(date="2025-05-13", date_precision="publication", status="planned"),
    _report(date="2025-05-13", date_precision="publication", status="occurred", type="AGREE", lemma="sign"),
    _report(status="negated", type="ASSAULT", lemma="attack", actor=12, recipient=None, story=9),
    _report(status="hypothetical", type="CONSULT", lemma="talk", actor=30, recipient=31, story=3),
    _report(lemma=None, story=None),
    _report(date="2025-03-01", date_precision="day"),
    _report(date="2025-05-20", story=1),
    _report(date=None),
    _report(date="2025-W20", date_precision="week"),
]


@pytest.mark.parametrize("report", REPORTS)
def test_the_clusters_found_in_memory_are_those_the_sql_search_finds(report):
    store = _store()
    nearby = Nearby(store.conn)
    expected = _reference(store.conn, report)
    assert [pk for pk, _row in nearby.candidates(report)] == expected
    assert [pk for pk, _row in nearby.candidates(report)] == expected  # asked again: from memory


CHANGES = [  # a cluster's row rewritten mid-chunk: (pk, new consensus)
    (12, {"date": "2025-05-12"}),  # moved from April into the report's days
    (1, {"date": "2025-06-30"}),  # moved out of them
    (7, {"actor": 10, "recipient": 20, "location": "EST"}),  # another story's cluster now names the parties
    (2, {"status": "negated"}),
    (4, {"type": "CONSULT"}),  # now of the report's family
    (15, {"lemma": "attack visit"}),  # a report of the report's word joined it
    (14, {"lemma": "march"}),
]


@pytest.mark.parametrize(("pk", "change"), CHANGES)
def test_a_cluster_written_in_the_chunk_is_found_as_the_store_now_has_it(pk, change):
    store = _store()
    nearby = Nearby(store.conn)
    report = _report()
    nearby.candidates(report)  # the chunk has read the story and the parties
    row = store.conn.execute(ROW_SQL + " WHERE pk = ?", (pk,)).fetchone()
    values = {"type": row[1], "actor": row[2], "recipient": row[3], "location": row[6], "date": row[7],
              "date_precision": row[8], "status": row[9], "mode": row[10], "lemma": row[4], **change}  # fmt: skip
    store.conn.execute(
        "UPDATE clusters SET type = ?, family = ?, actor_ref = ?, recipient_ref = ?, location_country = ?, date = ?, "
        "date_precision = ?, status = ?, mode = ?, lemma = ? WHERE pk = ?",
        (values["type"], family(values["type"]), values["actor"], values["recipient"], values["location"],
         values["date"], values["date_precision"], values["status"], values["mode"], values["lemma"], pk),
    )  # fmt: skip
    nearby.wrote(pk, values)
    assert [p for p, _row in nearby.candidates(report)] == _reference(store.conn, report)


UNWRITTEN = [  # a cluster changed mid-chunk (its row written at the chunk's end), then a report of another party
    (7, {"actor": 40, "location": "EST"}, _report(actor=40, recipient=None, story=9)),  # now names party 40
    (12, {"actor": 41, "date": "2025-05-12"}, _report(actor=41, recipient=None, story=9)),  # and moved in
    (1, {"actor": 42}, _report(actor=10, recipient=None, story=9)),  # no longer names party 10
]


@pytest.mark.parametrize(("pk", "change", "report"), UNWRITTEN)
def test_a_cluster_changed_but_not_yet_written_is_found_as_the_store_will_have_it(pk, change, report):
    store = _store()
    nearby = Nearby(store.conn)
    nearby.candidates(_report())  # the chunk has read story 1 and parties 10 and 20, not the report's party
    row = store.conn.execute(ROW_SQL + " WHERE pk = ?", (pk,)).fetchone()
    values = {"type": row[1], "actor": row[2], "recipient": row[3], "location": row[6], "date": row[7],
              "date_precision": row[8], "status": row[9], "mode": row[10], **change}  # fmt: skip
    nearby.wrote(pk, values)  # the store still has the old row
    found = [p for p, _row in nearby.candidates(report)]
    store.conn.execute(
        "UPDATE clusters SET actor_ref = ?, location_country = ?, date = ? WHERE pk = ?",
        (values["actor"], values["location"], values["date"], pk),
    )  # what Clusters.write does at the chunk's end
    assert found == _reference(store.conn, report)
