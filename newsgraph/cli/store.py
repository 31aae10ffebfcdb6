"""The store's commands: ``ingest`` and the queries ``events``, ``quotes``, ``entities``, ``search``, ``timeline``."""

from __future__ import annotations

import sys
from collections import Counter

import click

from ..store import queries
from ..store.db import Store
from ..store.exports.common import QUAD
from ..store.ingest import describe, ingest, pending
from .common import (
    Summary,
    db_option,
    emit,
    engine_options,
    fail,
    input_options,
    open_store,
    output_options,
    run_engine,
    store_errors,
)
from .progress import make_progress

EXIT_INTERRUPTED = 130
STATUSES = ["occurred", "planned", "negated", "hypothetical"]


@click.command("ingest")
@input_options
@db_option
@click.option("--update", is_flag=True, help="Re-extract and replace articles already in the store.")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True, help="Processes to run in parallel.")
@engine_options
@store_errors
def ingest_cmd(paths, reader_options, model, strict, db, update, workers, engine_options) -> None:
    """Extract PATHS into the store. Articles already stored are skipped (same id, or same text and date);
    an interrupted ingest resumes where it stopped when run again. A PATH that is a Parquet dataset written by
    `extract --format parquet --output DIR` is loaded as it is, without extracting again."""
    from ..dataset.parquet import is_dataset
    from ..nlp import model_name
    from ..readers import InputMeter, input_size, read

    reader_options = dict(reader_options)
    pipeline = reader_options.pop("pipeline", {})
    store = Store(db)
    if store.backup:
        click.echo(f"newsgraph: {db} was migrated to this version's schema; the old file is kept as {store.backup}", err=True)
    lookup = Store(db, any_thread=True)  # with --workers the reader side runs in a pool thread
    summary = Summary(strict)
    counts: Counter = Counter()
    datasets = [p for p in paths if p != "-" and is_dataset(p)]
    paths = [p for p in paths if p not in datasets]

    meter = InputMeter()
    total = None if datasets or not sys.stderr.isatty() else input_size(paths, reader_options.get("input_format"))
    progress = make_progress(total, meter)
    try:
        for folder in datasets:
            _load_dataset(store, folder, summary, counts, update, progress)
        if paths:
            articles = read(paths, meter=meter, **reader_options)
            todo = progress.mark(pending(articles, lookup, update, counts, pipeline.get("languages")))
            items = run_engine(todo, model, workers, engine_options, pipeline)
            ingest(store, items, summary.check, counts, update=update, model=model_name(model), progress=progress)
    except KeyboardInterrupt:
        progress.close()
        click.echo(
            f"newsgraph: interrupted; {describe(counts)}. Run the same command again to resume.", err=True
        )
        sys.exit(EXIT_INTERRUPTED)
    progress.close()
    click.echo(f"newsgraph: ingest into {db}: {describe(counts)}", err=True)
    summary.finish()


def _load_dataset(store: Store, folder: str, summary: Summary, counts: Counter, update: bool, progress) -> None:
    """A Parquet dataset's records into the store through the same writer as extraction (a savepoint per
    article; an article already stored is counted, not written again)."""
    from ..dataset.parquet import dataset_model, read_dataset

    ingest(store, read_dataset(folder), summary.check, counts, update=update, model=dataset_model(folder),
           progress=progress)


@click.command("events")
@db_option
@click.option(
    "--actor", metavar="NAME", help="Events whose actor is NAME (exact, or its words in a longer name)."
)
@click.option("--recipient", metavar="NAME", help="Events whose recipient is NAME.")
@click.option("--country", metavar="ISO3", help="Events with this country as actor, recipient or location.")
@click.option(
    "--type",
    "type_",
    type=click.Choice(sorted(QUAD), case_sensitive=False),
    metavar="TYPE",
    help="PLOVER event type (ASSAULT, CONSULT, ...; any case).",
)
@click.option("--status", type=click.Choice(STATUSES))
@click.option("--from", "date_from", metavar="DATE", help="From this date (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--to", "date_to", metavar="DATE", help="Up to this date, included.")
@click.option("--clustered", is_flag=True, help="One row per real-world event (its reports across articles).")
@click.option("--story", metavar="ID", help="With --clustered: the events of this story (s12).")
@output_options
@store_errors
def events_cmd(
    db, actor, recipient, country, type_, status, date_from, date_to, clustered, story, fmt, limit
) -> None:
    """Events in the store, in date order, filtered by actor, country, type, status and date range."""
    if clustered or story:
        from .story import clustered_events

        return clustered_events(db, actor, type_, story, date_from, date_to, fmt, limit)
    with open_store(db) as store:
        _known(store, db, actor, recipient)
        result = queries.events(
            store,
            actor=actor,
            recipient=recipient,
            country=country,
            type=type_,
            status=status,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
        )
        emit(result, fmt)


@click.command("quotes")
@db_option
@click.option("--speaker", metavar="NAME", help="Quotes by NAME (exact, or its words in a longer name).")
@click.option("--search", metavar="TEXT", help="Full-text search of the quoted words (SQLite FTS5 syntax).")
@click.option(
    "--literal", is_flag=True, help="Search the words as given, ignoring FTS5 operators and quotes."
)
@click.option("--from", "date_from", metavar="DATE", help="From this publication date.")
@click.option("--to", "date_to", metavar="DATE", help="Up to this publication date, included.")
@output_options
@store_errors
def quotes_cmd(db, speaker, search, literal, date_from, date_to, fmt, limit) -> None:
    """Quotes in the store by speaker and content, in date order."""
    with open_store(db) as store:
        _known(store, db, speaker)
        result = queries.quotes(
            store,
            speaker=speaker,
            search=search,
            literal=literal,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
        )
        emit(result, fmt)


@click.command("entities")
@db_option
@click.option("--name", metavar="TEXT", help="Entities whose name contains TEXT.")
@click.option("--type", "type_", metavar="TYPE", help="PERSON, ORG, GPE, ...")
@click.option("--country", metavar="ISO3")
@click.option("--sector", metavar="CODE", help="PLOVER sector code (GOV, MIL, ...).")
@output_options
@store_errors
def entities_cmd(db, name, type_, country, sector, fmt, limit) -> None:
    """Entities across the store, most widely reported first."""
    with open_store(db) as store:
        emit(queries.entities(store, name=name, type=type_, country=country, sector=sector, limit=limit), fmt)


@click.command("search")
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
    with open_store(db) as store:
        result = queries.search(
            store, text, literal=literal, source=source, date_from=date_from, date_to=date_to, limit=limit
        )
        emit(result, fmt)


@click.command("timeline")
@db_option
@click.argument("actor")
@click.option("--from", "date_from", metavar="DATE")
@click.option("--to", "date_to", metavar="DATE")
@output_options
@store_errors
def timeline_cmd(db, actor, date_from, date_to, fmt, limit) -> None:
    """The events (as actor or recipient) and quotes of ACTOR, in date order."""
    with open_store(db) as store:
        result = queries.timeline(store, actor, date_from=date_from, date_to=date_to, limit=limit)
        if not result.names:
            _unknown(db, actor)
        emit(result, fmt)


def _known(store, db: str, *names: str | None) -> None:
    """Stop with a hint when a name to filter on is nobody in the store: an empty answer would read as
    "they said nothing" or "nothing happened to them" when the name is only misspelt."""
    for name in names:
        if name and not queries.resolve_names(store, name):
            _unknown(db, name)


def _unknown(db: str, name: str) -> None:
    hint = name.split()[-1] if name.split() else name
    fail(f"no actor or speaker named {name!r} in {db}; try `newsgraph entities --name {hint}`", 1)


COMMANDS = [ingest_cmd, events_cmd, quotes_cmd, entities_cmd, search_cmd, timeline_cmd]
