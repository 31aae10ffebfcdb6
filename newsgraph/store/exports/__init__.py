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
    per_report: bool = False,
) -> dict[str, int]:
    """Write the store as ``fmt`` to ``output`` (a file, or a folder for folder formats) or to ``stdout``.

    Returns the row counts per table. gdelt without a folder writes the event table only. gdelt and acled
    write one row per real-world event (event cluster); ``per_report`` one per report, as they once did.
    ``stdout`` is ``sys.stdout`` when not given (a caller such as the CLI passes its own, correctly encoded stream)."""
    from . import gdelt, tables

    stdout = stdout or sys.stdout
    if fmt in ("parquet", "csv"):
        if not output:
            raise ExportError(f"--format {fmt} writes one file per table: give a folder with --output")
        folder = Path(output)
        return tables.write_parquet(store, folder) if fmt == "parquet" else tables.write_csv(store, folder)
    if fmt == "gdelt":
        if not output:
            return gdelt.write(store, stdout, None, filters, header, per_report)
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        with (
            open(folder / "events.tsv", "w", encoding="utf-8", newline="") as ev,
            open(folder / "mentions.tsv", "w", encoding="utf-8", newline="") as me,
        ):
            return gdelt.write(store, ev, me, filters, header, per_report)
    if not output:
        return _write_one(store, fmt, stdout, filters, per_report)
    with open(output, "w", encoding="utf-8", newline="") as fh:
        return _write_one(store, fmt, fh, filters, per_report)


def _write_one(store: Store, fmt: str, out: TextIO, filters: Filters, per_report: bool) -> dict[str, int]:
    from . import acled, plover

    return plover.write(store, out, filters) if fmt == "plover" else acled.write(store, out, filters, per_report)


__all__ = ["FOLDER_FORMATS", "FORMATS", "ExportError", "Filters", "export"]
