"""Near-copies of one article (the same wire story, lightly edited, in several outlets).

Each article's text becomes a set of word 5-shingles, summarised by a MinHash signature of ``PERMS``
values; ``BANDS`` bands of ``ROWS`` values are hashed into the store (``copy_bands``) so the candidates of
a new article are found by index, never by comparing it with every stored article (locality-sensitive
hashing). A candidate is a copy when the signatures agree on at least ``THRESHOLD`` of their values (an
estimate of the Jaccard similarity of the shingle sets). Copies never count as independent sources.
"""

from __future__ import annotations

import hashlib
import re
import struct

import numpy as np

PERMS, BANDS, ROWS = 64, 16, 4
THRESHOLD = 0.7
SHINGLE = 5
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20261206)  # fixed: stored signatures must stay comparable across runs
_A = _rng.integers(1, _PRIME, PERMS, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, PERMS, dtype=np.uint64)


def shingles(text: str) -> set[int]:
    """Hashes of the text's overlapping runs of ``SHINGLE`` words (lower case, punctuation ignored)."""
    w = re.findall(r"\w+", text.lower())
    if len(w) < SHINGLE:
        w = w + [""] * (SHINGLE - len(w))
    runs = {" ".join(w[i : i + SHINGLE]) for i in range(len(w) - SHINGLE + 1)}
    return {int.from_bytes(hashlib.blake2b(r.encode(), digest_size=7).digest(), "little") for r in runs}


def signature(text: str) -> np.ndarray:
    """The MinHash signature of ``text``: for each of ``PERMS`` hash functions, the least hash."""
    values = np.fromiter(shingles(text), dtype=np.uint64)
    # (a * x + b) mod p, computed in Python ints' stead with uint64 wrap-around: still a fine hash family
    hashed = (values[None, :] * _A[:, None] + _B[:, None]) % np.uint64(_PRIME)
    return hashed.min(axis=1)


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8")


def bands(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band number, hash of the band's values): two articles sharing one are copy candidates."""
    raw, width = sig.astype("<u8").tobytes(), ROWS * 8  # the bytes of each band's values, sliced
    return [
        (b, struct.unpack("<q", hashlib.blake2b(raw[b * width : (b + 1) * width], digest_size=8).digest())[0])
        for b in range(BANDS)
    ]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two articles' shingle sets."""
    return int(np.count_nonzero(a == b)) / len(a)  # np.mean's figure (a float), without its overhead
