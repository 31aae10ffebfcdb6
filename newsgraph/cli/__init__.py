"""The command line: module-level click commands over the library, one module per group of commands.

    common.py    what every command shares: input options, the run summary, store options, output formats
    extract.py   extract, show (no store)
    store.py     ingest, events, quotes, entities, search, timeline
    export.py    export
    story.py     stories, claims, actors, link, and events --clustered (the story level)
    serve.py     serve (the web explorer)
    check.py     check (integrity, orphan rows, schema version)
    progress.py  the ingest progress bar (the store reports progress through a callback, never prints)

A new command is a ``@click.command`` in its module, listed in ``COMMANDS`` below.
"""

from __future__ import annotations

import click

from .. import __version__
from ..model import Article
from . import check, export, extract, serve, store, story


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def cli() -> None:
    """newsgraph: news articles to a sourced, dated record of events, quotes, entities, times and quantities."""


COMMANDS = [
    extract.extract, extract.show, *store.COMMANDS, *story.COMMANDS, export.export_cmd, check.check_cmd,
    *serve.COMMANDS,
]
for _command in COMMANDS:
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="newsgraph")


__all__ = ["Article", "cli", "main"]
