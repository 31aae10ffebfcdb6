"""Dated text: optional leading whitespace, ``date YYYY-MM-DD``, then the text (same line or next lines)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import ReadError
from ..model import Article
from .common import make_article

_HEADER = re.compile(r"^\s*date[ \t]+(\S+)[ \t]*(?:\r?\n)?[ \t]*", re.IGNORECASE)


def parse(content: str, origin: str, default_date: str | None = None) -> Iterator[Article | ReadError]:
    m = _HEADER.match(content)
    if m:
        yield make_article(origin, content[m.end() :].rstrip(), m[1])
    else:
        text = content.strip()
        if default_date is None:
            yield ReadError(
                origin,
                "no 'date YYYY-MM-DD' header",
                "start the file with 'date YYYY-MM-DD', or pass --date for undated .txt files",
            )
        else:
            yield make_article(origin, text, default_date)
