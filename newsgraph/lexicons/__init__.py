"""The data layer: lexicons the team wrote and the gazetteer built from GeoNames data that PyPI packages ship.
It imports nothing else from newsgraph (a test walks the imports); the code that uses the data (actors, geo,
the extractors) asks it.

    loader        the one TSV reader; a malformed line raises ``errors.LexiconError`` naming file and line
    countries     the one country alias table (countries.tsv over pycountry): ``lookup`` answers every
                  "which country is this span" question
    places        the one place table (GeoNames: countries, divisions, counties, places of 500 people or more)
    people        well-known political actors, given names
    institutions  parties, armed groups, state bodies

Country names, re-exported here for the callers that predate the modules::

    >>> lookup("the U.S.")
    ('USA', 'name')
"""

from __future__ import annotations

from .countries import (
    CONTROLLING_STATE,
    EXTRA_CODES,
    IGO_CODES,
    KINDS,
    Alias,
    Found,
    aliases,
    alpha3,
    countries,
    country_name,
    find,
    lookup,
    not_coded,
    plover_country,
)
from .loader import LexiconError, read_tsv

__all__ = [
    "CONTROLLING_STATE",
    "EXTRA_CODES",
    "IGO_CODES",
    "KINDS",
    "Alias",
    "Found",
    "LexiconError",
    "aliases",
    "alpha3",
    "countries",
    "country_name",
    "find",
    "lookup",
    "not_coded",
    "plover_country",
    "read_tsv",
]
