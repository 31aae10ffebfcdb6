"""Time expressions of business reporting and broadcast transcripts: the reference quarter of an earnings story,
year-less month-days near the publication date, planned events, spoken years.

The team's own sentences. Publication date 2025-10-28 (a Tuesday, in the fourth quarter) unless a case says
otherwise: the quarter a company reports on then is the third.
"""

from __future__ import annotations

import pytest

DATE = "2025-10-28"


def values(extract, text: str, date: str = DATE) -> dict[str, tuple[str, str]]:
    return {t.text: (t.value, t.type) for t in extract(text, date=date).times}


EARNINGS = [
    # the quarter named first is the one the story is about; back references read against it
    ("Third-quarter profit at the brewer rose 8%. In the latest quarter, sales reached $2 billion.",
     "the latest quarter", "2025-Q3"),
    ("The miner lost money in the third quarter. In the year-earlier quarter it had earned $40 million.",
     "the year-earlier quarter", "2024-Q3"),
    ("The miner lost money in the third quarter. In the year-ago period it had earned $40 million.",
     "the year-ago period", "2024-Q3"),
    ("The chain's third-quarter sales rose 4%. Profit in the 2024 period was lower.", "the 2024 period", "2024-Q3"),
    ("The chain's third-quarter sales rose 4%. Costs rose during the quarter.", "the quarter", "2025-Q3"),
    ("Net income rose in the third quarter to $12 million from $9 million a year ago.", "a year ago", "2024-Q3"),
    ("Revenue climbed in the second quarter, to $3 billion from $2.6 billion a year earlier.",
     "a year earlier", "2024-Q2"),
    ("The retailer earned more in the third quarter. The year-earlier results included a tax gain.",
     "year-earlier", "2024-Q3"),
    ("Profit fell in the 2024 third quarter, the insurer said.", "the 2024 third quarter", "2024-Q3"),
    ("Profit fell in the year-ago third quarter, the insurer said.", "the year-ago third quarter", "2024-Q3"),
    # a round-up: a later company's own quarter ("reported third-quarter profit") becomes the reference
    ("The railway earned more in its fiscal first quarter. Separately, the ferry line reported third-quarter "
     "profit of $9 million, from $7 million a year earlier.", "a year earlier", "2024-Q3"),
    ("Sales could be booked as early as next year's first quarter.", "next year's first quarter", "2026-Q1"),
    # "the year" alone closing a period phrase: the year the story is in
    ("Third-quarter sales rose 5%. For the year, volume was flat.", "the year", "2025"),
    ("Sales fell to $2 billion in the first nine months of the year.", "the year", "2025"),
    # no quarter named yet: the last quarter that ended before publication
    ("The airline said fuel costs weighed on the latest quarter.", "the latest quarter", "2025-Q3"),
    # the quarter just ended is still to be reported on: this year's, not next year's
    ("The bank will report third-quarter results next week.", "third-quarter", "2025-Q3"),
]


@pytest.mark.parametrize("text, expr, value", EARNINGS)
def test_earnings_periods(extract, text, expr, value):
    got = values(extract, text)
    assert expr in got, got
    assert got[expr] == (value, "DATE")


# a comparison is never counted from: a second "a year earlier" is still one year back, not two
CHAINED_COMPARISONS = [
    ("The lender said costs rose compared with a year earlier. Its loss widened from $3 million a year earlier.",
     ["2024", "2024"]),
    ("The hotel group said 2020 was its worst year. Bookings fell by half from a year earlier, and revenue was "
     "down from a year earlier.", ["2020", "2019", "2019"]),
]


@pytest.mark.parametrize("text, expected", CHAINED_COMPARISONS)
def test_a_comparison_is_not_an_anchor(extract, text, expected):
    assert [t.value for t in extract(text, date=DATE).times] == expected


def test_an_outlook_quarter_is_not_the_reference(extract):
    text = ("Sales rose in the third quarter. The company expects weak demand in the fourth quarter. "
            "In the latest quarter, margins widened.")
    assert values(extract, text)["the latest quarter"] == ("2025-Q3", "DATE")


FISCAL_YEAR = [
    ("The group had revenue of $80 million for the year ended June 30.", "the year"),
    ("In the fiscal year ending in March, the company lost money.", "the fiscal year"),
]


@pytest.mark.parametrize("text, expr", FISCAL_YEAR)
def test_a_year_told_by_its_end_is_a_twelve_month_period(extract, text, expr):
    assert values(extract, text)[expr] == ("P1Y", "DURATION")


NOT_TIMES = [
    ("The candidate won a quarter of the vote.", "a quarter"),
    ("The party won the quarter of the seats it needed.", "the quarter"),
    ("Officials said the man, 52 years old, was released.", "years"),
    ("In the latest period of unrest, shops closed.", "the latest period"),  # no earnings story: not a quarter
    ("The company sold 1988 quarter-inch bolts.", "1988 quarter"),
]


@pytest.mark.parametrize("text, expr", NOT_TIMES)
def test_not_business_periods(extract, text, expr):
    assert expr not in values(extract, text)


NEAR_DATES = [
    # a past-tense clause with a year-less date: the near date ahead rather than one almost a year back
    ("The board declared a dividend, payable Dec. 12 to holders of record Nov. 20.", "Dec. 12", "2025-12-12"),
    ("The board declared a dividend, payable Dec. 12 to holders of record Nov. 20.", "Nov. 20", "2025-11-20"),
    ("The firm agreed to buy the lender in January.", "January", "2026-01"),
    # a date a few months back stays in the past
    ("The firm launched the phone on June 3.", "June 3", "2025-06-03"),
]


@pytest.mark.parametrize("text, expr, value", NEAR_DATES)
def test_year_less_dates_near_publication(extract, text, expr, value):
    assert values(extract, text)[expr][0] == value


PLANNED = [
    ("The council has scheduled a budget vote Thursday.", "Thursday", "2025-10-30"),
    ("Farmers planned a march in the capital on Saturday.", "Saturday", "2025-11-01"),
    ("The union met on Saturday.", "Saturday", "2025-10-25"),
]


@pytest.mark.parametrize("text, expr, value", PLANNED)
def test_what_is_planned_lies_ahead(extract, text, expr, value):
    assert values(extract, text)[expr][0] == value


SPOKEN = [
    ("The station opened in nineteen eighty-four.", "nineteen eighty-four", "1984"),
    ("It happened again in March nineteen ninety-two.", "March nineteen ninety-two", "1992-03"),
    ("The plan was meant to be finished by the year two thousand.", "the year two thousand", "2000"),
    ("The town was flooded in nineteen oh five.", "nineteen oh five", "1905"),
    ("The river froze in the winter of nineteen seventy-eight.", "the winter of nineteen seventy-eight", "1978-WI"),
]


@pytest.mark.parametrize("text, expr, value", SPOKEN)
def test_spoken_years(extract, text, expr, value):
    assert values(extract, text)[expr] == (value, "DATE")


def test_two_thousand_alone_is_a_number(extract):
    assert not values(extract, "Some two thousand people marched.")


MORE = [
    ("Revenue for the full year reached $9 billion, the company said after its third quarter.", "the full year",
     ("2025", "DATE")),
    ("Those costs are to be booked across the next three quarters.", "the next three quarters", ("P9M", "DURATION")),
    ("Investors cheered the recent sale of the unit.", "recent", ("PAST_REF", "DATE")),
]


@pytest.mark.parametrize("text, expr, expected", MORE)
def test_more_business_and_vague_references(extract, text, expr, expected):
    assert values(extract, text)[expr] == expected


def test_recent_before_a_unit_is_the_longer_expression(extract):
    got = values(extract, "Sales rose in recent years.")
    assert "recent years" in got and "recent" not in got


def test_a_year_ago_far_from_any_quarter_is_the_year(extract):
    text = ("Sales rose in the third quarter. The chairman spoke at length about the new plant. "
            "The board met in Zurich to review the plans for the site. Prices were lower than a year ago.")
    assert values(extract, text)["a year ago"] == ("2024", "DATE")


FRACTIONS_AND_EVENTS = [
    ("The talks lasted 5 1/2 hours.", "5 1/2 hours", ("PT5.5H", "DURATION")),
    ("The refugees stayed in the camps for 2 1/2 years.", "2 1/2 years", ("P2.5Y", "DURATION")),
]


@pytest.mark.parametrize("text, expr, expected", FRACTIONS_AND_EVENTS)
def test_written_fractions(extract, text, expr, expected):
    assert values(extract, text)[expr] == expected


@pytest.mark.parametrize("text, word", [
    ("The hostage was freed soon after the raid.", "soon"),
    ("The border closed shortly before the vote.", "shortly"),
])
def test_soon_after_an_event_is_not_a_reference(extract, text, word):
    assert word not in values(extract, text)


def test_soon_alone_is_the_future(extract):
    assert values(extract, "The ministers will meet soon.")["soon"] == ("FUTURE_REF", "DATE")


@pytest.mark.parametrize("text, expr, expected", [
    ("It was the worst single-day fall since the crash.", "single-day", ("P1D", "DURATION")),
    ("The carmaker lost money in the third quarter and for the entire year.", "the entire year", ("2025", "DATE")),
])
def test_single_day_and_the_entire_year(extract, text, expr, expected):
    assert values(extract, text)[expr] == expected


def test_not_a_single_day_is_emphasis(extract):
    assert "a single day" not in values(extract, "Not a single day passed without rain.")


def test_a_city_quarter_is_no_period(extract):
    text = "Fighting spread to the old city. Residents of the quarter fled as the quarter burned."
    assert "the quarter" not in values(extract, text)


def test_the_latest_period_needs_an_earnings_story(extract):
    text = "Police moved their headquarters. In the latest period of calm, shops reopened."
    assert "the latest period" not in values(extract, text)


def test_the_year_ended_badly_is_no_fiscal_year(extract):
    assert values(extract, "The year ended badly for the team.").get("the year") != ("P1Y", "DURATION")


VAGUE_PAST = [
    # bare "recent"/"past" before a plural unit: a stretch up to now in the present perfect, else some past time
    ("Exports have grown in recent years.", "recent years", ("PXY", "DURATION")),
    ("The agency has helped by sharing data in recent days.", "recent days", ("PXD", "DURATION")),
    ("The currency soared in recent years.", "recent years", ("PAST_REF", "DATE")),
    ("The mill owes its growth in recent years to exports.", "recent years", ("PAST_REF", "DATE")),
    ("There were strikes in past years, too.", "past years", ("PAST_REF", "DATE")),
    ("Over the past several months the plant was idle.", "the past several months", ("PXM", "DURATION")),
    # vague plural quarters are reporting periods, not a length: a time before or ahead of now
    ("Margins were thin over the past several quarters.", "the past several quarters", ("PAST_REF", "DATE")),
    ("The chain expects weaker sales in coming quarters.", "coming quarters", ("FUTURE_REF", "DATE")),
    ("The credits will lower its tax bills in future quarters.", "future quarters", ("FUTURE_REF", "DATE")),
    ("Farmers worry about prices in future years.", "future years", ("FUTURE_REF", "DATE")),
    ("Demand should recover in the coming weeks.", "the coming weeks", ("PXW", "DURATION")),
]


@pytest.mark.parametrize("text, expr, expected", VAGUE_PAST)
def test_recent_units_point_back_unless_counted_up_to_now(extract, text, expr, expected):
    assert values(extract, text)[expr] == expected


ASKED_FOR = [
    # what a past verb asks for with a purpose infinitive may lie just ahead: the near date, not one a year back
    ("The committee summoned the boy to appear before it on Nov. 12, its chairman said.", "Nov. 12", "2025-11-12"),
    ("Traders placed orders to open the first session for December deliveries.", "December", "2025-12"),
    ("The firm hired a crew to repair the roof in June.", "June", "2025-06"),
]


@pytest.mark.parametrize("text, expr, value", ASKED_FOR)
def test_a_purpose_infinitive_under_a_past_verb_only_leans_back(extract, text, expr, value):
    assert values(extract, text)[expr][0] == value


HOLIDAY_WEEKS = [
    # "<holiday> week": the ISO week of the holiday; the coming one when publication falls in that week
    ("Pilgrims gathered as Easter week began.", "2026-03-30", "Easter week", "2026-W14"),
    ("Shops were busy in Christmas week.", "2026-03-30", "Christmas week", "2025-W52"),
    ("The ferry will run daily in Christmas week.", "2026-03-30", "Christmas week", "2026-W52"),
]


@pytest.mark.parametrize("text, date, expr, value", HOLIDAY_WEEKS)
def test_a_holiday_week_is_the_week_of_the_holiday(extract, text, date, expr, value):
    assert values(extract, text, date)[expr] == (value, "DATE")


LONGER_PERIODS = [
    # "a year earlier" in a sentence about the nine months (or the half) compares that stretch: the year, no quarter
    ("The brewer's third-quarter profit rose 8%. For the nine months, it earned $40 million, up from $31 million "
     "a year earlier.", "a year earlier", "2024"),
    ("The brewer's third-quarter profit rose 8%. In the first half, sales fell from a year ago.", "a year ago",
     "2024"),
    ("The brewer's third-quarter profit rose 8%, up from $9 million a year earlier.", "a year earlier", "2024-Q3"),
]


@pytest.mark.parametrize("text, expr, value", LONGER_PERIODS)
def test_a_year_back_of_a_longer_period_is_no_quarter(extract, text, expr, value):
    assert values(extract, text)[expr][0] == value


HALVES = [
    # two quarters of a named year are its half
    ("Orders should recover in the first two quarters of 2027.", "the first two quarters of 2027", "2027-H1"),
    ("Margins narrowed in the last two quarters of last year.", "the last two quarters of last year", "2024-H2"),
    ("Orders recovered in the first two quarters of 2023.", "the first two quarters of 2023", "2023-H1"),
]


@pytest.mark.parametrize("text, expr, value", HALVES)
def test_two_quarters_of_a_year_are_its_half(extract, text, expr, value):
    assert values(extract, text)[expr] == (value, "DATE")


FISCAL_YEARS = [
    # "the fiscal year": the year running; a year's stretch after "throughout"; "the latest" one is last year's
    ("The retailer expects margins to widen throughout the fiscal year.", "the fiscal year", ("P1Y", "DURATION")),
    ("Its latest annual report covers the latest fiscal year only.", "the latest fiscal year",
     ("2024", "DATE")),
    ("The retailer plans to open ten stores in the fiscal year.", "the fiscal year", ("2025", "DATE")),
    ("Quarterly profit fell 8%. The shares reached a high for the year of $31 in May.", "the year",
     ("2025", "DATE")),
]


@pytest.mark.parametrize("text, expr, expected", FISCAL_YEARS)
def test_the_fiscal_year_and_the_year_of_a_high(extract, text, expr, expected):
    assert values(extract, text)[expr] == expected


def test_the_year_of_a_thing_is_no_time(extract):
    assert "the year" not in values(extract, "He was named manager of the year of the league.")


OVERTAKEN_PLANS = [
    # a plan told from a past already overtaken may have been for either side of publication: the nearer day
    # (publication 2025-10-28 is a Tuesday)
    ("The offer had been scheduled to expire on Monday.", "Monday", "2025-10-27"),
    ("A concert planned for Monday was cancelled after the storm.", "Monday", "2025-10-27"),
    ("A concert planned for Friday was cancelled after the storm.", "Friday", "2025-10-31"),
    ("The offer is scheduled to expire on Monday.", "Monday", "2025-11-03"),
]


@pytest.mark.parametrize("text, expr, value", OVERTAKEN_PLANS)
def test_an_overtaken_plan_takes_the_nearer_day(extract, text, expr, value):
    assert values(extract, text)[expr][0] == value


POSSESSIVE_DAYS = [
    # "Monday's ruling" names a thing that exists: an infinitive's future does not move the day ahead
    ("Tenants will need a way to undo Monday's verdict.", "Monday", "2025-10-27"),
    ("The owners will attend Friday's hearing.", "Friday", "2025-10-31"),
]


@pytest.mark.parametrize("text, expr, value", POSSESSIVE_DAYS)
def test_a_possessive_day_under_an_infinitive_is_behind(extract, text, expr, value):
    assert values(extract, text)[expr][0] == value
