"""Dated text: optional leading whitespace, ``date YYYY-MM-DD``, then the text (same line or next lines).

This is the layout of ``eval/seed/article.txt``: `` date 2025-03-27 US President...``. The text is
everything after the date and the whitespace that follows it, with trailing whitespace removed; offsets
count from its first character. A first word ``date`` followed by something that is not a date-like token (digits and a
separator: "Date palms grow...") is not a header: the file is undated text. A header whose value starts like a date
but does not parse ("date 27/03/2025") is an unparseable date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import E_EMPTY, E_NO_DATE, ReadError
from ..model import Article
from .common import make_article

_HEADER = re.compile(r"\A\s*date(?:[ \t]*:)?[ \t]+(\d{1,4}[-/.]\S*)\s*", re.IGNORECASE)


def parse(content: str, origin: str, default_date: str | None = None) -> Iterator[Article | ReadError]:
    m = _HEADER.match(content)
    if m:
        if m.end() == len(content):
            yield ReadError(
                origin, "empty text: only a 'date' header", "put the article text after the date", E_EMPTY
            )
            return
        yield make_article(origin, content[m.end() :].rstrip(), m[1])
        return
    text = content.strip()
    if not text:
        yield ReadError(origin, "empty text: the file has no words", "drop the file or fill it", E_EMPTY)
    elif default_date is None:
        yield ReadError(
            origin,
            "no publication date: no 'date YYYY-MM-DD' header",
            "start the file with 'date YYYY-MM-DD', or pass --date for undated .txt files",
            E_NO_DATE,
        )
    else:
        yield make_article(origin, text, default_date)
