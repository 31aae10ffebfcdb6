"""Store safety: `newsgraph check`, migrations of older stores (with a backup first), newer stores refused,
and two writers at once."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import ROOT

from newsgraph.cli import cli
from newsgraph.store.db import SchemaTooNew, Store
from newsgraph.store.schema import LATEST, MIGRATIONS


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_check_says_a_sound_store_is_sound(tmp_path):
    db = str(tmp_path / "s.db")
    Store(db).close()
    result = run("check", "--db", db, "--json")
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["ok"] and report["integrity"] == "ok"
    assert report["schema_version"] == LATEST and report["orphan_rows"] == {}


def test_check_finds_orphan_rows_and_exits_1(tmp_path):
    db = str(tmp_path / "s.db")
    Store(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO times (article_pk, text, start, \"end\") VALUES (999, 'Monday', 0, 6)")
    conn.commit()
    conn.close()
    result = run("check", "--db", db)
    assert result.exit_code == 1 and "orphan rows times 1" in result.stdout and "NOT sound" in result.stdout


def test_check_on_a_missing_store_is_a_clear_error(tmp_path):
    result = run("check", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 2 and "There is no store" in result.stderr


def test_an_older_store_is_backed_up_then_migrated(tmp_path):
    db = tmp_path / "old.db"
    Store(db, migrations=MIGRATIONS[:-1]).close()
    store = Store(db)
    assert store.version() == LATEST
    assert store.backup == f"{db}.v{LATEST - 1}.bak"
    store.close()
    with sqlite3.connect(f"{db}.v{LATEST - 1}.bak") as old:
        assert old.execute("SELECT max(version) FROM schema_version").fetchone()[0] == LATEST - 1
    assert Store(db).backup is None  # nothing to migrate the second time, no new backup


def test_a_store_from_a_newer_newsgraph_is_refused_clearly(tmp_path):
    db = tmp_path / "new.db"
    Store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO schema_version VALUES (?, 'from the future', '2030-01-01T00:00:00Z')", (LATEST + 5,))
    with pytest.raises(SchemaTooNew, match="Upgrade newsgraph"):
        Store(db)
    result = run("check", "--db", str(db))
    assert result.exit_code == 2 and "[E202]" in result.stderr


def _ingest(src, db):
    code = "import sys; from newsgraph.cli import main; sys.argv = ['newsgraph', *sys.argv[1:]]; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(src), "--db", str(db)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )


def test_two_ingests_into_one_store_at_once_store_each_article_once(tmp_path):
    texts = [f"Dock workers in port number {i} walked out on Tuesday over pay." for i in range(40)]
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    rows = [json.dumps({"id": f"d{i}", "date": "2025-06-03", "text": t}) for i, t in enumerate(texts)]
    a.write_text("\n".join(rows[:30]) + "\n")
    b.write_text("\n".join(rows[10:]) + "\n")  # 20 articles in both files
    db = tmp_path / "both.db"
    Store(db).close()
    first, second = _ingest(a, db), _ingest(b, db)
    errors = [p.communicate(timeout=600)[1] for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], errors
    assert not any("locked" in e or "Traceback" in e for e in errors)
    with Store(db) as store:
        assert store.count("articles") == 40
        ids = [r[0] for r in store.conn.execute("SELECT id FROM articles")]
        assert len(set(ids)) == 40 and store.check()["ok"]


def test_a_write_that_finds_the_store_busy_is_tried_again(monkeypatch):
    from newsgraph.store import ingest as ingest_mod
    from newsgraph.store.db import StoreBusy

    monkeypatch.setattr(ingest_mod.time, "sleep", lambda s: None)
    calls = []

    def write():
        calls.append(1)
        if len(calls) < 3:
            raise StoreBusy("The store is busy.")
        return "written"

    assert ingest_mod._patiently(write) == "written" and len(calls) == 3
    with pytest.raises(StoreBusy):
        ingest_mod._patiently(lambda: (_ for _ in ()).throw(StoreBusy("The store is busy.")), tries=2)


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
def test_the_explorer_reads_while_an_ingest_writes(tmp_path):
    """WAL: the read-only explorer answers every request while another process stores articles, and sees
    them arrive; the ingest never finds the store locked."""
    from starlette.testclient import TestClient

    from newsgraph.web import create_app

    rows = [json.dumps({"id": f"r{i}", "date": "2025-06-04", "text": f"Nurses at clinic {i} in Accra walked out on "
                        "Wednesday over unpaid wages, their union said."}) for i in range(60)]
    src, db = tmp_path / "feed.jsonl", tmp_path / "live.db"
    src.write_text("\n".join(rows) + "\n")
    Store(db).close()
    client = TestClient(create_app(db), raise_server_exceptions=False)
    writer = _ingest(src, db)
    statuses = []
    while writer.poll() is None:
        statuses.append(client.get("/api/search", params={"q": "nurses"}).status_code)
    _, err = writer.communicate(timeout=600)
    assert writer.returncode == 0 and "locked" not in err, err
    assert statuses and set(statuses) == {200}
    assert client.get("/api/search", params={"q": "nurses"}).json()["items"]  # the new articles are seen
    with Store(db) as store:
        assert store.count("articles") == 60 and store.check()["ok"]
