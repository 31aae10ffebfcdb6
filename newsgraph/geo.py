"""Where a place name points: the right namesake, its country and its coordinates, using what the article says.

The data is ``lexicons.places`` (the one place table, built from GeoNames data that PyPI packages ship) and
``lexicons.countries`` (the one country alias table); this module only chooses. A name's candidates are scored
by (see ``_score``):

- population, as a prior (the better-known namesake wins when nothing else speaks);
- a qualifier written beside it: "London, Ontario", "Paris, Texas", "Perth, Australia" (decisive);
- the scene: the countries and first-level divisions the article names elsewhere (an Edmonton story's
  "Leduc" is the Alberta town);
- the outlet's country (its web domain: ``.ca``, ``.co.uk``), a weak hint;
- its own name rather than an alternate spelling of another place.

    >>> lookup("El Salvador").country
    'SLV'
    >>> resolve("London", within="Ontario").country
    'CAN'
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from . import lexicons
from .lexicons.institutions import institutions
from .lexicons.places import Place, candidates, fold
from .lexicons.places import country as _country_place
from .lexicons.places import division as _division

__all__ = [
    "Place", "Scene", "candidates", "country", "country_of", "division", "lookup", "outlet_country", "resolve",
    "seat_of_government",
]

# a division or county is known by name more than its population says (Alberta, Kent County)
_KIND_BONUS = {"country": 2.0, "division": 1.5, "county": 0.5, "city": 0.0}
_ALTERNATE_PENALTY = 1.5
# an alternate (often historic) name counts less again where a place of the same country bears it as its own
_SHADOWED_ALTERNATE = 1.0
_QUALIFIER_BONUS = 10.0
# a county is named as a local names it: of the many counties of one name (31 Washington Counties), the one in
# a division the story names, before a far more populous one elsewhere
_COUNTY_IN_SCENE = 6.0
_CAPITAL_PENALTY = 5.0  # a capital's name means the capital city before another place of its country
# population, as a prior: a hundredfold larger namesake outweighs the scene's country alone (Paris in a story
# set in the United States is still Paris, France), not the scene's country and division together
_POPULATION_WEIGHT = 1.5
# Generic words around a place's name ("the City of Montreal", "Zhejiang province"): tried without them
_GENERIC = re.compile(
    r"^(?:the\s+)?(?:city|town|village|county|province|state|district|borough|municipality)\s+of\s+|"
    r"\s+(?:city|town|borough|province|state|district|region|governorate|prefecture)$",
    re.I,
)
_GREATER_AREA = re.compile(r"^(?:the\s+)?greater\s+(\S+(?:\s+\S+)?)\s+area$", re.I)  # the city's area
_DIRECTION = re.compile(r"^(?:north|south|east|west|northern|southern|eastern|western|central)\s+", re.I)
# Words news uses for a part of the world, never for the GeoNames place of that name ("the South": not
# Iceland's Southern Region)
_NOT_PLACES = frozenset({"north", "south", "east", "west", "central", "midwest", "northeast", "northwest",
                         "southeast", "southwest", "middle east", "far east", "west coast", "east coast"})


@dataclass(frozen=True)
class Scene:
    """What the article says about where it is set: name mentions per country, the first-level divisions it
    names (as (country, division) pairs), and the outlet's country."""

    countries: Counter = field(default_factory=Counter)
    divisions: frozenset = frozenset()
    outlet: str | None = None

    def share(self, code: str) -> float:
        total = sum(self.countries.values())
        return self.countries[code] / total if total else 0.0


def country(code: str) -> Place | None:
    """The country with this ISO alpha-3 code, with its point (None for IGO codes such as UNO or EUR)."""
    return _country_place(code)


def _alias(name: str) -> Place | None:
    """The country a name is an alias of ("the U.S.", "Britain"), as a place; a constituent country named by
    an alias of its state ("England", "Scotland") is its own division, with its own point."""
    hit = lexicons.lookup(name)
    if hit is None or hit[1] != "name":
        return None
    state = _country_place(hit[0])
    if state is None:
        return None
    clean = name.removeprefix("the ").strip()
    part = _division(hit[0], clean) if fold(clean) != fold(state.name) else None
    return part or state


def _candidates(name: str) -> list[tuple[Place, bool]]:
    if fold(name) in _NOT_PLACES:
        return []
    bare = _GENERIC.sub("", _GREATER_AREA.sub(r"\1", name))  # "City of X", "X province", "Greater X Area"
    found = list(candidates(name)) or list(candidates(bare))
    alias = _alias(name) or (_alias(bare) if bare != name else None)
    if alias is None and not any(o and p.kind == "division" for p, o in found):
        alias = _alias(_DIRECTION.sub("", name))  # "South Lebanon": the country's south; not Western Australia
    if alias is not None and not any(p == alias for p, _ in found):
        found.insert(0, (alias, True))
    return found


def _score(place: Place, official: bool, scene: Scene | None, within: list[Place]) -> float:
    score = _POPULATION_WEIGHT * math.log10(place.population + 10) + _KIND_BONUS.get(place.kind, 0.0)
    if not official:
        score -= _ALTERNATE_PENALTY
    if any(_within(place, q) for q in within):
        score += _QUALIFIER_BONUS
    if scene is not None:
        if scene.countries[place.country]:
            score += 1.0 + 1.5 * scene.share(place.country)
        if place.admin1 and (place.country, place.admin1) in scene.divisions and place.kind != "division":
            score += _COUNTY_IN_SCENE if place.kind == "county" else 3.0
        if scene.outlet == place.country:
            score += 1.0
    return score


def _within(place: Place, qualifier: Place) -> bool:
    """True when ``qualifier`` (a division or country) contains ``place``, or is it ("Plymouth County" with
    the county itself as a candidate)."""
    if place == qualifier:
        return True
    if qualifier.kind == "country":
        return place.country == qualifier.country and place.kind != "country"
    return place.country == qualifier.country and place.admin1 == qualifier.name and place.kind != "division"


def resolve(name: str, scene: Scene | None = None, within: list[Place] | str | None = None,
            margin: float = 0.0, level: str = "country") -> Place | None:
    """The place ``name`` most likely means here, or None when the gazetteer has no such name.

    ``within``: the divisions or country written right after the name ("Ontario" in "London, Ontario"), as
    places or as the qualifier's text. ``margin``: return a place only if it scores that much above the best
    namesake in another country (``level="admin1"``: in another division), a clear answer, for learning the scene."""
    if isinstance(within, str):
        q = lookup(within)
        within = [q] if q is not None and q.kind in ("country", "division") else []
    found = _candidates(name)
    if within and not any(_within(p, q) for p, _ in found for q in within) \
            and not any(p.kind in ("country", "division") for p, _ in found):
        return _unlisted(name, within, scene)  # not "Wisconsin, Michigan" (a list of states)
    if not found:
        return None
    own = {p.country for p, official in found if official}  # "Waterloo" in Iowa, not Austin's old name
    scored = [(_score(p, o, scene, within or []) - _SHADOWED_ALTERNATE * (not o and p.country in own), p)
              for p, o in found]
    scored = _capital_first(name, found, scored)
    scored.sort(key=lambda sp: -sp[0])
    best_score, best = scored[0]
    if margin:
        key = (lambda p: p.country) if level == "country" else (lambda p: (p.country, p.admin1))
        rival = next((sc for sc, p in scored[1:] if key(p) != key(best)), None)
        if rival is not None and best_score - rival < margin:
            return None
    return best


def _capital_city(name: str, found: list[tuple[Place, bool]]) -> Place | None:
    """The capital city a capital's name means ("Moscow": the city, not Moscow Oblast; "Washington": the
    city, not the state or a town of that name elsewhere in the country): the most populous city of that
    name in the country whose capital it is; None for a name that is no capital."""
    hit = lexicons.lookup(name.title() if name.isupper() else name)
    if hit is None or hit[1] != "capital":
        return None
    return next((p for p, official in found if official and p.kind == "city" and p.country == hit[0]), None)


def _capital_first(name: str, found: list[tuple[Place, bool]], scored: list[tuple[float, Place]]) -> list:
    """A capital's name means the capital city before any other place of its country ("Moscow": not Moscow
    Oblast; "Washington": not the state, nor a town of that name): the city takes the best score of its
    country's namesakes, which fall behind it. Namesakes abroad keep their chance ("Kingston" in a story set
    in Ontario, "London" in one from there)."""
    capital = _capital_city(name, found)
    if capital is None:
        return scored
    home = max(sc for sc, p in scored if p.country == capital.country)
    return [(home if p == capital else sc - _CAPITAL_PENALTY if p.country == capital.country else sc, p)
            for sc, p in scored]


def _unlisted(name: str, within: list[Place], scene: Scene | None) -> Place:
    """A place the gazetteer lacks, written with its division or country ("Smallville, Mo.": fewer than 500
    people), rather than a namesake elsewhere: it lies in the qualifier (the one the scene knows best, when
    several places have its name), whose point it takes (no GeoNames id)."""
    qualifier = max(within, key=lambda q: scene.countries[q.country] if scene is not None else 0)
    admin1 = qualifier.name if qualifier.kind == "division" else None
    return Place(name, "city", qualifier.country, qualifier.lat, qualifier.lon, 0, None, admin1)


def division(code: str, name: str) -> Place | None:
    """The first-level division of this GeoNames name in this country ("CAN", "Alberta"), or None."""
    return _division(code, name)


def lookup(name: str) -> Place | None:
    """A place by name alone: a country (by any alias) first, then the best-known place of that name."""
    if not name or not name.strip():
        return None
    alias = _alias(name)
    if alias is not None:
        return alias
    found = _candidates(name)
    if not found:
        return None
    return max(found, key=lambda c: _score(c[0], c[1], None, []))[0]


def country_of(name: str) -> str | None:
    """ISO alpha-3 of a country, or of the country the best-known place of that name lies in; else None."""
    place = lookup(name)
    return place.country if place else None


def seat_of_government(name: str) -> str | None:
    """The country whose government a capital or seat names ("Washington", "the Kremlin" -> USA, RUS), from
    the country lexicon's capitals and the institution lexicon's seats of government; else None."""
    clean = name.strip().removeprefix("the ").strip()
    hit = lexicons.lookup(clean)
    if hit is not None and hit[1] == "capital":
        return hit[0]
    inst = institutions().get(clean.lower())
    return inst[0] if inst and inst[1] in ("GOV", "MIL") and inst[0] else None


# Country-code top-level domains whose outlets write mostly about their own country; .us is rare, and a
# .com outlet says nothing.
_TLD = re.compile(r"\.([a-z]{2})$")


def outlet_country(host: str | None) -> str | None:
    """The country of an outlet from its web domain ("edmontonjournal.ca" -> CAN, "bbc.co.uk" -> GBR)."""
    if not host:
        return None
    m = _TLD.search(host.lower().split(":")[0])
    if not m:
        return None
    code = {"uk": "GB"}.get(m[1], m[1].upper())
    return lexicons.alpha3(code)
