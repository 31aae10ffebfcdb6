"""HTML inside a text field (JSON Lines, CSV, Parquet): feeds often carry an article's body as HTML, or as text
with entities left escaped ("Smith &amp; Sons"). Markup and entities are not words of the article: left in,
they become names, quotes and offsets of their own.

A whole page in a field (``<html>``, ``<body>``, a doctype) is read exactly as an ``.html`` file is
(``htmlpage.page``: trafilatura drops the navigation, scripts and comments, and the page's title, URL and site
name fill fields the row lacks). A fragment ("<p>...</p><p>...</p>") has no boilerplate to drop, so every piece
of its text is kept: block tags become paragraph breaks, inline tags nothing, entities their characters.
Either way the text the record holds, and every offset into it, is the cleaned text.

Never lose text: a fragment whose cleaned form holds fewer letters and digits than the field shows outside its
tags (a "<script>" mentioned in an article and never closed would swallow the rest) is kept as it came, and a
page where trafilatura finds no article falls back to the fragment reading.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# tags of HTML (not "<5%" or "<Reuters>"): an article body in a feed uses these
_TAG = re.compile(
    r"</?(?:a|abbr|article|aside|b|blockquote|body|br|caption|center|cite|code|dd|div|dl|dt|em|figcaption|figure|"
    r"font|footer|h[1-6]|head|header|hr|html|i|iframe|img|li|link|main|meta|nav|noscript|ol|p|pre|q|s|script|"
    r"section|small|span|strong|style|sub|sup|table|tbody|td|th|thead|time|title|tr|u|ul)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^<>]*>")
_HIDDEN_BLOCK = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)

_BLOCKS = frozenset(
    "address article aside blockquote caption dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr "
    "li main nav ol p pre section table tbody td th thead tr ul".split()
)
_HIDDEN = frozenset({"script", "style", "noscript", "template"})


def has_markup(text: str) -> bool:
    """The text holds HTML tags or escaped entities."""
    return bool(_TAG.search(text) or _ENTITY.search(text))


def is_page(text: object) -> bool:
    """The text is a whole HTML page, which may carry its own publication date."""
    return isinstance(text, str) and bool(_PAGE.search(text)) and bool(_TAG.search(text))


def clean(text: str) -> tuple[str, dict[str, str | None]]:
    """(the text without its markup, the page's metadata: title, url, source, date). The text comes back as it
    was when cleaning would lose some of it."""
    if not _TAG.search(text):
        return _ENTITY.sub(lambda m: html.unescape(m[0]), text), {}
    if _PAGE.search(text):  # a whole page (is_page, with its tags already found above)
        from .htmlpage import page

        found = page(text)
        if found is not None:
            return found
    cleaned = fragment_text(text)
    return (cleaned, {}) if _keeps_every_word(text, cleaned) else (text, {})


class _Text(HTMLParser):
    """The text of an HTML fragment: paragraphs at block tags, nothing from scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def fragment_text(text: str) -> str:
    """Every piece of text of an HTML fragment, one paragraph per block, separated by a blank line."""
    parser = _Text()
    parser.feed(text)
    parser.close()
    joined = "".join(parser.parts).replace("\u00a0", " ")
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in joined.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _keeps_every_word(original: str, cleaned: str) -> bool:
    """The cleaned text has every letter and digit the field shows outside its tags, scripts and styles."""
    visible = html.unescape(_ANY_TAG.sub(" ", _HIDDEN_BLOCK.sub(" ", original)))
    return _alnum(cleaned) >= _alnum(visible)


def _alnum(text: str) -> int:
    return sum(ch.isalnum() for ch in text)
