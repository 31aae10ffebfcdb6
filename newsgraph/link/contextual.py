"""Contextual event coreference (optional): a pair scorer over encoder vectors and the store's own evidence.

Why: the rules of ``events.py`` link reports by their trigger word, type and parties. On ECB+ the misses
are mostly two different words for one happening and the wrong links two happenings named by one word;
the trigger's vector in its sentence (``encoder.py``) separates both better than the word. Each mention
becomes a *context*: newsgraph's report (type, parties, place, story) plus the head's lemma and part of
speech, the names and arguments in its sentence, the trigger's contextual vector, its sentence's vector
and its article's vector (mean of its mentions' sentences). Every pair of mentions gets ``FEATURES``; a
logistic regression fitted on the ECB+ training topics (weights in ``coref_pairs.json``, with the data,
licence and figures beside them) gives the probability that the two are one event, and the mentions are
clustered by average link over those probabilities, at the threshold chosen by grouped cross-validation
on the training topics.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from itertools import combinations

import numpy as np

from .events import cluster_reports
from .mentions import _report, parsed

# verbs of reporting (two reports by them are a feature of their own): the plain reporting verbs of the event coder's
# lexicon (lexicons/event_words.tsv, class reporting_verb) and these
REPORTING_TOO = {"report", "announce", "confirm", "claim"}


@cache
def say() -> frozenset[str]:
    from ..extractors.eventcoding.lexicon import word_class  # late: the linker needs no event coder to load

    return word_class("reporting_verb") | REPORTING_TOO


WEIGHTS = "coref_pairs.json"
FEATURES = [
    "trigger cosine", "sentence cosine", "article cosine", "same key", "same head lemma", "same story",
    "same article", "same sentence", "both nouns", "noun and verb", "both reporting", "shared names",
    "shared arguments", "same type", "parties conflict", "rules link", "trigger cosine x same key",
    "trigger cosine x same story",
]


def _head(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _context(report: dict, head, mention: dict) -> dict:
    """A mention's context before encoding: its report, head and sentence."""
    sent = head.sent if head is not None else None
    return {
        "report": report,
        "lemma": head.lemma_.lower() if head is not None else report.get("lemma") or "",
        "pos": head.pos_ if head is not None else "X",
        "names": {e.text.lower() for e in sent.ents if e.label_ not in ("ORDINAL", "CARDINAL")}
        if sent is not None else set(),
        "args": {t.lemma_.lower() for t in head.subtree if t.pos_ in ("PROPN", "NOUN", "NUM") and t.i != head.i}
        if head is not None else set(),
        "sentence": (sent.start_char, sent.end_char) if sent is not None else (mention["start"], mention["end"]),
        "trigger": (mention["start"], mention["end"]),
    }


def contexts(articles: list[dict], mentions: list[dict], pipeline=None) -> list[dict]:
    """One context per mention whose article is given (reports as ``cluster_mentions`` makes them)."""
    return [
        _context(_report(m, doc, record, story, bool(a.get("date"))), _head(doc, m["start"], m["end"]), m)
        | {"text": a["text"]}
        for a, doc, record, story, ms in parsed(articles, mentions, pipeline)
        for m in ms
    ]


def encode(found: list[dict], encoder=None) -> list[dict]:
    """Add the trigger, sentence and article vectors to each context (each sentence encoded once)."""
    from .encoder import encoder as load

    enc = encoder or load()
    keys = sorted({(c["report"]["article"], c["sentence"]) for c in found})
    texts = {c["report"]["article"]: c["text"] for c in found}
    encoded = dict(zip(keys, enc.encode([texts[a][s:e] for a, (s, e) in keys]), strict=True))
    sums: dict[str, np.ndarray] = {}
    for (article, _), e in encoded.items():
        sums[article] = sums.get(article, 0) + e.sentence
    for c in found:
        e = encoded[(c["report"]["article"], c["sentence"])]
        s0 = c["sentence"][0]
        c["trigger_vec"] = e.span(c["trigger"][0] - s0, c["trigger"][1] - s0)
        c["sentence_vec"] = e.sentence
        total = sums[c["report"]["article"]]
        c["article_vec"] = total / (float(np.linalg.norm(total)) or 1.0)
    return found


def _cos(u, v) -> float:
    return 0.0 if u is None or v is None else float(u @ v)


def features(a: dict, b: dict, linked: bool) -> list[float]:
    """``FEATURES`` of one pair of encoded contexts; ``linked``: the rules put them in one cluster."""
    ra, rb = a["report"], b["report"]
    same_key = ra["lemma"] is not None and ra["lemma"] == rb["lemma"]
    same_story = ra["story"] is not None and ra["story"] == rb["story"]
    same_article = ra["article"] == rb["article"]
    xa, xb = ra.get("actor"), rb.get("actor")
    trig = _cos(a["trigger_vec"], b["trigger_vec"])
    row = [
        trig, _cos(a["sentence_vec"], b["sentence_vec"]), _cos(a["article_vec"], b["article_vec"]),
        same_key, a["lemma"] == b["lemma"], same_story, same_article,
        same_article and a["sentence"] == b["sentence"],
        a["pos"] == b["pos"] == "NOUN", {a["pos"], b["pos"]} == {"NOUN", "VERB"},
        a["lemma"] in say() and b["lemma"] in say(),
        min(len(a["names"] & b["names"]), 3) / 3, min(len(a["args"] & b["args"]), 2) / 2,
        ra.get("type") is not None and ra.get("type") == rb.get("type"),
        xa is not None and xb is not None and xa != xb, linked, trig * same_key, trig * same_story,
    ]
    return [float(x) for x in row]


def pair_matrix(found: list[dict]) -> np.ndarray:
    """Features of every pair of ``found`` in ``itertools.combinations`` order."""
    rules = cluster_reports([c["report"] for c in found])
    ids = [c["report"]["id"] for c in found]
    rows = [features(a, b, rules[i] == rules[j])
            for (i, a), (j, b) in combinations(zip(ids, found, strict=True), 2)]
    return np.array(rows, dtype=float).reshape(len(rows), len(FEATURES))


def average_link(n: int, prob: np.ndarray, threshold: float) -> list[int]:
    """Cluster labels of ``n`` items by average link over their pair probabilities (condensed order)."""
    if n < 2:
        return [0] * n
    from scipy.cluster.hierarchy import fcluster, linkage

    return [int(x) for x in fcluster(linkage(1.0 - prob, method="average"), t=1.0 - threshold,
                                      criterion="distance")]


@cache
def model() -> dict:
    """The shipped pair scorer: ``{"features", "coef", "intercept", "mean", "scale", "threshold", ...}``."""
    data = json.loads(resources.files(__package__).joinpath(WEIGHTS).read_text(encoding="utf-8"))
    if data["features"] != FEATURES:
        raise ValueError(f"{WEIGHTS} was fitted on other features; refit it (benchmarks/ecb_contextual.py)")
    return data


def probabilities(x: np.ndarray, weights: dict) -> np.ndarray:
    """Logistic regression over standardised features."""
    z = (x - np.array(weights["mean"])) / np.array(weights["scale"])
    return 1.0 / (1.0 + np.exp(-(z @ np.array(weights["coef"]) + weights["intercept"])))


def cluster_contexts(found: list[dict], weights: dict | None = None, cross=None) -> dict[str, int]:
    """{mention id: cluster number} for encoded contexts, by the pair scorer and average link; with
    ``cross`` (a ``crossenc.CrossEncoder``) the candidate pairs are revised by it and the clustering uses
    its threshold (contexts must keep their article's ``text``)."""
    w = weights or model()
    x = pair_matrix(found)
    prob = probabilities(x, w) if len(x) else np.zeros(0)
    threshold = float(w["threshold"])
    if cross is not None and len(x):
        from .crossenc import pair_probabilities

        prob, threshold = pair_probabilities(found, prob, cross), float(cross.settings["threshold"])
    labels = average_link(len(found), prob, threshold)
    return {c["report"]["id"]: label for c, label in zip(found, labels, strict=True)}
