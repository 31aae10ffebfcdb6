"""Experiment (not part of ``make bench``): a learned mention-pair classifier for ECB+ event coreference.

    .venv/bin/python -m benchmarks.ecb_pairs [--wordnet /usr/share/wordnet]

Question it answers: would lexical knowledge (WordNet synonyms, derivations, hypernyms) or a pair classifier
learned on the training topics beat the rules of ``link/events.py`` on the dev topics? Each mention gets
the report ``cluster_mentions`` makes (newsgraph's event coding, story) plus its head's parse; every pair
within a topic gets features (same lemma, same word family, same story/document/sentence, both nouns, both
reporting verbs, shared named entities in the sentences, shared arguments in the head's subtree, same
PLOVER type, conflicting actors, and the WordNet relations when ``--wordnet`` names a WordNet 3.0 folder);
a logistic regression is fitted on the training topics only and the mentions of a topic are clustered by
average link over its probabilities. The threshold is chosen by leave-topics-out cross-validation on the
training topics (5 folds), then applied once to the dev topics. Nothing is shipped: it prints a table.
All figures are **dev** in the house sense (both splits were read while building newsgraph).
"""

from __future__ import annotations

import argparse
from itertools import combinations
from pathlib import Path

import numpy as np

from newsgraph.link.contextual import say

from . import ecbplus
from .coref import score

BASE = ["same lemma", "same family", "same story", "same document", "same sentence", "both nouns",
        "both reporting", "shared entities", "shared arguments", "same type", "actors conflict"]
WORDNET = ["wn synonym", "wn derived", "wn hypernym"]
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)


def mention_infos(docs) -> list[dict]:
    """One dict per gold event mention: newsgraph's report, the head's lemma/POS, sentence, arguments."""
    from newsgraph.link import mentions as ng
    from newsgraph.model import Article
    from newsgraph.pipeline import Pipeline

    pipe = Pipeline()
    out = []
    for topic, tdocs in ecbplus.by_topic(tuple(docs)).items():
        story = ng._stories([d.article() for d in tdocs])
        for d in (d for d in tdocs if d.mentions):
            doc = pipe.nlp(d.text)
            record = pipe.record(Article(id=d.id, date=ng.PLACEHOLDER_DATE, text=d.text, title=d.title()), doc)
            for m in d.mentions:
                report = ng._report({"id": m.id, "article": d.id, "start": m.start, "end": m.end},
                                    doc, record, story.get(d.id), False)
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                head = span.root if span is not None and len(span) else None
                out.append({
                    "report": report, "topic": topic, "gold": m.gold, "sentence": m.sentence,
                    "lemma": head.lemma_.lower() if head is not None else m.text.lower(),
                    "pos": head.pos_ if head is not None else "X",
                    "ents": {e.text.lower() for e in head.sent.ents if e.label_ not in ("ORDINAL", "CARDINAL")}
                    if head is not None else set(),
                    "args": {t.lemma_.lower() for t in head.subtree if t.pos_ in ("PROPN", "NOUN", "NUM")
                             and t.i != head.i} if head is not None else set(),
                })
    return out


def features(a: dict, b: dict, wordnet=None) -> list[float]:
    ra, rb = a["report"], b["report"]
    ta, tb = ra.get("type"), rb.get("type")
    xa, xb = ra.get("actor"), rb.get("actor")
    row = [a["lemma"] == b["lemma"], ra["lemma"] == rb["lemma"], ra["story"] == rb["story"],
           ra["article"] == rb["article"], ra["article"] == rb["article"] and a["sentence"] == b["sentence"],
           a["pos"] == b["pos"] == "NOUN", a["lemma"] in say() and b["lemma"] in say(),
           min(len(a["ents"] & b["ents"]), 3) / 3, min(len(a["args"] & b["args"]), 2) / 2,
           ta is not None and ta == tb, xa is not None and xb is not None and xa != xb]
    if wordnet is not None:
        row += list(wordnet.relation(a["lemma"], b["lemma"]))
    return [float(x) for x in row]


def topic_matrices(infos: list[dict], wordnet=None) -> dict[int, tuple]:
    """Topic -> (features of every pair in combinations order, gold same-event flags, the topic's infos)."""
    by: dict[int, list[dict]] = {}
    for i in infos:
        by.setdefault(i["topic"], []).append(i)
    out = {}
    for topic, ms in by.items():
        pairs = list(combinations(ms, 2))
        x = np.array([features(a, b, wordnet) for a, b in pairs]).reshape(len(pairs), -1)
        y = np.array([a["gold"] == b["gold"] for a, b in pairs])
        out[topic] = (x, y, ms)
    return out


def average_link(n: int, prob: np.ndarray, threshold: float) -> list[int]:
    """Cluster labels of ``n`` mentions by average link over pair probabilities (condensed order)."""
    if n < 2:
        return [0] * n
    from scipy.cluster.hierarchy import fcluster, linkage

    return list(fcluster(linkage(1.0 - prob, method="average"), t=1.0 - threshold, criterion="distance"))


def fit(mats: dict, topics) -> object:
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([mats[t][0] for t in topics])
    y = np.concatenate([mats[t][1] for t in topics])
    return LogisticRegression(max_iter=2000).fit(np.hstack([x, np.ones((len(x), 1))]), y)


def conll(mats: dict, models: dict, threshold: float):
    """Scores of the clustering of every topic in ``mats``, each by the model ``models[topic]``."""
    key, resp = {}, {}
    for topic, (x, _, ms) in mats.items():
        prob = models[topic].predict_proba(np.hstack([x, np.ones((len(x), 1))]))[:, 1] if len(x) else x
        for m, label in zip(ms, average_link(len(ms), prob, threshold), strict=True):
            key[m["report"]["id"]] = (topic, m["gold"])
            resp[m["report"]["id"]] = (topic, label)
    return score(key, resp)


def rules(mats: dict):
    """The shipped rules (``events.cluster_reports``) on the same reports, for comparison."""
    from newsgraph.link.events import cluster_reports

    key, resp = {}, {}
    for topic, (_, _, ms) in mats.items():
        found = cluster_reports([m["report"] for m in ms])
        for m in ms:
            key[m["report"]["id"]] = (topic, m["gold"])
            resp[m["report"]["id"]] = (topic, found[m["report"]["id"]])
    return score(key, resp)


def run(wordnet_dir: Path | None) -> list[list]:
    from .wordnet_dict import load

    wordnet = load(wordnet_dir) if wordnet_dir else None
    docs = [d for d in ecbplus.load() if d.mentions or d.text]  # as the bench: the stories see every article
    infos = mention_infos(docs)
    train = topic_matrices([i for i in infos if ecbplus.topic_split(i["topic"]) == "training"], wordnet)
    dev = topic_matrices([i for i in infos if ecbplus.topic_split(i["topic"]) == "dev"], wordnet)
    topics = sorted(train)
    folds = [topics[k::5] for k in range(5)]
    cv_models = {}
    for fold in folds:
        model = fit(train, [t for t in topics if t not in fold])
        cv_models.update({t: model for t in fold})
    cv = {th: conll(train, cv_models, th) for th in THRESHOLDS}
    best = max(cv, key=lambda th: cv[th].conll)
    full = fit(train, topics)
    names = BASE + (WORDNET if wordnet is not None else [])
    print("weights:", dict(zip(names + ["bias"], np.round(full.coef_[0], 2), strict=True)))
    rows = [["training", "rules (cluster_reports)", *rules(train).row()],
            ["dev", "rules (cluster_reports)", *rules(dev).row()]]
    rows += [["training (5-fold CV by topic)", f"pair classifier, threshold {th}", *cv[th].row()] for th in THRESHOLDS]
    rows.append(["dev", f"pair classifier, threshold {best} (from CV)", *conll(dev, dict.fromkeys(dev, full), best).row()])
    return rows


def main() -> None:
    from .common import table
    from .coref import HEADER

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, help="a WordNet 3.0 folder (data.* and index.* files)")
    args = parser.parse_args()
    rows = run(args.wordnet)
    print(f"WordNet features: {'on, ' + str(args.wordnet) if args.wordnet else 'off'}")
    print(table(["split", "system"] + HEADER, rows))


if __name__ == "__main__":
    main()
