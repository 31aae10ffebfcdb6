"""The story level as the explorer shows it: pages of ``newsgraph.store.story``'s lists, a story with its
clusters, claims, quotes by speaker and articles (copies folded under the article they copy), and a
canonical actor with its events, quotes and the actors most often in the same articles.

``newsgraph.store.story`` returns plain lists of SPEC section 4 dicts whose cursor is the last id; here
they become ``{"items", "next"}`` pages like every other list of the API.
"""

from __future__ import annotations

from collections.abc import Callable

from ..store.db import Store
from . import paging

try:
    from ..store import story as level
except ImportError:  # pragma: no cover - depends on what is merged
    level = None  # type: ignore[assignment]


def _rows(store: Store, sql: str, params: list) -> list[dict]:
    cur = store.conn.cursor()
    cur.row_factory = None
    cur.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur]


def available(store: Store) -> bool:
    """True when this newsgraph has the story level and this store has been linked by it (its tables exist
    and hold stories, or hold no articles yet)."""
    if level is None:
        return False
    has = store.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stories'").fetchone()
    if not has:
        return False
    linked = store.conn.execute("SELECT 1 FROM stories LIMIT 1").fetchone()
    return bool(linked) or not store.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone()


def page(fn: Callable[..., list[dict]], key: str, *, limit: int, after: str | None, **kw) -> dict:
    """One page of a story-level list: ``limit`` items and the id of the last as ``next`` when more follow."""
    items = fn(limit=limit + 1, after=after or None, **kw)
    nxt = items[limit - 1][key] if len(items) > limit else None
    return {"items": items[:limit], "next": nxt}


def fold_copies(articles: list[dict]) -> list[dict]:
    """Originals in date order, each with ``copies``: the articles that are near-copies of it (or of one
    of its copies)."""
    by_id = {a["id"]: {**a, "copies": []} for a in articles}
    roots = []
    for a in by_id.values():
        origin, seen = a.get("copy_of"), set()
        while origin in by_id and by_id[origin].get("copy_of") and origin not in seen:
            seen.add(origin)
            origin = by_id[origin]["copy_of"]
        if origin in by_id and origin != a["id"]:
            by_id[origin]["copies"].append(a)
        else:
            roots.append(a)
    return roots


def _article_meta(store: Store, ids: list[str]) -> dict[str, dict]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = _rows(store, f"SELECT id, title, source, substr(text, 1, 100) AS lead FROM articles WHERE id IN ({marks})", ids)
    return {r["id"]: r for r in rows}


def speakers(store: Store, story_pk: int, *, per_speaker: int = 8) -> list[dict]:
    """Who said what in a story: quotes of its articles that are no copy, grouped by speaker (canonical
    actor when linked), the most quoted first."""
    rows = _rows(store, 'SELECT q.article_id AS article, q.date, q.kind, q.cue, q.text, q.start, q."end", '
                 "q.speaker_ref, coalesce(a.name, q.speaker_name) AS speaker FROM quotes q "
                 "JOIN story_articles s ON s.article_pk = q.article_pk LEFT JOIN actors a ON a.pk = q.speaker_ref "
                 "WHERE s.story_pk = ? AND s.copy_of IS NULL ORDER BY q.date, q.pk", [story_pk])
    groups: dict[str, dict] = {}
    for r in rows:
        name = r["speaker"] or "(unattributed)"
        actor = f"A{r['speaker_ref']}" if r["speaker_ref"] else None
        # an unlinked speaker is one whatever its case: "Police said" opening a sentence, "police said" inside one
        g = groups.setdefault(actor or name.casefold(), {"speaker": name, "actor": actor, "n_quotes": 0, "quotes": []})
        g["n_quotes"] += 1
        if len(g["quotes"]) < per_speaker:
            g["quotes"].append({k: r[k] for k in ("article", "date", "kind", "cue", "text", "start", "end")})
    return sorted(groups.values(), key=lambda g: (g["speaker"] == "(unattributed)", -g["n_quotes"], g["speaker"]))


def _story_claims(store: Store, story_id: str) -> list[dict]:
    """The story's claims with at least two distinct values, contested first."""
    found = level.claims(store, story=story_id, limit=paging.MAX_LIMIT)
    return sorted(found, key=lambda k: (not k["contested"], int(k["id"][1:])))


def story_view(store: Store, story_id: str) -> dict | None:
    """A story (SPEC section 4) plus what its page shows: clusters in date order, claims (contested
    first), quotes by speaker, articles with copies folded, articles per day."""
    found = level.story(store, story_id)
    if found is None:
        return None
    clusters = level.clustered_events(store, story=found["id"], limit=paging.MAX_LIMIT)
    claims = _story_claims(store, found["id"])
    meta = _article_meta(store, [a["id"] for a in found["articles"]])
    articles = [{**a, **{k: v for k, v in meta.get(a["id"], {}).items() if k != "id"}} for a in found["articles"]]
    days: dict[str, int] = {}
    for a in articles:
        days[a["date"][:10]] = days.get(a["date"][:10], 0) + 1
    return {**found, "clusters": clusters, "claims": claims,
            "speakers": speakers(store, int(found["id"][1:])), "folded": fold_copies(articles),
            "activity": [{"value": d, "count": n} for d, n in sorted(days.items())]}


def actor_view(store: Store, actor_id: str, *, limit: int = 50) -> dict | None:
    """A canonical actor (SPEC section 4) with its event clusters as actor and as recipient (latest
    first), its quotes and the actors most often named in the same articles."""
    found = level.actor(store, actor_id)
    if found is None:
        return None
    pk = int(found["id"][1:])
    as_actor, as_recipient = (level.actor_clusters(store, found["id"], role=role, limit=limit)
                              for role in ("actor", "recipient"))
    quotes = _rows(store, 'SELECT article_id AS article, date, kind, cue, text, start, "end" FROM quotes '
                   "WHERE speaker_ref = ? ORDER BY date DESC, pk DESC LIMIT ?", [pk, limit])
    return {**found, "events_as_actor": as_actor, "events_as_recipient": as_recipient, "quotes": quotes,
            "co_occurring": co_occurring(store, pk)}


CO_SQL = (  # counted by actor key first; only the candidates for the 20 places are joined for their names
    "WITH arts AS (SELECT DISTINCT article_pk FROM entities WHERE actor_ref = ? ORDER BY article_pk DESC LIMIT 500), "
    "co AS (SELECT e.actor_ref AS pk, count(DISTINCT e.article_pk) AS n FROM arts JOIN entities e USING (article_pk) "
    "WHERE e.actor_ref != ? GROUP BY e.actor_ref) "
    "SELECT 'A' || a.pk AS actor, a.name, co.n AS n_articles FROM co JOIN actors a ON a.pk = co.pk "
    "WHERE co.n >= coalesce((SELECT n FROM co WHERE EXISTS (SELECT 1 FROM actors x WHERE x.pk = co.pk) "
    "ORDER BY n DESC LIMIT 1 OFFSET 19), 0) "
    "ORDER BY co.n DESC, a.name LIMIT 20"
)


def co_occurring(store: Store, pk: int) -> list[dict]:
    """The 20 canonical actors most often in the same articles as actor ``pk`` (its 500 latest articles),
    most shared articles first, then by name."""
    return _rows(store, CO_SQL, [pk, pk])
