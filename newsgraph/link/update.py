"""``update(store)``: link the articles the store has not linked yet, incrementally.

Called by ``ingest`` after its writes (and by ``newsgraph link``). The articles without a
``story_articles`` row are taken in date order; each finds its copies (MinHash bands), its story, its
canonical actors, its event clusters and its claims among what is already stored. Only the stories,
actors, clusters and claims it touched are recomputed: nothing is rebuilt, and running it again with
nothing new does nothing. Each chunk of articles is linked in one transaction: a kill leaves every
article linked or not, and the next run takes up the rest.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from collections import Counter

from ..store.db import Store
from . import actors as actor_mod
from . import claims as claim_mod
from . import copies
from . import stories as stories_mod
from .events import consensus, family, interval, profile, score, word_key

CHUNK = 200
WINDOW = 8  # days either side of a report's dates in which candidate clusters are looked for
STORY_WINDOW = 10  # days a story stays open to new articles after its last one


def update(store: Store, chunk: int = CHUNK) -> dict[str, int]:
    """Link every unlinked article; return counts of what was done.

    The articles to link are chosen inside the write transaction: two ingests into one store each link what
    is unlinked when they hold the lock, so neither links an article the other has just linked."""
    done: Counter = Counter()
    while True:
        with store.transaction() as conn:
            todo = conn.execute(
                "SELECT a.pk, a.id, a.date, a.source, a.title, a.text FROM articles a "
                "LEFT JOIN story_articles s ON s.article_pk = a.pk WHERE s.article_pk IS NULL "
                "ORDER BY a.date, a.pk LIMIT ?",
                (chunk,),
            ).fetchall()
            if not todo and not _dirty(store):
                return dict(done)
            touched: dict[str, set] = {"story": set(), "actor": set(), "cluster": set(), "claim": set()}
            for row in todo:
                _link_article(conn, row, touched, done)
            for kind, pk in conn.execute("SELECT kind, pk FROM link_dirty").fetchall():
                touched.setdefault(kind, set()).add(pk)
            _refresh(conn, touched)
            conn.execute("DELETE FROM link_dirty")  # also what the refresh itself marked: it is done
        if not todo:
            return dict(done)


def _dirty(store: Store) -> bool:
    return store.conn.execute("SELECT 1 FROM link_dirty LIMIT 1").fetchone() is not None


def _link_article(conn, row, touched: dict, done: Counter) -> None:
    pk, aid, date, source, title, text = row
    copy_of, source_key, sig = _copies(conn, pk, aid, source, text)
    story = _story(conn, pk, copy_of, date)
    conn.execute(
        "INSERT INTO story_articles (article_pk, article_id, story_pk, copy_of, source_key, date, signature) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (pk, aid, None, copy_of, source_key, date, copies.to_blob(sig)),
    )
    signature = stories_mod.story_signature({"id": aid, "date": date, "text": text, "title": title})
    by_text = _story_by_text(conn, signature, date) if story is None else story
    refs = actor_mod.link_entities(conn, pk, date, by_text)
    if story is None and by_text is not None and refs & _story_actors(conn, by_text):
        story = by_text  # close in words, and naming someone or somewhere the story names
    if story is None:
        story = _story_by_actors(conn, refs, title, date) or _new_story(conn, title, text)
    conn.execute("UPDATE story_articles SET story_pk = ? WHERE article_pk = ?", (story, pk))
    _remember_signature(conn, story, signature)
    day = date[:10]  # kept current within a chunk, so the next article of the chunk finds the story open
    conn.execute(
        "UPDATE stories SET first_seen = min(coalesce(first_seen, ?), ?), last_seen = max(coalesce(last_seen, ?), ?) "
        "WHERE pk = ?",
        (day, day, day, day, story),
    )
    _remember_story(conn, story, refs, title)
    touched["story"].add(story)
    touched["actor"] |= refs
    conn.execute(
        "UPDATE quotes SET speaker_ref = (SELECT actor_ref FROM entities WHERE entities.pk = quotes.speaker_pk) "
        "WHERE article_pk = ?",
        (pk,),
    )
    touched["claim"] |= _link_events(conn, pk, date, story)
    touched["claim"] |= claim_mod.link_quantities(conn, pk, aid, date, story)
    done["articles"] += 1
    done["copies"] += copy_of is not None


# --- copies and stories ----------------------------------------------------------------------------


def _copies(conn, pk: int, aid: str, source: str | None, text: str):
    """(copy_of, independent source key, signature) of a new article; records its bands."""
    sig = copies.signature(text)
    bands = copies.bands(sig)
    found = set()
    for band, h in bands:
        found |= {
            r[0]
            for r in conn.execute("SELECT article_pk FROM copy_bands WHERE band = ? AND hash = ?", (band, h))
        }
    conn.executemany(
        "INSERT INTO copy_bands (band, hash, article_pk) VALUES (?, ?, ?)", [(b, h, pk) for b, h in bands]
    )
    best = None
    for other in sorted(found):
        row = conn.execute(
            "SELECT article_id, copy_of, source_key, signature, date FROM story_articles WHERE article_pk = ?",
            (other,),
        ).fetchone()
        if row is None or copies.similarity(sig, copies.from_blob(row[3])) < copies.THRESHOLD:
            continue
        root = (row[4], row[1] or row[0], row[2])
        if best is None or root < best:
            best = root
    if best is None:
        return None, source or f"article:{aid}", sig
    return best[1], best[2], sig


def _story(conn, pk: int, copy_of: str | None, date: str) -> int | None:
    """A copy belongs to the story of what it copies."""
    if copy_of is None:
        return None
    row = conn.execute("SELECT story_pk FROM story_articles WHERE article_id = ?", (copy_of,)).fetchone()
    return row[0] if row else None


def _day(date: str, delta: int) -> str:
    try:
        return (datetime.date.fromisoformat(date[:10]) + datetime.timedelta(days=delta)).isoformat()
    except ValueError:
        return date


PLACE_TYPES = ("GPE", "LOC", "NORP", "FAC")
STORY_EVIDENCE = 1.5  # a named person or body counts 1, a place 0.5, a shared title word 0.5 (1 at most)


def _title_words(title: str | None) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", title or "")}


def _story_by_actors(conn, refs: set[int], title: str | None, date: str) -> int | None:
    """The open story (active within ``STORY_WINDOW`` days) the article shares most with: its people
    and bodies, its places, its title words; ``STORY_EVIDENCE`` at least."""
    kinds = _actor_kinds(conn, refs)
    words = _title_words(title)
    best, best_score = None, STORY_EVIDENCE - 1e-9
    for spk, terms in conn.execute(
        "SELECT pk, terms FROM stories WHERE last_seen >= ? AND first_seen <= ? ORDER BY pk",
        (_day(date, -STORY_WINDOW), _day(date, STORY_WINDOW)),
    ):
        t = json.loads(terms or "{}")
        known = set(t.get("actors", []))
        s = len(kinds["named"] & known) + 0.5 * len(kinds["place"] & known)
        s += min(1.0, 0.5 * len(words & set(t.get("words", []))))
        if s > best_score:
            best, best_score = spk, s
    return best


def _actor_kinds(conn, refs: set[int]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {"named": set(), "place": set()}
    for pk, type_ in conn.execute(
        f"SELECT pk, type FROM actors WHERE pk IN ({', '.join('?' * len(refs))})", list(refs)
    ).fetchall():
        out["place" if type_ in PLACE_TYPES else "named"].add(pk)
    return out


@functools.lru_cache(maxsize=4096)
def _decoded(terms: str) -> dict:
    """A story's terms decoded once per distinct text (read only: the callers never change it)."""
    return json.loads(terms)


def _story_by_text(conn, signature: dict, date: str) -> int | None:
    """The open story whose merged text signature the article's is closest to (``stories.assign``)."""
    window = stories_mod.WINDOW_DAYS
    candidates = {}
    for spk, terms in conn.execute(
        "SELECT pk, terms FROM stories WHERE last_seen >= ? AND first_seen <= ?",
        (_day(date, -window), _day(date, window)),
    ):
        sig = _decoded(terms or "{}").get("signature")
        if sig:
            candidates[spk] = sig
    return stories_mod.assign(signature, candidates)


def _story_actors(conn, story: int) -> set[int]:
    terms = json.loads(conn.execute("SELECT terms FROM stories WHERE pk = ?", (story,)).fetchone()[0] or "{}")
    return set(terms.get("actors", []))


def _remember_signature(conn, story: int, signature: dict) -> None:
    terms = json.loads(conn.execute("SELECT terms FROM stories WHERE pk = ?", (story,)).fetchone()[0] or "{}")
    terms["signature"] = stories_mod.add_to_story(terms.get("signature"), signature)
    conn.execute("UPDATE stories SET terms = ? WHERE pk = ?", (json.dumps(terms), story))


def _new_story(conn, title: str | None, text: str) -> int:
    head = title or text.strip().split("\n", 1)[0][:120]
    return conn.execute("INSERT INTO stories (title, terms) VALUES (?, '{}')", (head,)).lastrowid


def _remember_story(conn, story: int, refs: set[int], title: str | None) -> None:
    terms = json.loads(conn.execute("SELECT terms FROM stories WHERE pk = ?", (story,)).fetchone()[0] or "{}")
    terms["actors"] = sorted(set(terms.get("actors", [])) | refs)[-400:]
    terms["words"] = sorted(set(terms.get("words", [])) | _title_words(title))[:200]
    conn.execute("UPDATE stories SET terms = ? WHERE pk = ?", (json.dumps(terms), story))


# --- event clusters --------------------------------------------------------------------------------


def _ref(conn, entity_pk, name, cache: dict) -> int | None:
    if entity_pk is not None:
        row = conn.execute("SELECT actor_ref FROM entities WHERE pk = ?", (entity_pk,)).fetchone()
        if row and row[0] is not None:
            return row[0]
    if name not in cache:
        cache[name] = actor_mod.lookup(conn, name)
    return cache[name]


def _report(row: tuple, story: int, published: str, conn, cache: dict) -> dict:
    (epk, type_, mode, apk, aname, rpk, rname, date, precision, status, country, trigger) = row
    return {
        "id": epk,
        "type": type_,
        "mode": mode,
        "actor": _ref(conn, apk, aname, cache),
        "recipient": _ref(conn, rpk, rname, cache),
        "date": date,
        "date_precision": precision,
        "status": status,
        "location": country,
        "lemma": word_key(trigger),
        "story": story,
        "published": published,
        "canonical": True,
    }


CLUSTER_PROFILE = (
    "SELECT pk, type, actor_ref, recipient_ref, lemma, story_pk, location_country, date, date_precision, status, "
    "mode FROM clusters"
)


def _candidates(conn, report: dict) -> list:
    span = interval(report["date"], report["date_precision"], report["status"], report["published"])
    if span is None:
        return []
    lo = (span[0] - datetime.timedelta(days=WINDOW + 60)).isoformat()  # an undated planned report reaches far
    hi = (span[1] + datetime.timedelta(days=WINDOW)).isoformat()
    rows = conn.execute(
        CLUSTER_PROFILE + " WHERE date BETWEEN ? AND ? AND (family = ? OR lemma = ?) "
        "AND (story_pk = ? OR actor_ref IN (?, ?) OR recipient_ref IN (?, ?)) "
        "ORDER BY story_pk IS NOT ?, abs(julianday(substr(date, 1, 10)) - julianday(?)) LIMIT 200",
        (lo, hi, family(report["type"]), report["lemma"], report["story"], report["actor"], report["recipient"],
         report["actor"], report["recipient"], report["story"], span[0].isoformat()),
    ).fetchall()  # fmt: skip
    out = []
    for pk, type_, a, r, lemma, story, country, date, precision, status, mode in rows:
        p = profile(
            {"type": type_, "actor": a, "recipient": r, "lemma": lemma, "story": story, "location": country,
             "date": date, "date_precision": precision, "status": status, "mode": mode}
        )  # fmt: skip
        out.append((pk, p))
    return out


def _link_events(conn, article_pk: int, published: str, story: int) -> set[int]:
    """Put each event of one article in its cluster; return the date claims touched."""
    cache: dict = {}
    claims: set[int] = set()
    for row in conn.execute(
        "SELECT pk, type, mode, actor_pk, actor_name, recipient_pk, recipient_name, date, date_precision, status, "
        "location_country, trigger_text FROM events WHERE article_pk = ? ORDER BY pk",
        (article_pk,),
    ).fetchall():
        report = _report(row, story, published, conn, cache)
        best, best_score = None, 1
        for pk, p in _candidates(conn, report):
            s = score(report, p)
            if s is not None and s > best_score:
                best, best_score = pk, s
        if best is None:
            best = conn.execute(
                "INSERT INTO clusters (story_pk, family, type, date, lemma) VALUES (?, ?, ?, ?, ?)",
                (story, family(report["type"]), report["type"], report["date"], report["lemma"]),
            ).lastrowid
        conn.execute(
            "UPDATE events SET cluster_pk = ?, actor_ref = ?, recipient_ref = ? WHERE pk = ?",
            (best, report["actor"], report["recipient"], report["id"]),
        )
        claim = _refresh_cluster(conn, best)  # at once: the next report (of this article or the next) sees it
        if claim is not None:
            claims.add(claim)
    return claims


# --- recomputing what was touched ------------------------------------------------------------------


def _refresh(conn, touched: dict) -> None:
    actor_mod.refresh(conn, touched["actor"])
    for story in touched["story"]:
        _refresh_story(conn, story)
    for cluster in touched["cluster"]:
        claim = _refresh_cluster(conn, cluster)
        if claim is not None:
            touched["claim"].add(claim)
    claim_mod.refresh(conn, touched["claim"])


def _refresh_story(conn, story: int) -> None:
    conn.execute(
        "UPDATE stories SET first_seen = agg.f, last_seen = agg.l, n_articles = agg.n, n_sources = agg.s FROM "
        "(SELECT min(substr(date, 1, 10)) AS f, max(substr(date, 1, 10)) AS l, count(*) AS n, "
        "count(DISTINCT source_key) AS s FROM story_articles WHERE story_pk = ?) AS agg WHERE pk = ?",
        (story, story),
    )


def _refresh_cluster(conn, cluster: int) -> int | None:
    rows = conn.execute(
        "SELECT e.type, e.mode, e.cameo, e.actor_ref, e.actor_name, e.recipient_ref, e.recipient_name, e.date, "
        "e.date_precision, e.status, e.location_name, e.location_country, e.trigger_text, s.date, s.source_key, "
        "e.article_pk, e.pk, e.sentence_start, e.sentence_end FROM events e "
        "JOIN story_articles s ON s.article_pk = e.article_pk WHERE e.cluster_pk = ?",
        (cluster,),
    ).fetchall()
    if not rows:
        conn.execute("DELETE FROM clusters WHERE pk = ?", (cluster,))
        return None
    reports = [
        {"type": r[0], "mode": r[1], "cameo": r[2], "actor": r[3], "actor_name": r[4], "recipient": r[5],
         "recipient_name": r[6], "date": r[7], "date_precision": r[8], "status": r[9], "location": r[11],
         "location_name": r[10]}
        for r in rows
    ]  # fmt: skip
    c = consensus(reports)
    pick = next(r for r in reports if r["type"] == c["type"])
    name = Counter(
        r["actor_name"] for r in reports if r["actor"] == c["actor"] and r["actor_name"]
    ).most_common(1)
    rname = Counter(
        r["recipient_name"] for r in reports if r["recipient"] == c["recipient"] and r["recipient_name"]
    )
    place = Counter(r["location_name"] for r in reports if r["location_name"]).most_common(1)
    conn.execute(
        "UPDATE clusters SET type = ?, family = ?, mode = ?, cameo = ?, status = ?, actor_ref = ?, actor_name = ?, "
        "recipient_ref = ?, recipient_name = ?, date = ?, date_precision = ?, location_name = ?, "
        "location_country = ?, n_reports = ?, n_articles = ?, n_sources = ?, first_report = ? WHERE pk = ?",
        (c["type"], family(c["type"]), c["mode"], pick["cameo"], c["status"], c["actor"],
         name[0][0] if name else None, c["recipient"], rname.most_common(1)[0][0] if rname else None,
         c["date"], c["date_precision"], place[0][0] if place else None, c["location"], len(rows),
         len({r[15] for r in rows}), len({r[14] for r in rows}), min(r[13][:10] for r in rows), cluster),
    )  # fmt: skip
    return _date_claim(conn, cluster, rows)


def _date_claim(conn, cluster: int, rows: list) -> int | None:
    """The days the reports of one cluster give it, as a ``date`` claim (when they give more than one)."""
    dated = [r for r in rows if r[8] == "day" and r[7]]
    if len({r[7][:10] for r in dated}) < 2:
        row = conn.execute("SELECT pk FROM claims WHERE key = ?", (f"d|{cluster}",)).fetchone()
        if row:
            conn.execute("DELETE FROM claims WHERE pk = ?", (row[0],))
        return None
    row = conn.execute("SELECT pk FROM claims WHERE key = ?", (f"d|{cluster}",)).fetchone()
    head = conn.execute(
        "SELECT type, mode, actor_name, recipient_name, story_pk FROM clusters WHERE pk = ?", (cluster,)
    ).fetchone()
    about = " ".join(x for x in (head[0], head[1], head[2], "->" if head[3] else None, head[3]) if x)
    cpk = (
        row[0]
        if row
        else conn.execute(
            "INSERT INTO claims (kind, about, key, story_pk, cluster_pk) VALUES ('date', ?, ?, ?, ?)",
            (about, f"d|{cluster}", head[4], cluster),
        ).lastrowid
    )
    conn.execute("DELETE FROM claim_values WHERE claim_pk = ?", (cpk,))
    for r in dated:
        span = _time_span(conn, r[15], r[7][:10], r[17], r[18])
        text = conn.execute("SELECT id FROM articles WHERE pk = ?", (r[15],)).fetchone()[0]
        conn.execute(
            'INSERT INTO claim_values (claim_pk, article_pk, article_id, date, value, start, "end", text) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (cpk, r[15], text, r[13], r[7][:10], *span),
        )
    return cpk


def _time_span(conn, article_pk: int, value: str, s_start, s_end) -> tuple:
    """The time expression that gives an event its day (in its sentence if one does), else no span."""
    row = conn.execute(
        'SELECT start, "end", text FROM times WHERE article_pk = ? AND value = ? '
        "ORDER BY (start >= ? AND start < ?) DESC, start LIMIT 1",
        (article_pk, value, s_start or 0, s_end or 0),
    ).fetchone()
    return tuple(row) if row else (None, None, None)
