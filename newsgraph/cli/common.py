"""What every command shares: input options, the run summary, reading and extracting, store options and output."""

from __future__ import annotations

import csv
import functools
import json
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Iterator
from typing import TextIO

import click

from ..errors import (
    EXIT_BAD_INPUT,
    EXIT_MODEL,
    EXIT_OK,
    EXIT_USAGE,
    EngineError,
    Ignored,
    ModelNotFound,
    NewsgraphError,
    ReadError,
)
from ..model import ArticleRecord
from ..readers.common import MAX_TEXT_CHARS
from ..store import queries
from ..store.db import DEFAULT_DB, Store, coded

COLUMN_FIELDS = ("id", "date", "text", "title", "url", "source")


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from ..readers.common import parse_date

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
        "--date",
        "default_date",
        metavar="YYYY-MM-DD",
        callback=_check_date,
        help="Publication date for inputs that have none (undated .txt, rows or pages without a date).",
    )
    @click.option("--id-column", metavar="NAME", help="Column or JSON field holding the article id.")
    @click.option("--date-column", metavar="NAME", help="Column or JSON field holding the publication date.")
    @click.option("--text-column", metavar="NAME", help="Column or JSON field holding the article text.")
    @click.option("--title-column", metavar="NAME", help="Column or JSON field holding the title.")
    @click.option("--url-column", metavar="NAME", help="Column or JSON field holding the URL.")
    @click.option("--source-column", metavar="NAME", help="Column or JSON field holding the outlet name.")
    @click.option(
        "--model",
        envvar="NEWSGRAPH_MODEL",
        metavar="NAME_OR_PATH",
        help="spaCy pipeline to use (env NEWSGRAPH_MODEL).",
    )
    @click.option("--strict", is_flag=True, help="Stop with exit code 2 at the first bad input.")
    @click.option(
        "--max-chars", type=click.IntRange(1, MAX_TEXT_CHARS), default=None, metavar="N",
        help="Longest article text to extract, in characters (default 200,000; env NEWSGRAPH_MAX_CHARS); "
        "longer ones are reported [E111], never truncated.",
    )
    @click.option(
        "--languages", metavar="CODES",
        help="Code articles in these languages (ISO 639-1, comma-separated; default: the model's own, en). "
        "Others are kept with their text and language, not coded.",
    )
    @click.option(
        "--language", "force_language", metavar="CODE",
        help="Take every article to be in this language instead of detecting it.",
    )
    @functools.wraps(fn)
    def wrapper(**kw):
        from ..language import parse_languages
        from ..readers.common import DEFAULT_MAX_CHARS

        columns = {f: kw.pop(f"{f}_column") for f in COLUMN_FIELDS}
        kw["reader_options"] = {
            "max_chars": kw.pop("max_chars") or DEFAULT_MAX_CHARS,
            "input_format": kw.pop("input_format"),
            "date": kw.pop("default_date"),
            "columns": {k: v for k, v in columns.items() if v},
            "pipeline": {"languages": parse_languages(kw.pop("languages")), "language": kw.pop("force_language")},
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
        self.uncoded: Counter[str] = Counter()  # articles not coded, by language
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
        if item.uncoded:
            self.uncoded[item.article.language or "?"] += 1
        for err in item.errors:
            self.failed_extractors += 1
            click.echo(
                f"newsgraph: {item.article.origin or item.article.id}: extractor failed: {err}", err=True
            )
        return item

    def line(self) -> str:
        secs = time.perf_counter() - self.started
        line = f"newsgraph: {self.ok} article(s) extracted, {self.bad} skipped as bad input"
        if self.bad:
            line += " (" + ", ".join(f"{n} {label}" for label, n in sorted(self.bad_by_label.items())) + ")"
        if self.ignored:
            kinds = ", ".join(f"{n} {ext}" for ext, n in sorted(self.ignored.items()))
            line += f", {sum(self.ignored.values())} file(s) of other types in folders ignored ({kinds})"
        if self.uncoded:
            langs = ", ".join(f"{lang} {n}" for lang, n in self.uncoded.most_common())
            line += (
                f", {sum(self.uncoded.values())} kept but not coded [I002]: in a language without a pipeline "
                f"({langs}; see --languages)"
            )
        line += f", in {secs:.1f}s"
        if self.failed_extractors:
            line += f"; {self.failed_extractors} extractor failure(s)"
        return line

    def finish(self) -> None:
        click.echo(self.line(), err=True)
        sys.exit(EXIT_BAD_INPUT if self.bad else EXIT_OK)


def engine_options(fn):
    """--engine, --address, --batch-size: where extraction runs (SPEC section 5), as ``engine_options``."""
    from ..engines import DEFAULT_BATCH_SIZE, ENGINES

    @click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
                  help="local: this machine's processes; ray: Ray Data (pip install \"newsgraph[ray]\").")
    @click.option("--address", metavar="ADDRESS", envvar="RAY_ADDRESS",
                  help="With --engine ray: the cluster to join (env RAY_ADDRESS); default: start Ray here.")
    @click.option("--batch-size", type=click.IntRange(1), default=DEFAULT_BATCH_SIZE, show_default=True,
                  help="Articles per batch handed to a worker.")
    @functools.wraps(fn)
    def wrapper(**kw):
        kw["engine_options"] = {k: kw.pop(k) for k in ("engine", "address", "batch_size")}
        return fn(**kw)

    return wrapper


def records(paths, reader_options, model, workers=1, engine_options=None) -> Iterator[ArticleRecord | ReadError]:
    from ..readers import read

    options = dict(reader_options)
    pipeline = options.pop("pipeline", {})
    yield from run_engine(read(paths, **options), model, workers, engine_options, pipeline)


def run_engine(items, model, workers=1, engine_options=None, pipeline=None) -> Iterator[ArticleRecord | ReadError]:
    """``items`` through the chosen engine; a missing model (exit 3) or engine (exit 2) is one clear line.
    ``pipeline``: the languages to code (``languages``) or the one to force (``language``)."""
    from ..engines import run

    try:
        yield from run(items, model=model, workers=workers, pipeline_options=pipeline, **(engine_options or {}))
    except ModelNotFound as exc:
        fail(str(exc), EXIT_MODEL)
    except EngineError as exc:
        fail(str(exc), EXIT_USAGE)


# --- the store: which file, its errors, and the output of queries ---------------------------------

db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    envvar="NEWSGRAPH_DB",
    metavar="FILE",
    help="The SQLite store (env NEWSGRAPH_DB).",
)


def fail(message: str, code: int = EXIT_USAGE):
    """One line on stderr, then exit with ``code``."""
    click.echo(f"newsgraph: {message}", err=True)
    sys.exit(code)


def store_errors(fn):
    """Store errors (no such file, bad search syntax, newer schema) become one clear line and exit code 2."""

    @functools.wraps(fn)
    def wrapper(*args, **kw):
        try:
            return fn(*args, **kw)
        except NewsgraphError as exc:
            fail(str(exc))
        except sqlite3.Error as exc:  # one the store did not map itself (a query's own statement)
            fail(str(coded(exc)))

    return wrapper


def output_options(fn):
    """--json / --jsonl / --csv / --table and --limit, for every query command."""

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


def text_stdout() -> TextIO:
    """click's text stream for stdout (a right encoding under any locale). Typed here: click 8.5 serves it
    through a deprecated module ``__getattr__`` that type checkers see as ``object``."""
    return click.get_text_stream("stdout")  # type: ignore[operator]


def emit(result: queries.Result, fmt: str | None) -> None:
    """Print a query's rows in the chosen format (a table on a terminal, JSON Lines otherwise)."""
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    out = text_stdout()
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


def open_store(db: str) -> Store:
    """An existing store (a missing file is an error, not a new empty store)."""
    return Store(db, create=False)
