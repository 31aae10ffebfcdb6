"""Parquet: one article per row, columns named like the article fields (``--text-column`` etc. map others).

Errors name the row as ``file:N`` (N counts rows from 1). Only the needed columns are read, in batches.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..errors import E_UNREADABLE, ReadError
from ..model import Article
from .common import FIELDS, check_columns, row_article


def parse(
    source: Any, origin: str, default_date: str | None = None, columns: Mapping[str, str] | None = None
) -> Iterator[Article | ReadError]:
    """``source``: a path or a binary file object."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = columns or {}
    try:
        table = pq.ParquetFile(source)
        names = list(table.schema_arrow.names)
    except (pa.ArrowException, OSError, ValueError) as exc:
        yield ReadError(
            origin,
            f"not a readable Parquet file ({exc})",
            "check that the file is complete Parquet",
            E_UNREADABLE,
        )
        return
    problem = check_columns(origin, names, columns, default_date)
    if problem is not None:
        yield problem
        return
    wanted = sorted({columns.get(f, f) for f in FIELDS} & set(names), key=names.index)
    row = 0
    try:
        for batch in table.iter_batches(batch_size=256, columns=wanted):
            for values in batch.to_pylist():
                row += 1
                yield row_article(f"{origin}:{row}", values, columns, default_date)
    except (pa.ArrowException, OSError) as exc:
        yield ReadError(
            f"{origin}:{row + 1}",
            f"unreadable Parquet data ({exc}); the rest of the file is skipped",
            "check that the file is complete Parquet",
            E_UNREADABLE,
        )
