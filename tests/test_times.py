"""Time expressions: recognition, TimeML values and the direction of each clause.

Publication date 2025-03-27 (a Thursday, ISO week 13) unless a case says otherwise. Each case is a sentence,
the expression expected in it, its value and its type.
"""

from __future__ import annotations

import json

import pytest

XF = pytest.mark.xfail


def times(extract, text: str, date: str = "2025-03-27") -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.type) for t in extract(text, date=date).times]


def one(extract, text: str, expr: str, date: str = "2025-03-27") -> tuple[str, str]:
    got = [(v, k) for t, v, k in times(extract, text, date) if t == expr]
    assert got, f"{expr!r} not found in {times(extract, text, date)}"
    return got[0]


ABSOLUTE = [
    ("The ceasefire began on March 16, 2025.", "March 16, 2025", "2025-03-16", "DATE"),
    ("Talks resumed on 16 March 2025 in Geneva.", "16 March 2025", "2025-03-16", "DATE"),
    ("The decree is dated 2025-03-16.", "2025-03-16", "2025-03-16", "DATE"),
    ("Growth slowed sharply in mid-2024.", "mid-2024", "2024", "DATE"),
    ("Inflation was high in the 1990s.", "the 1990s", "199", "DATE"),
    ("The plant opened in 1990.", "1990", "1990", "DATE"),
    ("The plant closed in the '80s.", "the '80s", "198", "DATE"),
    ("Sales rose in the first quarter of 2024.", "the first quarter of 2024", "2024-Q1", "DATE"),
    ("Prices fell in May 2010.", "May 2010", "2010-05", "DATE"),
    ("The party was founded in the 19th century.", "the 19th century", "18", "DATE"),
    ("The bridge was finished in the spring of 2019.", "the spring of 2019", "2019-SP", "DATE"),
    ("The vote was held on Christmas Eve 2019.", "Christmas Eve 2019", "2019-12-24", "DATE"),
]

RELATIVE = [
    ("The minister resigned yesterday.", "yesterday", "2025-03-26", "DATE"),
    ("The summit ends tomorrow.", "tomorrow", "2025-03-28", "DATE"),
    ("The summit opened today.", "today", "2025-03-27", "DATE"),
    ("Exports rose last week.", "last week", "2025-W12", "DATE"),
    ("Exports rose this week.", "this week", "2025-W13", "DATE"),
    ("Ceasefire Talks Resume Next Week", "Next Week", "2025-W14", "DATE"),  # a title-case headline, not a title
    # "the past year" is the last one, as "the last year" is; "over the past year" asks for a stretch of time
    ("Inflation doubled in the past year.", "the past year", "2024", "DATE"),
    ("Inflation doubled over the past year.", "the past year", "P1Y", "DURATION"),
    ("The vote is due next month.", "next month", "2025-04", "DATE"),
    ("The war started two years ago.", "two years ago", "2023", "DATE"),
    ("The law was passed three days ago.", "three days ago", "2025-03-24", "DATE"),
    ("Profits rose earlier this year.", "earlier this year", "2025", "DATE"),
    ("The talks will resume this spring.", "this spring", "2025-SP", "DATE"),
    ("Prices soared last summer.", "last summer", "2024-SU", "DATE"),
    ("The law passed last year.", "last year", "2024", "DATE"),
    ("Rebels attacked the town last night.", "last night", "2025-03-26TNI", "TIME"),
    ("The strike ended over the weekend.", "the weekend", "2025-W12-WE", "DATE"),
    (
        "Turnout fell in the fourth quarter of last year.",
        "the fourth quarter of last year",
        "2024-Q4",
        "DATE",
    ),
    ("The envoy arrived on March 3 and left two days later.", "two days later", "2025-03-05", "DATE"),
    ("The envoy arrived on March 3 and left the following week.", "the following week", "2025-W11", "DATE"),
    ("Prices are now falling.", "now", "PRESENT_REF", "DATE"),
    ("Such raids were common in the past.", "the past", "PAST_REF", "DATE"),
    ("Talks could resume in the future.", "the future", "FUTURE_REF", "DATE"),
    ("Sales have fallen in recent years.", "recent years", "PXY", "DURATION"),
    ("Humans settled the valley 10,000 years ago.", "10,000 years ago", "PAST_REF", "DATE"),
]

DURATIONS = [
    ("The talks lasted three years.", "three years", "P3Y", "DURATION"),
    ("He was held for 48 hours.", "48 hours", "PT48H", "DURATION"),
    ("Workers began a four-week strike.", "four-week", "P4W", "DURATION"),
    ("Prices doubled over the past two years.", "the past two years", "P2Y", "DURATION"),
    ("The siege lasted several months.", "several months", "PXM", "DURATION"),
    ("The war lasted a decade.", "a decade", "P10Y", "DURATION"),
    ("The search took a year and a half.", "a year and a half", "P1.5Y", "DURATION"),
    ("The vote took half an hour.", "half an hour", "PT30M", "DURATION"),
    ("The vote took 90 minutes.", "90 minutes", "PT90M", "DURATION"),
    ("The rebuilding will need between 9 and 14 months.", "9", "P9M", "DURATION"),
    ("She returned after a several-year absence.", "several-year", "PXY", "DURATION"),
    ("The strike lasted one day.", "one day", "P1D", "DURATION"),
    ("The index lost 8% in one day.", "one day", "P1D", "DURATION"),
    ("The fair promises three days of music and dance.", "three days", "P3D", "DURATION"),
    ("Rents may climb over the next couple of years.", "the next couple of years", "P2Y", "DURATION"),
]

SETS = [
    ("He visits the prison every Friday.", "every Friday", "XXXX-WXX-5", "SET"),
    ("The bulletin is published daily.", "daily", "P1D", "SET"),
    ("The committee meets twice a week.", "twice a week", "P1W", "SET"),
    ("The fair is held every year.", "every year", "P1Y", "SET"),
    ("Markets close early on Fridays.", "Fridays", "XXXX-WXX-5", "SET"),
    ("Guards patrol the border every morning.", "every morning", "XXXX-XX-XXTMO", "SET"),
    # "annually" is any year (XXXX), as the TimeML corpora write it, like XXXX-WXX-5 for "every Friday"
    ("The foundation hands out $2 million annually to village schools.", "annually", "XXXX", "SET"),
    ("The ferry company pays its pilots a bonus every quarter.", "every quarter", "P1Q", "SET"),
]

CLOCK = [
    ("The attack began at 6am.", "6am", "2025-03-27T06:00", "TIME"),
    ("The shelling stopped at 10:30 p.m.", "10:30 p.m.", "2025-03-27T22:30", "TIME"),
    ("Police arrived on Saturday at 15:00 GMT.", "Saturday at 15:00 GMT", "2025-03-22T15:00Z", "TIME"),
    ("The ceasefire starts at 0600 GMT on Monday.", "0600 GMT on Monday", "2025-03-31T06:00Z", "TIME"),
    ("The polls will close at 8 p.m. on Friday.", "8 p.m. on Friday", "2025-03-28T20:00", "TIME"),
    ("The minister spoke this morning.", "this morning", "2025-03-27TMO", "TIME"),
    ("The rally ended at midnight.", "midnight", "2025-03-27T24:00", "TIME"),
    ("Clashes broke out on Sunday night.", "Sunday night", "2025-03-23TNI", "TIME"),
    ("The plan should be ready by 6 o'clock this afternoon.", "6 o'clock this afternoon", "2025-03-27T18:00", "TIME"),
]


NEWS = [  # the shapes of wire copy
    ("PARIS, March 27 (Reuters) - Prosecutors opened an inquiry.", "March 27", "2025-03-27", "DATE"),
    ("Fighting has raged since October 7, 2023.", "October 7, 2023", "2023-10-07", "DATE"),
    (
        "The company posted a loss for the fourth quarter, up from a year earlier.",
        "a year earlier",
        "2023-Q4",
        "DATE",
    ),
    ("The ceasefire will expire at midnight on Sunday.", "midnight on Sunday", "2025-03-30T24:00", "TIME"),
    ("The trial is expected to last until the summer.", "the summer", "2025-SU", "DATE"),
    # kept beside the rules that drop their generic or idiomatic neighbours
    ("Today's vote was postponed.", "Today", "2025-03-27", "DATE"),
    ("Shares fell by the close of tomorrow's session.", "tomorrow", "2025-03-28", "DATE"),
    ("The envoy said at the time he would resign.", "at the time", "PAST_REF", "DATE"),
    ("Prices were low at the time.", "at the time", "PAST_REF", "DATE"),
    ("The talks ended at noon.", "noon", "2025-03-27T12:00", "TIME"),
    ("Gunmen attacked the convoy, most recently last May.", "last May", "2024-05", "DATE"),
    ("He was mayor in the 1980s and early 1990s.", "early 1990s", "199", "DATE"),
    ("Disco filled the charts in the 70s and 80s.", "80s", "198", "DATE"),
    ("Disco filled the charts in the 70s and 80s.", "the 70s", "197", "DATE"),
    ("The report is published every two years.", "every two years", "P2Y", "SET"),
    ("Officials expect a decision by mid-April.", "mid-April", "2025-04", "DATE"),
    ("The hearing is set for 9:30 a.m. Tuesday.", "9:30 a.m. Tuesday", "2025-04-01T09:30", "TIME"),
    ("The 24-hour strike starts on Wednesday.", "24-hour", "PT24H", "DURATION"),
    ("The stoppage could cost $5 million a day.", "a day", "P1D", "SET"),
    ("The border stays shut for the time being.", "the time being", "PRESENT_REF", "DATE"),
    ("The party has not won since '94.", "'94", "1994", "DATE"),
    ("Shares closed the day higher.", "the day", "2025-03-27", "DATE"),
    ("Thousands marched on May Day.", "May Day", "2024-05-01", "DATE"),
    ("Retailers praised their January figures.", "January", "2025-01", "DATE"),
    ("The 2026 World Cup will be hosted by three countries.", "2026", "2026", "DATE"),
    ("Fans queued for tickets to the Boxing Day match.", "Boxing Day", "2024-12-26", "DATE"),
    ("The firm will publish fourth-quarter results next week.", "fourth-quarter", "2024-Q4", "DATE"),
    ("Arrivals rose in the first half of the year.", "the first half of the year", "2025-H1", "DATE"),
    ("The talks will take place in the first week of April.", "the first week of April", "2025-W14", "DATE"),
    ("Prices peaked in the last week of January 2024.", "the last week of January 2024", "2024-W04", "DATE"),
    ("Prices peaked in the last week of July 2025.", "the last week of July 2025", "2025-W31", "DATE"),
    ("Sales slowed in the first week of June 2025.", "the first week of June 2025", "2025-W23", "DATE"),
    ("The minister is expected to step down by year's end.", "year's end", "2025", "DATE"),
    ("The ministry said in a September report that exports fell.", "September", "2024-09", "DATE"),
    ("Emissions fell to 30 percent below 2005 levels.", "2005", "2005", "DATE"),
    ("Reporters obtained the senator's 1998 tax filings.", "1998", "1998", "DATE"),
    ("A magazine profiled him in 2013 and other papers followed.", "2013", "2013", "DATE"),
    ("The party won in 1997. It lost that year's local elections.", "that year", "1997", "DATE"),
    ("The September 11 attacks changed US policy.", "September 11", "XXXX-09-11", "DATE"),
    ("The March 16 flights carried 238 Venezuelans.", "March 16", "2025-03-16", "DATE"),
    (
        "The envoy arrived on March 3. The day before, rebels seized the town.",
        "The day before",
        "2025-03-02",
        "DATE",
    ),
    ("The law passed in 2019; the year after, it was repealed.", "the year after", "2020", "DATE"),
    ("He arrived on March 3 and left the next day.", "the next day", "2025-03-04", "DATE"),
    ("Over the following year, prices doubled.", "the following year", "P1Y", "DURATION"),
    (
        "Exports grew 8% in January from the same month last year.",
        "the same month last year",
        "2024-01",
        "DATE",
    ),
    (
        "Profit in the third quarter beat the same period a year earlier.",
        "the same period a year earlier",
        "2023-Q3",
        "DATE",
    ),
    ("The plan failed in the following year.", "the following year", "2026", "DATE"),
    ("Stocks fell on Monday. The index rose later in the day.", "later in the day", "2025-03-24", "DATE"),
    ("Exports slumped at the end of the financial year.", "the end of the financial year", "2025", "DATE"),
    ("The talks were held on March 16-18 in Geneva.", "March 16", "2025-03-16", "DATE"),
    ("The talks were held on March 16-18 in Geneva.", "18", "2025-03-18", "DATE"),
    ("The summit runs from 16 to 18 April 2026.", "18 April 2026", "2026-04-18", "DATE"),
    ("The summit runs from 16 to 18 April 2026.", "16", "2026-04-16", "DATE"),
    ("The vote was held on the 3rd.", "the 3rd", "2025-03-03", "DATE"),
    ("The vote will be held on the 3rd.", "the 3rd", "2025-04-03", "DATE"),
    ("Profits rose in H1 2024.", "H1 2024", "2024-H1", "DATE"),
]


@pytest.mark.parametrize("text, expr, value, kind", ABSOLUTE + RELATIVE + DURATIONS + SETS + CLOCK + NEWS)
def test_value(extract, text, expr, value, kind):
    assert one(extract, text, expr) == (value, kind)


# the same expression, read past or future from its clause
DIRECTION = [
    ("The minister visited Kyiv on Friday.", "Friday", "2025-03-21"),
    ("The minister will visit Kyiv on Friday.", "Friday", "2025-03-28"),
    ("She testified on Tuesday.", "Tuesday", "2025-03-25"),
    ("She plans to testify on Tuesday.", "Tuesday", "2025-04-01"),
    ("She is going to testify on Tuesday.", "Tuesday", "2025-04-01"),
    ("The talks begin Monday.", "Monday", "2025-03-31"),
    ("The talks began Monday.", "Monday", "2025-03-24"),
    ("The court ruled on March 30.", "March 30", "2024-03-30"),
    ("The court will rule on March 30.", "March 30", "2025-03-30"),
    ("The court ruled on March 20.", "March 20", "2025-03-20"),
    ("The court will rule on March 20.", "March 20", "2026-03-20"),
    ("The minister visited Kyiv in May.", "May", "2024-05"),
    ("The minister is due to visit Kyiv in May.", "May", "2025-05"),
    ("The envoy is expected to arrive in June.", "June", "2025-06"),
    ("The envoy arrived in June.", "June", "2024-06"),
    ("A hearing has been scheduled for April 2.", "April 2", "2025-04-02"),
    ("Elections could be held in October.", "October", "2025-10"),
    ("Call me on Sunday.", "Sunday", "2025-03-30"),
    ("Polls close on Thursday, with results expected on Friday.", "Friday", "2025-03-28"),
    ("Growth was weaker than forecast in January.", "January", "2025-01"),
    ("Elections are due in November.", "November", "2025-11"),
    ("Elections were held in November.", "November", "2024-11"),
    ("Officials said on Friday that talks will resume.", "Friday", "2025-03-21"),
    ("Officials said talks will resume on Friday.", "Friday", "2025-03-28"),
    ("The minister told reporters Monday that he would resign Friday.", "Friday", "2025-03-28"),
    ("Protests are planned for Saturday in 20 cities.", "Saturday", "2025-03-29"),
    ("The market will stay closed until Monday.", "Monday", "2025-03-31"),
    ("The army hit the town on Friday.", "Friday", "2025-03-21"),
    ("The senator is asking questions about Monday's hearing.", "Monday", "2025-03-24"),
    ("The senator will attend Monday's hearing.", "Monday", "2025-03-31"),
    pytest.param(
        "The central bank cut rates in April.",
        "April",
        "2024-04",
        marks=XF(
            strict=True,
            reason="the small model parses 'bank cut rates' as one noun phrase: no verb, so the nearest April",
        ),
    ),
]

# the publication date's own weekday (Thursday) in a past or present sentence is that day
PUBLICATION_WEEKDAY = [
    ("The minister arrived in Kyiv on Thursday.", "Thursday", "2025-03-27"),
    ("Officials said Thursday that the talks had failed.", "Thursday", "2025-03-27"),
    ("The minister is in Kyiv on Thursday.", "Thursday", "2025-03-27"),
    ("The minister arrived in Kyiv last Thursday.", "last Thursday", "2025-03-20"),
    ("The minister will return next Thursday.", "next Thursday", "2025-04-03"),
    ("The minister will testify Thursday.", "Thursday", "2025-03-27"),  # a Thursday story: later today
]


@pytest.mark.parametrize("text, expr, value", DIRECTION + PUBLICATION_WEEKDAY)
def test_direction(extract, text, expr, value):
    assert one(extract, text, expr)[0] == value


YEAR_BOUNDARY = [  # (publication date, sentence, expression, value)
    ("2025-01-02", "The fire broke out on December 30.", "December 30", "2024-12-30"),
    ("2025-01-02", "The fire broke out on Monday.", "Monday", "2024-12-30"),
    ("2025-01-02", "Exports fell last month.", "last month", "2024-12"),
    ("2025-01-02", "Exports fell last week.", "last week", "2024-W52"),
    ("2025-01-02", "Sales rose in December.", "December", "2024-12"),
    ("2025-01-02", "The plant closed last year.", "last year", "2024"),
    ("2024-12-30", "The law will take effect on January 2.", "January 2", "2025-01-02"),
    ("2024-12-30", "The law takes effect next week.", "next week", "2025-W02"),
    ("2024-12-30", "The minister will visit on Friday.", "Friday", "2025-01-03"),
    ("2024-12-30", "Talks will resume in January.", "January", "2025-01"),
]

LEAP_DAYS = [
    ("2025-03-27", "The deal was signed on February 29.", "February 29", "2024-02-29"),
    ("2025-03-27", "A vote will be held on February 29.", "February 29", "2028-02-29"),
    ("2024-03-01", "The deal was signed yesterday.", "yesterday", "2024-02-29"),
    ("2024-02-28", "The results come out tomorrow.", "tomorrow", "2024-02-29"),
    ("2024-02-29", "The treaty was signed a year ago.", "a year ago", "2023"),
    ("2024-02-29", "The treaty was signed a week ago.", "a week ago", "2024-W08"),
    ("2024-02-29", "Turnout rose in the first quarter.", "the first quarter", "2024-Q1"),
]


@pytest.mark.parametrize("date, text, expr, value", YEAR_BOUNDARY + LEAP_DAYS)
def test_calendar_edges(extract, date, text, expr, value):
    assert one(extract, text, expr, date=date)[0] == value


# words that look like times but are not: nothing in these sentences is a time expression
NOT_TIMES = [
    "Theresa May said the vote would pass.",
    "Protesters march on the capital.",
    "More than 2000 troops were deployed.",
    "The ticket cost $1990.",
    "A 22-year-old man was arrested.",
    "The vaccine is offered to children aged 6 months and older.",
    "Aid will be sent as soon as possible.",
    "Prices fall when supply rises.",
    "May I ask a question?",
    "March with us to the capital, organisers urged supporters.",
    "Thousands March Against War in London.",
    "\"May God protect us,\" she said.",
    "May said the deal was dead.",
    "Brian May played guitar.",
    "He won a quarter of the vote.",
    "The company makes a second attempt.",
    "The Sunday Times reported the story.",
    "The bill passed by 1,500 votes.",
    "Rome declined after the fall of the republic.",
    "The index fell 2.36% to 4,907.20 points.",
    "Farmers sold Christmas trees at the market.",
    "Few people live on Christmas Island.",
    "The Russell 2000 index fell.",
    "The day before the vote, police arrested him.",
    "Turnout in the district was in the mid-30s.",
    "The suspect is in his 30s.",
    "The survey was published by USA TODAY.",
    # a set adjective that says what kind of meeting or payment a noun is, not when anything happens
    "Shareholders approved the plan at the annual meeting.",
    "The utility raised its quarterly dividend to 40 cents a share.",
    "Average daily volume on the exchange was 90 million shares.",
    # a growth rate or a unit of measure, which TimeML corpora leave unmarked
    "Exports grew 6% annually over the decade.",
    "The bakery hopes to double its output annually.",
    "The new pump moves 40 litres per second.",
    "The clinic sees about 300 patients per week.",
    # the present or future age, not a day; an idiom; an event's time told by its clause
    "The novel speaks to today's youth.",
    "Engineers are designing the cars of tomorrow.",
    "For the striking miners, high noon has arrived.",
    "At the time the bridge collapsed, the river was in flood.",
    "Now for the weather.",
    # "the future" as prospects, "one day" as some day
    "Workers fear for the future of the mill.",
    "The future looks bleak for the fishing fleet.",
    "The boy hopes he will one day fly jets.",
    "One day the river might run clean again.",
    # an amount of recorded media, not a stretch of time
    "The new player holds 40 hours of video.",
    "She was named player of the year.",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_a_time(extract, text):
    assert times(extract, text) == []


NOT_THIS_ONE = [
    # the expression beside a time is not a time of its own
    ("Gunmen attacked the convoy, most recently last May.", "recently"),
    ("Critics said on Monday that the film mocks today's society.", "today"),
]


@pytest.mark.parametrize("text, expr", NOT_THIS_ONE)
def test_not_this_expression(extract, text, expr):
    assert expr not in [t for t, _, _ in times(extract, text)]


def test_decade_is_not_a_year(extract):
    assert one(extract, "Prices rose in the 1990s.", "the 1990s") == ("199", "DATE")
    assert one(extract, "Prices rose in 1990.", "1990") == ("1990", "DATE")


def test_offsets_point_at_the_text(extract):
    text = "On Monday, a law firm filed a petition; the hearing is on April 2."
    for t in extract(text).times:
        assert text[t.start : t.end] == t.text


def test_anchor_is_recorded(extract):
    rec = extract("The envoy arrived on March 3 and left two days later.")
    first, later = rec.times
    assert first.anchor == "publication"
    assert later.anchor == "t1"


def test_anchor_names_the_place_of_the_time_in_the_record(extract):
    rec = extract("After 48 hours of talks, the envoy left on March 3 and returned two days later.")
    assert [(t.text, t.anchor) for t in rec.times] == [
        ("48 hours", None), ("March 3", "publication"), ("two days later", "t2"),
    ]


def test_seed_article_core_times(seed_record):
    got = {t.text: t.value for t in seed_record.times}
    assert got.get("Wednesday") == "2025-03-26"
    assert got.get("March 16") == "2025-03-16"
    assert got.get("Monday") == "2025-03-24"


def test_lexicon_loads_and_is_checked(tmp_path):
    from newsgraph.extractors.timex import lexicon

    table = lexicon.load()
    assert table["month"]["March"] == "3"
    bad = tmp_path / "bad.tsv"
    bad.write_text("word\tclass\tvalue\nMarch\tmonth\t3\nMarch\tmonth\t3\n")
    with pytest.raises(lexicon.LexiconError, match="duplicate"):
        lexicon.load.__wrapped__(bad)
    bad.write_text("word\tclass\tvalue\nMarch\tmonths\t3\n")
    with pytest.raises(lexicon.LexiconError, match="unknown class"):
        lexicon.load.__wrapped__(bad)
    bad.write_text("word\tclass\tvalue\nMarch\tmonth\t13\n")
    with pytest.raises(lexicon.LexiconError, match="bad value"):
        lexicon.load.__wrapped__(bad)


def test_every_holiday_rule_resolves():
    from newsgraph.extractors.timex import dates, lexicon

    for word, rule in lexicon.words("holiday").items():
        assert dates.holiday(rule, 2025).year == 2025, word
    assert dates.easter(2025).isoformat() == "2025-04-20"
    assert dates.holiday("nth:4:4:11", 2025).isoformat() == "2025-11-27"  # Thanksgiving
    assert dates.holiday("nth:1:1:11+1", 2024).isoformat() == "2024-11-05"  # US Election Day
    assert dates.holiday("nth:1:1:11+1", 2022).isoformat() == "2022-11-08"


def test_cli_lists_times_with_their_values(tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli import cli

    path = tmp_path / "story.txt"
    path.write_text("date 2025-03-27\nThe envoy visited Kyiv on Wednesday and will return next month.\n")
    shown = CliRunner().invoke(cli, ["show", str(path)])
    assert shown.exit_code == 0, shown.output
    assert "Wednesday" in shown.output and "2025-03-26" in shown.output and "2025-04" in shown.output
    extracted = CliRunner().invoke(cli, ["extract", str(path)])
    assert extracted.exit_code == 0, extracted.output
    times = json.loads(extracted.output.splitlines()[0])["times"]
    assert [(t["text"], t["value"], t["type"], t["anchor"]) for t in times] == [
        ("Wednesday", "2025-03-26", "DATE", "publication"),
        ("next month", "2025-04", "DATE", "publication"),
    ]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-03-26", "day"), ("2025-03-26T15:00Z", "time"), ("2025-W13", "week"), ("2025-W12-WE", "week"),
        ("2025-03", "month"), ("2025-SP", "season"), ("2025-Q1", "quarter"), ("2025-H2", "half"),
        ("2025", "year"), ("199", "decade"), ("19", "century"), ("P3Y", None), ("PAST_REF", None),
        ("XXXX-09-11", None), ("XXXX-WXX-5", None),
    ],
)
def test_precision_of_a_value(value, expected):
    from newsgraph.extractors.timex.dates import precision

    assert precision(value) == expected
