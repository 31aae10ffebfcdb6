"""A cluster's consensus kept as running counts, so one more report costs the same in a cluster of 5 or
of 5,000 reports (``events.consensus`` reads every report each time).

Every choice is the one ``events.consensus`` makes over the reports in the order of their keys: the most
frequent value, ties to the value of the lowest key, which is what ``Counter.most_common`` gives over
reports read in that order. The store's key is ``clusters.tie_key`` (the earliest report, whatever the order
of arrival); ``events.consensus``' callers read reports in event order.
"""

from __future__ import annotations

from .events import PRECISION_RANK, STATUS_RANK, told_by, too_late

FIELDS = ("type", "mode", "actor", "recipient", "location")
# what each report codes its parties (read for a party with no canonical actor: "police", "the authorities")
CODES = ("actor_country", "actor_sector", "recipient_country", "recipient_sector")


def _count(bag: dict, value, key: int | tuple) -> None:
    """One more ``value`` seen in the report of event ``key`` (its place when values tie, ``clusters.tie_key``):
    [count, lowest key]."""
    found = bag.get(value)
    if found is None:
        bag[value] = [1, key]
    else:
        found[0] += 1
        if key < found[1]:
            found[1] = key


def _top(bag: dict):
    """The most frequent value, ties to the one seen first; None for an empty bag."""
    if len(bag) < 2:
        return next(iter(bag), None)  # most bags hold one value
    return min(bag.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[0]


class Tally:
    """Running counts of one cluster's reports (``add`` each report dict with its event key, its article,
    its independent source and its publication day)."""

    def __init__(self) -> None:
        self.fields: dict[str, dict] = {f: {} for f in FIELDS}
        self.dates: dict[tuple, list] = {}  # (precision rank, date, precision) -> [count, lowest key]
        self.statuses: dict[str, list] = {}
        self.cameo: dict = {}  # type -> (lowest key, cameo)
        self.names: dict[str, dict] = {"actor": {}, "recipient": {}}  # party -> {name: [count, key]}
        self.codes: dict[str, dict] = {c: {} for c in CODES}  # "actor_country" -> {"UGA": [count, key]}
        self.places: dict = {}
        self.articles: set = set()
        self.sources: set = set()
        self.first: str | None = None
        self.n = 0
        self.lemmas: set[str] = set()  # the trigger words (``events.word_key``) of every report
        self.told: dict[str, str] = {}  # type -> the first publication day of a report of it as occurred

    def add(self, report: dict, key: int | tuple, article: int, source: str, published: str) -> None:
        for f in FIELDS:
            value = report.get(f)
            if value is not None:
                _count(self.fields[f], value, key)
        if report.get("date"):
            precision = report.get("date_precision")
            _count(self.dates, (PRECISION_RANK.get(precision, 4), report["date"], precision), key)
        _count(self.statuses, report.get("status") or "occurred", key)
        if report["type"] not in self.cameo or key < self.cameo[report["type"]][0]:
            self.cameo[report["type"]] = (key, report["cameo"])
        for party, name in (("actor", "actor_name"), ("recipient", "recipient_name")):
            if report[name]:
                _count(self.names[party].setdefault(report[party], {}), report[name], key)
        for c in CODES:
            value = report.get(c)
            if value is not None:
                _count(self.codes[c], value, key)
        if report["location_name"]:
            _count(self.places, report["location_name"], key)
        if report.get("lemma"):
            self.lemmas.add(report["lemma"])
        if report.get("content"):
            self.lemmas.add(f"to:{report['content']}")  # what an "agreed" was an agreement to (``content``)
        self.articles.add(article)
        self.sources.add(source)
        day = published[:10]
        self.first = day if self.first is None else min(self.first, day)
        if told_by(report, day):
            self.told[report["type"]] = min(self.told.get(report["type"], day), day)
        self.n += 1

    def consensus(self) -> dict:
        """What ``events.consensus`` returns for the reports added."""
        out = {f: _top(self.fields[f]) for f in FIELDS}
        if self.dates:
            told = self.told.get(_top(self.fields["type"]))
            best = min(
                self.dates.items(), key=lambda kv: (too_late(kv[0], told), kv[0][0], -kv[1][0], kv[0][1], kv[1][1])
            )[0]
            out["date"], out["date_precision"] = best[1], best[2]
        else:
            out["date"] = out["date_precision"] = None
        out["status"] = min(self.statuses.items(), key=lambda kv: (-STATUS_RANK.get(kv[0], 0), kv[1][1]))[0]
        return out

    def names_for(self, party: str, ref) -> str | None:
        """The name most reports give the consensus party ``ref`` (as actor or recipient)."""
        return _top(self.names[party].get(ref, {}))

    def coded(self, party: str, field: str, ref) -> str | None:
        """The ``field`` ("country", "sector") most reports code ``party`` with, when the consensus party
        ``ref`` is no canonical actor (a canonical actor's own country is read from the actor); else None."""
        return _top(self.codes[f"{party}_{field}"]) if ref is None else None

    def place(self) -> str | None:
        return _top(self.places)

    def words(self) -> str | None:
        """The cluster's ``lemma`` column: the trigger words of all its reports, sorted, space-separated
        (``events.words_of`` reads it back); None for none."""
        return " ".join(sorted(self.lemmas)) or None
