"""JSON Lines: one article object per line."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..errors import ReadError
from ..model import Article
from .common import make_article

FIELDS = ("id", "date", "text", "title", "url", "source", "language")


def parse(
    content: str, origin: str, default_date: str | None = None, columns: dict[str, str] | None = None
) -> Iterator[Article | ReadError]:
    columns = columns or {}
    for lineno, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(where, f"malformed JSON ({exc.msg} at column {exc.colno})", "fix or remove the line")
            continue
        if not isinstance(obj, dict):
            yield ReadError(where, f"a JSON {type(obj).__name__}, not an object", 'write {"date": ..., "text": ...}')
            continue
        values = {f: obj.get(columns.get(f, f)) for f in FIELDS}
        if values["date"] is None and default_date:
            values["date"] = default_date
        yield make_article(where, values.pop("text"), values.pop("date"), **values)
