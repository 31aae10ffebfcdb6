"""Exports of the store in the field's formats: plover, gdelt, acled (single files) and csv, parquet (folders)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from ..db import Store, StoreError
from .common import Filters

FORMATS = ("plover", "gdelt", "acled", "parquet", "csv")
FOLDER_FORMATS = ("gdelt", "parquet", "csv")


class ExportError(StoreError):
    """An export asked for something its format cannot do (a folder format without a folder)."""

    code = "E210"


def export(
    store: Store,
    fmt: str,
    output: str | None,
    filters: Filters,
    header: bool = False,
    stdout: TextIO | None = None,
) -> dict[str, int]:
    """Write the store as ``fmt`` to ``output`` (a file, or a folder for folder formats) or to ``stdout``.

    Returns the row counts per table. gdelt without a folder writes the event table only. ``stdout`` is
    ``sys.stdout`` when not given (a caller such as the CLI passes its own, correctly encoded stream)."""
    from . import acled, gdelt, plover, tables

    stdout = stdout or sys.stdout
    if fmt in ("parquet", "csv"):
        if not output:
            raise ExportError(f"--format {fmt} writes one file per table: give a folder with --output")
        folder = Path(output)
        return tables.write_parquet(store, folder) if fmt == "parquet" else tables.write_csv(store, folder)
    if fmt == "gdelt":
        if not output:
            return gdelt.write(store, stdout, None, filters, header)
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        with (
            open(folder / "events.tsv", "w", encoding="utf-8", newline="") as ev,
            open(folder / "mentions.tsv", "w", encoding="utf-8", newline="") as me,
        ):
            return gdelt.write(store, ev, me, filters, header)
    module = plover if fmt == "plover" else acled
    if not output:
        return module.write(store, stdout, filters)
    with open(output, "w", encoding="utf-8", newline="") as fh:
        return module.write(store, fh, filters)


__all__ = ["FOLDER_FORMATS", "FORMATS", "ExportError", "Filters", "export"]
