"""Counts in words: "1 source", "2 sources", "1 near-copy", "3 near-copies", "2,400 articles".

One helper for the templates (the ``plural`` filter) and the SVG titles, so no page says "1 sources".
"""

from __future__ import annotations

IRREGULAR = {"copy": "copies", "near-copy": "near-copies", "entity": "entities", "story": "stories",
             "country": "countries", "match": "matches", "quantity": "quantities"}


def plural_of(word: str) -> str:
    """The plural of a singular English noun the explorer counts (regular ones take "s")."""
    return IRREGULAR.get(word, word + "s")


def number(value) -> str:
    """2400 -> "2,400"; 2400.0 -> "2,400"; 0.5 -> "0.5"; None -> ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def plural(n, word: str, many: str | None = None) -> str:
    """``n`` and the noun in the form that agrees with it: (1, "source") -> "1 source", (2, "source") ->
    "2 sources"; ``many`` overrides the plural. ``n`` may be a list (its length is counted)."""
    if isinstance(n, list | tuple | set | dict):
        n = len(n)
    n = n or 0
    return f"{number(n)} {word if n == 1 else many or plural_of(word)}"
