"""GDELT 2.0: the event table's 61 tab-separated columns in their order, and the mentions table.

As in GDELT, one event row per real-world event (an event cluster, docs/story.md; an event not linked yet is
one of its own) and one mentions row per report of it, so counting or summing event rows counts events.
``per_report=True`` gives the older shape: one event row per report, each carrying its cluster's counts.
Like GDELT's own files, neither has a header line (``header=True`` adds one). Filled where newsgraph
knows the value, blank otherwise: GoldsteinScale, AvgTone, the actors' geography, ADM codes and
GeoNames feature ids are blank. Actor codes are CAMEO-style (country + sector, e.g. ``USAGOV``);
ActionGeo_CountryCode is the FIPS 10-4 code GDELT uses, mapped from the ISO code.
The mentions table carries newsgraph's character offsets of the actors and the trigger.
"""

from __future__ import annotations

import datetime
from typing import IO

from ..db import Store
from .common import (
    ALL,
    Filters,
    as_plover,
    consensus,
    countries,
    event_groups,
    events,
    full_date,
    plover_view,
    quad,
)

ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

EVENT_COLUMNS = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{f}" for f in ACTOR_FIELDS]
    + [f"Actor2{f}" for f in ACTOR_FIELDS]
    + [
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    ]
    + [f"Actor1Geo_{f}" for f in GEO_FIELDS]
    + [f"Actor2Geo_{f}" for f in GEO_FIELDS]
    + [f"ActionGeo_{f}" for f in GEO_FIELDS]
    + ["DATEADDED", "SOURCEURL"]
)
assert len(EVENT_COLUMNS) == 61

MENTION_COLUMNS = [
    "GlobalEventID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
]

GEO_COUNTRY, GEO_US_CITY, GEO_WORLD_CITY = 1, 3, 4


def _clean(value) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _day(date: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(date[:10])
    except ValueError:
        return None


def _stamp(iso: str | None) -> str:
    """``2025-03-27T10:00:00Z`` -> ``20250327100000``."""
    return "".join(ch for ch in (iso or "") if ch.isdigit())[:14]


def _actor(row: dict, role: str) -> list:
    name, country, sector = row[f"{role}_name"], row[f"{role}_country"], row[f"{role}_sector"]
    iso = country if country in countries() else None
    group = country if country and iso is None else None  # IGO codes (UNO, NATO, ...) are known groups
    code = (country or "") + (sector or "")
    return [code, name, iso, group, None, None, None, sector, None, None]


def _action_geo(row: dict) -> list:
    if row["location_name"] is None:
        return [None] * len(GEO_FIELDS)
    iso = row["location_country"]
    info = countries().get(iso or "", {})
    if info and row["location_name"].lower() == info["name"].lower():
        kind = GEO_COUNTRY
    elif row["lat"] is not None:
        kind = GEO_US_CITY if iso == "USA" else GEO_WORLD_CITY
    else:
        kind = None
    return [kind, row["location_name"], info.get("fips"), None, None, row["lat"], row["lon"], None]


def event_row(row: dict) -> list:
    """One event table row: of a report (``events``), or of a real-world event (``consensus``: its ``lead``
    says whether any report is in the first paragraph). A planned event is written as PLOVER's reading of it
    (``common.as_plover``: "will meet" is CAMEO 036, intent to meet, on the day it was said)."""
    row = as_plover(row)
    lead = row.get("lead")
    if lead is None:
        lead = row["sentence_start"] is not None and row["sentence_start"] < row["lead_end"]
    day = _day(full_date(row["date"]))
    cameo = row["cameo"] or ""
    return [
        row["pk"],
        day.strftime("%Y%m%d") if day else None,
        day.strftime("%Y%m") if day else None,
        day.year if day else None,
        round(day.year + day.timetuple().tm_yday / 365, 4) if day else None,
        *_actor(row, "actor"),
        *_actor(row, "recipient"),
        1 if lead else 0,
        cameo or None,
        cameo[:3] or None,
        cameo[:2] or None,
        quad(row),
        None,  # GoldsteinScale
        row.get("cluster_reports") or 1,  # NumMentions, NumSources, NumArticles: of the event's cluster
        row.get("cluster_sources") or 1,  # (story level), lifetime counts, a wire copy counted once as a
        row.get("cluster_articles") or 1,  # source; 1, 1, 1 for an event not linked yet
        None,  # AvgTone
        *[None] * len(GEO_FIELDS),
        *[None] * len(GEO_FIELDS),
        *_action_geo(row),
        _stamp(row["article_ingested"]),  # DATEADDED: the (earliest report's) ingest
        row["article_url"] or row["article_id"],  # SOURCEURL: the (earliest) report's URL, else its article id
    ]


def mention_row(row: dict, event: dict | None = None) -> list:
    """One mentions table row for a report, of ``event`` (its real-world event's row; itself if not given)."""

    def offset(value):
        return -1 if value is None else value

    event = event or row
    return [
        event["pk"],
        _stamp(event["article_ingested"]),
        row["article_date"].replace("-", "") + "000000",
        1,  # MentionType 1: web
        row["article_source"],
        row["article_url"] or row["article_id"],
        None,  # SentenceID: sentence offsets are in Extras
        offset(row["actor_start"]),
        offset(row["recipient_start"]),
        offset(row["trigger_start"]),
        1,  # InRawText
        None if row["confidence"] is None else round(row["confidence"] * 100),
        row["article_length"],
        None,
        None,
        f"<article_id>{row['article_id']}</article_id><sentence>{row['sentence_start']}-{row['sentence_end']}</sentence>",
    ]


def _line(values: list) -> str:
    return "\t".join(_clean(v) for v in values) + "\n"


def write(
    store: Store,
    events_out: IO[str],
    mentions_out: IO[str] | None = None,
    filters: Filters = ALL,
    header: bool = False,
    per_report: bool = False,
) -> dict[str, int]:
    """One event row per real-world event and one mentions row per report (``per_report``: one of each per
    report, GlobalEventID the report's key)."""
    if header:
        events_out.write("\t".join(EVENT_COLUMNS) + "\n")
        if mentions_out is not None:
            mentions_out.write("\t".join(MENTION_COLUMNS) + "\n")
    query, wanted = plover_view(filters)  # GDELT has no status: a promised meeting is the intent (036) expressed
    groups = ([row] for row in events(store, query)) if per_report else event_groups(store, query)
    n = m = 0
    for reports in groups:
        event = as_plover(reports[0] if per_report else consensus(reports))  # event_row finds it read already
        if wanted is not None and event["status"] != wanted:
            continue
        events_out.write(_line(event_row(event)))
        n += 1
        if mentions_out is not None:
            for row in reports:
                mentions_out.write(_line(mention_row(row, event)))
                m += 1
    return {"events": n, "mentions": m}
