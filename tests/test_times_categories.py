"""The category table of the times benchmark: which granularity, direction and error cause a TimeML value gets."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.times_categories import cause, direction, granularity, render_change

DCT = "2025-10-28"


@pytest.mark.parametrize("value, expected", [
    ("2025-10-27", "day"), ("2025-10-27T14:00", "day"), ("2025-10", "month"), ("2025-Q3", "quarter"),
    ("2025-W43", "week"), ("2025-W43-WE", "weekend"), ("2025", "year"), ("202", "decade"), ("20", "century"),
    ("2025-SU", "season"), ("P3Y", "duration"), ("PAST_REF", "ref"), ("XXXX-09-11", "unknown year"),
])
def test_granularity(value, expected):
    assert granularity(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("2025-10-27", "past"), ("2025-10-28", "same"), ("2025-10-29", "future"), ("2025-Q4", "same"),
    ("2025-Q3", "past"), ("2026", "future"), ("2025-W44", "same"), ("2025-WI", "past"), ("198", "past"),
    ("PRESENT_REF", "same"), ("FUTURE_REF", "future"), ("P1Y", "none"), ("XXXX-WXX-5", "none"),
])
def test_direction_against_the_creation_day(value, expected):
    assert direction(value, DCT) == expected


@pytest.mark.parametrize("gold, got, expected", [
    ("2024-Q3", "2024", "wrong granularity"),
    ("2025-10-24", "2025-10-31", "wrong direction"),
    ("2025-10-24", "2025-10-17", "wrong offset"),
    ("P1Y", "2024", "date/duration confused"),
    ("P2Y6M", "P2.5Y", "wrong duration"),
])
def test_cause_of_a_wrong_value(gold, got, expected):
    assert cause(gold, got, DCT) == expected


BEFORE = {"axes": {"type": {"DATE": {"gold": 4, "right": 2, "wrong": 2}}},
          "causes": {"wrong granularity": 2, "spurious": 1}}
AFTER = {"axes": {"type": {"DATE": Counter(gold=4, right=3, wrong=1)}},
         "causes": Counter({"wrong granularity": 1, "spurious": 1})}


@pytest.mark.parametrize("row", [
    "| type | DATE | 4 | 2 | 3 | 0.500 | 0.750 | +1 |",
    "| wrong granularity | 2 | 1 | -1 |",
    "| spurious | 1 | 1 | +0 |",
])
def test_before_and_after_table_shows_the_change(row):
    assert row in render_change(BEFORE, AFTER)
