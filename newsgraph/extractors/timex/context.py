"""The words around a candidate match, read cheaply: short windows of the article text, never a copy of the
rest of it (the checks run on every candidate of every article)."""

from __future__ import annotations

import re

from newsgraph.spacy_util import doc_text

__all__ = ["OF_WORD", "UNIT_WORDS", "next_word", "prev_word", "span_at", "text_before"]


def span_at(doc, start: int, end: int):
    return doc.char_span(start, end, alignment_mode="expand")


def prev_word(text: str, start: int) -> str:
    m = re.search(r"(\S+)\s*$", text[max(0, start - 80) : start])  # a window: "$" searches are linear
    return m.group(1).lower() if m else ""


def text_before(doc, start: int) -> str:
    """The text just before ``start`` (a short window, so that "...$" searches stay cheap)."""
    return doc_text(doc)[max(0, start - 80) : start]


UNIT_WORDS = re.compile(r"(?i)(second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur)")
NEXT_WORD = re.compile(r"\s*([\w'’%-]+|\S)")
OF_WORD = re.compile(r"\s*of\s+(\S+)")


def next_word(text: str, end: int) -> str:
    m = NEXT_WORD.match(text, end)  # match at a position: no copy of the rest of the article
    return m.group(1) if m else ""
