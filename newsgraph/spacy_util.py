"""Small helpers around spaCy objects that the extractors share."""

from __future__ import annotations

from typing import Any

_TEXT = "newsgraph_text"


def doc_text(doc: Any) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token again on each ``doc.text`` access, so an
    extractor that reads it in a loop becomes quadratic in the article's length."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text
