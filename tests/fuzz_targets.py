"""Fuzz targets shared by tests/test_fuzz.py (a few hundred inputs each, in CI) and the Reliability benchmark
(10,000 each). Each target takes one generated input and asserts the invariants: no exception escapes,
every record's offsets slice the text to the recorded text."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile

from hypothesis import strategies as st

from newsgraph.errors import ReadError
from newsgraph.model import Article
from newsgraph.readers import read

# Text that stresses Unicode handling: control characters, right-to-left marks, emoji with joiners,
# combining marks, surrogate-free astral characters, odd spaces and line separators.
ODD = st.sampled_from(
    ["\u200d", "\u200f", "\u202e", "\u2028", "\u00a0", "\ufeff", "\x0b", "\x1b", "\u0301", "👩‍👩‍👧", "🇺🇦", "\t", "\r\n"]
)
WORDS = st.sampled_from(
    ["The", "minister", "said", "on", "Monday", "that", "police", "arrested", "12", "protesters", "in", "Lima",
     '"', "“", "”", ",", ".", "$4.5 million", "last week", "Ms.", "Okafor", "visited", "Kenya", "-", "’s"]
)
TEXT = st.lists(st.one_of(WORDS, ODD, st.text(max_size=8)), min_size=1, max_size=60).map(" ".join)


def read_bytes(data: bytes, suffix: str) -> list:
    """Every item a reader yields for ``data`` saved as a file named ``*suffix``; asserts the reader contract."""
    fd, path = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        items = list(read([path]))
    finally:
        os.unlink(path)
    for item in items:
        assert isinstance(item, Article | ReadError)
        if isinstance(item, ReadError):
            assert item.code.startswith(("E", "I")) and "\n" not in str(item)
        else:
            assert item.text.strip() and item.date
    return items


def json_lines(values: list) -> bytes:
    return "\n".join(json.dumps(v, ensure_ascii=False) for v in values).encode("utf-8", "surrogatepass")


def csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "date", "text"])
    writer.writerows(rows)
    return out.getvalue().encode("utf-8", "surrogatepass")


def check_offsets(record) -> None:
    """Every span of ``record`` slices the article text to its recorded text."""
    text = record.article.text
    for ent in record.entities:
        for m in ent.mentions:
            assert text[m.start : m.end] == m.text, (m, text)
    for t in record.times:
        assert text[t.start : t.end] == t.text
    for q in record.quantities:
        assert text[q.start : q.end] == q.text
    for q in record.quotes:
        assert 0 <= q.start <= q.end <= len(text)
    for ev in record.events:
        assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        assert 0 <= ev.sentence.start <= ev.sentence.end <= len(text)
    json.dumps(record.to_dict())  # always serialisable
