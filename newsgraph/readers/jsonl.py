"""JSON Lines: one article object per line. Lines are split on newlines only: U+2028 and other
Unicode line separators are legal inside a JSON string and do not end a line.

``parse`` takes a decoded file. ``parse_bytes_lines`` decodes each line as UTF-8 on its own (JSON is
UTF-8), so a line in another encoding costs that line only; it streams, so stdin is read as it comes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from ..errors import E_EMPTY, E_ENCODING, E_JSON, E_NO_DATE, E_TOO_LONG, ReadError
from ..model import Article
from .common import row_article
from .markup import is_page


def parse(
    content: str, origin: str, default_date: str | None = None, columns: Mapping[str, str] | None = None
) -> Iterator[Article | ReadError]:
    columns = columns or {}
    for lineno, line in enumerate(content.split("\n"), 1):
        if not line.strip():
            continue
        yield parse_line(line, f"{origin}:{lineno}", default_date, columns)


@dataclass(frozen=True)
class Oversize:
    """A line too long to hold, skipped by the line reader; ``size`` is its length in bytes."""

    size: int


def parse_bytes_lines(
    lines: Iterable[bytes | Oversize],
    origin: str,
    default_date: str | None = None,
    columns: Mapping[str, str] | None = None,
) -> Iterator[Article | ReadError]:
    columns = columns or {}
    for lineno, raw in enumerate(lines, 1):
        if isinstance(raw, Oversize):
            yield ReadError(
                f"{origin}:{lineno}",
                f"text too long: the line has {raw.size:,} bytes",
                "split it into its articles",
                E_TOO_LONG,
            )
            continue
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield ReadError(
                where,
                f"undecodable bytes: the line is not UTF-8 (byte {exc.start} of the line is {raw[exc.start : exc.start + 1]!r})",
                "JSON Lines are UTF-8: re-save the file as UTF-8",
                E_ENCODING,
            )
            continue
        yield parse_line(line, where, default_date, columns)


def parse_line(
    line: str, where: str, default_date: str | None, columns: Mapping[str, str]
) -> Article | ReadError:
    try:
        # without its line end: a line cut off inside a string is "unterminated", not a "control character"
        obj = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        msg = exc.msg.removesuffix(" at")  # json's "Invalid control character at": the column follows
        return ReadError(where, f"malformed JSON ({msg} at column {exc.colno})", "fix or remove the line", E_JSON)
    except RecursionError:
        return ReadError(where, "malformed JSON (nested too deeply)", "fix or remove the line", E_JSON)
    if not isinstance(obj, dict):
        return ReadError(
            where,
            f"a JSON {type(obj).__name__}, not an object",
            'write {"date": "YYYY-MM-DD", "text": "..."}',
            E_JSON,
        )
    text_key = columns.get("text", "text")
    if text_key not in obj:
        return ReadError(
            where,
            f"no {text_key!r} field (the object has: {_keys(obj)})",
            "name the text field with --text-column",
            E_EMPTY,
        )
    date_key = columns.get("date", "date")
    if date_key not in obj and not default_date and not is_page(obj[text_key]):  # a page has its own
        return ReadError(
            where,
            f"no publication date: no {date_key!r} field (the object has: {_keys(obj)})",
            "name the date field with --date-column, or give --date YYYY-MM-DD",
            E_NO_DATE,
        )
    return row_article(where, obj, columns, default_date)


def _keys(obj: dict) -> str:
    keys = [repr(k) for k in list(obj)[:12]]
    return ", ".join(keys) + (", ..." if len(obj) > 12 else "") if keys else "no fields"
