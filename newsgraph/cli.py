"""The command line: ``newsgraph extract``, ``newsgraph show`` and the store's commands."""

from __future__ import annotations

import functools
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator

import click

from . import __version__
from .errors import EXIT_BAD_INPUT, EXIT_MODEL, EXIT_OK, EXIT_USAGE, Ignored, ModelNotFound, ReadError
from .model import Article, ArticleRecord

COLUMN_FIELDS = ("id", "date", "text", "title", "url", "source")


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from .readers.common import parse_date

    if value is None:
        return None
    day = parse_date(value)
    if day is None:
        raise click.BadParameter(f"{value!r} is not a date: write YYYY-MM-DD")
    return day


def input_options(fn):
    """Options shared by every command that reads articles."""

    @click.argument("paths", nargs=-1, required=True)
    @click.option(
        "--input-format",
        type=click.Choice(["text", "jsonl", "csv", "parquet", "html"]),
        help="Read every file as this format instead of guessing from its extension.",
    )
    @click.option(
        "--date", "default_date", metavar="YYYY-MM-DD", callback=_check_date,
        help="Publication date for inputs that have none (undated .txt, rows or pages without a date).",
    )
    @click.option("--id-column", metavar="NAME", help="Column or JSON field holding the article id.")
    @click.option("--date-column", metavar="NAME", help="Column or JSON field holding the publication date.")
    @click.option("--text-column", metavar="NAME", help="Column or JSON field holding the article text.")
    @click.option("--title-column", metavar="NAME", help="Column or JSON field holding the title.")
    @click.option("--url-column", metavar="NAME", help="Column or JSON field holding the URL.")
    @click.option("--source-column", metavar="NAME", help="Column or JSON field holding the outlet name.")
    @click.option(
        "--model", envvar="NEWSGRAPH_MODEL", metavar="NAME_OR_PATH", help="spaCy pipeline to use (env NEWSGRAPH_MODEL)."
    )
    @click.option("--strict", is_flag=True, help="Stop with exit code 2 at the first bad input.")
    @functools.wraps(fn)
    def wrapper(**kw):
        columns = {f: kw.pop(f"{f}_column") for f in COLUMN_FIELDS}
        kw["reader_options"] = {
            "input_format": kw.pop("input_format"),
            "date": kw.pop("default_date"),
            "columns": {k: v for k, v in columns.items() if v},
        }
        return fn(**kw)

    return wrapper


class Summary:
    """Counts what a run did and reports bad input on stderr as it comes, one line each.

    Files of other types met inside folders (``Ignored``) are not bad input: they are counted by
    extension and named once, in the summary line."""

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.ok = 0
        self.bad = 0
        self.bad_by_label: Counter[str] = Counter()
        self.ignored: Counter[str] = Counter()
        self.failed_extractors = 0
        self.started = time.perf_counter()

    def check(self, item: ArticleRecord | ReadError) -> ArticleRecord | None:
        if isinstance(item, Ignored):
            self.ignored[item.extension] += 1
            return None
        if isinstance(item, ReadError):
            self.bad += 1
            self.bad_by_label[item.label] += 1
            click.echo(f"newsgraph: skipped {item}", err=True)
            if self.strict:
                click.echo("newsgraph: stopped at the first bad input (--strict)", err=True)
                sys.exit(EXIT_USAGE)
            return None
        self.ok += 1
        for err in item.errors:
            self.failed_extractors += 1
            click.echo(f"newsgraph: {item.article.origin or item.article.id}: extractor failed: {err}", err=True)
        return item

    def line(self) -> str:
        secs = time.perf_counter() - self.started
        line = f"newsgraph: {self.ok} article(s) extracted, {self.bad} skipped as bad input"
        if self.bad:
            line += " (" + ", ".join(f"{n} {label}" for label, n in sorted(self.bad_by_label.items())) + ")"
        if self.ignored:
            kinds = ", ".join(f"{n} {ext}" for ext, n in sorted(self.ignored.items()))
            line += f", {sum(self.ignored.values())} file(s) of other types in folders ignored ({kinds})"
        line += f", in {secs:.1f}s"
        if self.failed_extractors:
            line += f"; {self.failed_extractors} extractor failure(s)"
        return line

    def finish(self) -> None:
        click.echo(self.line(), err=True)
        sys.exit(EXIT_BAD_INPUT if self.bad else EXIT_OK)


def records(paths, reader_options, model, workers=1) -> Iterator[ArticleRecord | ReadError]:
    from .pipeline import run_parallel
    from .readers import read

    try:
        yield from run_parallel(read(paths, **reader_options), model=model, workers=workers)
    except ModelNotFound as exc:
        click.echo(f"newsgraph: {exc}", err=True)
        sys.exit(EXIT_MODEL)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def cli() -> None:
    """newsgraph: news articles to a sourced, dated record of events, quotes, entities, times and quantities."""


@cli.command()
@input_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="jsonl: one record per line; json: indented.")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True, help="Processes to run in parallel.")
def extract(paths, reader_options, model, strict, fmt, workers) -> None:
    """Extract records from PATHS (files, folders, or - for JSON Lines on stdin) as JSON to stdout."""
    summary = Summary(strict)
    indent = 2 if fmt == "json" else None
    for item in records(paths, reader_options, model, workers):
        rec = summary.check(item)
        if rec is not None:
            click.echo(json.dumps(rec.to_dict(), ensure_ascii=False, indent=indent))
    summary.finish()


@cli.command()
@input_options
@click.option("--id", "article_id", metavar="ID", help="Show the article with this id (default: the first one).")
@click.option("--all", "show_all", is_flag=True, help="Show every article, not only the first.")
def show(paths, reader_options, model, strict, article_id, show_all) -> None:
    """A readable digest of an article: entities, times, quotes, quantities and events."""
    from .show import render

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
        click.echo("newsgraph: no article to show" + (f" with id {article_id!r}" if article_id else ""), err=True)
        sys.exit(EXIT_USAGE)
    summary.finish()


def _register_store_commands() -> None:
    """The store's commands (ingest, events, quotes, entities, search, timeline, export) live in store/."""
    from .store.commands import register

    register(cli)


_register_store_commands()


def main() -> None:
    cli(prog_name="newsgraph")


__all__ = ["Article", "cli", "main"]
