"""Quantities: one line per linguistic case. Sentences are the team's own."""

from __future__ import annotations

import csv
from collections import Counter
from importlib import resources

import pycountry
import pytest

XFAIL = pytest.mark.xfail


def quantity(extract, text, span):
    """The quantity whose text contains ``span`` (or None)."""
    rec = extract(text)
    hits = [q for q in rec.quantities if span in q.text]
    assert len(hits) <= 1, [q.text for q in rec.quantities]
    return hits[0] if hits else None


# text, span the quantity must contain, expected text, value, unit, qualifier
VALUES = [
    ("Officials counted 238 ballots in the village.", "238", "238", 238, None, None),
    ("The port handled 40,000 containers last year.", "40,000", "40,000", 40000, None, None),
    ("The fund lost 6 million in a week.", "6 million", "6 million", 6000000, None, None),
    ("The budget rose to 1.5bn for the army.", "1.5bn", "1.5bn", 1500000000, None, None),
    ("Police arrested three protesters outside the court.", "three", "three", 3, None, None),
    ("A dozen reporters waited outside.", "dozen", "A dozen", 12, None, None),
    ("About a dozen villagers fled.", "dozen", "About a dozen", 12, None, "about"),
    ("The charity fed two hundred and fifty families.", "two", "two hundred and fifty", 250, None, None),
    ("Twenty-five soldiers were wounded in the clash.", "five", "Twenty-five", 25, None, None),
    ("The city has half a million residents.", "half", "half a million", 500000, None, None),
    ("Investors poured a billion into the scheme.", "billion", "a billion", 1000000000, None, None),
    ("Police said the 12 may face charges.", "12", "12", 12, None, None),
    # money
    ("The government paid $6 million for the detention.", "$6", "$6 million", 6000000, "USD", None),
    (
        "The bank fined the firm 500 million euros on Monday.",
        "500",
        "500 million euros",
        500000000,
        "EUR",
        None,
    ),
    ("The club sold the striker for £20m.", "£20m", "£20m", 20000000, "GBP", None),
    ("The ministry set aside €5bn for roads.", "€5bn", "€5bn", 5000000000, "EUR", None),
    ("Tokyo pledged 300 billion yen in aid.", "300", "300 billion yen", 300000000000, "JPY", None),
    ("The state budgeted 80 crore rupees for the dam.", "80", "80 crore rupees", 800000000, "INR", None),
    ("Shares closed at 26 cents.", "26", "26 cents", 0.26, "USD", None),
    ("Canberra offered AU$52.5 million to the carmaker.", "52.5", "AU$52.5 million", 52500000, "AUD", None),
    ("The company raised US$2.2bn from the sale.", "2.2bn", "US$2.2bn", 2200000000, "USD", None),
    ("Moscow paid 30 billion roubles for the bridge.", "30", "30 billion roubles", 30000000000, "RUB", None),
    ("The ticket costs 15 Australian dollars.", "15", "15 Australian dollars", 15, "AUD", None),
    ("The club paid 40 million pounds for the striker.", "40", "40 million pounds", 40000000, "GBP", None),
    ("The tuna weighed 600 pounds.", "600", "600 pounds", 600, "lb", None),
    # percent and measures
    ("Turnout fell 20% from the last vote.", "20", "20%", 20, "percent", None),
    ("Unemployment reached 7.5 per cent in June.", "7.5", "7.5 per cent", 7.5, "percent", None),
    ("The index rose 2.5 percentage points.", "2.5", "2.5 percentage points", 2.5, "percentage points", None),
    ("The convoy travelled 500km overnight.", "500km", "500km", 500, "km", None),
    ("The storm dumped 30 centimetres of snow.", "30", "30 centimetres", 30, "cm", None),
    ("Customs seized 2.3 tonnes of cocaine.", "2.3", "2.3 tonnes", 2.3, "t", None),
    (
        "Output climbed to 1.2 million barrels per day.",
        "1.2",
        "1.2 million barrels per day",
        1200000,
        "bbl/d",
        None,
    ),
    ("The phone has a 6.1-inch screen.", "6.1", "6.1-inch", 6.1, "in", None),
    ("Rebels hold a 6,000-square-kilometre area.", "6,000", "6,000-square-kilometre", 6000, "km2", None),
    ("Temperatures reached 48.8C in Sicily.", "48.8", "48.8C", 48.8, "°C", None),
    ("The index fell below the 8,000-point level.", "8,000", "8,000-point", 8000, "points", None),
    # fractions: a share of a whole, unit "fraction"
    (
        "Nearly two-thirds of respondents backed the plan.",
        "two",
        "Nearly two-thirds",
        0.6667,
        "fraction",
        "nearly",
    ),
    ("A quarter of the budget goes to defence.", "quarter", "A quarter", 0.25, "fraction", None),
    ("Half the deportees had no criminal record.", "Half", "Half", 0.5, "fraction", None),
    ("In the poll, 4 in 10 voters backed the measure.", "4", "4 in 10", 0.4, "fraction", None),
    ("About one in five children is malnourished.", "five", "About one in five", 0.2, "fraction", "about"),
    ("Three out of four schools closed.", "four", "Three out of four", 0.75, "fraction", None),
    ("The shares fell to 340p.", "340p", "340p", 3.4, "GBP", None),
    # qualifiers
    (
        "Washington paid around $6 million for the flights.",
        "$6",
        "around $6 million",
        6000000,
        "USD",
        "around",
    ),
    ("Police detained more than 86,000 people.", "86,000", "more than 86,000", 86000, None, "more than"),
    ("The fire destroyed nearly 300 homes.", "300", "nearly 300", 300, None, "nearly"),
    ("The quake killed at least 45 people.", "45", "at least 45", 45, None, "at least"),
    ("Almost 60% of voters stayed home.", "60", "Almost 60%", 60, "percent", "almost"),
    ("Fewer than 200 delegates attended.", "200", "Fewer than 200", 200, None, "fewer than"),
    ("The law allows up to 50 refugees a month.", "50", "up to 50", 50, None, "up to"),
    ("Some 400 families lost their homes.", "400", "Some 400", 400, None, "some"),
    ("Roughly 1,500 troops remain.", "1,500", "Roughly 1,500", 1500, None, "roughly"),
    ("The strike cost over $2 billion.", "$2", "over $2 billion", 2000000000, "USD", "over"),
    ("Less than 10 percent of the aid arrived.", "10", "Less than 10 percent", 10, "percent", "less than"),
    ("Approximately 700 ships pass each month.", "700", "Approximately 700", 700, None, "approximately"),
    ("Police arrested 86,000 or more people.", "86,000", "86,000 or more", 86000, None, "or more"),
    ("Some said 300 or so fled.", "300", "300 or so", 300, None, "or so"),
    ("The army sent 5,000-plus troops.", "5,000", "5,000-plus", 5000, None, "plus"),
    ("The index lost 250 points or more than 3%.", "3", "more than 3%", 3, "percent", "more than"),
]


@pytest.mark.parametrize("text, span, expected, value, unit, qualifier", VALUES)
def test_value_unit_qualifier(extract, text, span, expected, value, unit, qualifier):
    q = quantity(extract, text, span)
    assert q is not None
    assert (q.text, q.value, q.unit, q.qualifier) == (expected, value, unit, qualifier)


# a currency word several countries use: the country the article mentions picks it
CURRENCY_BY_COUNTRY = [
    ("Colombia's central bank said the fund holds 300 billion pesos.", "pesos", "COP"),
    ("Mexico will spend 50 million pesos on the programme.", "pesos", "MXN"),
    ("The fine was 20 million pesos.", "pesos", "MXN"),
    (
        "Kenya released 1.2 billion shillings for flood victims, officials in Nairobi said.",
        "shillings",
        "KES",
    ),
    ("Uganda's parliament approved 40 billion shillings for roads.", "shillings", "UGX"),
    ("The court ordered him to pay 3 million shillings.", "shillings", None),
    (
        "Pakistan raised fuel prices by 10 rupees a litre, the finance ministry in Islamabad said.",
        "rupees",
        "PKR",
    ),
    ("The loan was 500 million dinars, the Iraqi finance ministry in Baghdad said.", "dinars", "IQD"),
]


@pytest.mark.parametrize("text, span, unit", CURRENCY_BY_COUNTRY)
def test_currency_word_follows_the_article_country(extract, text, span, unit):
    q = quantity(extract, text, span)
    assert q is not None
    assert q.unit == unit


# text, span, expected text, low, high, unit
VAGUE_AND_RANGES = [
    (
        "Tens of thousands of people marched in the capital.",
        "thousands",
        "Tens of thousands",
        20000,
        99999,
        None,
    ),
    ("Hundreds of thousands fled the fighting.", "thousands", "Hundreds of thousands", 200000, 999999, None),
    (
        "Several thousand were sent home after the floodwaters fell.",
        "thousand",
        "Several thousand",
        3000,
        9000,
        None,
    ),
    ("A few hundred supporters gathered.", "hundred", "A few hundred", 200, 500, None),
    ("Dozens of houses collapsed.", "Dozens", "Dozens", 24, 99, None),
    ("Hundreds were injured in the stampede.", "Hundreds", "Hundreds", 200, 999, None),
    ("The war cost millions of dollars.", "millions", "millions of dollars", 2000000, 999999999, "USD"),
    (
        "Between 25,000 and 30,000 troops took part.",
        "25,000",
        "Between 25,000 and 30,000",
        25000,
        30000,
        None,
    ),
    (
        "The flood displaced between 12 and 20 million people.",
        "12",
        "between 12 and 20 million",
        12000000,
        20000000,
        None,
    ),
    ("Prices rose 15-20% in a month.", "15", "15-20%", 15, 20, "percent"),
    (
        "The deal is worth $16 million to $28 million.",
        "16",
        "$16 million to $28 million",
        16000000,
        28000000,
        "USD",
    ),
    ("Each camp holds 200 to 250 people.", "200", "200 to 250", 200, 250, None),
    (
        "Repair bills run between $4 million and $7 million.",
        "4",
        "between $4 million and $7 million",
        4000000,
        7000000,
        "USD",
    ),
    ("Rainfall was 3 to 5 times the average.", "3", "3 to 5", 3, 5, None),
    ("Two or three people died.", "Two", "Two or three", 2, 3, None),
]


@pytest.mark.parametrize("text, span, expected, low, high, unit", VAGUE_AND_RANGES)
def test_vague_amounts_and_ranges_have_bounds(extract, text, span, expected, low, high, unit):
    q = quantity(extract, text, span)
    assert q is not None
    assert (q.text, q.value, q.low, q.high, q.unit) == (expected, None, low, high, unit)


# text, span, what it counts
COUNTS = [
    (
        "Kenyan police have detained more than 1,200 suspected cattle thieves.",
        "1,200",
        "suspected cattle thieves",
    ),
    ("The stadium has a capacity for 60,000 fans.", "60,000", "fans"),
    ("Lawyers say the 57 expelled Eritreans are refugees.", "57", "expelled Eritreans"),
    ("Tens of thousands of suspected gangsters were sent to the prison.", "thousands", "suspected gangsters"),
    ("Police questioned three local journalists.", "three", "local journalists"),
    ("Dozens of families were evacuated.", "Dozens", "families"),
    ("Two of the hostages were freed.", "Two", "hostages"),
    ("Three of the injured died in hospital overnight.", "Three", "injured"),
    ("The firm cut 20% of its staff.", "20", "its staff"),
    ("About 300 people attended the rally.", "300", "people"),
    ("Rebels seized 12 armoured vehicles.", "12", "armoured vehicles"),
    ("The drought left 2m people short of food.", "2m", "people"),
    ("About half of the detainees were released.", "half", "detainees"),
    ("In the poll, 4 in 10 voters backed the measure.", "4", "voters"),
    ("About 60 percent of the 2,000 respondents agreed.", "60", "respondents"),
    (
        "A fifth of the county's roads and 15 percent of the county's bridges are shut.",
        "15",
        "the county's bridges",
    ),
    ("Customs seized 2.3 tonnes of cocaine at the port.", "2.3", "cocaine"),
    ("Floods drowned tens of thousands of head of livestock.", "thousands", "head of livestock"),
    ("Troops found 500 rounds of ammunition.", "500", "rounds of ammunition"),
    ("The storm dumped 30 centimetres of snow.", "30", "snow"),
    ("The government paid $6 million for the detention.", "$6", None),
    ("Several thousand were released.", "thousand", None),
    # a bare count standing for a noun counts what the count just before it in the sentence counted
    (
        "Troops detained 2,000 protesters, though several hundred were freed.",
        "several",
        "protesters",
    ),
    ("Police detained 300 protesters on Monday; 40 were charged.", "40", "protesters"),
    ("At least 27 people were killed, including 11 children, and 50 were wounded.", "50", None),
    (
        "The firm sold 3 million phones and paid $6 million, of which 2 million went to charity.",
        "2 million",
        None,
    ),
    # the value of a toll: no noun follows the number, the toll phrase says it counts the dead
    ("The death toll from the storm rose to 31 on Wednesday.", "31", "death toll"),
    ("The toll climbed to 40 as rescuers reached the villages.", "40", "toll"),
    ("Officials gave a casualty count of 12 for the blast.", "12", "casualty count"),
    ("The number of dead reached 9 by the evening.", "9", "number of dead"),
    ("The new figures raised the death toll to 58.", "58", "death toll"),
    ("The death toll stands at 17, the ministry said.", "17", "death toll"),
    # a number or a price that rises is no toll
    ("The number of tourists rose to 5,000, the board said.", "5,000", None),
    ("The share price rose to 31 in early trading.", "31", None),
    # a date after the number is when, not what it counts (whether or not NER joins the number to the date)
    ("Exports rose to 5,000 last month, the agency said.", "5,000", None),
    ("The bakery hired 40 last year and plans more.", "40", None),
    ("Ticket sales reached 900 this week.", "900", None),
    ("The clinic treated 40 patients last week.", "40", "patients"),
]


@pytest.mark.parametrize("text, span, counts", COUNTS)
def test_what_it_counts(extract, text, span, counts):
    q = quantity(extract, text, span)
    assert q is not None
    assert q.counts == counts
    if counts is not None:
        assert text[q.counts_start : q.counts_end] == counts


# text, the amount, the family of what happened to what it counts (link.claims.fate_kind: the story level
# compares only counts of one family) or None when the sentence does not say
FATES = [
    ("Storms killed at least 14 people in the valley.", "14", "death"),  # object of the verb
    ("Eleven people died when the bridge gave way.", "Eleven", "death"),  # subject
    ("The 19 passengers killed in the crash were named.", "19", "death"),  # participle after the noun
    ("Six climbers were missing after the avalanche.", "Six", "missing"),  # copula and adjective
    ("The death toll climbed to 52 on Friday.", "52", "death"),  # a toll's value: not what the toll did
    ("Police detained 80 protesters outside the court.", "80", "arrest"),
    ("She condemned the arrests of hundreds of students.", "hundreds", "arrest"),  # of-object of an event noun
    ("Helicopters rescued 60 people from the roofs.", "60", "rescue"),
    ("Fourteen workers were injured in the blast.", "Fourteen", "injury"),
    ("The council counted 40 parks in the city.", "40", None),  # a count with no happening of a family
]


@pytest.mark.parametrize("text, span, kind", FATES)
def test_what_happened_to_what_it_counts(extract, text, span, kind):
    from newsgraph.link.claims import fate_kind

    q = quantity(extract, text, span)
    assert q is not None
    assert fate_kind(q.fate, q.counts) == kind


# text, a substring that is NOT an amount (no quantity may overlap it)
NOT_QUANTITIES = [
    ("The party was founded in 1988 by students.", "1988"),
    ("The law passed in 2016 after a long debate.", "2016"),
    ("The deportations began on March 16.", "16"),
    ("Talks resumed on 16 March in Geneva.", "16"),
    ("The election was held on March 16, 2025, amid protests.", "2025"),
    ("The meeting starts at 10:30 on Monday.", "10:30"),
    ("The vote closes at 8 pm.", "8"),
    ("It was the third leg of a European tour.", "third"),
    ("Marcos won the 5th round.", "5th"),
    ("John Smith, 45, was charged on Tuesday.", "45"),
    ("A 45-year-old man was arrested.", "45"),
    ("The two suspects, aged 19 and 23, were held.", "23"),
    ("The boy, age 12, fled the scene.", "12"),
    ("Articles 3 and 4 of the convention apply.", "4"),
    ("Call the hotline on 555-1234 for help.", "555"),
    ("Call +1 202 555 0100 for details.", "202"),
    ("The Group of 20 met in Rome.", "20"),
    ("Leaders of the Group of Seven met in Italy.", "Seven"),
    ("Hospitals filled with COVID-19 patients.", "19"),
    ("The airline ordered the Airbus A380 in 2005.", "380"),
    ("Boeing delivered a new 737 to the airline.", "737"),
    ("The S&P 500 fell sharply on Friday.", "500"),
    ("The FTSE 100 index rose on Monday.", "100"),
    ("Under section 3 of the act, the minister can expel them.", "3"),
    ("Article 5 of the treaty was invoked.", "5"),
    ("The company filed for Chapter 11 protection.", "11"),
    ("The F-16 jets flew over the border.", "16"),
    ("The ruling came in the 2010-11 season.", "11"),
    ("Apple released the iPhone 4 in June.", "4"),
    ("The firm sells 3G phones.", "3"),
    ("The plan has three parts: (1) taxes, (2) roads.", "(1)"),
    ("One of the suspects escaped.", "One"),
    ("At one point the index rose sharply.", "one"),
    ("The talks lasted two years.", "two"),
    ("The siege ended after 40 days.", "40"),
    ("The report covers the 1990s.", "1990s"),
    ("Exports fell in the 2009-2010 season.", "2009"),
    ("He led the party from 1998 to 2004.", "1998"),
    ("Manchester United beat Chelsea 3-1 on Sunday.", "3-1"),
    ("He scored in the 90th minute.", "90th"),
    ("The bill passed 52-48 in the Senate.", "52-48"),
    ("The talks lasted half an hour.", "half"),
    ("The ceremony was held on the third of May.", "third"),
    ("The Standard & Poor's 500 closed lower.", "500"),
    ("Airlines are waiting for a 737 replacement.", "737"),
    ("Apple showed the new iOS 5 on Monday.", "5"),
    ("Boeing rolled out the first 787 Dreamliner.", "787"),
    ("She was born in the class of '98.", "98"),
]


@pytest.mark.parametrize("text, span", NOT_QUANTITIES)
def test_not_quantities(extract, text, span):
    rec = extract(text)
    s = text.index(span)
    e = s + len(span)
    assert [q.text for q in rec.quantities if q.start < e and s < q.end] == []


def test_offsets_point_at_the_text(extract):
    text = "Around $6 million was paid, and more than 86,000 suspected gang members were held."
    rec = extract(text)
    assert [q.text for q in rec.quantities] == ["Around $6 million", "more than 86,000"]
    for q in rec.quantities:
        assert text[q.start : q.end] == q.text


def test_seed_core_quantities(seed_record):
    got = {q.text: q for q in seed_record.quantities}
    assert got["238"].value == 238
    assert (got["around $6 million"].value, got["around $6 million"].unit) == (6000000, "USD")
    assert got["around $6 million"].qualifier == "around"
    assert got["40,000"].value == 40000
    assert (got["more than 86,000"].value, got["more than 86,000"].qualifier) == (86000, "more than")
    assert "March 16" not in " ".join(got) and "first" not in got


# --- the lexicons are data: checked here ------------------------------------------------------------


def rows(name):
    text = resources.files("newsgraph.lexicons").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.mark.parametrize(
    "name",
    ["units.tsv", "units_numbers.tsv", "units_qualifiers.tsv", "units_not.tsv", "units_partitives.tsv",
     "units_tolls.tsv"],
)
def test_lexicon_forms_are_unique_lowercase_and_complete(name):
    table = rows(name)
    forms = Counter(
        (r["form"], r["place"]) if "place" in r and name != "units.tsv" else r["form"] for r in table
    )
    assert [f for f, n in forms.items() if n > 1] == []
    assert all(r["form"] == r["form"].lower().strip() for r in table)
    assert all(None not in r for r in table), "a row has more cells than the header"


def test_units_lexicon_codes():
    for r in rows("units.tsv"):
        assert r["kind"] in ("currency", "percent", "measure"), r
        assert r["place"] in ("before", "after", "both"), r
        assert float(r["scale"]) > 0, r
        if r["kind"] == "currency" and r["unit"] not in ("BTC", "-"):
            assert pycountry.currencies.get(alpha_3=r["unit"]) is not None, r
        for code in (r["others"] or "").split():
            assert r["kind"] == "currency" and pycountry.currencies.get(alpha_3=code) is not None, r
            assert pycountry.countries.get(alpha_2=code[:2]) is not None, (
                r
            )  # how the article's country picks it


def test_number_words_lexicon():
    for r in rows("units_numbers.tsv"):
        assert r["kind"] in ("number", "multiplier", "vague", "few", "fraction"), r
        if r["kind"] in ("vague", "few"):
            assert float(r["low"]) <= float(r["high"]), r
        else:
            assert float(r["value"]) >= 0, r
    assert {r["place"] for r in rows("units_not.tsv")} <= {"before", "after"}
    assert {r["place"] for r in rows("units_qualifiers.tsv")} <= {"before", "after"}
