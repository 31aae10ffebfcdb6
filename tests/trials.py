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


def expected_rows(path: Path, columns: tuple[str, ...]) -> list[dict]:
    """A hand trial's expected list (tab-separated, '#' lines are its header notes), one dict per row."""
    import csv

    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [dict(zip(columns, row, strict=True)) for row in csv.reader(lines, delimiter="\t")]


def extract_feed(pipeline, path: Path) -> dict:
    """Every article of a JSON Lines feed through ``pipeline``, by article id."""
    from newsgraph.readers import read

    return {article.id: pipeline.extract(article) for article in read([str(path)])}


def known_failures(rows: list[dict], keys: set[tuple[str, str]], reason: str) -> list:
    """The rows as test parameters, those whose (article, n) is in ``keys`` marked as strict expected failures:
    a trial's misses stay asserted, and a fix that makes one pass must move it out of ``keys``."""
    import pytest

    return [pytest.param(row, marks=pytest.mark.xfail(strict=True, reason=reason))
            if (row["article"], row["n"]) in keys else row for row in rows]


def found_events(records: dict, row: dict, same_act: dict | None = None) -> list:
    """The output events an expected event of a trial's list is found as: one of its trigger words (or a word of the
    same act its sentence tells, ``same_act``), one of its types and one of its statuses."""
    words = [w.lower() for w in row["trigger"].split("/")]
    words += [same_act[(row["article"], row["n"])]] if same_act and (row["article"], row["n"]) in same_act else []
    return [e for e in records[row["article"]].events
            if any(w in e.trigger.text.lower() or e.trigger.text.lower() in w for w in words)
            and e.type in row["type"].split("|") and e.status in row["status"].split("|")]


def country_right(event, expected: str) -> bool:
    """The event's actor has the expected country ('-': not judged), or is a body where IGO or NGO is expected."""
    actor = event.actor
    if expected == "-":
        return True
    if actor is None:
        return False
    bodies = {"IGO", "NGO"} & set(expected.split("|"))
    return actor.country in expected.split("|") or bool(bodies and actor.sector in ("IGO", "NGO"))


def date_right(event, expected: str) -> bool:
    """The event's date is the expected one ('-': not judged) at the precision the text gives; a week the code
    gives ("two weeks ago", "over the weekend") holds a day or a month of its year."""
    if expected == "-":
        return True
    got = event.date or ""
    return any(got == e or (len(e) < 10 and got.startswith(e)) or ("-W" in got and len(e) in (7, 10) and e[:4] == got[:4])
               for e in expected.split("|"))


def event_id(row: dict) -> str:
    """A test id for an expected event of a trial's list: article, number and first trigger word."""
    return f"{row['article']}-{row['n']}-{row['trigger'].split('/')[0]}"
