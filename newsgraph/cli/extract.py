"""``newsgraph extract`` and ``newsgraph show``: articles in, records out, no store."""

from __future__ import annotations

import json
import sys
from contextlib import AbstractContextManager, nullcontext

import click

from ..errors import EXIT_USAGE
from .common import Summary, engine_options, fail, input_options, records


@click.command()
@input_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "parquet"]), default="jsonl", show_default=True,
              help="jsonl: one record per line; json: indented; parquet: a dataset in --output DIR.")
@click.option("--output", metavar="DIR", help="With --format parquet: the folder of the dataset (new or empty).")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True, help="Processes to run in parallel.")
@engine_options
def extract(paths, reader_options, model, strict, fmt, output, workers, engine_options) -> None:
    """Extract records from PATHS (files, folders, or - for JSON Lines on stdin) as JSON to stdout, or as a
    Parquet dataset partitioned by publication month (--format parquet --output DIR)."""
    if (fmt == "parquet") != bool(output):
        fail("--format parquet and --output DIR go together: a Parquet dataset is a folder of files.")
    summary = Summary(strict)
    items = records(paths, reader_options, model, workers, engine_options)
    if fmt == "parquet":
        _write_dataset(items, output, summary, model)
    else:
        indent = 2 if fmt == "json" else None
        for item in items:
            rec = summary.check(item)
            if rec is not None:
                click.echo(json.dumps(rec.to_dict(), ensure_ascii=False, indent=indent))
    summary.finish()


def _write_dataset(items, output: str, summary: Summary, model: str | None) -> None:
    """Records into DIR/<table>/month=YYYY-MM/*.parquet; what was extracted before Ctrl-C is still written."""
    from ..dataset.parquet import DatasetWriter
    from ..errors import DatasetError
    from ..nlp import model_name

    try:
        writer = DatasetWriter(output, model=model_name(model))
    except DatasetError as exc:
        fail(str(exc))
    with writer:
        for item in items:
            rec = summary.check(item)
            if rec is not None:
                writer.add(rec)
    click.echo(f"newsgraph: wrote {writer.written} article(s) in {writer.parts} part(s) to {output}", err=True)


@click.command()
@input_options
@click.option("--id", "article_id", metavar="ID", help="Show the article with this id (default: the first one).")
@click.option("--all", "show_all", is_flag=True, help="Show every article, not only the first.")
@click.option("--explain", is_flag=True,
              help="For each event: the trigger lexicon entry that proposed it, the rules that fired on it and the "
                   "disposer's score; and the candidates the rules dropped, with the rule that dropped each.")
def show(paths, reader_options, model, strict, article_id, show_all, explain) -> None:
    """A readable digest of an article: entities, times, quotes, quantities and events."""
    from ..extractors.eventcoding.firing import explaining
    from ..show import render

    summary = Summary(strict)
    shown = 0
    keeping: AbstractContextManager[dict] = explaining() if explain else nullcontext({})
    with keeping as trails:  # trails are kept only when asked
        for item in records(paths, reader_options, model):
            rec = summary.check(item)
            trail = trails.pop(rec.article.id, []) if rec is not None else []
            if rec is None or (article_id and rec.article.id != article_id):
                continue
            render(rec, explain=trail if explain else None)
            shown += 1
            if not show_all:
                break
    if not shown:
        click.echo("newsgraph: no article to show" + (f" with id {article_id!r}" if article_id else ""), err=True)
        sys.exit(EXIT_USAGE)
    summary.finish()
