"""The store: what ingest costs on top of extraction, and query latency on a million events.

1. Ingest vs extract on the same articles (a few hundred, made from the team's examples/ articles by
   recombining their paragraphs under varied dates): the same in-process pipeline, extract alone vs
   extract + ``Store.write`` per article into a fresh file. Target: the store costs at most 10%.
   Because the machine is shared, the store's own share is also measured directly (time inside
   ``Store.write``), and the write rate is measured on dense synthetic records (what a fully built
   extractor set will produce), to show the margin.
2. Query latency on a store of 1,000,000 synthetic events and 200,000 quotes (100,000 articles), built
   once into benchmarks/.cache/ (gitignored): an actor's timeline and a country + date-range event query,
   each over 30 random actors / countries, warm cache. Target: well under 100 ms.

Labelled dev: the articles are the team's own (examples/) and the big store is synthetic; no accuracy is measured.
"""

from __future__ import annotations

import datetime
import random
import statistics
import time
from pathlib import Path

from .common import DEV, ROOT, summary, table

TITLE = "Store: ingest cost and query latency"
ORDER = 80

CACHE = ROOT / "benchmarks" / ".cache"
BIG_DB = CACHE / "store_1m_v1.db"
N_ARTICLES, EVENTS_PER_ARTICLE, QUOTES_PER_ARTICLE = 100_000, 10, 2


# --- 1. ingest vs extract -------------------------------------------------------------------------


def example_articles(n: int = 240, seed: int = 6):
    """n articles recombined from the examples' paragraphs (3-5 each) with varied dates."""
    from newsgraph.readers.common import make_article

    paras = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n", 1)[1]
        paras += [p.strip() for p in body.split("\n\n") if p.strip()]
    rng = random.Random(seed)
    start = datetime.date(2023, 1, 1)
    out = []
    for i in range(n):
        text = "\n\n".join(rng.sample(paras, rng.randint(3, 5)))
        date = (start + datetime.timedelta(days=rng.randrange(900))).isoformat()
        out.append(make_article(f"<bench {i}>", text, date))
    return out


def _extract(pipeline, articles) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of this process, records with an extractor failure)."""
    t, c = time.perf_counter(), time.process_time()
    failed = sum(1 for rec in pipeline.run(articles) if rec.errors)
    return time.perf_counter() - t, time.process_time() - c, failed


def _ingest(pipeline, articles, path: Path) -> tuple[float, float, float, float, int]:
    """What ``newsgraph ingest`` does after reading: extract, then the ingest loop's grouped writes.
    (wall s, CPU s, wall s inside the writes, CPU s inside the writes, rows stored)."""
    from collections import Counter

    from newsgraph.store import Store
    from newsgraph.store.ingest import ingest

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = Store(path)
    spent = [0.0, 0.0]
    write_many = store.write_many

    def timed(records, **kw):
        w, c = time.perf_counter(), time.process_time()
        out = write_many(records, **kw)
        spent[0] += time.perf_counter() - w
        spent[1] += time.process_time() - c
        return out

    store.write_many = timed
    t, c = time.perf_counter(), time.process_time()
    ingest(store, pipeline.run(articles), lambda rec: rec, Counter())
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    rows = sum(store.count(t) for t in ("entities", "mentions", "times", "quotes", "quantities", "events"))
    assert store.count("articles") == len(articles)
    store.close()
    return wall, cpu, spent[0], spent[1], rows


def dense_record(i: int, rng: random.Random):
    """A synthetic record as dense as a long wire story: 25 entities, 60 mentions, 10 times, 12 quotes, 8
    quantities, 20 events."""
    from newsgraph.model import (
        Article,
        ArticleRecord,
        Entity,
        Event,
        EventActor,
        Location,
        Mention,
        Quantity,
        Quote,
        Span,
        Time,
    )

    text = " ".join(f"word{j}" for j in range(900))
    ents = tuple(
        Entity(
            f"e{k}",
            f"Person {rng.randrange(5000)}",
            "PERSON",
            "USA",
            "GOV",
            None,
            tuple(Mention(10 * k + m, 10 * k + m + 5, "word1", "name") for m in range(2 + (k % 2))),
        )
        for k in range(25)
    )
    actor = EventActor("e1", ents[1].name, "USA", "GOV", 10, 15)
    return ArticleRecord(
        article=Article(f"dense-{i}", "2025-03-27", text + f" {i}"),
        entities=ents,
        times=tuple(Time("word2", 20 + k, 25 + k, "2025-03-26", "DATE") for k in range(10)),
        quotes=tuple(
            Quote("word3 word4", 30 + k, 41 + k, "direct", "e1", ents[1].name, "said") for k in range(12)
        ),
        quantities=tuple(Quantity("word5", 40 + k, 45 + k, 5, "USD") for k in range(8)),
        events=tuple(
            Event(
                f"ev{k}",
                "CONSULT",
                "meet",
                "040",
                actor,
                actor,
                "2025-03-26",
                "day",
                Location("Paris", "FRA", 48.8, 2.3, 50, 55),
                "occurred",
                Mention(60, 65, "word6"),
                Span(0, 100),
                0.7,
            )
            for k in range(20)
        ),
    )


def dense_write_rate(n: int = 400, group: int = 1) -> tuple[float, int]:
    """Records written per second, ``group`` records per transaction (1: one commit per article)."""
    from newsgraph.store import Store

    path = CACHE / "dense.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(1)
    records = [dense_record(i, rng) for i in range(n)]
    store = Store(path)
    t = time.perf_counter()
    for k in range(0, n, group):
        store.write_many(records[k : k + group])
    secs = time.perf_counter() - t
    rows = sum(store.count(t) for t in ("entities", "mentions", "times", "quotes", "quantities", "events"))
    store.close()
    return n / secs, rows // n


def cli_runs(articles) -> tuple[float, float]:
    """Seconds for ``newsgraph extract FILE > /dev/null`` and ``newsgraph ingest FILE --db NEW`` (model load
    included), as a user runs them."""
    import json
    import subprocess
    import sys

    src, db = CACHE / "cli.jsonl", CACHE / "cli.db"
    src.write_text("".join(json.dumps({"date": a.date, "text": a.text}) + "\n" for a in articles))
    code = "import sys; from newsgraph.cli import main; sys.argv = ['newsgraph', *sys.argv[1:]]; main()"
    times = []
    for args in (["extract", str(src)], ["ingest", str(src), "--db", str(db)]):
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", code, *args],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        times.append(time.perf_counter() - t)
    return times[0], times[1]


def ingest_section() -> str:
    from newsgraph.pipeline import Pipeline

    CACHE.mkdir(parents=True, exist_ok=True)
    articles = example_articles()
    pipeline = Pipeline()
    _extract(pipeline, articles[:20])  # warm up
    ex, ing = [], []
    failed = rows = 0
    for _ in range(3):  # interleaved, best of each: the machine is shared
        wall, cpu, failed = _extract(pipeline, articles)
        ex.append((wall, cpu))
        *times, rows = _ingest(pipeline, articles, CACHE / "ingest.db")
        ing.append(times)
    n = len(articles)
    e, ec = min(x[0] for x in ex), min(x[1] for x in ex)
    i, ic = min(x[0] for x in ing), min(x[1] for x in ing)
    w, wc = min(x[2] for x in ing), min(x[3] for x in ing)
    cli_extract, cli_ingest = cli_runs(articles)
    dense_one, dense_rows = dense_write_rate(group=1)
    dense_grouped, _ = dense_write_rate(group=16)
    rows_table = table(
        ["run", "articles", "wall s (best of 3)", "CPU s (best of 3)", "articles/s (wall)"],
        [
            ["extract only", n, f"{e:.2f}", f"{ec:.2f}", f"{n / e:.1f}"],
            ["extract + store (ingest)", n, f"{i:.2f}", f"{ic:.2f}", f"{n / i:.1f}"],
            ["of which inside the store's writes", n, f"{w:.3f}", f"{wc:.3f}", f"{n / w:.0f}"],
            [
                "`newsgraph extract FILE` (CLI, model load included, 1 run)",
                n,
                f"{cli_extract:.2f}",
                "",
                f"{n / cli_extract:.1f}",
            ],
            [
                "`newsgraph ingest FILE --db NEW` (CLI, 1 run)",
                n,
                f"{cli_ingest:.2f}",
                "",
                f"{n / cli_ingest:.1f}",
            ],
        ],
    )
    note = (
        f" **{failed} of the {n} records had an extractor failure** while this ran (another pass being edited), "
        "so they are lighter than they will be."
        if failed
        else ""
    )
    line = summary("store: ingest", f"{n} team-written articles", DEV, "CPU time, ingest vs extract alone, best of 3",
                   f"{100 * (ic / ec - 1):+.1f}% CPU", "<= +10%", ic / ec - 1 <= 0.10)
    return (
        line + "\n\n"
        f"{n} articles recombined from examples/ (3-5 paragraphs each, varied dates; **dev**: the team's own), {rows} extracted rows "
        f"stored ({rows / n:.1f} per article).{note} Ingest groups the records extracted in the last second "
        "into one transaction, each article in its own savepoint; WAL, synchronous=NORMAL.\n\n"
        f"{rows_table}\n\n"
        f"- Ingest vs extract: **{100 * (ic / ec - 1):+.1f}% CPU time**, {100 * (i / e - 1):+.1f}% wall clock "
        "(target: at most +10%; wall clock on this shared machine swings by tens of percent between runs, CPU "
        "time much less).\n"
        f"- Time inside the store's writes as a share of extraction time: **{100 * w / e:.2f}%** wall, "
        f"**{100 * wc / ec:.2f}%** CPU.\n"
        f"- The same through the command line: ingest vs extract **{100 * (cli_ingest / cli_extract - 1):+.1f}%** "
        "wall clock (extract also writes JSON to stdout).\n"
        f"- Dense synthetic records ({dense_rows} rows each, a long story with every extractor at full output): "
        f"**{dense_grouped:.0f} records/s** written 16 per transaction ({1000 / dense_grouped:.1f} ms each), "
        f"{dense_one:.0f} records/s with one commit per article ({1000 / dense_one:.1f} ms each); extracting "
        f"the examples above takes {1000 * e / n:.0f} ms per article.\n"
    )


# --- 2. query latency on a million events ---------------------------------------------------------

FIRST = [
    "Ana",
    "Omar",
    "Li",
    "Maria",
    "John",
    "Fatima",
    "Ivan",
    "Priya",
    "Kwame",
    "Sofia",
    "Ahmed",
    "Elena",
    "Carlos",
    "Yuki",
    "Amina",
    "Pierre",
    "Olga",
    "Samuel",
    "Mei",
    "Diego",
]
LAST = [
    "Silva",
    "Khan",
    "Wang",
    "Garcia",
    "Smith",
    "Haddad",
    "Petrov",
    "Sharma",
    "Mensah",
    "Rossi",
    "Ali",
    "Novak",
    "Lopez",
    "Tanaka",
    "Bello",
    "Martin",
    "Ivanova",
    "Okafor",
    "Chen",
    "Torres",
    "Kim",
    "Nguyen",
    "Müller",
    "Dubois",
    "Costa",
]
TYPES = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
SECTORS = ["GOV", "MIL", "JUD", "LEG", "COP", "OPP", "REB", "CRM", "NGO", "BUS", "MED", "CVL"]


def actor_pool(rng: random.Random) -> list[tuple[str, str, str]]:
    """5,000 (name, country, sector) actors: person names with a number to keep them distinct."""
    from newsgraph.store.exports.common import countries

    isos = sorted(countries())
    pool = []
    for k in range(5000):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {k}"
        pool.append((name, rng.choice(isos), rng.choice(SECTORS)))
    return pool


def build_big(path: Path) -> float:
    """Fill a store with N_ARTICLES synthetic articles: 10 events and 2 quotes each, through the store's
    own insert path (1,000 articles per transaction)."""
    from newsgraph.model import (
        Article,
        ArticleRecord,
        Entity,
        Event,
        EventActor,
        Location,
        Mention,
        Quote,
        Span,
    )
    from newsgraph.store import Store
    from newsgraph.store.db import insert_record

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(80)
    pool = actor_pool(rng)
    frequent = pool[:500]  # 80% of actors come from 500 frequent names, as news coverage is skewed
    start = datetime.date(2020, 1, 1)
    store = Store(path)
    t = time.perf_counter()

    def pick():
        return rng.choice(frequent) if rng.random() < 0.8 else rng.choice(pool)

    for block in range(0, N_ARTICLES, 1000):
        with store.transaction():
            for i in range(block, block + 1000):
                day = start + datetime.timedelta(days=rng.randrange(1826))
                people = [pick() for _ in range(3)]
                text = (
                    f"{people[0][0]} met {people[1][0]} on Monday, officials said. "
                    f'"We will talk again," said {people[2][0]}. Talks covered trade and security.'
                )
                ents = tuple(
                    Entity(f"e{k}", p[0], "PERSON", p[1], p[2], None, (Mention(0, len(p[0]), p[0]),))
                    for k, p in enumerate(people)
                )
                events = []
                for k in range(EVENTS_PER_ARTICLE):
                    a, r = pick(), pick()
                    where = rng.choice([a[1], r[1], rng.choice(pool)[1]])
                    d = (day - datetime.timedelta(days=rng.randrange(4))).isoformat()
                    events.append(
                        Event(
                            f"ev{k}",
                            rng.choice(TYPES),
                            None,
                            None,
                            EventActor(None, a[0], a[1], a[2], 0, 5),
                            EventActor(None, r[0], r[1], r[2], 10, 15),
                            d,
                            "day",
                            Location("Somewhere", where, None, None, None, None),
                            "occurred",
                            Mention(6, 9, "met"),
                            Span(0, 50),
                            0.7,
                        )
                    )
                quotes = tuple(
                    Quote("We will talk again,", 60, 79, "direct", None, pick()[0], "said")
                    for _ in range(QUOTES_PER_ARTICLE)
                )
                rec = ArticleRecord(
                    article=Article(f"syn-{i}", day.isoformat(), text, source=f"Outlet {i % 50}"),
                    entities=ents,
                    quotes=quotes,
                    events=tuple(events),
                )
                insert_record(store.conn, rec)
    store.conn.execute("ANALYZE")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    secs = time.perf_counter() - t
    store.close()
    return secs


def _time(fn, repeat: int = 3) -> tuple[float, int]:
    """Best of ``repeat`` runs in ms, and the rows returned."""
    best, rows = float("inf"), 0
    for _ in range(repeat):
        t = time.perf_counter()
        rows = len(fn().rows)
        best = min(best, (time.perf_counter() - t) * 1000)
    return best, rows


def _stats(name: str, samples: list[tuple[float, int]]) -> list:
    ms = sorted(s for s, _ in samples)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    return [
        name,
        len(ms),
        f"{statistics.median(ms):.1f}",
        f"{p95:.1f}",
        f"{ms[-1]:.1f}",
        f"{statistics.mean(r for _, r in samples):.0f}",
    ]


def query_section() -> str:
    from newsgraph.store import Store
    from newsgraph.store import queries as q

    CACHE.mkdir(parents=True, exist_ok=True)
    built = ""
    if not BIG_DB.exists():
        secs = build_big(BIG_DB)
        built = f" (built this run in {secs:.0f}s, {N_ARTICLES * EVENTS_PER_ARTICLE / secs:,.0f} events/s)"
    store = Store(BIG_DB, create=False)
    n_events, n_quotes = store.count("events"), store.count("quotes")
    size = BIG_DB.stat().st_size / 2**20
    rng = random.Random(7)
    pool = actor_pool(random.Random(80))
    frequent, rare = [p[0] for p in pool[:500]], [p[0] for p in pool[500:]]
    countries = sorted({p[1] for p in pool})

    def window():
        d = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(1790))
        return d.isoformat(), (d + datetime.timedelta(days=30)).isoformat()

    rows = []
    rows.append(
        _stats(
            "timeline, frequent actor (all rows)",
            [_time(lambda n=n: q.timeline(store, n)) for n in rng.sample(frequent, 30)],
        )
    )
    rows.append(
        _stats(
            "timeline, frequent actor (first 100: the CLI default)",
            [_time(lambda n=n: q.timeline(store, n, limit=100)) for n in rng.sample(frequent, 30)],
        )
    )
    rows.append(
        _stats(
            "timeline, other actor (all rows)",
            [_time(lambda n=n: q.timeline(store, n)) for n in rng.sample(rare, 30)],
        )
    )
    rows.append(
        _stats(
            "timeline by surname + number (word match)",
            [_time(lambda n=n: q.timeline(store, " ".join(n.split()[1:]))) for n in rng.sample(frequent, 10)],
        )
    )
    samples = []
    for c in rng.sample(countries, 30):
        f, t = window()
        samples.append(
            _time(lambda c=c, f=f, t=t: q.events(store, country=c, date_from=f, date_to=t, limit=None))
        )
    rows.append(_stats("events: country + 30-day range (all rows)", samples))
    samples = []
    for c in rng.sample(countries, 30):
        f = f"{rng.randrange(2020, 2025)}"
        samples.append(_time(lambda c=c, f=f: q.events(store, country=c, date_from=f, date_to=f)))
    rows.append(_stats("events: country + one year (first 100)", samples))
    rows.append(
        _stats(
            "events: --actor, frequent actor (first 100)",
            [_time(lambda n=n: q.events(store, actor=n)) for n in rng.sample(frequent, 30)],
        )
    )
    rows.append(
        _stats(
            "quotes: --speaker (first 100)",
            [_time(lambda n=n: q.quotes(store, speaker=n)) for n in rng.sample(frequent, 30)],
        )
    )
    rows.append(
        _stats(
            "quotes: --search 'talk' + speaker",
            [_time(lambda n=n: q.quotes(store, speaker=n, search="talk")) for n in rng.sample(frequent, 10)],
        )
    )
    rows.append(
        _stats("entities: whole store, most reported first (first 100)", [_time(lambda: q.entities(store))])
    )
    store.close()
    median = {r[0]: float(r[2]) for r in rows}
    timeline, country = median["timeline, frequent actor (all rows)"], median["events: country + 30-day range (all rows)"]
    line = summary("store: queries", f"synthetic, {n_events:,} events", DEV, "median of 30 queries, best of 3 each",
                   f"timeline {timeline:.1f} ms, country + 30 days {country:.1f} ms", "well under 100 ms",
                   max(timeline, country) < 100)
    return (
        line + "\n\n"
        f"Synthetic store{built} (**dev**: synthetic data): {N_ARTICLES:,} articles, {n_events:,} events, {n_quotes:,} quotes, "
        f"{size:,.0f} MiB; 5,000 actors, 80% of mentions from 500 frequent ones; dates over 2020-2024. "
        "Each figure is the best of 3 runs per query (warm cache), over the number of different queries shown.\n\n"
        + table(["query", "queries", "median ms", "p95 ms", "max ms", "mean rows"], rows)
        + "\n\nTarget: an actor's timeline and a country + date-range query each well under 100 ms."
    )


def run() -> str:
    return "### Ingest vs extract\n\n" + ingest_section() + "\n\n### Query latency\n\n" + query_section()


if __name__ == "__main__":
    print(run())
