"""Places: the gazetteer (lexicons.places), the resolver (geo) and the place part of the entity pass, on the
team's own sentences. Accuracy on news belongs to benchmarks/bench_places.py, not here."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from newsgraph import geo, lexicons
from newsgraph.errors import LexiconError, NewsgraphError
from newsgraph.lexicons import places
from newsgraph.lexicons.loader import lines, read_tsv


def _mentioning(record, text: str) -> list:
    """The record's entities that have a mention whose text is exactly ``text``."""
    return [e for e in record.entities if any(m.text == text for m in e.mentions)]


PACKAGE = Path(__file__).resolve().parent.parent / "newsgraph"


# --- the gazetteer --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, at_least",
    [("country", 240), ("division", 3000), ("county", 10000), ("city", 200_000)],
)
def test_the_gazetteer_holds_every_kind_of_place(kind, at_least):
    assert places.size()[kind] >= at_least


@pytest.mark.parametrize(
    "name, kind, country, admin1",
    [
        ("Red Deer", "city", "CAN", "Alberta"),
        ("Saskatchewan", "division", "CAN", "Saskatchewan"),
        ("Maricopa County", "county", "USA", "Arizona"),
        ("Jiangsu", "division", "CHN", "Jiangsu Sheng"),  # the bare name of "Jiangsu Sheng"
        ("Quebec", "division", "CAN", "Quebec"),
        # a capital district: its neighbourhoods share names with the suburbs across its border, which must
        # not outvote the city itself when the division's name is chosen
        ("Washington", "city", "USA", "Washington, D.C."),
    ],
)
def test_places_by_name(name, kind, country, admin1):
    found = [p for p, _ in places.candidates(name) if p.kind == kind]
    assert (found[0].country, found[0].admin1) == (country, admin1)
    assert found[0].lat is not None and found[0].lon is not None


@pytest.mark.parametrize("code, geonameid", [("CAN", 6251999), ("SLV", 3585968), ("DEU", 2921044)])
def test_countries_carry_a_point_and_their_geonames_id(code, geonameid):
    country = places.country(code)
    assert country.geonameid == geonameid and country.lat is not None


def test_small_towns_are_in_the_table():
    """Places well below 15,000 people: the table is GeoNames' places of 500 or more."""
    assert any(p.country == "CAN" and p.population < 2000 for p, _ in places.candidates("Bassano"))


@pytest.mark.parametrize("row", read_tsv("divisions.tsv", ("abbreviation", "country", "division", "standalone")))
def test_every_short_form_names_a_division_of_the_table(row):
    assert geo.division(row["country"], row["division"]) is not None, row
    assert row["standalone"] in ("yes", "no")


# --- the resolver ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, qualifier, country, admin1",
    [
        ("London", "Ontario", "CAN", "Ontario"),
        ("Paris", "Texas", "USA", "Texas"),
        ("Perth", "Scotland", "GBR", "Scotland"),
        ("Springfield", "Illinois", "USA", "Illinois"),
        ("Kingston", "Jamaica", "JAM", None),
    ],
)
def test_a_qualifier_decides_the_namesake(name, qualifier, country, admin1):
    place = geo.resolve(name, within=qualifier)
    assert place.country == country
    assert admin1 is None or place.admin1 == admin1


@pytest.mark.parametrize(
    "name, country",
    [("Paris", "FRA"), ("London", "GBR"), ("the U.S.", "USA"), ("Britain", "GBR"), ("Edmonton", "CAN")],
)
def test_without_context_the_better_known_namesake_wins(name, country):
    assert geo.lookup(name).country == country


@pytest.mark.parametrize(
    "name, scene, country",
    [
        ("Kingston", geo.Scene(divisions=frozenset({("CAN", "Ontario")})), "CAN"),
        ("Kingston", geo.Scene(), "JAM"),
        ("Georgia", geo.Scene(countries=Counter({"USA": 5})), "USA"),  # the state
        ("Georgia", geo.Scene(countries=Counter({"RUS": 5})), "GEO"),  # the country
        ("Perth", geo.Scene(countries=Counter({"GBR": 2}), outlet="GBR"), "GBR"),  # as the pipeline counts an outlet
    ],
)
def test_the_scene_moves_the_namesake(name, scene, country):
    assert geo.resolve(name, scene).country == country


@pytest.mark.parametrize("name", ["South", "the West", "Midwest"])
def test_a_part_of_the_world_is_not_a_place_of_that_name(name):
    assert geo.resolve(name) is None and geo.lookup(name) is None


@pytest.mark.parametrize(
    "host, country",
    [("www.example.co.uk", "GBR"), ("news.example.ca", "CAN"), ("example.com.au", "AUS"), ("example.com", None), (None, None)],
)
def test_outlet_country(host, country):
    assert geo.outlet_country(host) == country


@pytest.mark.parametrize(
    "name, country",
    [("Washington", "USA"), ("the Kremlin", "RUS"), ("Downing Street", "GBR"), ("Lagos", None), ("Paris", "FRA")],
)
def test_seat_of_government(name, country):
    assert geo.seat_of_government(name) == country


# --- through the pipeline -------------------------------------------------------------------------


def _places(record):
    return {m.text: e for e in record.entities for m in e.mentions}


@pytest.mark.parametrize(
    "text, word, country, admin1",
    [
        ("Firefighters from Red Deer, Alberta, were sent north on Friday.", "Red Deer", "CAN", "Alberta"),
        ("BOZEMAN, Mont. - A bear was seen near the school on Monday.", "BOZEMAN", "USA", "Montana"),
        ("BOZEMAN, Mont. - A bear was seen near the school on Monday.", "Mont.", "USA", "Montana"),
        ("Snow fell on London, Ontario, overnight.", "London", "CAN", "Ontario"),
        ("The roads near Kingston were closed, and the Ontario government sent crews.", "Kingston", "CAN", "Ontario"),
        ("Montreal Mayor Anne Tremblay opened the new library.", "Montreal", "CAN", "Quebec"),
        ("A Tabriz resident said the shaking lasted a minute.", "Tabriz", "IRN", None),
        ("The B.C. government announced new rules on Tuesday.", "B.C.", "CAN", "British Columbia"),
        ("Crews from Red Deer and Lacombe fought the fire overnight.", "Lacombe", "CAN", "Alberta"),  # a conjunct
        ("Residents of Sylvan Lake, Alberta, were told to stay indoors.", "Sylvan Lake", "CAN", "Alberta"),
    ],
)
def test_a_place_in_context_gets_the_right_namesake(extract, text, word, country, admin1):
    entity = _places(extract(text))[word]
    assert entity.type in ("GPE", "LOC") and entity.country == country
    assert admin1 is None or entity.admin1 == admin1
    assert entity.lat is not None and entity.lon is not None


@pytest.mark.parametrize(
    "text, word, country",
    [
        ("Canadian companies opened new offices in Asia.", "Canadian", "CAN"),
        ("U.S. officials said the talks would resume.", "U.S.", "USA"),
        ("German police arrested two men on Sunday.", "German", "DEU"),
    ],
)
def test_a_demonym_or_country_modifier_names_its_country(extract, text, word, country):
    entity = _places(extract(text))[word]
    assert entity.country == country and entity.type == "GPE"


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Deputies from the Hamilton County Sheriff's Office arrived in Cincinnati, Ohio.", "Hamilton County Sheriff's Office", "USA"),
        ("Patients were moved to Calgary General Hospital after the storm hit Calgary.", "Calgary General Hospital", "CAN"),
    ],
)
def test_an_organisation_named_after_a_place_takes_its_country(extract, text, name, country):
    entity = next(e for e in extract(text).entities if e.name == name)
    assert entity.country == country


@pytest.mark.parametrize(
    "text, org, word, country",
    [
        ("Deputies from the Hamilton County Sheriff's Office arrived in Cincinnati, Ohio.", "Hamilton County Sheriff's Office", "Hamilton County", "USA"),
        ("The Ohio State Highway Patrol arrested two men in Columbus on Friday.", "Ohio State Highway Patrol", "Ohio", "USA"),
        ("Heavy rain fell across Ontario on Monday, and the Government of Ontario closed two highways.", "Government of Ontario", "Ontario", "CAN"),
        ("Researchers at the University of Oregon said the quake was felt in Portland, Oregon.", "University of Oregon", "Oregon", "USA"),
        ("Officials at the U.S. Department of Energy said the plant would reopen in May.", "U.S. Department of Energy", "U.S.", "USA"),
        ("Staff at the Turkish Embassy in Ottawa said the office would stay closed.", "Turkish Embassy", "Turkish", "TUR"),
    ],
)
def test_a_place_named_inside_an_organisation_name_is_a_mention_of_that_place(extract, text, org, word, country):
    record = extract(text)
    body = next(e for e in record.entities if e.name == org)
    inside = [(e, m) for e in record.entities for m in e.mentions if m.kind == "in_name"]
    assert [m.text for _, m in inside] == [word]
    place, mention = inside[0]
    named = next(m for m in body.mentions if m.kind == "name")
    assert named.start <= mention.start and mention.end <= named.end and text[mention.start : mention.end] == word
    assert place is not body and place.type == "GPE" and place.country == country and place.lat is not None


def test_a_place_inside_a_name_joins_the_entity_of_that_place_and_the_body_stays_the_actor(extract):
    record = extract("The Ohio State Highway Patrol arrested two men in Columbus. Ohio has 88 counties.")
    ohio = [e for e in record.entities if e.name == "Ohio"]
    assert len(ohio) == 1 and [m.kind for m in ohio[0].mentions] == ["in_name", "name"]
    assert [ev.actor.name for ev in record.events if ev.type == "COERCE"] == ["Ohio State Highway Patrol"]


@pytest.mark.parametrize(
    "text, place, person, country",
    [
        ("Montreal Mayor Anne Tremblay opened the new library.", "Montreal", "Anne Tremblay", "CAN"),
        # NER took the place into an organisation ("Alberta Finance"): the title's claim must not drop it
        ("Talks ended early. Alberta Finance Minister Joe Ceci met the bankers on Friday.", "Alberta", "Joe Ceci", "CAN"),
        # a place whose name starts with a country's word is not that country
        ("British Columbia Premier John Horgan said the fires were out.", "British Columbia", "John Horgan", "CAN"),
    ],
)
def test_a_place_at_the_head_of_a_title_is_a_place_and_the_person_s_country(extract, text, place, person, country):
    record = extract(text)
    where = _places(record)[place]
    assert where.type == "GPE" and where.country == country and where.lat is not None
    assert next(e for e in record.entities if e.name == person).country == country


_MICHIGAN = geo.Scene(Counter({"USA": 3}), frozenset({("USA", "Michigan")}))
_MANITOBA = geo.Scene(Counter({"CAN": 3}), frozenset({("CAN", "Manitoba")}))


@pytest.mark.parametrize(
    "name, scene, found",
    [
        # the surest reading of a run wins: the state, not the town of Michigan Center
        ("University of Michigan Center for Ocean Studies", _MICHIGAN, ["Michigan"]),
        ("Museum of Manitoba in Brandon", _MANITOBA, ["Manitoba", "Brandon"]),  # after "of" and after "in"
        ("Bank of Canada", None, ["Canada"]),  # a country needs no scene
        ("Alberta", _MANITOBA, []),  # a name that is all place is a place, not a body named after one
        ("Falcon Street Market", None, []),  # a county elsewhere, in no country the article names
        ("Columbia University", _MICHIGAN, []),  # a large city of the country, in no division the article names
    ],
)
def test_places_in_name(name, scene, found):
    from newsgraph.extractors.entity_places import places_in_name

    assert [name[a:b] for a, b, _ in places_in_name(name, {}, scene)] == found


@pytest.mark.parametrize(
    "text, word, code",
    [
        ("Moscow denied the report on Tuesday.", "Moscow", "RUS"),  # the government: the country's entity
        ("Protesters gathered in Moscow on Tuesday.", "Moscow", "RUS"),  # the city
    ],
)
def test_a_capital_is_the_government_as_a_subject_and_the_city_after_in(extract, text, word, code):
    entity = _places(extract(text))[word]
    assert entity.country == code
    assert (entity.name == "Russia") == text.startswith("Moscow denied")


def test_an_event_location_uses_the_same_resolution(extract):
    record = extract("Protesters marched in Kingston, Ontario, on Sunday against the closure.")
    located = [ev.location for ev in record.events if ev.location is not None]
    assert located and located[0].country == "CAN" and located[0].lat is not None


def test_show_prints_where_a_place_is(extract):
    import io

    from rich.console import Console

    from newsgraph.show import render

    out = io.StringIO()
    render(extract("Firefighters from Red Deer, Alberta, were sent north on Friday."), Console(file=out, width=200))
    assert "Alberta 52." in out.getvalue()


# --- one authority ---------------------------------------------------------------------------------


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            out.append("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            out += [a.name for a in node.names]
    return out


@pytest.mark.parametrize("path", sorted((PACKAGE / "lexicons").glob("*.py")), ids=lambda p: p.name)
def test_lexicons_import_nothing_from_newsgraph_but_errors(path):
    inner = [m for m in _imports(path) if m.startswith("newsgraph") or m.startswith("..")]
    assert set(inner) <= {"..errors"}, inner


def _module_dicts(path: Path):
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Dict):
            yield [k.value for k in node.value.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]


@pytest.mark.parametrize(
    "path",
    [p for p in sorted(PACKAGE.rglob("*.py")) if "lexicons" not in p.parts],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_no_second_country_alias_table(path):
    """Country names are answered by lexicons.lookup alone: no module-level dict keyed by country names
    elsewhere (geo._COUNTRY_ALIASES and the list of seats of government are gone)."""
    for keys in _module_dicts(path):
        named = [k for k in keys if lexicons.lookup(k) is not None and lexicons.lookup(k)[1] in ("name", "capital")]
        assert len(named) < 3, (path.name, named[:5])


def test_a_lexicon_error_names_file_and_line():
    with pytest.raises(LexiconError) as err:
        read_tsv("divisions.tsv", ("abbreviation", "country"))
    assert "divisions.tsv:" in str(err.value) and err.value.line is not None
    assert isinstance(err.value, NewsgraphError) and err.value.code == "E020"


def test_a_missing_lexicon_is_a_lexicon_error():
    with pytest.raises(LexiconError, match="no_such.tsv"):
        lines("no_such.tsv")


@pytest.mark.parametrize(
    "text, surname",
    [
        ("Finance Minister Olav Voss arrived in Riga on Monday. Voss, Norway's finance minister, said talks went well.", "Voss"),
        ("Senator Ruth Dunmore spoke on Tuesday. Dunmore, a Democrat from Ohio, backed the bill.", "Dunmore"),
    ],
)
def test_a_surname_of_a_person_named_in_full_is_no_place(extract, text, surname):
    record = extract(text)
    lone = _mentioning(record, surname)
    assert lone and all(e.type == "PERSON" for e in lone), [(e.name, e.type, e.country) for e in lone]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Crews fought a blaze at a Leduc warehouse for six hours.", "Leduc"),
        ("Workers at the Brantford plant walked out on Friday.", "Brantford"),
    ],
)
def test_a_place_before_a_facility_noun_is_a_place(extract, text, name):
    record = extract(text)
    found = _mentioning(record, name)
    assert found and found[0].type == "GPE" and found[0].country == "CAN", [(e.name, e.type, e.country) for e in found]


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Valparaiso Region", -33.0, -71.4),  # a few mainland towns and Easter Island: not in the ocean between
        ("Chukotskiy Avtonomnyy Okrug", 66.0, 175.0),  # across the antimeridian: not at longitude 0
        ("Heilongjiang", 47.0, 127.5),
        # a large, thinly settled division: the middle of its area (remote towns included), not of where
        # most of its people live (Perth, on the south-west coast)
        ("Western Australia", -26.0, 121.0),
        ("Texas", 31.0, -100.0),
    ],
)
def test_a_division_point_lies_in_the_middle_of_its_places(name, lat, lon):
    from newsgraph.lexicons.places import _km

    place = geo.lookup(name)
    assert place is not None and place.kind == "division"
    assert _km(place.lat, place.lon, lat, lon) < 250


@pytest.mark.parametrize(
    ("points", "kept"),
    [
        # three towns close together and one island 10 degrees away: the island is left out
        ([(45.1, 10.1), (45.3, 10.4), (46.0, 11.0), (35.0, 20.0)], 3),
        # two towns two cells apart still see each other
        ([(45.5, 10.5), (47.5, 12.5)], 2),
        # a single place, or places that are all isolated, are all kept (nothing else to go on)
        ([(45.0, 10.0)], 1),
        ([(10.0, 10.0), (30.0, 30.0)], 2),
    ],
)
def test_an_isolated_place_does_not_stretch_a_division(points, kept):
    from newsgraph.lexicons.places import _not_isolated

    assert len(_not_isolated(points)) == kept


@pytest.mark.parametrize(
    ("points", "middle"),
    [
        # most places crowd the south; two northern villages still mark the extent
        ([(40.0, 10.0), (40.1, 10.2), (40.2, 10.1), (40.3, 10.3), (42.0, 10.5), (44.0, 10.4)], (42.0, 10.25)),
        # an island 3,000 km away is left out
        ([(40.0, 10.0), (41.0, 11.0), (42.0, 12.0), (20.0, 40.0)], (41.0, 11.0)),
        # across the antimeridian the middle stays in the division, not at longitude 0
        ([(65.0, 178.0), (66.0, 179.5), (67.0, -179.0), (66.5, -177.0)], (66.0, 180.5 - 360)),
    ],
)
def test_a_division_point_is_the_middle_of_its_places_extent(points, middle):
    from newsgraph.lexicons.places import _km, _middle

    lat, lon = _middle(points)
    assert _km(lat, lon, *middle) < 20, (lat, lon)


# --- capitals, qualifiers and parts of a state ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "near"),
    [
        ("Moscow", "RUS", (55.75, 37.62)),  # the city, not Moscow Oblast
        ("Washington", "USA", (38.9, -77.04)),  # the city, not the state
        ("Paris", "FRA", (48.85, 2.35)),  # the city, not the county
    ],
)
def test_a_capital_name_means_the_capital_city(name, country, near):
    from newsgraph.lexicons.places import _km

    place = geo.resolve(name)
    assert place.kind == "city" and place.country == country and _km(place.lat, place.lon, *near) < 20


@pytest.mark.parametrize(
    ("name", "qualifier", "country", "admin1", "kind"),
    [
        ("Nowhereville", "Missouri", "USA", "Missouri", "city"),  # a town the gazetteer lacks: in its state
        ("Nowhereville", "Mo.", "USA", "Missouri", "city"),
        ("Wisconsin", "Michigan", "USA", "Wisconsin", "division"),  # a list of states, not a town in Michigan
        ("Atlanta", "Georgia", "USA", "Georgia", "city"),  # the US state, not the country
    ],
)
def test_a_qualifier_places_a_name(name, qualifier, country, admin1, kind):
    from newsgraph.extractors.entity_places import qualifier_place

    place = geo.resolve(name, within=qualifier_place(qualifier))
    assert (place.country, place.admin1, place.kind) == (country, admin1, kind)


def test_a_town_the_gazetteer_lacks_has_no_geonames_id():
    from newsgraph.extractors.entity_places import qualifier_place

    place = geo.resolve("Nowhereville", within=qualifier_place("Kansas"))
    assert place.geonameid is None and place.population == 0 and place.lat is not None


LIMA = ("PER", "Peru", (-12.05, -77.04))
NAIROBI = ("KEN", "Kenya", (-1.28, 36.82))


@pytest.mark.parametrize(
    ("text", "name", "capital", "where"),
    [
        # a capital named as a place is the city, with the city's point
        ("LIMA (Andes Wire) - Miners blocked a highway on Tuesday.", "LIMA", LIMA, "city"),
        ("NAIROBI -- Traders closed their stalls on Monday.", "NAIROBI", NAIROBI, "city"),
        ("The Lima-based miner cut its forecast.", "Lima", LIMA, "city"),
        ("Lima police arrested two men after the march.", "Lima", LIMA, "city"),
        ("Buses left Cusco, Arequipa and Lima before dawn.", "Lima", LIMA, "city"),
        ("She flew from Madrid to Lima on Friday.", "Lima", LIMA, "city"),
        # a capital acting is its government: the country's entity
        ("Lima rejected the proposal on Friday.", "Lima", LIMA, "country"),
    ],
)
def test_a_capital_named_as_a_place_is_the_city(extract, text, name, capital, where):
    code, state, (lat, lon) = capital
    record = extract(text)
    found = _mentioning(record, name)
    assert found and found[0].country == code, [(e.name, e.type, e.country) for e in record.entities]
    assert (found[0].name == state) == (where == "country"), found[0]
    if where == "city":
        assert abs(found[0].lat - lat) < 0.5 and abs(found[0].lon - lon) < 0.5, found[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heavy snow closed schools across northern Scotland on Monday.", "Scotland"),
        ("Storms flooded farms in Wales overnight.", "Wales"),
    ],
)
def test_a_part_of_a_state_is_a_place_of_its_own(extract, text, name):
    record = extract(text)
    found = _mentioning(record, name)
    assert found and found[0].name == name and found[0].country == "GBR", [(e.name, e.country) for e in found]
    assert found[0].admin1 == name


def test_a_capital_with_a_qualifier_keeps_its_namesake_later(extract):
    text = ("A 40-year-old Paris, Kentucky, woman was hurt when her truck left the road. The woman, of Paris, "
            "was taken to a hospital in Lexington.")
    record = extract(text)
    found = _mentioning(record, "Paris")
    assert found and all(e.country == "USA" and e.admin1 == "Kentucky" for e in found), found


@pytest.mark.parametrize(
    ("name", "place", "admin1"),
    [
        ("Saint Charles", "Saint Charles", "Missouri"),  # the Missouri city's own name, not an old name of Denver
        ("Frisco", "Frisco", "Texas"),  # the Texas city's own name, not San Francisco's nickname
        ("Manhattan", "Manhattan", "New York"),  # the borough, not Manhattan, Kansas
    ],
)
def test_a_place_own_name_counts_more_than_another_place_alternate_name(name, place, admin1):
    found = geo.resolve(name, geo.Scene(countries=Counter({"USA": 3})))
    assert (found.name, found.admin1) == (place, admin1)
