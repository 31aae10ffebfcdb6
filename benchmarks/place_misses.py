"""Why a gold toponym is not within 161 km of newsgraph's point: the misses of acc@161km by toponym group and
by cause, for the Places section.

The point compared is chosen as ``score_geo.py`` chooses it (its README): the entity mention that carries
coordinates and overlaps the toponym most (ties: the earlier, then the shorter mention). A miss is then:

- **not recognised**: no entity overlaps the toponym;
- **no coordinates**: an entity overlaps it but carries no point (a site, an organisation, a place the
  gazetteer lacks);
- **right place, point far**: our place is the gold one (same GeoNames id, or, for a country or division
  that our table gives no id, the same name in the same country), but our point lies more than 161 km from
  GeoNames';
- **the country's point**: the toponym is a city or division but our entity is its country (a capital standing
  for its government, a place folded into the country's entity);
- **wrong namesake**: another place of the same name (another country, or another place in the same one).
"""

from __future__ import annotations

import math
from collections import Counter

from newsgraph.lexicons.places import fold

KM = 161.0
CAUSES = ("wrong namesake", "the country's point", "right place, point far", "no coordinates", "not recognised")


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (the scorer's Earth radius)."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _mentions(record: dict) -> list[tuple[int, int, dict]]:
    return [(m["start"], m["end"], ent) for ent in record.get("entities") or () for m in ent.get("mentions") or ()
            if m.get("start") is not None and m.get("end") is not None]


def _best(g0: int, g1: int, mentions: list[tuple[int, int, dict]]) -> dict | None:
    cands = [(min(g1, e) - max(g0, s), s, e - s, ent) for s, e, ent in mentions if s < g1 and g0 < e]
    return min(cands, key=lambda c: (-c[0], c[1], c[2]))[3] if cands else None


def _same_place(gold: dict, ent: dict) -> bool:
    """Our place is the gold one: the same GeoNames id, or, for a country or division (unique by name within a
    country) that our table gives no id, the same name in the same country. A county with the same name may be
    another state's."""
    if ent.get("geonameid") is not None and ent["geonameid"] == gold.get("geonameid"):
        return True
    if gold["type"] not in ("country", "division"):
        return False
    names = {fold(ent.get("name") or "")} | ({fold(ent["admin1"])} if gold["type"] == "division" and ent.get("admin1") else set())
    return ent.get("geonameid") is None and ent.get("country") == gold["country"] and fold(gold.get("name") or "") in names


def cause(gold: dict, mentions: list[tuple[int, int, dict]]) -> str | None:
    """None when newsgraph's point for ``gold`` lies within 161 km of the gold point, else the cause."""
    with_point = [m for m in mentions if m[2].get("lat") is not None and m[2].get("lon") is not None]
    ent = _best(gold["start"], gold["end"], with_point)
    if ent is None:
        return "no coordinates" if _best(gold["start"], gold["end"], mentions) else "not recognised"
    if _km(gold["lat"], gold["lon"], ent["lat"], ent["lon"]) <= KM:
        return None
    if _same_place(gold, ent):
        return "right place, point far"
    if gold["type"] != "country" and _is_country(ent):
        return "the country's point"
    return "wrong namesake"


def _is_country(ent: dict) -> bool:
    from newsgraph import geo

    state = geo.country(ent.get("country") or "")
    return state is not None and state.geonameid == ent.get("geonameid")


def tally(gold_docs: list[dict], records: list[dict]) -> dict[str, Counter]:
    """group -> Counter of causes (and "within" for the hits, "n" for every toponym)."""
    by_id = {str((r.get("article") or {}).get("id")): _mentions(r) for r in records}
    out: dict[str, Counter] = {}
    for doc in gold_docs:
        mentions = by_id.get(str(doc["id"]), [])
        for top in doc["toponyms"]:
            why = cause(top, mentions)
            for group in ("all", top["type"]):
                out.setdefault(group, Counter()).update(["n", why or "within"])
    return out


def rows(counts: dict[str, Counter], groups: tuple[str, ...]) -> list[list]:
    """Table rows: group, toponyms, within 161 km, then the misses by cause."""
    out = []
    for group in ("all", *groups):
        c = counts.get(group)
        if c:
            out.append([f"**{group}**" if group == "all" else group, c["n"], c["within"], *(c[k] for k in CAUSES)])
    return out


HEADER = ["toponyms", "n", "within 161 km", *CAUSES]


def country_points(gold_docs: list[dict]) -> dict:
    """How far our point for each country the gold names (``geo.country``: the Factbook's, from
    ``countryinfo``) lies from the gold's (GeoNames'): {"countries": n, "near": within 161 km, "mentions": n,
    "mentions_near": n, "far": [(code, km, mentions)] farthest first}."""
    from newsgraph import geo

    seen: dict[str, tuple[float, int]] = {}
    for doc in gold_docs:
        for top in doc["toponyms"]:
            ours = geo.country(top["country"]) if top["type"] == "country" else None
            if ours is not None and ours.lat is not None:
                km, n = seen.get(top["country"], (_km(top["lat"], top["lon"], ours.lat, ours.lon), 0))
                seen[top["country"]] = (km, n + 1)
    far = sorted(((c, round(km), n) for c, (km, n) in seen.items() if km > KM), key=lambda f: -f[1])
    return {"countries": len(seen), "near": sum(km <= KM for km, _ in seen.values()),
            "mentions": sum(n for _, n in seen.values()), "mentions_near": sum(n for km, n in seen.values() if km <= KM),
            "far": far}

