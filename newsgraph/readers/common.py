"""What every reader shares: turning raw fields into a valid Article or a ReadError."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Collection, Mapping
from datetime import date as _date
from datetime import datetime
from email.utils import parsedate_to_datetime

from ..errors import E_BAD_DATE, E_BINARY, E_COLUMN, E_EMPTY, E_ENCODING, E_NO_DATE, E_TOO_LONG, ReadError
from ..model import Article
from .markup import clean as clean_markup
from .markup import has_markup

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$")
_RFC2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\b")

#: The most the length limit can be raised to (``--max-chars`` stops here, and so does the pipeline's spaCy
#: ``max_length``): a longer text is a concatenated dump, not an article.
MAX_TEXT_CHARS = 2_000_000

#: The one limit on an article's text, for the readers (``read(max_chars=)``, ``--max-chars``) and the Python
#: API alike (env NEWSGRAPH_MAX_CHARS; at most MAX_TEXT_CHARS). spaCy's parser needs about 1 GB of memory per
#: 100,000 characters at once; 200,000 is several times the longest news story.
DEFAULT_MAX_CHARS = min(int(os.environ.get("NEWSGRAPH_MAX_CHARS", "200000")), MAX_TEXT_CHARS)

#: Formats read whole (text, CSV, HTML, Parquet) stop at this many bytes, counted after decompression, so
#: a small .gz that inflates to gigabytes (a decompression bomb) costs at most this much memory.
MAX_FILE_BYTES = int(os.environ.get("NEWSGRAPH_MAX_FILE_BYTES", str(256 * 1024 * 1024)))

#: A JSON Lines line longer than this is reported and skipped without being held in memory.
MAX_LINE_BYTES = 4 * MAX_TEXT_CHARS

#: Article fields and whether a reader needs them.
FIELDS = ("id", "date", "text", "title", "url", "source", "language")


def parse_date(value: object) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or timestamp, an RFC 2822 date ("Thu, 27 Mar 2025 10:00:00 GMT",
    as in RSS feeds), or a date/datetime object; None if it is none of these. A timestamp keeps its own
    calendar day (no conversion to UTC)."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, _date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    m = _ISO_DAY.match(value)
    if m:
        try:
            return _date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if _RFC2822.match(value):
        try:
            return parsedate_to_datetime(value).date().isoformat()
        except (TypeError, ValueError, IndexError):
            return None
    return None


def article_id(date: str, text: str) -> str:
    """A stable id for an article that has none: the same text and date always give the same id."""
    return hashlib.sha1(f"{date}\n{text}".encode()).hexdigest()[:16]


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as it can be printed and written to JSON: undecodable bytes in a name shown as \\xNN."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _unencodable(value: object) -> str | None:
    """The first lone surrogate in a string (a JSON "\\ud800" escape), which no output can encode."""
    if not isinstance(value, str):
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return repr(value[exc.start])
    return None


def _missing(v: object) -> bool:
    return v is None or (isinstance(v, float) and v != v)


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
    markup: str | None = None,
) -> Article | ReadError:
    """Validate the fields of one article; every problem becomes a ReadError that says how to fix it. Its
    length is not checked here but where the limit is known (``too_long``: ``read`` and the Python API), so
    that one limit gives one error whatever the reader."""
    fields = {"text": text, "id": id, "title": title, "url": url, "source": source}
    problem = _text_problem(origin, text) or _encoding_problem(origin, fields)
    if problem is not None:
        return problem
    assert isinstance(text, str)  # _text_problem returned None
    day = _day(origin, date)
    if isinstance(day, ReadError):
        return day

    def opt(v: object) -> str | None:
        return None if _missing(v) or v == "" else str(v)

    return Article(
        id=opt(id) or article_id(day, text),
        date=day,
        text=text,
        title=opt(title),
        url=opt(url),
        source=opt(source),
        language=opt(language),
        origin=origin,
        markup=markup,
    )


def _text_problem(origin: str, text: object) -> ReadError | None:
    if _missing(text):
        return ReadError(origin, "no text", "give the article text in the 'text' field or column", E_EMPTY)
    if not isinstance(text, str):
        return ReadError(
            origin, f"the text is a {type(text).__name__}, not a string", "give the text as a string", E_EMPTY
        )
    if not text.strip():
        return ReadError(
            origin, "empty text", "the article has no words to extract from; drop it or fill it", E_EMPTY
        )
    if "\x00" in text:
        return ReadError(
            origin, "the text contains NUL characters (binary data?)", "give plain text", E_BINARY
        )
    return None


def _encoding_problem(origin: str, fields: dict[str, object]) -> ReadError | None:
    for name, value in fields.items():
        bad = _unencodable(value)
        if bad:
            return ReadError(
                origin,
                f"undecodable: the {name} holds {bad}, half of a UTF-16 pair, not a character",
                "fix the \\uD8xx escape in the source",
                E_ENCODING,
            )
    return None


def _day(origin: str, date: object) -> str | ReadError:
    """The publication day (YYYY-MM-DD) of ``date``, or the error for a date missing or unreadable."""
    if _missing(date) or date == "":
        return ReadError(
            origin,
            "no publication date",
            "add a date (YYYY-MM-DD): a 'date' field or column, a 'date ' header, or --date",
            E_NO_DATE,
        )
    day = parse_date(date)
    if day is None:
        return ReadError(
            origin,
            f"unparseable date {str(date)[:40]!r}",
            "write the date as YYYY-MM-DD or an ISO timestamp",
            E_BAD_DATE,
        )
    return day


def too_long(article: Article, max_chars: int | None = None) -> ReadError | None:
    """The one E111 error for an article whose text is over the limit (``max_chars``, by default
    DEFAULT_MAX_CHARS; never more than MAX_TEXT_CHARS), else None. Never truncated: a cut article would give
    a record that looks whole."""
    limit = min(DEFAULT_MAX_CHARS if max_chars is None else max_chars, MAX_TEXT_CHARS)
    if len(article.text) <= limit:
        return None
    fix = "split it into its articles"
    if limit < MAX_TEXT_CHARS:
        fix += f", or raise the limit with --max-chars or NEWSGRAPH_MAX_CHARS (at most {MAX_TEXT_CHARS:,})"
    return ReadError(
        article.origin or article.id,
        f"text too long: {len(article.text):,} characters (the limit is {limit:,})",
        fix,
        E_TOO_LONG,
    )


def check_columns(
    origin: str, available: Collection[str], columns: Mapping[str, str], default_date: str | None
) -> ReadError | None:
    """One error for a table (CSV, Parquet) that lacks a column it needs: the text column, the date column
    unless --date gives a default, and every column the user named with --*-column."""
    needed = {"text": columns.get("text", "text")}
    if "date" in columns or default_date is None:
        needed["date"] = columns.get("date", "date")
    needed.update({f: name for f, name in columns.items() if f not in needed})
    missing = [(f, name) for f, name in needed.items() if name not in available]
    if not missing:
        return None
    has = ", ".join(repr(c) for c in available) or "none"
    what = "; ".join(f"no {name!r} column for the {f}" for f, name in missing)
    fields = missing[0][0]
    fix = f"name the {fields} column with --{fields}-column NAME"
    if fields == "date":
        fix += ", or give --date YYYY-MM-DD for every row"
    return ReadError(origin, f"{what} (the file has: {has})", fix, E_COLUMN)


def row_article(
    where: str, row: Mapping[str, object], columns: Mapping[str, str], default_date: str | None
) -> Article | ReadError:
    """The Article of one row or JSON object, with the user's column mapping and --date as default."""
    values = {f: row.get(columns.get(f, f)) for f in FIELDS}
    text = values["text"]
    cleaned = None
    if isinstance(text, str) and has_markup(text):  # an HTML body or escaped entities in the field
        values["text"], meta = clean_markup(text)
        cleaned = "html" if values["text"] != text else None
        for field, value in meta.items():  # a whole page's own title, URL, site and date fill empty fields
            if value and (_missing(values[field]) or values[field] == ""):
                values[field] = value
    if isinstance(values["title"], str) and has_markup(values["title"]):
        values["title"] = clean_markup(values["title"])[0]
    if (_missing(values["date"]) or values["date"] == "") and default_date:
        values["date"] = default_date
    return make_article(where, values.pop("text"), values.pop("date"), markup=cleaned, **values)
