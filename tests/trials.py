"""What the end-to-end user trials share (test_trial_story, test_flood_story, the trials four and five): the CLI run
in-process, its JSON output read back, and a store made once from a team-written feed."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def as_json(*args: str):
    """A query command's --json answer, every row (--limit 0); the command must succeed."""
    result = run(*args, "--json", "--limit", "0")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def ingest_once(folder: Path, data: Path) -> str:
    """The feed ingested into a new store in ``folder``: one malformed line reported (exit 1), the rest stored."""
    path = str(folder / "store.db")
    result = run("ingest", str(data), "--db", path)
    assert result.exit_code == 1, result.output
    return path


def ingest_clean(folder: Path, data: Path) -> str:
    """A well-formed feed (or folder of feeds) ingested into a new store in ``folder``: every line stored (exit 0)."""
    path = str(folder / "store.db")
    result = run("ingest", str(data), "--db", path)
    assert result.exit_code == 0, result.output
    return path
