"""Readers: paths or streams -> ``Article`` or ``ReadError``. No exception escapes a reader.

    read(paths, input_format=None, date=None, columns=None, max_chars=DEFAULT_MAX_CHARS, meter=None)
                                                  every article of files, folders and "-" (stdin)
    input_size(paths, input_format=None)          bytes on disk of the files ``read`` reads (None for stdin),
                                                  to set a progress ``meter`` (``readers.meter``) against

Limits, so that hostile input costs bounded memory: an article longer than ``max_chars`` is bad input
(E111); formats read whole stop at ``MAX_FILE_BYTES`` after decompression (E113); JSON Lines stream line by
line (constant memory in the number of articles), and a line over ``MAX_LINE_BYTES`` is skipped (E111).

The format of a file comes from its extension (FORMATS; a further ``.gz`` means gzip-compressed, as
in ``feed.jsonl.gz``), or from ``input_format`` for every file, including those inside folders.
Folders are read recursively in a stable order (sorted by path), skipping hidden files and folders
(names starting with "."), without following symbolic links to folders. A file inside a folder whose
extension is not an article format is yielded as ``Ignored`` (counted by the CLI, not bad input); the
same file named on the command line is bad input. The user's documentation is docs/input.md.
"""

from __future__ import annotations

import gzip
import io
import itertools
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from ..errors import (
    E_BUG,
    E_ENCODING,
    E_FILE_TOO_LARGE,
    E_FORMAT,
    E_NOT_FOUND,
    E_UNREADABLE,
    Ignored,
    ReadError,
)
from ..model import Article
from . import csvfile, htmlpage, jsonl, parquet, text
from .common import DEFAULT_MAX_CHARS, MAX_FILE_BYTES, MAX_LINE_BYTES, display_path, too_long
from .encoding import binary_kind, decode
from .meter import InputMeter

FORMATS = {
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
    ".html": "html",
    ".htm": "html",
}
STDIN = "-"

Item = Article | ReadError


def read(
    paths: Iterable[str], *, max_chars: int = DEFAULT_MAX_CHARS, meter: InputMeter | None = None, **options
) -> Iterator[Item]:
    """Every article in ``paths`` (files, folders, or ``-`` for stdin), in order; an article whose text is
    longer than ``max_chars`` comes as a ReadError (E111), never truncated. ``meter``: told how many bytes
    of the input have been read, as they are."""
    for path in paths:
        for item in read_path(path, meter=meter, **options):
            yield (too_long(item, max_chars) or item) if isinstance(item, Article) else item


def read_path(
    path: str | os.PathLike[str],
    *,
    input_format: str | None = None,
    date: str | None = None,
    columns: Mapping[str, str] | None = None,
    meter: InputMeter | None = None,
) -> Iterator[Item]:
    """Every article of one path: a file, a folder (recursively) or ``-`` (stdin, JSON Lines by default).
    The length limit is ``read``'s (``common.too_long``)."""
    opts = {"date": date, "columns": dict(columns or {})}
    if path == STDIN:
        yield from _guarded(_read_stdin(input_format or "jsonl", **opts), "<stdin>")
        return
    origin = display_path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        yield ReadError(origin, "no such file or folder", _not_found_fix(origin), E_NOT_FOUND)
        return
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the path
        reason = getattr(exc, "strerror", None) or str(exc)
        yield ReadError(origin, f"cannot read: {reason}", "check the path and its permissions", E_UNREADABLE)
        return
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        yield from _guarded(_read_folder(Path(path), input_format, meter, **opts), origin)
        return
    fmt = input_format or format_of(path)
    if fmt is None:
        yield ReadError(
            origin,
            f"unknown file type {_extension(path)!r}",
            f"use one of {', '.join(FORMATS)}, or say the format with --input-format",
            E_FORMAT,
        )
        return
    size = info.st_size if stat.S_ISREG(mode) else 0
    if meter is not None and fmt != "jsonl":
        meter.at(size)  # read whole before its first article comes out; JSON Lines move the meter line by line
    yield from _guarded(_read_file(path, origin, fmt, mode, meter, **opts), origin)
    if meter is not None:
        meter.finish(size)


def format_of(path: str | os.PathLike[str]) -> str | None:
    """The format of a file from its extension (``.jsonl``; also compressed, ``.jsonl.gz``), or None."""
    name = os.fspath(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return FORMATS.get(Path(name).suffix)


def _extension(path: str | os.PathLike[str]) -> str:
    suffixes = Path(path).suffixes
    if not suffixes:
        return "(no extension)"
    return "".join(suffixes[-2:]) if suffixes[-1].lower() == ".gz" else suffixes[-1]


def _not_found_fix(origin: str) -> str:
    if origin.startswith("-"):
        return "check the path; a name starting with '-' can also be given as ./NAME"
    return "check the path"


def _guarded(items: Iterator[Item], origin: str) -> Iterator[Item]:
    """A reader's bug becomes a ReadError for that file instead of ending the batch."""
    try:
        yield from items
    except Exception as exc:
        yield ReadError(
            origin,
            f"the reader failed: {type(exc).__name__}: {exc}",
            "this is a newsgraph bug; please report it with the file",
            E_BUG,
        )


def _walk(folder: Path) -> tuple[list[str], list[OSError]]:
    """The files of a folder in reading order (sorted by path, hidden names skipped), and the errors met."""
    problems: list[OSError] = []
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(folder, onerror=problems.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = Path(root).relative_to(folder).parts
        found.extend(((*rel, f), os.path.join(root, f)) for f in files if not f.startswith("."))
    return [child for _, child in sorted(found)], problems


def input_size(paths: Iterable[str], input_format: str | None = None) -> int | None:
    """Bytes on disk of the article files ``read(paths)`` reads (a ``stat`` each); None when one is stdin."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        children = _walk(Path(path))[0] if os.path.isdir(path) else [path]
        for child in children:
            if input_format is not None or format_of(child) is not None:
                try:
                    total += os.stat(child).st_size
                except (OSError, ValueError):
                    pass  # read() reports it
    return total


def _read_folder(folder: Path, input_format: str | None, meter: InputMeter | None = None, **opts) -> Iterator[Item]:
    children, problems = _walk(folder)
    for exc in problems:
        yield ReadError(
            display_path(exc.filename or folder),
            f"cannot read the folder: {exc.strerror or exc}",
            "check its permissions",
            E_UNREADABLE,
        )
    for child in children:
        if input_format is None and format_of(child) is None:
            yield Ignored(display_path(child), "not an article format", "")
        elif _special(child):  # a pipe in a folder would wait for a writer forever
            yield ReadError(
                display_path(child),
                "not a regular file (a pipe, device or socket inside a folder is not read)",
                "name it on the command line to read it",
                E_UNREADABLE,
            )
        else:
            yield from read_path(child, input_format=input_format, meter=meter, **opts)


def _special(path: str) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # read_path reports it
    return not stat.S_ISREG(mode)


def _read_file(path, origin: str, fmt: str, mode: int, meter: InputMeter | None = None, **opts) -> Iterator[Item]:
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        yield ReadError(origin, "not a regular file", "give a file or a folder", E_UNREADABLE)
        return
    compressed = os.fspath(path).lower().endswith(".gz")
    if fmt == "parquet" and not compressed:
        yield from parquet.parse(os.fspath(path), origin, opts["date"], opts["columns"])
        return
    if fmt == "jsonl":
        yield from _read_jsonl_file(path, origin, compressed, meter, **opts)
        return
    try:
        with open(path, "rb") as raw, gzip.GzipFile(fileobj=raw) if compressed else raw as f:
            head = f.read(8192)
            kind = binary_kind(head)
            data = head if kind else head + f.read(MAX_FILE_BYTES + 1 - len(head))
    except (OSError, EOFError, zlib.error) as exc:
        yield _unreadable(exc, origin, compressed)
        return
    if len(data) > MAX_FILE_BYTES:
        yield _file_too_large(origin, compressed)
        return
    yield from _parse_bytes(data, origin, fmt, **opts)


def _file_too_large(origin: str, compressed: bool) -> ReadError:
    what = "inflates to more than" if compressed else "is larger than"
    return ReadError(
        origin,
        f"file too large: it {what} {MAX_FILE_BYTES:,} bytes (NEWSGRAPH_MAX_FILE_BYTES)",
        "split it, or give the articles as JSON Lines, which are read one line at a time",
        E_FILE_TOO_LARGE,
    )


def _read_jsonl_file(path, origin: str, compressed: bool, meter: InputMeter | None = None, **opts) -> Iterator[Item]:
    """A JSON Lines file, plain or gzip, one bounded line at a time: memory stays flat however long it is."""
    try:
        with open(path, "rb") as raw, gzip.GzipFile(fileobj=raw) if compressed else raw as f:
            metered = meter if meter is not None and raw.seekable() else None  # a named pipe has no position
            for item in _stream_jsonl(f, origin, **opts):
                if metered is not None:
                    metered.at(raw.tell())
                yield item
    except (OSError, EOFError, zlib.error) as exc:
        yield _unreadable(exc, origin, compressed, "; the lines before were read")


def _unreadable(exc: Exception, origin: str, compressed: bool, after: str = "") -> ReadError:
    """The E108 report of a file that could not be read whole: a truncated gzip (EOFError, zlib.error), a file
    that is not gzip (gzip.BadGzipFile is an OSError) or any other OSError (permissions...)."""
    if isinstance(exc, EOFError | zlib.error):
        return ReadError(origin, f"a truncated gzip file ({exc}){after}", "compress the file again", E_UNREADABLE)
    reason = f"not a readable gzip file ({exc})" if compressed else f"cannot read: {getattr(exc, 'strerror', None) or exc}"
    return ReadError(origin, reason, "check the file and its permissions", E_UNREADABLE)


def bounded_lines(stream, limit: int = MAX_LINE_BYTES) -> Iterator[bytes | jsonl.Oversize]:
    """The lines of a binary stream; a line longer than ``limit`` bytes is skipped, never held whole, and
    stands as ``Oversize`` in its place (so line numbers stay right)."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
            size += len(rest)
        yield jsonl.Oversize(size + len(rest))


def _read_stdin(fmt: str, **opts) -> Iterator[Item]:
    stream = sys.stdin
    if stream is None:
        yield ReadError("<stdin>", "no standard input", "pipe the articles in, or give a path", E_UNREADABLE)
        return
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        yield from _parse_bytes(stream.read().encode("utf-8"), "<stdin>", fmt, **opts)
    elif fmt == "jsonl":
        yield from _stream_jsonl(buffer, "<stdin>", **opts)
    else:
        yield from _parse_bytes(buffer.read(), "<stdin>", fmt, **opts)


def _utf16_32(data: bytes) -> bool:
    return data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))


def _stream_jsonl(buffer, origin: str, *, date: str | None, columns: dict[str, str]) -> Iterator[Item]:
    """JSON Lines from a stream, one line at a time, so that a pipe's articles come out as they come in.
    UTF-16/32 or binary input is read whole and detected like a file."""
    lines = bounded_lines(buffer)
    first = next(lines, b"")
    if isinstance(first, bytes) and (_utf16_32(first) or b"\x00" in first or binary_kind(first)):
        rest = first + buffer.read(MAX_FILE_BYTES + 1 - len(first))
        if len(rest) > MAX_FILE_BYTES:
            yield _file_too_large(origin, False)
            return
        yield from _parse_bytes(rest, origin, "jsonl", date=date, columns=columns)
        return
    yield from jsonl.parse_bytes_lines(itertools.chain([first], lines), origin, date, columns)


def _parse_bytes(
    data: bytes, origin: str, fmt: str, *, date: str | None, columns: dict[str, str]
) -> Iterator[Item]:
    if fmt == "parquet":
        yield from parquet.parse(io.BytesIO(data), origin, date, columns)
        return
    content = htmlpage.decode_html(data, origin) if fmt == "html" else decode(data, origin)
    if (
        isinstance(content, ReadError)
        and fmt == "jsonl"
        and content.code == E_ENCODING
        and not _utf16_32(data)
    ):
        # mostly UTF-8 with some bad lines: lose those lines only
        yield from jsonl.parse_bytes_lines(data.split(b"\n"), origin, date, columns)
    elif isinstance(content, ReadError):
        yield content
    elif fmt == "jsonl":
        yield from jsonl.parse(content, origin, date, columns)
    elif fmt == "csv":
        yield from csvfile.parse(
            content, origin, date, columns, tab=origin.lower().removesuffix(".gz").endswith(".tsv")
        )
    elif fmt == "html":
        yield from htmlpage.parse(content, origin, date)
    else:
        yield from text.parse(content, origin, date)


__all__ = ["FORMATS", "Ignored", "InputMeter", "ReadError", "format_of", "input_size", "read", "read_path"]
