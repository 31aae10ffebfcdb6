"""``newsgraph check``: is the store sound? Integrity, orphan rows, schema version."""

from __future__ import annotations

import json
import sys

import click

from .common import db_option, open_store, store_errors


@click.command("check")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The report as one JSON object.")
@store_errors
def check_cmd(db, as_json) -> None:
    """Check the store: SQLite integrity, rows whose article is gone, schema version. Exit 1 if unsound."""
    with open_store(db) as store:
        report = store.check()
    if as_json:
        click.echo(json.dumps(report, indent=2))
    else:
        click.echo(f"store       {report['path']}")
        click.echo(f"schema      version {report['schema_version']} (this newsgraph: {report['schema_latest']})")
        click.echo(f"integrity   {report['integrity'] if report['integrity'] == 'ok' else 'FAILED'}")
        if report["integrity"] != "ok":
            for line in report["integrity"]:
                click.echo(f"            {line}")
        orphans = report["orphan_rows"]
        click.echo("orphan rows " + (", ".join(f"{t} {n}" for t, n in orphans.items()) if orphans else "none"))
        click.echo("rows        " + ", ".join(f"{t} {n:,}" for t, n in report["counts"].items()))
        click.echo("verdict     " + ("sound" if report["ok"] else "NOT sound: restore a backup or re-ingest"))
    sys.exit(0 if report["ok"] else 1)
