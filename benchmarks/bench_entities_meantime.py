"""Entities on MEANTIME English (120 Wikinews articles): mentions, types and coreference.

Dev, not unseen: the coreference rules were tuned while reading MEANTIME articles.

Gold: ENTITY_MENTION markables of PER, ORG and LOC entities (linked to their entity by REFERS_TO); text is
rebuilt from the tokens (a space between tokens, a newline between sentences) and offsets computed from it.
- Named mentions: gold NAM mentions against newsgraph's `name` mentions; a match overlaps.
- Type: on matched named mentions, PER = PERSON, ORG = ORG, LOC = GPE/LOC/FAC.
- Coreference: pairwise, over the mentions both sides found (any kind: names, descriptions, pronouns). Precision
  is the share of newsgraph's same-entity pairs that gold puts in one entity; recall the converse.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from .common import DEV, EVAL, prf, summary, table
from .corpus import read_meantime

TITLE = "Entities: MEANTIME (dev)"
ORDER = 11
TYPES = {"PER": {"PERSON"}, "ORG": {"ORG"}, "LOC": {"GPE", "LOC", "FAC"}}


def load(path):
    text, date, offsets, root = read_meantime(path)
    markables = root.find("Markables")
    mentions, entity_type = {}, {}
    for m in markables.iter("ENTITY_MENTION"):
        anchors = [offsets[a.get("t_id")] for a in m.iter("token_anchor") if a.get("t_id") in offsets]
        if anchors:
            mentions[m.get("m_id")] = (min(a[0] for a in anchors), max(a[1] for a in anchors), m.get("syntactic_type", ""))
    for e in markables.iter("ENTITY"):
        entity_type[e.get("m_id")] = e.get("ent_type")
    gold = []  # (start, end, syntactic type, entity id, entity type)
    for rel in root.find("Relations").iter("REFERS_TO"):
        target = rel.find("target").get("m_id")
        etype = entity_type.get(target)
        if etype not in TYPES:
            continue
        for src in rel.iter("source"):
            if src.get("m_id") in mentions:
                s, e, syn = mentions[src.get("m_id")]
                gold.append((s, e, syn, target, etype))
    every = [(s, e) for s, e, _ in mentions.values()]
    return text, date, gold, every


def run() -> str:
    from newsgraph.model import Article
    from newsgraph.pipeline import Pipeline

    paths = sorted((EVAL / "meantime_en" / "intra-doc_annotation").rglob("*.xml"))
    docs = [(p, *load(p)) for p in paths]
    articles = [Article(id=p.stem, date=d, text=t) for p, t, d, _, _ in docs]
    counts = defaultdict(int)
    for (_path, _text, _date, gold, every), rec in zip(docs, Pipeline().run(articles), strict=True):
        names = [g for g in gold if g[2] == "NAM"]
        pred_names = [(m, e) for e in rec.entities for m in e.mentions if m.kind == "name"]
        counts["gold_names"] += len(names)
        counts["pred_names"] += len(pred_names)
        counts["gold_found"] += sum(any(m.start < g[1] and g[0] < m.end for m, _ in pred_names) for g in names)
        for m, ent in pred_names:
            hit = next((g for g in names if m.start < g[1] and g[0] < m.end), None)
            if hit is not None:
                counts["typed_n"] += 1
                counts["typed"] += ent.type in TYPES[hit[4]]
            if any(m.start < e and s < m.end for s, e in every):
                counts["pred_ok"] += 1
        # coreference over mentions both sides found
        pairs_found = []
        for m, ent in ((m, e) for e in rec.entities for m in e.mentions):
            g = next((g for g in gold if m.start < g[1] and g[0] < m.end), None)
            if g is not None:
                pairs_found.append((ent.id, g[3], (g[0], g[1])))
        uniq = {}
        for ent_id, gold_id, span in pairs_found:
            uniq.setdefault(span, (ent_id, gold_id))
        for (a_pred, a_gold), (b_pred, b_gold) in combinations(uniq.values(), 2):
            same_pred, same_gold = a_pred == b_pred, a_gold == b_gold
            counts["pp"] += same_pred
            counts["gp"] += same_gold
            counts["both"] += same_pred and same_gold
    p, _, _ = prf(counts["pred_ok"], counts["pred_names"], 1)
    _, r, _ = prf(counts["gold_found"], 1, counts["gold_names"])
    f = 2 * p * r / (p + r) if p + r else 0.0
    cp, cr, cf = prf(counts["both"], counts["pp"], counts["gp"])
    type_acc = counts["typed"] / counts["typed_n"] if counts["typed_n"] else 0.0
    line = summary("entities", f"MEANTIME ({len(docs)} articles)", DEV,
                   "named mentions by overlap; coreference pairwise over mentions both found",
                   f"mention recall {r:.3f}, coreference F1 {cf:.3f}")
    return (
        line + "\n\n"
        f"{len(docs)} articles. Gold: {counts['gold_names']} named mentions of PER/ORG/LOC entities. "
        "**dev**: the coreference rules were tuned while reading MEANTIME articles, so these figures do not say how "
        "the entity pass does on unseen news. No figure here is a target of an issue.\n\n"
        + table(
            ["measure", "precision", "recall", "F1"],
            [
                ["named mentions (overlap)", p, r, f],
                ["coreference, pairwise over mentions both found", cp, cr, cf],
            ],
        )
        + f"\n\nType agreement on matched named mentions: {type_acc:.3f} ({counts['typed']} of {counts['typed_n']}).\n"
        "Recall is over gold named mentions of PER/ORG/LOC entities; precision credits a newsgraph name mention that "
        "overlaps any MEANTIME entity mention (products and financial entities included) and counts every other one as "
        "wrong. MEANTIME does not mark every name in its texts, so that precision is a lower bound: read the recall "
        "and the coreference figures first."
    )
