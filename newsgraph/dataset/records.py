"""Records to plain dicts and back, so that they can cross as JSON (a Spark job, a file). The Ray engine
sends the records themselves (pickled) and a Parquet dataset is read column by column (columns.py).

``to_plain`` is ``ArticleRecord.to_dict()`` plus what the SPEC output leaves out but the store needs (the
article's text and language, the extractor failures, always present). ``from_plain`` rebuilds the frozen
dataclasses from the field types declared in model.py, so a field another pass adds to a record crosses
with no change here.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any

from ..model import ArticleRecord


def to_plain(record: ArticleRecord) -> dict[str, Any]:
    """The record as JSON-ready data, nothing left out."""
    out = record.to_dict()
    out["article"] = record.article.to_dict()
    out["errors"] = list(record.errors)
    return out


def from_plain(data: dict[str, Any], *, whole_floats: bool = False) -> ArticleRecord:
    """The ArticleRecord of ``to_plain`` output, or of the same shape read from Parquet (``whole_floats``:
    a number field that takes int or float was stored as float64, so 238.0 comes back as 238)."""
    return _build(ArticleRecord, data, whole_floats)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(cls: type, data: dict[str, Any], whole: bool) -> Any:
    hints = _hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: _convert(hints[k], v, whole) for k, v in data.items() if k in names})


def _convert(hint: Any, value: Any, whole: bool) -> Any:
    """``value`` (plain data) as the type ``hint`` declares: dataclasses rebuilt, lists to tuples, and with
    ``whole`` a whole float back to int where the field takes either."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if int in args and float in args:
            return int(value) if whole and isinstance(value, float) and value.is_integer() else value
        return _convert(args[0], value, whole) if len(args) == 1 else value
    if origin is tuple:
        (item, *_) = typing.get_args(hint) or (Any,)
        return tuple(_convert(item, v, whole) for v in value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint) and isinstance(value, dict):
        return _build(hint, value, whole)
    return value
