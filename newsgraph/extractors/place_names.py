"""The places an organisation or facility is named after ("Toronto General Hospital", "Government of
Alberta", "Ohio State Highway Patrol"): which words of its name are a place, and which place. The entity pass
makes each a mention of kind ``in_name`` of that place (see docs/places.md)."""

from __future__ import annotations

import re

from .. import actors, geo, lexicons
from ..lexicons.places import Place

__all__ = ["places_in_name"]


def _official(name: str) -> list[Place]:
    return [p for p, official in geo.candidates(name) if official]


def places_in_name(name: str, known: dict[str, Place], scene: geo.Scene | None) -> list[tuple[int, int, Place]]:
    """The places an organisation or facility is named after, as (start, end, place) with offsets into
    ``name``: a run of capitalised words at its start, after "of" or "in", or its last word ("Toronto General
    Hospital", "Government of Alberta", "Museum of Manitoba in Brandon", "CTV Edmonton") that is
    a place the article names elsewhere (``known``, by folded name), a country by its name or demonym ("U.S.
    Department of Justice", "Bank of Canada", "Turkish Embassy"), or a place the scene makes
    likely (``_in_scene``: "Plymouth County Sheriff's Office", "Texas A&M"). In each run the surest reading
    wins, then the longest ("Michigan", a state, not the town of Michigan Center, in "University of Michigan
    Center"); a place never overlaps one found before it."""
    out: list[tuple[int, int, Place]] = []
    for tries in _runs_in_name(name):
        found = []
        for start, phrase in tries:
            end = start + len(phrase.removesuffix("'s").removesuffix("’s"))  # "Alberta's": the place is "Alberta"
            place, sure = _named_place(phrase, known, scene)
            if place is not None and not any(s < end and start < e for s, e, _ in out):
                found.append((sure, end - start, start, end, place))
        if found:
            out.append(max(found, key=lambda f: f[:2])[2:])
    return out


def _runs_in_name(name: str) -> list[list[tuple[int, str]]]:
    """The phrases of a name a place may be, as (offset, phrase), longest first, in groups: the words at its
    start (not all of them: "Alberta" alone is a place, not an organisation named after one), the words after
    its first "of" and its first "in", and its last word."""
    words = [(m.start(), m[0]) for m in re.finditer(r"\S+", name)]
    if len(words) < 2:
        return []

    def run(i: int, most: int) -> list[tuple[int, str]]:
        stop = min(len(words), i + most)
        return [(words[i][0], name[words[i][0] : words[j - 1][0] + len(words[j - 1][1])]) for j in range(stop, i, -1)]

    groups = [run(0, min(4, len(words) - 1))]
    for word in ("of", "in"):
        at = next((i for i, (_, w) in enumerate(words) if w == word and 0 < i < len(words) - 1), None)
        if at is not None:
            groups.append(run(at + 1, 3))
    groups.append([words[-1]])
    return groups


def _named_place(phrase: str, known: dict[str, Place], scene: geo.Scene | None) -> tuple[Place | None, int]:
    """The place a capitalised phrase inside a name is (see ``places_in_name``), and how sure that is: 3 a
    place the article names, 2 a country, division or county, 1 a city or town; (None, 0) for no place."""
    bare = phrase.removesuffix("'s").removesuffix("’s").rstrip(",")
    if not bare[:1].isupper():
        return None, 0
    if bare.lower() in known:
        return known[bare.lower()], 3
    hit = lexicons.lookup(bare)
    if hit is not None and hit[1] == "demonym":
        return geo.country(hit[0]), 2
    if hit is not None and hit[1] == "name":  # the scene decides "Georgia": the country, or the US state
        place = geo.resolve(bare, scene)
        return (place if place is not None and place.kind in ("country", "division") else geo.country(hit[0])), 2
    if bare in actors.first_names():  # "Thomas Memorial Hospital" is named after a person, not Thomas, W.Va.
        return None, 0
    found = [p for p in _official(bare) if scene is not None and _in_scene(p, scene)]  # not "Falcon Street"
    place = geo.resolve(bare, scene, found) if found else None
    return place, 0 if place is None else 1 if place.kind == "city" else 2


def _in_scene(place: Place, scene: geo.Scene) -> bool:
    """A place the scene makes likely inside a name: a division or county of a country the article names, or
    a city or town in a division it names ("Greenwich Superior Court" in a story set in Connecticut). Not any
    large city of the country: "Columbia University" is not named after Columbia, South Carolina."""
    if not scene.countries[place.country]:
        return False
    return place.kind in ("division", "county") or (place.country, place.admin1) in scene.divisions
