"""The story level's questions (SPEC section 4): stories, canonical actors, event clusters, claims.

Each function returns plain dicts in exactly the SPEC section 4 JSON shape, for the CLI, the web explorer
and the Python API alike. Lists are pages: ``limit`` rows after ``after`` (the last id of the previous
page, an opaque cursor), in a fixed order. Every value a user gives is a bound parameter.

Ids are the row keys with a letter: stories ``s12``, clusters ``c41``, claims ``k5``, actors ``A3``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .db import Store
from .queries import _like_escape, _marks, date_range

PREFIX = {"story": "s", "cluster": "c", "claim": "k", "actor": "A"}


def _pk(ident: str | int | None, kind: str) -> int | None:
    """The row key of an id like ``s12`` (or a bare number); None for anything else."""
    if ident is None:
        return None
    text = str(ident).strip()
    if text[:1] == PREFIX[kind]:
        text = text[1:]
    return int(text) if text.isdigit() else None


def _id(pk: int | None, kind: str) -> str | None:
    return None if pk is None else f"{PREFIX[kind]}{pk}"


def _page(order: list[str], after_sql: str, after: str | None, kind: str) -> tuple[str, list]:
    """Keyset paging: the rows ordered after the row ``after`` names, by ``order`` (a row-value compare)."""
    pk = _pk(after, kind)
    if after is None:
        return "", []
    if pk is None:
        return "0", []
    cols = ", ".join(c.removesuffix(" DESC") for c in order)
    descending = order[0].endswith(" DESC")
    return f"({cols}) {'<' if descending else '>'} ({after_sql})", [pk]


def _rows(store: Store, sql: str, params: list) -> list[dict]:
    cur = store.conn.cursor()
    cur.row_factory = None
    cur.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur]


def _limit(sql: str, params: list, limit: int | None) -> str:
    if limit:
        params.append(int(limit))
        return sql + " LIMIT ?"
    return sql


# --- actors ----------------------------------------------------------------------------------------


def resolve_actors(store: Store, term: str | None) -> list[int]:
    """The canonical actors ``term`` names: an id (``A3``), an exact alias (any case), else every actor
    with an alias containing the words as whole words ("Bukele" finds the actor of "Nayib Bukele")."""
    if term is None:
        return []
    term = " ".join(term.split())
    if not term:
        return []
    pk = _pk(term, "actor") if term[:1] == "A" and term[1:].isdigit() else None
    if pk is not None and store.conn.execute("SELECT 1 FROM actors WHERE pk = ?", (pk,)).fetchone():
        return [pk]
    rows = store.conn.execute(
        "SELECT DISTINCT actor_pk FROM actor_aliases WHERE alias = ?", (term,)
    ).fetchall()
    if rows and " " not in term:
        from ..link.names import surname  # late: the store imports nothing of the layers above it

        # a surname is an alias of its own where the story level could not tell whose it is ("Johnson?"),
        # or where the parser took it for a body: every person of that surname is what a user means
        rows += store.conn.execute(
            "SELECT pk FROM actors WHERE surname = ? AND type = 'PERSON'", (surname(term),)
        ).fetchall()
    if not rows:
        t = _like_escape(term)
        rows = store.conn.execute(
            "SELECT DISTINCT actor_pk FROM actor_aliases WHERE alias LIKE ? ESCAPE '\\' "
            "OR alias LIKE ? ESCAPE '\\' OR alias LIKE ? ESCAPE '\\'",
            (f"{t} %", f"% {t}", f"% {t} %"),
        ).fetchall()
    return sorted({r[0] for r in rows})


def _actor_dicts(store: Store, rows: list[dict]) -> list[dict]:
    pks = [r["pk"] for r in rows]
    aliases: dict[int, list[str]] = {pk: [] for pk in pks}
    titles: dict[int, list[dict]] = {pk: [] for pk in pks}
    if pks:
        marks = _marks(pks)
        for pk, alias in store.conn.execute(
            f"SELECT actor_pk, alias FROM actor_aliases WHERE actor_pk IN ({marks}) ORDER BY n DESC, alias",
            pks,
        ):
            aliases[pk].append(alias)
        for pk, title, first, last in store.conn.execute(
            f"SELECT actor_pk, title, first, last FROM actor_titles WHERE actor_pk IN ({marks}) ORDER BY first, title",
            pks,
        ):
            titles[pk].append({"title": title, "first": first, "last": last})
    return [
        {
            "id": _id(r["pk"], "actor"),
            "name": r["name"],
            "aliases": aliases[r["pk"]],
            "type": r["type"],
            "country": r["country"],
            "sector": r["sector"],
            "titles": titles[r["pk"]],
            "n_articles": r["n_articles"],
        }
        for r in rows
    ]


ACTOR_SQL = "SELECT pk, name, type, country, sector, n_articles FROM actors"


def actors(
    store: Store, *, name: str | None = None, limit: int | None = None, after: str | None = None
) -> list[dict]:
    """Canonical actors, most widely reported first; ``name`` keeps those it resolves to."""
    where: list[str] = ["n_articles > 0"]
    params: list = []
    if name is not None:
        found = resolve_actors(store, name)
        where.append(f"pk IN ({_marks(found)})" if found else "0")
        params += found
    cond, more = _page(
        ["n_articles DESC", "pk DESC"], "SELECT n_articles, pk FROM actors WHERE pk = ?", after, "actor"
    )
    if cond:
        where.append(cond)
        params += more
    sql = (
        ACTOR_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY n_articles DESC, pk DESC"
    )
    return _actor_dicts(store, _rows(store, _limit(sql, params, limit), params))


def actor(store: Store, actor_id: str) -> dict | None:
    pk = _pk(actor_id, "actor")
    rows = _rows(store, ACTOR_SQL + " WHERE pk = ?", [pk])
    return _actor_dicts(store, rows)[0] if rows else None


# --- stories ---------------------------------------------------------------------------------------


def _story_dicts(store: Store, rows: list[dict]) -> list[dict]:
    arts: dict[int, list[dict]] = {r["pk"]: [] for r in rows}
    if rows:
        pks = list(arts)
        for spk, aid, url, date, copy_of in store.conn.execute(
            "SELECT s.story_pk, s.article_id, a.url, a.date, s.copy_of FROM story_articles s "
            f"JOIN articles a ON a.pk = s.article_pk WHERE s.story_pk IN ({_marks(pks)}) ORDER BY s.date, a.pk",
            pks,
        ):
            arts[spk].append({"id": aid, "url": url, "date": date, "copy_of": copy_of})
    return [
        {
            "id": _id(r["pk"], "story"),
            "title": r["title"],
            "first_seen": r["first_seen"],
            "last_seen": r["last_seen"],
            "n_articles": r["n_articles"],
            "n_sources": r["n_sources"],
            "articles": arts[r["pk"]],
        }
        for r in rows
    ]


STORY_SQL = "SELECT pk, title, first_seen, last_seen, n_articles, n_sources FROM stories"


def stories(
    store: Store,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    actor: str | None = None,
    limit: int | None = None,
    after: str | None = None,
) -> list[dict]:
    """Stories seen within [date_from, date_to] (their span overlaps it), naming ``actor`` if given;
    the most recently active first."""
    where: list[str] = ["n_articles > 0"]
    params: list = []
    if date_from:
        where.append("last_seen >= ?")
        params.append(date_from)
    if date_to:
        more, more_params = date_range("first_seen", None, date_to)
        where += more
        params += more_params
    if actor is not None:
        found = resolve_actors(store, actor)
        where.append(
            "pk IN (SELECT s.story_pk FROM entities e JOIN story_articles s ON s.article_pk = e.article_pk "
            f"WHERE e.actor_ref IN ({_marks(found)}))"
            if found
            else "0"
        )
        params += found
    cond, more = _page(
        ["last_seen DESC", "pk DESC"], "SELECT last_seen, pk FROM stories WHERE pk = ?", after, "story"
    )
    if cond:
        where.append(cond)
        params += more
    sql = STORY_SQL + " WHERE " + " AND ".join(where) + " ORDER BY last_seen DESC, pk DESC"
    return _story_dicts(store, _rows(store, _limit(sql, params, limit), params))


def story(store: Store, story_id: str) -> dict | None:
    rows = _rows(store, STORY_SQL + " WHERE pk = ?", [_pk(story_id, "story")])
    return _story_dicts(store, rows)[0] if rows else None


# --- event clusters --------------------------------------------------------------------------------

def _party_code(party: str, field: str) -> str:
    """A cluster party's country or sector: its canonical actor's; for a party no report named as an entity
    ("police", "the authorities"), what most of the cluster's reports code it, kept by the linker as the
    reports arrive (``link.tally.Tally.coded``, schema version 11)."""
    return f"coalesce({party[0]}.{field}, c.{party}_{field}) AS {party}_{field}"


CLUSTER_SQL = (
    "SELECT c.pk, c.type, c.mode, c.cameo, c.status, c.actor_ref, coalesce(a.name, c.actor_name) AS actor_name, "
    f"{_party_code('actor', 'country')}, {_party_code('actor', 'sector')}, c.recipient_ref, "
    "coalesce(r.name, c.recipient_name) AS recipient_name, "
    f"{_party_code('recipient', 'country')}, {_party_code('recipient', 'sector')}, "
    "c.date, c.date_precision, c.location_name, c.location_country, "
    "c.n_reports, c.n_articles, c.n_sources, c.first_report, c.story_pk "
    "FROM clusters c LEFT JOIN actors a ON a.pk = c.actor_ref LEFT JOIN actors r ON r.pk = c.recipient_ref"
)


def _party(ref: int | None, name: str | None, country: str | None, sector: str | None) -> dict | None:
    if ref is None and name is None:
        return None
    return {"actor": _id(ref, "actor"), "name": name, "country": country, "sector": sector}


def _reports(store: Store, pks: list[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {pk: [] for pk in pks}
    if not pks:
        return out
    for row in store.conn.execute(
        "SELECT e.cluster_pk, e.article_id, e.id, e.trigger_start, e.trigger_end, e.trigger_text, "
        "e.sentence_start, e.sentence_end, e.date, e.status FROM events e JOIN articles a ON a.pk = e.article_pk "
        f"WHERE e.cluster_pk IN ({_marks(pks)}) ORDER BY a.date, e.article_pk, e.trigger_start",
        pks,
    ):
        out[row[0]].append(
            {
                "article": row[1],
                "event": row[2],
                "trigger": {"start": row[3], "end": row[4], "text": row[5]},
                "sentence": {"start": row[6], "end": row[7]},
                "date": row[8],
                "status": row[9],
            }
        )
    return out


def _cluster_dicts(store: Store, rows: list[dict]) -> list[dict]:
    reports = _reports(store, [r["pk"] for r in rows])
    out = []
    for r in rows:
        location = (
            {"name": r["location_name"], "country": r["location_country"]}
            if r["location_name"] or r["location_country"]
            else None
        )
        out.append(
            {
                "cluster": _id(r["pk"], "cluster"),
                "type": r["type"],
                "mode": r["mode"],
                "cameo": r["cameo"],
                "status": r["status"],
                "actor": _party(r["actor_ref"], r["actor_name"], r["actor_country"], r["actor_sector"]),
                "recipient": _party(
                    r["recipient_ref"], r["recipient_name"], r["recipient_country"], r["recipient_sector"]
                ),
                "date": r["date"],
                "date_precision": r["date_precision"],
                "location": location,
                "n_reports": r["n_reports"],
                "n_articles": r["n_articles"],
                "n_sources": r["n_sources"],
                "first_report": r["first_report"],
                "story": _id(r["story_pk"], "story"),
                "reports": reports[r["pk"]],
            }
        )
    return out


def clustered_events(
    store: Store,
    *,
    story: str | None = None,
    actor: str | None = None,
    type_: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = None,
    after: str | None = None,
) -> list[dict]:
    """One dict per real-world event (an event cluster), in date order. ``actor`` matches the canonical
    actor or recipient; ``story`` keeps the clusters of one story."""
    where: list[str] = ["c.n_reports > 0"]
    params: list = []
    if story is not None:
        where.append("c.story_pk = ?")
        params.append(_pk(story, "story"))
    found = resolve_actors(store, actor) if actor is not None else None
    if found == []:
        where.append("0")
    if type_:
        where.append("c.type = ?")
        params.append(type_.upper())
    more, more_params = date_range("c.date", date_from, date_to)
    where += more
    params += more_params
    cond, more = _page(["c.date", "c.pk"], "SELECT date, pk FROM clusters WHERE pk = ?", after, "cluster")
    if cond:
        where.append(cond)
        params += more
    if found:
        where, params = _either_role(found, where, params, limit)
    sql = CLUSTER_SQL + " WHERE " + " AND ".join(where) + " ORDER BY c.date, c.pk"
    return _cluster_dicts(store, _rows(store, _limit(sql, params, limit), params))


def _either_role(actors: list[int], where: list[str], params: list, limit: int | None) -> tuple[list[str], list]:
    """The condition "``actors`` is the actor or the recipient" plus ``where``, as one that reads each role
    through its own index (actor_ref, date), in date order, only as far as the page: an OR of the two roles
    read every cluster of the actor and sorted them (thousands for a much-covered actor; 20x slower)."""
    marks, cond, n = _marks(actors), " AND ".join(where), int(limit) if limit else -1
    role = ("SELECT pk, date FROM (SELECT c.pk, c.date FROM clusters c WHERE c.{col} IN ("
            + marks + ") AND " + cond + " ORDER BY c.date, c.pk LIMIT ?)")
    both = f"{role.format(col='actor_ref')} UNION {role.format(col='recipient_ref')}"
    return [f"c.pk IN (SELECT pk FROM ({both}) ORDER BY date, pk LIMIT ?)"], [*actors, *params, n, *actors, *params, n, n]


def actor_clusters(store: Store, actor_id: str, *, role: str = "actor", limit: int = 50) -> list[dict]:
    """The latest ``limit`` clusters with the canonical actor in ``role`` ("actor" or "recipient"), newest
    first (an actor page; ``clustered_events`` pages from the oldest, the wrong end for a long-covered actor)."""
    column = {"actor": "c.actor_ref", "recipient": "c.recipient_ref"}[role]
    rows = _rows(store, f"{CLUSTER_SQL} WHERE {column} = ? AND c.n_reports > 0 ORDER BY c.date DESC, c.pk DESC LIMIT ?",
                 [_pk(actor_id, "actor"), int(limit)])
    return _cluster_dicts(store, rows)


def cluster(store: Store, cluster_id: str) -> dict | None:
    rows = _rows(store, CLUSTER_SQL + " WHERE c.pk = ?", [_pk(cluster_id, "cluster")])
    return _cluster_dicts(store, rows)[0] if rows else None


# --- claims ----------------------------------------------------------------------------------------


def _values(store: Store, pks: list[int]) -> dict[int, list[dict]]:
    """Each claim's distinct values (value, qualifier, unit), each with its reports (and how each report
    presents it: ``presented_as`` "update", "correction" or None), earliest first, and
    how many articles and independent sources give it: a wire copy (``copy_of``) is its original's
    source, so a figure carried by five papers from one wire counts one source, as in stories and
    clusters."""
    out: dict[int, list[dict]] = {pk: [] for pk in pks}
    if not pks:
        return out
    index: dict[tuple, dict] = {}
    sources: dict[tuple, tuple[set, set]] = {}
    for cpk, value, qualifier, unit, low, high, aid, start, end, text, source, copy_of, kind in store.conn.execute(
        'SELECT v.claim_pk, v.value, v.qualifier, v.unit, v.low, v.high, v.article_id, v.start, v."end", v.text, '
        "s.source_key, s.copy_of, v.is_update FROM claim_values v "
        "LEFT JOIN story_articles s ON s.article_pk = v.article_pk "
        f"WHERE v.claim_pk IN ({_marks(pks)}) ORDER BY v.date, v.article_pk, v.start",
        pks,
    ):
        value, low, high = (int(x) if isinstance(x, float) and x.is_integer() else x for x in (value, low, high))
        key = (cpk, value, qualifier, unit, low, high)
        if key not in index:
            index[key] = {"value": value, "qualifier": qualifier, "unit": unit, "n_articles": 0, "n_sources": 0,
                          "reports": []}  # fmt: skip
            if value is None and low is not None:  # "dozens", "between 40 and 50": the range the words allow
                index[key].update(low=low, high=high)
            sources[key] = (set(), set())
            out[cpk].append(index[key])
        index[key]["reports"].append(
            {"article": aid, "start": start, "end": end, "text": text, "copy_of": copy_of,
             "presented_as": PRESENTED_AS.get(kind)}
        )  # fmt: skip
        sources[key][0].add(aid)
        sources[key][1].add(source or f"article:{aid}")
    for key, (arts, srcs) in sources.items():
        index[key]["n_articles"], index[key]["n_sources"] = len(arts), len(srcs)
    return out


# how the article presents a value (claim_values.is_update, link.claims.update_kind): "rose to 46" is an
# update, "on Wednesday, not on Tuesday as we reported earlier" a correction of the outlet's own figure
PRESENTED_AS = {1: "update", 2: "correction"}


def value_text(v: dict, number: Callable[[Any], str] = str) -> str:
    """A claim value as a reader reads it: "more than 200", "6000000 USD", "dozens (24-99)" (a vague value:
    its words and the range they allow); ``number`` writes the value (the explorer's ``words.number`` gives
    "6,000,000")."""
    if v["value"] is None and "low" in v:
        return f"{v['reports'][0]['text']} ({v['low']}-{v['high']})" + (f" {v['unit']}" if v["unit"] else "")
    q = f"{v['qualifier']} " if v["qualifier"] else ""
    u = f" {v['unit']}" if v["unit"] else ""
    return f"{q}{number(v['value'])}{u}"


CLAIM_SQL = 'SELECT pk, kind, about, cluster_pk, story_pk, contested, "update" FROM claims'


def _claim_dicts(store: Store, rows: list[dict]) -> list[dict]:
    values = _values(store, [r["pk"] for r in rows])
    return [
        {
            "id": _id(r["pk"], "claim"),
            "kind": r["kind"],
            "about": r["about"],
            "cluster": _id(r["cluster_pk"], "cluster"),
            "story": _id(r["story_pk"], "story"),
            "contested": bool(r["contested"]),
            "update": bool(r["update"]),
            "values": values[r["pk"]],
        }
        for r in rows
    ]


def claims(
    store: Store,
    *,
    contested: bool = False,
    story: str | None = None,
    limit: int | None = None,
    after: str | None = None,
) -> list[dict]:
    """Facts stated in more than one way across articles (at least two distinct values: "at least 12" and
    "about a dozen" are two, as ``_values`` lists them), by id; ``contested`` keeps those whose values cannot
    all be true together."""
    # per claim through claim_values_claim: grouping every value of the store first cost most of a story page
    where, params = (
        ["(SELECT count(DISTINCT coalesce(value, low || '-' || high) || '|' || coalesce(qualifier, '')) "
         "FROM claim_values v WHERE v.claim_pk = claims.pk) > 1"],
        [],
    )
    if contested:
        where.append("contested = 1")
    if story is not None:
        where.append("story_pk = ?")
        params.append(_pk(story, "story"))
    if after is not None:
        where.append("pk > ?")
        params.append(_pk(after, "claim") or 0)
    sql = CLAIM_SQL + " WHERE " + " AND ".join(where) + " ORDER BY pk"
    return _claim_dicts(store, _rows(store, _limit(sql, params, limit), params))


def claim(store: Store, claim_id: str) -> dict | None:
    rows = _rows(store, CLAIM_SQL + " WHERE pk = ?", [_pk(claim_id, "claim")])
    return _claim_dicts(store, rows)[0] if rows else None
