"""Bytes -> text, with the encoding detected rather than assumed, and binary files recognised.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; then known binary signatures (images, PDF,
archives...) and NUL bytes (which may still be BOM-less UTF-16); then strict UTF-8; then, for bytes that
are not UTF-8, charset-normalizer's guess, preferring Windows-1252 when it fits as well as the guess
(short Western European texts are otherwise often taken for a sibling code page). Bytes that mix valid
UTF-8 with invalid sequences are reported, not silently repaired.
"""

from __future__ import annotations

import codecs
import re

from ..errors import E_BINARY, E_ENCODING, ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub file)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
)

# Signatures that plain text could start with: binary only if the first bytes are not text either.
_WEAK_SIGNATURES = (
    (b"BZh", "a bzip2-compressed file"),
    (b"PAR1", "a Parquet file"),
    (b"MZ", "a Windows executable"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg media file"),
)

# A valid multi-byte UTF-8 sequence: if bytes contain some but are not valid UTF-8, the file mixes encodings.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def binary_kind(data: bytes) -> str | None:
    """What a binary file looks like ("a PNG image"), or None if the bytes may be text."""
    if data.startswith(tuple(bom for bom, _ in _BOMS)):
        return None
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            return kind
    for magic, kind in _WEAK_SIGNATURES:
        if data.startswith(magic) and not _looks_like_text(data[:4096]):
            return kind
    if data[4:12] in (b"ftypisom", b"ftypmp42", b"ftypM4A ") or data[4:8] == b"ftyp":
        return "an MP4 video"
    if data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a RIFF media file (WebP, WAV or AVI)"
    if b"\x00" in data[:8192] and _utf16_without_bom(data) is None:
        return "binary data (it contains NUL bytes)"
    return None


def _looks_like_text(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec of BOM-less UTF-16 text (mostly ASCII: every other byte NUL), or None."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode(data: bytes, origin: str) -> str | ReadError:
    """The text of ``data``, or a ReadError saying why it is not text (binary, undecodable)."""
    kind = binary_kind(data)
    if kind is not None:
        return ReadError(
            origin,
            f"a binary file: {kind}, not text",
            "give text, JSON Lines, CSV, Parquet or HTML",
            E_BINARY,
        )
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, origin)
    utf16 = _utf16_without_bom(data) if b"\x00" in data[:8192] else None
    if utf16:
        return _strict(data, utf16, origin)
    try:
        return _text_or_binary(data.decode("utf-8"), origin)
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            return ReadError(
                origin,
                f"undecodable bytes: mostly UTF-8, but byte {exc.start} ({data[exc.start : exc.start + 1]!r}) is not",
                "the file mixes encodings; re-save it as UTF-8",
                E_ENCODING,
            )
    return _legacy(data, origin)


def _strict(data: bytes, codec: str, origin: str) -> str | ReadError:
    try:
        return _text_or_binary(data.decode(codec), origin)
    except UnicodeDecodeError as exc:
        return ReadError(
            origin,
            f"undecodable bytes: not valid {codec.upper()} at byte {exc.start}",
            "re-save the file as UTF-8",
            E_ENCODING,
        )


def _legacy(data: bytes, origin: str) -> str | ReadError:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return ReadError(
            origin,
            "undecodable bytes: not UTF-8 nor any known text encoding",
            "re-save the file as UTF-8",
            E_ENCODING,
        )
    codec = best.encoding
    tied = [m.encoding for m in matches if m.chaos <= best.chaos]
    if codec != "cp1252" and "cp1252" in tied:
        codec = "cp1252"
    try:
        return _text_or_binary(data.decode(codec), origin)
    except (UnicodeDecodeError, LookupError):
        return _text_or_binary(str(best), origin)


def _text_or_binary(text: str, origin: str) -> str | ReadError:
    """Decoded text full of control characters is binary data that happened to decode."""
    head = text[:8192]
    controls = len(_CONTROL.findall(head))
    if controls >= 4 and controls > 0.01 * len(head):
        return ReadError(
            origin,
            f"a binary file: {controls} control characters in the first {len(head)}",
            "give plain text",
            E_BINARY,
        )
    return text
