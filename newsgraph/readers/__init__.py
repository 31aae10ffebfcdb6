"""Readers: paths or streams -> ``Article`` or ``ReadError``. No exception escapes a reader."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ReadError
from ..model import Article
from . import jsonl, text

FORMATS = {".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def _decode(data: bytes, origin: str) -> str | ReadError:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ReadError(origin, "not UTF-8 text", "save the file as UTF-8")


def read_path(
    path: str, *, input_format: str | None = None, date: str | None = None, columns: dict[str, str] | None = None
) -> Iterator[Article | ReadError]:
    if path == "-":
        yield from jsonl.parse(sys.stdin.read(), "<stdin>", date, columns)
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(c for c in p.rglob("*") if c.is_file()):
            if child.suffix.lower() in FORMATS:
                yield from read_path(str(child), date=date, columns=columns)
        return
    fmt = input_format or FORMATS.get(p.suffix.lower())
    if fmt is None:
        yield ReadError(path, f"unknown input format {p.suffix!r}", "use --input-format text|jsonl")
        return
    try:
        data = p.read_bytes()
    except OSError as exc:
        yield ReadError(path, f"cannot read: {exc.strerror or exc}", "check the path and its permissions")
        return
    content = _decode(data, path)
    if isinstance(content, ReadError):
        yield content
    elif fmt == "jsonl":
        yield from jsonl.parse(content, path, date, columns)
    else:
        yield from text.parse(content, path, date)


def read(paths: Iterable[str], **options) -> Iterator[Article | ReadError]:
    """Every article in ``paths`` (files, folders, or ``-`` for JSON Lines on stdin), in order."""
    for path in paths:
        yield from read_path(path, **options)
