"""An article as the explorer shows it: its SPEC section 2 record rebuilt from the store, and its text cut
into segments, each knowing which entities, times, quotes, quantities and events cover it.

The segments are plain text plus a list of keys; the template escapes the text (Jinja autoescape), so an
article that contains markup is shown as the characters it is and never run.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from ..store.db import Store


def _extra(row: dict) -> dict:
    raw = row.pop("extra", None)
    try:
        return json.loads(raw) if raw else {}
    except ValueError:
        return {}


def _rows(conn: sqlite3.Connection, sql: str, params: tuple) -> list[dict]:
    cur = conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _role(row: dict, prefix: str) -> dict | None:
    if row.get(f"{prefix}_name") is None and row.get(f"{prefix}_entity") is None:
        return None
    keys = ("entity", "name", "country", "sector", "start", "end")
    return {k: row[f"{prefix}_{k}"] for k in keys}


def _event(row: dict, co: dict[int, list[dict]]) -> dict:
    loc = None
    if row["location_name"] is not None or row["lat"] is not None:
        loc = {
            "name": row["location_name"],
            "country": row["location_country"],
            "lat": row["lat"],
            "lon": row["lon"],
            "start": row["location_start"],
            "end": row["location_end"],
        }
    ev = {
        "id": row["id"],
        "type": row["type"],
        "mode": row["mode"],
        "cameo": row["cameo"],
        "actor": _role(row, "actor"),
        "recipient": _role(row, "recipient"),
        "date": row["date"],
        "date_precision": row["date_precision"],
        "location": loc,
        "status": row["status"],
        "trigger": {"start": row["trigger_start"], "end": row["trigger_end"], "text": row["trigger_text"]},
        "sentence": {"start": row["sentence_start"], "end": row["sentence_end"]},
        "confidence": row["confidence"],
        "source": row["source"],
    }
    extra = _extra(row)
    for role in ("actor", "recipient"):
        group = [{k: v for k, v in x.items() if k != "role"} for x in co.get(row["pk"], []) if x["role"] == role]
        extra.setdefault(f"co_{role}s", group)
    return {**ev, **extra}


def article_record(store: Store, article_id: str) -> dict | None:
    """The SPEC section 2 record of one stored article plus its ``text``; None when the id is unknown."""
    conn = store.conn
    arts = _rows(conn, "SELECT * FROM articles WHERE id = ?", (article_id,))
    if not arts:
        return None
    a = arts[0]
    pk = a["pk"]
    header = {k: a[k] for k in ("id", "date", "title", "url", "source", "language", "origin")}
    header.update(_extra(a))
    ents = _rows(conn, "SELECT pk, id, name, type, country, sector, title, extra FROM entities WHERE article_pk = ? ORDER BY pk", (pk,))
    ments: dict[int, list[dict]] = {}
    for m in _rows(conn, 'SELECT entity_pk, start, "end", text, kind FROM mentions WHERE article_pk = ? ORDER BY start', (pk,)):
        ments.setdefault(m.pop("entity_pk"), []).append(m)
    entities = [{**{k: e[k] for k in e if k != "pk"}, "mentions": ments.get(e["pk"], [])} for e in ents]
    for e in entities:
        e.update(_extra(e))
    simple = {}
    for table, cols in (
        ("times", 'text, start, "end", value, type, anchor, extra'),
        ("quotes", 'text, start, "end", kind, speaker, speaker_name, cue, cue_start, cue_end, speaker_start, speaker_end, extra'),
        ("quantities", 'text, start, "end", value, unit, qualifier, low, high, counts, counts_start, counts_end, extra'),
    ):
        rows = _rows(conn, f"SELECT {cols} FROM {table} WHERE article_pk = ? ORDER BY pk", (pk,))  # noqa: S608
        simple[table] = [{**r, **_extra(r)} for r in rows]
    co: dict[int, list[dict]] = {}
    co_rows = _rows(conn, 'SELECT event_pk, role, entity, name, country, sector, start, "end" FROM event_actors '
                    "WHERE article_pk = ? ORDER BY event_pk, role, position", (pk,))
    for x in co_rows:
        co.setdefault(x.pop("event_pk"), []).append(x)
    events = [_event(r, co) for r in _rows(conn, "SELECT * FROM events WHERE article_pk = ? ORDER BY pk", (pk,))]
    errors = json.loads(a["errors"]) if a.get("errors") else []
    record = {"article": header, "entities": entities, **simple, "events": events}
    if errors:
        record["errors"] = errors
    return {"text": a["text"], "record": record}


RANGE = re.compile(r"^(\d{1,9})-(\d{1,9})$")


@dataclass
class Segment:
    text: str
    keys: str  # the keys of the spans covering this stretch, space-separated ("" for none)
    cls: str  # CSS classes: one per kind of span covering it, plus "mark" when marked


def spans(record: dict) -> list[tuple[int, int, str, str]]:
    """(start, end, key, kind) of every span to highlight. Keys: entity id for every mention of it,
    ``t1``.. times, ``q1``.. quotes, ``n1``.. quantities, event id for its trigger, ``<id>-s`` its sentence."""
    out = []
    for e in record["entities"]:
        out += [(m["start"], m["end"], e["id"], "ent") for m in e["mentions"]]
    for prefix, kind, table in (("t", "time", "times"), ("q", "quote", "quotes"), ("n", "qty", "quantities")):
        out += [(x["start"], x["end"], f"{prefix}{i}", kind) for i, x in enumerate(record[table], 1)]
    for ev in record["events"]:
        t, s = ev["trigger"], ev["sentence"]
        if t["start"] is not None and t["end"] is not None:
            out.append((t["start"], t["end"], ev["id"], "trig"))
        if s["start"] is not None and s["end"] is not None:
            out.append((s["start"], s["end"], f"{ev['id']}-s", "sent"))
    return [x for x in out if isinstance(x[0], int) and isinstance(x[1], int) and x[0] < x[1]]


def segments(text: str, marks: list[tuple[int, int, str, str]], marked: str | None = None) -> list[Segment]:
    """Cut ``text`` at every span boundary; each piece lists the spans covering it. ``marked``: a key whose
    pieces get the class "mark" (an event id also marks its sentence), or ``START-END`` (offsets) to mark
    a stretch that is no listed span (a claim's value, a quote found by search)."""
    n = len(text)
    stretch = RANGE.match(marked or "")
    if stretch:
        a, b = int(stretch[1]), int(stretch[2])
        marks = [*marks, (a, b, f"{a}-{b}", "sent")]
    cuts = sorted({0, n, *(min(max(s, 0), n) for s, _, _, _ in marks), *(min(max(e, 0), n) for _, e, _, _ in marks)})
    starts: dict[int, list] = {}
    for m in marks:
        starts.setdefault(min(max(m[0], 0), n), []).append(m)
    active: list[tuple[int, int, str, str]] = []
    wanted = {marked, f"{marked}-s"} if marked else set()
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [m for m in active if m[1] > a] + starts.get(a, [])
        keys = [m[2] for m in active]
        kinds = sorted({m[3] for m in active} - {"sent"})
        if wanted & set(keys):
            kinds.append("mark")
        out.append(Segment(text[a:b], " ".join(keys), " ".join(kinds)))
    return out


def side_lists(record: dict) -> dict[str, list[dict]]:
    """What the article page lists beside the text, each item with the key of its span."""
    quotes = [{**q, "key": f"q{i}"} for i, q in enumerate(record["quotes"], 1)]
    times = [{**t, "key": f"t{i}"} for i, t in enumerate(record["times"], 1)]
    qty = [{**x, "key": f"n{i}"} for i, x in enumerate(record["quantities"], 1)]
    events = [{**ev, "key": ev["id"]} for ev in record["events"]]
    ents = [{**e, "key": e["id"]} for e in record["entities"]]
    return {"events": events, "quotes": quotes, "entities": ents, "times": times, "quantities": qty}
