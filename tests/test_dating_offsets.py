"""An event dated by a count of days from another dated clause of its sentence ("a day after", "a week
before"), never from the publication date. Team-written sentences; publication Friday 2027-08-06."""

from __future__ import annotations

import pytest

import newsgraph


def _dates(text: str) -> dict[str, tuple[str, str]]:
    record = newsgraph.extract(text, date="2027-08-06")
    return {e.trigger.text: (e.date, e.date_precision) for e in record.events}


@pytest.mark.parametrize(
    "text, trigger, want",
    [
        # the marked clause is counted back from its head's day
        ("The union called off the strike on Thursday, two days after police arrested its leaders.", "arrested",
         ("2027-08-03", "day")),
        # the head is counted on from the marked clause's day
        ("Militants attacked the border post a week after the truce was signed on July 20.", "attacked",
         ("2027-07-27", "day")),
        ("The army withdrew from the town on Sunday, three days before the talks in Nairobi opened.", "withdrew",
         ("2027-08-01", "day")),
    ],
)
def test_a_day_counted_from_a_dated_clause(text, trigger, want):
    assert _dates(text)[trigger] == want


def test_no_count_from_the_publication_date():
    # the head has no day of its own: the count has nothing to start from
    got = _dates("Protesters blocked the main road two days after the election results were announced.")
    assert got["blocked"][1] == "publication"


def test_two_clauses_counted_from_each_other_with_no_day_end():
    # neither clause has a day: each would count from the other; the count stops and the publication dates both
    got = _dates("Rebels attacked the town a week after the army shelled their camp.")
    assert got["attacked"][1] == "publication" and got["shelled"][1] == "publication"
    got = _dates("Rebels attacked the town a week after the army shelled their camp, in a war that began in 2019.")
    assert got["attacked"][1] == "publication" and got["shelled"][1] == "publication"


def test_the_day_of_the_gathering_an_act_was_done_at():
    # what is done at a gathering takes the gathering's day
    got = _dates("A student died on Wednesday of wounds he suffered when police broke up Tuesday's sit-in.")
    assert got["broke up"] == ("2027-08-03", "day")


def test_a_reaction_is_not_dated_by_the_act_it_names():
    got = _dates("The foreign minister condemned Monday's attack in a statement.")
    assert got["condemned"][0] != "2027-08-02" and got["attack"][0] == "2027-08-02"


def test_a_dateline_day_the_calendar_lacks_is_no_error():
    from collections import namedtuple

    from newsgraph.extractors.eventcoding.dating import _filed

    time = namedtuple("time", "type value start end")
    assert _filed([time("DATE", "2027-02-30", 0, 6)], [(0, 10)], "2027-03-01") == "2027-03-01"


@pytest.mark.parametrize(
    "text, trigger, want",
    [
        # counted in months from a dated clause: the month (fourth hand trial)
        ("The last peacekeepers left the city on Monday, a month after the government demanded their departure.",
         "demanded", ("2027-07", "month")),
        ("The junta freed the journalist on Tuesday, two months after a military court convicted him.", "convicted",
         ("2027-06", "month")),
        # "over the weekend": the week of the weekend before the paper (Friday 2027-08-06)
        ("Rebels attacked two police posts near the lake over the weekend, officials said.", "attacked",
         ("2027-W30", "week")),
    ],
)
def test_a_month_counted_back_and_a_weekend(text, trigger, want):
    assert _dates(text)[trigger] == want


def test_a_joined_clause_with_a_modal_of_its_own_is_not_dated_by_the_first():
    # "fixed in 1974" dates the fixing, not the refusal joined to it with "will not" (fourth hand trial: a
    # rejection dated 1899)
    dates = _dates('"The border was fixed in 1974 and we will not negotiate it," the president said.')
    assert dates["negotiate"][0] != "1974"
