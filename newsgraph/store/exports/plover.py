"""PLOVER JSON Lines: one event per line, with the field names of the PLOVER manual's "Data Fields" chapter.

Filled: id, date, actor, recipient, event, event_loc, event_text, quad_code, mode, context (empty: not
coded yet), text_info (the sentence's character offsets), cite_info (url, title, publication, language,
coder, codebook), coder, coded_date. ``text`` is left out: the manual fills it only when the producer
holds the rights to the text. newsgraph's own fields (status, date precision, confidence, article id,
trigger offsets) are under one extra key, ``newsgraph``, as the manual allows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from ... import __version__
from ..db import Store
from .common import ALL, QUAD, Filters, as_plover, countries, events, full_date, plover_view

# The PLOVER manual's field lists (Data Fields chapter).
FIELDS = (
    "id",
    "has_event",
    "date",
    "time",
    "enddate",
    "endtime",
    "actor",
    "recipient",
    "event",
    "event_loc",
    "event_text",
    "quad_code",
    "event_scale",
    "mode",
    "context",
    "link",
    "text",
    "text_info",
    "cite_info",
    "coder",
    "coded_date",
    "coded_time",
    "comment",
)
REQUIRED = ("id", "date", "actor", "event")
ENTITY_FIELDS = (
    "code",
    "sector",
    "entity_text",
    "identifier_id",
    "identifier_text",
    "religion",
    "ethnicity",
    "office",
    "gender",
    "age",
)
TEXT_INFO_FIELDS = ("sequence", "start", "end", "text_story")
CITE_INFO_FIELDS = (
    "corpus",
    "citation",
    "url",
    "title",
    "language",
    "publication",
    "license",
    "copyright",
    "coder",
    "codebook",
    "version",
)
LOCATION_FIELDS = (
    "extracted_place",
    "resolved_place",
    "geonameid",
    "lat",
    "lon",
    "city",
    "district",
    "province",
    "country",
    "country_code",
    "feature_class",
    "feature_code",
    "resolution",
)
EXTRA_FIELDS = ("newsgraph",)
CODER = f"newsgraph {__version__}"


def _entity(row: dict, role: str) -> list[dict]:
    """The main actor (or recipient) and the coordinated ones, as PLOVER entity objects."""
    out = []
    name = row[f"{role}_name"]
    if name is not None or row[f"{role}_country"] is not None:
        out.append({"code": row[f"{role}_country"], "sector": row[f"{role}_sector"], "entity_text": name})
    for x in row.get(f"co_{role}s") or []:
        out.append({"code": x["country"], "sector": x["sector"], "entity_text": x["name"]})
    return out


def _location(row: dict) -> dict | None:
    if row["location_name"] is None:
        return None
    iso = row["location_country"]
    return {
        "extracted_place": row["location_name"],
        "lat": row["lat"],
        "lon": row["lon"],
        "country": countries().get(iso or "", {}).get("name"),
        "country_code": iso,
    }


def record(row: dict, read: dict | None = None) -> dict:
    """One PLOVER event record from an event row of ``common.events``. A planned event with a PLOVER reading is
    written as that reading (``event`` AGREE, dated when promised, no place), as the manual codes it; what newsgraph
    extracted (the planned CONSULT, its date) stays under ``newsgraph``. ``read``: the row's ``as_plover``, when the
    caller has it already."""
    read = as_plover(row) if read is None else read
    type_, mode, date = read["type"], read["mode"], read["date"]
    return {
        "id": f"{row['article_id']}-{row['id']}",
        "date": full_date(date),
        "actor": _entity(row, "actor"),
        "recipient": _entity(row, "recipient"),
        "event": [type_],
        "event_loc": _location(read),
        "event_text": [row["trigger_text"]] if row["trigger_text"] else [],
        "quad_code": QUAD.get(type_),
        "mode": [mode] if mode else [],
        "context": [],
        "text_info": {"start": row["sentence_start"], "end": row["sentence_end"]},
        "cite_info": {
            "url": row["article_url"],
            "title": row["article_title"],
            "publication": row["article_source"],
            "language": row["article_language"],
            "coder": CODER,
            "codebook": "plover",
        },
        "coder": CODER,
        "coded_date": (row["article_ingested"] or "")[:10] or None,
        "newsgraph": {
            "article_id": row["article_id"],
            "event_id": row["id"],
            "cluster": f"c{row['cluster_pk']}" if row.get("cluster_pk") is not None else None,
            "date": row["date"],  # as extracted: "2025-03" for an event dated by month
            "status": row["status"],
            "date_precision": row["date_precision"],
            "confidence": row["confidence"],
            "cameo": read["cameo"],
            # what was extracted, when the record above is PLOVER's reading of a planned event
            "planned": {"type": row["type"], "mode": row["mode"], "cameo": row["cameo"]} if read is not row else None,
            "trigger": {"start": row["trigger_start"], "end": row["trigger_end"]},
            "actor_offsets": [[row["actor_start"], row["actor_end"]]]
            + [[x["start"], x["end"]] for x in row.get("co_actors") or []],
            "recipient_offsets": [[row["recipient_start"], row["recipient_end"]]]
            + [[x["start"], x["end"]] for x in row.get("co_recipients") or []],
        },
    }


def records(store: Store, filters: Filters = ALL) -> Iterator[dict]:
    query, wanted = plover_view(filters)  # a status asked for is PLOVER's: a promised meeting is an AGREE made
    for row in events(store, query):
        read = as_plover(row)
        if wanted is None or read["status"] == wanted:
            yield record(row, read)


def write(store: Store, out: IO[str], filters: Filters = ALL) -> dict[str, int]:
    n = 0
    for rec in records(store, filters):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return {"events": n}


def validate(rec: dict) -> list[str]:
    """What is wrong with one PLOVER record against the manual's field lists (empty if nothing)."""
    problems = [f"unknown field {k!r}" for k in rec if k not in FIELDS and k not in EXTRA_FIELDS]
    problems += [f"missing required field {k!r}" for k in REQUIRED if rec.get(k) in (None, "")]
    for role in ("actor", "recipient"):
        for ent in rec.get(role) or []:
            problems += [f"{role}: unknown field {k!r}" for k in ent if k not in ENTITY_FIELDS]
    for key, allowed in (
        ("text_info", TEXT_INFO_FIELDS),
        ("cite_info", CITE_INFO_FIELDS),
        ("event_loc", LOCATION_FIELDS),
    ):
        problems += [f"{key}: unknown field {k!r}" for k in (rec.get(key) or {}) if k not in allowed]
    if not isinstance(rec.get("event"), list) or not all(e in QUAD for e in rec.get("event") or []):
        problems.append(f"event is not a list of PLOVER types: {rec.get('event')!r}")
    date = rec.get("date") or ""
    if not (len(date) == 10 and date[4] == "-" and date[7] == "-"):
        problems.append(f"date is not YYYY-MM-DD: {date!r}")
    return problems
