"""Event clusters in the store: each new report joins its cluster, and the cluster's coding, counts and
date claim follow at once (the next report, of this article or the next, sees them in memory; the
cluster's row is written once per chunk, ``Clusters.write``).

What made linking cost more than extraction was recomputing: every report re-read its whole cluster and
rewrote its date claim, and every candidate cluster's profile was rebuilt from its row. Here a chunk (one
transaction) keeps the reports of the clusters it touches in memory (``Clusters``), loaded once from the
store, so a report adds one row to what is known; a date claim gets the new report's value, not a
rewrite; a candidate's profile is built once per distinct cluster row. The results are those of
recomputing everything (``refresh_cluster`` still does, for the clusters an ``ingest --update`` left
dirty).
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from . import actors as actor_mod
from .claims import update_kind
from .content import content_kind, kinds_of, token
from .events import EVIDENCE, family, group_key, profile, rank, word_key, words_of
from .nearby import Nearby
from .tally import Tally

MEMBER_SQL = (
    "SELECT e.type, e.mode, e.cameo, e.actor_ref, e.actor_name, e.recipient_ref, e.recipient_name, e.date, "
    "e.date_precision, e.status, e.location_name, e.location_country, e.trigger_text, s.date, s.source_key, "
    "e.article_pk, e.pk, e.sentence_start, e.sentence_end, e.actor_country, e.actor_sector, e.recipient_country, "
    "e.recipient_sector, s.article_id FROM events e "
    "JOIN story_articles s ON s.article_pk = e.article_pk WHERE e.cluster_pk = ? ORDER BY e.pk"
)
AFTER = 40  # characters after a trigger read for what it is an act of (``content``)
# what the reports of a cluster are acts of (``content``), read from the text only where a cluster is recomputed
# from the store; linking keeps them in the cluster's ``lemma`` column (``Clusters._load``)
CONTENT_SQL = (
    "SELECT DISTINCT substr(a.text, e.trigger_end + 1, ?) FROM events e JOIN articles a ON a.pk = e.article_pk "
    "WHERE e.cluster_pk = ? AND e.trigger_end IS NOT NULL"
)
PK, ARTICLE, DATE, PRECISION, PUBLISHED, SOURCE, START, ARTICLE_ID, AFTER_TRIGGER = 16, 15, 7, 8, 13, 14, 17, 23, 24

CLUSTER_PROFILE = (
    "SELECT pk, type, actor_ref, recipient_ref, lemma, story_pk, location_country, date, date_precision, status, "
    "mode FROM clusters"
)
CLUSTER_UPDATE = (
    "UPDATE clusters SET type = ?, family = ?, mode = ?, cameo = ?, status = ?, actor_ref = ?, actor_name = ?, "
    "recipient_ref = ?, recipient_name = ?, date = ?, date_precision = ?, location_name = ?, "
    "location_country = ?, n_reports = ?, n_articles = ?, n_sources = ?, first_report = ?, actor_country = ?, "
    "actor_sector = ?, recipient_country = ?, recipient_sector = ?, lemma = ? WHERE pk = ?"
)
EVENT_SQL = (
    "SELECT pk, type, mode, actor_pk, actor_name, recipient_pk, recipient_name, date, date_precision, status, "
    "location_country, trigger_text, cameo, location_name, sentence_start, sentence_end, actor_country, "
    "actor_sector, recipient_country, recipient_sector, "
    "(SELECT article_id FROM story_articles s WHERE s.article_pk = events.article_pk), "
    "substr((SELECT text FROM articles a WHERE a.pk = events.article_pk), trigger_end + 1, ?) FROM events "
    "WHERE article_pk = ? ORDER BY pk"
)


def _as_report(r: tuple) -> dict:
    return {"type": r[0], "mode": r[1], "cameo": r[2], "actor": r[3], "actor_name": r[4], "recipient": r[5],
            "recipient_name": r[6], "date": r[7], "date_precision": r[8], "status": r[9], "location": r[11],
            "location_name": r[10], "actor_country": r[19], "actor_sector": r[20], "recipient_country": r[21],
            "recipient_sector": r[22], "lemma": word_key(r[12]),
            "content": content_kind(r[AFTER_TRIGGER]) if len(r) > AFTER_TRIGGER else None}  # fmt: skip


def tie_key(row: tuple) -> tuple:
    """Where a report stands when a cluster's reports tie on a value (``Tally``: ties go to the first): its
    publication date, its article's id, its sentence, then its event key (the order within one article).
    Not the event key alone: that is the order of arrival, and a cluster's consensus must not depend on it
    (a cluster of two reports, one SUPPORT and one AGREE, was coded by whichever article came first)."""
    return row[PUBLISHED] or "", row[ARTICLE_ID] or "", row[START] or 0, row[PK]


@lru_cache(maxsize=65536)
def _profile(row: tuple):
    """The profile of one cluster row (``Nearby.candidates``'; read only: ``score`` never changes it), once
    per distinct row. Its trigger words are those of all its reports, as ``cluster_reports``' profiles
    have them: with the first report's word alone, what a later report could join depended on which report
    came first (newest first, "met" made the meeting's cluster, and "after the meeting" no longer found the
    word the planned "meet" had given it in date order)."""
    _pk, type_, a, r, lemmas, story, country, date, precision, status, mode, *codes = row
    aname, acountry, asector, rname, rcountry, rsector = codes or [None] * 6
    p = profile(
        {"type": type_, "actor": a, "recipient": r, "story": story, "location": country,
         "date": date, "date_precision": precision, "status": status, "mode": mode,
         "actor_group": group_key(aname, acountry, asector) if a is None else None,
         "recipient_group": group_key(rname, rcountry, rsector) if r is None else None}
    )  # fmt: skip
    p.lemmas.update(words_of(lemmas))
    return p


class Clusters:
    """The clusters one chunk touches: the running counts of their reports (``Tally``), their dated
    reports (in event order) and their date claim. Valid inside one transaction only: the next chunk
    starts afresh, so another writer's changes between chunks are seen."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.nearby = Nearby(conn)  # the clusters a report may join, in memory for the chunk
        self.tallies: dict[int, Tally] = {}
        self.dated: dict[int, list[tuple]] = {}  # the reports dated to a day, in event order
        self.claims: dict[int, int | None] = {}  # cluster -> its date claim's pk (None: none yet)
        self.sources = _Sources(conn)  # article ids and time expressions, read once per article
        self.values: list[tuple] = []  # claim values of the article being linked, written by ``flush``
        self.unwritten: dict[int, dict] = {}  # cluster -> its consensus, for its row (``write``)

    def _load(self, cluster: int, new: int) -> None:
        """Count the stored reports of a cluster, but event ``new``: it is counted by ``add``, whether or not
        its row already names the cluster."""
        self.tallies[cluster] = Tally()
        self.dated[cluster] = []
        for r in self.conn.execute(MEMBER_SQL, (cluster,)):
            if r[PK] != new:
                self._count(cluster, tuple(r))
        row = self.nearby.rows.get(cluster)
        words = row[4] if row is not None else None
        if words is None:
            found = self.conn.execute("SELECT lemma FROM clusters WHERE pk = ?", (cluster,)).fetchone()
            words = found[0] if found else None
        self.tallies[cluster].lemmas.update(kinds_of(words_of(words)))  # its reports' contents, not re-read
        found = self.conn.execute("SELECT pk FROM claims WHERE key = ?", (f"d|{cluster}",)).fetchone()
        self.claims[cluster] = found[0] if found else None

    def _count(self, cluster: int, row: tuple) -> None:
        self.tallies[cluster].add(_as_report(row), tie_key(row), row[ARTICLE], row[SOURCE], row[PUBLISHED])
        if row[PRECISION] == "day" and row[DATE]:
            dated = self.dated[cluster]
            dated.insert(bisect.bisect([r[PK] for r in dated], row[PK]), row)

    def add(self, cluster: int, row: tuple) -> int | None:
        """Add one report (its event row is written by ``link_events`` once the article's reports are
        added); update the cluster's consensus and its date claim; return the claim touched, if any."""
        if cluster not in self.tallies:
            self._load(cluster, row[PK])
        self._count(cluster, row)
        t = self.tallies[cluster]
        c = t.consensus()
        self.unwritten[cluster] = c
        named = {"actor_name": t.names_for("actor", c["actor"]), "recipient_name": t.names_for("recipient", c["recipient"])}
        codes = {f"{p}_{f}": t.coded(p, f, c[p]) for p in ("actor", "recipient") for f in ("country", "sector")}
        self.nearby.wrote(cluster, {**c, **named, **codes, "lemma": t.words()})  # what _write_tally will store
        return self._date_claim(cluster, row, c)

    def write(self) -> None:
        """Write the row of each cluster the chunk changed, once, with its last consensus: nothing reads
        cluster rows from the store while linking but ``Nearby``, which knows the rows it was told of."""
        for cluster, c in self.unwritten.items():
            _write_tally(self.conn, cluster, self.tallies[cluster], c)
        self.unwritten.clear()

    def _date_claim(self, cluster: int, row: tuple, c: dict) -> int | None:
        cpk = self.claims[cluster]
        if cpk is not None:
            if row[PRECISION] == "day" and row[DATE]:
                self.values += self.sources.values(cpk, [row])
            return cpk
        dated = self.dated[cluster]
        if len({r[DATE][:10] for r in dated}) < 2:
            return None  # one day at most: no claim (and none was stored: it is only made here)
        cpk = _new_date_claim(self.conn, cluster, _head(self.tallies[cluster], c))
        self.claims[cluster] = cpk
        self.values += self.sources.values(cpk, dated)
        return cpk

    def flush(self) -> None:
        """Write the claim values ``add`` gathered, in the order it gathered them (one statement per
        article: nothing reads them while its reports are added)."""
        _write_values(self.conn, self.values)
        self.values = []


def _refs(conn, article_pk: int) -> dict[int, int]:
    """Entity pk -> canonical actor of one article's entities, in one query."""
    return dict(
        conn.execute(
            "SELECT pk, actor_ref FROM entities WHERE article_pk = ? AND actor_ref IS NOT NULL", (article_pk,)
        ).fetchall()
    )


def _ref(conn, entity_pk, name, refs: dict, cache: dict) -> int | None:
    if entity_pk is not None and refs.get(entity_pk) is not None:
        return refs[entity_pk]
    if name not in cache:
        cache[name] = actor_mod.lookup(conn, name)
    return cache[name]


def _report(row: tuple, story: int, published: str, conn, refs: dict, cache: dict) -> dict:
    (epk, type_, mode, apk, aname, rpk, rname, date, precision, status, country, trigger) = row[:12]
    actor, recipient = _ref(conn, apk, aname, refs, cache), _ref(conn, rpk, rname, refs, cache)
    return {
        "id": epk,
        "type": type_,
        "mode": mode,
        "actor": actor,
        "recipient": recipient,
        "actor_group": group_key(aname, row[16], row[17]) if actor is None else None,
        "recipient_group": group_key(rname, row[18], row[19]) if recipient is None else None,
        "date": date,
        "date_precision": precision,
        "status": status,
        "location": country,
        "lemma": word_key(trigger),
        "content": content_kind(row[21]),
        "story": story,
        "published": published,
        "canonical": True,
    }


def _member(ev: tuple, report: dict, published: str, source_key: str, article_pk: int) -> tuple:
    """The member row of a new report, as ``MEMBER_SQL`` would read it back."""
    (
        epk,
        type_,
        mode,
        _a,
        aname,
        _r,
        rname,
        date,
        precision,
        status,
        country,
        trigger,
        cameo,
        place,
        s0,
        s1,
        *codes,
    ) = ev
    return (type_, mode, cameo, report["actor"], aname, report["recipient"], rname, date, precision, status,
            place, country, trigger, published, source_key, article_pk, epk, s0, s1, *codes)  # fmt: skip


def link_events(
    conn, cache: Clusters, article_pk: int, published: str, story: int, source_key: str, ties: set | None = None
) -> set[int]:
    """Put each event of one article in its cluster; return the date claims touched. A report that had the
    evidence to join several clusters adds them to ``ties``: they may be one event (``rehome.regroup``). Not
    only those it agrees with as much: the one it joins learns from it (its words, its parties), and a
    cluster a report could not join before may fit it now (newest first, "after the meeting", no parties,
    found only "met" of its own article; the planned "meet" read next fitted both, and joined "met")."""
    names: dict = {}
    refs = _refs(conn, article_pk)
    claims: set[int] = set()
    coded: list[tuple] = []  # (cluster, actor, recipient, event): written at the end, in one statement
    for ev in conn.execute(EVENT_SQL, (AFTER, article_pk)).fetchall():
        report = _report(ev, story, published, conn, refs, names)
        best, best_score, fits = None, (EVIDENCE - 1, True), []
        for pk, row in cache.nearby.candidates(report):
            s = rank(report, _profile(row))
            if s is not None and s[0] >= EVIDENCE:
                fits.append(pk)
                if s > best_score:
                    best, best_score = pk, s
        if ties is not None and len(fits) > 1:
            ties.add(frozenset(fits))
        if best is None:
            made = (story, family(report["type"]), report["type"], report["date"], report["lemma"])
            best = conn.execute(
                "INSERT INTO clusters (story_pk, family, type, date, lemma) VALUES (?, ?, ?, ?, ?)", made
            ).lastrowid
            cache.nearby.made(best, *made)
        coded.append((best, report["actor"], report["recipient"], report["id"]))
        claim = cache.add(best, _member(ev, report, published, source_key, article_pk))
        if claim is not None:
            claims.add(claim)
    conn.executemany("UPDATE events SET cluster_pk = ?, actor_ref = ?, recipient_ref = ? WHERE pk = ?", coded)
    cache.flush()
    return claims


# --- a cluster's row and its date claim ------------------------------------------------------------


def _head(t: Tally, c: dict) -> tuple:
    """What a cluster's date claim is about (type, mode, actor name, recipient name), from its consensus
    ``c`` (``t.consensus()``)."""
    return c["type"], c["mode"], t.names_for("actor", c["actor"]), t.names_for("recipient", c["recipient"])


def _write_tally(conn, cluster: int, t: Tally, c: dict) -> tuple:
    """Write the consensus coding (``c``, which is ``t.consensus()``) and counts of a cluster; return what
    its date claim is about (``_head``)."""
    head = _head(t, c)
    actor_name, recipient_name = head[2], head[3]
    conn.execute(
        CLUSTER_UPDATE,
        (c["type"], family(c["type"]), c["mode"], t.cameo[c["type"]][1], c["status"], c["actor"], actor_name,
         c["recipient"], recipient_name, c["date"], c["date_precision"], t.place(), c["location"], t.n,
         len(t.articles), len(t.sources), t.first,
         *(t.coded(party, f, c[party]) for party in ("actor", "recipient") for f in ("country", "sector")),
         t.words(), cluster),
    )  # fmt: skip
    return head


def refresh_cluster(conn, cluster: int) -> int | None:
    """Recompute one cluster from the store (its reports may have been replaced); return its date claim."""
    rows = conn.execute(MEMBER_SQL, (cluster,)).fetchall()
    if not rows:
        conn.execute("DELETE FROM clusters WHERE pk = ?", (cluster,))
        return None
    tally = Tally()
    for r in rows:
        tally.add(_as_report(r), tie_key(r), r[ARTICLE], r[SOURCE], r[PUBLISHED])
    for (after,) in conn.execute(CONTENT_SQL, (AFTER, cluster)):
        if (kind := content_kind(after)) is not None:
            tally.lemmas.add(token(kind))
    head = _write_tally(conn, cluster, tally, tally.consensus())
    dated = [r for r in rows if r[PRECISION] == "day" and r[DATE]]
    row = conn.execute("SELECT pk FROM claims WHERE key = ?", (f"d|{cluster}",)).fetchone()
    if len({r[DATE][:10] for r in dated}) < 2:
        if row:
            conn.execute("DELETE FROM claims WHERE pk = ?", (row[0],))
        return None
    cpk = row[0] if row else _new_date_claim(conn, cluster, head)
    conn.execute("DELETE FROM claim_values WHERE claim_pk = ?", (cpk,))
    _write_values(conn, _Sources(conn).values(cpk, dated))
    return cpk


def _new_date_claim(conn, cluster: int, head: tuple) -> int:
    type_, mode, actor_name, recipient_name = head
    about = " ".join(
        x for x in (type_, mode, actor_name, "->" if recipient_name else None, recipient_name) if x
    )
    story = conn.execute("SELECT story_pk FROM clusters WHERE pk = ?", (cluster,)).fetchone()[0]
    return conn.execute(
        "INSERT INTO claims (kind, about, key, story_pk, cluster_pk) VALUES ('date', ?, ?, ?, ?)",
        (about, f"d|{cluster}", story, cluster),
    ).lastrowid


class _Sources:
    """What a claim value quotes of its report's article (its id, the time expression that gives the day),
    read once per article rather than once per report: one transaction's worth (times never change while
    linking)."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.ids: dict[int, str] = {}  # article pk -> article id
        self.times: dict[int, list[tuple]] = {}  # article pk -> (start, end, text, value) of its times
        self.texts: dict[int, str] = {}  # article pk -> text, for the articles whose days are claim values

    def values(self, cpk: int, dated: list[tuple]) -> list[tuple]:
        """One claim value per dated report: the day, with the time expression that gives it."""
        missing = sorted({r[ARTICLE] for r in dated} - self.ids.keys())
        if missing:
            self.ids.update(
                self.conn.execute(
                    f"SELECT pk, id FROM articles WHERE pk IN ({', '.join('?' * len(missing))})",  # noqa: S608
                    missing,
                ).fetchall()
            )
        out = []
        for r in dated:
            span = self._span(r)
            out.append((cpk, r[ARTICLE], self.ids[r[ARTICLE]], r[PUBLISHED], r[DATE][:10], *span, self._kind(r, span)))
        return out

    def _kind(self, r: tuple, span: tuple) -> int:
        """Whether the article presents the day it gives as an update or a correction ("convicted on
        Wednesday, not on Tuesday as we reported earlier"), read from the time expression's place."""
        if span[0] is None:
            return 0
        text = self.texts.get(r[ARTICLE])
        if text is None:
            text = self.conn.execute("SELECT text FROM articles WHERE pk = ?", (r[ARTICLE],)).fetchone()[0]
            self.texts[r[ARTICLE]] = text
        return update_kind(text, span[0], span[1])

    def _span(self, r: tuple) -> tuple:
        """The time expression that gives an event its day: the first of that day in its sentence, else the
        first of that day in the article, else no span (``TIME_SPAN_SQL``, which a tie is left to)."""
        times = self.times.get(r[ARTICLE])
        if times is None:
            times = self.conn.execute(
                'SELECT start, "end", text, value FROM times WHERE article_pk = ?', (r[ARTICLE],)
            ).fetchall()
            self.times[r[ARTICLE]] = times
        day, s0, s1 = r[DATE][:10], r[17] or 0, r[18] or 0
        ranked = sorted((not s0 <= t[0] < s1, t[0], t[:3]) for t in times if t[3] == day)
        if not ranked:
            return (None, None, None)
        if len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]:  # two at one offset: the store's order decides
            row = self.conn.execute(TIME_SPAN_SQL, (r[ARTICLE], day, s0, s1)).fetchone()
            return tuple(row)
        return tuple(ranked[0][2])


TIME_SPAN_SQL = (
    'SELECT start, "end", text FROM times WHERE article_pk = ? AND value = ? '
    "ORDER BY (start >= ? AND start < ?) DESC, start LIMIT 1"
)


def _write_values(conn, values: list[tuple]) -> None:
    conn.executemany(
        'INSERT INTO claim_values (claim_pk, article_pk, article_id, date, value, start, "end", text, is_update) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values,
    )
