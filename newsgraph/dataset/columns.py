"""ArticleRecords built straight from the Arrow columns of a dataset part, for ``newsgraph ingest DIR``.

``Table.to_pylist()`` then ``from_plain`` made a dict for every row and every nested value, then looked up the
type hint of every value again (``typing.get_origin`` per value): most of the time of reading a dataset. Here
each leaf column becomes Python values once (``to_pylist`` per column), lists are cut from their child column
by the list offsets, and each dataclass is built positionally from its columns. The result is what
``from_plain(..., whole_floats=True)`` gives for the same rows (a test compares the two).
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from typing import Any

from ..model import Article, ArticleRecord

Child = Callable[[str], Any]  # a column (pyarrow.Array) by field name


@functools.cache
def fields_of(cls: type) -> tuple[tuple[str, Any], ...]:
    """(name, type hint) of each field of a model dataclass, in order: what the dataset's columns follow."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


def own_fields(sections: dict[str, type]) -> list[tuple[str, Any]]:
    """The record's own fields beside the article and its ``sections`` (``errors``, ``uncoded``): kept in
    the ``articles`` table."""
    return [(n, t) for n, t in fields_of(ArticleRecord) if n != "article" and n not in sections]


def values(hint: Any, arr: Any) -> list[Any]:
    """The values of the Arrow array ``arr`` as the model type ``hint`` declares: dataclasses for structs,
    tuples for lists, and a whole float back to int where the field takes either (Parquet stores it float64)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if int in args and float in args:
            return [int(v) if isinstance(v, float) and v.is_integer() else v for v in arr.to_pylist()]
        return values(args[0], arr) if len(args) == 1 else arr.to_pylist()
    if origin is tuple:
        return _lists(typing.get_args(hint)[0], arr)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _nulls(arr, build(hint, arr.field))
    return arr.to_pylist()


def build(cls: type, child: Child) -> list[Any]:
    """Instances of the dataclass ``cls``, one per row, from the column of each of its fields."""
    columns = [values(hint, child(name)) for name, hint in fields_of(cls)]
    return [cls(*row) for row in zip(*columns, strict=True)]


def _lists(item: Any, arr: Any) -> list[Any]:
    """A list column as tuples: its child column converted once, then cut at the list offsets."""
    inner = values(item, arr.values)
    offsets = arr.offsets.to_pylist()
    return _nulls(arr, [tuple(inner[a:b]) for a, b in zip(offsets, offsets[1:], strict=False)])


def _nulls(arr: Any, out: list[Any]) -> list[Any]:
    """``out`` with None where ``arr`` is null (a null struct or list still has child values underneath)."""
    if not arr.null_count:
        return out
    return [v if ok else None for v, ok in zip(out, arr.is_valid().to_pylist(), strict=True)]


def records(tables: dict[str, Any], sections: dict[str, type]) -> list[ArticleRecord]:
    """The records of one part: ``tables`` maps ``articles`` and each section name to its pyarrow.Table (a
    section may be missing); section rows join their article by ``article_id``, in row order."""

    def child(table: Any) -> Child:
        return lambda name: table.column(name).combine_chunks()

    grouped: dict[str, dict[str, list[Any]]] = {}
    for name, cls in sections.items():
        by: dict[str, list[Any]] = {}
        table = tables.get(name)
        if table is not None:
            ids = table.column("article_id").to_pylist()
            for article_id, item in zip(ids, build(cls, child(table)), strict=True):
                by.setdefault(article_id, []).append(item)
        grouped[name] = by
    table = tables["articles"]
    own = own_fields(sections)
    columns = [values(hint, child(table)(name)) for name, hint in own]  # errors, uncoded: the record's own
    out = []
    for art, *extra in zip(build(Article, child(table)), *columns, strict=True):
        fields: dict[str, Any] = {n: tuple(grouped[n].get(art.id, ())) for n in sections}
        fields.update(zip((name for name, _ in own), extra, strict=True))
        fields["errors"] = fields.get("errors") or ()
        out.append(ArticleRecord(article=art, **fields))
    return out
