"""Plain tables: one CSV or Parquet file per store table, with the store's column names.

Parquet column types follow the SQLite declared types (INTEGER -> int64, REAL -> float64, TEXT -> string);
rows are written in batches, so a large store exports in constant memory.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..db import Store

TABLES = ("articles", "entities", "mentions", "times", "quotes", "quantities", "events", "event_actors")
BATCH = 50_000


def columns(store: Store, table: str) -> list[tuple[str, str]]:
    """(name, declared type) of every column of ``table``."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}")
    return [(r["name"], (r["type"] or "").upper()) for r in store.conn.execute(f"PRAGMA table_info({table})")]


def _rows(store: Store, table: str):
    names = ", ".join(f'"{n}"' for n, _ in columns(store, table))
    cur = store.conn.execute(f"SELECT {names} FROM {table} ORDER BY rowid")  # noqa: S608 (checked name)
    while batch := cur.fetchmany(BATCH):
        yield batch


def write_csv(store: Store, folder: Path) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in TABLES:
        n = 0
        with open(folder / f"{table}.csv", "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow([name for name, _ in columns(store, table)])
            for batch in _rows(store, table):
                writer.writerows(batch)
                n += len(batch)
        counts[table] = n
    return counts


def _arrow_schema(store: Store, table: str):
    import pyarrow as pa

    kinds = {"INTEGER": pa.int64(), "REAL": pa.float64()}
    return pa.schema([(name, kinds.get(decl, pa.string())) for name, decl in columns(store, table)])


def write_parquet(store: Store, folder: Path) -> dict[str, int]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in TABLES:
        schema = _arrow_schema(store, table)
        n = 0
        with pq.ParquetWriter(folder / f"{table}.parquet", schema) as writer:
            for batch in _rows(store, table):
                cols = list(zip(*batch, strict=True))
                arrays = [
                    pa.array(list(col), type=field.type) for col, field in zip(cols, schema, strict=True)
                ]
                writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
                n += len(batch)
            if n == 0:
                writer.write_table(schema.empty_table())
        counts[table] = n
    return counts
