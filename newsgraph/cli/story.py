"""The story level's commands (SPEC section 4): ``stories``, ``claims``, ``actors``, ``link``, and the
clustered view of ``events`` (``events --clustered``, wired in ``store.py``).

``--json`` prints the SPEC section 4 objects as one array, ``--jsonl`` one per line; ``--csv`` and the
terminal table flatten each object to one row (nested lists become counts or ``;``-joined ids).
"""

from __future__ import annotations

import json
import sys

import click

from ..store import queries
from ..store import story as story_q
from .common import db_option, emit, open_store, output_options, store_errors, text_stdout

date_from_option = click.option(
    "--from", "date_from", metavar="DATE", help="From this date (YYYY-MM-DD, YYYY-MM or YYYY)."
)
date_to_option = click.option("--to", "date_to", metavar="DATE", help="Up to this date, included.")
after_option = click.option(
    "--after", metavar="ID", help="The page after this id (the last id of the previous page)."
)


def emit_nested(
    rows: list[dict], flat: list[dict], columns: list[str], fmt: str | None, limit: int | None, brief: int = 6
) -> None:
    """JSON formats get the nested objects; CSV gets one flat row each, the table its first ``brief`` columns."""
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    out = text_stdout()
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        emit(queries.Result(columns, flat, [], None, columns[:brief]), fmt)
        return
    if limit and len(rows) >= limit:
        click.echo(
            f"newsgraph: showing the first {limit}; --after {_last_id(rows)} for the next page", err=True
        )


def _last_id(rows: list[dict]) -> str:
    return rows[-1].get("id") or rows[-1].get("cluster") or ""


def _name(party: dict | None, key: str) -> str | None:
    return None if party is None else party.get(key)


def flat_cluster(c: dict) -> dict:
    loc = c["location"] or {}
    return {
        "cluster": c["cluster"],
        "date": c["date"],
        "type": c["type"],
        "mode": c["mode"],
        "status": c["status"],
        "actor": _name(c["actor"], "name"),
        "recipient": _name(c["recipient"], "name"),
        "n_reports": c["n_reports"],
        "n_articles": c["n_articles"],
        "n_sources": c["n_sources"],
        "actor_id": _name(c["actor"], "actor"),
        "actor_country": _name(c["actor"], "country"),
        "recipient_id": _name(c["recipient"], "actor"),
        "recipient_country": _name(c["recipient"], "country"),
        "location": loc.get("name"),
        "location_country": loc.get("country"),
        "first_report": c["first_report"],
        "story": c.get("story"),
        "cameo": c["cameo"],
        "date_precision": c["date_precision"],
        "articles": ";".join(dict.fromkeys(r["article"] for r in c["reports"])),
    }


CLUSTER_COLUMNS = list(flat_cluster({k: None for k in ("cluster", "date", "type", "mode", "status", "actor",
                                                       "recipient", "location", "n_reports", "n_articles",
                                                       "n_sources", "first_report", "cameo", "date_precision")}
                                    | {"reports": []}))  # fmt: skip


def clustered_events(db, actor, type_, story, date_from, date_to, fmt, limit, after=None) -> None:
    """``events --clustered``: one row per real-world event."""
    with open_store(db) as store:
        rows = story_q.clustered_events(
            store, story=story, actor=actor, type_=type_, date_from=date_from, date_to=date_to, limit=limit or None,
            after=after,
        )  # fmt: skip
    emit_nested(rows, [flat_cluster(c) for c in rows], CLUSTER_COLUMNS, fmt, limit, brief=10)


STORY_COLUMNS = ["id", "title", "first_seen", "last_seen", "n_articles", "n_sources", "articles", "copies"]


@click.command("stories")
@db_option
@click.option(
    "--actor", metavar="NAME", help="Stories naming this actor (a name, any alias, or an actor id)."
)
@date_from_option
@date_to_option
@after_option
@output_options
@store_errors
def stories_cmd(db, actor, date_from, date_to, after, fmt, limit) -> None:
    """Stories: articles about one real-world topic, most recently active first, with their copies marked."""
    with open_store(db) as store:
        rows = story_q.stories(
            store, date_from=date_from, date_to=date_to, actor=actor, limit=limit or None, after=after
        )
    flat = [
        {
            **{k: s[k] for k in STORY_COLUMNS[:6]},
            "articles": ";".join(a["id"] for a in s["articles"]),
            "copies": ";".join(f"{a['id']}<{a['copy_of']}" for a in s["articles"] if a["copy_of"]),
        }
        for s in rows
    ]
    emit_nested(rows, flat, STORY_COLUMNS, fmt, limit)


CLAIM_COLUMNS = ["id", "kind", "about", "contested", "update", "values", "story", "cluster"]


def _value_text(v: dict) -> str:
    n = v["n_sources"]  # copies of one wire story are one source, as everywhere else
    return f"{story_q.value_text(v)} ({n} source{'s' if n != 1 else ''})"


@click.command("claims")
@db_option
@click.option("--contested", is_flag=True, help="Only claims whose values cannot all be true together.")
@click.option("--story", metavar="ID", help="Only the claims of this story (s12).")
@after_option
@output_options
@store_errors
def claims_cmd(db, contested, story, after, fmt, limit) -> None:
    """Claims: one fact stated with different values across articles (counts, dates), each value with its
    reports; contested when the values disagree, update when the text presents a later value as one."""
    with open_store(db) as store:
        rows = story_q.claims(store, contested=contested, story=story, limit=limit or None, after=after)
    flat = [
        {
            **{k: c[k] for k in CLAIM_COLUMNS if k != "values"},
            "values": "; ".join(map(_value_text, c["values"])),
        }
        for c in rows
    ]
    emit_nested(rows, flat, CLAIM_COLUMNS, fmt, limit)


ACTOR_COLUMNS = ["id", "name", "type", "country", "sector", "n_articles", "aliases", "titles"]


@click.command("actors")
@db_option
@click.option(
    "--name", metavar="NAME", help='Actors this name or alias refers to ("Bukele" finds Nayib Bukele).'
)
@after_option
@output_options
@store_errors
def actors_cmd(db, name, after, fmt, limit) -> None:
    """Canonical actors across the store: one id per person or body, with aliases, titles over time, and
    the country and sector most articles give."""
    with open_store(db) as store:
        rows = story_q.actors(store, name=name, limit=limit or None, after=after)
    flat = [
        {
            **{k: a[k] for k in ACTOR_COLUMNS[:6]},
            "aliases": "; ".join(a["aliases"]),
            "titles": "; ".join(f"{t['title']} ({t['first']}..{t['last']})" for t in a["titles"]),
        }
        for a in rows
    ]
    emit_nested(rows, flat, ACTOR_COLUMNS, fmt, limit)


@click.command("link")
@db_option
@store_errors
def link_cmd(db) -> None:
    """Link the articles of the store not linked yet (ingest does this itself; this is for stores made by
    an older newsgraph, or written by another program)."""
    from ..link.update import update

    with open_store(db) as store:
        done = update(store)
    click.echo(
        f"newsgraph: linked {done.get('articles', 0)} article(s), {done.get('copies', 0)} copies", err=True
    )


COMMANDS = [stories_cmd, claims_cmd, actors_cmd, link_cmd]
