"""The Parquet dataset of records (SPEC section 5): layout, columns, atomic files, ingest DIR, read in place;
and --engine ray without Ray installed."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.dataset import from_plain, to_plain
from newsgraph.dataset.parquet import TABLES, DatasetWriter, read_dataset, schema

# Team-written articles over three months (two share a month), one with nothing to extract but a date.
ARTICLES = [
    {"id": "t1", "date": "2025-01-14", "text": "Kenyan President William Ruto visited Kampala on Monday. "
     "\"We will open the border,\" Ruto told reporters. About 300 traders welcomed him."},
    {"id": "t2", "date": "2025-01-30", "text": "Police in Lima arrested 12 protesters on Friday, the interior "
     "ministry said. Peru's president said she would meet union leaders next week."},
    {"id": "t3", "date": "2025-02-03", "text": "The European Union pledged 40 million euros in flood aid to "
     "Bangladesh on Sunday, officials in Dhaka said."},
    {"id": "t4", "date": "2025-03-09", "text": "It rained."},
]
MONTHS = {"2025-01", "2025-02", "2025-03"}


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    lines = [json.dumps(a) for a in ARTICLES] + ["{not json"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def records(pipeline):
    from newsgraph.readers.common import make_article

    return [pipeline.extract(make_article(f"<{a['id']}>", a["text"], a["date"], id=a["id"])) for a in ARTICLES]


@pytest.fixture(scope="module")
def dataset(feed, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ds") / "out"
    result = run("extract", str(feed), "--format", "parquet", "--output", str(out))
    assert result.exit_code == 1, result.stderr  # the malformed line is bad input, reported
    return out


def test_records_cross_as_plain_data_unchanged(records):
    assert [from_plain(json.loads(json.dumps(to_plain(r)))) for r in records] == records


def test_the_layout_is_one_folder_per_table_and_month(dataset):
    files = {p.relative_to(dataset).parts[:2] for p in dataset.rglob("*.parquet")}
    assert files == {(t, f"month={m}") for t in TABLES for m in MONTHS}
    assert {p.name for p in dataset.iterdir() if p.is_file()} == {"_newsgraph.json"}
    assert not [p for p in dataset.rglob(".*")]  # no temporary file left behind


def test_bad_input_is_reported_as_with_jsonl_output(feed, tmp_path):
    as_parquet = run("extract", str(feed), "--format", "parquet", "--output", str(tmp_path / "o"))
    as_jsonl = run("extract", str(feed))
    assert reports(as_parquet.stderr) == reports(as_jsonl.stderr)
    assert "[E106]" in reports(as_parquet.stderr)[0]


def reports(stderr: str) -> list[str]:
    """The bad-input lines and the summary line, without the time taken."""
    return [re.sub(r", in \d+\.\ds", "", line) for line in stderr.splitlines() if "skipped" in line]


@pytest.mark.parametrize(
    "table, columns",
    [
        ("articles", {"id", "date", "text", "title", "url", "source", "origin", "errors"}),
        ("entities", {"article_id", "id", "name", "type", "country", "sector", "title", "mentions"}),
        ("times", {"article_id", "text", "start", "end", "value", "type"}),
        ("quotes", {"article_id", "text", "start", "end", "kind", "speaker", "speaker_name", "cue"}),
        ("quantities", {"article_id", "text", "start", "end", "value", "unit", "qualifier"}),
        ("events", {"article_id", "id", "type", "mode", "cameo", "actor", "recipient", "date", "date_precision",
                    "location", "status", "trigger", "sentence", "confidence"}),
    ],
)
def test_each_table_has_the_spec_fields_and_the_article_id(dataset, table, columns):
    import pyarrow.parquet as pq

    (first, *_) = sorted((dataset / table).glob("month=*/*.parquet"))
    names = set(pq.read_schema(first).names)
    assert columns <= names, columns - names
    assert "month" not in names  # the partition is in the path only, as hive readers expect


@pytest.mark.parametrize("path, expected", [("trigger", {"start", "end", "text"}), ("sentence", {"start", "end"}),
                                            ("actor", {"entity", "name", "country", "sector", "start", "end"})])
def test_event_offsets_are_structs_with_start_and_end(path, expected):
    assert expected <= {f.name for f in schema("events").field(path).type}


def test_reading_the_dataset_back_gives_the_same_records(dataset, records):
    back = sorted(read_dataset(dataset), key=lambda r: r.article.id)
    mine = sorted(records, key=lambda r: r.article.id)
    assert [r.article.id for r in back] == ["t1", "t2", "t3", "t4"]
    # the origin differs (a line of the feed vs the test's name); everything extracted is the same
    assert [(r.entities, r.times, r.quotes, r.quantities, r.events) for r in back] == [
        (r.entities, r.times, r.quotes, r.quantities, r.events) for r in mine
    ]


@pytest.mark.parametrize("reader", ["pandas", "duckdb", "pyarrow"])
def test_other_tools_read_it_in_place(dataset, reader):
    if reader == "pandas":
        import pandas as pd

        frame = pd.read_parquet(dataset / "events")
        got = sorted(set(frame["article_id"])), sorted(set(frame["month"].astype(str)))
    elif reader == "duckdb":
        duckdb = pytest.importorskip("duckdb")
        rows = duckdb.sql(
            f"SELECT DISTINCT article_id, month FROM read_parquet('{dataset}/events/*/*.parquet', "
            "hive_partitioning = true) ORDER BY article_id"
        ).fetchall()
        got = sorted({r[0] for r in rows}), sorted({str(r[1]) for r in rows})
    else:
        import pyarrow.dataset as pads

        table = pads.dataset(dataset / "events", partitioning="hive").to_table()
        got = sorted(set(table["article_id"].to_pylist())), sorted({str(m) for m in table["month"].to_pylist()})
    events_by = {a for a, in _events_per_article(dataset)}
    assert got[0] == sorted(events_by) and got[0]
    assert set(got[1]) <= MONTHS


def _events_per_article(dataset):
    return {(r.article.id,) for r in read_dataset(dataset) if r.events}


# --- atomic files: a job killed in the middle of a write -----------------------------------------------

KILLER = """
import os, signal, sys
import pyarrow.parquet as pq
from newsgraph.dataset import parquet as dp
from newsgraph.dataset.records import from_plain
import json

records = [from_plain(json.loads(line)) for line in open(sys.argv[2], encoding="utf-8")]
real = pq.write_table
def write_then_die(table, where, *a, **kw):
    if f"/{sys.argv[3]}/" in str(where) and "-00001" in str(where):  # the second part, at this table
        real(table.slice(0, max(1, table.num_rows // 2)), where)    # half of it on disk, then killed
        os.kill(os.getpid(), signal.SIGKILL)
    real(table, where, *a, **kw)
pq.write_table = write_then_die
with dp.DatasetWriter(sys.argv[1], rows_per_file=2) as w:
    for r in records:
        w.add(r)
"""


@pytest.mark.parametrize("table", ["entities", "events", "articles"])
def test_a_job_killed_while_writing_leaves_no_partial_file(records, tmp_path, table):
    plain = tmp_path / "records.jsonl"
    same_month = [r for r in records if r.article.date.startswith("2025-01")] * 2  # 4 records: 2 parts of 2
    plain.write_text("".join(json.dumps(to_plain(r)) + "\n" for r in same_month), encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-c", KILLER, str(out), str(plain), table], capture_output=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    import pyarrow.dataset as pads
    import pyarrow.parquet as pq

    visible = sorted((out / table).rglob("*.parquet"))
    assert [p.name[-14:] for p in visible] == ["-00000.parquet"]  # only the first, complete part
    assert list((out / table).rglob(".part-*-00001.parquet.*.tmp"))  # the half-written file, hidden
    read = pads.dataset(out / table, partitioning="hive").to_table().num_rows
    assert read == pq.read_metadata(visible[0]).num_rows  # a reader takes nothing from the half file
    assert len(list(read_dataset(out))) == 2  # the articles of the complete part, nothing of the killed one


def test_a_writer_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "old.txt").write_text("x")
    from newsgraph.errors import DatasetError

    with pytest.raises(DatasetError, match=r"\[E003\]"):
        DatasetWriter(tmp_path)


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "parquet"], "--format parquet and --output DIR go together"),
        (["--output", "DIR"], "--format parquet and --output DIR go together"),
        (["--format", "parquet", "--output", "NONEMPTY"], "[E003]"),
        (["--address", "127.0.0.1:6379"], "[E002] --address names a Ray cluster"),
    ],
)
def test_usage_errors_are_one_clear_line(feed, tmp_path, args, message):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    args = [{"DIR": str(tmp_path / "new"), "NONEMPTY": str(tmp_path / "full")}.get(a, a) for a in args]
    result = run("extract", str(feed), *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_engine_ray_without_ray_names_the_extra(feed, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError, as when it is not installed
    result = run("extract", str(feed), "--engine", "ray")
    assert result.exit_code == 2
    assert "[E002]" in result.stderr and 'pip install "newsgraph[ray]"' in result.stderr
    assert result.stdout == ""


# --- ingest DIR --------------------------------------------------------------------------------------


def _rows(db: Path) -> dict[str, list[tuple]]:
    """Every stored row, without the columns that differ by run (row keys, ingest time, the model)."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    out = {}
    for table in ("articles", "entities", "mentions", "times", "quotes", "quantities", "events"):
        rows = [dict(r) for r in conn.execute(f"SELECT * FROM {table}")]
        drop = {"pk", "ingested", "model", "origin"} | {k for k in (rows[0] if rows else {}) if k.endswith("_pk")}
        out[table] = sorted(tuple(sorted((k, str(v)) for k, v in r.items() if k not in drop)) for r in rows)
    conn.close()
    return out


def test_ingest_of_a_dataset_equals_ingest_of_the_articles_and_is_idempotent(dataset, feed, tmp_path):
    from_ds, direct = tmp_path / "ds.db", tmp_path / "direct.db"
    first = run("ingest", str(dataset), "--db", str(from_ds))
    again = run("ingest", str(dataset), "--db", str(from_ds))
    run("ingest", str(feed), "--db", str(direct))
    assert first.exit_code == 0 and "4 stored, 0 already in the store" in first.stderr
    assert again.exit_code == 0 and "0 stored, 4 already in the store" in again.stderr
    assert _rows(from_ds) == _rows(direct)
    assert _rows(from_ds)["events"]


def test_ingest_takes_datasets_and_article_files_together(dataset, tmp_path):
    extra = tmp_path / "more.txt"
    extra.write_text("date 2025-04-01\nNurses in Accra went on strike on Tuesday.", encoding="utf-8")
    result = run("ingest", str(dataset), str(extra), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 0, result.stderr
    assert "5 stored" in result.stderr


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_an_empty_run_writes_an_empty_dataset(tmp_path):
    feed = tmp_path / "bad.jsonl"
    feed.write_text("{broken\n", encoding="utf-8")
    result = run("extract", str(feed), "--format", "parquet", "--output", str(tmp_path / "o"))
    assert result.exit_code == 1
    assert list(read_dataset(tmp_path / "o")) == []


def _doc_queries() -> list[str]:
    text = (Path(__file__).resolve().parent.parent / "docs" / "scale.md").read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```", text, re.S)


@pytest.mark.parametrize("n", range(3))
def test_the_duckdb_queries_of_the_docs_run_on_a_dataset(dataset, n):
    duckdb = pytest.importorskip("duckdb")
    query = _doc_queries()[n].replace("'out/", f"'{dataset}/")
    rows = duckdb.sql(query).fetchall()
    assert rows
    if n == 1:  # the quote's offsets give back its text, in DuckDB's character positions too
        assert all(text == span for *_, text, span in rows)


def _hand_built():
    from newsgraph.model import Article, ArticleRecord, Entity, Mention, Quantity

    art = Article(id="h1", date="2025-07-04", text="Some 238 people left Oslo.", language="en")
    return [
        ArticleRecord(article=art, quantities=(Quantity("Some 238", 0, 8, 238, qualifier="about"),
                                               Quantity("1.5", 0, 3, 1.5, low=1, high=2.5))),
        ArticleRecord(article=art, entities=(Entity("e1", "Oslo", "GPE", "NOR", lat=59.9, lon=10.7, geonameid=3143244,
                                                    admin1="Oslo", mentions=(Mention(21, 25, "Oslo"),)),)),
        ArticleRecord(article=art, errors=("times: ValueError: boom",)),
        ArticleRecord(article=Article(id="h1", date="2025-07-04", text="Des gens ont quitt\u00e9 Oslo.",
                                      language="fr"), uncoded="[I002] not coded: its language is 'fr'"),
    ]


@pytest.mark.parametrize("n", range(4))
def test_every_field_crosses_the_dataset(tmp_path, n):
    record = _hand_built()[n]
    with DatasetWriter(tmp_path / "o") as writer:
        writer.add(record)
    (back,) = read_dataset(tmp_path / "o")
    assert back == record
    assert type(back.quantities[0].value) is type(record.quantities[0].value) if record.quantities else True


def _through_from_plain(folder: Path) -> list:
    """The dataset read row by row into dicts and rebuilt with from_plain: what ingest DIR did before
    dataset/columns.py built records from the Arrow columns."""
    import pyarrow.parquet as pq

    from newsgraph.dataset.parquet import SECTIONS

    out = []
    for part in sorted((folder / "articles").glob("month=*/*.parquet")):
        def rows(table, part=part):
            path = folder / table / part.parent.name / part.name
            return pq.read_table(path, schema=schema(table)).to_pylist() if path.exists() else []

        grouped = {t: {} for t in SECTIONS}
        for t in SECTIONS:
            for row in rows(t):
                grouped[t].setdefault(row.pop("article_id"), []).append(row)
        for art in rows("articles"):
            own = {"errors": art.pop("errors") or [], "uncoded": art.pop("uncoded")}
            out.append(from_plain({"article": art, **own, **{t: grouped[t].get(art["id"], []) for t in SECTIONS}},
                                  whole_floats=True))
    return out


@pytest.mark.parametrize("source", ["extracted", *range(4)])
def test_records_built_from_columns_are_those_from_plain_builds(dataset, tmp_path, source):
    folder = dataset
    if source != "extracted":
        folder = tmp_path / "o"
        with DatasetWriter(folder) as writer:
            writer.add(_hand_built()[source])
    back = list(read_dataset(folder))
    assert back == _through_from_plain(folder)
    assert [repr(r) for r in back] == [repr(r) for r in _through_from_plain(folder)]  # 238 stays int, 0.5 float
