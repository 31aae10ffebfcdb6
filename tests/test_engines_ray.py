"""--engine ray gives what --engine local gives: the same records in the same order, the same reports of bad
input, the same dataset and store. Marked ``ray``: run by scripts/test-ray.sh under ``unshare -n``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.errors import ReadError
from newsgraph.model import Article

pytestmark = [pytest.mark.ray, pytest.mark.usefixtures("ray_instance"),
              pytest.mark.filterwarnings("ignore::UserWarning"), pytest.mark.filterwarnings("ignore::FutureWarning")]

ROOT = Path(__file__).resolve().parent.parent

# Team-written articles, dated across two months, plus bad lines between them.
LINES = [
    {"id": "r1", "date": "2025-05-02", "text": "Nurses in Nairobi went on strike on Friday over unpaid wages, "
     "their union said. \"We have waited six months,\" said union leader Mary Wanjiru."},
    "{broken json",
    {"id": "r2", "date": "2025-05-20", "text": "Chile's foreign minister met her Peruvian counterpart in Lima on "
     "Tuesday and agreed to reopen two border crossings."},
    {"id": "r3", "date": "2025-06-01", "text": ""},
    {"id": "r4", "date": "2025-06-03", "text": "Troops fired on protesters in Khartoum on Monday, killing at least "
     "seven people, a doctors' group said."},
    {"id": "r5", "text": "No date here."},
    {"id": "r6", "date": "2025-06-09", "text": "The central bank raised its main rate to 5.5 percent."},
]


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def reports(stderr: str) -> list[str]:
    """The bad-input lines and the summary line, without the time taken."""
    return [re.sub(r", in \d+\.\ds", "", line) for line in stderr.splitlines() if line.startswith("newsgraph:")
            and "wrote" not in line]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("in")
    feed = folder / "feed.jsonl"
    feed.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in LINES) + "\n", encoding="utf-8")
    (folder / "notes.md").write_text("not an article")
    return [str(ROOT / "examples"), str(feed), str(folder / "missing.txt")]


@pytest.fixture(scope="module")
def local_run(inputs):
    return run("extract", *inputs)


@pytest.mark.parametrize("workers, batch_size", [(1, 32), (2, 2)])
def test_ray_gives_the_records_of_local_in_input_order(inputs, local_run, workers, batch_size):
    result = run("extract", *inputs, "--engine", "ray", "--workers", str(workers), "--batch-size", str(batch_size))
    assert result.exit_code == local_run.exit_code == 1
    assert result.stdout == local_run.stdout  # byte for byte: same records, same order, same ids
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert {"r1", "r2", "r4", "r6"} <= set(ids) and len(ids) == 8


def test_bad_input_is_reported_as_the_local_engine_does(inputs, local_run):
    result = run("extract", *inputs, "--engine", "ray", "--workers", "2")
    assert reports(result.stderr) == reports(local_run.stderr)
    codes = re.findall(r"\[(E\d+)\]", result.stderr)
    assert sorted(codes) == ["E101", "E102", "E106", "E109"]


@pytest.mark.parametrize("window", [3, 100])  # 3: windows end between an error and an article
def test_windows_and_errors_between_them_keep_the_order(pipeline, window):
    from newsgraph.engines.ray_data import run as run_ray
    from newsgraph.readers.common import make_article

    items = [make_article(f"<{i}>", f"Officials in Lima met {i} union leaders on Monday.", "2025-03-10")
             for i in range(5)]
    items.insert(2, ReadError("<bad>", "no text", code="E101"))
    items.append(ReadError("<bad2>", "no date", code="E102"))
    got = list(run_ray(items, workers=2, batch_size=2, window=window))
    assert got == list(pipeline.run(items))


def test_only_bad_input_needs_no_actor():
    from newsgraph.engines.ray_data import run as run_ray

    items = [ReadError("<a>", "no text", code="E101")]
    assert list(run_ray(items, workers=1)) == items


def test_each_batch_reports_its_worker_memory_and_when_it_finished():
    import time

    from newsgraph.engines.ray_data import run as run_ray

    seen = []
    items = [Article(id=f"m{i}", date="2025-03-10", text="Talks resumed in Geneva.") for i in range(4)]
    before = time.time()
    list(run_ray(items, workers=1, batch_size=2, on_batch=lambda *x: seen.append(x)))
    # batches come back in input order, but an actor may run the second before the first: its running count
    # and its finishing time follow the order it worked in
    by_work = sorted(seen, key=lambda x: x[1])
    assert [done for _, done, _, _ in by_work] == [2, 4]
    assert all(pid > 0 and rss > 10_000_000 for pid, _, rss, _ in seen)
    assert before < by_work[0][3] <= by_work[1][3] <= time.time()


def test_the_parquet_dataset_is_the_same_from_either_engine(inputs, tmp_path):
    from newsgraph.dataset.parquet import read_dataset

    by = {}
    for engine in ("local", "ray"):
        result = run("extract", *inputs, "--engine", engine, "--format", "parquet", "--output", str(tmp_path / engine))
        assert result.exit_code == 1
        by[engine] = sorted(read_dataset(tmp_path / engine), key=lambda r: r.article.id)
    assert by["ray"] == by["local"] and len(by["ray"]) == 8


def test_ingest_with_ray_stores_what_local_stores(inputs, tmp_path):
    import sqlite3

    counts = {}
    for engine in ("local", "ray"):
        db = tmp_path / f"{engine}.db"
        result = run("ingest", *inputs, "--engine", engine, "--db", str(db))
        assert result.exit_code == 1 and "8 stored" in result.stderr
        again = run("ingest", *inputs, "--engine", engine, "--db", str(db))
        assert "0 stored, 8 already in the store" in again.stderr
        conn = sqlite3.connect(db)
        counts[engine] = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                          for t in ("articles", "entities", "times", "quotes", "quantities", "events")]
        conn.close()
    assert counts["ray"] == counts["local"]
