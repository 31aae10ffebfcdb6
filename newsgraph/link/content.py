"""What an act is an act of, when its trigger word says only that it was agreed, promised or threatened:
"agreed to meet the union's leaders" and "agreed to cut the price rise" are two agreements, though both
are "agreed" by the same president in one story.

The content is read from the words right after the trigger: "to" and a verb (not "to the plan": that
names what was agreed to, not another act); its kind is the PLOVER type the team's trigger lexicon gives
the first of its next words that is a trigger on its own ("to meet" -> CONSULT, "to hold talks" ->
CONSULT), else "other" ("to cut the price", "to halve the rise"). Used by ``link.clusters`` (the store),
where the article text is at hand; ``events.score`` keeps reports of different kinds of content apart.
"""

from __future__ import annotations

import re
from functools import cache

from .events import stemmer

TO = re.compile(r"\s+to\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")
NOT_A_VERB = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
              "your", "them", "him", "it", "us", "me", "be", "date"}  # fmt: skip
TOKEN = "to:"  # how a cluster's ``lemma`` column holds the kinds of content of its reports


@cache
def _kinds() -> dict[str, str]:
    """stem -> PLOVER type of the one-word triggers that need no object class, read from the event coder's
    lexicon as it loaded and checked ``event_triggers.tsv`` (the first such trigger of a stem, in file order)."""
    from ..extractors.eventcoding.lexicon import default

    out: dict[str, str] = {}
    for entries in default().triggers.values():
        for entry in entries:
            if len(entry.words) == 1 and not entry.object:
                out.setdefault(stemmer().stemWord(entry.words[0]), entry.type)
    return out


def content_kind(after: str | None) -> str | None:
    """The kind of act the words right after a trigger make it an act of (see the module), or None when
    they name none."""
    found = TO.match((after or "").lower())
    if found is None:
        return None
    words = found.group(1).split()
    if words[0] in NOT_A_VERB:
        return None
    for word in words:
        kind = _kinds().get(stemmer().stemWord(word))
        if kind:
            return kind
    return "other"


def token(kind: str) -> str:
    return f"{TOKEN}{kind}"


def kinds_of(lemmas) -> set[str]:
    """The content tokens among a cluster's words (``events.words_of``)."""
    return {w for w in lemmas if w.startswith(TOKEN)}
