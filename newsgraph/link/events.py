"""Event clusters: which reports, across articles, describe the same real-world event.

The core is a pure function over *report* dicts, so the store (``link.update``) and the measurement on
public data (``cluster_mentions``) run the same rules. A report is::

    {"id", "article", "type", "mode", "lemma", "actor", "recipient", "date", "date_precision",
     "status", "location", "story", "published"}

``actor``/``recipient`` are canonical keys (a canonical actor id, or a normalised name), ``location`` a
country or place key, ``story`` the story the article belongs to; any may be None. ``canonical`` is true
when the parties are canonical actors (the store): only then do two different parties keep reports apart;
parties known only by their names in one article (``cluster_mentions``) count when they agree and are
ignored when they differ ("the actress" and "Lohan" are no evidence of two events).

Two reports are the same event when nothing about them conflicts and enough agrees:
- the type is the same, or of the same PLOVER quad class with the same trigger lemma;
- both actors (and both recipients) are the same when both are known (symmetric types such as a meeting
  or an agreement compare the two parties as a set), and no party of one is on the other side in the
  other (the one sanctioned is not the one sanctioning);
- the dates overlap within the uncertainty of their precision (a day, a month, a year, or "around the
  publication day" for an undated report: before it if it occurred, after it if planned), a day apart
  allowed when both parties agree, or one does in the same story and type (outlets differ on the day:
  a contested date, not two events);
- the status is compatible: a planned event and an occurred one are the same (the cluster is occurred),
  negated and hypothetical reports only join their own kind;
- the places do not name different countries;
- in the store, a demand, accusation, denial or threat (verbal conflict) whose speaker is known on one side
  only is not joined on its word alone: many speakers "call for" or "deny" in one story;
- and the agreement adds up to ``EVIDENCE`` points: same actor, same recipient, same lemma, same story,
  same place each count one.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .stories import stemmer

QUAD = {
    "AGREE": "verbal_coop",
    "CONSULT": "verbal_coop",
    "SUPPORT": "verbal_coop",
    "CONCEDE": "material_coop",
    "COOPERATE": "material_coop",
    "AID": "material_coop",
    "RETREAT": "material_coop",
    "REQUEST": "verbal_conflict",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict",
    "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}  # "A met B" and "B met A" are one meeting
EVIDENCE = 2
PUBLICATION_WINDOW = (
    7,
    60,
)  # an undated report: up to a week before publication, or two months after if planned
STATUS_CLASS = {
    "occurred": "real",
    "planned": "real",
    None: "real",
    "negated": "negated",
    "hypothetical": "hypo",
}
STATUS_RANK = {"occurred": 3, "planned": 2, "hypothetical": 1, "negated": 0}
# which date a cluster takes when its reports give several: the most precise kind first ("last week's march"
# says less than "Tuesday's"; a date that is only the publication's says least)
PRECISION_RANK: dict[str | None, int] = {"day": 0, "week": 1, "month": 2, "year": 3, "publication": 4}


def family(type_: str | None) -> str:
    """The group of types a report can share a cluster with: its quad class, or "none" for a lemma-only one."""
    return QUAD.get(type_ or "", "none")


_SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s", "e")


def stem(word: str | None) -> str | None:
    """A crude stem of a trigger word, for the store, where no parser runs ("visited", "visits" -> "visit")."""
    if not word:
        return None
    w = re.sub(r"[^a-z]", "", word.lower().split()[-1])
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2]:  # "planned" -> "plann" -> "plan"
        w = w[:-1]
    return w or None


def _day(text: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text[:10])
    except (ValueError, TypeError):
        return None


def interval(
    date: str | None, precision: str | None, status: str | None = None, published: str | None = None
):
    """(first, last) day the report's date can mean, or None when it says nothing."""
    if not date:
        return None
    if precision == "publication":
        day = _day(date) or _day(published or "")
        if day is None:
            return None
        before, after = PUBLICATION_WINDOW
        if status == "planned":
            return day, day + datetime.timedelta(days=after)
        return day - datetime.timedelta(days=before), day
    week = WEEK.match(date)
    if week:  # "last week's march": Monday to Sunday of the ISO week ("-WE": its Saturday and Sunday)
        monday = _week_monday(int(week.group(1)), int(week.group(2)))
        if monday is None:
            return None
        first = monday + datetime.timedelta(days=5 if week.group(3) else 0)
        return first, monday + datetime.timedelta(days=6)
    if len(date) >= 10:
        day = _day(date)
        return (day, day) if day else None
    if len(date) == 7 and date[4] == "-" and date[5:].isdigit():
        first = datetime.date(int(date[:4]), int(date[5:]), 1)
        nxt = datetime.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, nxt - datetime.timedelta(days=1)
    if len(date) == 4 and date.isdigit():
        return datetime.date(int(date), 1, 1), datetime.date(int(date), 12, 31)
    return None


WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?$")


def _week_monday(year: int, week: int) -> datetime.date | None:
    try:
        return datetime.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def _gap(a, b) -> int:
    """Days between two intervals (0 when they overlap)."""
    if a is None or b is None:
        return 0
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


@dataclass
class Profile:
    """What a cluster is known to be: the union of its reports' features, and the date they agree on."""

    type: str | None
    family: str
    actors: set = field(default_factory=set)
    recipients: set = field(default_factory=set)
    lemmas: set = field(default_factory=set)
    stories: set = field(default_factory=set)
    locations: set = field(default_factory=set)
    span: tuple | None = None
    precise: bool = False  # the span comes from a day-precision report
    status: str = "real"
    types: set = field(default_factory=set)
    modes: set = field(default_factory=set)
    groups: set = field(default_factory=set)  # (party, group_key) of parties no canonical actor names

    def add(self, report: dict) -> None:
        for party in ("actor", "recipient"):
            if report.get(f"{party}_group") is not None:
                self.groups.add((party, report[f"{party}_group"]))
        for key, bag in (
            ("actor", self.actors),
            ("recipient", self.recipients),
            ("lemma", self.lemmas),
            ("story", self.stories),
            ("location", self.locations),
            ("type", self.types),
            ("mode", self.modes),
        ):
            if report.get(key) is not None:
                bag.add(report[key])
        if report.get("content"):
            self.lemmas.add(f"to:{report['content']}")
        self.status = STATUS_CLASS.get(report.get("status"), "real")
        span = _span(report)
        if span is not None and (self.span is None or (not self.precise and span[0] == span[1])):
            self.span, self.precise = span, span[0] == span[1]
        elif span is not None and self.span is not None and _gap(span, self.span) == 0:
            self.span = (max(span[0], self.span[0]), min(span[1], self.span[1]))


def _span(report: dict):
    return interval(
        report.get("date"), report.get("date_precision"), report.get("status"), report.get("published")
    )


def profile(report: dict) -> Profile:
    p = Profile(report.get("type"), family(report.get("type")))
    p.add(report)
    return p


def _parties(report: dict, p: Profile) -> tuple[int, bool]:
    """(agreeing parties, whether any conflicts)."""
    a, r = report.get("actor"), report.get("recipient")
    visits = report.get("mode") == "visit" and "visit" in p.modes  # a visitor and a host are not a set
    if report.get("type") in SYMMETRIC and p.type in SYMMETRIC and not visits:
        mine = {x for x in (a, r) if x is not None}
        theirs = p.actors | p.recipients
        if mine and theirs and not mine & theirs:
            return 0, True
        return len(mine & theirs), False
    agree, conflict = 0, False
    for value, bag in ((a, p.actors), (r, p.recipients)):
        if value is None or not bag:
            continue
        if value in bag:
            agree += 1
        elif visits and bag is p.recipients and agree and _same_day(report, p):
            continue  # one visitor's one day: the region one outlet names, the town or the host another does
        else:
            conflict = True
    if (a is not None and a in p.recipients - p.actors) or (r is not None and r in p.actors - p.recipients):
        conflict = True  # the roles reversed: who was fined is not who convicted him; a reprisal is another act
    return agree, conflict


def _same_day(report: dict, p: Profile) -> bool:
    """Whether the report and the cluster are both dated to one day, the same."""
    span = _span(report)
    return span is not None and span[0] == span[1] and p.precise and p.span == span


def group_key(name: str | None, country: str | None, sector: str | None) -> str | None:
    """What two reports' unnamed parties share when they are one group: the head word of the name
    (stemmed) with the country and sector the article codes ("Striking dock workers" and "Dock workers",
    ZAF LAB: "ZAF|LAB|worker"); None without a name or without any code."""
    words = re.findall(r"[A-Za-z]+", name or "")
    if not words or not (country or sector):
        return None
    return f"{country or ''}|{sector or ''}|{word_key(words[-1])}"


def _groups(report: dict, p: Profile) -> int:
    """How many parties known to no canonical actor agree as groups (``group_key``). They only ever agree:
    one outlet's "police" and another's "security forces" may well be one party, so unlike groups are
    no conflict."""
    return sum(
        (party, report[f"{party}_group"]) in p.groups
        for party in ("actor", "recipient")
        if report.get(f"{party}_group") is not None
    )


def _one_speaker_unknown(report: dict, p: Profile) -> bool:
    """A demand, accusation, denial or threat belongs to its speaker: in one story many speakers use the same
    word, so such an act whose speaker is known on one side only (Human Rights Watch "called for" a count,
    someone unnamed "called for" talks) agrees on nothing that makes it one act. Two unknown speakers still
    join. (Verbal cooperation is left as it was: "the union is ready to sign" and its leader's signing are one.)"""
    if QUAD.get(report.get("type") or "") != "verbal_conflict":
        return False
    return (report.get("actor") is None) != (not p.actors)


def _other_content(report: dict, p: Profile) -> bool:
    """Whether the report is an act of another kind of content than the cluster's ("agreed to meet" and
    "agreed to cut the price": ``link.content``, in the store). Reports that name none join either."""
    mine = report.get("content")
    if not mine:
        return False
    theirs = {w for w in p.lemmas if w.startswith("to:")}
    return bool(theirs) and f"to:{mine}" not in theirs


MATERIAL = {"material_conflict", "material_coop"}


def _other_mode(report: dict, p: Profile, same_lemma: bool) -> bool:
    """Whether the report is another material act of the cluster's type: another mode by another word (police
    who "broke up" a march, COERCE restrict, and who "arrested" 63, COERCE arrest, did two things; tear gas,
    ASSAULT crowd-control, is not a shooting, ASSAULT firearms). A mode the coder gives one outlet's word and
    not another's is no conflict when the word is the same; and words are not acts of force: a visit and the
    meeting held during it (CONSULT visit, meet) are one event."""
    mode, t = report.get("mode"), report.get("type")
    return bool(mode and p.modes and mode not in p.modes and not same_lemma and t in p.types and family(t) in MATERIAL)


def _one_word(report: dict, p: Profile, same_lemma: bool, same_story: bool) -> bool:
    """Whether a report names no party the cluster has another of, and tells the cluster's act by its word, in
    its story and type ("last Tuesday's march" beside another outlet's "marched in Lusaka on Wednesday", whose
    place is its recipient and the cluster has none): outlets that differ on the day then differ on a date, as
    when the parties agree (a contested date, not two marches)."""
    unopposed = all(report.get(party) is None or not bag for party, bag in (("actor", p.actors), ("recipient", p.recipients)))
    return unopposed and same_lemma and same_story and report.get("type") in p.types  # fmt: skip


def score(report: dict, p: Profile) -> int | None:
    """How much ``report`` agrees with cluster ``p``; None when something conflicts.

    The same trigger lemma in the same story is, in news, nearly always the same event (the field's
    strong "same lemma" baseline); it is kept apart only by a conflicting date, status or place. Another
    word for it (a visit and a trip, a shooting and a killing) needs the same type and agreeing parties."""
    t = report.get("type")
    lemma = report.get("lemma")
    same_lemma = lemma is not None and lemma in p.lemmas
    story = report.get("story")
    same_story = story is not None and story in p.stories
    if STATUS_CLASS.get(report.get("status"), "real") != p.status:
        return None
    loc = report.get("location")
    if loc is not None and p.locations and loc not in p.locations:
        return None
    parties, conflict = _parties(report, p)
    if not report.get("canonical") or (same_lemma and same_story and (t is None or not p.types)):
        conflict = False  # parties known only by their names in one article, or a mention with only its word
    if conflict or (t not in p.types and not same_lemma) or _other_content(report, p):
        return None
    if report.get("canonical") and _other_mode(report, p, same_lemma):
        return None
    if same_lemma and t and p.types and t not in p.types and family(t) != p.family:
        return None
    groups = _groups(report, p) if t in p.types else 0  # "Striking dock workers accepted", "Dock workers agreed"
    if report.get("canonical") and not parties and not groups and _one_speaker_unknown(report, p):
        return None
    tolerance = 1 if parties >= 2 or (parties and same_story and t in p.types) or _one_word(report, p, same_lemma, same_story) else 0
    if _gap(_span(report), p.span) > tolerance:
        return None
    return parties + groups + same_lemma + same_story + (loc is not None and loc in p.locations)


def rank(report: dict, p: Profile) -> tuple[int, bool] | None:
    """How a candidate cluster ranks for ``report``: its ``score``, then whether it has the report's type. Two
    clusters that agree as much with a report (one outlet's "signed" coded SUPPORT, another's AGREE, both of
    one trigger word in one story) are told apart by the type, not by which was made first: the order of
    arrival must not decide where a report goes."""
    s = score(report, p)
    return None if s is None else (s, report.get("type") in p.types)


def best(report: dict, candidates: Iterable[tuple[object, Profile]], evidence: int = EVIDENCE):
    """The key of the candidate cluster ``report`` agrees with most (at least ``evidence``), or None."""
    top, top_score = None, (evidence - 1, True)
    for key, p in candidates:
        s = rank(report, p)
        if s is not None and s > top_score:
            top, top_score = key, s
    return top


def cluster_reports(reports: list[dict], evidence: int = EVIDENCE) -> dict[str, int]:
    """{report id: cluster number} for ``reports``: each joins the best-agreeing cluster so far, or starts
    one. Reports are taken in date order, precise dates first, so a cluster's date is set by them."""
    order = sorted(
        reports, key=lambda r: (r.get("date_precision") == "publication", r.get("date") or "", str(r["id"]))
    )
    profiles: list[Profile] = []
    index: dict[tuple, list[int]] = {}  # ("family", f) and ("lemma", l) -> clusters: the only candidates
    out: dict[str, int] = {}
    for report in order:
        keys = [("family", family(report.get("type"))), ("lemma", report.get("lemma"))]
        candidates = sorted({i for k in keys for i in index.get(k, [])})
        key = best(report, ((i, profiles[i]) for i in candidates), evidence)
        if key is None:
            key = len(profiles)
            profiles.append(profile(report))
        else:
            profiles[key].add(report)
        for k in keys:
            if key not in index.setdefault(k, []):
                index[k].append(key)
        out[report["id"]] = key
    return out


def told_by(report: dict, published: str | None) -> bool:
    """Whether a report published on ``published`` tells its event as having occurred by then: an occurred
    report whose own date does not fall after its publication (one that does is misread, and says nothing)."""
    if not published or (report.get("status") or "occurred") != "occurred":
        return False
    span = interval(report.get("date"), report.get("date_precision"), "occurred", published)
    return span is None or span[0].isoformat() <= published[:10]


def too_late(key: tuple, told: str | None) -> bool:
    """Whether a date (a consensus key: rank, value, precision) is a day after ``told``, the day an outlet
    first reported the event as occurred (``told_by``): it cannot be the event's day. A report of a march
    published on Tuesday says the march happened by Tuesday; another outlet's "marched on Wednesday" is
    then wrong, and the cluster's date is the most precise one left, even only the publication's."""
    return told is not None and key[2] == "day" and key[1][:10] > told


def consensus(reports: list[dict]) -> dict:
    """A cluster's agreed coding: the most reported type/mode/actor/recipient/place, the most precise
    date most reports give that is not after the first report of the event as occurred (``too_late``; a
    report's ``published`` day, where given), and occurred if any report says it occurred."""

    def top(key: str):
        c = Counter(r.get(key) for r in reports if r.get(key) is not None)
        return c.most_common(1)[0][0] if c else None

    rank = PRECISION_RANK
    dated = Counter(
        (rank.get(r.get("date_precision"), 4), r.get("date"), r.get("date_precision"))
        for r in reports
        if r.get("date")
    )
    kind = top("type")
    told = min((r["published"][:10] for r in reports if r.get("type") == kind and told_by(r, r.get("published"))),
               default=None)  # fmt: skip
    best_date = min(dated, key=lambda k: (too_late(k, told), k[0], -dated[k], k[1])) if dated else (4, None, None)
    status = max((r.get("status") or "occurred" for r in reports), key=lambda s: STATUS_RANK.get(s, 0))
    return {
        "type": top("type"),
        "mode": top("mode"),
        "actor": top("actor"),
        "recipient": top("recipient"),
        "location": top("location"),
        "date": best_date[1],
        "date_precision": best_date[2],
        "status": status,
    }



@cache
def _families() -> dict[str, str]:
    from ..lexicons import read_tsv

    st = stemmer()
    return {
        st.stemWord(w): row["family"] for row in read_tsv("event_families.tsv") for w in row["words"].split()
    }


@cache
def families() -> frozenset[str]:
    """The family names of ``event_families.tsv`` ("death", "arrest", "missing")."""
    return frozenset(_families().values())


@lru_cache(maxsize=65536)
def words_of(text: str | None) -> frozenset[str]:
    """The trigger words a store cluster's ``lemma`` column holds (``tally.Tally.words``: space-separated;
    a store linked before keeps its first report's word alone)."""
    return frozenset(text.split()) if text else frozenset()


@lru_cache(maxsize=65536)
def word_key(word: str | None) -> str | None:
    """What two trigger words share when they name the same kind of happening: the family of the word's
    stem in ``event_families.tsv``, else the stem ("killed", "slain" -> "death"; "visits" -> "visit")."""
    if not word:
        return None
    w = re.sub(r"[^a-z]", "", word.lower().split()[-1]) if word.split() else ""
    if not w:
        return None
    s = stemmer().stemWord(w)
    return _families().get(s, s)
