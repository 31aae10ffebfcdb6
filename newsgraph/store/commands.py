"""The store's commands: ingest, events, quotes, entities, search, timeline, export (``register(cli)``)."""

from __future__ import annotations

import csv
import functools
import json
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import click

from ..errors import EXIT_MODEL, EXIT_USAGE, ModelNotFound, NewsgraphError
from ..model import Article
from . import queries
from .db import DEFAULT_DB, Store
from .exports import FOLDER_FORMATS, FORMATS, Filters
from .exports.common import QUAD
from .ingest import describe, ingest, make_progress, pending

EXIT_INTERRUPTED = 130

db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    envvar="NEWSGRAPH_DB",
    metavar="FILE",
    help="The SQLite store (env NEWSGRAPH_DB).",
)


def _fail(message: str, code: int = EXIT_USAGE):
    click.echo(f"newsgraph: {message}", err=True)
    sys.exit(code)


def store_errors(fn):
    """Store errors (no such file, bad search syntax, newer schema) become one clear line and exit code 2."""

    @functools.wraps(fn)
    def wrapper(*args, **kw):
        try:
            return fn(*args, **kw)
        except NewsgraphError as exc:
            _fail(str(exc))
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                _fail(
                    f"[E204] the store is busy ({exc}): another process held its write lock for 30 s. Try again."
                )
            _fail(f"[E200] the store cannot be used: {exc}.")
        except sqlite3.DatabaseError as exc:
            _fail(f"[E200] the store cannot be read: {exc}. Is --db a newsgraph database?")

    return wrapper


# --- output of queries ---------------------------------------------------------------------------


def output_options(fn):
    @click.option("--json", "fmt", flag_value="json", help="A JSON array of rows.")
    @click.option("--jsonl", "fmt", flag_value="jsonl", help="One JSON object per line.")
    @click.option("--csv", "fmt", flag_value="csv", help="CSV with a header line.")
    @click.option(
        "--table",
        "fmt",
        flag_value="table",
        help="A table (the default on a terminal; JSON Lines otherwise).",
    )
    @click.option(
        "--limit",
        type=click.IntRange(0),
        default=queries.DEFAULT_LIMIT,
        show_default=True,
        help="At most this many rows; 0 for all.",
    )
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        return fn(*args, **kw)

    return wrapper


def emit(result: queries.Result, fmt: str | None) -> None:
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    out = click.get_text_stream("stdout")
    if fmt == "json":
        out.write(json.dumps(result.rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for row in result.rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=result.columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(result.rows)
    else:
        _table(result)
    if result.names and len(result.names) > 1:
        click.echo(f"newsgraph: matched {len(result.names)} names: {', '.join(result.names[:10])}", err=True)
    if result.truncated:
        click.echo(f"newsgraph: showing the first {result.limit} rows; --limit 0 for all", err=True)


def _table(result: queries.Result) -> None:
    from rich.console import Console
    from rich.table import Table

    columns = result.brief or result.columns
    table = Table(show_lines=False, expand=False)
    for col in columns:
        table.add_column(col, overflow="fold", max_width=60 if col in ("text", "snippet", "title") else None)
    for row in result.rows:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    console = Console() if sys.stdout.isatty() else Console(width=160)
    console.print(table)
    console.print(f"[dim]{len(result.rows)} row(s)[/dim]")


def _open(db: str) -> Store:
    return Store(db, create=False)


# --- commands ------------------------------------------------------------------------------------


def register(cli: click.Group) -> None:
    from ..cli import Summary, input_options

    @cli.command("ingest")
    @input_options
    @db_option
    @click.option("--update", is_flag=True, help="Re-extract and replace articles already in the store.")
    @click.option(
        "--workers",
        type=click.IntRange(1),
        default=1,
        show_default=True,
        help="Processes to run in parallel.",
    )
    @store_errors
    def ingest_cmd(paths, reader_options, model, strict, db, update, workers) -> None:
        """Extract PATHS into the store. Articles already stored are skipped (same id, or same text and date);
        an interrupted ingest resumes where it stopped when run again."""
        from ..nlp import model_name
        from ..pipeline import run_parallel
        from ..readers import read

        store = Store(db)
        lookup = Store(db, any_thread=True)  # with --workers the reader side runs in a pool thread
        summary = Summary(strict)
        counts: Counter = Counter()

        def remaining() -> int | None:
            if "-" in paths:
                return None
            return sum(
                1
                for x in read(paths, **reader_options)
                if isinstance(x, Article) and (update or store.status(x) is None)
            )

        progress = make_progress(remaining)
        items = run_parallel(
            pending(read(paths, **reader_options), lookup, update, counts), model=model, workers=workers
        )
        try:
            ingest(
                store, items, summary.check, counts, update=update, model=model_name(model), progress=progress
            )
        except ModelNotFound as exc:
            progress.close()
            _fail(str(exc), EXIT_MODEL)
        except KeyboardInterrupt:
            progress.close()
            click.echo(
                f"newsgraph: interrupted; {describe(counts)}. Run the same command again to resume.", err=True
            )
            sys.exit(EXIT_INTERRUPTED)
        progress.close()
        click.echo(f"newsgraph: ingest into {db}: {describe(counts)}", err=True)
        summary.finish()

    @cli.command("events")
    @db_option
    @click.option(
        "--actor", metavar="NAME", help="Events whose actor is NAME (exact, or its words in a longer name)."
    )
    @click.option("--recipient", metavar="NAME", help="Events whose recipient is NAME.")
    @click.option(
        "--country", metavar="ISO3", help="Events with this country as actor, recipient or location."
    )
    @click.option(
        "--type",
        "type_",
        type=click.Choice(sorted(QUAD), case_sensitive=False),
        metavar="TYPE",
        help="PLOVER event type (ASSAULT, CONSULT, ...; any case).",
    )
    @click.option("--status", type=click.Choice(["occurred", "planned", "negated", "hypothetical"]))
    @click.option("--from", "date_from", metavar="DATE", help="From this date (YYYY-MM-DD, YYYY-MM or YYYY).")
    @click.option("--to", "date_to", metavar="DATE", help="Up to this date, included.")
    @output_options
    @store_errors
    def events_cmd(db, actor, recipient, country, type_, status, date_from, date_to, fmt, limit) -> None:
        """Events in the store, in date order, filtered by actor, country, type, status and date range."""
        with _open(db) as store:
            emit(
                queries.events(
                    store,
                    actor=actor,
                    recipient=recipient,
                    country=country,
                    type=type_,
                    status=status,
                    date_from=date_from,
                    date_to=date_to,
                    limit=limit,
                ),
                fmt,
            )

    @cli.command("quotes")
    @db_option
    @click.option("--speaker", metavar="NAME", help="Quotes by NAME (exact, or its words in a longer name).")
    @click.option(
        "--search", metavar="TEXT", help="Full-text search of the quoted words (SQLite FTS5 syntax)."
    )
    @click.option(
        "--literal", is_flag=True, help="Search the words as given, ignoring FTS5 operators and quotes."
    )
    @click.option("--from", "date_from", metavar="DATE", help="From this publication date.")
    @click.option("--to", "date_to", metavar="DATE", help="Up to this publication date, included.")
    @output_options
    @store_errors
    def quotes_cmd(db, speaker, search, literal, date_from, date_to, fmt, limit) -> None:
        """Quotes in the store by speaker and content, in date order."""
        with _open(db) as store:
            emit(
                queries.quotes(
                    store,
                    speaker=speaker,
                    search=search,
                    literal=literal,
                    date_from=date_from,
                    date_to=date_to,
                    limit=limit,
                ),
                fmt,
            )

    @cli.command("entities")
    @db_option
    @click.option("--name", metavar="TEXT", help="Entities whose name contains TEXT.")
    @click.option("--type", "type_", metavar="TYPE", help="PERSON, ORG, GPE, ...")
    @click.option("--country", metavar="ISO3")
    @click.option("--sector", metavar="CODE", help="PLOVER sector code (GOV, MIL, ...).")
    @output_options
    @store_errors
    def entities_cmd(db, name, type_, country, sector, fmt, limit) -> None:
        """Entities across the store, most widely reported first."""
        with _open(db) as store:
            emit(
                queries.entities(store, name=name, type=type_, country=country, sector=sector, limit=limit),
                fmt,
            )

    @cli.command("search")
    @db_option
    @click.argument("text")
    @click.option(
        "--literal", is_flag=True, help="Search the words as given, ignoring FTS5 operators and quotes."
    )
    @click.option("--source", metavar="OUTLET", help="Only articles from this outlet.")
    @click.option("--from", "date_from", metavar="DATE")
    @click.option("--to", "date_to", metavar="DATE")
    @output_options
    @store_errors
    def search_cmd(db, text, literal, source, date_from, date_to, fmt, limit) -> None:
        """Full-text search of article titles and text (SQLite FTS5 syntax: words, "phrases", OR, NOT, prefix*)."""
        with _open(db) as store:
            emit(
                queries.search(
                    store,
                    text,
                    literal=literal,
                    source=source,
                    date_from=date_from,
                    date_to=date_to,
                    limit=limit,
                ),
                fmt,
            )

    @cli.command("timeline")
    @db_option
    @click.argument("actor")
    @click.option("--from", "date_from", metavar="DATE")
    @click.option("--to", "date_to", metavar="DATE")
    @output_options
    @store_errors
    def timeline_cmd(db, actor, date_from, date_to, fmt, limit) -> None:
        """The events (as actor or recipient) and quotes of ACTOR, in date order."""
        with _open(db) as store:
            result = queries.timeline(store, actor, date_from=date_from, date_to=date_to, limit=limit)
            if not result.names:
                _fail(
                    f"no actor or speaker named {actor!r} in {db}; try `newsgraph entities --name {actor.split()[-1] if actor.split() else actor}`",
                    1,
                )
            emit(result, fmt)

    @cli.command("export")
    @db_option
    @click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="The output format.")
    @click.option(
        "--output",
        "-o",
        metavar="PATH",
        help="A file, or a folder for gdelt, parquet and csv; default stdout.",
    )
    @click.option("--from", "date_from", metavar="DATE", help="Events from this date.")
    @click.option("--to", "date_to", metavar="DATE", help="Events up to this date, included.")
    @click.option(
        "--status",
        type=click.Choice(["occurred", "planned", "negated", "hypothetical"]),
        help="Only events with this status.",
    )
    @click.option("--header", is_flag=True, help="gdelt: start each file with a line of column names.")
    @store_errors
    def export_cmd(db, fmt, output, date_from, date_to, status, header) -> None:
        """Export the store as PLOVER JSONL, GDELT 2.0 TSV, ACLED CSV, Parquet or CSV tables."""
        filters = Filters(date_from=date_from, date_to=date_to, status=status)
        with _open(db) as store:
            counts = export(store, fmt, output, filters, header)
        where = output or "stdout"
        click.echo(
            f"newsgraph: exported {', '.join(f'{n} {k}' for k, n in counts.items())} as {fmt} to {where}",
            err=True,
        )


def export(
    store: Store, fmt: str, output: str | None, filters: Filters, header: bool = False
) -> dict[str, int]:
    from .exports import acled, gdelt, plover, tables

    if fmt in ("parquet", "csv"):
        if not output:
            _fail(f"--format {fmt} writes one file per table: give a folder with --output")
        folder = Path(output)
        return tables.write_parquet(store, folder) if fmt == "parquet" else tables.write_csv(store, folder)
    if fmt == "gdelt":
        if not output:
            click.echo(
                "newsgraph: gdelt to stdout gives the event table only; --output FOLDER adds mentions",
                err=True,
            )
            return gdelt.write(store, click.get_text_stream("stdout"), None, filters, header)
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        with (
            open(folder / "events.tsv", "w", encoding="utf-8", newline="") as ev,
            open(folder / "mentions.tsv", "w", encoding="utf-8", newline="") as me,
        ):
            return gdelt.write(store, ev, me, filters, header)
    module = plover if fmt == "plover" else acled
    if not output:
        return module.write(store, click.get_text_stream("stdout"), filters)
    with open(output, "w", encoding="utf-8", newline="") as fh:
        return module.write(store, fh, filters)


__all__ = ["FOLDER_FORMATS", "export", "register"]
