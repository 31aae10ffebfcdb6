"""The story-level bench's coreference scores on hand-made partitions, checked against values worked out by
hand from the CoNLL reference definitions (Pradhan et al. 2014): MUC on links, B3 per mention, CEAF-e with
phi4 = 2|K n R| / (|K| + |R|) under the best one-to-one alignment, CoNLL = mean of the three F1."""

import pytest

from benchmarks.coref import b3, partition, score


def as_map(clusters: list[str]) -> dict[str, int]:
    """'abc d' -> {'a': 0, 'b': 0, 'c': 0, 'd': 1}: one string per cluster, one letter per mention."""
    return {m: i for i, c in enumerate(clusters) for m in c}


KEY_12 = as_map(["abcde", "fg", "hijkl"])

CASES = [
    # key, response, (MUC R, P, F), (B3 R, P, F), (CEAF-e R, P, F), CoNLL
    pytest.param(KEY_12, KEY_12, (1, 1, 1), (1, 1, 1), (1, 1, 1), 1.0, id="identical"),
    # two key clusters merged: MUC P 9/10, B3 P 64/84, CEAF-e sum 1 + 10/12 over 3 key / 2 response clusters
    pytest.param(KEY_12, as_map(["abcde", "fghijkl"]), (1, 0.9, 18 / 19), (1, 64 / 84, 128 / 148),
                 (11 / 18, 11 / 12, 11 / 15), (18 / 19 + 128 / 148 + 11 / 15) / 3, id="merge"),
    # everything split: no links found (MUC 0), B3 R (3 x 1/3 + 1) / 4, CEAF-e 0.5 + 1
    pytest.param(as_map(["abc", "d"]), as_map(["a", "b", "c", "d"]), (0, 0, 0), (0.5, 1, 2 / 3),
                 (0.75, 0.375, 0.5), (0 + 2 / 3 + 0.5) / 3, id="all-singletons"),
    # everything in one: MUC P 1/3, B3 P (1/4 + 1/4 + 2/4 + 2/4) / 4, CEAF-e 4/6 over 3 and 1
    pytest.param(as_map(["a", "b", "cd"]), as_map(["abcd"]), (1, 1 / 3, 0.5), (1, 0.375, 0.75 / 1.375),
                 (2 / 9, 2 / 3, 1 / 3), (0.5 + 0.75 / 1.375 + 1 / 3) / 3, id="one-cluster"),
]


@pytest.mark.parametrize("key, response, muc, b_cubed, ceaf_e, conll", CASES)
def test_scores_match_the_reference_definitions(key, response, muc, b_cubed, ceaf_e, conll):
    s = score(key, response)
    for got, want in ((s.muc, muc), (s.b3, b_cubed), (s.ceaf_e, ceaf_e)):
        assert (got.recall, got.precision, got.f1) == pytest.approx(want)
    assert s.conll == pytest.approx(conll)
    assert b3(key, response).f1 == pytest.approx(b_cubed[2])


@pytest.mark.parametrize("response, conll", [
    ({"a": 0, "b": 0, "c": 1}, 1.0),  # cluster labels are names only
    # all in one: MUC 2/3, B3 P 5/9 -> F 10/14, CEAF-e 0.8 over 2 and 1 -> F 8/15
    ({"a": "x", "b": "x", "c": "x"}, (2 / 3 + 10 / 14 + 8 / 15) / 3),
    ({"a": 5, "b": 5}, 1.0),  # 'c' missing from the response: scored as the singleton it is in the key
    # 'b' and 'c' missing: all singletons, MUC 0, B3 F 0.8, CEAF-e 5/3 over 2 and 3 -> F 2/3
    ({"a": 5}, (0 + 0.8 + 2 / 3) / 3),
])
def test_labels_and_missing_mentions(response, conll):
    assert score({"a": 0, "b": 0, "c": 1}, response).conll == pytest.approx(conll)


@pytest.mark.parametrize("assignment, expected", [
    ({"a": 1, "b": 2, "c": 1}, [{"a", "c"}, {"b"}]),
    ({}, []),
])
def test_partition(assignment, expected):
    assert sorted(map(sorted, partition(assignment))) == sorted(map(sorted, expected))
