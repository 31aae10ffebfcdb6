"""The reference time moving through a story, and parts of the day: team-written sentences.

Publication date 2025-10-28 (a Tuesday). A day named earlier in the story is the day later expressions count from.
"""

from __future__ import annotations

import pytest

DATE = "2025-10-28"


def values(extract, text: str, date: str = DATE) -> dict[str, tuple[str, str]]:
    return {t.text: (t.value, t.type) for t in extract(text, date=date).times}


NARRATIVE = [
    ("Shares slid on Friday. Traders sold heavily in the morning and bought back later.", "the morning",
     ("2025-10-24TMO", "TIME")),
    ("The index closed at 300 on Friday, down 2% from the previous Friday.", "the previous Friday",
     ("2025-10-17", "DATE")),
    ("The strike began on Oct. 6. The following Monday, the docks reopened.", "The following Monday",
     ("2025-10-13", "DATE")),
    ("The ferry sank on Oct. 6. Divers reached it that same day.", "that same day", ("2025-10-06", "DATE")),
    ("By mid afternoon, officials said the road was open.", "mid afternoon", ("2025-10-28TAF", "TIME")),
]


@pytest.mark.parametrize("text, expr, expected", NARRATIVE)
def test_reference_time_and_parts_of_day(extract, text, expr, expected):
    got = values(extract, text)
    assert got.get(expr) == expected, got


@pytest.mark.parametrize("text, expr", [
    ("He reads the morning paper on the train.", "the morning"),
    ("The evening of the vote was calm.", "The evening"),
])
def test_a_part_of_day_that_is_not_an_adverbial(extract, text, expr):
    assert expr not in values(extract, text)


@pytest.mark.parametrize("text, expr, value", [
    # an infinitive asked for by a past verb may lie ahead: the near date, not one eleven months back
    ("The committee summoned the minister to testify on Feb. 10.", "Feb. 10", "2026-02-10"),
])
def test_an_infinitive_under_a_past_verb_leans_past_only(extract, text, expr, value):
    assert values(extract, text, date="2026-01-07")[expr][0] == value


@pytest.mark.parametrize("text, expr", [
    ("The senator told his story on 60 Minutes last year.", "60 Minutes"),
    ("They watched High Noon on television.", "Noon"),
    ('The minister, speaking on the BBC\'s "This Week," defended the budget.', "This Week"),
])
def test_capitalised_titles_are_not_times(extract, text, expr):
    assert expr not in values(extract, text)


@pytest.mark.parametrize("text, expr, value", [
    ("Traders squared positions ahead of the weekend.", "the weekend", "2025-W44-WE"),
    ("Markets were calm ahead of Sunday's vote.", "Sunday", "2025-11-02"),
    ("Markets were calm after Sunday's vote.", "Sunday", "2025-10-26"),
])
def test_what_is_awaited_lies_ahead(extract, text, expr, value):
    assert values(extract, text)[expr][0] == value


@pytest.mark.parametrize("text, expr, value", [
    ("The feud between the clans lasted for decades.", "decades", "PXY"),
    ("The town has stood there for centuries.", "centuries", "PXCE"),
])
def test_vague_decades_and_centuries(extract, text, expr, value):
    assert values(extract, text)[expr] == (value, "DURATION")


@pytest.mark.parametrize("text, expr, value", [
    # a day between the reporting verb and the reported subject is the saying's, told in the past
    ("The mayor said on Monday she would open the new bridge next spring.", "Monday", "2025-10-27"),
    ("The union announced on Friday it will strike in December.", "Friday", "2025-10-24"),
    # a day inside the reported clause keeps the reported verb's tense
    ("The mayor said she would open the bridge on Monday.", "Monday", "2025-11-03"),
])
def test_a_day_told_of_the_saying_is_the_sayings(extract, text, expr, value):
    assert values(extract, text)[expr][0] == value
