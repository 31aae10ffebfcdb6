"""What every reader shares: turning raw fields into a valid Article or a ReadError."""

from __future__ import annotations

import hashlib
import re
from datetime import date as _date
from datetime import datetime

from ..errors import ReadError
from ..model import Article

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def parse_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or timestamp (also a date/datetime object); None if it is not one."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, _date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    m = _ISO_DAY.match(value)
    if not m:
        return None
    try:
        return _date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def article_id(date: str, text: str) -> str:
    """A stable id for an article that has none: the same text and date always give the same id."""
    return hashlib.sha1(f"{date}\n{text}".encode()).hexdigest()[:16]


def make_article(
    origin: str,
    text: object,
    date: object,
    *,
    id: object = None,
    title: object = None,
    url: object = None,
    source: object = None,
    language: object = None,
) -> Article | ReadError:
    """Validate the fields of one article; every problem becomes a ReadError that says how to fix it."""
    if text is None or (isinstance(text, float) and text != text):
        return ReadError(origin, "no text", "give the article text in the 'text' field or column")
    if not isinstance(text, str):
        return ReadError(origin, f"the text is a {type(text).__name__}, not a string", "give the text as a string")
    if not text.strip():
        return ReadError(origin, "empty text", "the article has no words to extract from; drop it or fill it")
    if "\x00" in text:
        return ReadError(origin, "the text contains NUL bytes (binary data?)", "give plain text")
    if date is None or date == "" or (isinstance(date, float) and date != date):
        return ReadError(
            origin, "no publication date", "add a date (YYYY-MM-DD): a 'date' field, a 'date ' header, or --date"
        )
    day = parse_date(date)
    if day is None:
        return ReadError(
            origin, f"unparseable date {str(date)[:40]!r}", "write the date as YYYY-MM-DD or an ISO timestamp"
        )

    def opt(v: object) -> str | None:
        if v is None or (isinstance(v, float) and v != v):
            return None
        return str(v)

    return Article(
        id=opt(id) or article_id(day, text),
        date=day,
        text=text,
        title=opt(title),
        url=opt(url),
        source=opt(source),
        language=opt(language),
        origin=origin,
    )
