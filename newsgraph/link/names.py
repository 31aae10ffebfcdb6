"""Name keys: the normalised forms under which names are compared across articles."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TITLES = {
    "mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "secretary", "senator", "sen",
    "rep", "gov", "governor", "general", "gen", "king", "queen", "prince", "pope", "chancellor", "judge",
}  # fmt: skip
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def plain(name: str) -> str:
    """Lower case, accents and punctuation gone, one space between words."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['\u2019]s\b", "", text)
    return " ".join(re.sub(r"[^\w\s-]", " ", text).replace("-", " ").split())


def words(name: str) -> list[str]:
    """The words of a name without titles, a leading "the", initials and generational suffixes."""
    out = plain(name).split()
    while out and (out[0] in _TITLES or out[0] == "the"):
        out = out[1:]
    return [w for w in out if w not in _SUFFIXES and len(w) > 1] or out


@lru_cache(maxsize=65536)
def name_key(name: str | None, type_: str | None = None) -> str | None:
    """The key two mentions of one referent share: a person's first and last name ("Donald J. Trump" and
    "Donald Trump"), or a body's or place's plain name ("the United Nations" and "United Nations").
    Cached: linking asks it for every entity and event party, and the news repeats its names."""
    if not name:
        return None
    w = words(name)
    if not w:
        return None
    if type_ == "PERSON" and len(w) > 2:
        w = [w[0], w[-1]]
    return " ".join(w)


@lru_cache(maxsize=65536)
def surname(name: str | None) -> str | None:
    w = words(name or "")
    return w[-1] if w else None
