"""``newsgraph serve``: the web explorer and its JSON API over a store, read-only (SPEC section 3)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from .common import db_option, fail, store_errors

LOCAL = ("127.0.0.1", "localhost", "::1")


def allowed_hosts(host: str, port: int) -> list[str] | None:
    """The Host header values to answer. On a loopback address only local names, so a web page that rebinds
    its DNS name to 127.0.0.1 cannot read the store; on a chosen address that address too; on 0.0.0.0 any."""
    if host in ("0.0.0.0", "::"):
        return None
    names = {"127.0.0.1", "localhost", "[::1]", host if ":" not in host else f"[{host}]"}
    return sorted(names)


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (each with its own read-only connections); more use more cores.")
@store_errors
def serve_cmd(db: str, host: str, port: int, workers: int) -> None:
    """Open the explorer on the store DB: stories, events, actors, articles with their highlighted spans,
    search and a map, plus the JSON API under /api/ (docs at /api/docs). The store is opened read-only."""
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:  # pragma: no cover - the web dependencies are default ones
        fail(f"[E300] the explorer needs its web dependencies ({exc.name} is missing); pip install 'newsgraph'")
    hosts = allowed_hosts(host, port)
    app = create_app(db, allowed_hosts=hosts)  # also checks the store before anything listens
    if host not in LOCAL:
        click.echo(f"newsgraph: serving on {host}: anyone who can reach this address can read the store.", err=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"newsgraph: explorer on http://{shown}:{port}/ (store {db}, read-only); Ctrl-C stops it.", err=True)
    if workers == 1:
        from ..web.app import settle

        settle()
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    os.environ["NEWSGRAPH_SERVE_DB"] = str(Path(db).resolve())  # what each worker process's factory reads
    os.environ["NEWSGRAPH_SERVE_HOSTS"] = ",".join(hosts or [])
    uvicorn.run("newsgraph.web.app:from_environment", factory=True, host=host, port=port, workers=workers,
                log_level="warning")


COMMANDS = [serve_cmd]
