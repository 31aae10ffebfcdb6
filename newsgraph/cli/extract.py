"""``newsgraph extract`` and ``newsgraph show``: articles in, records out, no store."""

from __future__ import annotations

import json
import sys

import click

from ..errors import EXIT_USAGE
from .common import Summary, input_options, records


@click.command()
@input_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one record per line; json: indented.",
)
@click.option(
    "--workers", type=click.IntRange(1), default=1, show_default=True, help="Processes to run in parallel."
)
def extract(paths, reader_options, model, strict, fmt, workers) -> None:
    """Extract records from PATHS (files, folders, or - for JSON Lines on stdin) as JSON to stdout."""
    summary = Summary(strict)
    indent = 2 if fmt == "json" else None
    for item in records(paths, reader_options, model, workers):
        rec = summary.check(item)
        if rec is not None:
            click.echo(json.dumps(rec.to_dict(), ensure_ascii=False, indent=indent))
    summary.finish()


@click.command()
@input_options
@click.option(
    "--id", "article_id", metavar="ID", help="Show the article with this id (default: the first one)."
)
@click.option("--all", "show_all", is_flag=True, help="Show every article, not only the first.")
def show(paths, reader_options, model, strict, article_id, show_all) -> None:
    """A readable digest of an article: entities, times, quotes, quantities and events."""
    from ..show import render

    summary = Summary(strict)
    shown = 0
    for item in records(paths, reader_options, model):
        rec = summary.check(item)
        if rec is None or (article_id and rec.article.id != article_id):
            continue
        render(rec)
        shown += 1
        if not show_all:
            break
    if not shown:
        click.echo(
            "newsgraph: no article to show" + (f" with id {article_id!r}" if article_id else ""), err=True
        )
        sys.exit(EXIT_USAGE)
    summary.finish()
