"""Pages of a list and downloads of a whole list.

Every list answers ``{"items": [...], "next": cursor-or-null}``. A cursor is opaque to the client
(URL-safe base64 of a small JSON value the list function chose: a keyset position, or an offset where the
order has no key); a cursor that does not decode is a 400, never a server error. The page size is capped
at ``MAX_LIMIT`` whatever the client asks. A download walks the pages with the same filters, up to
``DOWNLOAD_MAX`` rows, as CSV or JSON.
"""

from __future__ import annotations

import base64
import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
DOWNLOAD_MAX = 100_000


class BadRequest(ValueError):
    """A query parameter the explorer cannot use (shown to the user as a 400 with this message)."""


def clamp(limit: int | None, default: int = DEFAULT_LIMIT) -> int:
    """The page size to use: the default when none or nonsense is asked, never more than MAX_LIMIT."""
    if limit is None or limit < 1:
        return default
    return min(limit, MAX_LIMIT)


def encode(value: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode().rstrip("=")


def decode(cursor: str | None) -> Any:
    """The value inside ``cursor`` (None for none); BadRequest when it was not made by ``encode``."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        return json.loads(raw)
    except (ValueError, TypeError) as exc:
        raise BadRequest("The cursor is not one this server gave; start again without `after`.") from exc


def offset_of(cursor: str | None) -> int:
    value = decode(cursor)
    if value is None:
        return 0
    if not isinstance(value, int) or value < 0:
        raise BadRequest("The cursor is not one this server gave; start again without `after`.")
    return value


Page = dict[str, Any]  # {"items": [...], "next": str | None}


def walk(fetch: Callable[[str | None, int], Page], max_rows: int = DOWNLOAD_MAX) -> Iterator[dict]:
    """Every item of a list, page after page (``fetch(after, limit)``), at most ``max_rows``."""
    after, n = None, 0
    while True:
        page = fetch(after, MAX_LIMIT)
        for item in page["items"]:
            if n >= max_rows:
                return
            n += 1
            yield item
        after = page.get("next")
        if not after:
            return


def flatten(item: dict, prefix: str = "") -> dict[str, Any]:
    """One CSV row: nested objects become dotted columns (actor.name), lists become JSON text."""
    out: dict[str, Any] = {}
    for key, value in item.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list):
            out[name] = json.dumps(value, ensure_ascii=False)
        else:
            out[name] = value
    return out


def _cell(value: Any) -> Any:
    """Text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading quote; numbers are kept."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


def csv_chunks(items: Iterator[dict]) -> Iterator[str]:
    """CSV text in chunks. The columns are those of the first 200 rows (a CSV header cannot grow later);
    a field that is an object in some rows and null in others has only its dotted columns."""
    head: list[dict] = []
    for item in items:
        head.append(flatten(item))
        if len(head) >= 200:
            break
    columns: list[str] = []
    for row in head:
        columns += [c for c in row if c not in columns]
    columns = [c for c in columns if not any(d.startswith(c + ".") for d in columns)]  # None where others nest
    buf = io.StringIO()
    writer = csv.DictWriter(buf, columns, extrasaction="ignore")
    writer.writeheader()
    for row in head:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    yield buf.getvalue()
    for item in items:
        buf.seek(0)
        buf.truncate()
        writer.writerow({k: _cell(v) for k, v in flatten(item).items()})
        yield buf.getvalue()


def json_chunks(items: Iterator[dict]) -> Iterator[str]:
    """One JSON array, streamed item by item."""
    yield "["
    first = True
    for item in items:
        yield ("" if first else ",\n") + json.dumps(item, ensure_ascii=False)
        first = False
    yield "]\n"
