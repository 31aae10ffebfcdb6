"""Train the event disposer (newsgraph/extractors/eventcoding/disposer.py) and write its weights as JSON.

    NEWSGRAPH_EVAL=/path/to/shared/eval .venv/bin/python scripts/train_event_disposer.py [--write]

Training data (licences allow shipping weights learned from them): the PLOVER gold standard records (CC BY-SA
4.0) and the M2E2 dev half's Voice of America texts (public domain text; every event of its four types annotated).
RAMS (CC BY-SA) is left out: it labels one event per window, so it gives positives only, and a model trained on
positives alone is over-confident on their types. WikiEvents (research use) is
only measured, never trained on. Candidates are what the rules propose, labelled against gold with the scorer's
strict rule; a prediction on a trigger the gold leaves unmapped ("killed" is Life:Die) is neither right nor wrong
and is left out. Figures: 5-fold cross-validation grouped by document (every figure **dev**).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import bench_events, bench_events_news  # noqa: E402
from newsgraph.extractors.eventcoding import disposer  # noqa: E402
from newsgraph.model import Article  # noqa: E402

MIN_COUNT = 3  # a lemma feature needs this many training candidates: no weight for one sentence's word
C = 0.5


def collect_news(name: str) -> tuple[list[dict], list[dict]]:
    records = bench_events_news.gold(name)
    pipe = bench_events_news._pipeline()
    with disposer.collecting() as rows:
        for r, doc in zip(records, bench_events_news._docs(name, records), strict=True):
            pipe.record(Article(id=str(r["id"]), date=r.get("date") or "2016-01-01", text=r["text"]), doc)
    return records, rows


def label_news(records: list[dict], rows: list[dict], sc, positives_only: bool) -> list[tuple[dict, int, str]]:
    docs = {str(r["id"]): r for r in records}
    out = []
    for row in rows:
        rec = docs[row["id"]]
        ev = row["event"].to_dict()
        if not positives_only and ev["type"] not in set(rec.get("plover_types_covered") or []):
            continue
        doc = sc.Doc(rec)
        ok = any(sc.match_info(doc, g, ev, {g["plover"]}, 30, True) is not None for g in rec["events"])
        if not ok:
            if positives_only:
                continue
            t = (ev["trigger"]["start"], ev["trigger"]["end"])
            if any(sc.gap(t, (u["trigger"]["start"], u["trigger"]["end"])) == 0 for u in rec.get("unmapped_events") or []):
                continue
        out.append((row, int(ok), row["id"]))
    return out


def collect_gsr() -> list[tuple[dict, int, str]]:
    records = bench_events.gsr_records()
    pipe = bench_events_news._pipeline()
    with disposer.collecting() as rows:
        for r in records:
            pipe.extract(Article(id=str(r["id"]), date="2000-01-01", text=r["text"]))
    gold = {str(r["id"]): bench_events.RENAME.get(r["event"], r["event"]) for r in records}
    out = []
    for row in rows:
        ev = row["event"]
        if ev.type == gold[row["id"]]:
            out.append((row, 1, "gsr" + row["id"]))
        elif ev.status == "occurred":
            out.append((row, 0, "gsr" + row["id"]))
    return out


TEAM = ROOT / "scripts" / "data" / "disposer_team_sentences.jsonl"


def collect_team(path: Path = TEAM) -> list[tuple[dict, int, str]]:
    """The team's own labelled sentences (written by the newsgraph team, licensed with the project): every event a
    sentence tells is listed with its type(s) ("ASSAULT|COERCE") and trigger words; a candidate is right when its type
    is listed for a trigger it overlaps, wrong otherwise (any status). Folds group a sentence with its set ("t05")."""
    pipe = bench_events_news._pipeline()
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        rec = json.loads(line)
        gold = []
        for g in rec["events"]:
            start = rec["text"].index(g["trigger"])
            gold.append((set(g["type"].split("|")), start, start + len(g["trigger"])))
        with disposer.collecting() as rows:
            pipe.extract(Article(id=f"{rec['id']}-{n}", date=rec["date"], text=rec["text"]))
        for row in rows:
            ev = row["event"]
            ok = any(ev.type in types and ev.trigger.start < b and a < ev.trigger.end for types, a, b in gold)
            out.append((row, int(ok), "team" + rec["id"]))
    return out


def vocabulary(rows: list[tuple[dict, int, str]]) -> list[str]:
    counts = Counter(k for row, _, _ in rows for k in row["features"])
    return sorted(k for k, n in counts.items() if n >= MIN_COUNT)


def matrix(rows, vocab: list[str]) -> np.ndarray:
    index = {k: i for i, k in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for r, (row, _, _) in enumerate(rows):
        for k, v in row["features"].items():
            if k in index:
                x[r, index[k]] = v
    return x


def fit(x: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=2000).fit(x, y)


def cross_validated(rows, folds: int = 5) -> np.ndarray:
    """Out-of-fold probabilities, folds grouped by document."""
    from sklearn.model_selection import GroupKFold

    vocab = vocabulary(rows)
    x, y = matrix(rows, vocab), np.array([lab for _, lab, _ in rows])
    groups = [g for _, _, g in rows]
    p = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        p[test] = fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    return p


def reliability(p: np.ndarray, y: np.ndarray) -> list[tuple[str, int, float]]:
    bins = [0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
    out = []
    for lo, hi in zip(bins, bins[1:], strict=False):
        m = (p >= lo) & (p < hi)
        out.append((f"[{lo:.1f},{min(hi, 1):.1f})", int(m.sum()), float(y[m].mean()) if m.any() else float("nan")))
    return out


def auc(y: np.ndarray, p: np.ndarray) -> float:
    """How well the probabilities rank right candidates above wrong ones (0.5: no better than chance)."""
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, p)) if 0 < y.sum() < len(y) else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help="write the weights beside disposer.py")
    ap.add_argument("--keep-above", type=float, default=0.25)
    ap.add_argument("--drop-below", type=float, default=0.2)
    ap.add_argument("--team", action="store_true", help="also train on the team's own labelled sentences (not shipped: see disposer_weights.md)")
    a = ap.parse_args()
    disposer.weights = lambda *_: None  # the rules alone, every candidate collected
    sc = bench_events_news.scorer()
    m2e2 = label_news(*collect_news("m2e2"), sc, positives_only=False)
    rams: list = []  # RAMS labels one event per window: positives only, which would inflate its types' confidence
    gsr = collect_gsr()
    wiki = label_news(*collect_news("wikievents"), sc, positives_only=False)
    team = collect_team() if a.team else []
    rows = m2e2 + rams + gsr + team
    print(f"training candidates: M2E2 {len(m2e2)}, RAMS {len(rams)}, GSR {len(gsr)}, team {len(team)}; WikiEvents (measure only) {len(wiki)}")
    p = cross_validated(rows)
    y = np.array([lab for _, lab, _ in rows])
    prop = np.array([row["proposal"] for row, _, _ in rows])
    print("cross-validated reliability (all training candidates):", reliability(p, y))
    print(f"cross-validated ranking (ROC AUC): all {auc(y, p):.3f}, M2E2 {auc(y[:len(m2e2)], p[:len(m2e2)]):.3f}, "
          f"PLOVER {auc(y[len(m2e2):len(m2e2) + len(gsr)], p[len(m2e2):len(m2e2) + len(gsr)]):.3f}"
          + (f", team {auc(y[-len(team):], p[-len(team):]):.3f}" if team else ""))
    for name, part in (("m2e2", slice(0, len(m2e2))), ("gsr", slice(len(m2e2) + len(rams), len(rows) - len(team)))):
        pp, yy, pr = p[part], y[part], prop[part]
        for lo, hi in ((0.1, 0.4), (0.2, 0.4), (0.2, 0.3), (0.2, 0.25), (0.3, 0.5), (0.4, 0.5), (0.3, 0.6)):
            k = np.where(pr, pp >= hi, pp >= lo)
            print(f"  {name} drop<{lo} keep>={hi}: kept {k.sum()} right {yy[k].sum()} precision {yy[k].mean():.3f}")
        keep = np.where(pr, pp >= a.keep_above, pp >= a.drop_below)
        before = ~pr
        print(f"{name} CV: candidates {len(yy)}; rules alone keep {before.sum()} right {yy[before].sum()}; "
              f"with the disposer keep {keep.sum()} right {yy[keep].sum()} (precision {yy[keep].mean():.3f} vs "
              f"{yy[before].mean():.3f}); >= 0.8: {int((keep & (pp >= 0.8)).sum())} precision {yy[keep & (pp >= 0.8)].mean():.3f}")
    vocab = vocabulary(rows)
    model = fit(matrix(rows, vocab), y)
    xw = matrix(wiki, vocab)
    pw = model.predict_proba(xw)[:, 1]
    yw = np.array([lab for _, lab, _ in wiki])
    print("WikiEvents (not trained on) reliability:", reliability(pw, yw))
    print(f"WikiEvents (not trained on) ROC AUC {auc(yw, pw):.3f}")
    weights = {k: round(float(w), 4) for k, w in zip(vocab, model.coef_[0], strict=True) if abs(w) > 1e-4}
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 4)
    out = {"keep_above": a.keep_above, "drop_below": a.drop_below, "weights": weights,
           "trained_on": "PLOVER GSR records (CC BY-SA 4.0), M2E2 dev half (VOA texts)"
           + (", the team's own labelled sentences" if team else ""),
           "candidates": len(rows), "min_count": MIN_COUNT, "C": C}
    if a.write:
        disposer.WEIGHTS.write_text(json.dumps(out, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print("wrote", disposer.WEIGHTS, len(weights), "weights")


if __name__ == "__main__":
    main()
