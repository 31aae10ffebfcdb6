"""The lists the explorer pages and API show that need only the per-article tables: events as
extracted, full-text search over articles and quotes with date facets, names with their counts, one name's
record (an actor page before or beside the canonical actors), and the map's counts.

Every value from a request is a bound parameter (names resolve through ``queries.resolve_names``); every
list is ``{"items": [...], "next": cursor-or-null}`` with a cursor from ``paging``.
"""

from __future__ import annotations

import sqlite3

from ..store import queries
from ..store.db import SearchSyntaxError, Store
from . import memo, paging


def _rows(store: Store, sql: str, params: list) -> list[dict]:
    cur = store.conn.cursor()
    cur.row_factory = None
    cur.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur]


def _names_in(store: Store, term: str | None) -> list[str] | None:
    """None when no name was asked for; else the stored names it resolves to (maybe none)."""
    if not term or not term.strip():
        return None
    return queries.resolve_names(store, term)


def event_conditions(
    store: Store, *, actor=None, type_=None, country=None, status=None, date_from=None, date_to=None, alias="e"
) -> tuple[list[str], list]:
    """SQL conditions on the events table for the explorer's filters (all bound parameters)."""
    where: list[str] = []
    params: list = []
    names = _names_in(store, actor)
    if names is not None:
        if not names:
            return ["0"], []
        marks = ", ".join("?" for _ in names)
        where.append(
            f"({alias}.actor_name IN ({marks}) OR {alias}.recipient_name IN ({marks}) OR {alias}.pk IN "
            f"(SELECT event_pk FROM event_actors WHERE name IN ({marks})))"
        )
        params += names * 3
    if country:
        where.append(f"({alias}.actor_country = ? OR {alias}.recipient_country = ? OR {alias}.location_country = ?)")
        params += [country.upper()] * 3
    if type_:
        where.append(f"{alias}.type = ?")
        params.append(type_.upper())
    if status:
        where.append(f"{alias}.status = ?")
        params.append(status.lower())
    more, more_params = queries.date_range(f"{alias}.date", date_from, date_to)
    return where + more, params + more_params


def _role(row: dict, prefix: str) -> dict | None:
    if row[f"{prefix}_name"] is None:
        return None
    return {k: row[f"{prefix}_{k}"] for k in ("name", "country", "sector")}


def event_item(row: dict) -> dict:
    """An event row as the API lists it: the SPEC section 2 fields plus the article it came from."""
    loc = None
    if row["location_name"] is not None or row["lat"] is not None:
        loc = {k: row[c] for k, c in (("name", "location_name"), ("country", "location_country"), ("lat", "lat"), ("lon", "lon"))}
    return {
        "article": row["article_id"],
        "event": row["id"],
        "type": row["type"],
        "mode": row["mode"],
        "cameo": row["cameo"],
        "status": row["status"],
        "date": row["date"],
        "date_precision": row["date_precision"],
        "actor": _role(row, "actor"),
        "recipient": _role(row, "recipient"),
        "location": loc,
        "trigger": {"start": row["trigger_start"], "end": row["trigger_end"], "text": row["trigger_text"]},
        "sentence": {"start": row["sentence_start"], "end": row["sentence_end"]},
    }


EVENT_SELECT = (
    "SELECT e.pk, e.article_id, e.id, e.type, e.mode, e.cameo, e.status, e.date, e.date_precision, "
    "e.actor_name, e.actor_country, e.actor_sector, e.recipient_name, e.recipient_country, e.recipient_sector, "
    "e.location_name, e.location_country, e.lat, e.lon, e.trigger_start, e.trigger_end, e.trigger_text, "
    "e.sentence_start, e.sentence_end FROM events e"
)


def events(store: Store, *, limit: int = paging.DEFAULT_LIMIT, after: str | None = None, **filters) -> dict:
    """Per-article events matching the filters, in date order (keyset cursor: date, pk)."""
    where, params = event_conditions(store, **filters)
    key = paging.decode(after)
    if key is not None:
        if not (isinstance(key, list) and len(key) == 2 and isinstance(key[0], str) and isinstance(key[1], int)):
            raise paging.BadRequest("The cursor is not one this server gave; start again without `after`.")
        where.append("(e.date > ? OR (e.date = ? AND e.pk > ?))")
        params += [key[0], key[0], key[1]]
    sql = EVENT_SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY e.date, e.pk LIMIT ?"
    rows = _rows(store, sql, [*params, limit + 1])
    nxt = paging.encode([rows[limit - 1]["date"], rows[limit - 1]["pk"]]) if len(rows) > limit else None
    return {"items": [event_item(r) for r in rows[:limit]], "next": nxt}


# --- search ---------------------------------------------------------------------------------------


def _fts(store: Store, run, q: str):
    """Run ``run(query)`` with ``q`` as FTS5 syntax; if SQLite rejects the syntax, with its words as given."""
    try:
        return run(q), False
    except sqlite3.OperationalError as exc:
        if not any(m in str(exc) for m in queries.FTS_ERRORS):
            raise
    words = queries.literal_search(q)
    if not words:
        raise SearchSyntaxError(f"The search {q!r} has no words to look for.", "Type one or more words.")
    return run(words), True


def _article_filters(store: Store, f: dict) -> tuple[list[str], list]:
    where: list[str] = []
    params: list = []
    more, more_params = queries.date_range("a.date", f.get("date_from"), f.get("date_to"))
    where += more
    params += more_params
    if f.get("source"):
        where.append("a.source = ?")
        params.append(f["source"])
    ev = {k: f.get(k) for k in ("actor", "type_", "country", "status")}
    if any(ev.values()):
        conds, ev_params = event_conditions(store, **ev)
        where.append("a.pk IN (SELECT e.article_pk FROM events e WHERE " + " AND ".join(conds) + ")")
        params += ev_params
    return where, params


RANKED_MAX = 20_000  # more matches than this are listed newest first: ranking them all takes seconds
RANKED_KEPT = 2_000  # the ranked order remembered per search (40 pages of 50); deeper pages rank again
RANKED_AT_ONCE = 4_000  # up to this many matches, ranking them all is as cheap as fetching a page by key


def _facets(store: Store, sql: str, params: list) -> tuple[dict, int]:
    """The date facets of a list and its total (``sql``: day, n rows), remembered per store state: paging
    through a search, or searching again, neither counts every match again nor buckets them again."""

    def compute() -> tuple[dict, int]:
        days = _rows(store, sql, params)
        return facets(days), sum(d["n"] for d in days)

    return memo.remember(store.path, ("facets", sql, tuple(params)), compute)


def _matches(store: Store, query: str) -> int:
    return memo.remember(store.path, ("n", query), lambda: store.conn.execute(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (query,)).fetchone()[0])


ARTICLE_COLS = "a.id AS article, a.date, a.source, a.title, substr(a.text, 1, 100) AS lead"
SNIPPET = "snippet(articles_fts, 1, '\x02', '\x03', '…', 16) AS snippet"


def _ranked_page(store: Store, base: str, params: list, limit: int, offset: int) -> list[dict]:
    """Rows ``offset``.. of the matches best first: the first RANKED_KEPT in ranked order are remembered
    per search (bm25 over every match is most of a search's time), then fetched by row key."""
    order = memo.remember(store.path, ("ranked", base, tuple(params)), lambda: [
        r[0] for r in store.conn.execute(f"SELECT a.pk {base} ORDER BY rank LIMIT ?", [*params, RANKED_KEPT])])
    if offset + limit > len(order) and len(order) >= RANKED_KEPT:  # deeper than remembered: rank again
        return _rows(store, f"SELECT {ARTICLE_COLS}, {SNIPPET} {base} ORDER BY rank LIMIT ? OFFSET ?",
                     [*params, limit, offset])
    pks = order[offset:offset + limit]
    if not pks:
        return []
    rows = _rows(store, f"SELECT a.pk, {ARTICLE_COLS}, {SNIPPET} {base} AND articles_fts.rowid IN ({', '.join('?' for _ in pks)})",
                 [*params, *pks])
    by_pk = {r.pop("pk"): r for r in rows}
    return [by_pk[pk] for pk in pks if pk in by_pk]


def search_articles(store: Store, q: str, *, limit: int, after: str | None, **f) -> dict:
    """Articles matching ``q`` (best first, or newest first when there are more than RANKED_MAX; every
    article, newest first, when ``q`` is empty) and the filters, with the matches counted by day in date
    order (``facets``)."""
    offset = paging.offset_of(after)
    where, params = _article_filters(store, f)
    ranked = True
    if not q.strip():
        base = "FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
        items = _rows(store, f"SELECT {ARTICLE_COLS}, substr(a.text, 1, 160) AS snippet {base} "
                      "ORDER BY a.date DESC, a.pk DESC LIMIT ? OFFSET ?", [*params, limit + 1, offset])
        stats = _facets(store, f"SELECT substr(a.date, 1, 10) AS day, count(*) AS n {base} GROUP BY day ORDER BY day", params)
        literal = False
    else:
        base = "FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid WHERE articles_fts MATCH ?" + "".join(
            f" AND {w}" for w in where)

        def run(query):
            args = [query, *params]
            n = _matches(store, query)
            if n > RANKED_MAX:
                found = _rows(store, f"SELECT {ARTICLE_COLS}, {SNIPPET} {base} ORDER BY articles_fts.rowid DESC "
                              "LIMIT ? OFFSET ?", [*args, limit + 1, offset])
            elif n > RANKED_AT_ONCE:
                found = _ranked_page(store, base, args, limit + 1, offset)
            else:
                found = _rows(store, f"SELECT {ARTICLE_COLS}, {SNIPPET} {base} ORDER BY rank LIMIT ? OFFSET ?",
                              [*args, limit + 1, offset])
            stats = _facets(store, f"SELECT substr(a.date, 1, 10) AS day, count(*) AS n {base} GROUP BY day ORDER BY day",
                            args)
            return found, stats, n <= RANKED_MAX

        (items, stats, ranked), literal = _fts(store, run, q)
    nxt = paging.encode(offset + limit) if len(items) > limit else None
    return {"items": items[:limit], "next": nxt, "facets": stats[0], "literal": literal, "ranked": ranked,
            "total": stats[1]}


def search_quotes(store: Store, q: str, *, limit: int, after: str | None, **f) -> dict:
    """Quotes whose content or speaker matches ``q`` (and the speaker/date filters), in date order."""
    offset = paging.offset_of(after)
    where: list[str] = []
    params: list = []
    names = _names_in(store, f.get("actor"))
    if names is not None:
        where.append(f"q.speaker_name IN ({', '.join('?' for _ in names)})" if names else "0")
        params += names
    more, more_params = queries.date_range("q.date", f.get("date_from"), f.get("date_to"))
    where += more
    params += more_params
    cols = 'q.article_id AS article, q.date, q.speaker_name, q.kind, q.cue, q.text, q.start, q."end"'
    if not q.strip():
        base = "FROM quotes q" + (" WHERE " + " AND ".join(where) if where else "")
        items = _rows(store, f"SELECT {cols} {base} ORDER BY q.date DESC, q.pk DESC LIMIT ? OFFSET ?", [*params, limit + 1, offset])
        stats = _facets(store, f"SELECT q.date AS day, count(*) AS n {base} GROUP BY day ORDER BY day", params)
        literal = False
    else:
        base = "FROM quotes q WHERE q.pk IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)" + "".join(
            f" AND {w}" for w in where)

        def run(query):
            found = _rows(store, f"SELECT {cols} {base} ORDER BY q.date DESC, q.pk DESC LIMIT ? OFFSET ?",
                          [query, *params, limit + 1, offset])
            return found, _facets(store, f"SELECT q.date AS day, count(*) AS n {base} GROUP BY day ORDER BY day",
                                  [query, *params])

        (items, stats), literal = _fts(store, run, q)
    nxt = paging.encode(offset + limit) if len(items) > limit else None
    return {"items": items[:limit], "next": nxt, "facets": stats[0], "literal": literal, "total": stats[1]}


def facets(days: list[dict]) -> dict:
    """Counts by day, month and year, each in date order, and the grain that reads best: days over two
    months at most, months over four years at most, else years."""
    out: dict[str, dict[str, int]] = {"day": {}, "month": {}, "year": {}}
    for d in days:
        day = (d["day"] or "")[:10]
        out["day"][day] = out["day"].get(day, 0) + d["n"]
        for grain, n in (("month", 7), ("year", 4)):
            out[grain][day[:n]] = out[grain].get(day[:n], 0) + d["n"]
    grain = "day" if _span_days(sorted(out["day"])) <= 62 else "month" if len(out["month"]) <= 48 else "year"
    listed = {g: [{"value": k, "count": v} for k, v in sorted(c.items())] for g, c in out.items()}
    return {"grain": grain, **listed}


def _span_days(days: list[str]) -> int:
    """Days from the first to the last of ``days`` (ISO; partial dates count from their first day)."""
    import datetime

    def parse(d: str) -> datetime.date | None:
        try:
            return datetime.date.fromisoformat((d + "-01-01")[:10] if len(d) < 10 else d)
        except ValueError:
            return None

    ends = [x for x in (parse(days[0]), parse(days[-1])) if x] if days else []
    return (ends[-1] - ends[0]).days if len(ends) == 2 else 0


# --- names (actors as written) ----------------------------------------------------------------------


def names(store: Store, *, name: str | None = None, limit: int, after: str | None) -> dict:
    """Entity names across articles, most widely reported first (offset cursor)."""
    offset = paging.offset_of(after)
    where, params = "", []
    if name and name.strip():
        where = "WHERE e.name LIKE ? ESCAPE '\\'"
        params.append("%" + queries._like_escape(name.strip()) + "%")
    rows = _rows(store, "SELECT e.name, e.type, e.country, e.sector, count(DISTINCT e.article_pk) AS n_articles "
                 f"FROM entities e {where} GROUP BY e.name, e.type, e.country, e.sector "
                 "ORDER BY n_articles DESC, e.name LIMIT ? OFFSET ?", [*params, limit + 1, offset])
    nxt = paging.encode(offset + limit) if len(rows) > limit else None
    return {"items": rows[:limit], "next": nxt}


def name_record(store: Store, name: str, *, limit: int = 50) -> dict | None:
    """One name as written across articles: its codings, titles over time, first events as actor and
    recipient, quotes and co-occurring names. None when no entity, event or quote carries the name."""
    exact = _rows(store, "SELECT name FROM names WHERE name = ?", [name])
    if not exact:
        return None
    name = exact[0]["name"]
    codings = _rows(store, "SELECT e.type, e.country, e.sector, count(DISTINCT e.article_pk) AS n_articles FROM entities e "
                    "WHERE e.name = ? GROUP BY 1, 2, 3 ORDER BY n_articles DESC", [name])
    titles = _rows(store, "SELECT e.title, min(a.date) AS first, max(a.date) AS last FROM entities e JOIN articles a "
                   "ON a.pk = e.article_pk WHERE e.name = ? AND e.title IS NOT NULL GROUP BY e.title ORDER BY first", [name])
    as_actor = _rows(store, EVENT_SELECT + " WHERE e.actor_name = ? ORDER BY e.date DESC, e.pk DESC LIMIT ?", [name, limit])
    as_recipient = _rows(store, EVENT_SELECT + " WHERE e.recipient_name = ? ORDER BY e.date DESC, e.pk DESC LIMIT ?",
                         [name, limit])
    quotes = _rows(store, 'SELECT q.article_id AS article, q.date, q.kind, q.cue, q.text, q.start, q."end" FROM quotes q '
                   "WHERE q.speaker_name = ? ORDER BY q.date DESC, q.pk DESC LIMIT ?", [name, limit])
    return {
        "name": name,
        "codings": codings,
        "titles": titles,
        "events_as_actor": [event_item(r) for r in as_actor],
        "events_as_recipient": [event_item(r) for r in as_recipient],
        "quotes": quotes,
        "co_occurring": co_occurring(store, [name]),
    }


def co_occurring(store: Store, names_: list[str], *, limit: int = 20) -> list[dict]:
    """The names most often found in the same articles as any of ``names_`` (their 500 latest articles)."""
    marks = ", ".join("?" for _ in names_)
    return _rows(
        store,
        "WITH arts AS (SELECT DISTINCT article_pk FROM entities WHERE name IN (" + marks + ") "
        "ORDER BY article_pk DESC LIMIT 500) "
        "SELECT e.name, count(DISTINCT e.article_pk) AS n_articles FROM entities e JOIN arts USING (article_pk) "
        f"WHERE e.name NOT IN ({marks}) AND e.type IN ('PERSON', 'ORG', 'GPE', 'NORP') "
        "GROUP BY e.name ORDER BY n_articles DESC, e.name LIMIT ?",
        [*names_, *names_, limit],
    )


# --- map ------------------------------------------------------------------------------------------


def map_counts(store: Store, **filters) -> dict:
    """Events by the country where they happened, and points where coordinates exist (rounded to 0.1°)."""
    where, params = event_conditions(store, **filters)
    cond = " AND ".join(where) if where else "1"
    countries = _rows(store, f"SELECT e.location_country AS country, count(*) AS n FROM events e WHERE {cond} "
                      "AND e.location_country IS NOT NULL GROUP BY 1 ORDER BY n DESC", params)
    points = _rows(store, "SELECT round(e.lat, 1) AS lat, round(e.lon, 1) AS lon, min(e.location_name) AS name, "
                   f"count(*) AS n FROM events e WHERE {cond} AND e.lat IS NOT NULL AND e.lon IS NOT NULL "
                   "GROUP BY 1, 2 ORDER BY n DESC LIMIT 2000", params)
    return {"countries": countries, "points": points}
