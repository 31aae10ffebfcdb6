"""Reliability: language identification, fuzzing, faults (kills, concurrent writers), memory on long streams.

Every input here is the team's own: benchmarks/data/languages.tsv (216 news paragraphs in 12 languages, written
by the team), generated articles from templates, and hypothesis-generated fuzz inputs. The 224 eval news
texts (benchmarks/corpus.py) are only used to time language identification against extraction and to count
English articles wrongly left uncoded. Set RELIABILITY_FUZZ (default 10000) to change the fuzz inputs per target.
"""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import DEV, ROOT, UNSEEN, summary, table

TITLE = "Reliability: languages, fuzzing, faults, memory"
ORDER = 95
DATA = Path(__file__).resolve().parent / "data" / "languages.tsv"
FUZZ = int(os.environ.get("RELIABILITY_FUZZ", "10000"))


def run() -> str:
    parts = [_languages(), _fuzz(), _faults(), _memory()]
    return "\n\n".join(parts)


# --- language identification ------------------------------------------------------------------------------


def _languages() -> str:
    from newsgraph import language

    rows = list(csv.DictReader(open(DATA, encoding="utf-8"), delimiter="\t"))
    out = [["py3langid (chosen)", *_score(rows, language.detect)]]
    try:
        from lingua import LanguageDetectorBuilder

        started = time.perf_counter()
        det = LanguageDetectorBuilder.from_all_languages().build()
        det.detect_language_of("warm up the models")
        load = time.perf_counter() - started

        def lingua(text):
            found = det.detect_language_of(text)
            return found.iso_code_639_1.name.lower() if found else None

        out.append([f"lingua-language-detector (load {load:.1f} s)", *_score(rows, lingua)])
    except ImportError:
        out.append(["lingua-language-detector", "not installed", "", ""])
    cost, share = _language_cost()
    acc = out[0][2]
    line = summary("reliability: language", f"team-written paragraphs ({len(rows)}, 12 languages)",
                   UNSEEN + " (for the detector)", "exact ISO 639-1 label per paragraph",
                   f"accuracy {acc:.3f}, {share:.2%} of extraction time", ">= 0.98, < 3%", acc >= 0.98 and share < 0.03)
    return (
        line + "\n\n"
        "### Language identification (team-written set, unseen by the detectors' authors)\n\n"
        f"{len(rows)} news paragraphs in {len({r['lang'] for r in rows})} languages, written by the team. "
        "Target: accuracy >= 0.98 and < 3% of extraction time.\n\n"
        + table(["detector", "right", "accuracy", "ms per paragraph"], out)
        + "\n\n"
        + cost
    )


def _score(rows, fn) -> list:
    fn(rows[0]["text"])
    started = time.perf_counter()
    right = sum(fn(r["text"]) == r["lang"] for r in rows)
    ms = (time.perf_counter() - started) / len(rows) * 1000
    return [f"{right}/{len(rows)}", right / len(rows), f"{ms:.2f}"]


def _language_cost() -> str:
    from newsgraph import language
    from newsgraph.model import Article
    from newsgraph.pipeline import Pipeline

    from .corpus import news_texts

    texts = news_texts()
    served = frozenset({"en"})
    started = time.perf_counter()
    judged = [language.judge(t, served) for _, _, t in texts]
    detect_secs = time.perf_counter() - started
    uncoded = sum(not code for _, code in judged)
    sample = texts[:40]
    pipe = Pipeline()
    articles = [Article(id=i, date=d, text=t, language="en") for i, d, t in sample]
    started = time.perf_counter()
    list(pipe.run(articles))
    extract_secs = time.perf_counter() - started
    per_detect = detect_secs / len(texts)
    per_extract = extract_secs / len(sample)
    text = (
        f"On the 224 English eval news texts: {uncoded} judged not English (left uncoded). Identification costs "
        f"{per_detect * 1000:.2f} ms an article against {per_extract * 1000:.0f} ms to extract one "
        f"(40 of them): **{per_detect / per_extract:.2%} of extraction time**."
    )
    return text, per_detect / per_extract


# --- fuzzing ----------------------------------------------------------------------------------------------


def _fuzz() -> str:
    sys.path.insert(0, str(ROOT / "tests"))
    import fuzz_targets as ft
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from newsgraph.model import Article
    from newsgraph.pipeline import Pipeline

    pipe = Pipeline()
    opts = settings(max_examples=FUZZ, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    suffixes = st.sampled_from([".txt", ".jsonl", ".csv", ".html", ".txt.gz", ".jsonl.gz"])
    jsonish = st.lists(st.dictionaries(st.sampled_from(["id", "date", "text", "x"]),
                                       st.one_of(ft.TEXT, st.text(max_size=20), st.integers(), st.none())), max_size=6)

    @opts
    @given(st.binary(max_size=3000), suffixes)
    def random_bytes(data, suffix):
        ft.read_bytes(data, suffix)

    @opts
    @given(jsonish)
    def random_json(values):
        ft.read_bytes(ft.json_lines(values), ".jsonl")

    @opts
    @given(st.lists(st.lists(st.text(max_size=40), max_size=5), max_size=6))
    def random_csv(rows):
        ft.read_bytes(ft.csv_bytes(rows), ".csv")

    @opts
    @given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<script>", "x y z", "<!--", "<b>"]), max_size=60))
    def random_html(parts):
        ft.read_bytes(("<html><body>" + "".join(parts) + "</body></html>").encode(), ".html")

    @opts
    @given(ft.TEXT)
    def random_unicode(text):
        if text.strip():
            rec = pipe.extract(Article(id="f", date="2025-03-03", text=text, language="en"))
            assert not rec.errors, rec.errors
            ft.check_offsets(rec)

    rows, failures = [], 0
    for name, target in [("readers: random bytes", random_bytes), ("JSON Lines: random JSON", random_json),
                         ("CSV: random rows", random_csv), ("HTML: random tag soup", random_html),
                         ("extract: hostile Unicode", random_unicode)]:
        started = time.perf_counter()
        try:
            target()
            verdict = "0 failures"
        except Exception as exc:  # a crash found: reported here, then kept as an @example in tests/test_fuzz.py
            verdict = f"FAILED: {type(exc).__name__}: {str(exc)[:120]}"
            failures += 1
        rows.append([name, FUZZ, verdict, f"{time.perf_counter() - started:.0f}"])
    line = summary("reliability: fuzzing", "hypothesis-generated inputs (5 targets)", DEV, "no exception; offsets slice the text",
                   f"{failures} failing targets of 5, {FUZZ:,} inputs each", "0 failures, >= 10,000 each",
                   failures == 0 and FUZZ >= 10_000)
    return (
        line + "\n\n"
        "### Fuzzing (hypothesis)\n\n"
        "Invariants: no exception escapes; every reader item is an article or a coded error on one line; every "
        "record's offsets slice the text to the recorded text and it serialises to JSON.\n\n"
        + table(["target", "inputs", "result", "seconds"], rows)
    )


# --- faults -----------------------------------------------------------------------------------------------

_TEMPLATES = [
    "Dock workers in {city} walked out on {day} over pay, union leader {name} said.",
    "Police in {city} arrested {n} people after a protest outside the town hall on {day}.",
    "The mayor of {city}, {name}, met business owners on {day} to discuss the new tax.",
    "Officials said {n} families left their homes in {city} after floods on {day}.",
]
_CITIES = ["Lyon", "Porto", "Gdansk", "Kumasi", "Cebu", "Valparaiso", "Tartu", "Ibadan"]
_NAMES = ["Ana Ruiz", "Tomas Berg", "Grace Mensah", "Ravi Menon", "Lena Kowalski"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def articles(n: int, seed: int = 7, prefix: str = "t") -> list[dict]:
    """``n`` team-template articles of a few sentences each, deterministic for ``seed``."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        sents = [
            rnd.choice(_TEMPLATES).format(
                city=rnd.choice(_CITIES), name=rnd.choice(_NAMES), day=rnd.choice(_DAYS), n=rnd.randint(2, 300)
            )
            for _ in range(3)
        ]
        out.append({"id": f"{prefix}{i}", "date": f"2025-0{1 + i % 9}-1{i % 10}", "text": " ".join(sents)})
    return out


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _cli(*args: str, **kw) -> subprocess.Popen:
    code = "import sys; from newsgraph.cli import main; sys.argv = ['newsgraph', *sys.argv[1:]]; main()"
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, **kw)


def _state(db: Path) -> tuple[int, int, str]:
    conn = sqlite3.connect(db)
    try:
        n, distinct = conn.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
        return n, distinct, conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _faults() -> str:
    rnd = random.Random(11)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        src, db = Path(tmp) / "feed.jsonl", Path(tmp) / "k.db"
        n_articles = 3000  # enough that 20 interrupted runs never finish the input: every kill lands mid-ingest
        _write(src, articles(n_articles))
        kills = 0
        for _ in range(20):
            proc = _cli("ingest", str(src), "--db", str(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rnd.uniform(3.0, 9.0))  # model load is ~3 s: kills land in loading, extracting and writing
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait()
        _cli("ingest", str(src), "--db", str(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).wait()
        n, distinct, integrity = _state(db)
        rows.append([f"{kills} SIGKILLs at random moments in a row, then one full run", n_articles, n,
                     n_articles - distinct, n - distinct, integrity])
        for run_no in range(5):
            a, b, db2 = Path(tmp) / f"a{run_no}.jsonl", Path(tmp) / f"b{run_no}.jsonl", Path(tmp) / f"c{run_no}.db"
            feed = articles(80, seed=run_no, prefix=f"c{run_no}-")
            _write(a, feed[:50])
            _write(b, feed[30:])
            procs = [_cli("ingest", str(p), "--db", str(db2), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                     for p in (a, b)]
            errs = [p.communicate()[1] for p in procs]
            failed = sum(p.returncode != 0 for p in procs) + sum("locked" in e for e in errs)
            n, distinct, integrity = _state(db2)
            rows.append([f"2 concurrent ingests, run {run_no + 1} (20 articles in both inputs; {failed} failed)",
                         80, n, 80 - distinct, n - distinct, integrity])
    bad = sum(r[3] != 0 or r[4] != 0 or r[5] != "ok" for r in rows)
    line = summary("reliability: faults", "team-template articles", DEV, "lost, duplicated, integrity_check",
                   f"{bad} of {len(rows)} scenarios with a loss, a duplicate or a bad store", "0", bad == 0)
    return (
        line + "\n\n"
        "### Faults\n\nTarget: articles lost 0, duplicated 0, integrity ok.\n\n"
        + table(["scenario", "articles", "stored", "lost", "duplicated", "integrity"], rows)
    )


# --- memory -----------------------------------------------------------------------------------------------

# Peak RSS from /proc/self/status (VmHWM, this process's own memory). ru_maxrss is no good here: Linux keeps
# it across exec, so a child started by a big parent reports the parent's peak.
_HWM = "int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1])"
_READ_RSS = f"""
import sys
from newsgraph.readers import read
n = 0
for item in read([sys.argv[1]]):
    n += 1
print(n, {_HWM})
"""


_EXTRACT_RSS = f"""
import atexit, sys
from newsgraph.cli import main
atexit.register(lambda: print({_HWM}, file=sys.stderr))
sys.argv = ["newsgraph", "extract", sys.argv[1]]
main()
"""


def _memory() -> str:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        filler = " ".join(["The council met again to discuss the budget for the coming year."] * 150)  # ~10 KB
        for n in (10_000, 100_000):
            path = Path(tmp) / f"feed{n}.jsonl"
            with open(path, "w", encoding="utf-8") as fh:
                for i in range(n):
                    fh.write(json.dumps({"id": f"m{i}", "date": "2025-01-01", "text": f"Item {i}. {filler}"}) + "\n")
            size = path.stat().st_size
            out = subprocess.run([sys.executable, "-c", _READ_RSS, str(path)], capture_output=True, text=True, cwd=ROOT)
            count, rss = out.stdout.split()
            rows.append([f"read a JSON Lines file of {int(count):,} articles ({size / 1e9:.2f} GB)", f"{int(rss) / 1024:.0f} MB"])
            path.unlink()
        for n in (500, 2_000):
            path = Path(tmp) / f"x{n}.jsonl"
            _write(path, articles(n, seed=3, prefix="x"))
            proc = subprocess.run([sys.executable, "-c", _EXTRACT_RSS, str(path)], capture_output=True, text=True, cwd=ROOT)
            rss = int(proc.stderr.strip().splitlines()[-1])
            rows.append([f"`newsgraph extract` of {n:,} template articles", f"{rss / 1024:.0f} MB"])
    return (
        "### Memory on long streams (peak RSS)\n\n"
        "JSON Lines are read one bounded line at a time, so the reader's memory does not grow with the number "
        "of articles.\n\n" + table(["run", "peak RSS"], rows)
    )
