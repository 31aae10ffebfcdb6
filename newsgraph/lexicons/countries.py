"""The one country alias table (``countries.tsv``, over pycountry's names) and the one function that answers
every country question about a span of text: ``lookup``.

Countries (``countries.tsv``): every alias that names a state, a capital used as a metonym, a demonym or an
international body, or a people (an ethnic group coded with the one state where it mostly lives), with its actor
code (ISO 3166-1 alpha-3, ``XKX`` for Kosovo, or an IGO code from ``IGO_CODES``) and its kind (``name``,
``capital``, ``demonym``, ``people``, ``igo``)::

    >>> countries()["salvadorans"]
    ('SLV', 'demonym')
    >>> lookup("the U.S.")
    ('USA', 'name')
    >>> lookup("us") is None          # abbreviations match in their own case only
    True
    >>> country_name("KOR")
    'South Korea'
    >>> lookup("Yorubas")              # a people: coded like a demonym, but never a place
    ('NGA', 'people')

``countries()`` is keyed by the lowercased alias, as the entity pass asked. Text is case-sensitive where it
matters ("US" and "us", "WHO" and "who", "Chad" and "chad"), so to code a span of text prefer ``lookup()``,
and to build a matcher use ``aliases()``, which keeps each alias in its natural case.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

import pycountry

from .loader import LexiconError, lines

__all__ = [
    "CONTROLLING_STATE",
    "EXTRA_CODES",
    "IGO_CODES",
    "KINDS",
    "Alias",
    "Found",
    "aliases",
    "countries",
    "alpha3",
    "country_name",
    "find",
    "lookup",
    "not_coded",
    "plover_country",
]

FILE = "countries.tsv"

KINDS = ("name", "capital", "demonym", "people", "igo")

# Codes for international bodies. UNO, EUR and the generic IGO are the PLOVER manual's; the others are
# CAMEO-style specific codes for the bodies news mentions most. Every UN organ, programme and specialised agency
# is UNO, except the IMF, the World Bank and the ICJ, which keep their own code.
IGO_CODES: dict[str, str] = {
    "UNO": "United Nations",
    "EUR": "European Union",
    "NATO": "NATO",
    "AFR": "African Union",
    "ASN": "ASEAN",
    "ARL": "Arab League",
    "OAS": "Organization of American States",
    "IMF": "International Monetary Fund",
    "WBK": "World Bank",
    "WTO": "World Trade Organization",
    "OPEC": "OPEC",
    "ICC": "International Criminal Court",
    "ICJ": "International Court of Justice",
    "IGO": "international organization",
}

# State codes that are not ISO 3166-1 (and so not in pycountry). The PLOVER manual writes KOS for Kosovo;
# we use XKX, the user-assigned code the EU, the IMF and most datasets use.
EXTRA_CODES: dict[str, str] = {"XKX": "Kosovo"}

# Territories with an ISO code that PLOVER folds into the state controlling them (manual, "Country names":
# independent states keep their code; Antarctica, Hong Kong and Palestine are exceptions that keep theirs).
CONTROLLING_STATE: dict[str, str] = {
    **dict.fromkeys(["ASM", "GUM", "MNP", "PRI", "UMI", "VIR"], "USA"),
    **dict.fromkeys(
        [
            "AIA",
            "BMU",
            "CYM",
            "FLK",
            "GGY",
            "GIB",
            "IMN",
            "IOT",
            "JEY",
            "MSR",
            "PCN",
            "SGS",
            "SHN",
            "TCA",
            "VGB",
        ],
        "GBR",
    ),
    **dict.fromkeys(
        ["ATF", "BLM", "GLP", "GUF", "MAF", "MTQ", "MYT", "NCL", "PYF", "REU", "SPM", "WLF"], "FRA"
    ),
    **dict.fromkeys(["ABW", "BES", "CUW", "SXM"], "NLD"),
    **dict.fromkeys(["CCK", "CXR", "HMD", "NFK"], "AUS"),
    **dict.fromkeys(["COK", "NIU", "TKL"], "NZL"),
    **dict.fromkeys(["BVT", "SJM"], "NOR"),
    "FRO": "DNK",
    "GRL": "DNK",
    "ALA": "FIN",
    "MAC": "CHN",
    "ESH": "MAR",  # PLOVER: a partially recognised entity, coded as Morocco
}

_UNCODED = "uncoded"


@dataclass(frozen=True)
class Alias:
    alias: str  # natural case, as news writes it
    code: str
    kind: str
    line: int  # line in countries.tsv, for error messages


def _normalise(text: str) -> str:
    """NFC, straight apostrophes, single spaces."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("\u02bb", "'")
    return " ".join(text.split())


@cache
def _rows() -> tuple[Alias, ...]:
    """Every data row of countries.tsv, uncoded ones included, in file order."""
    found = lines(FILE)
    if not found or found[0][1] != ["alias", "code", "kind"]:
        raise LexiconError(FILE, found[0][0] if found else None, "the first line must be the header 'alias<TAB>code<TAB>kind'")
    rows = []
    for number, cells in found[1:]:
        if len(cells) != 3 or not all(c.strip() for c in cells):
            raise LexiconError(FILE, number, f"expected 3 tab-separated cells, got {chr(9).join(cells)!r}")
        alias, code, kind = (c.strip() for c in cells)
        rows.append(Alias(_normalise(alias), code, kind, number))
    return tuple(rows)


@cache
def aliases() -> tuple[Alias, ...]:
    """The coded rows of countries.tsv in their natural case (no pycountry names, no uncoded rows)."""
    return tuple(r for r in _rows() if r.kind != _UNCODED)


@cache
def not_coded() -> frozenset[str]:
    """Lowercased spellings deliberately not coded: ambiguous ("korean", "victoria") or places that contain a
    country's alias without being that country ("latin america", "new mexico", "south china sea").

    A matcher that tries longer phrases first should stop at one of these rather than fall back to the
    shorter alias inside it ("America", "Mexico", "China")."""
    return frozenset(r.alias.lower() for r in _rows() if r.kind == _UNCODED)


def _pycountry_names() -> list[tuple[str, str]]:
    out = []
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                name = _normalise(name)
                out.append((name[4:] if name.startswith("the ") else name, c.alpha_3))
    return out


@cache
def _natural() -> dict[str, tuple[str, str]]:
    """Natural-case alias -> (code, kind): pycountry names first, then the TSV, which wins."""
    table: dict[str, tuple[str, str]] = {}
    blocked = not_coded()
    for name, code in _pycountry_names():
        if name.lower() not in blocked:
            table[name] = (code, "name")
    tsv_lower = {r.alias.lower() for r in aliases()}
    table = {k: v for k, v in table.items() if k.lower() not in tsv_lower}
    for r in aliases():
        table[r.alias] = (r.code, r.kind)
    return table


@cache
def countries() -> dict[str, tuple[str, str]]:
    """Lowercased alias -> (code, kind) for every alias: countries.tsv, plus pycountry's names under it."""
    return {alias.lower(): value for alias, value in _natural().items()}


@cache
def _folded() -> dict[str, tuple[str, str]]:
    """Lowercased alias -> (code, kind), for aliases that are not abbreviations (which match exactly only)."""
    return {a.lower(): v for a, v in _natural().items() if not _is_abbreviation(a)}


def _is_abbreviation(alias: str) -> bool:
    """'US', 'U.S.', 'WHO', 'OPEC+', 'G7': no lowercase letter, so the case carries the meaning."""
    return not any(ch.islower() for ch in alias)


def _variants(text: str) -> list[str]:
    text = _normalise(text).strip(" ,;:")
    out = [text]
    for suffix in ("'s", "'"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            out.append(text[: -len(suffix)])
    for t in list(out):
        if t[:4].lower() == "the ":
            out.append(t[4:])
    return out


def lookup(text: str) -> tuple[str, str] | None:
    """(code, kind) for a span of text that is exactly an alias, else None.

    Tolerates a leading "the", a possessive "'s", curly apostrophes and extra spaces. An abbreviation matches
    only in its own case ("US", not "us"); other aliases match in any case if the text starts with a capital
    ("Turkey", "TURKEY", not "turkey").
    """
    for t in _variants(text):
        found = _match(t)
        if found:
            return found
    return None


def _match(text: str) -> tuple[str, str] | None:
    natural = _natural()
    if text in natural:
        return natural[text]
    if text[:1].isupper():
        return _folded().get(text.lower())
    return None


class Found(NamedTuple):
    start: int  # index of the first token
    end: int  # index after the last token
    code: str
    kind: str


_MAX_TOKENS = 10  # longer than any alias ("UN Office for the Coordination of Humanitarian Affairs")


def find(tokens: Sequence[Any]) -> list[Found]:
    """Every alias in a run of tokens, longest first, left to right, as token index ranges.

    ``tokens`` are spaCy tokens (joined by their own whitespace) or strings (joined by one space). A phrase
    in ``not_coded()`` takes its tokens without a result, so "Latin American" is not "American" (USA) and
    "New Mexico" is not "Mexico"; the case rules are those of ``lookup()`` ("Who" is not the WHO), but a
    leading "the" and a possessive are not stripped: they are tokens of their own.
    """
    texts = [t if isinstance(t, str) else t.text for t in tokens]
    spaces = [" " if isinstance(t, str) else t.whitespace_ for t in tokens]
    uncoded = not_coded()
    out: list[Found] = []
    i = 0
    while i < len(texts):
        for j in range(min(len(texts), i + _MAX_TOKENS), i, -1):
            phrase = _normalise("".join(texts[k] + spaces[k] for k in range(i, j - 1)) + texts[j - 1])
            if phrase.lower() in uncoded:
                i = j
                break
            found = _match(phrase)
            if found:
                out.append(Found(i, j, *found))
                i = j
                break
        else:
            i += 1
    return out


@cache
def _short_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for r in aliases():
        if r.kind == "name" and r.code not in names:
            names[r.code] = r.alias
    return names


def country_name(code: str) -> str:
    """The short English name newsrooms use for an actor code: USA -> "United States", RUS -> "Russia".

    Codes with no row in countries.tsv (dependencies such as PRI) fall back to pycountry's common name.
    Raises KeyError for a code that is neither ISO 3166-1 alpha-3 nor in IGO_CODES or EXTRA_CODES.
    """
    if code in IGO_CODES:
        return IGO_CODES[code]
    names = _short_names()
    if code in names:
        return names[code]
    if code in EXTRA_CODES:
        return EXTRA_CODES[code]
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None:
        raise KeyError(f"{code!r} is not an ISO 3166-1 alpha-3 code nor a newsgraph IGO code")
    return getattr(country, "common_name", None) or country.name


def plover_country(code: str) -> str:
    """The PLOVER country code for an actor code: dependencies fold into the state that controls them
    (PRI -> USA, GRL -> DNK, MAC -> CHN, ESH -> MAR), Kosovo is KOS, and IGO codes other than UNO and EUR
    become the generic IGO. Every other code is returned as it is."""
    if code in IGO_CODES:
        return code if code in ("UNO", "EUR") else "IGO"
    if code == "XKX":
        return "KOS"
    return CONTROLLING_STATE.get(code, code)


def alpha3(alpha2: str) -> str | None:
    """ISO alpha-3 for an alpha-2 code ("CA" -> "CAN"), or None."""
    found = pycountry.countries.get(alpha_2=alpha2.upper()) if len(alpha2) == 2 else None
    return found.alpha_3 if found else None
