"""Political parties, armed groups and state bodies the team listed (``institutions.tsv``): name, country,
sector; and a finder for them in text (one dictionary look-up per word)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from .loader import read_tsv

__all__ = ["find_institutions", "first_word", "institution_index", "institution_names", "institutions"]


@cache
def institutions() -> dict[str, tuple[str | None, str | None]]:
    """Institution name (lowercase) -> (country, sector): "white house" -> ("USA", "GOV")."""
    return {
        row["name"].lower(): (None if row["country"] == "-" else row["country"], None if row["sector"] == "-" else row["sector"])
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
