"""Quantities: recognition on MEANTIME's VALUE annotations, and the seed article's core quantities.

Both sets are dev (the quantity rules were developed while reading them). Scoring rule on MEANTIME, applied to
precision and recall alike: a prediction and a gold VALUE match when they overlap (the exact-span rows, same
start and end, are the strict variant shown beside it); only the annotated sentences are scored.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

from .common import DEV, EVAL, prf, seed_gold, seed_record, summary, table

TITLE = "Quantities: MEANTIME VALUE recognition and the seed's amounts"
ORDER = 50
MEANTIME = EVAL / "meantime_en" / "intra-doc_annotation"
NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "%", "'s", "n't", "'", "''", "?", "!"}
NO_SPACE_AFTER = {"(", "$", "``", "US$", "AU$", "€", "£"}


def meantime_docs():
    """(doc id, date, text, gold [(start, end, type)], region end) per MEANTIME article.

    The text is rebuilt from the tokens (one line per sentence). MEANTIME annotates only the first sentences of each
    article (title, date line and about four more); ``region end`` is the character offset where the last sentence
    with any annotation (entity, event, time or value) ends.
    """
    for path in sorted(MEANTIME.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        offsets, sentence_end, parts, pos, prev_sent, prev_tok = {}, {}, [], 0, None, None
        sentence_of = {}
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
            sentence_of[tok.get("t_id")] = sent
            parts.append(word)
            pos += len(word)
            sentence_end[sent] = pos
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
        markables = root.find("Markables")
        annotated = [sentence_of[a.get("t_id")] for a in markables.iter("token_anchor")] if markables else []
        region = sentence_end[max(annotated, key=int)] if annotated else pos
        yield path.stem, _iso(date), "".join(parts), gold, region


def _iso(date: str | None) -> str:
    """MEANTIME creation dates are mostly ISO; a few are DD-MM-YYYY."""
    date = (date or "")[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return date
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", date)
    return f"{m[3]}-{m[2]}-{m[1]}" if m else "2010-01-01"


def _kind(unit: str | None) -> str:
    if unit is None:
        return "none (a count)"
    if unit in ("percent", "fraction"):
        return unit
    return "money" if re.fullmatch(r"[A-Z]{3}", unit) else "measure"


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _score(docs, records, region_only: bool) -> tuple[list, Counter, Counter, Counter, Counter]:
    n_pred = n_gold = tp_pred = tp_gold = exact = 0
    by_type, found_type, pred_kind, right_kind = Counter(), Counter(), Counter(), Counter()
    for (_, _, _, gold, region), rec in zip(docs, records, strict=True):
        preds = [q for q in rec.quantities if not region_only or q.start < region]
        n_pred += len(preds)
        n_gold += len(gold)
        for q in preds:
            hit = any(_overlaps((q.start, q.end), g) for g in gold)
            tp_pred += hit
            pred_kind[_kind(q.unit)] += 1
            right_kind[_kind(q.unit)] += hit
        for g in gold:
            by_type[g[2]] += 1
            if any(_overlaps((q.start, q.end), g) for q in preds):
                tp_gold += 1
                found_type[g[2]] += 1
            exact += any((q.start, q.end) == (g[0], g[1]) for q in preds)
    p, r = tp_pred / n_pred if n_pred else 0.0, tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    ep, er, ef = prf(exact, n_pred, n_gold)
    where = "annotated sentences" if region_only else "whole text"
    rows = [[where, "overlap", n_gold, n_pred, p, r, f], [where, "exact span", n_gold, n_pred, ep, er, ef]]
    return rows, by_type, found_type, pred_kind, right_kind


def meantime() -> str:
    from newsgraph.model import Article
    from newsgraph.pipeline import Pipeline

    docs = list(meantime_docs())
    records = list(Pipeline().run([Article(id=i, date=d, text=t) for i, d, t, _, _ in docs]))
    whole, *_ = _score(docs, records, region_only=False)
    region, by_type, found_type, pred_kind, right_kind = _score(docs, records, region_only=True)
    recall = [[t, by_type[t], found_type[t], found_type[t] / by_type[t]] for t in sorted(by_type)]
    kinds = [[k, pred_kind[k], right_kind[k], right_kind[k] / pred_kind[k]] for k in sorted(pred_kind)]
    line = summary("quantities", f"MEANTIME VALUE ({len(docs)} articles, annotated sentences)", DEV,
                   "overlap (exact span beside it)", f"F1 {region[0][6]:.3f} (exact span {region[1][6]:.3f})")
    return (
        line + "\n\n"
        f"MEANTIME English, {len(docs)} articles, **dev** (read while developing the rules), text rebuilt from the "
        "tokens, VALUE spans as character offsets. "
        "A prediction is right when it overlaps a gold VALUE; a gold VALUE is found when a prediction overlaps it "
        "(exact span: same start and end). MEANTIME annotates only the first sentences of each article (title, "
        "date line and about four more), so the figure to read is the one on the annotated sentences; the "
        "whole-text precision counts every amount in the unannotated rest as wrong.\n\n"
        + table(["text scored", "match", "gold", "predicted", "P", "R", "F1"], region + whole)
        + "\n\nRecall by gold type (annotated sentences, overlap):\n\n"
        + table(["type", "gold", "found", "recall"], recall)
        + "\n\nPrecision by the unit newsgraph gave (annotated sentences, overlap):\n\n"
        + table(["unit", "predicted", "overlap a gold VALUE", "P"], kinds)
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
    line = summary("quantities", "seed article", DEV, "gold.json value, unit and qualifier",
                   f"{ok}/{len(gold['core'])} core", "`$6 million` USD around, `86,000` more than", targets)
    return (
        line + "\n\n"
        f"Seed article (**dev**): {ok} of {len(gold['core'])} core quantities with the right value, unit and qualifier; "
        f"{len(extra)} other quantities reported (not core, not acceptable){': ' + ', '.join(extra) if extra else ''}. "
        f"Targets (`$6 million` USD around, `86,000` more than): {'met' if targets else 'NOT met'}.\n\n"
        + table(
            ["gold", "value", "unit", "qualifier", "found", "value", "unit", "qualifier", "counts", "right"],
            rows,
        )
    )


TE3 = EVAL / "te3_platinum"
NUMBERISH = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"thousand|dozen)\b",
    re.IGNORECASE,
)


def _walk(node, parts: list[str], spans: list[tuple[int, int, str]]) -> None:
    """Collect the plain text of a TimeML element into ``parts`` and its TIMEX3 spans into ``spans``."""
    if node.text:
        start = sum(map(len, parts))
        parts.append(node.text)
        if node.tag == "TIMEX3":
            spans.append((start, start + len(node.text), node.text))
    for child in node:
        _walk(child, parts, spans)
        if child.tail:
            parts.append(child.tail)


def te3_docs():
    """(doc id, date, text, [(start, end, text)] of TIMEX3 in the body) per TempEval-3 platinum article."""
    for path in sorted(TE3.glob("*.tml")):
        root = ET.parse(path).getroot()
        dct = root.find("DCT/TIMEX3")
        body = root.find("TEXT")
        parts: list[str] = []
        spans: list[tuple[int, int, str]] = []
        _walk(body, parts, spans)
        yield path.stem, (dct.get("value") if dct is not None else "2013-01-01")[:10], "".join(parts), spans


def te3() -> str:
    """Time expressions with a number in them must not come out as quantities."""
    from newsgraph.model import Article
    from newsgraph.pipeline import Pipeline

    docs = list(te3_docs())
    records = Pipeline().run([Article(id=i, date=d, text=t) for i, d, t, _ in docs])
    numeric = taken = 0
    for (_, _, _, spans), rec in zip(docs, records, strict=True):
        for start, end, text in spans:
            if NUMBERISH.search(text):
                numeric += 1
                taken += any(q.start < end and start < q.end for q in rec.quantities)
    return (
        f"Precision trap, TempEval-3 platinum ({len(docs)} articles, **dev**): of {numeric} gold time expressions with a "
        f"number in them (years, dates, clock times, durations), {taken} overlap a reported quantity "
        f"({taken / numeric if numeric else 0:.3f}); lower is better."
    )


def run() -> str:
    return seed() + "\n\n" + meantime() + "\n\n" + te3()
