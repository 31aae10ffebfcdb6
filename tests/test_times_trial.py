"""The times hand trial (tests/data/times_trial: twelve team-written news paragraphs and the TIMEX3 type and value
of every time expression in them, written before the first run), and the error categories it showed, each with
the team's own sentences (not the trial's).

The trial asserts every expectation the times pass meets now; what it still misses or gets wrong is a strict
expected failure with the reason (tests/data/times_trial/README.md has the figures)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "times_trial"
_spec = importlib.util.spec_from_file_location("times_trial_score", DATA / "score.py")
assert _spec is not None and _spec.loader is not None
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def times(extract, text: str, date: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.type) for t in extract(text, date=date).times]


# A present tense the tagger reads as a base form ("Farmers ... begin"): a coming weekday, not the last one.
PRESENT_AS_BASE = [
    ("2026-03-10", "Farmers in the north begin the harvest on Thursday, a week later than usual.", "Thursday",
     "2026-03-12"),
    ("2026-03-13", "Both teams fly to Madrid on Tuesday for the final.", "Tuesday", "2026-03-17"),
]

# A full sentence whose root is a noun is one whose present verb the tagger read as a noun or an adjective
# ("Teachers ... return", "Nominations close"): a coming weekday. A headline (no full stop) and a sentence with a
# past tense anywhere keep the last one.
MISPARSED_PRESENT = [
    ("2026-03-13", "Teachers across the county return to the classroom on Monday.", "Monday", "2026-03-16"),
    ("2026-03-10", "Residents in the flooded valley return to their homes on Thursday.", "Thursday", "2026-03-12"),
    ("2026-03-10", "Union members in the capital vote on the offer on Friday.", "Friday", "2026-03-13"),
    ("2026-03-10", "Monday's vote.", "Monday", "2026-03-09"),
    # a photo caption has no verb to misread: the day the picture was taken, before the paper
    ("2026-03-04", "Riot police and students outside the university gates in Harare on Tuesday.", "Tuesday",
     "2026-03-03"),
]


@pytest.mark.parametrize("date, text, expr, value", MISPARSED_PRESENT)
def test_a_verb_the_tagger_missed_is_a_present(extract, date, text, expr, value):
    assert (expr, value, "DATE") in times(extract, text, date)


@pytest.mark.parametrize("date, text, expr, value", PRESENT_AS_BASE)
def test_a_present_read_as_base_form_points_ahead(extract, date, text, expr, value):
    assert (expr, value, "DATE") in times(extract, text, date)


# "the first half of 2024" is a half-year, as "H1 2024" is (the year pattern with a half modifier took it)
# and "every few hours" keeps its vague count (it was one hour).
VALUES = [
    ("2026-03-10", "The lender expects profits to improve in the second half of 2026.", "the second half of 2026",
     "2026-H2", "DATE"),
    ("2026-03-10", "Output shrank in the first half of 2024, the agency said.", "the first half of 2024",
     "2024-H1", "DATE"),
    ("2026-03-10", "Guards patrol the fence every few hours.", "every few hours", "PTXH", "SET"),
    ("2026-03-10", "The ferry sails every few days in winter.", "every few days", "PXD", "SET"),
    ("2026-03-10", "The ferry sails every two days in winter.", "every two days", "P2D", "SET"),
]


@pytest.mark.parametrize("date, text, expr, value, kind", VALUES)
def test_halves_of_a_named_year_and_vague_sets(extract, date, text, expr, value, kind):
    assert (expr, value, kind) in times(extract, text, date)


# "overnight" is a night: the one before the story's day in a past clause, that day's own otherwise; after an
# indefinite article it names a kind of thing, no night.
OVERNIGHT = [
    ("2026-03-10", "Storms cut power to thousands of homes overnight, the utility said on Tuesday.", "overnight",
     "2026-03-09TNI"),
    ("2026-03-10", "Counting will continue overnight, and a result is expected on Wednesday.", "overnight",
     "2026-03-10TNI"),
    ("2026-03-10", "Overnight rain flooded several roads in the valley, police said.", "Overnight", "2026-03-09TNI"),
]


@pytest.mark.parametrize("date, text, expr, value", OVERNIGHT)
def test_overnight_is_a_night(extract, date, text, expr, value):
    assert (expr, value, "TIME") in times(extract, text, date)


@pytest.mark.parametrize("text", [
    "The minister made an overnight visit to the border.",
    "The singer became an overnight star after the show.",
])
def test_an_overnight_thing_is_no_time(extract, text):
    assert times(extract, text, "2026-03-10") == []


# A clock time with no day in its sentence is on the day the story is at (as "in the morning" is), not on the
# publication day: "The ferry leaves on Saturday. Passengers must check in by 6 am."
CLOCK_ON_STORY_DAY = [
    ("The ferry leaves Dover on Saturday. Passengers must check in by 6 am, the operator said.", "6 am",
     "2026-03-14T06:00"),
    ("The marathon takes place on Sunday. Runners set off at 9:30 and the roads reopen at 4 pm.", "4 pm",
     "2026-03-15T16:00"),
    ("Rebels shelled the town on Friday. At 3 pm, a second barrage hit the market.", "3 pm", "2026-03-06T15:00"),
    ("Police said the crash happened at 2 am. Two people were hurt.", "2 am", "2026-03-10T02:00"),
]


@pytest.mark.parametrize("text, expr, value", CLOCK_ON_STORY_DAY)
def test_a_clock_time_is_on_the_story_day(extract, text, expr, value):
    assert (expr, value, "TIME") in times(extract, text, "2026-03-10")


# "midweek": the middle of the publication week, or of the next one when its Wednesday is behind in a coming
# clause, or of the last one when it is still ahead in a past clause; "a midweek match" is a kind of match.
MIDWEEK = [
    ("2026-03-13", "Temperatures are forecast to fall sharply midweek.", "midweek", "2026-W12"),
    ("2026-03-09", "Temperatures are forecast to fall sharply midweek.", "midweek", "2026-W11"),
    ("2026-03-09", "Prices slipped midweek before recovering on Friday.", "midweek", "2026-W10"),
    ("2026-03-12", "The mid-week session was quiet.", "mid-week", "2026-W11"),
]


@pytest.mark.parametrize("date, text, expr, value", MIDWEEK)
def test_midweek_is_a_week(extract, date, text, expr, value):
    assert (expr, value, "DATE") in times(extract, text, date)


def test_a_midweek_match_is_no_time(extract):
    assert times(extract, "The club lost a midweek match to its rivals.", "2026-03-12") == []


# "the second half" with no year is a half-year when its sentence names a quarter or a year (a forecast); a half
# of a match names neither.
BARE_HALF = [
    ("Analysts expect sales to rise 3% in Q3 and to flatten in the second half.", "the second half", "2026-H2"),
    ("The bank forecast growth of 2% in 2026, most of it in the second half.", "the second half", "2026-H2"),
]


@pytest.mark.parametrize("text, expr, value", BARE_HALF)
def test_a_half_beside_a_quarter_or_year_is_a_half_year(extract, text, expr, value):
    assert (expr, value, "DATE") in times(extract, text, "2026-04-06")


@pytest.mark.parametrize("text", [
    "The striker scored twice in the second half.",
    "The visitors tired badly in the second half and lost.",
])
def test_a_half_of_a_match_is_no_time(extract, text):
    assert times(extract, text, "2026-04-06") == []


# The month that published figures cover has begun by the time they come out, whatever the tense of the
# publishing ("inflation figures for April will show a fall": the April just gone); other months under a future
# verb stay ahead.
REPORTED_PERIOD = [
    ("Inflation figures for April will show a fall, economists expect.", "April", "2026-04"),
    ("Data for May are due next week.", "May", "2026-05"),
    ("Tickets for August will go on sale next week.", "August", "2026-08"),
    ("The festival will return in May.", "May", "2027-05"),
]


@pytest.mark.parametrize("text, expr, value", REPORTED_PERIOD)
def test_the_period_of_published_figures_is_behind(extract, text, expr, value):
    assert (expr, value, "DATE") in times(extract, text, "2026-06-03")


# ---- the trial itself: every expectation of tests/data/times_trial/expected.tsv ----

# what the times pass still gets wrong on the trial, and why (README.md there has the figures)
STILL_WRONG = {
    ("tt07", "the night"): "'worked through the night and by Friday morning': a night with no day of its own is "
                           "not recognised (the night before the day named later in the sentence)",
    ("tt11", "9/11"): "'the 9/11 attacks': a named date written as numbers without a year is not recognised",
    ("tt11", "every quarter"): "the trial expected P3M; the code writes P1Q as the TimeBank annotation of "
                               "TBAQ dev does ('every quarter' SET P1Q): the expectation, not the code, is off",
}
SPURIOUS = ["tt06 'the winter' ('a review of the winter plan': a season modifying a noun)",
            "tt10 'now' ('Roe, now 71': PRESENT_REF, which TimeML would arguably annotate; the expectation omitted it)"]


@pytest.fixture(scope="module")
def trial_times(pipeline):
    from newsgraph.readers.common import make_article

    out = {}
    for aid, art in score.articles().items():
        record = pipeline.extract(make_article(aid, art["text"], art["date"]))
        out[aid] = [{"text": t.text, "start": t.start, "end": t.end, "value": t.value, "type": t.type}
                    for t in record.times]
    return out


def _cases():
    for e in score.expectations():
        key = (e["id"], e["expr"])
        marks = [pytest.mark.xfail(strict=True, reason=STILL_WRONG[key])] if key in STILL_WRONG else []
        yield pytest.param(e, id=f"{e['id']}:{e['expr']}", marks=marks)


@pytest.mark.parametrize("e", list(_cases()))
def test_trial_expectation(trial_times, e):
    text = score.articles()[e["id"]]["text"]
    s, t = score.span(text, e["expr"], e["nth"])
    got = [(x["type"], x["value"]) for x in trial_times[e["id"]] if x["start"] < t and s < x["end"]]
    if e["type"] == "NONE":
        assert got == [], f"{e['expr']!r} is no time"
    else:
        assert (e["type"], e["value"]) in got, f"{e['expr']!r}: got {got}"


@pytest.mark.xfail(strict=True, reason="two spurious times: " + "; ".join(SPURIOUS))
def test_trial_has_no_spurious_time(trial_times):
    assert score.score(trial_times)["counts"]["spurious"] == 0


def test_trial_figures_do_not_fall(trial_times):
    counts = score.score(trial_times)["counts"]
    assert counts["found"] >= 147 and counts["value right"] >= 146 and counts["negatives fired"] == 0


# An entry of a live blog leads its line with its clock time: that is of publication, not of a day the entry
# before named; "almost overnight" is suddenly; "Overnight Finance:" inside a sentence is a newsletter's name.
def test_a_live_blog_entry_time_is_of_publication(extract):
    text = ("10:15 a.m.\nThe mayor says the bridge reopens on Friday.\n\n"
            "9:40 a.m.\nThe council is meeting to discuss the repairs.")
    got = times(extract, text, "2026-03-10")
    assert ("9:40 a.m.", "2026-03-10T09:40", "TIME") in got


@pytest.mark.parametrize("text", [
    "The shop's sales collapsed almost overnight when the factory closed.",
    "Readers of Overnight Finance: the newsletter, signed up in their thousands.",
])
def test_overnight_as_suddenly_or_a_name_is_no_time(extract, text):
    assert not [t for t in times(extract, text, "2026-03-10") if "vernight" in t[0]]
