"""The optional fine-tuned pair cross-encoder (``newsgraph/link/crossenc.py``, ``pairtext.py``): its input
layout, candidate pairs, how its score revises the contextual scorer's, the coded error when it is missing,
and ``cluster_mentions(..., cross=True)`` end to end when it is installed. The team's own sentences."""

from __future__ import annotations

import numpy as np
import pytest

from newsgraph.link import crossenc, pairtext
from newsgraph.link import encoder as enc
from newsgraph.link.encoder import EncoderMissing

needs_tokenizer = pytest.mark.skipif(not enc.available(), reason="encoder (tokenizer files) not installed")
needs_cross = pytest.mark.skipif(
    not (crossenc.available() and enc.available()),
    reason="fine-tuned coreference model not installed (`make coref-model`)",
)


@pytest.fixture(scope="module")
def tokenizer():
    return enc.encoder().tokenizer


@needs_tokenizer
@pytest.mark.parametrize("sentence, trigger", [
    ("Rebels shelled the airport on Monday night.", "shelled"),
    ("The talks collapsed after the walkout.", "walkout"),
    ("Officials confirmed the evacuation of two villages near the dam.", "evacuation"),
])
def test_a_side_marks_its_trigger_between_the_markers(tokenizer, sentence, trigger):
    start = sentence.index(trigger)
    ids = pairtext.side(tokenizer, sentence, start, start + len(trigger))
    opened, closed = ids.index(tokenizer.token_to_id("<")), ids.index(tokenizer.token_to_id(">"))
    inside = tokenizer.decode(ids[opened + 1:closed])
    assert inside.replace(" ", "") == trigger.lower()


@needs_tokenizer
def test_a_long_sentence_is_cut_to_the_window_around_its_trigger(tokenizer):
    sentence = " ".join(["word"] * 80) + " exploded " + " ".join(["more"] * 80)
    start = sentence.index("exploded")
    ids = pairtext.side(tokenizer, sentence, start, start + 8)
    assert len(ids) <= 2 * pairtext.WINDOW + pairtext.TRIGGER + 2
    assert tokenizer.token_to_id("<") in ids


@needs_tokenizer
def test_a_pair_has_two_segments_and_points_at_both_markers(tokenizer):
    a = pairtext.side(tokenizer, "Troops withdrew from the town.", 7, 15)
    b = pairtext.side(tokenizer, "The army pulled out on Friday.", 9, 19)
    ids, types, pa, pb = pairtext.pair(tokenizer, a, b)
    mark = tokenizer.token_to_id("<")
    assert ids[0] == tokenizer.token_to_id("[CLS]") and ids[-1] == tokenizer.token_to_id("[SEP]")
    assert ids[pa] == ids[pb] == mark and types[pa] == 0 and types[pb] == 1
    assert len(ids) == len(types) == len(a) + len(b) + 3


@pytest.mark.parametrize("n", [2, 3, 5, 7])
def test_condensed_positions_follow_the_combinations_order(n):
    from itertools import combinations

    pairs = list(combinations(range(n), 2))
    i, j = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    assert crossenc.condensed(n, i, j).tolist() == list(range(len(pairs)))


def _c(key: str, vec) -> dict:
    v = np.array(vec, dtype=float)
    return {"report": {"lemma": key}, "trigger_vec": v / np.linalg.norm(v), "sentence_vec": v}


@pytest.mark.parametrize("found, expected", [
    ([_c("strike", [1, 0]), _c("strike", [0, 1])], [(0, 1)]),  # same key, whatever the cosine
    ([_c("strike", [1, 0]), _c("walkout", [1, 0.2])], [(0, 1)]),  # different keys, close vectors
    ([_c("strike", [1, 0]), _c("vote", [0, 1])], []),  # neither
    ([_c("a", [1, 0]), _c("b", [0, 1]), _c("a", [0, 1])], [(0, 2), (1, 2)]),
])
def test_candidates_are_the_same_key_or_a_close_trigger(found, expected):
    i, j = crossenc.candidates(found)
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == expected


@pytest.mark.parametrize("logit, expected_side", [(6.0, "up"), (-6.0, "down")])
def test_the_model_moves_only_the_candidate_pairs_its_way(logit, expected_side):
    prob = np.array([0.5, 0.5, 0.5])
    settings = {"blend": {"cross": 1.0, "scorer": 1.0, "intercept": 0.0}}
    out = crossenc.blend(prob, np.array([1]), np.array([logit]), settings)
    assert out[0] == out[2] == 0.5
    assert (out[1] > 0.9) if expected_side == "up" else (out[1] < 0.1)


def test_missing_model_is_a_coded_error_that_says_how_to_build_it(monkeypatch, tmp_path):
    monkeypatch.setenv(crossenc.ENV, str(tmp_path / "nowhere"))
    assert crossenc.location() is None and not crossenc.available()
    with pytest.raises(EncoderMissing) as err:
        crossenc.cross_encoder()
    assert err.value.code == "E030" and "make coref-model" in str(err.value)


ARTICLES = [
    {"id": "p1", "date": "2025-03-10", "title": "Fire",
     "text": "A fire destroyed a warehouse in the river port of Calder on Monday, firefighters said."},
    {"id": "p2", "date": "2025-03-10", "title": "Blaze",
     "text": "The blaze that gutted a Calder warehouse on Monday started in a storage room."},
    {"id": "p3", "date": "2025-03-10", "title": "Election",
     "text": "Voters in the eastern district chose a new mayor on Sunday."},
]


def _mention(article: dict, word: str) -> dict:
    start = article["text"].index(word)
    return {"id": f"{article['id']}:{word}", "article": article["id"], "start": start, "end": start + len(word)}


@needs_cross
def test_cluster_mentions_cross_joins_one_event_and_keeps_another_apart(pipeline):
    from newsgraph.link import cluster_mentions

    mentions = [_mention(ARTICLES[0], "fire"), _mention(ARTICLES[1], "blaze"), _mention(ARTICLES[2], "chose")]
    out = cluster_mentions(ARTICLES, mentions, pipeline=pipeline, cross=True)
    assert set(out) == {m["id"] for m in mentions}
    assert out["p3:chose"] not in {out["p1:fire"], out["p2:blaze"]}
