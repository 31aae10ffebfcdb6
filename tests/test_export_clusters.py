"""GDELT and ACLED exports count real-world events, not reports: team-written multi-outlet feeds ingested, then
exported as a researcher would read them (pandas, DuckDB).

GDELT has one event row per event and one mentions row per mention; ACLED one row per event, its ``source``
listing the outlets. A story told by several outlets is one row per event cluster, whose NumMentions and
NumArticles are its mentions rows and their articles; ``--per-report`` keeps the older one row per report.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from test_store import noem_record

from newsgraph.store import Store
from newsgraph.store.exports import acled, gdelt
from newsgraph.store.exports.common import ALL, UNLINKED, full_date
from tests.trials import as_json, run

DATA = Path(__file__).resolve().parent / "data"
FEEDS = {"trial3": DATA / "trial3", "story_week": DATA / "story_week.jsonl"}


@pytest.fixture(scope="module", params=sorted(FEEDS))
def db(request, tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp(request.param) / "store.db")
    assert run("ingest", str(FEEDS[request.param]), "--db", path).exit_code == 0
    return path


def _export(db: str, folder: Path, *options: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    result = run("export", "--format", "gdelt", "--db", db, "--output", str(folder), *options)
    assert result.exit_code == 0, result.output
    read = dict(sep="\t", header=None, dtype=str, keep_default_na=False)
    events = pd.read_csv(folder / "events.tsv", names=gdelt.EVENT_COLUMNS, **read)
    mentions = pd.read_csv(folder / "mentions.tsv", names=gdelt.MENTION_COLUMNS, **read)
    return events, mentions


@pytest.fixture(scope="module")
def folder(db, tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("gdelt")


@pytest.fixture(scope="module")
def exported(db, folder):
    return _export(db, folder)


def _reports(db: str) -> int:
    store = Store(db)
    try:
        return store.count("events")
    finally:
        store.close()


def test_one_gdelt_event_row_per_cluster_with_one_mentions_row_per_report(db, exported):
    events, mentions = exported
    clusters = as_json("events", "--clustered", "--db", db)
    assert sorted(events.GlobalEventID.astype(int)) == sorted(int(c["cluster"][1:]) for c in clusters)
    assert len(mentions) == _reports(db) == sum(c["n_reports"] for c in clusters)
    per_event = mentions.groupby("GlobalEventID")
    for row in events.itertuples():
        told = per_event.get_group(row.GlobalEventID)
        assert int(row.NumMentions) == len(told)
        assert int(row.NumArticles) == told.MentionIdentifier.nunique()
    assert (events.NumArticles.astype(int) > 1).any()  # the feed has events told in several articles


def test_counting_or_summing_event_rows_counts_each_article_once_per_event(db, exported):
    events, mentions = exported
    pairs = len(mentions.drop_duplicates(["GlobalEventID", "MentionIdentifier"]))
    assert events.NumArticles.astype(int).sum() == pairs <= _reports(db)
    assert events.GlobalEventID.is_unique


def test_event_rows_carry_the_clusters_consensus_and_earliest_report(db, exported):
    events, mentions = exported
    articles = {a["id"]: a for s in as_json("stories", "--db", db) for a in s["articles"]}
    by_id = events.set_index("GlobalEventID")
    for c in as_json("events", "--clustered", "--db", db):
        row = by_id.loc[c["cluster"][1:]]
        if c["status"] in ("planned", "hypothetical") and row.EventCode != (c["cameo"] or ""):
            # a promised meeting, support or aid is written as PLOVER reads it: intent to cooperate (CAMEO 03x),
            # dated when it was said, never after the day planned
            assert row.EventCode[:2] == "03" and c["type"] in ("CONSULT", "SUPPORT", "COOPERATE", "AID")
            assert row.Day <= full_date(c["date"]).replace("-", "")
        else:
            assert row.Day == full_date(c["date"]).replace("-", "")
            assert row.EventCode == (c["cameo"] or "")
        assert row.Actor1Name == ((c["actor"] or {}).get("name") or "")
        assert row.Actor2Name == ((c["recipient"] or {}).get("name") or "")
        first = articles[c["reports"][0]["article"]]
        assert row.SOURCEURL == (first["url"] or first["id"])
        assert int(row.NumSources) == c["n_sources"] <= int(row.NumArticles)


def test_duckdb_reads_the_tables_and_joins_them_as_pandas_does(exported, folder):
    duckdb = pytest.importorskip("duckdb")
    events, _ = exported

    def table(name, columns):
        cols = ", ".join(f"'{c}': 'VARCHAR'" for c in columns)
        return f"read_csv('{folder / name}', delim='\t', header=false, quote='', columns={{{cols}}})"

    [(mismatched,)] = duckdb.sql(
        f"SELECT count(*) FROM {table('events.tsv', gdelt.EVENT_COLUMNS)} e JOIN "
        f"(SELECT GlobalEventID, count(*) AS n FROM {table('mentions.tsv', gdelt.MENTION_COLUMNS)} "
        "GROUP BY GlobalEventID) m USING (GlobalEventID) WHERE CAST(e.NumMentions AS INTEGER) <> m.n"
    ).fetchall()
    assert mismatched == 0
    [(n,)] = duckdb.sql(f"SELECT count(*) FROM {table('events.tsv', gdelt.EVENT_COLUMNS)}").fetchall()
    assert n == len(events)


def test_per_report_option_keeps_one_row_per_report_with_its_clusters_counts(db, tmp_path):
    events, mentions = _export(db, tmp_path, "--per-report")
    assert len(events) == len(mentions) == _reports(db)
    assert list(events.GlobalEventID) == list(mentions.GlobalEventID)
    clusters = {c["n_reports"] for c in as_json("events", "--clustered", "--db", db)}
    assert set(events.NumMentions.astype(int)) <= clusters
    assert events.NumArticles.astype(int).sum() > _reports(db)  # the overcount the event level removes


def test_acled_is_one_row_per_event_with_its_outlets_counted_once(db, exported):
    events, _ = exported
    rows = pd.read_csv(
        io.StringIO(run("export", "--format", "acled", "--status", "occurred", "--db", db).stdout),
        dtype=str,
        keep_default_na=False,
    )
    old = pd.read_csv(
        io.StringIO(run("export", "--format", "acled", "--per-report", "--db", db).stdout),
        dtype=str,
        keep_default_na=False,
    )
    assert 0 < len(rows) < len(old)
    sources = events.set_index("GlobalEventID").NumSources.astype(int)
    for row in rows.itertuples():
        outlets = row.source.split("; ")
        assert len(outlets) == len(set(outlets)) == sources[row.event_id_cnty.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")]


@pytest.fixture(scope="module")
def quake(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("quake") / "store.db")
    assert run("ingest", str(FEEDS["trial3"] / "quake_story.jsonl"), "--db", path).exit_code == 0
    return path


def test_a_wire_copy_is_no_second_source(quake, tmp_path):
    """trial3's eq02 is a Lima Ledger copy of the Andes Wire story eq01: the visit both announce, which eq06 reports
    done, is one GDELT event of three articles and two sources; ACLED never lists the copy as an outlet."""
    events, _ = _export(quake, tmp_path)
    visit = events[events.EventCode == "042"]
    assert (len(visit), visit.NumArticles.iloc[0], visit.NumSources.iloc[0]) == (1, "3", "2")
    store = Store(quake)
    try:
        out = io.StringIO()
        acled.write(store, out, ALL)
    finally:
        store.close()
    rows = pd.read_csv(io.StringIO(out.getvalue()), dtype=str, keep_default_na=False)
    assert len(rows) and not rows.source.str.contains("Lima Ledger").any()


def test_an_event_not_linked_yet_is_an_event_row_of_its_own(tmp_path):
    store = Store(tmp_path / "x.db")
    try:
        store.write(noem_record())  # written, not linked: no cluster yet
        ev, me = io.StringIO(), io.StringIO()
        counts = gdelt.write(store, ev, me)
        pks = [r[0] for r in store.conn.execute("SELECT pk FROM events ORDER BY pk")]
    finally:
        store.close()
    read = dict(sep="\t", header=None, dtype=str, keep_default_na=False)
    events = pd.read_csv(io.StringIO(ev.getvalue()), names=gdelt.EVENT_COLUMNS, **read)
    mentions = pd.read_csv(io.StringIO(me.getvalue()), names=gdelt.MENTION_COLUMNS, **read)
    assert counts == {"events": len(pks), "mentions": len(pks)}
    assert sorted(events.GlobalEventID.astype(int)) == [UNLINKED + pk for pk in pks]
    assert set(events.NumMentions) == {"1"} and set(mentions.GlobalEventID) == set(events.GlobalEventID)


def test_reports_whose_cluster_is_gone_are_events_of_their_own_never_a_split_cluster(quake, tmp_path):
    """A store caught between unlinking a cluster and relinking its reports (``link_dirty``) still exports one
    row per id: the orphaned reports are rows of their own, as unlinked events are."""
    import sqlite3

    path = tmp_path / "store.db"
    with sqlite3.connect(quake) as src, sqlite3.connect(path) as dst:
        src.backup(dst)  # with what the write-ahead log holds
    store = Store(str(path))
    try:
        (gone, n) = store.conn.execute(
            "SELECT cluster_pk, count(*) FROM events GROUP BY cluster_pk ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        store.conn.execute("DELETE FROM clusters WHERE pk = ?", (gone,))
        ev, me = io.StringIO(), io.StringIO()
        gdelt.write(store, ev, me)
    finally:
        store.close()
    ids = [int(line.split("\t")[0]) for line in ev.getvalue().splitlines()]
    assert n > 1 and len(ids) == len(set(ids)) and gone not in ids
    assert sum(i > UNLINKED for i in ids) == n
