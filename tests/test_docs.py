"""The README and docs/ describe what ships: every command and option, and examples that run."""

import re
from pathlib import Path

import click
import pytest

from newsgraph.cli import cli

ROOT = Path(__file__).resolve().parent.parent
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


def _commands():
    ctx = click.Context(cli)
    return [(name, cli.get_command(ctx, name)) for name in cli.list_commands(ctx)]


@pytest.mark.parametrize("name", [name for name, _ in _commands()])
def test_every_command_is_documented(name):
    assert re.search(rf"newsgraph {name}\b", DOCS), f"`newsgraph {name}` is not in README.md or docs/"


@pytest.mark.parametrize(
    "command, option",
    [
        (name, opt)
        for name, cmd in _commands()
        for param in cmd.params
        if isinstance(param, click.Option)
        for opt in param.opts
        if opt.startswith("--") and opt != "--help"
    ],
)
def test_every_option_is_documented(command, option):
    assert option in DOCS, f"{option} of `newsgraph {command}` is not in README.md or docs/"


def test_the_readme_python_example_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", readme, re.S)
    assert block, "README.md has no python example"
    exec(compile(block[1], "README.md", "exec"), {})


def test_the_readme_names_both_setup_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
