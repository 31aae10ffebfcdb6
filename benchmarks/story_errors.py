"""Error categories of an event-coreference response on ECB+, counted over mention pairs within topics.

A missed pair is two mentions of one gold event that the response keeps apart; a wrong pair is two
mentions of different gold events that it puts together. Each pair is put in the first category that fits,
in the order below, so the shares add up to 100%. Categories use only the public outputs (the response,
the stories, the head lemma and part of speech of each mention, its ECB+ tag), not the system's internals.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from .common import table

MISSED = (
    ("split by the stories (different story)", lambda a, b, c: c["story"][a.article] != c["story"][b.article]),
    ("same head lemma, same story, kept apart", lambda a, b, c: c["lemma"][a.id] == c["lemma"][b.id]),
    ("different lemma, noun vs verb (shooting / shot)",
     lambda a, b, c: {c["pos"][a.id], c["pos"][b.id]} == {"NOUN", "VERB"}),
    ("different lemma, same part of speech (issue / release)", lambda a, b, c: True),
)
WRONG = (
    ("two real-world events of the same kind (different sub-topic)",
     lambda a, b, c: c["subtopic"][a.article] != c["subtopic"][b.article]),
    ("reporting verbs (say, tell): one per speech act",
     lambda a, b, c: "REPORTING" in a.tag and "REPORTING" in b.tag),
    ("same lemma, same sub-topic, different events", lambda a, b, c: c["lemma"][a.id] == c["lemma"][b.id]),
    ("different lemma", lambda a, b, c: True),
)


def categorise(docs, response: dict, context: dict) -> tuple[Counter, Counter, int]:
    """(missed pair counts, wrong pair counts, linked gold pairs) by category."""
    missed: Counter = Counter()
    wrong: Counter = Counter()
    found = 0
    by_topic: dict[int, list] = {}
    for d in docs:
        by_topic.setdefault(d.topic, []).extend(d.mentions)
    for mentions in by_topic.values():
        for a, b in combinations(mentions, 2):
            same_gold, same_resp = a.gold == b.gold, response[a.id] == response[b.id]
            if same_gold and same_resp:
                found += 1
            elif same_gold or same_resp:
                rules, bag = (MISSED, missed) if same_gold else (WRONG, wrong)
                bag[next(name for name, test in rules if test(a, b, context))] += 1
    return missed, wrong, found


def report(docs, response: dict, context: dict, split: str) -> str:
    """A Markdown table of the categories, with counts and shares."""
    missed, wrong, found = categorise(docs, response, context)
    rows = []
    for kind, bag, rules in (("missed link", missed, MISSED), ("wrong link", wrong, WRONG)):
        total = sum(bag.values()) or 1
        rows += [[split, kind, name, bag[name], f"{bag[name] / total:.0%}"] for name, _ in rules]
    head = (f"{split}: {found} gold mention pairs linked, {sum(missed.values())} missed, "
            f"{sum(wrong.values())} wrong pairs.")
    return head + "\n\n" + table(["split", "error", "category", "pairs", "share"], rows)
