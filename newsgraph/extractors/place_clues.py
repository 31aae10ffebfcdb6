"""Clues beside a place name that say where it is, other than a division or country written after it (which
``entity_places.qualifier_after`` reads):

- the telephone numbers a story prints: local news prints local numbers, so a North American area code is a
  vote for the division the story is set in ("call London police at 519-...": Ontario);
- a place that anchors the name: "Toronto's Pearson International Airport", "the Cincinnati suburb of West
  Chester", "Northumberland Park, Tottenham". The name is then the namesake near the anchor, or, when the
  gazetteer has none near (an airport, a neighbourhood, a town of fewer than 500 people), a place in the
  anchor, with the anchor's point and no GeoNames id (as ``geo`` does for "Smallville, Mo.").

    >>> sorted(area_codes_in("Call 519-555-0142 or (806) 555-0199."))
    [('CAN', 'Ontario'), ('USA', 'Texas')]
"""

from __future__ import annotations

import re

from .. import geo
from ..lexicons.places import Place, _km, area_codes, fold

__all__ = ["anchor_of", "area_codes_in", "in_qualifier_place", "near_place", "site_place"]

# A North American telephone number: "519-661-5670", "(806) 423-1253", "304.399.6500"
_PHONE = re.compile(r"(?<![\d-])\(?([2-9]\d\d)\)?[-. ]?[2-9]\d\d[-.]\d{4}(?![\d-])")
# the anchor written before a name: "Toronto's", "the Cincinnati suburb of"
_ANCHOR_BEFORE = re.compile(
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?:'s|’s|\s+(?:suburb|neighbou?rhood|district|borough)\s+of)\s+$"
)
# the anchor written after a name and a comma: "Northumberland Park, Tottenham"
_ANCHOR_AFTER = re.compile(r",\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
# a division or country written after a place and "in": "Monroe County in northeast Missouri"
_IN_QUALIFIER = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:far\s+)?(?:(?:north|south)-?(?:east|west)?|east|west|central)(?:ern)?\s+)?"
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_NEAR_KM = 60.0  # a namesake this close to the anchor is the one meant (a suburb, a district, an airport)


def area_codes_in(text: str) -> set[tuple[str, str | None]]:
    """The (country, division) each distinct telephone area code of the text serves. Each counts once."""
    codes = area_codes()
    return {codes[m.group(1)] for m in _PHONE.finditer(text) if m.group(1) in codes}


def in_qualifier_place(name: str, text: str, end: int, scene: geo.Scene | None) -> Place | None:
    """The place ``name`` is when "in" and a division or country follow it ("Monroe County in northeast
    Missouri", "a farm near Paris in Texas"): its namesake inside that division or country, or None when
    none lies there (then the words say where something happened, not which namesake: "Russia in Syria")."""
    m = _IN_QUALIFIER.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    where = next((p for k in range(len(words), 0, -1) if (p := geo.lookup(" ".join(words[:k]))) is not None
                  and p.kind in ("country", "division")), None)
    if where is None:
        return None
    place = geo.resolve(name, scene, [where])
    if place is None or (place.geonameid is None and place.kind != "county"):  # not "unlisted" in it
        return None
    inside = place.country == where.country and (
        where.kind == "country" or (place.admin1 == where.name and place.kind != "division"))
    return place if inside else None


def anchor_of(text: str, start: int, end: int, named: frozenset[str]) -> tuple[str, bool] | None:
    """The place a name at ``text[start:end]`` is anchored to, as (anchor's name, written before it), or None.
    The anchor must be a place the article names as such (``named``: folded names of its place entities), so
    that a person's possessive ("Smith's Falls") or a list ("Toronto, Ottawa") is never read as one: a list's
    next item only picks a namesake near it, it never places the name there (see ``near_place``)."""
    m = _ANCHOR_BEFORE.search(text, max(0, start - 60), start)
    if m:
        words = m.group(1).split()
        for k in range(len(words)):
            if fold(" ".join(words[k:])) in named:
                return " ".join(words[k:]), True
    m = _ANCHOR_AFTER.match(text, end)
    if m:
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            if fold(" ".join(words[:k])) in named:
                return " ".join(words[:k]), False
    return None


def near_place(name: str, anchor: str, before: bool, scene: geo.Scene | None) -> Place | None:
    """The place ``name`` is, anchored to ``anchor``: a country or division anchor is a qualifier ("Canada's
    Ottawa"); a city anchor picks the namesake within 60 km ("the Cincinnati suburb of West Chester"), else,
    written before the name ("Toronto's Pearson International Airport"), a place in the anchor city with its
    point. None when the anchor says nothing (a list's next city with no namesake near it)."""
    known = geo.lookup(name)
    if known is not None and known.kind in ("country", "division"):
        return None  # "Toronto's Ontario health-card holders": a division is never inside a city
    where = geo.resolve(anchor, scene)
    if where is None or where.lat is None or where.lon is None or fold(where.name) == fold(name):
        return None
    if where.kind in ("country", "division"):
        return geo.resolve(name, scene, [where]) if before else None
    near = [p for p, _ in geo.candidates(name) if p.lat is not None and p.lon is not None
            and p.kind != "division" and _km(p.lat, p.lon, where.lat, where.lon) <= _NEAR_KM]
    if near:
        return max(near, key=lambda p: p.population)
    return Place(name, "city", where.country, where.lat, where.lon, 0, None, where.admin1) if before else None


# a site written in a place: "Calgary General Hospital in Calgary", "the Shrine of Remembrance in Melbourne"
_IN_PLACE = re.compile(r"\s+in\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def site_place(name: str, spans: list[tuple[int, int]], text: str, named: frozenset[str],
               scene: geo.Scene | None) -> Place | None:
    """Where a site (a facility NER tags FAC: an airport, a bridge, a stadium) lies, from the place written
    with it ("Toronto's Pearson International Airport", "the Kingsway Bridge in Vancouver"): that place's
    point, country and division (no GeoNames id: the gazetteer holds no sites); None when no place anchors it."""
    for start, end in spans:
        anchor = anchor_of(text, start, end, named)
        m = _IN_PLACE.match(text, end)
        words = m.group(1).split() if m else []
        after = next((" ".join(words[:k]) for k in range(len(words), 0, -1) if fold(" ".join(words[:k])) in named), None)
        where_name = anchor[0] if anchor and anchor[1] else after
        where = geo.resolve(where_name, scene) if where_name else None
        if where is not None and where.lat is not None and where.kind != "country":
            return Place(name, "site", where.country, where.lat, where.lon, 0, None, where.admin1)
    return None
