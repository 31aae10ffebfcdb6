"""Records as plain data between processes and machines: dicts (records.py) and a Parquet dataset (parquet.py).

    to_plain(record) -> dict             the SPEC section 2 dict plus the article's text and language
    from_plain(dict) -> ArticleRecord    the inverse, for records kept as JSON (a Spark job, a file)
    write_dataset(records, DIR)          DIR/<table>/month=YYYY-MM/*.parquet, each file written atomically
    read_dataset(DIR)                    the records of such a dataset, for ``newsgraph ingest DIR``, built
                                         from the Arrow columns (columns.py)
"""

from __future__ import annotations

from .records import from_plain, to_plain

__all__ = ["from_plain", "to_plain"]
