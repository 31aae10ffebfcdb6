"""Throughput of the full newsgraph pipeline against the bare spaCy pipeline on the same texts.

The texts come from dev sets (PolNeAR dev, MEANTIME, TE3), so the section is labelled dev; throughput was not tuned
on them. Rule: best of two runs each, the ratio of newsgraph's throughput to bare spaCy's on the same texts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

from .common import DEV, ROOT, summary, table
from .corpus import news_texts

TITLE = "Speed: newsgraph extract vs bare spaCy"
ORDER = 90
BATCH = 32


def _bare(nlp, texts) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH):
        pass
    return time.perf_counter() - started


def _full(pipeline, articles) -> float:
    started = time.perf_counter()
    for rec in pipeline.run(articles, batch_size=BATCH):
        json.dumps(rec.to_dict(), ensure_ascii=False)
    return time.perf_counter() - started


BARE_SCRIPT = """
import json, sys, spacy
nlp = spacy.load(sys.argv[2])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for doc in nlp.pipe(texts, batch_size=32):
    pass
"""


def _processes(articles, model: str) -> tuple[float, float]:
    """Wall times, each in a fresh process with its model load: `newsgraph extract` on a JSONL file of the
    articles, and a bare spaCy script reading the same file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "news.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps({"id": a.id, "date": a.date, "text": a.text}) + "\n")
        exe = os.path.join(os.path.dirname(sys.executable), "newsgraph")
        started = time.perf_counter()
        subprocess.run([exe, "extract", path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        cli = time.perf_counter() - started
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", BARE_SCRIPT, path, model], check=True, cwd=ROOT)
        bare = time.perf_counter() - started
        return cli, bare


def run() -> str:
    from newsgraph.model import Article
    from newsgraph.pipeline import Pipeline

    corpus = news_texts()
    articles = [Article(id=i, date=d, text=t) for i, d, t in corpus]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    pipeline = Pipeline()
    nlp = pipeline.nlp
    _bare(nlp, texts[:20])  # warm up
    bare = min(_bare(nlp, texts), _bare(nlp, texts))
    full = min(_full(pipeline, articles), _full(pipeline, articles))
    cli, bare_process = _processes(articles, pipeline.model)
    n = len(articles)
    rows = [
        ["bare spaCy (nlp.pipe)", f"{n / bare:.1f}", f"{words / bare:,.0f}", "1.00"],
        ["newsgraph pipeline (Python API, JSON out)", f"{n / full:.1f}", f"{words / full:,.0f}", f"{bare / full:.2f}"],
        ["bare spaCy script, own process (incl. model load)", f"{n / bare_process:.1f}", f"{words / bare_process:,.0f}", f"{bare / bare_process:.2f}"],
        ["`newsgraph extract` CLI, own process (incl. model load, JSON to stdout)", f"{n / cli:.1f}", f"{words / cli:,.0f}", f"{bare / cli:.2f}"],
    ]
    line = summary("speed", f"{n} news articles (dev texts)", DEV, "throughput ratio to bare spaCy, best of 2",
                   f"{bare / full:.2f}", ">= 0.70 (>= 0.60 with events)", bare / full >= 0.70)
    return (
        line + "\n\n"
        f"{n} real news articles ({words:,} words: PolNeAR dev, MEANTIME, TempEval-3 texts: **dev** texts, though "
        "throughput was not tuned on them), one process, "
        f"batch {BATCH}, best of two runs. Model: {pipeline.model}. The ratio is throughput relative to bare spaCy; "
        "targets: >= 0.70 (issue 2), >= 0.60 with events (issue 5).\n\n"
        + table(["pipeline", "articles/s", "words/s", "ratio to bare spaCy"], rows)
        + f"\n\nCommand line against a bare spaCy process, both with their start-up and model load: "
        f"**{bare_process / cli:.2f}**."
    )
