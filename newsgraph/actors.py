"""Actor coding: country (ISO 3166-1 alpha-3 or an IGO code) and PLOVER sector for names and phrases.

Data comes from the team's lexicons (``lexicons/sectors.tsv``, ``lexicons/countries.tsv``) and pycountry.
``code_phrase(span)`` codes any noun phrase ("Salvadoran authorities" -> SLV/GOV, "suspected gang members"
-> CRM, "the Venezuelans" -> VEN); the entity pass uses the same functions for names and titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import geo, lexicons
from .lexicons.institutions import (
    find_institutions,
    first_word,
    institution_index,
    institution_names,
    institutions,
)
from .lexicons.loader import read_tsv
from .lexicons.people import KnownPerson, first_names, known_person, people

__all__ = [
    "ActorCode", "KnownPerson", "code_phrase", "country_of", "find_institutions", "first_names", "first_word",
    "institution_index", "institution_names", "institutions", "known_person", "people", "place_country",
]

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


def term_of(words: list[str], head: int | None = None, kinds: tuple[str, ...] = ("title", "person", "org")) -> tuple[str, Term] | None:
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


def sector_of_tokens(tokens: Any, head: Any = None, kinds: tuple[str, ...] = ("title", "person", "org")) -> tuple[str | None, str | None]:
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
    body = _body_before(words, idx, hit[0]) if "org" in kinds else None
    return (body or hit[1].sector), hit[0]


# A state's own sectors (government, army, courts, legislature, police): the one list each reader starts from, adding
# its own neighbours beside where it reads it (mentions/cluster.py: intelligence services; eventcoding/campaign.py:
# intelligence services and intergovernmental bodies, whose money is no campaign's).
STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP"})


# Roles that head any body ("leader", "chief", "spokesman"): alone they are the government's, but a body named
# before them says whose they are ("union leader" LAB, "party official" PTY, "army chief" MIL, "company
# president" BUS). Not "governor": a "bank governor" heads the central bank, not a business.
GENERIC_ROLES = frozenset({
    "leader", "chief", "chairman", "chairwoman", "chair", "head", "commander", "official", "member", "spokesman",
    "spokeswoman", "spokesperson", "director", "president", "secretary", "founder", "deputy", "boss", "governor",
    "representative", "organiser", "organizer",
})
_HEADS_A_BODY = GENERIC_ROLES - {"governor"}
# The same role as someone else's, elsewhere: "her Ugandan counterpart" holds her office in Uganda.
COUNTERPARTS = frozenset({"counterpart", "equivalent"})
# Roles held under or after someone, in their office: "his deputy" serves where he does.
DEPUTIES = frozenset({"deputy", "successor", "predecessor", "aide", "assistant", "lieutenant"})
# Verbs of a relative clause that tie a person to the body they lead: "X, who leads the dockers' union".
LEADS = frozenset({"lead", "head", "run", "chair", "direct", "found", "represent", "command"})


def _body_before(words: list[str], idx: int | None, key: str) -> str | None:
    """The sector of the body a generic role belongs to, from the words before the role ("the dock workers'
    union leader": the union, LAB; "rebel commander": REB); an organisation word wins over a people word, the
    longest and then the nearest to the role. None when the role is not generic or nothing comes before it."""
    role = key.split()[-1]
    if role not in _HEADS_A_BODY:
        return None
    at = idx if idx is not None and words[idx] == role else max((i for i, w in enumerate(words) if w == role), default=-1)
    if at <= 0:
        return None
    body = term_of(words[:at], None, ("org",)) or term_of(words[:at], None, ("person",))  # "student union": the union
    return body[1].sector if body is not None else None


# --- countries -------------------------------------------------------------------------------------


def country_of(text: str) -> tuple[str, str] | None:
    """(code, kind) for a country name, capital, demonym, people or IGO as written in news; None if unknown.
    kind is name, capital, demonym, people or igo. Case matters for abbreviations ("US" is, "us" is not).
    The answer is ``lexicons.lookup``'s (the one alias table), after a leading "the" and a possessive."""
    if not text:
        return None
    clean = _POSSESSIVE.sub("", _LEADING_DET.sub("", text.strip())).strip()
    return lexicons.lookup(clean)


def is_people(text: str) -> bool:
    """True when the text, or a phrase of its words, is a people (an ethnic group coded with the state where it
    mostly lives: "Yoruba leaders", "the Uighurs", "Crimean Tatars"), which the event coder may code by where
    it acts instead. Demonyms of states ("Nigerians") and split peoples ("Kurds", uncoded) are not."""
    return any(found.kind == "people" for found in lexicons.find(text.replace("’", "'").split()))


@cache
def country_name(code: str) -> str:
    """The short English name newsrooms use for a country code."""
    return lexicons.country_name(code) or code


def place_country(text: str) -> str | None:
    """Country of a place name with no context: a country or capital first, then the best-known place of that
    name in the gazetteer (``geo.lookup``), which also answers for a people's name that is a town ("Kikuyu")."""
    hit = country_of(text) or (country_of(text.title()) if text.isupper() and len(text) > 4 else None)
    if hit and hit[1] in ("name", "capital"):
        return hit[0]
    clean = _POSSESSIVE.sub("", _LEADING_DET.sub("", text.strip())).strip()
    if not clean[:1].isupper():
        return None
    place = geo.lookup(clean) or (geo.lookup(clean.title()) if clean.isupper() else None)
    return place.country if place else None


def country_in_tokens(tokens: Any) -> str | None:
    """The first country named, by name, capital or demonym, within a run of tokens ("Salvadoran")."""
    found = lexicons.find(list(tokens))
    return found[0].code if found else None


# --- phrases that are not named entities -----------------------------------------------------------


# People named by their tie to someone: "supporters of the president" are not the government, "relatives of the
# soldiers" not the army. They take the complement's country, never its sector.
RELATIONAL = {"supporter", "follower", "opponent", "critic", "relative", "family", "victim", "fan", "sympathizer",
              "sympathiser", "friend", "admirer", "backer", "detractor", "widow", "kin", "descendant"}


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
