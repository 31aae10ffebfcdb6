"""One entity while the pass builds it (``Cluster``), the pass's word lists, and text helpers it shares."""

from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import dataclass, field

from ... import actors, geo
from ...lexicons.places import Place
from ...model import Mention

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
OTHER_LABELS = {"EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"}
FEMALE_HONORIFICS = {"mrs", "mrs.", "ms", "ms.", "dame", "lady"}
QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»"}
_OPENING = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")


@dataclass
class Cluster:
    key: str
    label_votes: Counter = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    title_words: set[str] = field(default_factory=set)
    country: str | None = None
    sector: str | None = None
    org_sector: str | None = None  # from the organisation a person works for
    possessor_country: str | None = None
    gender: str | None = None
    plural: bool = False
    place: Place | None = None  # the gazetteer's answer for a place (entity_places.resolve_places)

    @property
    def type(self) -> str:
        return self.label_votes.most_common(1)[0][0] if self.label_votes else "ORG"

    def first(self) -> int:
        return min(m.start for m in self.mentions)


STATE_SECTORS = actors.STATE_SECTORS | {"SPY"}  # an intelligence service is a state's too
GENERIC_ORG_HEADS = {"group", "organisation", "organization", "body", "movement", "company", "firm", "agency", "watchdog", "charity", "union", "party", "institute", "network"}

# Roles that say rank, not sector: whose leader or chairman someone is decides the sector
GENERIC_ROLES = actors.GENERIC_ROLES


def _place_fields(place: Place | None) -> dict:
    if place is None:
        return {}
    return {"lat": place.lat, "lon": place.lon, "geonameid": place.geonameid, "admin1": place.admin1}


def _wire_dateline(text: str, m: Mention, datelines: list[tuple[int, int]]) -> bool:
    """The mention is the place of a wire dateline ("POKHARA, Nepal (Wire) -", "NAIROBI (Wire) -"), not a
    transcript's speaker label ("BAKER:")."""
    return any(a <= m.start < b for a, b in datelines) and text[m.end : m.end + 2] in (", ", " (", " -", " –", " —")


def _best_name(cl: Cluster, etype: str, in_dateline: bool = False) -> str:
    if cl.key.startswith("C:"):
        return actors.country_name(cl.key[2:])
    names = [n for n in cl.names if n]
    if not names:
        return cl.mentions[0].text
    if etype == "PERSON":
        return max(names, key=lambda n: (len(n.split()), len(n)))
    counts = Counter(names)
    # a dateline's capitals ("POKHARA, Nepal (Wire) -") are its style, not the name: the text's own form wins,
    # and a place named only there reads as a name ("Pokhara"); acronyms ("NATO", "UAE") and capitals
    # elsewhere (a transcript's "BAKER:") stay as they are
    best = max(counts, key=lambda n: (not n.isupper(), counts[n], len(n)))
    if best.isupper() and in_dateline and etype in ("GPE", "LOC") and (len(best) > 4 or (len(best) == 4 and geo.lookup(best.title()))):
        return string.capwords(best.lower())
    return best


def _preceded_by_the(text: str, start: int) -> bool:
    return text[max(0, start - 4) : start].lower() == "the "


_CORPORATE = re.compile(r"(?:[\s,]+(?:inc|ltd|llc|plc|corp|corporation|co|company|group|holdings|sa|ag|nv|n\.v|s\.a|gmbh)\.?)+$")


def _norm(text: str) -> str:
    text = text.replace("’", "'")
    text = re.sub(r"^(the)\s+", "", text, flags=re.I)
    text = re.sub(r"'s?$", "", text)
    return " ".join(text.lower().split())


def _acronym(norm: str) -> str:
    words = [w for w in norm.split() if w not in ("of", "the", "and", "for", "de", "la", "&")]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges between quotation marks, paragraph by paragraph (an unclosed one ends with it)."""
    ranges = []
    pos = 0
    for para in text.split("\n"):
        i = 0
        while (m := _OPENING.search(para, i)) is not None:
            i = m.start()
            close = para.find(QUOTE_PAIRS[m[0]], i + 1)
            if close == -1:
                ranges.append((pos + i, pos + len(para)))
                break
            ranges.append((pos + i, pos + close + 1))
            i = close + 1
        pos += len(para) + 1
    return ranges
