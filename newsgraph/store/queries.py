"""The questions users ask of the store. Every value a user gives is a bound parameter, never SQL text.

Each query returns a ``Result``: column names and rows (dicts), every row traceable to its article id and
character offsets. Names (``--actor``, ``--speaker``, timeline) resolve against the ``names`` table: an
exact name (any case) if there is one, else every name containing the words as whole words ("Noem" finds
"Kristi Noem").
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from .db import SearchSyntaxError, Store

DEFAULT_LIMIT = 100
# SQLite's messages for a MATCH expression it cannot parse.
FTS_ERRORS = ("fts5", "syntax error", "no such column", "unterminated", "unknown special query")


@dataclass
class Result:
    columns: list[str]
    rows: list[dict]
    names: list[str] = field(default_factory=list)  # what an actor/speaker argument resolved to
    limit: int | None = None
    brief: list[str] | None = None  # the columns a table on a terminal shows (all if None)

    @property
    def truncated(self) -> bool:
        return self.limit is not None and len(self.rows) >= self.limit


def _like_escape(text: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", text)


def resolve_names(store: Store, term: str) -> list[str]:
    """The stored names ``term`` refers to: the exact name, or every name containing it as whole words."""
    term = " ".join(term.split())
    if not term:
        return []
    canonical = _canonical_names(store, term)
    row = store.conn.execute("SELECT name FROM names WHERE name = ?", (term,)).fetchone()
    if row:
        return sorted({row[0], *canonical}, key=str.lower)
    t = _like_escape(term)
    rows = store.conn.execute(
        "SELECT name FROM names WHERE name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' "
        "ORDER BY name",
        (f"{t} %", f"% {t}", f"% {t} %"),
    ).fetchall()
    return sorted({r[0] for r in rows} | set(canonical), key=str.lower)


def _canonical_names(store: Store, term: str) -> list[str]:
    """Every alias of the canonical actors ``term`` names ("Bukele" -> "Nayib Bukele", "Bukele"), so a
    filter finds an actor however each article called it (the story level's actors, when linked)."""
    from .story import resolve_actors

    refs = resolve_actors(store, term)
    if not refs:
        return []
    rows = store.conn.execute(
        f"SELECT DISTINCT alias FROM actor_aliases WHERE actor_pk IN ({_marks(refs)})", refs
    ).fetchall()
    return [r[0] for r in rows]


def _marks(values: list) -> str:
    return ", ".join("?" for _ in values)


def date_range(column: str, date_from: str | None, date_to: str | None) -> tuple[list[str], list[str | int]]:
    """SQL conditions (and their parameters) for ``column`` within [date_from, date_to].

    ISO strings compare in date order. A partial ``--to`` ("2025-03", "2025") covers the whole period; a
    partial stored date ("2025-03", from an event dated only by month) counts as in range when its period
    overlaps the range. The year floor keeps the condition usable by a (..., date) index.
    """
    where: list[str] = []
    params: list[str | int] = []
    if date_from:
        where.append(
            f"{column} >= substr(?, 1, 4) AND ({column} >= ? OR "
            f"(length({column}) < 10 AND {column} >= substr(?, 1, length({column}))))"
        )
        params += [date_from, date_from, date_from]
    if date_to:
        where.append(f"{column} <= ?")
        params.append(date_to + {4: "-99-99", 7: "-99"}.get(len(date_to), ""))
    return where, params


def _run(store: Store, sql: str, params: list, search: str | None = None) -> list[dict]:
    try:
        cur = store.conn.cursor()
        cur.row_factory = (
            None  # plain tuples: zipping them into dicts is several times faster than sqlite3.Row
        )
        cur.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur]
    except sqlite3.OperationalError as exc:
        msg = str(exc)
        if search is not None and any(m in msg for m in FTS_ERRORS):
            raise SearchSyntaxError(
                f"The search {search!r} is not valid full-text syntax ({msg}).",
                'Balance double quotes, put phrases in "double quotes", or use --literal to search the words as given.',
            ) from exc
        raise


def literal_search(text: str) -> str:
    """An FTS5 query that matches ``text``'s words as given: each word becomes a quoted string."""
    words = re.findall(r"\w+", text)
    return " ".join('"' + w + '"' for w in words)


EVENT_COLUMNS = [
    "date",
    "type",
    "mode",
    "actor_name",
    "actor_country",
    "recipient_name",
    "recipient_country",
    "location_name",
    "status",
    "trigger_text",
    "article",
    "trigger_start",
    "trigger_end",
    "cameo",
    "date_precision",
    "confidence",
]


def events(
    store: Store,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    country: str | None = None,
    type: str | None = None,
    status: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> Result:
    """Events matching every filter given, in date order. ``actor``/``recipient`` also match coordinated
    actors/recipients ("Hungarian and Romanian officials"); ``country`` matches any actor, recipient or
    the location."""
    where, params, names = _event_filters(store, actor, recipient, country, type, status)
    more, more_params = date_range("e.date", date_from, date_to)
    where += more
    params += more_params
    cols = ", ".join("e.article_id AS article" if c == "article" else f"e.{c}" for c in EVENT_COLUMNS)
    sql = _select(cols, "events e", where, "e.date, e.pk", limit, params)
    brief = ["date", "type", "mode", "actor_name", "recipient_name", "location_name", "status", "trigger_text",
             "article"]
    return Result(EVENT_COLUMNS, _run(store, sql, params), names, limit or None, brief)


def _event_filters(
    store: Store, actor: str | None, recipient: str | None, country: str | None, type: str | None,
    status: str | None,
) -> tuple[list[str], list[str | int], list[str]]:
    """The WHERE terms and parameters of ``events``' filters other than dates, and the names they resolved."""
    where: list[str] = []
    params: list[str | int] = []
    names: list[str] = []
    for role, term in (("actor", actor), ("recipient", recipient)):
        if term:
            found = resolve_names(store, term)
            names += found
            if not found:
                where.append("0")
                continue
            marks = _marks(found)
            where.append(
                f"(e.{role}_name IN ({marks}) OR e.pk IN "
                f"(SELECT event_pk FROM event_actors WHERE name IN ({marks}) AND role = '{role}'))"
            )
            params += [*found, *found]
    if country:
        c = country.upper()
        where.append(
            "(e.actor_country = ? OR e.recipient_country = ? OR e.location_country = ? "
            "OR e.pk IN (SELECT event_pk FROM event_actors WHERE country = ?))"
        )
        params += [c, c, c, c]
    if type:
        where.append("e.type = ?")
        params.append(type.upper())
    if status:
        where.append("e.status = ?")
        params.append(status.lower())
    return where, params, names


QUOTE_COLUMNS = ["date", "speaker_name", "kind", "cue", "text", "article", "start", "end"]


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    search: str | None = None,
    literal: bool = False,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> Result:
    """Quotes by speaker and/or full-text search of their content, in date order."""
    where: list[str] = []
    params: list[str | int] = []
    names: list[str] = []
    if speaker:
        names = resolve_names(store, speaker)
        where.append(f"q.speaker_name IN ({_marks(names)})" if names else "0")
        params += names
    source = "quotes q"
    if search:
        query = literal_search(search) if literal else search
        if speaker:  # few quotes per speaker: probe the index for each (a common word would match thousands)
            source = "quotes q CROSS JOIN quotes_fts f"
            where.append("f.rowid = q.pk AND quotes_fts MATCH ?")
        else:
            where.append("q.pk IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(query)
    more, more_params = date_range("q.date", date_from, date_to)
    where += more
    params += more_params
    cols = 'q.date, q.speaker_name, q.kind, q.cue, q.text, q.article_id AS article, q.start, q."end"'
    sql = _select(cols, source, where, "q.date, q.pk", limit, params)
    brief = ["date", "speaker_name", "kind", "text", "article"]
    return Result(QUOTE_COLUMNS, _run(store, sql, params, search), names, limit or None, brief)


ENTITY_COLUMNS = ["name", "type", "country", "sector", "articles", "mentions"]


def entities(
    store: Store,
    *,
    name: str | None = None,
    type: str | None = None,
    country: str | None = None,
    sector: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> Result:
    """Entities across articles, one row per (name, type, country, sector), most widely reported first."""
    where: list[str] = []
    params: list[str | int] = []
    if name:
        where.append("e.name LIKE ? ESCAPE '\\'")
        params.append(f"%{_like_escape(name)}%")
    for col, value in (("type", type), ("country", country), ("sector", sector)):
        if value:
            where.append(f"e.{col} = ?")
            params.append(value.upper())
    sql = (
        "SELECT e.name, e.type, e.country, e.sector, count(DISTINCT e.article_pk) AS articles, "
        "sum(e.n_mentions) AS mentions FROM entities e"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " GROUP BY e.name, e.type, e.country, e.sector ORDER BY articles DESC, mentions DESC, e.name"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return Result(ENTITY_COLUMNS, _run(store, sql, params), [], limit or None)


SEARCH_COLUMNS = ["article", "date", "source", "title", "snippet"]


def search(
    store: Store,
    text: str,
    *,
    literal: bool = False,
    date_from: str | None = None,
    date_to: str | None = None,
    source: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> Result:
    """Articles whose title or text match ``text`` (FTS5 syntax unless ``literal``), best match first."""
    query = literal_search(text) if literal else text
    where = ["articles_fts MATCH ?"]
    params: list[str | int] = [query]
    more, more_params = date_range("a.date", date_from, date_to)
    where += more
    params += more_params
    if source:
        where.append("a.source = ?")
        params.append(source)
    sql = (
        "SELECT a.id AS article, a.date, a.source, a.title, "
        "snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet "
        "FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid WHERE "
        + " AND ".join(where)
        + " ORDER BY rank"
    )
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return Result(SEARCH_COLUMNS, _run(store, sql, params, text), [], limit or None)


TIMELINE_COLUMNS = ["date", "kind", "what", "actor", "recipient", "status", "text", "article", "start", "end"]


def timeline(
    store: Store,
    actor: str,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = None,
) -> Result:
    """The dated events (as actor or recipient) and the quotes of one actor, in date order."""
    names = resolve_names(store, actor)
    if not names:
        return Result(TIMELINE_COLUMNS, [], [], limit or None)
    marks = _marks(names)
    conds, span_params = date_range("{t}.date", date_from, date_to)
    span = "".join(f" AND {c}" for c in conds)
    ev = (
        "SELECT e.date, 'event' AS kind, e.type AS what, e.actor_name AS actor, e.recipient_name AS recipient, "
        'e.status, e.trigger_text AS text, e.article_id AS article, e.trigger_start AS start, e.trigger_end AS "end", '
        "e.article_pk FROM events e WHERE "
    )
    not_actor = f"(e.actor_name IS NULL OR e.actor_name NOT IN ({marks}))"
    not_recipient = f"(e.recipient_name IS NULL OR e.recipient_name NOT IN ({marks}))"
    # One arm per way of taking part, each served by its own index in date order, so a LIMIT stops early;
    # the NOT IN conditions keep an event that names the actor twice from appearing twice.
    sql = (
        f"{ev} e.actor_name IN ({marks}){span.format(t='e')} "
        f"UNION ALL {ev} e.recipient_name IN ({marks}) AND {not_actor}{span.format(t='e')} "
        f"UNION ALL {ev} e.pk IN (SELECT event_pk FROM event_actors WHERE name IN ({marks})) "
        f"AND {not_actor} AND {not_recipient}{span.format(t='e')} "
        "UNION ALL SELECT q.date, 'quote', q.kind, q.speaker_name, NULL, NULL, q.text, q.article_id, q.start, "
        f'q."end", q.article_pk FROM quotes q WHERE q.speaker_name IN ({marks}){span.format(t="q")} '
        "ORDER BY 1, 11, 9"  # date, then the order of the text within an article
    )
    params = [
        *names, *span_params,
        *names, *names, *span_params,
        *names, *names, *names, *span_params,
        *names, *span_params,
    ]  # fmt: skip

    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    rows = _run(store, sql, params)
    for row in rows:
        del row["article_pk"]
    brief = ["date", "kind", "what", "actor", "recipient", "status", "text", "article"]
    return Result(TIMELINE_COLUMNS, rows, names, limit or None, brief)


def _select(cols: str, source: str, where: list[str], order: str, limit: int | None, params: list) -> str:
    """``SELECT cols FROM source [WHERE all of where] ORDER BY order [LIMIT ?]``; the limit is appended to
    ``params``, whose other values are the placeholders of ``where`` (user text never enters the SQL)."""
    sql = f"SELECT {cols} FROM {source}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order}"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return sql
