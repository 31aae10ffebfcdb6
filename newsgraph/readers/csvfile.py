"""CSV and TSV: one article per row, columns named like the article fields (``--text-column`` etc. map others).

The delimiter is the most frequent of , ; tab | in the header line (tab for ``.tsv``). Quoted fields may
span lines; an error names the line where its row starts (the header is line 1). Quoting is read
strictly: a stray quote is an error for its row, not a silently merged field.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping

from ..errors import E_COLUMN, E_CSV, ReadError
from ..model import Article
from .common import check_columns, row_article

_DELIMITERS = (",", ";", "\t", "|")


def _delimiter(header_line: str, tab: bool) -> str:
    if tab:
        return "\t"
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse(
    content: str,
    origin: str,
    default_date: str | None = None,
    columns: Mapping[str, str] | None = None,
    *,
    tab: bool = False,
) -> Iterator[Article | ReadError]:
    columns = columns or {}
    if csv.field_size_limit() < 2**31 - 1:
        csv.field_size_limit(2**31 - 1)  # an article is often longer than the default 128 KiB
    first_line = content.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=_delimiter(first_line, tab), strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        yield ReadError(
            origin, "empty CSV file: no header line", "write a header line: date,text,...", E_COLUMN
        )
        return
    except csv.Error as exc:
        yield ReadError(f"{origin}:1", f"malformed CSV header ({exc})", "fix the header line", E_CSV)
        return
    problem = check_columns(origin, header, columns, default_date)
    if problem is not None:
        yield problem
        return
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line = reader.line_num
            unclosed = "end of data" in str(exc)
            yield ReadError(
                f"{origin}:{start}",
                f"malformed CSV ({exc})" + ("; a quoted field opened here never closes" if unclosed else ""),
                'fix the quotes on that line (a quote inside a quoted field is written twice: "")',
                E_CSV,
            )
            continue
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        yield row_article(f"{origin}:{start}", dict(zip(header, row, strict=False)), columns, default_date)
