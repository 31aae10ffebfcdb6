"""HTML pages (``.html``, ``.htm``): the article text with the boilerplate removed, by trafilatura.

The date is the page's own publication date from its metadata (``article:published_time``, JSON-LD,
``<time>``...), found without guessing from loose text (a "Copyright 2024" footer is not a date), else
``--date``. Title, canonical URL and site name come from the page metadata when present. Comments
sections are left out. The text's offsets count into the extracted text, which is what the record holds.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from ..errors import E_EMPTY, E_NO_DATE, ReadError
from ..model import Article
from .common import make_article, parse_date
from .encoding import decode

# trafilatura and htmldate log page problems; the reader reports them itself, so keep them off stderr
# unless the user configured logging.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# lxml (under trafilatura) stops building the tree at 256 levels and the text below is lost. A page nested
# deeper (10,000 wrapper <div>s, hostile or broken) is flattened first: layout tags carry no article text, so
# dropping them (not their content) keeps every paragraph.
MAX_DEPTH = 200
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*?(/?)>")
_LAYOUT = re.compile(
    r"</?(?:div|span|section|font|center|table|tbody|thead|tr|td|th|ul|ol|li|dl|dd|dt|b|i|u|em|strong|small|big)\b[^>]*>",
    re.IGNORECASE,
)
_VOID = {"br", "img", "meta", "link", "hr", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}


def depth(content: str) -> int:
    """The deepest nesting of tags in ``content``, counted roughly (unclosed tags count as open)."""
    level = deepest = 0
    for m in _TAG.finditer(content):
        if m[1]:
            level = max(level - 1, 0)
        elif not m[3] and m[2].lower() not in _VOID:
            level += 1
            deepest = max(deepest, level)
    return deepest


def flatten(content: str) -> str:
    """``content`` without its layout tags when it nests deeper than the HTML parser can follow."""
    return _LAYOUT.sub(" ", content) if depth(content) > MAX_DEPTH else content


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_DATE_OPTIONS = {"extensive_search": False, "original_date": True}


def decode_html(data: bytes, origin: str) -> str | ReadError:
    """Like ``encoding.decode``, but a page that is not UTF-8 is first read in its declared charset."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        m = _META_CHARSET.search(data[:4096])
        if m:
            try:
                return data.decode(m[1].decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(data, origin)


def page(content: str) -> tuple[str, dict[str, str | None]] | None:
    """(the article text of a page, its metadata: title, url, source, date), or None if it holds no article
    text. Used for ``.html`` files and for pages inside a text field of a feed (``markup``)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        flatten(content), with_metadata=True, include_comments=False, date_extraction_params=_DATE_OPTIONS
    )
    assert not isinstance(doc, dict), "a Document unless as_dict=True, which is not asked for"
    text = (doc.text or "").strip() if doc is not None else ""
    if doc is None or not text:
        return None
    date = parse_date(doc.date) if doc.date else None
    return text, {"title": doc.title, "url": doc.url, "source": doc.sitename, "date": date}


def parse(content: str, origin: str, default_date: str | None = None) -> Iterator[Article | ReadError]:
    found = page(content)
    if found is None:
        yield ReadError(
            origin,
            "empty text: no article text found in the page",
            "check that the page holds an article",
            E_EMPTY,
        )
        return
    text, meta = found
    date = meta["date"] or default_date
    if date is None:
        yield ReadError(
            origin,
            "no publication date: none in the page's metadata",
            "pass --date YYYY-MM-DD for pages without a date",
            E_NO_DATE,
        )
        return
    yield make_article(origin, text, date, title=meta["title"], url=meta["url"], source=meta["source"], markup="html")
