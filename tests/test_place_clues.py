"""Places: the clues a story gives about where it is set beyond place names (telephone area codes), and the
short words that name a place (a division's short form tagged as a person, a small town before "Mayor"), on
the team's own sentences. Accuracy on news belongs to benchmarks/bench_places.py, not here."""

from __future__ import annotations

from collections import Counter

import pytest

from newsgraph import geo
from newsgraph.extractors.entity_places import area_codes_in, places_in_name
from newsgraph.lexicons import places


def _places(record):
    return {m.text: e for e in record.entities for m in e.mentions}


@pytest.mark.parametrize(
    "code, country, division",
    [
        ("519", "CAN", "Ontario"),
        ("806", "USA", "Texas"),
        ("304", "USA", "West Virginia"),
        ("416", "CAN", "Ontario"),  # named by a city ("Toronto, ON"): its division by the postal short form
        ("206", "USA", "Washington"),  # "Washington State"
        ("902", "CAN", None),  # two provinces share it: the country only
    ],
)
def test_an_area_code_names_the_division_it_serves(code, country, division):
    assert places.area_codes()[code] == (country, division)


@pytest.mark.parametrize(
    "text, found",
    [
        ("Call the clinic at 519-555-0142 or (806) 555-0199.", {("CAN", "Ontario"), ("USA", "Texas")}),
        ("Tickets: 304.555.0123, box office open daily.", {("USA", "West Virginia")}),
        ("The toll-free line is 1-800-555-0100.", set()),  # no place
        ("Sales rose 2014-2016 and 120-450-1000 units shipped.", set()),  # 120: no area code
    ],
)
def test_area_codes_in_text(text, found):
    assert area_codes_in(text) == found


@pytest.mark.parametrize(
    "text, word, country, admin1",
    [
        # the area code sets the story in Ontario: London is the Ontario city, not the British capital
        ("Anyone who saw the crash is asked to call London police at 519-555-0142.", "London", "CAN", "Ontario"),
        # a division's short form after a place and a comma, whatever NER made of it
        ("The family moved into a brick home in Guelph, Ont., complete with a garden.", "Ont", "CAN", "Ontario"),
        ("When the boy was born in Thompson, Man. his parents were worried.", "Man", "CAN", "Manitoba"),
        # only a municipality has a mayor: a town below 100,000 people is a place there
        ("Kirkland Mayor Michel Gibson and Montreal Mayor Denis Coderre met in Quebec City.", "Kirkland", "CAN", "Quebec"),
    ],
)
def test_a_clue_places_the_name(extract, text, word, country, admin1):
    entity = _places(extract(text))[word]
    assert entity.type in ("GPE", "LOC") and (entity.country, entity.admin1) == (country, admin1)
    assert entity.lat is not None


_WEST_VIRGINIA = geo.Scene(Counter({"USA": 3}), frozenset({("USA", "West Virginia")}))


@pytest.mark.parametrize(
    "name, found",
    [
        ("Thomas Memorial Hospital", []),  # named after a person, not the town of Thomas in the same state
        ("Huntington Police Department", ["Huntington"]),
    ],
)
def test_a_first_name_at_the_head_of_a_name_is_no_town(name, found):
    assert [name[a:b] for a, b, _ in places_in_name(name, {}, _WEST_VIRGINIA)] == found


@pytest.mark.parametrize(
    "text, word, country, near",
    [
        # the namesake near the anchor city, or a place in it when the gazetteer has none near
        ("The man lived in the Cincinnati suburb of West Chester, police said.", "West Chester", "USA", "Cincinnati"),
        ("The bomb went off in Cairo's Abbasiya neighbourhood on Sunday.", "Abbasiya", "EGY", "Cairo"),
        ("Trains stopped at Kirkland, Montreal and Laval on Monday.", "Kirkland", "CAN", "Montreal"),
    ],
)
def test_an_anchor_places_the_name_near_it(extract, text, word, country, near):
    found = _places(extract(text))
    entity, anchor = found[word], found[near]
    assert entity.country == country
    assert abs(entity.lat - anchor.lat) < 0.6 and abs(entity.lon - anchor.lon) < 0.6


@pytest.mark.parametrize(
    "text, word, admin1, anchor",
    [
        # a division is never inside a city, and a list's next city places nothing it has no namesake near
        ("Crowds gathered outside Toronto's Ontario legislature, and Ontario's premier spoke.", "Ontario", "Ontario", "Toronto"),
        ("Snow fell on Brantford, Toronto and Ottawa overnight.", "Brantford", "Ontario", "Toronto"),
    ],
)
def test_an_anchor_does_not_move_what_it_cannot_hold(extract, text, word, admin1, anchor):
    found = _places(extract(text))
    entity = found[word]
    assert entity.type == "GPE" and entity.admin1 == admin1
    assert (entity.lat, entity.lon) != (found[anchor].lat, found[anchor].lon)


@pytest.mark.parametrize(
    "text, word, country, admin1",
    [
        ("The family bought a farm in Monroe County in northeast Missouri, near Indiana's border.", "Monroe County", "USA", "Missouri"),
        ("They drove to Paris in Texas for the county fair.", "Paris", "USA", "Texas"),
        # "in" after a country's name says where it acted, not which namesake it is
        ("Officials from Russia in Syria met on Monday.", "Russia", "RUS", None),
    ],
)
def test_a_division_after_in_picks_the_namesake_inside_it(extract, text, word, country, admin1):
    entity = _places(extract(text))[word]
    assert (entity.country, entity.admin1) == (country, admin1)


@pytest.mark.parametrize(
    "name, division",
    [("Monroe County", "Missouri"), ("Washington County", "Oregon"), ("Hall County", "Texas")],
)
def test_a_county_is_the_one_in_the_division_the_story_names(name, division):
    scene = geo.Scene(Counter({"USA": 4}), frozenset({("USA", division)}))
    assert geo.resolve(name, scene).admin1 == division


@pytest.mark.parametrize(
    "text, place, person",
    [
        # a place heading a title NER took into the person's span ("MLA": a provincial legislator)
        ("Calgary MLA Sandra Jansen spoke to the legislature on Tuesday.", "Calgary", "Sandra Jansen"),
        ("Seattle Mayor Ed Murray spoke on Tuesday.", "Seattle", "Ed Murray"),
    ],
)
def test_a_place_heading_a_title_inside_a_person_span(extract, text, place, person):
    record = extract(text)
    assert _places(record)[place].lat is not None
    assert any(e.name == person and e.type == "PERSON" for e in record.entities)


_BRITISH = "Britain's unions backed them, Britain's ministers met in Britain, and talks across Britain went on."


@pytest.mark.parametrize(
    "text, word, country",
    [
        # the only Heathrow of the gazetteer is a town in Florida: not in a story set in Britain
        ("Baggage handlers who work at Heathrow voted to walk out. " + _BRITISH, "Heathrow", None),
        # a small town on the same continent stays ("off Kinsale": Ireland)
        ("The ship sank off Kinsale on Monday. " + _BRITISH, "Kinsale", "IRL"),
        # the country named anywhere, even as a modifier, keeps its town
        ("A retired teacher moved to the American town of Heathrow. " + _BRITISH, "Heathrow", "USA"),
    ],
)
def test_a_small_town_on_another_continent_needs_a_clue(extract, text, word, country):
    entity = _places(extract(text))[word]
    assert entity.country == country and (entity.lat is None) == (country is None)


@pytest.mark.parametrize(
    "text, place, person",
    [
        # "and then" ends the earlier name's title: Texas heads the second one
        ("In the primaries she backed Ohio Governor John Kasich and then Texas Senator Ted Cruz.", "Texas", "Ted Cruz"),
        # a word for a place's people ends the run of proper nouns: "Lexington" of "Lexington Police"
        ("LEXINGTON, Ky. (WXYZ) - Lexington Police arrested two men on Monday.", "Lexington", None),
    ],
)
def test_a_place_before_a_title_or_its_people(extract, text, place, person):
    record = extract(text)
    mentions = [m for e in record.entities for m in e.mentions if m.text == place and e.type == "GPE"]
    assert mentions and all(e.lat is not None for e in record.entities if e.type == "GPE")
    assert person is None or next(e for e in record.entities if e.name == person).country == "USA"


@pytest.mark.parametrize(
    "text, site, place",
    [
        ("Flights were delayed at Toronto's Pearson International Airport on Monday.", "Pearson International Airport", "Toronto"),
    ],
)
def test_a_site_lies_in_the_place_written_with_it(extract, text, site, place):
    found = _places(extract(text))
    assert found[site].type == "FAC" and found[site].country == found[place].country
    assert (found[site].lat, found[site].lon) == (found[place].lat, found[place].lon) and found[site].geonameid is None


def test_a_dateline_in_capitals_before_a_name_is_the_city(extract):
    record = extract("WASHINGTON Mary Ellen Porter, who led the inquiry, resigned on Friday.")
    found = _places(record)
    assert found["WASHINGTON"].type == "GPE" and found["WASHINGTON"].admin1 == "Washington, D.C."
    assert found["Mary Ellen Porter"].type == "PERSON"


@pytest.mark.parametrize(
    "text, word, country",
    [
        ("Prices may fall in the Greater Toronto Area next year.", "Greater Toronto Area", "CAN"),
        # a large city after "to" is the place even where NER calls it a person; a first name stays a person
        ("The retired nurse drove back to Edmonton after the wedding.", "Edmonton", "CAN"),
        ("He wrote a letter to Austin about it.", "Austin", None),
    ],
)
def test_a_city_s_area_and_a_city_after_to(extract, text, word, country):
    entity = _places(extract(text))[word]
    assert entity.country == country and (entity.lat is not None) == (country is not None)
