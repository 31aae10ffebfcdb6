"""Hostile input costs bounded memory and never a traceback: size caps, decompression bombs, deep HTML."""

from __future__ import annotations

import gzip
import io
import json

import pytest

import newsgraph.readers as readers
from newsgraph.errors import ReadError
from newsgraph.readers import bounded_lines, read
from newsgraph.readers.htmlpage import depth, flatten
from newsgraph.readers.jsonl import Oversize


def codes(items):
    return [x.code if isinstance(x, ReadError) else "ok" for x in items]


def test_an_article_over_max_chars_is_reported_not_truncated(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [{"date": "2025-01-02", "text": "Word " * n} for n in (10, 500, 20)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    items = list(read([str(path)], max_chars=1000))
    assert codes(items) == ["ok", "E111", "ok"]
    assert "2,500 characters (the limit is 1,000)" in items[1].reason and items[1].origin.endswith(":2")


@pytest.mark.parametrize(
    "data, limit, expected",
    [
        (b"ab\ncd\n", 10, [b"ab\n", b"cd\n"]),
        (b"ab\n" + b"x" * 50 + b"\ncd\n", 10, [b"ab\n", Oversize(51), b"cd\n"]),
        (b"x" * 50, 10, [Oversize(50)]),  # a last line without a newline
        (b"", 10, []),
    ],
)
def test_lines_longer_than_the_limit_are_skipped_in_place(data, limit, expected):
    assert list(bounded_lines(io.BytesIO(data), limit)) == expected


def test_an_oversize_json_line_is_one_error_and_the_next_line_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_LINE_BYTES", 200)
    monkeypatch.setattr(readers.bounded_lines, "__defaults__", (200,))
    path = tmp_path / "a.jsonl.gz"
    big = json.dumps({"date": "2025-01-02", "text": "Talks " * 100})
    small = json.dumps({"date": "2025-01-02", "text": "Talks resumed in Lima."})
    path.write_bytes(gzip.compress(f"{small}\n{big}\n{small}\n".encode()))
    items = list(read([str(path)]))
    assert codes(items) == ["ok", "E111", "ok"] and items[1].origin.endswith(":2")


def test_a_decompression_bomb_stops_at_the_file_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100_000)
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"date 2025-01-02\n" + b"a " * 5_000_000))  # ~10 MB inflated, 10 KB on disk
    (item,) = list(read([str(path)]))
    assert item.code == "E113" and "inflates to more than 100,000 bytes" in item.reason


def test_a_truncated_gzip_keeps_the_lines_before_the_break(tmp_path):
    lines = "".join(json.dumps({"date": "2025-01-02", "text": f"Item {i} of the feed."}) + "\n" for i in range(200))
    data = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = list(read([str(path)]))
    assert codes(items)[-1] == "E108" and "truncated" in items[-1].reason
    assert set(codes(items)[:-1]) == {"ok"} and len(items) > 1


@pytest.mark.parametrize("levels", [50, 5_000])
def test_deeply_nested_html_keeps_its_paragraph(tmp_path, levels):
    page = (
        '<html><head><meta property="article:published_time" content="2025-04-01"></head><body>'
        + "<div>" * levels
        + "<p>Engineers finished the new bridge over the river on Monday, two years after work began.</p>"
        + "</div>" * levels
        + "</body></html>"
    )
    path = tmp_path / "deep.html"
    path.write_text(page)
    (item,) = list(read([str(path)]))
    assert not isinstance(item, ReadError) and "new bridge" in item.text


@pytest.mark.parametrize(
    "html, deepest",
    [("<p>a</p>", 1), ("<div><div><br><p>x</p></div></div>", 3), ("<div><img src=x/><span/></div>", 1)],
)
def test_depth_counts_open_tags_not_void_ones(html, deepest):
    assert depth(html) == deepest


def test_flatten_leaves_a_normal_page_alone():
    page = "<div><p>Normal page.</p></div>"
    assert flatten(page) == page


@pytest.mark.parametrize(
    "length, max_chars, reason, raise_hint",
    [
        # one limit: the reader's old 2,000,000 bound spoke of its own limit, not the one the user set
        (2_000_001, None, "2,000,001 characters (the limit is 200,000)", True),
        (250_000, None, "250,000 characters (the limit is 200,000)", True),
        (250_000, 300_000, None, None),
        (2_000_001, 5_000_000, "2,000,001 characters (the limit is 2,000,000)", False),  # the ceiling
    ],
)
def test_one_length_limit_with_one_error(tmp_path, length, max_chars, reason, raise_hint):
    path = tmp_path / "a.txt"
    path.write_text("date 2025-01-02\n" + "w" * length)
    (item,) = list(read([str(path)], **({"max_chars": max_chars} if max_chars else {})))
    if reason is None:
        assert len(item.text) == length
        return
    assert item.code == "E111" and reason in item.reason
    assert ("--max-chars" in item.fix) is raise_hint


@pytest.mark.parametrize("as_article", [False, True])
def test_the_python_api_holds_the_same_limit(as_article):
    import newsgraph
    from newsgraph.readers.common import DEFAULT_MAX_CHARS

    text = "w" * (DEFAULT_MAX_CHARS + 1)
    item = newsgraph.Article(id="a", date="2025-01-02", text=text) if as_article else {"date": "2025-01-02", "text": text}
    with pytest.raises(newsgraph.InputError, match=f"the limit is {DEFAULT_MAX_CHARS:,}"):
        next(newsgraph.extract_many([item]))
