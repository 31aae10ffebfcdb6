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

Parts: NEWSGRAPH_BENCH_SCALE_PARTS (default ``equality,scaling,big``) runs some of them; each part's figures are
kept in benchmarks/data/scale_results.json with the date, sizes and the load average when it started, and the
section shows every part's latest figures with that stamp. So the timed parts (1, 2) can be run alone on a quiet
machine, and the long big run (3), whose wall time is not used for the projection (CPU seconds are), at another
time. Sizes: NEWSGRAPH_BENCH_SCALE_SPEED, NEWSGRAPH_BENCH_SCALE_BIG (100000 for the issue's full run, about an
hour alone on 2 cores). Ray must not bind to the machine's interface: when this module is not already in a
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

from .common import ROOT, process_tree, table

TITLE = "Scale: the Ray engine, the Parquet dataset, a simulated big run"
ORDER = 95

SPEED = int(os.environ.get("NEWSGRAPH_BENCH_SCALE_SPEED", "1000"))
BIG = int(os.environ.get("NEWSGRAPH_BENCH_SCALE_BIG", "20000"))
PARTS = os.environ.get("NEWSGRAPH_BENCH_SCALE_PARTS", "equality,scaling,big").split(",")
RESULTS = ROOT / "benchmarks" / "data" / "scale_results.json"
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


def equality() -> dict:
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
    return {"row": row, "local s": t_local, "ray s": t_ray}


def scaling() -> dict:
    """Wall seconds of each engine on SPEED articles, and for Ray the steady rate: articles a second from the
    moment every actor has finished its first batch (its model loaded) to the last batch."""
    articles = corpus_articles(SPEED)
    out: dict = {"words": sum(len(a.text.split()) for a in articles), "wall": {}, "steady": {}}
    for label, engine, workers in (("local, 2 processes", "local", 2), ("ray, 1 worker", "ray", 1),
                                   ("ray, 2 workers", "ray", 2)):
        with tempfile.TemporaryDirectory() as tmp:
            stats = Path(tmp, "stats.tsv")
            os.environ["NEWSGRAPH_RAY_STATS"] = str(stats)
            try:
                _, out["wall"][label] = _timed(lambda e=engine, w=workers: _engine(articles, e, w))
            finally:
                del os.environ["NEWSGRAPH_RAY_STATS"]
            if stats.exists():
                out["steady"][label] = steady_rate(_stat_lines(stats))
    return out


def _stat_lines(stats: Path) -> list[tuple[int, int, int, float]]:
    """(worker pid, its articles done, its resident bytes, unix time) per batch, from NEWSGRAPH_RAY_STATS."""
    rows = []
    for line in stats.read_text().splitlines():
        pid, done, rss, t = line.split("\t")
        rows.append((int(pid), int(done), int(rss), float(t)))
    return rows


def steady_rate(rows: list[tuple[int, int, int, float]]) -> float:
    """Articles a second once every worker has finished its first batch: start-up (actors, models) left out."""
    first: dict[int, float] = {}
    for pid, _, _, t in rows:
        first[pid] = min(first.get(pid, t), t)
    start, end = max(first.values()), max(t for *_, t in rows)

    def done_by(moment: float) -> int:
        last: dict[int, int] = {}
        for pid, done, _, t in rows:
            if t <= moment:
                last[pid] = max(last.get(pid, 0), done)
        return sum(last.values())

    return (done_by(end) - done_by(start)) / (end - start) if end > start else 0.0


# --- 3: the big run ---------------------------------------------------------------------------------


def _run_watched(cmd: list[str], env: dict) -> tuple[float, int, float]:
    """(wall seconds, peak resident bytes of the process tree, CPU seconds of the tree) of one command. CPU
    seconds hardly depend on what else the machine runs, so they, not the wall time, give the projection."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak, cpu = [0], {}

    def watch():
        while proc.poll() is None:
            tree = process_tree(proc.pid)
            peak[0] = max(peak[0], sum(rss for rss, _ in tree.values()))
            for pid, (_, c) in tree.items():
                cpu[pid] = max(cpu.get(pid, 0.0), c)
            time.sleep(0.5)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    watcher.join()
    secs = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd[:3])} failed ({proc.returncode}): {err[-2000:]}")
    return secs, peak[0], sum(cpu.values())


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def _worker_rss(stats: Path) -> list[list]:
    """Per worker: its articles, and its resident memory after its first batch, 1,000, 10,000 and at the end."""
    by: dict[int, list[tuple[int, int]]] = {}
    for pid, done, rss, _ in _stat_lines(stats):
        by.setdefault(pid, []).append((done, rss))
    rows = []
    for n, (_, points) in enumerate(sorted(by.items()), 1):
        def at(k, pts=points):
            hit = [rss for done, rss in pts if done >= k]
            return f"{hit[0] / 2**20:.0f} MiB" if hit else "-"
        rows.append([f"worker {n}", points[-1][0], at(1), at(1000), at(10_000), f"{points[-1][1] / 2**20:.0f} MiB"])
    return rows


def big_run() -> dict:
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
        return {"extract": ext, "ingest": ing, "dataset": _size(out), "store": _size(db),
                "events": events, "feed": _size(feed), "workers": _worker_rss(stats)}


# --- the section ------------------------------------------------------------------------------------


def _stamp() -> dict:
    """When a part started, and how busy the machine was then (1-minute load average, before the part's own)."""
    return {"when": time.strftime("%Y-%m-%d %H:%M"), "load": round(os.getloadavg()[0], 2)}


def measure() -> str:
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    if {"equality", "scaling"} & set(PARTS):
        import ray

        ray.init(num_cpus=WORKERS, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
        try:
            if "equality" in PARTS:
                results["equality"] = {**_stamp(), **equality()}
            if "scaling" in PARTS:
                results["scaling"] = {**_stamp(), "size": SPEED, **scaling()}
        finally:
            ray.shutdown()
    if "big" in PARTS:
        results["big"] = {**_stamp(), "size": BIG, **big_run()}
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return _report(results)


def _when(part: dict) -> str:
    return f"_Part run {part['when']}, load average {part['load']:.1f} on {os.cpu_count()} cores when it started._"


def _report(results: dict) -> str:
    parts = [
        "Each part below keeps its own date and the load average when it started; timings mean something only "
        "from a part run alone on the machine (load well under 1 when it started). Figures: "
        "`benchmarks/data/scale_results.json`.\n\n"
    ]
    if "equality" in results:
        parts.append(_report_equality(results["equality"]))
    if "scaling" in results:
        parts.append(_report_scaling(results["scaling"]))
    if "big" in results:
        parts.append(_report_big(results["big"], results.get("scaling")))
    return "".join(parts)


def _report_equality(eq: dict) -> str:
    return (
        f"### Equality\n\n{_when(eq)} Records compared whole, sorted by article id:\n\n"
        + table(["input", "local records", "ray records", "identical", "verdict"], [eq["row"]])
        + f"\n\n(wall: local 2 processes {eq['local s']:.0f}s, ray 2 workers {eq['ray s']:.0f}s, each with its "
        "workers' start and model load)\n\n"
    )


def _report_scaling(sc: dict) -> str:
    wall, steady, n = sc["wall"], sc["steady"], sc["size"]
    x = wall["ray, 1 worker"] / wall["ray, 2 workers"]
    one, two = steady.get("ray, 1 worker", 0.0), steady.get("ray, 2 workers", 0.0)
    xs = two / one if one and two else 0.0  # 0: too few batches to see a steady rate
    overhead = wall["ray, 2 workers"] / wall["local, 2 processes"] - 1
    rows = [[k, f"{wall[k]:.1f}", f"{n / wall[k]:.1f}", f"{steady[k]:.1f}" if steady.get(k) else "-"]
            for k in ("local, 2 processes", "ray, 1 worker", "ray, 2 workers")]
    return (
        f"### Scaling and overhead\n\n{_when(sc)} {n:,} news texts ({sc['words']:,} words; the corpus repeated "
        "under new ids). Wall time includes starting the workers and loading the model in each; the steady rate "
        "counts from the moment every worker has finished its first batch to the last batch (from the time each "
        "actor stamps on its batches):\n\n"
        + table(["engine", "wall s", "articles/s (wall)", "articles/s (steady)"], rows)
        + f"\n\n- Ray 2 workers over 1, wall time with start-up: **{x:.2f}x** (target >= 1.7x: {_met(x >= 1.7)}); "
        + (f"steady rate: **{xs:.2f}x** ({_met(xs >= 1.7)})\n" if xs else "steady rate: too few batches to tell\n")
        + f"- Ray over local, 2 processes each, wall: **{overhead:+.1%}** (target <= +15%: {_met(overhead <= 0.15)})\n\n"
    )


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def _report_big(big: dict, sc: dict | None) -> str:
    n = big["size"]
    (ext_s, ext_peak, ext_cpu), (ing_s, ing_peak, ing_cpu) = big["extract"], big["ingest"]
    per = TEN_MILLION / n
    rows = [["extract (ray)", f"{ext_s:.0f}", f"{ext_cpu:.0f}", f"{ext_peak / 2**20:.0f} MiB",
             f"dataset {big['dataset'] / 2**20:.1f} MiB"],
            ["ingest DIR", f"{ing_s:.0f}", f"{ing_cpu:.0f}", f"{ing_peak / 2**20:.0f} MiB",
             f"store {big['store'] / 2**20:.1f} MiB, {big['events']:,} events"]]
    text = (
        f"### A simulated big run\n\n{_when(big)} {n:,} synthetic articles ({big['feed'] / 2**20:.1f} MiB of JSON "
        f"Lines): `extract --engine ray --workers {WORKERS} --format parquet --output DIR`, then `ingest DIR`, each "
        "a fresh process; CPU seconds are those of the whole process tree (driver, Ray's services, actors):\n\n"
        + table(["step", "wall s", "CPU s", "peak memory (process tree)", "output"], rows)
        + "\n\nMemory of each Ray worker (resident, from NEWSGRAPH_RAY_STATS) as its articles add up:\n\n"
        + table(["worker", "articles", "after its first batch", "after 1,000", "after 10,000", "at the end"],
                big["workers"])
        + f"\n\nProjected for 10 million such articles, from CPU seconds: **{(ext_cpu + ing_cpu) * per / 3600:,.0f} "
        f"core-hours** (extract {ext_cpu * per / 3600:,.0f}; ingest {ing_cpu * per / 3600:,.0f}, one process: "
        f"SQLite has one writer, so at least {ing_cpu * per / 3600:,.0f} hours of wall time into one store), a dataset of "
        f"{big['dataset'] * per / 2**30:,.1f} GiB and a store of {big['store'] * per / 2**30:,.1f} GiB. "
    )
    r = (sc or {}).get("steady", {}).get("ray, 2 workers", 0.0) / WORKERS
    if sc and r:  # no steady rate when the scaling run had too few batches (see _report_scaling)
        text += (f"At the steady rate of the news texts above ({sc['words'] / sc['size']:.0f} words an article "
                 f"against about 100 here; {r:.1f} articles a second a worker), extracting 10 million real-length "
                 f"articles is **{TEN_MILLION / r / 3600:,.0f} core-hours**. ")
    return text + ("Extraction scales with cores (more Ray workers or nodes); ingest into one SQLite file does "
                   "not, which is why the dataset is also readable in place.\n")


if __name__ == "__main__":
    section = measure()
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(section, encoding="utf-8")
    else:
        print(section)
