"""Quantities: recognition on MEANTIME's VALUE annotations, and the seed article's core quantities."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

from .common import EVAL, prf, seed_gold, seed_record, table

TITLE = "Quantities: MEANTIME VALUE recognition and the seed's amounts"
ORDER = 50
MEANTIME = EVAL / "meantime_en" / "intra-doc_annotation"
NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "%", "'s", "n't", "'", "''", "?", "!"}
NO_SPACE_AFTER = {"(", "$", "``", "US$", "AU$", "€", "£"}


def meantime_docs():
    """(doc id, date, text, gold [(start, end, type)]) per MEANTIME article, text rebuilt from the tokens."""
    for path in sorted(MEANTIME.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        offsets, parts, pos, prev_sent, prev_tok = {}, [], 0, None, None
        for tok in root.iter("token"):
            word, sent = tok.text or "", tok.get("sentence")
            if prev_sent is not None:
                sep = (
                    "\n"
                    if sent != prev_sent
                    else ("" if word in NO_SPACE_BEFORE or prev_tok in NO_SPACE_AFTER else " ")
                )
                parts.append(sep)
                pos += len(sep)
            offsets[tok.get("t_id")] = (pos, pos + len(word))
            parts.append(word)
            pos += len(word)
            prev_sent, prev_tok = sent, word
        date = next(
            (t.get("value") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"),
            None,
        )
        gold = []
        for v in root.iter("VALUE"):
            ids = [a.get("t_id") for a in v.iter("token_anchor")]
            if ids:
                gold.append((offsets[ids[0]][0], offsets[ids[-1]][1], v.get("type")))
        yield path.stem, _iso(date), "".join(parts), gold


def _iso(date: str | None) -> str:
    """MEANTIME creation dates are mostly ISO; a few are DD-MM-YYYY."""
    date = (date or "")[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return date
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", date)
    return f"{m[3]}-{m[2]}-{m[1]}" if m else "2010-01-01"


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def meantime() -> str:
    from newsgraph.model import Article
    from newsgraph.pipeline import Pipeline

    docs = list(meantime_docs())
    articles = [Article(id=i, date=d, text=t) for i, d, t, _ in docs]
    records = list(Pipeline().run(articles))
    n_pred = n_gold = tp_pred = tp_gold = exact = 0
    by_type: Counter = Counter()
    found_type: Counter = Counter()
    for (_, _, _, gold), rec in zip(docs, records, strict=True):
        pred = [(q.start, q.end) for q in rec.quantities]
        n_pred += len(pred)
        n_gold += len(gold)
        tp_pred += sum(any(_overlaps(p, g) for g in gold) for p in pred)
        for g in gold:
            by_type[g[2]] += 1
            if any(_overlaps(p, g) for p in pred):
                tp_gold += 1
                found_type[g[2]] += 1
            exact += (g[0], g[1]) in pred
    p, r = tp_pred / n_pred if n_pred else 0.0, tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    rows = [["overlap", n_gold, n_pred, p, r, f]]
    ep, er, ef = prf(exact, n_pred, n_gold)
    rows.append(["exact span", n_gold, n_pred, ep, er, ef])
    recall = [[t, by_type[t], found_type[t], found_type[t] / by_type[t]] for t in sorted(by_type)]
    return (
        f"MEANTIME English, {len(docs)} articles (text rebuilt from the tokens, VALUE spans as character offsets; "
        "precision counts a prediction right when it overlaps a gold VALUE, recall a gold VALUE found when a "
        "prediction overlaps it).\n\n"
        + table(["match", "gold", "predicted", "P", "R", "F1"], rows)
        + "\n\nRecall by gold type (overlap):\n\n"
        + table(["type", "gold", "found", "recall"], recall)
    )


def seed() -> str:
    gold = seed_gold()["quantities"]
    rec = seed_record()
    preds = list(rec.quantities)
    rows, ok = [], 0
    for g in gold["core"]:
        hit = next((q for q in preds if g["text"] in q.text), None)
        right = (
            hit is not None
            and hit.value == g["value"]
            and hit.unit == g.get("unit", hit.unit)
            and (g.get("qualifier") is None or hit.qualifier == g["qualifier"])
        )
        ok += right
        rows.append([g["text"], g["value"], g.get("unit", ""), g.get("qualifier", ""),
                     hit.text if hit else "-", hit.value if hit else "-", hit.unit if hit else "-",
                     hit.qualifier if hit else "-", hit.counts if hit else "-", "yes" if right else "NO"])  # fmt: skip
    allowed = [g["text"] for g in gold["core"] + gold["acceptable"]]
    extra = [q.text for q in preds if not any(a in q.text or q.text in a for a in allowed)]
    needed = {"$6 million": ("USD", "around"), "86,000": (None, "more than")}
    targets = all(
        any(t in q.text and (u is None or q.unit == u) and q.qualifier == qual for q in preds)
        for t, (u, qual) in needed.items()
    )
    return (
        f"Seed article: {ok} of {len(gold['core'])} core quantities with the right value, unit and qualifier; "
        f"{len(extra)} other quantities reported (not core, not acceptable){': ' + ', '.join(extra) if extra else ''}. "
        f"Targets (`$6 million` USD around, `86,000` more than): {'met' if targets else 'NOT met'}.\n\n"
        + table(
            ["gold", "value", "unit", "qualifier", "found", "value", "unit", "qualifier", "counts", "right"],
            rows,
        )
    )


def run() -> str:
    return seed() + "\n\n" + meantime()
