"""Counts of "units" and of the thing the units are, in one story ("about 120,000 portable space heaters" and
"the recall of Kestrel space heaters covers 210,000 units"): one claim (``claims.link_quantities``)."""

from __future__ import annotations

import re
import sqlite3

from .claimkeys import GENERIC
from .events import families, word_key

# counted nouns that say only that things were counted, not what: "covers 210,000 units"
UNITS = {"unit"}


def _sentence_words(text: str, start: int) -> set[str]:
    """The word keys (``word_key``) of the words before ``text[start]`` in its sentence, where what a count of
    units counts is named ("the recall of Kestrel heaters covers about 120,000 units"; not the "reported"
    after it)."""
    ends = [m.end() for m in re.finditer(r"[.!?][\"'”)]*\s+|\n", text[:start])]
    return {k for w in re.findall(r"[A-Za-z]+", text[ends[-1] if ends else 0 : start]) if (k := word_key(w))}


def units_claim(conn: sqlite3.Connection, story: int, key: str, text: str, start: int) -> tuple[str, None] | None:
    """The story's claim that a count of "units" or of the thing its units are (a key of ``claim_key``) also
    states, if any (its key). One outlet's "about 120,000 portable space heaters" is recalled, another's
    "the recall of Kestrel space heaters covers 210,000 units": the units are what their sentence names.
    - A count of units joins the story's one claim of a counted noun whose head word its sentence names
      before it ("heaters");
    - a count of a thing with no claim of its own yet joins the story's claim of units whose values'
      sentences name its head word before them (the units counted first, whatever the order of arrival).
    Counts of what happened to someone (the families) and of "people" are never units."""
    _q, _story, about, tail = key.split("|", 3)
    heads = about.split(" of ")[0].split()
    if not heads or conn.execute("SELECT 1 FROM claims WHERE key = ?", (key,)).fetchone() is not None:
        return None
    if heads[-1] in UNITS:
        named = _sentence_words(text, start)
        found = [
            ckey for (ckey,) in conn.execute(
                "SELECT key FROM claims WHERE story_pk = ? AND cluster_pk IS NULL AND kind = 'quantity' AND key LIKE ?",
                (story, f"q|{story}|%"),
            ).fetchall()
            if ckey.endswith(f"|{tail}") and _thing(ckey) in named
        ]  # fmt: skip
        return (found[0], None) if len(found) == 1 else None
    units = [f"q|{story}|{u}|{tail}" for u in sorted(UNITS)]
    for ukey in units:
        rows = conn.execute(
            "SELECT a.text, v.start FROM claim_values v JOIN claims c ON c.pk = v.claim_pk "
            "JOIN articles a ON a.pk = v.article_pk WHERE c.key = ?",
            (ukey,),
        ).fetchall()
        if any(heads[-1] in _sentence_words(utext, ustart) for utext, ustart in rows if ustart is not None):
            return ukey, None
    return None


def _thing(key: str) -> str | None:
    """The head word of what a story claim's key counts ("q|7|portabl space heater|" -> "heater"); None for
    units, families and nouns that could count anyone."""
    parts = key.split("|")
    if len(parts) != 4:
        return None
    words = parts[2].split(" of ")[0].split()
    if not words or ":" in parts[2] or parts[2] in families() or words[0] in GENERIC or words[-1] in UNITS:
        return None
    return words[-1]
