"""Exports of the store in the field's formats: plover, gdelt, acled (single files) and csv, parquet (folders)."""

from __future__ import annotations

from .common import Filters

FORMATS = ("plover", "gdelt", "acled", "parquet", "csv")
FOLDER_FORMATS = ("gdelt", "parquet", "csv")

__all__ = ["FOLDER_FORMATS", "FORMATS", "Filters"]
