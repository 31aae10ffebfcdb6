"""Scale (SPEC section 5, issue 16): the Ray engine against the local one, and a simulated big run.

1. Equality: the ~224 news texts of benchmarks/corpus.py through ``--engine local`` and ``--engine ray``
   (2 workers each); records compared whole (``dataset.to_plain``) after sorting by article id.
2. Scaling and overhead on SPEED articles (default 1,000: the corpus repeated under new ids): Ray with 1 worker
   and with 2 (target >= 1.7x), and the local engine with 2 processes against Ray with 2 actors (target: Ray
   at most 15% slower). Each timing includes starting the workers and loading the model in them; the Ray
   instance itself is started once before.
3. A simulated big run, as a user runs it: BIG synthetic articles (default 20,000; recombined paragraphs of
   the team's examples/ under dates over 30 months, as in bench_store) through
   ``newsgraph extract --engine ray --workers 2 --format parquet --output DIR`` and ``newsgraph ingest DIR``,
   each a fresh process: wall time, peak memory of the whole process tree (driver, Ray's services, actors),
   the sizes of the dataset and the store, each worker's memory after 1,000 and 10,000 of its articles
   (NEWSGRAPH_RAY_STATS), and the core-hours that projects to for 10 million articles.

Sizes: NEWSGRAPH_BENCH_SCALE_SPEED, NEWSGRAPH_BENCH_SCALE_BIG (100000 for the issue's full run, about two
hours on 2 cores). Ray must not bind to the machine's interface: when this module is not already in a
network namespace with loopback only, ``run()`` re-executes itself under ``unshare -n`` (root) and
RAY_USAGE_STATS_ENABLED=0.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from .common import ROOT, table

TITLE = "Scale: the Ray engine, the Parquet dataset, a simulated big run"
ORDER = 95

SPEED = int(os.environ.get("NEWSGRAPH_BENCH_SCALE_SPEED", "1000"))
BIG = int(os.environ.get("NEWSGRAPH_BENCH_SCALE_BIG", "20000"))
WORKERS = 2
TEN_MILLION = 10_000_000


def run() -> str:
    if {name for _, name in socket.if_nameindex()} == {"lo"}:
        return measure()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp, "section.md")  # a file, not stdout: Ray's own processes print to the driver's stdout
        env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
        script = 'ip link set lo up && exec "$0" -m benchmarks.bench_scale "$1"'
        proc = subprocess.run(["unshare", "-n", "sh", "-c", script, sys.executable, str(out)], cwd=ROOT, env=env)
        if proc.returncode != 0 or not out.exists():
            raise RuntimeError(f"bench_scale under unshare -n failed (exit {proc.returncode}); it needs root")
        return out.read_text(encoding="utf-8")


# --- inputs ---------------------------------------------------------------------------------------


def corpus_articles(n: int | None = None) -> list:
    """The corpus's news texts as Articles; with ``n``, repeated under new ids up to n."""
    from newsgraph.readers.common import make_article

    from .corpus import news_texts

    texts = news_texts()
    n = n or len(texts)
    return [make_article(f"<corpus {i}>", texts[i % len(texts)][2], texts[i % len(texts)][1], id=f"c{i}")
            for i in range(n)]


def _timed(fn):
    started = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - started


def _engine(articles, engine: str, workers: int) -> list:
    from newsgraph.engines import run as run_engine

    return list(run_engine(articles, engine=engine, workers=workers))


# --- 1 and 2 --------------------------------------------------------------------------------------


def equality() -> tuple[list, float, float]:
    from newsgraph.dataset import to_plain

    articles = corpus_articles()
    local, t_local = _timed(lambda: _engine(articles, "local", WORKERS))
    ray, t_ray = _timed(lambda: _engine(articles, "ray", WORKERS))

    def key(recs):
        return [json.dumps(to_plain(r), sort_keys=True)
                for r in sorted((r for r in recs if hasattr(r, "article")), key=lambda r: r.article.id)]

    same = sum(a == b for a, b in zip(key(local), key(ray), strict=True))
    row = [f"corpus ({len(articles)} news texts)", len(key(local)), len(key(ray)), same,
           "identical" if same == len(key(local)) == len(key(ray)) == len(articles) else "DIFFERENT"]
    return row, t_local, t_ray


def scaling() -> dict[str, float]:
    articles = corpus_articles(SPEED)
    words = sum(len(a.text.split()) for a in articles)
    times = {}
    for label, engine, workers in (("local, 2 processes", "local", 2), ("ray, 1 worker", "ray", 1),
                                   ("ray, 2 workers", "ray", 2)):
        _, times[label] = _timed(lambda e=engine, w=workers: _engine(articles, e, w))
    times["words"] = words
    return times


# --- 3: the big run ---------------------------------------------------------------------------------


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and every process under it (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            rss[int(entry)] = int(Path(f"/proc/{entry}/statm").read_text().split()[1]) * page
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


def _run_watched(cmd: list[str], env: dict) -> tuple[float, int, subprocess.CompletedProcess]:
    """(wall seconds, peak resident bytes of the process tree, the result) of one command."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def watch():
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.5)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    watcher.join()
    secs = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd[:3])} failed ({proc.returncode}): {err[-2000:]}")
    return secs, peak[0], subprocess.CompletedProcess(cmd, proc.returncode, "", err)


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def _worker_rss(stats: Path) -> list[list]:
    """Per worker: its articles, and its resident memory after 1,000, after 10,000 and at the end."""
    by: dict[str, list[tuple[int, int]]] = {}
    for line in stats.read_text().splitlines():
        pid, done, rss = line.split("\t")
        by.setdefault(pid, []).append((int(done), int(rss)))
    rows = []
    for n, (_, points) in enumerate(sorted(by.items()), 1):
        def at(k, pts=points):
            hit = [rss for done, rss in pts if done >= k]
            return f"{hit[0] / 2**20:.0f} MiB" if hit else "-"
        rows.append([f"worker {n}", points[-1][0], at(1), at(1000), at(10_000), f"{points[-1][1] / 2**20:.0f} MiB"])
    return rows


def big_run() -> tuple[dict, list[list]]:
    from .bench_store import example_articles

    exe = str(Path(sys.executable).with_name("newsgraph"))
    with tempfile.TemporaryDirectory() as tmp:
        feed, out, db, stats = Path(tmp, "feed.jsonl"), Path(tmp, "ds"), Path(tmp, "store.db"), Path(tmp, "stats.tsv")
        with open(feed, "w", encoding="utf-8") as f:
            for i, a in enumerate(example_articles(BIG, seed=16)):
                f.write(json.dumps({"id": f"s{i}", "date": a.date, "text": a.text}) + "\n")
        env = {**os.environ, "NEWSGRAPH_RAY_STATS": str(stats)}
        ext = _run_watched([exe, "extract", str(feed), "--engine", "ray", "--workers", str(WORKERS),
                            "--format", "parquet", "--output", str(out)], env)
        ing = _run_watched([exe, "ingest", str(out), "--db", str(db)], env)
        with __import__("sqlite3").connect(db) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        return {"extract": ext[:2], "ingest": ing[:2], "dataset": _size(out), "store": _size(db),
                "events": events, "feed": _size(feed)}, _worker_rss(stats)


# --- the section ------------------------------------------------------------------------------------


def measure() -> str:
    import ray

    ray.init(num_cpus=WORKERS, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
    try:
        eq_row, t_local_eq, t_ray_eq = equality()
        speed = scaling()
    finally:
        ray.shutdown()
    big, workers = big_run()
    return _report(eq_row, t_local_eq, t_ray_eq, speed, big, workers)


def _report(eq_row, t_local_eq, t_ray_eq, speed, big, workers) -> str:
    t1, t2, tl = speed["ray, 1 worker"], speed["ray, 2 workers"], speed["local, 2 processes"]
    x = t1 / t2
    overhead = t2 / tl - 1
    ext_s, ext_peak = big["extract"]
    ing_s, ing_peak = big["ingest"]
    per = TEN_MILLION / BIG
    core_h = (ext_s * WORKERS + ing_s) * per / 3600
    load = os.getloadavg()[0]
    sizes = "default sizes" if (SPEED, BIG) == (1000, 20000) else f"REDUCED sizes (SPEED={SPEED}, BIG={BIG})"
    parts = [
        f"Load average when it ended: {load:.1f} on {os.cpu_count()} cores; {sizes}. Timings are only "
        "meaningful from a run alone on the machine (load well under 1).\n\n",
        "Equality (records compared whole, sorted by article id):\n\n",
        table(["input", "local records", "ray records", "identical", "verdict"], [eq_row]),
        f"\n\n(wall: local 2 processes {t_local_eq:.0f}s, ray 2 workers {t_ray_eq:.0f}s, each with its workers' "
        "start and model load)\n",
        f"\nScaling and overhead on {SPEED:,} news texts ({speed['words']:,} words; the corpus repeated):\n\n",
        table(["engine", "wall s", "articles/s"],
              [[k, f"{speed[k]:.1f}", f"{SPEED / speed[k]:.1f}"] for k in ("local, 2 processes", "ray, 1 worker",
                                                                            "ray, 2 workers")]),
        f"\n\n- Ray 2 workers over 1: **{x:.2f}x** (target >= 1.7x: {'met' if x >= 1.7 else 'NOT met'})\n"
        f"- Ray over local, 2 processes each: **{overhead:+.1%}** (target <= +15%: "
        f"{'met' if overhead <= 0.15 else 'NOT met'})\n",
        f"\nSimulated big run: {BIG:,} synthetic articles ({big['feed'] / 2**20:.1f} MiB of JSON Lines), "
        f"`extract --engine ray --workers {WORKERS} --format parquet --output DIR`, then `ingest DIR`:\n\n",
        table(["step", "wall s", "articles/s", "peak memory (process tree)", "output"], [
            ["extract (ray)", f"{ext_s:.0f}", f"{BIG / ext_s:.1f}", f"{ext_peak / 2**20:.0f} MiB",
             f"dataset {big['dataset'] / 2**20:.1f} MiB"],
            ["ingest DIR", f"{ing_s:.0f}", f"{BIG / ing_s:.1f}", f"{ing_peak / 2**20:.0f} MiB",
             f"store {big['store'] / 2**20:.1f} MiB, {big['events']:,} events"],
        ]),
        "\n\nMemory of each Ray worker (resident, from NEWSGRAPH_RAY_STATS) as its articles add up:\n\n",
        table(["worker", "articles", "after its first batch", "after 1,000", "after 10,000", "at the end"], workers),
        f"\n\nProjected for 10 million such articles: **{core_h:,.0f} core-hours** (extract: "
        f"{ext_s * WORKERS * per / 3600:,.0f} on {WORKERS} cores' rate; ingest: {ing_s * per / 3600:,.0f}, one "
        f"process, SQLite has one writer), a dataset of {big['dataset'] * per / 2**30:,.1f} GiB and a store "
        f"of {big['store'] * per / 2**30:,.1f} GiB. At the rate of the news texts above (ray, 2 workers; "
        f"{speed['words'] / SPEED:.0f} words an article against about 100 here), extracting 10 million "
        f"real-length articles is **{t2 * WORKERS / SPEED * TEN_MILLION / 3600:,.0f} core-hours**. Extraction scales with cores (more Ray workers or nodes); "
        "ingest into one SQLite file does not, which is why the dataset is also readable in place.\n",
    ]
    return "".join(parts)


if __name__ == "__main__":
    section = measure()
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(section, encoding="utf-8")
    else:
        print(section)
