"""Fit the contextual pair scorer (``newsgraph/link/contextual.py``) on the ECB+ training topics.

    .venv/bin/python -m benchmarks.ecb_contextual [--cache /tmp/ecb_contexts.pkl] [--write]

Every gold event mention of topics 1-35 (36-45 are held out and never read) becomes a context (newsgraph's
report, head, sentence, and the encoder's trigger/sentence/article vectors), topic by topic as
``cluster_mentions`` sees them. A logistic regression over ``contextual.FEATURES`` of every pair within a
topic is fitted on the training topics; the clustering threshold is the one whose mean CoNLL F1 is best
in 5-fold cross-validation grouped by topic (each fold's topics scored by a model fitted on the other
four folds). The dev topics are only scored, once, with the model fitted on all training topics.
``--write`` stores the weights, threshold and figures in ``newsgraph/link/coref_pairs.json``.
All figures are **dev** in the house sense.
"""

from __future__ import annotations

import argparse
import json
import pickle
import time
from pathlib import Path

import numpy as np

from . import ecbplus
from .coref import score

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
FOLDS = 5
PROVENANCE = {
    "data": "ECB+ (Cybulska and Vossen 2014), training topics only: 1-35 without the dev topics 2, 5, 12, 18, "
            "21, 23, 34, 35; the test topics 36-45 were never read. Gold event mentions (ACTION_*, NEG_*) of "
            "the sentences in ECBplus_coreference_sentences.csv; every pair of mentions within a topic.",
    "data_licence": "CC BY 3.0 (ECB+ LICENSEDATA.TXT); these weights are derived from it: attribution "
                    "Agata Cybulska and Piek Vossen, ECB+ (LREC 2014).",
    "encoder": "sentence-transformers all-MiniLM-L6-v2 (Apache-2.0), run by newsgraph/link/encoder.py",
    "method": "scikit-learn LogisticRegression (C=1) on standardised FEATURES; threshold for average-link "
              "clustering chosen by 5-fold cross-validation grouped by topic on the training topics "
              "(benchmarks/ecb_contextual.py --write)",
}
OUT = Path(__file__).resolve().parent.parent / "newsgraph" / "link" / "coref_pairs.json"


def topic_contexts(docs, encoder=None) -> tuple[dict[int, list[dict]], float]:
    """Topic -> encoded contexts of its gold mentions (gold id under ``"gold"``); seconds spent encoding."""
    from newsgraph.link import contextual
    from newsgraph.pipeline import Pipeline

    pipe = Pipeline()
    out, spent = {}, 0.0
    for topic, tdocs in ecbplus.by_topic(tuple(docs)).items():
        gold = {m.id: m.gold for d in tdocs for m in d.mentions}
        mentions = [{"id": m.id, "article": m.article, "start": m.start, "end": m.end}
                    for d in tdocs for m in d.mentions]
        found = contextual.contexts([d.article() for d in tdocs], mentions, pipe)
        started = time.process_time()
        contextual.encode(found, encoder)
        spent += time.process_time() - started
        for c in found:
            c["gold"] = gold[c["report"]["id"]]
            c.pop("text", None)
        out[topic] = found
        print(f"topic {topic}: {len(found)} mentions", flush=True)
    return out, spent


def matrices(per_topic: dict[int, list[dict]]) -> dict[int, tuple]:
    """Topic -> (pair features, gold same-event flags, contexts)."""
    from itertools import combinations

    from newsgraph.link.contextual import pair_matrix

    out = {}
    for topic, found in per_topic.items():
        y = np.array([a["gold"] == b["gold"] for a, b in combinations(found, 2)], dtype=bool)
        out[topic] = (pair_matrix(found), y, found)
    return out


def fit(mats: dict, topics, c: float = 1.0) -> dict:
    """Logistic regression on standardised features of the topics' pairs, as the weights dict."""
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([mats[t][0] for t in topics])
    y = np.concatenate([mats[t][1] for t in topics])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(max_iter=5000, C=c).fit((x - mean) / scale, y)
    from newsgraph.link.contextual import FEATURES

    return {"features": FEATURES, "coef": lr.coef_[0].tolist(), "intercept": float(lr.intercept_[0]),
            "mean": mean.tolist(), "scale": scale.tolist()}


def clustered(mats: dict, weights_of: dict, threshold: float) -> tuple[dict, dict]:
    """(gold key, response) over every topic of ``mats``, each topic by its own weights."""
    from newsgraph.link.contextual import average_link, probabilities

    key, resp = {}, {}
    for topic, (x, _, found) in mats.items():
        prob = probabilities(x, weights_of[topic]) if len(x) else np.zeros(0)
        for c, label in zip(found, average_link(len(found), prob, threshold), strict=True):
            key[c["report"]["id"]] = (topic, c["gold"])
            resp[c["report"]["id"]] = (topic, label)
    return key, resp


def cross_validate(train: dict) -> dict:
    """Threshold -> scores (``CorefScores``) over the training topics, each fold scored by a model fitted
    without it."""
    topics = sorted(train)
    folds = [topics[k::FOLDS] for k in range(FOLDS)]
    weights_of = {}
    for fold in folds:
        w = fit(train, [t for t in topics if t not in fold])
        weights_of.update(dict.fromkeys(fold, w))
    return {th: score(*clustered(train, weights_of, th)) for th in THRESHOLDS}


def load_contexts(cache: Path | None) -> dict[int, list[dict]]:
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    docs = [d for d in ecbplus.load() if d.mentions or d.text]
    per_topic, spent = topic_contexts(docs)
    n = sum(len(v) for v in per_topic.values())
    print(f"encoded {n} mentions in {spent:.0f}s CPU ({spent / n * 1e3:.0f} ms a mention)")
    if cache is not None:
        cache.write_bytes(pickle.dumps(per_topic))
    return per_topic


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="pickle of the encoded contexts (made when missing)")
    parser.add_argument("--write", action="store_true", help=f"write the fitted scorer to {OUT.name}")
    args = parser.parse_args()
    per_topic = load_contexts(args.cache)
    train = matrices({t: v for t, v in per_topic.items() if ecbplus.topic_split(t) == "training"})
    dev = matrices({t: v for t, v in per_topic.items() if ecbplus.topic_split(t) == "dev"})
    cv = {th: s.conll for th, s in cross_validate(train).items()}
    best = max(cv, key=cv.get)
    print("CV CoNLL by threshold (training topics):", {k: round(v, 3) for k, v in cv.items()})
    weights = fit(train, sorted(train)) | {"threshold": best}
    print("weights:", dict(zip(weights["features"], np.round(weights["coef"], 2), strict=True)))
    result = score(*clustered(dev, dict.fromkeys(dev, weights), best))
    print(f"dev CoNLL {result.conll:.3f} at threshold {best}", result.row())
    if args.write:
        weights["figures"] = {"cv_conll_training": round(cv[best], 4), "dev_conll": round(result.conll, 4),
                              "cv_conll_by_threshold": {str(k): round(v, 4) for k, v in cv.items()}}
        weights |= PROVENANCE
        OUT.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
