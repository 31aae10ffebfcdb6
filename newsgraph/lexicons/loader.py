"""The one reader of the team's lexicon files (TSV in this folder): '#' lines are comments, the first other
line is the header, fields are taken literally (no CSV quoting). A malformed line raises ``LexiconError``
naming the file and the line."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from ..errors import LexiconError

__all__ = ["LexiconError", "Row", "lines", "read_tsv"]

# One line of a lexicon: its cells by column name, each a str (None for a cell a short line leaves out, which only
# ``read_tsv`` without ``columns`` allows); typed Any so that the many readers of str cells need no casts.
Row = dict[str, Any]


@cache
def _text(name: str) -> str:
    try:
        return (resources.files(__package__) / name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(name, None, "no such lexicon file in newsgraph/lexicons", "Reinstall newsgraph.") from exc


def lines(name: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of every data line, the header included, in file order."""
    out = []
    for number, line in enumerate(_text(name).splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            out.append((number, line.split("\t")))
    return out


def read_tsv(name: str, columns: tuple[str, ...] | None = None) -> list[Row]:
    """Rows of a lexicon as dicts keyed by the header (a missing cell is None). With ``columns``, the header must be exactly those and
    every row must have that many cells."""
    found = lines(name)
    if not found:
        raise LexiconError(name, None, "the file is empty: no header line")
    (_, header), body = found[0], found[1:]
    if columns is not None and tuple(header) != columns:
        raise LexiconError(name, found[0][0], f"the header must be {' <TAB> '.join(columns)}, not {header!r}")
    rows: list[Row] = []
    for number, cells in body:
        if columns is not None and len(cells) != len(header):
            raise LexiconError(name, number, f"expected {len(header)} tab-separated cells, got {len(cells)}")
        rows.append({h: (cells[i] if i < len(cells) else None) for i, h in enumerate(header)})
    return rows
