"""People the team listed: well-known political actors (``people.tsv``) and given names with their gender
(``first_names.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .loader import read_tsv

__all__ = ["KnownPerson", "first_names", "known_person", "people"]


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
