"""Claims: one fact stated with different values across articles, and whether the values disagree.

Two kinds:
- ``quantity``: numbers counting the same thing in one story ("238 Venezuelans", "261 Venezuelans",
  "more than 250 Venezuelans"): the quantity's counted noun (stemmed) and unit, within the story;
- ``date``: the days the reports of one event cluster give it.

Each value stands for a range (``bounds``): "more than 200" is (200, inf), "about 250" is 250 give or
take 10%, a bare number is itself. A claim is contested when two values' ranges do not meet, unless the
later one is presented by its text as an update or correction ("the toll rose to", "revised figures"),
which labels the claim ``update`` instead.
"""

from __future__ import annotations

import math
import re
import sqlite3

from ..extractors.amounts.fate import CAPACITY
from .claimkeys import claim_key, complement, fate_kind, generic, is_part, own_people, share_of
from .events import word_key
from .units import units_claim

UPDATE_CUES = re.compile(
    r"\b(updated?|revised?|corrected?|correction|rose to|risen to|raised|climbed to|increased to|"
    r"jumped to|now stands|new (?:toll|figure|count|tally)|later said|has since|amended)\b",
    re.IGNORECASE,
)
CUE_WINDOW = 80  # characters before a number in which an update cue counts
# "on Wednesday, not on Tuesday as we reported earlier", "was 7%, not 6.5% as an earlier version said": the value
# stated right before a contrastive "not" that the rest of its sentence marks as a retraction
CORRECTION_AFTER = re.compile(
    r"[ \t]*[,;(-]?[ \t]*(?:and[ \t]+)?not\b(?P<rest>(?:[^.!?\n]|\.(?=\d)){0,160})", re.IGNORECASE
)
RETRACTED = re.compile(
    r"\b(?:earlier|previously|initially|originally|wrongly|mistakenly|erroneously|correct(?:ed|ion)?)\b",
    re.IGNORECASE,
)
CORRECTION_BEFORE = re.compile(r"\b(?:corrected|correction)\b", re.IGNORECASE)
UPDATE, CORRECTION = 1, 2  # claim_values.is_update: an update of a figure; an outlet retracting its own
# counts of the dead and the hurt only grow as a story goes on: a higher toll in a later report is its update
# and so do counts of what was destroyed or damaged, as the assessments go on ("hundreds of homes", then 1,200)
RISING = {"death", "injury", "damage"}
# tallies of what was reported or recorded so far grow too: their counted noun (stemmed) is one of these
TALLIES = {"report", "complaint", "case", "incid", "claim"}
# after a number: "9,000 people now needed shelter, up from its earlier estimate"
UPDATE_AFTER = re.compile(r"[^.!?\n]{0,60}?\b(?:up|down|rising|risen|increased|revised)\s+from\b", re.IGNORECASE)
BOUNDS = {
    "more than": (0.0, math.inf, False),
    "over": (0.0, math.inf, False),
    "at least": (0.0, math.inf, True),
    "less than": (-math.inf, 0.0, False),
    "under": (-math.inf, 0.0, False),
    "fewer than": (-math.inf, 0.0, False),
    "at most": (-math.inf, 0.0, True),
    "up to": (-math.inf, 0.0, True),
}
ROUGH = {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to", "estimated"}


def bounds(value: float | None, qualifier: str | None, low=None, high=None) -> tuple[float, float]:
    """The range of true values a stated quantity allows."""
    if low is not None and high is not None:
        return float(low), float(high)
    if value is None:
        return -math.inf, math.inf
    q = (qualifier or "").lower().strip()
    v = float(value)
    if q in BOUNDS:
        lo, hi, _ = BOUNDS[q]
        return (v if lo == 0.0 else lo), (v if hi == 0.0 else hi)
    if q in ROUGH:
        return v * 0.9, v * (1.0 if q in {"nearly", "almost"} else 1.1)
    return v, v


def compatible(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def is_update(text: str, start: int) -> bool:
    """Whether the words just before a number, in its sentence, present it as an update or correction."""
    return bool(UPDATE_CUES.search(_before(text, start)))


def _before(text: str, start: int) -> str:
    """The words before ``start`` in its sentence, ``CUE_WINDOW`` characters at most: a cue in the sentence
    before ("..., the office said in an update. The office said about 1,500 homes") is not about this value."""
    before = text[max(0, start - CUE_WINDOW) : start]
    ends = list(re.finditer(r"[.!?][\"'”)]*\s+|\n", before))
    return before[ends[-1].end() :] if ends else before


def update_kind(text: str, start: int, end: int) -> int:
    """``CORRECTION`` when the text presents the value at ``text[start:end]`` as a correction ("convicted on
    Wednesday, not on Tuesday as we reported earlier"; "a corrected toll of 43"), ``UPDATE`` when the words
    before it present it as an update ("rose to 46"), else 0. A correction retracts what its own outlet said
    before (``verdict``): a disagreement of one outlet with itself, corrected, is no disagreement."""
    after = CORRECTION_AFTER.match(text, end)
    if after is not None and RETRACTED.search(after.group("rest")):
        return CORRECTION
    before = _before(text, start)
    if CORRECTION_BEFORE.search(before):
        return CORRECTION
    return UPDATE if UPDATE_CUES.search(before) or UPDATE_AFTER.match(text, end) else 0


def denied(text: str, start: int) -> bool:
    """A value the article states only to deny it: "was 7%, not 6.5%", "on Thursday, not on Wednesday"."""
    return re.search(r"(?:[,;]|\bbut)\s+not\s+(?:on\s+|in\s+|at\s+)?$", text[max(0, start - 16) : start]) is not None


def verdict(values: list[dict], rising: bool = False) -> tuple[bool, bool]:
    """(contested, update) for a claim's values, each ``{"bounds", "date", "is_update"}`` (and ``source``,
    the independent source, where a value may be a correction).

    A pair of values conflicts when their ranges do not meet; the later one (in date order) decides:
    an update when its text says so, or when the claim is a toll (``rising``: the dead, the injured) and the
    later value, on a later day, is higher; else a contest. One pass in date order, keeping the highest low and
    the lowest high seen so far: a value conflicts with some earlier one exactly when its range lies
    wholly above that lowest high or wholly below that highest low. Linear: comparing every pair made a
    busy story's claim (thousands of values) cost more than all the rest of linking.

    A correction (``is_update`` ``CORRECTION``) first retracts the earlier values of its own source that it
    conflicts with (``superseded``): they are listed, but no longer disagree with anything."""
    rows = [(i, v["date"] or "", v["bounds"], int(v["is_update"] or 0), v.get("source")) for i, v in enumerate(values)]
    gone = superseded(rows)
    run = _Run()
    run.update = bool(gone)
    _pass(run, [(d, b, bool(u)) for i, d, b, u, _s in rows if i not in gone], rising)
    return run.contested, run.update


def superseded(rows: list[tuple]) -> set:
    """The values (ids) that a later correction of the same source retracts: ``rows`` are (id, date,
    bounds, update kind, source); a correction retracts its source's values of that day or earlier whose
    range does not meet its own. Another outlet's correction retracts nothing of this one's (a correction
    of someone else's figure is a disagreement)."""
    gone = set()
    for cid, cdate, cbounds, kind, csource in rows:
        if kind != CORRECTION or csource is None:
            continue
        gone |= {
            i for i, d, b, _k, s in rows
            if i != cid and s == csource and d <= cdate and not compatible(b, cbounds)
        }  # fmt: skip
    return gone


def link_quantities(
    conn: sqlite3.Connection, article_pk: int, article_id: str, date: str, story: int | None
) -> set[int]:
    """Add one article's counted quantities to their claims; return the claims touched."""
    if story is None:
        return set()
    text = None
    events: list[tuple] | None = None
    found_values: list[tuple] = []  # (key, cluster, about, kind, value row)
    for _qpk, value, unit, qualifier, low, high, counts, start, end, qtext, fate, cstart, cend in conn.execute(
        'SELECT pk, value, unit, qualifier, low, high, counts, start, "end", text, '
        "json_extract(extra, '$.fate'), counts_start, counts_end FROM quantities "
        "WHERE article_pk = ? AND (value IS NOT NULL OR (low IS NOT NULL AND high IS NOT NULL))",
        (article_pk,),
    ).fetchall():
        if fate == CAPACITY:
            continue  # "licensed to carry 80 passengers" is no figure of how many were on board
        if text is None:
            text = conn.execute("SELECT text FROM articles WHERE pk = ?", (article_pk,)).fetchone()[0]
        if not counts and unit == "percent":
            counts = share_of(text, start)  # "a turnout of 54%"
        kind = fate_kind(fate, counts)
        held = complement(text, cend) if counts and cend is not None and kind is None else None
        counts = f"{counts} of {held}" if held else counts
        if kind is not None and events is None:
            events = _event_kinds(conn, article_pk)
        found = claim_key(story, kind, counts, unit, start, events or [], fate)
        if found is None:
            continue
        if kind is None and not generic(counts):
            found = units_claim(conn, story, found[0], text, start) or found
        if is_part(text, start, end, cstart) or denied(text, start):
            continue
        about = f"{counts} ({fate})" if generic(counts) and kind is None else counts
        row = (value, qualifier, unit, low, high, start, end, qtext, update_kind(text, start, end))
        found_values.append((*found, about, kind, row))
    # a count of a family left to the story may be the figure of an event claim, one of this article's own
    # among them: "police arrested 63 of its members" makes the arrest's claim, and "40 people had been
    # detained", the next sentence's report of that arrest, names no one: its figure is that claim's too
    pending = {item[1]: item[0] for item in found_values if item[1] is not None}
    found_values = [
        ((*(_event_claim(conn, story, key, row[5], events or [], pending) or (key, None)), about, kind, row)
         if kind is not None and cluster is None else (key, cluster, about, kind, row))
        for key, cluster, about, kind, row in found_values
    ]  # fmt: skip
    touched: set[int] = set()
    speakers = _speakers(conn, article_pk) if len(found_values) > 1 else []
    for key, cluster, about, kind, row in _one_fact_each(found_values, speakers):
        cpk = _claim(conn, key, cluster, about, kind, story)
        conn.execute(
            "INSERT INTO claim_values (claim_pk, article_pk, article_id, date, value, qualifier, unit, low, high, "
            'start, "end", text, is_update) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            (cpk, article_pk, article_id, date, *row),
        )
        touched.add(cpk)
    return touched


def _one_fact_each(found: list[tuple], speakers: list[tuple] | None = None) -> list[tuple]:
    """An article does not disagree with itself: two values it gives under one claim's key whose ranges do
    not meet, neither presented as an update or a correction, are two facts the key cannot tell apart
    ("18,240 votes" for the winner and "33,506 valid votes" cast; "12 soldiers and 3 civilians were
    killed"), so neither joins that claim. ``found`` holds (key, cluster, about, kind, value row).

    Unless the article gives each value as another speaker's (``speakers``: (start, end, speaker) of its
    quotes): "the union said police arrested 63 of its members; police said 40 people had been detained"
    reports a disagreement between its sources, which is the claim's."""
    by_key: dict[str, list[tuple]] = {}
    for item in found:
        by_key.setdefault(item[0], []).append(item)
    apart = set()
    for key, items in by_key.items():
        plain = [(bounds(r[0], r[1], r[3], r[4]), _said_by(speakers or [], r[5])) for *_k, r in items if not r[-1]]
        if any(
            not compatible(a, b) and (who is None or other is None or who == other)
            for i, (a, who) in enumerate(plain)
            for b, other in plain[i + 1 :]
        ):
            apart.add(key)
    return [item for item in found if item[0] not in apart]


def _speakers(conn: sqlite3.Connection, article_pk: int) -> list[tuple]:
    """(start, end, speaker) of an article's quotes, the speaker as its canonical actor or else its name."""
    return conn.execute(
        'SELECT start, "end", coalesce(speaker_ref, lower(speaker_name)) FROM quotes '
        "WHERE article_pk = ? AND speaker_name IS NOT NULL",
        (article_pk,),
    ).fetchall()


def _said_by(speakers: list[tuple], start: int):
    """Who the article gives the words at ``start`` as said by, or None."""
    return next((who for s0, s1, who in speakers if s0 <= start < s1), None)


DURATION = re.compile(r"P(?:(\d+(?:\.\d+)?)([YMWD])|T(\d+(?:\.\d+)?)([HM]))$")
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "TH": "hour", "TM": "minute"}
# between an event's trigger and how long it lasts: "sentenced on Friday to seven years", "jailed X for eight
# years", "detained for 48 hours"; a duration elsewhere in the sentence is not the event's ("has waited two years")
LASTS = re.compile(r"[^.;!?\n]{0,60}\b(?:to|for)\s+(?:a\s+|an\s+)?$", re.IGNORECASE)


def duration(value: str | None) -> tuple[float, str] | None:
    """An ISO 8601 duration of one unit as (number, unit): "P7Y" -> (7, "year"), "PT48H" -> (48, "hour")."""
    found = DURATION.match(value or "")
    if found is None:
        return None
    if found.group(1) is not None:
        return float(found.group(1)), DURATION_UNITS[found.group(2)]
    return float(found.group(3)), DURATION_UNITS["T" + found.group(4)]


def link_durations(conn: sqlite3.Connection, article_pk: int, article_id: str, date: str) -> set[int]:
    """How long an event lasts, as each outlet gives it: a duration right after an event's trigger in its
    sentence, introduced by "to" or "for" ("sentenced to seven years", "jailed for eight years"), is a value
    of that event cluster's claim (``kind`` quantity, ``unit`` the duration's: "year"). Return the claims
    touched."""
    times = conn.execute(
        "SELECT start, \"end\", text, value FROM times WHERE article_pk = ? AND type = 'DURATION'", (article_pk,)
    ).fetchall()
    if not times:
        return set()
    events = conn.execute(
        "SELECT cluster_pk, story_pk, trigger_end, sentence_end, trigger_text FROM events e "
        "JOIN story_articles s ON s.article_pk = e.article_pk WHERE e.article_pk = ? AND cluster_pk IS NOT NULL "
        "AND trigger_end IS NOT NULL AND sentence_end IS NOT NULL ORDER BY trigger_end DESC",
        (article_pk,),
    ).fetchall()
    text = conn.execute("SELECT text FROM articles WHERE pk = ?", (article_pk,)).fetchone()[0]
    touched: set[int] = set()
    for start, end, ttext, value in times:
        found = duration(value)
        owner = next((e for e in events if e[2] <= start < e[3] and LASTS.fullmatch(text, e[2], start)), None)
        if found is None or owner is None:
            continue
        cluster, story, _t, _s, trigger = owner
        number, unit = found
        key = f"q|c{cluster}|duration|{unit}"
        row = conn.execute("SELECT pk FROM claims WHERE key = ?", (key,)).fetchone()
        cpk = row[0] if row else conn.execute(
            "INSERT INTO claims (kind, about, key, story_pk, cluster_pk) VALUES ('quantity', ?, ?, ?, ?)",
            (f"{unit}s ({word_key(trigger) or 'how long'})", key, story, cluster),
        ).lastrowid
        assert cpk is not None  # set by every INSERT
        conn.execute(
            "INSERT INTO claim_values (claim_pk, article_pk, article_id, date, value, unit, start, \"end\", text, "
            "is_update) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (cpk, article_pk, article_id, date, number, unit, start, end, ttext, update_kind(text, start, end)),
        )
        touched.add(cpk)
    return touched


def _event_kinds(conn: sqlite3.Connection, article_pk: int) -> list[tuple]:
    """(cluster, sentence start, sentence end, trigger family, says more) of an article's clustered events.
    An event says more than the count itself when it has an actor, a recipient named as an entity, or a
    place. "Police arrested 41 students" is that arrest's figure; "more than 40 people were killed", with no
    one doing it and nowhere named, is the story's toll, as it is in the outlets whose sentence the coder gave
    no event (else one outlet's toll sits in a claim of its own, apart from the others'), unless the story's
    figures of that family are an event's (``_event_claim``)."""
    return [
        (c, s0, s1, word_key(t), bool(more))
        for c, s0, s1, t, more in conn.execute(
            "SELECT cluster_pk, sentence_start, sentence_end, trigger_text, "
            "actor_name IS NOT NULL OR recipient_entity IS NOT NULL OR location_name IS NOT NULL FROM events "
            "WHERE article_pk = ? AND cluster_pk IS NOT NULL AND sentence_start IS NOT NULL",
            (article_pk,),
        ).fetchall()
    ]


def _event_claim(
    conn: sqlite3.Connection, story: int, key: str, start: int, events: list[tuple], pending: dict | None = None
) -> tuple[str, int] | None:
    """The event claim a count of a family that ``claim_key`` left to the story belongs to, if any
    (its key and cluster). The figures of an event are told in several ways, and the one that names no doer
    is still that event's: el05's "the 12 people arrested at the counting centre" beside "police had
    arrested 14 people", a court's "the release of 135 people detained since Monday" beside the arrests'
    figures. Such a count joins an event cluster's claim of its family (and group, and unit)
    - of the event told in its own sentence (a report that says nothing more, clustered with those that do);
    - else the story's one such claim, unless the story already keeps a claim of its own of that family (a
      toll no event holds: its later figures stay with it, not split between two claims).
    ``pending`` ({cluster: key}) holds the event claims the article's other counts are about to make.
    """
    tail = key.split("|", 2)[2]  # "arrest|" or "death:soldier|"
    found = {
        cluster: ckey
        for ckey, cluster in conn.execute(
            "SELECT key, cluster_pk FROM claims WHERE story_pk = ? AND cluster_pk IS NOT NULL AND kind = 'quantity'",
            (story,),
        ).fetchall()
        if ckey == f"q|c{cluster}|{tail}"
    }
    found.update({c: k for c, k in (pending or {}).items() if k == f"q|c{c}|{tail}"})  # the article's own, to come
    if not found:
        return None
    kind = tail.split("|")[0].split(":")[0]
    for cluster, s_start, s_end, ev_kind, _more in events:
        if ev_kind == kind and s_start <= start < s_end and cluster in found:
            return found[cluster], cluster
    if len(found) != 1 or conn.execute("SELECT 1 FROM claims WHERE key = ?", (key,)).fetchone() is not None:
        return None
    ((cluster, ckey),) = found.items()
    return ckey, cluster


def _claim(
    conn: sqlite3.Connection, key: str, cluster: int | None, counts: str | None, kind: str | None, story: int
) -> int:
    row = conn.execute("SELECT pk FROM claims WHERE key = ?", (key,)).fetchone()
    if row:
        return row[0]
    if kind is not None and own_people(counts):
        counts = "people"  # "63 of its members" arrested: the people arrested, as the other outlets count them
    about = counts if kind is None else (f"{counts} ({kind})" if counts else kind)
    cpk = conn.execute(
        "INSERT INTO claims (kind, about, key, story_pk, cluster_pk) VALUES ('quantity', ?, ?, ?, ?)",
        (about, key, story, cluster),
    ).lastrowid
    assert cpk is not None
    return cpk


def refresh(conn: sqlite3.Connection, claims: set[int], state: dict | None = None) -> None:
    """Recompute ``contested`` and ``update`` of the claims from all their values.

    With ``state`` (kept by the caller across the chunks of one update), a claim seen before reads only
    the values added since (``claim_values.pk`` above the last one read): ``verdict`` is one pass in date
    order, so its running highest low and lowest high carry on exactly while the new values come in date
    order. Anything else (a value dated earlier, a value removed) recomputes the claim from all its values."""
    for cpk in claims:
        found = state.get(cpk) if state is not None else None
        run = _carry_on(conn, cpk, found) if found is not None else None
        if run is None:
            run = _Run()
            rows = _values(conn, cpk, 0)
            gone = superseded(_with_sources(conn, rows)) if any(r[6] == CORRECTION for r in rows) else set()
            run.update = bool(gone)
            _advance(run, [r for r in rows if r[0] not in gone])
        if state is not None:
            state[cpk] = run
        conn.execute(
            'UPDATE claims SET contested = ?, "update" = ? WHERE pk = ?', (run.contested, run.update, cpk)
        )


class _Run:
    """Where ``verdict``'s pass over one claim's values stands: values read, last pk and date read,
    highest low, lowest high, the verdict so far."""

    __slots__ = ("n", "last_pk", "last_date", "first_date", "top_low", "least_high", "day_high", "contested", "update")

    def __init__(self) -> None:
        self.n, self.last_pk, self.last_date, self.first_date = 0, 0, "", ""
        self.day_high = math.inf
        self.top_low, self.least_high = -math.inf, math.inf
        self.contested = self.update = False


def _values(conn: sqlite3.Connection, cpk: int, after: int) -> list[tuple]:
    return conn.execute(
        "SELECT v.pk, value, qualifier, low, high, date, is_update, kind, key FROM claim_values v "
        "JOIN claims c ON c.pk = v.claim_pk WHERE claim_pk = ? AND v.pk > ? ORDER BY v.pk",
        (cpk, after),
    ).fetchall()


def _carry_on(conn: sqlite3.Connection, cpk: int, run: _Run) -> _Run | None:
    """``run`` advanced over the values added since, or None when it cannot carry on exactly."""
    (kept,) = conn.execute(
        "SELECT count(*) FROM claim_values WHERE claim_pk = ? AND pk <= ?", (cpk, run.last_pk)
    ).fetchone()
    if kept != run.n:
        return None  # a value read before is gone
    rows = _values(conn, cpk, run.last_pk)
    if rows and min(r[5] or "" for r in rows) < run.last_date:
        return None  # an earlier date: the pass in date order would have met it before
    if any(r[6] == CORRECTION for r in rows):
        return None  # a correction may retract values read before
    _advance(run, rows)
    return run


def _with_sources(conn: sqlite3.Connection, rows: list[tuple]) -> list[tuple]:
    """``superseded``'s rows for a claim's stored values: (pk, date, bounds, update kind, independent source)."""
    pks = [r[0] for r in rows]
    source = dict(
        conn.execute(
            "SELECT v.pk, s.source_key FROM claim_values v JOIN story_articles s ON s.article_pk = v.article_pk "
            f"WHERE v.pk IN ({', '.join('?' * len(pks))})",  # noqa: S608
            pks,
        ).fetchall()
    )
    return [(r[0], r[5] or "", _bounds(r), int(r[6] or 0), source.get(r[0])) for r in rows]


def _bounds(row: tuple) -> tuple[float, float]:
    _pk, v, q, lo, hi, _d, _u, kind, _key = row
    return _date_bounds(v) if kind == "date" else bounds(v, q, lo, hi)


def _advance(run: _Run, rows: list[tuple]) -> None:
    """``verdict``'s pass over ``rows`` (sorted by date, stable in pk order), from where ``run`` stands."""
    values = [(r[5] or "", _bounds(r), bool(r[6])) for r in rows]
    _pass(run, values, bool(rows) and _rising(rows[0][-1]))
    if rows:
        run.last_pk = max(run.last_pk, max(r[0] for r in rows))


def _rising(key: str) -> bool:
    """Whether a claim (by its key, ``q|story or cluster|family|unit``) counts a toll that only grows, or a
    tally of what was reported so far (``TALLIES``: "14 reports of fires" on Monday, 16 on Wednesday)."""
    parts = key.split("|")
    return len(parts) > 2 and parts[0] == "q" and (parts[2].split(":")[0] in RISING or parts[2].split(" ")[0] in TALLIES)


def _pass(run: _Run, values: list[tuple], rising: bool = False) -> None:
    """The pass itself over (date, (low, high), is update) values, in date order (stable)."""
    values.sort(key=lambda x: x[0])
    for date, (low, high), is_upd in values:
        if date != run.last_date:
            run.day_high = math.inf  # the lowest high of the values of this day
        if run.n and (run.top_low > high or low > run.least_high):
            # a toll's later, higher value is its update; one lower than any earlier value, or than another
            # of the same day, still disputes it
            if is_upd or (rising and run.top_low <= high and low <= run.day_high and date > run.first_date):
                run.update = True
            else:
                run.contested = True
        run.top_low, run.least_high = max(run.top_low, low), min(run.least_high, high)
        run.day_high = min(run.day_high, high)
        run.first_date = run.first_date or date
        run.n += 1
        run.last_date = date


def _date_bounds(value: str) -> tuple[float, float]:
    from .events import interval

    span = interval(value, "day" if len(value) >= 10 else None)
    if span is None:
        return -math.inf, math.inf
    return float(span[0].toordinal()), float(span[1].toordinal())
