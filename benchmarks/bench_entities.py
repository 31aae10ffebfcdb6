"""The seed article's entities against gold.json: found with country and sector, and same-entity pairs.

Dev: the seed article has been read throughout development. A core entity is right when it is found (same name,
or the most mentions among its aliases) with gold's country and, for people, sector; a same-entity pair is right
when both names are mentions of one entity.
"""

from __future__ import annotations

from .common import DEV, seed_gold, seed_record, summary, table

TITLE = "Entities: seed article"
ORDER = 10


def _norm(text: str) -> str:
    text = text.replace("’", "'").strip()
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    return text.removesuffix("'s").lower()


def match(gold: dict, entities) -> object | None:
    """The predicted entity for a gold entity: same name, or the most mentions among its aliases."""
    names = {_norm(gold["name"])} | {_norm(a) for a in gold.get("aliases", [])}
    best, best_hits = None, 0
    for ent in entities:
        if _norm(ent.name) == _norm(gold["name"]):
            return ent
        hits = sum(_norm(m.text) in names for m in ent.mentions)
        if hits > best_hits:
            best, best_hits = ent, hits
    return best


def score(record, gold) -> tuple[list[list], int, list[list], int]:
    rows, ok = [], 0
    for g in gold["entities"]["core"]:
        ent = match(g, record.entities)
        country_ok = ent is not None and ("country" not in g or ent.country == g["country"])
        sector_ok = ent is not None and (g["type"] != "PERSON" or "sector" not in g or ent.sector == g["sector"])
        good = ent is not None and country_ok and sector_ok
        ok += good
        rows.append([
            g["name"], ent.name if ent else "-", f"{g.get('country', '')} / {ent.country if ent else ''}",
            f"{g.get('sector', '') if g['type'] == 'PERSON' else '(n/a)'} / {ent.sector if ent else ''}",
            "yes" if good else "**no**",
        ])
    pairs, unified = [], 0
    for a, b in gold["entities"]["same_entity"]:
        owner = [e.id for e in record.entities if any(_norm(m.text) == _norm(a) for m in e.mentions)]
        other = [e.id for e in record.entities if any(_norm(m.text) == _norm(b) for m in e.mentions)]
        same = bool(owner) and owner == other
        unified += same
        pairs.append([f"{a} = {b}", "yes" if same else f"**no** ({owner} vs {other})"])
    return rows, ok, pairs, unified


def run() -> str:
    gold = seed_gold()
    record = seed_record()
    rows, ok, pairs, unified = score(record, gold)
    n, m = len(gold["entities"]["core"]), len(gold["entities"]["same_entity"])
    line = summary("entities", "seed article", DEV, "found with gold's country and sector; pairs in one entity",
                   f"{ok}/{n} core, {unified}/{m} pairs", "16/17, 4/4", ok >= 16 and unified >= 4)
    return (
        line + "\n\n"
        "Seed article (**dev**). "
        f"**{ok} of {n} core entities** found with their country and (for people) sector; "
        f"**{unified} of {m} same-entity pairs** unified. Target: 16 of 17, and 4 of 4.\n\n"
        f"newsgraph output: {len(record.entities)} entities, "
        f"{sum(len(e.mentions) for e in record.entities)} mentions.\n\n"
        + table(["gold entity", "newsgraph entity", "country gold / ours", "sector gold / ours", "right"], rows)
        + "\n\n"
        + table(["same entity", "unified"], pairs)
    )
