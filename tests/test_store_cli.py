"""The store's commands as a user runs them: ingest (idempotent, resumable after SIGKILL), queries, export."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_store import RECORDS

from newsgraph.cli import cli
from newsgraph.pipeline import ZONE_ARTICLES
from newsgraph.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def paragraphs() -> list[str]:
    out = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        body = path.read_text().split("\n", 1)[1]
        out += [p.strip() for p in body.split("\n\n") if len(p.strip()) > 60]
    return out


def write_jsonl(path: Path, n: int) -> list[dict]:
    """n team-written articles without ids (so the text+date hash is the key), from the examples' paragraphs."""
    paras = paragraphs()
    items = [
        {"date": f"{2025 + i // (12 * len(paras))}-{1 + (i // len(paras)) % 12:02d}-{1 + i % 28:02d}", "text": paras[i % len(paras)]}
        for i in range(n)
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in items))
    return items


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "q.db"
    with Store(path) as store:
        for make in RECORDS:
            store.write(make())
    return str(path)


def counts(db: str) -> dict[str, int]:
    with Store(db) as store:
        return {t: store.count(t) for t in ("articles", "entities", "mentions", "quotes", "events", "times")}


# --- ingest ---------------------------------------------------------------------------------------


def test_ingest_twice_stores_each_article_once_and_reports_bad_input(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 3)
    with open(src, "a") as fh:
        fh.write('{"date": "2025-01-01"}\n')  # no text: reported, counted, not stored
    db = str(tmp_path / "n.db")
    first = runner.invoke(cli, ["ingest", str(src), "--db", db])
    assert first.exit_code == 1, first.output  # some input was bad
    assert "3 stored, 0 already in the store" in first.stderr
    assert "in.jsonl:4" in first.stderr
    before = counts(db)
    second = runner.invoke(cli, ["ingest", str(src), "--db", db])
    assert "0 stored, 3 already in the store" in second.stderr
    assert counts(db) == before and before["articles"] == 3
    third = runner.invoke(cli, ["ingest", str(src), "--db", db, "--update"])
    assert "3 re-extracted" in third.stderr
    assert counts(db) == before


def test_ingest_reads_json_lines_from_stdin(runner, tmp_path):
    db = str(tmp_path / "s.db")
    line = json.dumps(
        {"id": "wire-7", "date": "2025-02-03", "text": "Farmers blocked roads near Lyon on Monday."}
    )
    result = runner.invoke(cli, ["ingest", "-", "--db", db], input=line + "\n")
    assert result.exit_code == 0, result.stderr
    assert "1 stored" in result.stderr
    again = runner.invoke(cli, ["ingest", "-", "--db", db], input=line + "\n")
    assert "0 stored, 1 already in the store" in again.stderr


def test_ingest_reports_an_id_reused_for_another_text(runner, tmp_path):
    db, src = str(tmp_path / "c.db"), tmp_path / "feed.jsonl"
    src.write_text(
        json.dumps({"id": "a1", "date": "2025-02-03", "text": "Farmers blocked roads near Lyon."}) + "\n"
    )
    runner.invoke(cli, ["ingest", str(src), "--db", db])
    src.write_text(
        json.dumps({"id": "a1", "date": "2025-02-04", "text": "Dockers struck in Marseille."}) + "\n"
    )
    result = runner.invoke(cli, ["ingest", str(src), "--db", db])
    assert "1 not stored: their id is taken by an article with another text or date" in result.stderr


def test_ingest_with_workers_gives_the_same_store(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 4)
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    assert runner.invoke(cli, ["ingest", str(src), "--db", one]).exit_code == 0
    result = runner.invoke(cli, ["ingest", str(src), "--db", two, "--workers", "2"])
    assert result.exit_code == 0, result.stderr
    assert counts(one) == counts(two)


def _newsgraph(*args: str, output=subprocess.PIPE) -> subprocess.Popen:
    code = "import sys; from newsgraph.cli import main; sys.argv = ['newsgraph', *sys.argv[1:]]; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=ROOT, stdout=output, stderr=output, text=True,
        preexec_fn=_interruptible,
    )


def _interruptible() -> None:
    """Ctrl-C as a terminal gives it: a test run started in the background by a shell (``make test &``)
    hands its children SIGINT ignored, and Python then installs no KeyboardInterrupt handler."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _stored(db: Path) -> int:
    conn = sqlite3.connect(db, timeout=5)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0
    finally:
        conn.close()


def _rows_per_article(db: Path) -> dict[tuple[str, str], tuple[int, ...]]:
    conn = sqlite3.connect(db)
    try:
        return {
            (text, date): tuple(n)
            for text, date, *n in conn.execute(
                "SELECT a.text, a.date, "
                + ", ".join(f"(SELECT count(*) FROM {t} WHERE article_pk = a.pk)" for t in CHILD_TABLES)
                + " FROM articles a"
            )
        }
    finally:
        conn.close()


CHILD_TABLES = ("entities", "mentions", "times", "quotes", "quantities", "events")


@pytest.mark.slow
def test_an_ingest_killed_mid_batch_with_sigkill_resumes_to_every_article_exactly_once(tmp_path):
    # more than two of the pipeline's zones: records come a zone at a time, so with fewer than one zone all of them
    # reach the writer in one burst and a fast machine stores them all before the poll below sees the first
    n = 2 * ZONE_ARTICLES + 50
    src, db, clean = tmp_path / "batch.jsonl", tmp_path / "k.db", tmp_path / "clean.db"
    items = write_jsonl(src, n)
    # An uninterrupted ingest of the same input, started at the same moment (so it runs the same code as
    # the killed one even while the extractors are being edited), is the reference for "nothing half-written".
    whole = _newsgraph("ingest", str(src), "--db", str(clean), output=subprocess.DEVNULL)
    try:
        _kill_and_resume(n, src, db, clean, items, whole)
    finally:
        if whole.poll() is None:
            whole.kill()
        whole.wait()


def _kill_and_resume(n, src, db, clean, items, whole):
    proc = _newsgraph("ingest", str(src), "--db", str(db), output=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while _stored(db) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    at_kill = _stored(db)
    assert proc.returncode == -signal.SIGKILL
    assert 3 <= at_kill < n, "the kill should land mid-batch"

    rerun = _newsgraph("ingest", str(src), "--db", str(db))
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert f"{n - at_kill} stored, {at_kill} already in the store" in err

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == n
    conn.close()

    # Nothing half-written: every article has the rows the uninterrupted ingest gave it.
    assert whole.wait(timeout=600) == 0
    resumed, expected = _rows_per_article(db), _rows_per_article(clean)
    assert sorted(resumed) == sorted((x["text"], x["date"]) for x in items)  # each exactly once
    assert resumed == expected


@pytest.mark.slow
def test_ctrl_c_stops_an_ingest_cleanly_and_says_how_to_resume(tmp_path):
    src, db = tmp_path / "batch.jsonl", tmp_path / "i.db"
    n = 400  # enough that the signal lands mid-batch however fast extraction gets
    write_jsonl(src, n)
    proc = _newsgraph("ingest", str(src), "--db", str(db))
    try:
        deadline = time.monotonic() + 300
        while _stored(db) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None and _stored(db) < n, "the interrupt should land mid-batch"
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Run the same command again to resume" in err
    assert "Traceback" not in err
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


# --- queries --------------------------------------------------------------------------------------


def test_query_output_formats(runner, filled):
    as_json = runner.invoke(cli, ["events", "--db", filled, "--country", "PER", "--json"])
    rows = json.loads(as_json.stdout)
    assert [r["trigger_text"] for r in rows] == ["protested", "fired tear gas", "criticised"]
    as_csv = runner.invoke(cli, ["events", "--db", filled, "--country", "PER", "--csv"])
    lines = as_csv.stdout.splitlines()
    assert lines[0].startswith("date,type,mode,actor_name") and len(lines) == 4
    piped = runner.invoke(cli, ["events", "--db", filled, "--country", "PER"])  # not a terminal: JSON Lines
    assert [json.loads(x)["type"] for x in piped.stdout.splitlines()] == ["PROTEST", "ASSAULT", "ACCUSE"]
    table = runner.invoke(cli, ["events", "--db", filled, "--country", "PER", "--table"])
    assert "PROTEST" in table.stdout and "3 row(s)" in table.stdout


@pytest.mark.parametrize(
    "args, expected",
    [
        (["quotes", "--speaker", "Quispe", "--json"], ["We will not stop,"]),
        (["quotes", "--search", "world", "--json"], ["sent a message to the world"]),
        (["search", "tear gas", "--json"], ["lima-1"]),
        (["timeline", "Noem", "--json"], ["visited", "sent a message to the world", "meet", "criticised"]),
        (["entities", "--sector", "COP", "--json"], ["Salvadoran police"]),
        (["events", "--actor", "noem", "--status", "negated", "--json"], ["meet"]),
    ],
)
def test_query_commands(runner, filled, args, expected):
    result = runner.invoke(cli, [*args, "--db", filled])
    assert result.exit_code == 0, result.stderr
    key = {
        "quotes": "text",
        "search": "article",
        "timeline": "text",
        "entities": "name",
        "events": "trigger_text",
    }[args[0]]
    assert [r[key] for r in json.loads(result.stdout)] == expected


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["search", '"unbalanced'], 2, "is not valid full-text syntax"),
        (["quotes", "--search", "(world"], 2, "is not valid full-text syntax"),
        (["timeline", "Nobody Atall"], 1, "no actor or speaker named 'Nobody Atall'"),
        # a name nobody has is not an empty answer ("they said nothing"): the same hint as timeline's
        (["quotes", "--speaker", "Nobody Atall"], 1, "no actor or speaker named 'Nobody Atall'"),
        (["events", "--actor", "Nobody Atall"], 1, "no actor or speaker named 'Nobody Atall'"),
        (["events", "--recipient", "Nobody Atall"], 1, "no actor or speaker named 'Nobody Atall'"),
        (["events", "--db", "missing.db"], 2, "There is no store at missing.db"),
        (["export", "--format", "parquet"], 2, "give a folder with --output"),
    ],
)
def test_mistakes_are_one_clear_line_not_a_traceback(runner, filled, args, code, message):
    result = runner.invoke(cli, [*args, "--db", filled] if "--db" not in args else args)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_file_that_is_not_a_store_is_a_clear_error(runner, tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database at all, just some notes " * 50)
    result = runner.invoke(cli, ["events", "--db", str(bogus)])
    assert result.exit_code == 2 and "cannot be read" in result.stderr


def test_export_to_stdout_and_to_a_folder(runner, filled, tmp_path):
    out = runner.invoke(cli, ["export", "--format", "plover", "--db", filled, "--status", "occurred"])
    assert out.exit_code == 0 and len(out.stdout.splitlines()) == 6
    assert "exported 6 events as plover" in out.stderr
    folder = tmp_path / "g"
    res = runner.invoke(cli, ["export", "--format", "gdelt", "--db", filled, "--output", str(folder)])
    assert res.exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["events.tsv", "mentions.tsv"]


# --- docs -----------------------------------------------------------------------------------------


STORE_COMMANDS = ("ingest", "events", "quotes", "entities", "search", "timeline", "export")


@pytest.mark.parametrize("name", STORE_COMMANDS)
def test_every_store_command_and_option_is_documented(name):
    docs = (ROOT / "docs" / "store.md").read_text()
    assert f"newsgraph {name}" in docs
    shared = {
        o for p in cli.commands["extract"].params for o in getattr(p, "opts", [])
    }  # extract's, in the README
    for param in cli.commands[name].params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--") and opt not in shared:
                assert opt in docs, f"{name} {opt} is not in docs/store.md"


# --- the progress bar: sized by the input's bytes on disk, moved by where each stored article was read ----------


@pytest.mark.parametrize(
    "readings, total, shown",
    [
        ([10, 40, 100], 100, [10, 40, 100]),  # the bar follows the articles as they are stored
        ([60, 80, 100], 100, [60, 80, 100]),  # a resumed run starts where the first new article was read
        ([], None, []),  # stdin: articles counted, no share of the input
    ],
)
def test_the_bar_moves_by_where_each_stored_article_was_read(readings, total, shown):
    from collections import Counter

    from newsgraph.cli.progress import BarProgress
    from newsgraph.model import Article
    from newsgraph.readers import InputMeter

    meter = InputMeter()
    bar = BarProgress(total, meter)
    articles = [Article(id=f"a{k}", date="2025-01-02", text="Text.") for k in range(len(readings))]

    def reading():
        for article, at in zip(articles, readings, strict=True):
            meter.at(at)
            yield article

    seen = []
    for _ in bar.mark(reading()):
        pass  # the engine reads ahead of the store: every article is read before the first is stored
    for _ in readings:
        bar.advance(Counter())
        seen.append(bar.bar.tasks[0].completed)
    bar.close()
    assert seen == shown and bar.done == len(readings)
