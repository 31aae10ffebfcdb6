"""The explorer under load: 2,000 requests over the main API endpoints and pages at concurrency 20, on a
store of 1,000,000 events and 200,000 quotes (bench_store's synthetic store: the team's sentence templates,
100,000 articles), with a synthetic story level on top (10 articles a story, one cluster per event,
one canonical actor per name, a two-value claim per story).

The server is ``newsgraph serve --workers 2`` in its own processes on 127.0.0.1 (a free port); the load comes from 20
client threads in this process, bounded by count (2,000 requests) and time (a 30 s timeout each). Both
share the machine's cores, so the latencies are rough. Target: 0 errors, p95 under 200 ms for the story,
actor, article and search requests.
"""

from __future__ import annotations

import http.client
import os
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from .bench_store import BIG_DB, CACHE, FIRST, actor_pool, build_big
from .common import process_tree, table

TITLE = "Explorer: API and pages under load"
ORDER = 85

DB = CACHE / "explorer_1m_v1.db"
N_REQUESTS, CONCURRENCY, WORKERS = 2000, 20, 2
STORY_SIZE = 10


def link_synthetic(path: Path) -> None:
    """A story level over the synthetic store, in SQL (the linker's own cost is not what is measured here)."""
    con = sqlite3.connect(path)
    con.executescript("""
    BEGIN;
    DELETE FROM claim_values; DELETE FROM claims; DELETE FROM clusters; DELETE FROM actor_aliases;
    DELETE FROM actor_titles; DELETE FROM actors; DELETE FROM story_articles; DELETE FROM stories;
    INSERT INTO actors (name, type, country, sector, key, n_articles)
        SELECT name, 'PERSON', country, sector, lower(name), count(DISTINCT article_pk) FROM entities GROUP BY name;
    CREATE INDEX IF NOT EXISTS temp_actors_name ON actors(name);
    INSERT INTO actor_aliases (actor_pk, alias, n) SELECT pk, name, n_articles FROM actors;
    UPDATE entities SET actor_ref = (SELECT pk FROM actors WHERE actors.name = entities.name);
    UPDATE quotes SET speaker_ref = (SELECT pk FROM actors WHERE actors.name = quotes.speaker_name);
    UPDATE events SET actor_ref = (SELECT pk FROM actors WHERE actors.name = events.actor_name),
                      recipient_ref = (SELECT pk FROM actors WHERE actors.name = events.recipient_name),
                      cluster_pk = pk;
    INSERT INTO stories (pk, title, first_seen, last_seen, n_articles, n_sources)
        SELECT (pk - 1) / 10 + 1, 'Story ' || ((pk - 1) / 10 + 1), min(date), max(date), count(*), count(DISTINCT source)
        FROM articles GROUP BY (pk - 1) / 10;
    INSERT INTO story_articles (article_pk, article_id, story_pk, copy_of, source_key, date)
        SELECT pk, id, (pk - 1) / 10 + 1, NULL, coalesce(source, ''), date FROM articles;
    INSERT INTO clusters (pk, story_pk, family, type, mode, cameo, status, actor_ref, actor_name, recipient_ref,
                          recipient_name, date, date_precision, location_name, location_country, n_reports,
                          n_articles, n_sources, first_report)
        SELECT e.pk, (e.article_pk - 1) / 10 + 1, e.type, e.type, e.mode, e.cameo, e.status, e.actor_ref, e.actor_name,
               e.recipient_ref, e.recipient_name, e.date, e.date_precision, e.location_name, e.location_country,
               1, 1, 1, e.date FROM events e;
    INSERT INTO claims (pk, kind, about, key, story_pk, contested) SELECT pk, 'quantity', 'synthetic count', 'k', pk, 1 FROM stories;
    INSERT INTO claim_values (claim_pk, article_pk, article_id, date, value, start, "end", text)
        SELECT (pk - 1) / 10 + 1, pk, id, date, 100 + pk % 2, 0, 5, 'count' FROM articles WHERE pk % 10 IN (1, 2);
    DROP INDEX temp_actors_name;
    COMMIT;
    ANALYZE;
    PRAGMA wal_checkpoint(TRUNCATE);
    """)
    con.close()


def migrate(path: Path) -> None:
    """Give a store cached by an older newsgraph this one's tables and indexes (the server opens it
    read-only and never migrates); the backup the migration makes of a 900 MB cache is dropped."""
    from newsgraph.store import Store

    store = Store(path)
    backup = getattr(store, "backup", None)
    store.close()
    if backup:
        Path(backup).unlink(missing_ok=True)
        con = sqlite3.connect(path)  # statistics for the new indexes too, as a fresh build's ANALYZE makes
        con.execute("ANALYZE")
        con.close()


def ensure_store() -> str:
    CACHE.mkdir(parents=True, exist_ok=True)
    if DB.exists():
        migrate(DB)
        return ""
    t = time.perf_counter()
    if not BIG_DB.exists():
        build_big(BIG_DB)
    tmp = DB.with_suffix(".tmp")
    shutil.copyfile(BIG_DB, tmp)
    from newsgraph.store import Store

    Store(tmp).close()  # migrate to the latest schema (the story tables)
    link_synthetic(tmp)
    tmp.rename(DB)
    return f" (store built this run in {time.perf_counter() - t:.0f}s)"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def requests_to_make(rng: random.Random) -> list[tuple[str, str]]:
    """(kind, path) for N_REQUESTS requests, the kinds in equal shares, in random order."""
    con = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    n_articles = con.execute("SELECT max(pk) FROM articles").fetchone()[0]
    n_stories = con.execute("SELECT max(pk) FROM stories").fetchone()[0]
    frequent = [r[0] for r in con.execute("SELECT pk FROM actors ORDER BY n_articles DESC LIMIT 500")]
    con.close()
    names = [p[0] for p in actor_pool(random.Random(80))[:500]]
    words = ["Haddad", "Silva", "Tanaka", "security", "\"talk again\"", "Mensah Rossi"]
    makers = {
        "api story": lambda: f"/api/stories/s{rng.randint(1, n_stories)}",
        "api actor": lambda: f"/api/actors/A{rng.choice(frequent)}",
        "api article": lambda: f"/api/articles/syn-{rng.randrange(n_articles)}",
        "api search": lambda: "/api/search?q=" + urllib.parse.quote(rng.choice(words)),
        "api events (actor filter)": lambda: "/api/events?actor=" + urllib.parse.quote(rng.choice(names)),
        "page story": lambda: f"/stories/s{rng.randint(1, n_stories)}",
        "page actor": lambda: f"/actors/A{rng.choice(frequent)}",
        "page article": lambda: f"/articles/syn-{rng.randrange(n_articles)}",
        "page search": lambda: "/search?q=" + urllib.parse.quote(rng.choice(words)),
        "api stories (list)": lambda: "/api/stories",
    }
    each = N_REQUESTS // len(makers)
    todo = [(kind, make()) for kind, make in makers.items() for _ in range(each)]
    rng.shuffle(todo)
    return todo


def run_load(port: int, todo: list[tuple[str, str]]) -> dict[str, list]:
    """Send every request with CONCURRENCY threads; per kind, a list of (ms, status or error)."""
    results: dict[str, list] = {}
    lock = threading.Lock()
    queue = list(todo)

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                if not queue:
                    break
                kind, path = queue.pop()
            t = time.perf_counter()
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                resp.read()
                outcome = resp.status
            except (OSError, http.client.HTTPException) as exc:
                outcome = type(exc).__name__
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            ms = (time.perf_counter() - t) * 1000
            with lock:
                results.setdefault(kind, []).append((ms, outcome))
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(CONCURRENCY)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return results


def server_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by the server ``pid`` and the processes under it (the uvicorn
    workers): unlike a latency, a share of the machine's cores that other work cannot inflate much."""
    return sum(cpu for _, cpu in process_tree(pid).values())


def sequential(port: int, todo: list[tuple[str, str]], pid: int, per_kind: int = 40) -> dict[str, tuple[list, float]]:
    """The same kinds of request one at a time (no queueing): per kind, each request's (ms, status) and
    the server's CPU ms per request."""
    picked: dict[str, list[str]] = {}
    for kind, path in todo:
        if len(picked.setdefault(kind, [])) < per_kind:
            picked[kind].append(path)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    out: dict[str, tuple[list, float]] = {}
    for kind, paths in picked.items():
        samples, cpu = [], server_cpu(pid)
        for path in paths:
            t = time.perf_counter()
            conn.request("GET", path)
            resp = conn.getresponse()
            resp.read()
            samples.append(((time.perf_counter() - t) * 1000, resp.status))
        out[kind] = (samples, (server_cpu(pid) - cpu) * 1000 / len(paths))
    conn.close()
    return out


def _pct(ms: list[float], p: float) -> float:
    return ms[min(len(ms) - 1, int(p * len(ms)))]


def run() -> str:
    built = ensure_store()
    port = _free_port()
    code = "import sys; from newsgraph.cli import main; sys.argv = ['newsgraph', *sys.argv[1:]]; main()"
    server = subprocess.Popen([sys.executable, "-c", code, "serve", "--db", str(DB), "--port", str(port),
                               "--workers", str(WORKERS)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        todo = requests_to_make(random.Random(15))
        run_load(port, todo[:100])  # warm the page cache and the templates
        t = time.perf_counter()
        results = run_load(port, todo)
        wall = time.perf_counter() - t
        load = os.getloadavg()[0]
        alone = sequential(port, todo, server.pid)
        # the mix repeats six searches, remembered after their first request; these are each searched once
        alone.update(sequential(port, [("api search (words not searched before)", f"/api/search?q={w}")
                                       for w in FIRST[:20]], server.pid))
    finally:
        server.terminate()
        server.wait(10)
    rows, errors = [], 0
    for kind in sorted(results):
        samples = results[kind]
        ms = sorted(m for m, _ in samples)
        bad = sum(1 for _, o in samples if o != 200)
        errors += bad
        rows.append([kind, len(ms), bad, f"{statistics.median(ms):.0f}", f"{_pct(ms, 0.95):.0f}", f"{_pct(ms, 0.99):.0f}",
                     f"{ms[-1]:.0f}"])
    con = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "quotes", "stories", "actors")}  # noqa: S608
    con.close()
    return (
        f"Store: {counts['articles']:,} articles, {counts['events']:,} events, {counts['quotes']:,} quotes, "
        f"{counts['stories']:,} stories, {counts['actors']:,} canonical actors{built}. `newsgraph serve --workers {WORKERS}` "
        f"(two processes: the machine's two cores) on 127.0.0.1; {sum(len(v) for v in results.values()):,} requests from {CONCURRENCY} client threads "
        f"in {wall:.1f}s ({sum(len(v) for v in results.values()) / wall:.0f} requests/s), after 100 warm-up requests.\n\n"
        + table(["request", "n", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"], rows)
        + f"\n\nThe same kinds of request one at a time ({sum(len(v) for v, _ in alone.values())} requests, no queueing: "
        "each request's own service time; server CPU: the worker processes' user + system time per request, "
        "which other work on the machine inflates far less than a latency):\n\n"
        + table(["request", "n", "p50 ms", "p95 ms", "max ms", "server CPU ms"],
                [[k, len(v), f"{statistics.median(m for m, _ in v):.0f}", f"{_pct(sorted(m for m, _ in v), 0.95):.0f}",
                  f"{max(m for m, _ in v):.0f}", f"{cpu:.1f}"] for k, (v, cpu) in sorted(alone.items())])
        + f"\n\nLoad average of the machine while this ran: **{load:.1f}** on {os.cpu_count()} cores (other sessions' work)."
        + f"\n\n**{errors} errors.** Target: 0 errors and p95 under 200 ms for story, actor, article and search. "
        "The client threads and the server share this machine's 2 cores with other work, so these latencies are "
        "rough; the lead reruns them alone.\n"
    )
