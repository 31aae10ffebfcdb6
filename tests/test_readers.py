"""Readers: every input format of SPEC section 1, encodings, and every kind of bad input as a coded ReadError.

Inputs are built in tmp_path by each test; nothing here loads the NLP pipeline.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsgraph.errors import Ignored, ReadError
from newsgraph.model import Article
from newsgraph.readers import read, read_path

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "seed" / "article.txt"


def read_file(tmp_path: Path, name: str, data: bytes | str, **options) -> list[Article | ReadError]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return list(read([str(path)], **options))


def one(items: list) -> Article | ReadError:
    assert len(items) == 1, items
    return items[0]


def codes(items: list) -> list[str]:
    return [x.code if isinstance(x, ReadError) else "ok" for x in items]


# --- dated text -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, date, text",
    [
        (" date 2025-03-27 US officials met.", "2025-03-27", "US officials met."),  # the seed layout
        ("date 2025-03-27\nUS officials met.\n", "2025-03-27", "US officials met."),
        ("date 2025-03-27\n\n\nUS officials met.", "2025-03-27", "US officials met."),
        ("\n\n  date 2025-03-27\n  US officials met.", "2025-03-27", "US officials met."),
        (
            "date 2025-03-27\r\nUS officials met.\r\nThen they left.\r\n",
            "2025-03-27",
            "US officials met.\r\nThen they left.",
        ),
        ("Date: 2025-03-27\nUS officials met.", "2025-03-27", "US officials met."),
        ("DATE 2025-03-27 US officials met.", "2025-03-27", "US officials met."),
        ("date 2025-03-27T09:30:00+01:00\nUS officials met.", "2025-03-27", "US officials met."),
        ("date 2025-03-27 date palms burned.", "2025-03-27", "date palms burned."),
    ],
)
def test_dated_text(tmp_path, content, date, text):
    article = one(read_file(tmp_path, "a.txt", content))
    assert isinstance(article, Article)
    assert (article.date, article.text) == (date, text)
    assert article.origin == str(tmp_path / "a.txt")


@pytest.mark.parametrize(
    "content, default, expected",
    [
        ("Officials met in Lima.", "2025-01-05", ("ok", "Officials met in Lima.")),
        ("Date palms burned in Basra.", "2025-01-05", ("ok", "Date palms burned in Basra.")),  # not a header
        ("Officials met in Lima.", None, ("E102", "no 'date YYYY-MM-DD' header")),
        (
            "date 2025-01-09 Officials met.",
            "2025-01-05",
            ("ok", "Officials met."),
        ),  # the header wins over --date
        ("date 27/03/2025 Officials met.", None, ("E103", "'27/03/2025'")),
        ("date 2025-02-30 Officials met.", "2025-01-05", ("E103", "'2025-02-30'")),
        ("date 2025-03-27\n   \n", None, ("E101", "only a 'date' header")),
        ("  \n\t\n", "2025-01-05", ("E101", "no words")),
        ("", None, ("E101", "no words")),
    ],
)
def test_dated_text_without_or_with_a_bad_header(tmp_path, content, default, expected):
    item = one(read_file(tmp_path, "a.txt", content, date=default))
    code, detail = expected
    if code == "ok":
        assert isinstance(item, Article) and item.text == detail
    else:
        assert isinstance(item, ReadError) and item.code == code and detail in item.reason
        assert item.fix  # every error says what to do


def test_the_seed_article_reads_with_its_leading_space_and_header_on_the_text_line():
    if not SEED.exists():
        pytest.skip("the shared seed article is not present")
    raw = SEED.read_text(encoding="utf-8")
    (article,) = read([str(SEED)])
    assert isinstance(article, Article)
    assert raw.startswith(" date 2025-03-27 ")
    assert article.date == "2025-03-27"
    assert article.text == raw[len(" date 2025-03-27 ") :].rstrip()
    assert article.text[0] == raw.strip()[len("date 2025-03-27 ")]  # the text starts at its first word


# --- encodings --------------------------------------------------------------------------------------------

FRENCH = "date 2025-03-27\nLe président a déclaré à Genève que l'accord était « historique » et qu'il irait à Nîmes."
QUOTES = "date 2025-03-27\nThe minister said \u201cwe will not retreat\u201d and the caf\u00e9 closed \u2013 again."
SPANISH = "date 2025-03-27\nEl ministro de Economía dijo que la inflación bajó en España durante el año."
POLISH = "date 2025-03-27\nMinister Łukasz Świątek powiedział, że rząd nie zgodzi się na żadne ustępstwa w sprawie ceł."
GERMAN = "date 2025-03-27\nPräsident Müller sagte, die Grüße kämen aus Köln und Düsseldorf."


@pytest.mark.parametrize(
    "content, encoding",
    [
        (FRENCH, "utf-8"),
        (FRENCH, "utf-8-sig"),
        (FRENCH, "utf-16"),  # with its BOM
        (FRENCH, "utf-16-le"),  # no BOM
        (FRENCH, "utf-16-be"),  # no BOM
        (FRENCH, "utf-32"),
        (FRENCH, "latin-1"),
        (QUOTES, "cp1252"),
        (SPANISH, "cp1252"),
        (GERMAN, "latin-1"),
        (POLISH, "cp1250"),
    ],
)
def test_encoding_is_detected(tmp_path, content, encoding):
    article = one(read_file(tmp_path, "a.txt", content.encode(encoding)))
    assert isinstance(article, Article), article
    assert article.text == content.split("\n", 1)[1]


@pytest.mark.parametrize(
    "data, code, detail",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "E104", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), "E104", "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "E104", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "E104", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "E104", "gzip"),
        (b"PAR1\x15\x04\x15\x90\x01\x15\x90\x01L\x15\x04", "E104", "Parquet"),
        (b"BZh91AY&SY\xa3\x8f\x1c\x9b\x00\x00", "E104", "bzip2"),
        (b"date 2025-03-27\nSome text\x00\x00\x01\x02 and more", "E104", "NUL"),
        (b"date 2025-03-27\n" + bytes([7, 8, 27, 1, 2, 3, 4, 5, 6]) * 20, "E104", "control characters"),
        ("date 2025-03-27\nCaf\u00e9 in Gen\u00e8ve".encode() + b" and \xe9 too", "E105", "mostly UTF-8"),
        (b"\xef\xbb\xbfdate 2025-03-27\nBOM says UTF-8 but \xe9 is not", "E105", "UTF-8"),
    ],
)
def test_binary_and_undecodable_bytes_are_clear_errors(tmp_path, data, code, detail):
    err = one(read_file(tmp_path, "a.txt", data))
    assert isinstance(err, ReadError)
    assert err.code == code and detail in err.reason and err.fix


@pytest.mark.parametrize("start", ["MZ", "ID3", "PAR1", "BZh", "OggS"])
def test_text_that_starts_like_a_binary_signature_is_text(tmp_path, start):
    article = one(
        read_file(
            tmp_path, "a.txt", f"{start} Holdings said on Monday it would cut 200 jobs.", date="2025-03-27"
        )
    )
    assert isinstance(article, Article) and article.text.startswith(start)


def test_random_bytes_are_never_read_as_an_article(tmp_path):
    import random

    data = random.Random(7).randbytes(4096).replace(b"\x00", b"\x01")
    err = one(read_file(tmp_path, "a.txt", b"date 2025-03-27\n" + data))
    assert isinstance(err, ReadError) and err.code in ("E104", "E105")


def test_a_huge_binary_file_is_recognised_from_its_first_bytes(tmp_path, monkeypatch):
    path = tmp_path / "video.txt"
    path.write_bytes(b"\x1a\x45\xdf\xa3" + bytes(1_000_000))
    err = one(list(read([str(path)])))
    assert isinstance(err, ReadError) and err.code == "E104" and "Matroska" in err.reason


# --- JSON Lines -------------------------------------------------------------------------------------------


def jl(*objs: object) -> str:
    return "\n".join(o if isinstance(o, str) else json.dumps(o, ensure_ascii=False) for o in objs) + "\n"


def test_jsonl_fields_and_line_numbers(tmp_path):
    content = jl(
        {
            "id": "a1",
            "date": "2025-03-27",
            "text": "Talks began.",
            "title": "T",
            "url": "https://x.org/a",
            "source": "X",
        },
        "",
        {"date": "2025-03-27T23:30:00-05:00", "text": "Talks ended."},
        {"date": "Thu, 27 Mar 2025 10:00:00 GMT", "text": "Feeds use RFC 2822 dates."},
    )
    a, b, c = read_file(tmp_path, "in.jsonl", content)
    assert (a.id, a.title, a.url, a.source, a.origin) == (
        "a1",
        "T",
        "https://x.org/a",
        "X",
        f"{tmp_path}/in.jsonl:1",
    )
    assert (b.date, b.origin) == ("2025-03-27", f"{tmp_path}/in.jsonl:3")  # its own calendar day, not UTC's
    assert c.date == "2025-03-27"
    assert b.id and b.id != c.id  # a stable id made from date and text


@pytest.mark.parametrize(
    "line, code, detail",
    [
        ('{"date": "2025-03-27", "text": broken}', "E106", "malformed JSON"),
        ('{"date": "2025-03-27", "text": "cut off', "E106", "malformed JSON"),
        # the reason names what is wrong in the line itself, not its line end, and says "at" once
        ('{"date": "2025-03-27", "text": "a feed cut mid-sentence', "E106", "(Unterminated string starting at column 32)"),
        ('{"date": "2025-03-27", "text": "a raw\ttab"}', "E106", "(Invalid control character at column 38)"),
        ('["2025-03-27", "a list"]', "E106", "not an object"),
        ("[" * 100_000, "E106", "nested too deeply"),
        ('"just a string"', "E106", "not an object"),
        (
            '{"date": "2025-03-27", "body": "x", "headline": "y"}',
            "E101",
            "no 'text' field (the object has: 'date', 'body', 'headline')",
        ),
        ('{"date": "2025-03-27", "text": null}', "E101", "no text"),
        ('{"date": "2025-03-27", "text": 42}', "E101", "not a string"),
        ('{"date": "2025-03-27", "text": "   "}', "E101", "empty text"),
        ('{"text": "Talks began."}', "E102", "no 'date' field"),
        ('{"date": "", "text": "Talks began."}', "E102", "no publication date"),
        ('{"date": null, "text": "Talks began."}', "E102", "no publication date"),
        ('{"date": "yesterday", "text": "Talks began."}', "E103", "'yesterday'"),
        ('{"date": "2025-13-01", "text": "Talks began."}', "E103", "'2025-13-01'"),
        ('{"date": 20250327, "text": "Talks began."}', "E103", "'20250327'"),
        ('{"date": "2025-03-27", "text": "a\\u0000b"}', "E104", "NUL"),
        ('{"date": "2025-03-27", "text": "half a pair \\ud800 here"}', "E105", "the text holds '\\ud800'"),
        ('{"date": "2025-03-27", "text": "Talks.", "title": "\\udc80"}', "E105", "the title holds"),
    ],
)
def test_jsonl_bad_lines_are_reported_with_their_line_and_the_rest_is_read(tmp_path, line, code, detail):
    good = {"date": "2025-03-27", "text": "Talks began."}
    items = read_file(tmp_path, "in.jsonl", jl(good, line, good))
    assert codes(items) == ["ok", code, "ok"]
    err = items[1]
    assert detail in err.reason and err.origin == f"{tmp_path}/in.jsonl:2" and err.fix


def test_jsonl_lines_split_on_newlines_only(tmp_path):
    text = "First\u2028second\u2029third\x85fourth\x0bfifth"
    content = json.dumps({"date": "2025-03-27", "text": text}, ensure_ascii=False) + "\r\n"
    assert one(read_file(tmp_path, "in.jsonl", content)).text == text


def test_jsonl_column_mapping_and_default_date(tmp_path):
    content = jl(
        {"body": "Talks began.", "published": "2025-03-27", "headline": "H"}, {"body": "Talks ended."}
    )
    mapping = {"text": "body", "date": "published", "title": "headline"}
    a, b = read_file(tmp_path, "in.ndjson", content, columns=mapping, date="2025-01-01")
    assert (a.text, a.date, a.title) == ("Talks began.", "2025-03-27", "H")
    assert (b.text, b.date, b.title) == ("Talks ended.", "2025-01-01", None)


def test_a_jsonl_line_in_another_encoding_costs_that_line_only(tmp_path):
    good = json.dumps(
        {"date": "2025-03-27", "text": "Caf\u00e9 owners met in Montr\u00e9al."}, ensure_ascii=False
    )
    bad = good.replace("Montr\u00e9al", "Qu\u00e9bec").encode("latin-1")
    items = read_file(tmp_path, "in.jsonl", good.encode() + b"\n" + bad + b"\n" + good.encode() + b"\n")
    assert codes(items) == ["ok", "E105", "ok"]
    assert items[1].origin.endswith("in.jsonl:2") and "not UTF-8" in items[1].reason


def test_stdin_json_lines_are_read_as_they_come(monkeypatch):
    consumed = []

    class Pipe:
        lines = [json.dumps({"date": "2025-03-27", "text": f"Line {i}."}).encode() + b"\n" for i in range(5)]

        def readline(self, size=-1):  # the reader bounds every line, as real streams allow
            return next(iter(self), b"")

        def __iter__(self):
            while self.lines:
                consumed.append(1)
                yield self.lines.pop(0)

    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=Pipe()))
    items = read_path("-")
    assert next(items).text == "Line 0." and len(consumed) <= 2  # not all five read before the first article
    assert [x.text for x in items] == ["Line 1.", "Line 2.", "Line 3.", "Line 4."]


def test_stdin_is_json_lines_by_default_and_may_be_another_format(monkeypatch):
    lines = jl({"date": "2025-03-27", "text": "Talks began."}, "{oops")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-16"))))
    items = list(read_path("-"))
    assert codes(items) == ["ok", "E106"] and items[1].origin == "<stdin>:2"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"date 2025-03-27\nTalks began.")))
    assert one(list(read_path("-", input_format="text"))).text == "Talks began."


# --- CSV --------------------------------------------------------------------------------------------------


def test_csv_rows_with_quoted_multiline_text_and_line_numbers(tmp_path):
    content = (
        "id,date,text,title\r\n"
        'a,2025-03-27,"First line,\nsecond ""quoted"" line",T\r\n'
        "b,,No date here,\r\n"
        "\r\n"
        "c,2025-03-28,Third,\r\n"
    )
    a, b, c = read_file(tmp_path, "in.csv", content)
    assert (a.id, a.text, a.title, a.origin) == (
        "a",
        'First line,\nsecond "quoted" line',
        "T",
        f"{tmp_path}/in.csv:2",
    )
    assert (b.code, b.origin) == ("E102", f"{tmp_path}/in.csv:4")
    assert (c.id, c.title, c.origin) == ("c", None, f"{tmp_path}/in.csv:6")


@pytest.mark.parametrize(
    "name, content",
    [
        ("in.csv", "date;text\n2025-03-27;Talks began, then stopped.\n"),
        ("in.csv", "date|text\n2025-03-27|Talks began, then stopped.\n"),
        ("in.tsv", "date\ttext\n2025-03-27\tTalks began, then stopped.\n"),
        ("in.csv", '\ufeffdate,text\n2025-03-27,"Talks began, then stopped."\n'),
        ("in.csv", ' date , text \n2025-03-27,"Talks began, then stopped."\n'),
    ],
)
def test_csv_delimiters_and_headers(tmp_path, name, content):
    article = one(read_file(tmp_path, name, content))
    assert (article.date, article.text) == ("2025-03-27", "Talks began, then stopped.")


def test_csv_in_a_legacy_encoding(tmp_path):
    content = "date,text\n2025-03-27,Le président a déclaré à Genève que l'accord était « historique ».\n"
    article = one(read_file(tmp_path, "in.csv", content.encode("cp1252")))
    assert article.text == "Le président a déclaré à Genève que l'accord était « historique »."


def test_csv_text_longer_than_the_csv_module_default_limit(tmp_path):
    text = "Talks went on. " * 10_000  # 150,000 characters: over csv's 131,072, under --max-chars
    article = one(read_file(tmp_path, "in.csv", f'date,text\n2025-03-27,"{text}"\n'))
    assert article.text == text


@pytest.mark.parametrize(
    "header, options, detail, fix",
    [
        (
            "id,body,date",
            {},
            "no 'text' column for the text (the file has: 'id', 'body', 'date')",
            "--text-column",
        ),
        ("id,text", {}, "no 'date' column for the date (the file has: 'id', 'text')", "--date YYYY-MM-DD"),
        (
            "id,body",
            {"columns": {"text": "content"}, "date": "2025-01-01"},
            "no 'content' column for the text",
            "--text-column",
        ),
        (
            "date,text",
            {"columns": {"title": "headline"}},
            "no 'headline' column for the title",
            "--title-column",
        ),
        (
            "text",
            {"columns": {"date": "published"}, "date": "2025-01-01"},
            "no 'published' column",
            "--date-column",
        ),
    ],
)
def test_csv_missing_column_is_one_error_for_the_file_naming_its_columns(
    tmp_path, header, options, detail, fix
):
    rows = "\n".join([header, *["1,x,y"] * 5]) + "\n"
    err = one(read_file(tmp_path, "in.csv", rows, **options))
    assert err.code == "E107" and detail in err.reason and fix in err.fix
    assert err.origin == str(tmp_path / "in.csv")


def test_csv_without_a_date_column_takes_date_option(tmp_path):
    article = one(read_file(tmp_path, "in.csv", "id,text\n1,Talks began.\n", date="2025-01-01"))
    assert (article.id, article.date) == ("1", "2025-01-01")


@pytest.mark.parametrize(
    "content, expected",
    [
        ("", ["E107"]),
        ("date,text\n", []),
        ('date,text\n2025-03-27,"unclosed\n2025-03-28,swallowed\n', ["E112"]),
        ('date,text\n2025-03-27,"stray"quote\n2025-03-28,"fine, ""really"""\n', ["E112", "ok"]),
        ('date,text\n2025-03-28,He said "hi" loudly\n', ["ok"]),
        ("date,text\n2025-03-27,Some text\x00 with NUL\n", ["E104"]),
    ],
)
def test_csv_empty_or_broken(tmp_path, content, expected):
    items = read_file(tmp_path, "in.csv", content)
    assert codes(items) == expected
    assert all(x.fix for x in items if isinstance(x, ReadError))


# --- Parquet ----------------------------------------------------------------------------------------------


def write_parquet(path: Path, columns: dict[str, list]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table(columns), path)


def test_parquet_rows_dates_of_any_type_and_bad_rows(tmp_path):
    from datetime import date, datetime

    path = tmp_path / "in.parquet"
    write_parquet(
        path,
        {
            "id": [1, 2, 3, 4],
            "body": ["Talks began.", None, "Talks ended.", "Talks resumed."],
            "published": [datetime(2025, 3, 27, 23, 30), datetime(2025, 3, 28), None, datetime(2025, 3, 29)],
            "day": [date(2025, 3, 1)] * 4,
        },
    )
    items = list(read([str(path)], columns={"text": "body", "date": "published"}, date="2025-01-01"))
    assert codes(items) == ["ok", "E101", "ok", "ok"]
    assert [(x.id, x.date) for x in items if isinstance(x, Article)] == [
        ("1", "2025-03-27"),
        ("3", "2025-01-01"),
        ("4", "2025-03-29"),
    ]
    assert items[1].origin == f"{path}:2"
    (article, *_) = read([str(path)], columns={"text": "body", "date": "day"})
    assert article.date == "2025-03-01"


def test_parquet_missing_column_names_the_columns_it_has(tmp_path):
    path = tmp_path / "in.parquet"
    write_parquet(path, {"date": ["2025-03-27"], "body": ["Talks began."]})
    err = one(list(read([str(path)])))
    assert err.code == "E107" and "the file has: 'date', 'body'" in err.reason and "--text-column" in err.fix


def test_a_file_that_is_not_parquet(tmp_path):
    err = one(read_file(tmp_path, "in.parquet", "date,text\n2025-03-27,Talks\n"))
    assert err.code == "E108" and "not a readable Parquet file" in err.reason


# --- HTML -------------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>Port workers strike over pay | The Daily Example</title>
<meta property="og:title" content="Port workers strike over pay">
<meta property="og:site_name" content="The Daily Example">
<link rel="canonical" href="https://news.example.org/2024/port-strike">
{date_meta}
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Port workers strike over pay</h1>
<p>Dock workers in Rotterdam walked off the job on Monday, halting container traffic at Europe's largest port
as a dispute over wages escalated between the union and the port's main terminal operator.</p>
<p>“We have waited two years for a fair offer,” union spokeswoman Anna de Vries told reporters outside the
terminal in Maasvlakte. The port authority said talks would resume on Thursday in the presence of a mediator.</p>
<p>Shipping companies warned that a long stoppage could delay deliveries across the continent for weeks.</p>
</article>
<footer>Copyright 2023 The Daily Example. Subscribe to our newsletter.</footer>
</body></html>
"""
DATED = '<meta property="article:published_time" content="2024-05-14T08:30:00Z">'


def page(date_meta: str = DATED, charset: str = "utf-8") -> bytes:
    return PAGE.format(date_meta=date_meta, charset=charset).encode(charset)


def test_html_text_date_and_metadata_from_the_page(tmp_path):
    article = one(read_file(tmp_path, "story.html", page(), date="2025-01-01"))
    assert article.date == "2024-05-14"  # the page's date wins over --date
    assert article.title == "Port workers strike over pay"
    assert article.url == "https://news.example.org/2024/port-strike"
    assert article.source == "The Daily Example"
    assert "Dock workers in Rotterdam walked off the job on Monday" in article.text
    assert "“We have waited two years for a fair offer,”" in article.text
    assert "Subscribe" not in article.text and "Sport" not in article.text


@pytest.mark.parametrize(
    "name, date_meta, default, expected",
    [
        ("story.htm", "", "2025-01-01", "2025-01-01"),  # no date in the page: --date
        ("story.html", "", None, "E102"),  # and the footer's "Copyright 2023" is not a date
        (
            "story.HTML",
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-13"}</script>',
            None,
            "2024-05-13",
        ),
    ],
)
def test_html_date_from_metadata_or_option(tmp_path, name, date_meta, default, expected):
    item = one(read_file(tmp_path, name, page(date_meta), date=default))
    assert (item.date if isinstance(item, Article) else item.code) == expected


def test_xhtml_with_an_xml_declaration(tmp_path):
    data = b'<?xml version="1.0" encoding="UTF-8"?>\n' + page()
    assert one(read_file(tmp_path, "story.xhtml.html", data)).date == "2024-05-14"


def test_html_in_its_declared_legacy_charset(tmp_path):
    article = one(read_file(tmp_path, "story.html", page(charset="windows-1252")))
    assert "“We have waited two years for a fair offer,”" in article.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Nothing</title></head><body></body></html>",
        "",
    ],
)
def test_html_without_article_text(tmp_path, html):
    err = one(read_file(tmp_path, "empty.html", html, date="2025-01-01"))
    assert err.code == "E101" and "no article text" in err.reason


# --- paths and folders ------------------------------------------------------------------------------------


def test_folders_are_read_recursively_in_a_stable_order_and_other_files_are_ignored_by_name(tmp_path):
    names = [
        "b.txt",
        "a/z.txt",
        "a/b/c.txt",
        "a.txt",
        "A.txt",
        "a/notes.md",
        ".hidden.txt",
        ".git/x.txt",
        "a/.DS_Store",
    ]
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"date 2025-03-27\nArticle {name}.", encoding="utf-8")
    items = list(read([str(tmp_path)]))
    rel = [os.path.relpath(x.origin, tmp_path) for x in items]
    assert rel == ["A.txt", "a/b/c.txt", "a/notes.md", "a/z.txt", "a.txt", "b.txt"]
    assert [type(x).__name__ for x in items] == [
        "Article",
        "Article",
        "Ignored",
        "Article",
        "Article",
        "Article",
    ]
    assert isinstance(items[2], Ignored) and items[2].extension == ".md"


def test_input_format_applies_to_every_file_of_a_folder(tmp_path):
    (tmp_path / "one.story").write_text("date 2025-03-27\nTalks began.", encoding="utf-8")
    (tmp_path / "two").write_text("date 2025-03-28\nTalks ended.", encoding="utf-8")
    assert [x.date for x in read([str(tmp_path)], input_format="text")] == ["2025-03-27", "2025-03-28"]


@pytest.mark.parametrize(
    "name",
    [
        "with space.txt",
        "ünïcødé – 記事.txt",
        "-leading-dash.txt",
        "--double.txt",
        "quote'and\"dq.txt",
        "semi;colon&amp.txt",
    ],
)
def test_odd_file_names(tmp_path, name):
    article = one(read_file(tmp_path, name, "date 2025-03-27\nTalks began."))
    assert isinstance(article, Article) and article.origin == str(tmp_path / name)


def test_a_newline_in_a_file_name_stays_on_one_line_of_stderr(tmp_path):
    err = one(read_file(tmp_path, "two\nlines.txt", "no date here"))
    assert err.code == "E102" and "\n" not in str(err) and "two\\nlines.txt" in str(err)


def test_undecodable_bytes_in_a_file_name_are_shown_escaped(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")
    try:
        (tmp_path / name).write_text("date 2025-03-27\nTalks began.", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system does not take undecodable names")
    article = one(list(read([str(tmp_path)])))
    assert article.origin.endswith("caf\\xe9.txt")
    json.dumps(article.origin, ensure_ascii=False).encode("utf-8")  # writable to stdout


@pytest.mark.parametrize(
    "make, code, detail",
    [
        (lambda p: None, "E109", "no such file or folder"),
        (lambda p: p.symlink_to(p.parent / "gone.txt"), "E109", "no such file or folder"),
        (lambda p: p.symlink_to("/dev/null"), "E108", "not a regular file"),
        (lambda p: p.write_text("# notes"), "E110", "unknown file type '.md'"),
    ],
)
def test_paths_that_cannot_be_read(tmp_path, make, code, detail):
    path = tmp_path / ("notes.md" if code == "E110" else "x.txt")
    make(path)
    err = one(list(read([str(path)])))
    assert err.code == code and detail in err.reason and err.fix


def test_a_pipe_inside_a_folder_is_reported_not_waited_for(tmp_path):
    os.mkfifo(tmp_path / "a.jsonl")
    (tmp_path / "b.txt").write_text("date 2025-03-27\nTalks began.", encoding="utf-8")
    items = list(read([str(tmp_path)]))
    assert codes(items) == ["E108", "ok"] and "pipe" in items[0].reason


@pytest.mark.parametrize(
    "path", ["bad\x00name.txt", "x" * 5000 + ".txt", "/no/such/folder/" + "y" * 300 + "/a.txt"]
)
def test_impossible_paths_are_errors_not_exceptions(path):
    err = one(list(read([path])))
    assert isinstance(err, ReadError) and err.code in ("E108", "E109")
    assert "\x00" not in str(err)


def test_a_missing_path_with_a_leading_dash_suggests_dot_slash():
    err = one(list(read(["-no-such-file.txt"])))
    assert err.code == "E109" and "./NAME" in err.fix


def test_an_unreadable_file_is_an_error_and_the_folder_goes_on(tmp_path, monkeypatch):
    import newsgraph.readers as readers

    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("date 2025-03-27\nTalks began.", encoding="utf-8")

    def deny(path, *args, **kwargs):
        if str(path).endswith("b.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(readers, "open", deny, raising=False)
    items = list(read([str(tmp_path)]))
    assert codes(items) == ["ok", "E108", "ok"] and "Permission denied" in items[1].reason


def test_no_exception_escapes_a_reader(tmp_path, monkeypatch):
    from newsgraph.readers import jsonl

    def boom(*args, **kwargs):
        raise RuntimeError("unexpected")
        yield

    monkeypatch.setattr(jsonl, "parse_bytes_lines", boom)  # JSON Lines files stream line by line
    (tmp_path / "a.jsonl").write_text("{}", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2025-03-27\nTalks began.", encoding="utf-8")
    items = list(read([str(tmp_path)]))
    assert codes(items) == ["E199", "ok"] and "RuntimeError: unexpected" in items[0].reason


@pytest.mark.parametrize(
    "name, content",
    [
        ("a.txt.gz", b"date 2025-03-27\nTalks began."),
        ("a.jsonl.gz", b'{"date": "2025-03-27", "text": "Talks began."}\n'),
        ("a.tsv.gz", b"date\ttext\n2025-03-27\tTalks began.\n"),
        (
            "a.HTML.GZ",
            PAGE.format(date_meta=DATED, charset="utf-8").replace("2024-05-14", "2025-03-27").encode(),
        ),
    ],
)
def test_gzip_compressed_files(tmp_path, name, content):
    import gzip

    article = one(read_file(tmp_path, name, gzip.compress(content)))
    assert isinstance(article, Article) and article.date == "2025-03-27"


def test_gzip_compressed_parquet(tmp_path):
    import gzip

    write_parquet(tmp_path / "in.parquet", {"date": ["2025-03-27"], "text": ["Talks began."]})
    article = one(read_file(tmp_path, "in.parquet.gz", gzip.compress((tmp_path / "in.parquet").read_bytes())))
    assert article.text == "Talks began."


@pytest.mark.parametrize(
    "data, detail",
    [
        (lambda gz: gz[: len(gz) // 2], "truncated gzip"),
        (lambda gz: b"not gzip at all", "not a readable gzip file"),
    ],
)
def test_broken_gzip_files(tmp_path, data, detail):
    import gzip

    gz = gzip.compress(b"date 2025-03-27\n" + b"Talks began and went on. " * 200)
    err = one(read_file(tmp_path, "a.txt.gz", data(gz)))
    assert err.code == "E108" and detail in err.reason


def test_compressed_files_of_other_types_in_a_folder_are_ignored(tmp_path):
    (tmp_path / "backup.tar.gz").write_bytes(b"\x1f\x8b")
    item = one(list(read([str(tmp_path)])))
    assert isinstance(item, Ignored) and item.extension == ".gz"
    err = one(list(read([str(tmp_path / "backup.tar.gz")])))
    assert err.code == "E110" and "'.tar.gz'" in err.reason


def test_too_long_text_is_bad_input(tmp_path):
    from newsgraph.readers.common import MAX_TEXT_CHARS

    err = one(read_file(tmp_path, "a.txt", "date 2025-03-27\n" + "x" * (MAX_TEXT_CHARS + 1)))
    assert err.code == "E111"


# --- how far the readers are (a progress bar without a second read) -------------------------------------


def _lines(n: int) -> str:
    return "".join(json.dumps({"id": f"a{k}", "date": "2025-01-02", "text": f"Article number {k}."}) + "\n" for k in range(n))


@pytest.mark.parametrize(
    "files",
    [
        {"a.txt": "date 2025-01-02\nOne article."},
        {"feed.jsonl": _lines(5)},
        {"feed.jsonl.gz": _lines(40)},
        {"sub/a.txt": "date 2025-01-02\nOne.", "sub/b.jsonl": _lines(3), "sub/notes.pdf": "not read", "sub/.hidden.txt": "x"},
        {"rows.csv": "id,date,text\nr1,2025-01-02,First row.\nr2,2025-01-02,Second row.\n"},
    ],
)
def test_the_meter_ends_at_the_input_size_and_never_goes_back(tmp_path, files):
    import gzip

    from newsgraph.readers import InputMeter, input_size

    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8")
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    paths = [str(tmp_path)] if len(files) > 1 else [str(tmp_path / next(iter(files)))]  # a folder, or a file named
    meter = InputMeter()
    readings = []
    for item in read(paths, meter=meter):
        if isinstance(item, Article):
            readings.append(meter.done)
    assert readings and readings == sorted(readings)
    assert 0 < readings[0] and meter.done == input_size(paths)


def test_stdin_has_no_input_size():
    from newsgraph.readers import input_size

    assert input_size(["-"]) is None


# --- HTML inside a text field -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fragment: block tags are paragraphs, inline tags nothing, entities their characters
        ("<p>Ferries stopped on Monday.</p><p>Crews &amp; pilots <b>walked out</b>.</p>",
         "Ferries stopped on Monday.\n\nCrews & pilots walked out."),
        ("Line one<br>line two<br/>line three", "Line one\nline two\nline three"),
        ("<div><h2>Talks end</h2><ul><li>Wages</li><li>Hours</li></ul></div>", "Talks end\n\nWages\n\nHours"),
        # entities without tags
        ("Mora &amp; Sons said &quot;no&quot; to the offer&#33;", 'Mora & Sons said "no" to the offer!'),
        ("The fee rose&nbsp;3%.", "The fee rose\u00a03%."),
        # a script's code is not text
        ("<p>Rain fell.</p><script>var a = 1;</script><p>Roads shut.</p>", "Rain fell.\n\nRoads shut."),
        # no markup: the text as it came
        ("Turnout was <50% in Lima, and AT&T fell.", "Turnout was <50% in Lima, and AT&T fell."),
        ("Growth of 3 <5 and 7 > 2.", "Growth of 3 <5 and 7 > 2."),
        # never lose text: a tag named in the story that would swallow the rest stays as written
        ("Attackers hid a <script> tag in the page, the bank said.", "Attackers hid a <script> tag in the page, the bank said."),
    ],
)
def test_markup_in_a_json_text_field_is_cleaned(tmp_path, text, expected):
    art = one(read_file(tmp_path, "a.jsonl", json.dumps({"date": "2025-03-27", "text": text})))
    assert art.text == expected
    # a cleaned article's record carries the text its offsets count into, as the input holds the markup
    header = art.header()
    assert (header.get("markup"), header.get("text")) == (("html", expected) if expected != text else (None, None))


def test_a_whole_page_in_a_text_field_is_read_as_an_html_file_is(tmp_path):
    page = (
        "<html><head><title>Dam opens | Lake Post</title></head><body><nav><a href='/'>Home</a> | Subscribe</nav>"
        "<article><p>Engineers opened the spillway of the Vardo dam on Monday after a week of rain.</p>"
        "<p>Villages downstream were told to move to higher ground before the water arrived.</p></article>"
        "<footer>Copyright Lake Post</footer></body></html>"
    )
    art = one(read_file(tmp_path, "a.jsonl", json.dumps({"date": "2025-03-27", "text": page})))
    assert art.text.startswith("Engineers opened the spillway") and "higher ground" in art.text
    assert not any(s in art.text for s in ("<", "Subscribe", "Copyright"))
    assert art.title == "Dam opens" and art.date == "2025-03-27"  # the page title without the site name


@pytest.mark.parametrize(
    "name, data",
    [
        ("a.csv", 'date,title,text\n2025-03-27,Rain &amp; wind,"<p>Storms hit Lima.</p><p>Schools shut.</p>"\n'),
        ("a.tsv", "date\ttitle\ttext\n2025-03-27\tRain &amp; wind\t<p>Storms hit Lima.</p><p>Schools shut.</p>\n"),
    ],
)
def test_markup_in_csv_cells_is_cleaned_in_text_and_title(tmp_path, name, data):
    art = one(read_file(tmp_path, name, data))
    assert (art.text, art.title) == ("Storms hit Lima.\n\nSchools shut.", "Rain & wind")


@pytest.mark.parametrize(
    "meta, code, date",
    [
        # a page in a field with no date field carries its own date, as an .html file does
        ('<meta property="article:published_time" content="2025-06-02T08:00:00Z">', "ok", "2025-06-02"),
        ("", "E102", None),  # neither the row nor the page has one
    ],
)
def test_a_page_in_a_text_field_dates_itself(tmp_path, meta, code, date):
    page = (f"<html><head>{meta}<title>Ferry back</title></head><body><article><p>The ferry to Vardo sailed "
            "again on Monday after a week of storms kept it in port.</p></article></body></html>")
    item = one(read_file(tmp_path, "a.jsonl", json.dumps({"id": "f1", "text": page})))
    assert codes([item]) == [code] and getattr(item, "date", None) == date
