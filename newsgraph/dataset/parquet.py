"""A Parquet dataset of records, partitioned by publication month, that DuckDB, Spark or pandas read in place.

    DIR/_newsgraph.json                                   who wrote it (newsgraph version, model)
    DIR/<table>/month=YYYY-MM/part-<run>-<n>.parquet      tables: articles, entities, times, quotes,
                                                          quantities, events

Every row carries ``article_id`` (in ``articles``, the column ``id``) and the SPEC section 2 fields with
their offsets; nested objects (an event's actor, trigger, sentence; an entity's mentions) are Parquet
structs and lists, typed from model.py, so a field added to a record gets its column with no change here.

Files are written under a hidden temporary name (``.part-....parquet.tmp``, which readers skip) and renamed
when complete. A part's ``articles`` file is written last: an article counts as written when its row is in
an ``articles`` file, and ``read_dataset`` (``newsgraph ingest DIR``) reads only such articles, so a job
killed at any moment leaves nothing a reader would take for a complete file.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import types
import typing
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import DatasetError
from ..model import Article, ArticleRecord, Entity, Event, Quantity, Quote, Time
from .columns import fields_of, own_fields, records

SECTIONS: dict[str, type] = {
    "entities": Entity,
    "times": Time,
    "quotes": Quote,
    "quantities": Quantity,
    "events": Event,
}
TABLES = ("articles", *SECTIONS)
META = "_newsgraph.json"
ROWS_PER_FILE = 20_000  # articles per file and month; more buffered in all is flushed from the largest month


def arrow_type(hint: Any) -> Any:
    """The Arrow type of a model field: str/int/float, optional, tuples as lists, dataclasses as structs.
    A field that takes int or float is float64 (``from_plain(whole_floats=True)`` gives the ints back)."""
    import pyarrow as pa

    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if int in args and float in args:
            return pa.float64()
        return arrow_type(args[0]) if len(args) == 1 else pa.string()
    if origin is tuple:
        return pa.list_(arrow_type(typing.get_args(hint)[0]))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return pa.struct([(n, arrow_type(t)) for n, t in fields_of(hint)])
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}.get(hint, pa.string())


@functools.cache
def schema(table: str) -> Any:
    """The Arrow schema of one table of the dataset."""
    import pyarrow as pa

    if table == "articles":
        return pa.schema([(n, arrow_type(t)) for n, t in (*fields_of(Article), *own_fields(SECTIONS))])
    return pa.schema([("article_id", pa.string()), *((n, arrow_type(t)) for n, t in fields_of(SECTIONS[table]))])


def table_rows(table: str, records: Iterable[ArticleRecord]) -> list[dict[str, Any]]:
    """The rows of ``table`` for ``records``, in record order."""
    if table == "articles":
        extra = [name for name, _ in own_fields(SECTIONS)]
        return [{**r.article.to_dict(), **{k: _list(getattr(r, k)) for k in extra}} for r in records]
    return [{"article_id": r.article.id, **item.to_dict()} for r in records for item in getattr(r, table)]


def _list(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def month_of(record: ArticleRecord) -> str:
    return record.article.date[:7]


def _write_atomically(table: Any, path: Path) -> None:
    """Write under a hidden temporary name in the same folder, then rename: never a partial file."""
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class DatasetWriter:
    """Buffers records by month and writes one part (a file per table) per month when enough have come."""

    def __init__(self, folder: str | os.PathLike[str], *, model: str | None = None, rows_per_file: int = ROWS_PER_FILE) -> None:
        self.folder = Path(folder)
        if self.folder.exists() and (not self.folder.is_dir() or any(self.folder.iterdir())):
            raise DatasetError(
                f"The output {self.folder} exists and is not an empty folder.",
                "Give a new folder with --output (a dataset is written whole, never added to), or remove it.",
            )
        self.folder.mkdir(parents=True, exist_ok=True)
        self.run = uuid.uuid4().hex[:12]
        self.rows_per_file = rows_per_file
        self.buffers: dict[str, list[ArticleRecord]] = {}
        self.buffered = 0
        self.parts = 0
        self.written = 0
        from .. import __version__

        meta = {"format": "newsgraph-parquet", "version": 1, "newsgraph": __version__, "model": model}
        (self.folder / META).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")

    def add(self, record: ArticleRecord) -> None:
        self.buffers.setdefault(month_of(record), []).append(record)
        self.buffered += 1
        if len(self.buffers[month_of(record)]) >= self.rows_per_file:
            self.flush(month_of(record))
        elif self.buffered >= 2 * self.rows_per_file:  # many months at once: bound the memory held
            self.flush(max(self.buffers, key=lambda m: len(self.buffers[m])))

    def flush(self, month: str) -> None:
        import pyarrow as pa

        records = self.buffers.pop(month, [])
        if not records:
            return
        name = f"part-{self.run}-{self.parts:05d}.parquet"
        for table in (*SECTIONS, "articles"):  # articles last: it is what marks the part complete
            data = pa.Table.from_pylist(table_rows(table, records), schema=schema(table))
            _write_atomically(data, self.folder / table / f"month={month}" / name)
        self.parts += 1
        self.buffered -= len(records)
        self.written += len(records)

    def close(self) -> None:
        for month in sorted(self.buffers):
            self.flush(month)

    def __enter__(self) -> DatasetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def is_dataset(path: str | os.PathLike[str]) -> bool:
    """True for a folder written by ``DatasetWriter`` (or laid out like one)."""
    p = Path(path)
    return p.is_dir() and ((p / META).is_file() or any((p / "articles").glob("month=*")))


def dataset_model(path: str | os.PathLike[str]) -> str | None:
    try:
        return json.loads((Path(path) / META).read_text(encoding="utf-8")).get("model")
    except (OSError, ValueError, AttributeError):
        return None


def read_dataset(path: str | os.PathLike[str]) -> Iterator[ArticleRecord]:
    """Every complete article of the dataset at ``path`` as an ArticleRecord, by month, then part, then row."""
    root = Path(path)
    parts = sorted((root / "articles").glob("month=*/*.parquet"))
    for part in parts:
        yield from _read_part(root, part.parent.name, part.name)


def _read_part(root: Path, month: str, name: str) -> Iterator[ArticleRecord]:
    import pyarrow as pa

    tables: dict[str, Any] = {}
    for table in TABLES:
        path = root / table / month / name
        try:
            if path.exists():
                tables[table] = _read_file(path, schema(table))
        except (pa.ArrowException, OSError) as exc:
            raise DatasetError(f"Cannot read {path}: {exc}.", "Check that the dataset is complete.") from exc
    yield from records(tables, SECTIONS)


def _read_file(path: Path, want: Any) -> Any:
    """One file as a table of schema ``want``: read directly when written with it (no dataset discovery, no
    threads for a small file: half the cost), else through ``read_table``, which fills a column that a file
    written by an older newsgraph lacks with nulls."""
    import pyarrow.parquet as pq

    table = pq.ParquetFile(path).read(use_threads=False)
    return table if table.schema.equals(want) else pq.read_table(path, schema=want)
