"""ACLED-style CSV: ACLED's column names, for the events ACLED's categories cover.

ACLED records political violence, demonstrations and some strategic developments, so only events of the
PLOVER types below are exported (the others are counted and reported). The mapping:

    PROTEST   mode riot -> Riots / Violent demonstration; else Protests / Peaceful protest
    ASSAULT   crowd-control (tear gas, water cannon, rubber bullets) -> Protests / Protest with intervention, its
              recipient (the crowd) as actor1 and who intervened as actor2, as ACLED writes it;
              abduct -> Violence against civilians / Abduction/forced disappearance; sexual -> .../Sexual violence;
              aerial, drone -> Explosions/Remote violence / Air/drone strike; explosives, suicide-attack ->
              .../Remote explosive/landmine/IED or Suicide bomb; heavy-weapons -> .../Shelling/artillery/missile attack;
              armed actor against armed recipient (MIL, REB, COP) -> Battles / Armed clash;
              else Violence against civilians / Attack
    COERCE    arrest -> Strategic developments / Arrests; seize -> Looting/property destruction; else Other
    AGREE     Strategic developments / Agreement
    MOBILIZE  Strategic developments / Change to group/activity

Filled: ids, date, time precision, types, actors and their ``inter`` codes (from the sector), interaction,
civilian targeting, country (ISO numeric code and name), location and coordinates,
source, notes (the event's sentence), timestamp. Associated actors are the
coordinated actors and recipients. Blank: region (ACLED's own regions), admin1-3, source_scale,
fatalities (newsgraph does not yet tie casualty counts to events), tags.
Only occurred events unless a status is asked for: ACLED records what happened.

As in ACLED, one row per real-world event (an event cluster, docs/story.md, coded by its consensus; an event
not linked yet is one of its own): ``source`` lists its independent outlets ("; "-separated, a wire copy
counted once, as its original's outlet), ``notes`` is the earliest report's sentence. ``per_report=True``
gives the older shape: one row per report, ``source`` its own article's outlet.
"""

from __future__ import annotations

import calendar
import csv
import dataclasses
import datetime
from typing import IO

from ...actors import STATE_SECTORS
from ..db import Store
from .common import ALL, Filters, consensus, countries, event_groups, events, full_date

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]

ARMED = {"MIL", "REB", "COP"}
DEFAULT_STATUS = "occurred"  # ACLED records what happened: planned, hypothetical, negated events stay out
UNIDENTIFIED = "unidentified attacker"  # the event coder's implied actor (docs/events.md)
STATE = STATE_SECTORS
CIVILIAN = {"CVL", "REF", "MED", "EDU", "REL", "BUS", "NGO", "LAB", "AGR"}
PV, DEMO, SD = "Political violence", "Demonstrations", "Strategic developments"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
INTERVENTION = "Protest with intervention"


def category(row: dict) -> tuple[str, str, str] | None:
    """(disorder_type, event_type, sub_event_type) for an event, or None if ACLED has no category for it."""
    kind, mode = row["type"], row["mode"] or ""
    if kind == "PROTEST":
        return (
            (DEMO, "Riots", "Violent demonstration")
            if mode == "riot"
            else (DEMO, "Protests", "Peaceful protest")
        )
    if kind == "ASSAULT":
        by_mode = {
            "crowd-control": (DEMO, "Protests", INTERVENTION),
            "abduct": (PV, VAC, "Abduction/forced disappearance"),
            "sexual": (PV, VAC, "Sexual violence"),
            "aerial": (PV, REMOTE, "Air/drone strike"),
            "drone": (PV, REMOTE, "Air/drone strike"),
            "explosives": (PV, REMOTE, "Remote explosive/landmine/IED"),
            "suicide-attack": (PV, REMOTE, "Suicide bomb"),
            "heavy-weapons": (PV, REMOTE, "Shelling/artillery/missile attack"),
        }
        if mode in by_mode:
            return by_mode[mode]
        # an unidentified attacker on soldiers or police is ACLED's "Unidentified Armed Group" in a battle
        armed_actor = row["actor_sector"] in ARMED or (
            row["actor_name"] == UNIDENTIFIED and row["actor_entity"] is None
        )
        if armed_actor and row["recipient_sector"] in ARMED:
            return (PV, "Battles", "Armed clash")
        return (PV, VAC, "Attack")
    if kind == "COERCE":
        sub = {"arrest": "Arrests", "seize": "Looting/property destruction"}.get(mode, "Other")
        return (SD, SD, sub)
    if kind == "AGREE":
        return (SD, SD, "Agreement")
    if kind == "MOBILIZE":
        return (SD, SD, "Change to group/activity")
    return None


def inter(sector: str | None, country: str | None, event_type: str, role: str) -> int | None:
    """ACLED's actor type code: 1 state forces, 2 rebels, 5 rioters, 6 protesters, 7 civilians, 8 external."""
    if role == "actor1" and event_type == "Protests":
        return 6
    if role == "actor1" and event_type == "Riots":
        return 5
    if sector in STATE:
        return 1
    if sector == "REB":
        return 2
    if sector in CIVILIAN:
        return 7
    if sector == "IGO" or (country and country not in countries()):
        return 8
    return None


SIDES = ("name", "sector", "country")


def row_for(row: dict) -> dict | None:
    cat = category(row)
    if cat is None:
        return None
    disorder, event_type, sub = cat
    if sub == INTERVENTION:  # ACLED's actor1 is the crowd, actor2 who dispersed it
        row = {**row, **{f"actor_{k}": row[f"recipient_{k}"] for k in SIDES},
               **{f"recipient_{k}": row[f"actor_{k}"] for k in SIDES},
               "co_actors": row["co_recipients"], "co_recipients": row["co_actors"]}
    known = countries()
    place = (row["location_country"], row["actor_country"], row["recipient_country"])
    iso3 = next((c for c in place if c in known), None)  # a country, not an IGO code such as EUR or UNO
    info = countries().get(iso3 or "", {})
    i1 = inter(row["actor_sector"], row["actor_country"], event_type, "actor1")
    i2 = (
        inter(row["recipient_sector"], row["recipient_country"], event_type, "actor2")
        if row["recipient_name"]
        else None
    )
    interaction = None
    if i1 is not None:
        interaction = int(f"{min(i1, i2)}{max(i1, i2)}") if i2 is not None else i1 * 10
    precision = {"day": 1, "month": 3, "year": 3}.get(row["date_precision"] or "", 2)
    try:
        stamp = calendar.timegm(
            datetime.datetime.strptime(row["article_ingested"], "%Y-%m-%dT%H:%M:%SZ").timetuple()
        )
    except (TypeError, ValueError):
        stamp = None
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{row['pk']}",
        "event_date": full_date(row["date"]),
        "year": row["date"][:4],
        "time_precision": precision,
        "disorder_type": disorder,
        "event_type": event_type,
        "sub_event_type": sub,
        "actor1": row["actor_name"],
        "assoc_actor_1": "; ".join(x["name"] for x in row["co_actors"] if x["name"]) or None,
        "assoc_actor_2": "; ".join(x["name"] for x in row["co_recipients"] if x["name"]) or None,
        "inter1": i1,
        "actor2": row["recipient_name"],
        "inter2": i2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if event_type == VAC and i2 == 7 else None,
        "iso": info.get("isonumeric"),
        "country": info.get("name"),
        "location": row["location_name"],
        "latitude": row["lat"],
        "longitude": row["lon"],
        "geo_precision": None
        if row["lat"] is None
        else (3 if row["location_name"] == info.get("name") else 1),
        "source": "; ".join(row["sources"]) if "sources" in row else row["article_source"] or row["article_url"],
        "notes": " ".join((row["sentence_text"] or "").split()) or None,
        "timestamp": stamp,
    }


def write(store: Store, out: IO[str], filters: Filters = ALL, per_report: bool = False) -> dict[str, int]:
    """Write the ACLED rows, one per real-world event (``per_report``: one per report); without an explicit
    status only occurred events, as ACLED records events that happened (a planned signing or a hypothetical
    mediator is not an Agreement yet)."""
    if filters.status is None:
        filters = dataclasses.replace(filters, status=DEFAULT_STATUS)
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    counts = {"events": 0, "not covered by ACLED": 0}
    rows = events(store, filters) if per_report else map(consensus, event_groups(store, filters))
    for row in rows:
        acled = row_for(row)
        if acled is None:
            counts["not covered by ACLED"] += 1
            continue
        writer.writerow(acled)
        counts["events"] += 1
    return counts
