"""Which claim a stated quantity belongs to: the key under which outlets' numbers are compared.

A count of a known kind of happening (the dead, the arrested) goes by that family, and by the group it
names if any; any other count by its counted noun (and what that noun holds, "reports of fires"); a
percentage by what it is a share of. Counts of part of a group are no figure of the whole. Used by
``claims.link_quantities``.
"""

from __future__ import annotations

import re

from .events import families, stemmer, word_key

# counted nouns that say nothing of which fact a number is: "3,000 people" given tents and "6,000 people"
# in need of shelter are two figures; such counts are compared only by what happened to them (their fate)
GENERIC = {"peopl", "person", "individu", "other", "those", "resid"}


def about_key(counts: str | None) -> str | None:
    """The counted thing as a key: its words stemmed ("Venezuelans deported" -> "venezuelan deport")."""
    if not counts:
        return None
    keys, held = [], False
    for w in re.findall(r"[A-Za-z]+", counts)[:4]:
        keys.append(stemmer().stemWord(w.lower()) if held else word_key(w))  # "reports of burns": not of fire
        held = held or w.lower() == "of"
    return " ".join(k for k in keys if k) or None


# "a turnout of 54%", "a pay rise of about 6.5%": what a percentage measures, named just before it
SHARE_OF = re.compile(r"\b([A-Za-z][a-z-]+)\s+of\s+$")
# "14 reports of fires", "3,000 tonnes of maize": what the counted noun holds (not "of the wounded": a part)
COMPLEMENT = re.compile(r"\s+of\s+(?!(?:the|these|those|them|whom|its|their|his|her|our|a|an)\b)"
                        r"((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\b")
COMPLEMENT_STOP = {"in", "on", "at", "by", "for", "from", "to", "with", "and", "or", "since", "after", "before", "were",
                   "was", "had", "have", "has", "are", "is", "that", "which", "who"}  # fmt: skip


def share_of(text: str, start: int) -> str | None:
    """The noun a percentage is a share of, written "<noun> of N%" ("a turnout of 54%"); else None."""
    found = SHARE_OF.search(text, max(0, start - 40), start)
    return found.group(1).lower() if found else None


def complement(text: str, end: int) -> str | None:
    """The head of "of ..." right after a counted noun ("reports of minor burns" -> "burns"): "14 reports of
    fires" and "three reports of minor burns" are two facts, not one claim about reports."""
    found = COMPLEMENT.match(text, end)
    if found is None:
        return None
    kept = []
    for word in found.group(1).split():
        if word in COMPLEMENT_STOP:
            break
        kept.append(word)
    return kept[-1] if kept else None


# "police arrested 63 of its members": a body's own people, named by its possessive, are who the count counts,
# not a share of a group counted before ("three of the wounded died")
OWN_PEOPLE = re.compile(
    r"\s+of\s+(?:its|their|our)\s+(?:own\s+)?(?:members|supporters|followers|activists|staff|employees)\b",
    re.IGNORECASE,
)
OWN_HEADS = {"member", "support", "follow", "activist", "staff", "employe"}  # their stems
POSSESSIVES = {"its", "their", "our"}
PART_OF = re.compile(r"\s+of\s+(?:the|these|those|them|whom|its|their)\b", re.IGNORECASE)
PART_BEFORE = re.compile(r"\b(?:including|among them|among)\s+$", re.IGNORECASE)


def is_part(text: str, start: int, end: int, counts_start: int | None) -> bool:
    """A count of part of a group is no figure of the whole: "three of the wounded died" beside "the toll rose to
    15", "including 11 children" beside "killed 40 people". ("dozens of protesters" counts them all, and so
    does "63 of its members" arrested: a body's own people, ``OWN_PEOPLE``.)"""
    if counts_start is not None and counts_start >= end and OWN_PEOPLE.match(text, end) is None:
        part = PART_OF.match(text, end)
        if part is not None and part.end() >= counts_start - 1:  # the counted words follow ("of the wounded")
            return True
    return PART_BEFORE.search(text, max(0, start - 16), start) is not None


def fate_kind(fate: str | None, counts: str | None) -> str | None:
    """The family (``event_families.tsv``) of what happened to what is counted, from the quantity's fate
    ("killed", "died" -> death; "detained" -> arrest) or else its counted noun ("40 deaths", "the toll");
    None when neither names a family."""
    for word in (fate, counts):
        key = word_key(word)
        if key is not None and key in families():
            return key
    return None


def claim_key(
    story: int,
    kind: str | None,
    counts: str | None,
    unit: str | None,
    start: int,
    events: list[tuple],
    fate: str | None = None,
) -> tuple[str, int | None] | None:
    """Which claim a quantity states a value of: (its key, the event cluster it is a figure of or None).

    - A count of a known kind of happening (the dead, the arrested, the missing) reported in the sentence of
      an event of that kind is a figure of that event: its cluster's claim ("arrested 41" and "detained 45"
      in two outlets' reports of one arrest).
    - Else a count of that kind in the story: "killed 23 people" and "the death toll rose to 31", whatever
      noun counts them, but never "300 rescued" against the dead.
    - Else the counted noun in the story, whatever happened to it: outlets word the same figure with
      different verbs ("238 migrants were returned", "put the figure at 261 migrants"); but a noun that
      could count anyone ("people", ``GENERIC``) with what happened to them, and not at all without it.
    """
    tail = unit or ""
    if kind is not None:
        of = f"{kind}:{group}" if (group := _group(counts)) else kind  # "three soldiers" killed: of soldiers
        for cluster, s_start, s_end, ev_kind, more in events:
            if more and ev_kind == kind and s_start <= start < s_end:
                return f"q|c{cluster}|{of}|{tail}", cluster
        return f"q|{story}|{of}|{tail}", None
    about = about_key(counts)
    if about is None:
        return None
    if generic(counts):
        verb = word_key(fate)
        if verb is None:
            return None
        about = f"{about} {verb}"
    return f"q|{story}|{about}|{tail}", None


# counted nouns of a toll that count everyone it struck, as "people" does: "the death toll", "40 victims"
TOLL_NOUNS = {"toll", "victim", "casualti", "bodi", "life", "live", "fatal", "figur", "number", "total"}


def _group(counts: str | None) -> str | None:
    """The group a count of a family counts when it names one ("three soldiers", "11 children", "41
    students"): its head word, stemmed; None for everyone ("people", "the death toll", "40 victims", no
    noun). The army's "three soldiers" killed and the residents' "at least five people" are figures of two
    groups, not two tolls that disagree; two counts of soldiers are compared."""
    words = re.findall(r"[A-Za-z]+", counts or "")
    if not words:
        return None
    head = stemmer().stemWord(words[-1].lower())
    if own_people(counts):
        return None  # "63 of its members" arrested: the union's count of the people arrested (``OWN_PEOPLE``)
    if head in GENERIC or head in TOLL_NOUNS or word_key(words[-1]) in families():
        return None
    return head


def generic(counts: str | None) -> bool:
    """Whether a counted noun could count anyone ("people", ``GENERIC``): its claims go by what happened."""
    about = about_key(counts)
    return about is not None and (about.split()[0] in GENERIC or own_people(counts))


def own_people(counts: str | None) -> bool:
    """Whether a counted noun is a body's own people named by its possessive ("its members", ``OWN_PEOPLE``):
    like "people", it says who, not which fact."""
    words = re.findall(r"[A-Za-z]+", counts or "")
    return len(words) > 1 and words[0].lower() in POSSESSIVES and stemmer().stemWord(words[-1].lower()) in OWN_HEADS
