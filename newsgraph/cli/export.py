"""``newsgraph export``: the store in the field's formats (the writing itself is ``store.exports.export``)."""

from __future__ import annotations

import click

from ..store.exports import FORMATS, Filters, export
from .common import db_option, open_store, store_errors, text_stdout
from .store import STATUSES


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="The output format.")
@click.option(
    "--output", "-o", metavar="PATH", help="A file, or a folder for gdelt, parquet and csv; default stdout."
)
@click.option("--from", "date_from", metavar="DATE", help="Events from this date.")
@click.option("--to", "date_to", metavar="DATE", help="Events up to this date, included.")
@click.option(
    "--status",
    type=click.Choice(STATUSES),
    help="Only events with this status (acled: default occurred, as ACLED records what happened)."
)
@click.option("--header", is_flag=True, help="gdelt: start each file with a line of column names.")
@click.option(
    "--per-report",
    is_flag=True,
    help="gdelt, acled: one row per report (each article's event) instead of one per real-world event.",
)
@store_errors
def export_cmd(db, fmt, output, date_from, date_to, status, header, per_report) -> None:
    """Export the store as PLOVER JSONL, GDELT 2.0 TSV, ACLED CSV, Parquet or CSV tables."""
    filters = Filters(date_from=date_from, date_to=date_to, status=status)
    if fmt == "gdelt" and not output:
        click.echo(
            "newsgraph: gdelt to stdout gives the event table only; --output FOLDER adds mentions", err=True
        )
    with open_store(db) as store:
        counts = export(store, fmt, output, filters, header, stdout=text_stdout(), per_report=per_report)
    where = output or "stdout"
    click.echo(
        f"newsgraph: exported {', '.join(f'{n} {k}' for k, n in counts.items())} as {fmt} to {where}",
        err=True,
    )
