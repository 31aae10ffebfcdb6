"""The country lexicon (newsgraph/lexicons/countries.tsv) and its loader."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from newsgraph import lexicons
from newsgraph.lexicons import (
    CONTROLLING_STATE,
    EXTRA_CODES,
    IGO_CODES,
    KINDS,
    aliases,
    countries,
    country_name,
    find,
    lookup,
    not_coded,
    plover_country,
)
from newsgraph.lexicons.countries import _rows

# The 193 UN member states (ISO 3166-1 alpha-3).
UN_MEMBERS = frozenset(
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA
    BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ
    ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL
    ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT
    MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY
    PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD
    ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN
    VNM YEM ZMB ZWE
    """.split()
)
OTHERS = frozenset({"VAT", "PSE", "TWN", "XKX", "ESH", "HKG", "MAC"})

# Documented gaps (the reason is a comment in countries.tsv); each is checked to still be a gap.
NO_DEMONYM = {"COG": "'Congolese' is coded COD", "DMA": "'Dominican' is coded DOM"}
NO_CAPITAL_ROW = {
    # city-states: the capital's name is the country's name row
    "SGP": "Singapore",
    "MCO": "Monaco",
    "LUX": "Luxembourg",
    "DJI": "Djibouti",
    "SMR": "San Marino",
}


def kinds_by_code() -> dict[str, set[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    for row in aliases():
        table[row.code].add(row.kind)
    return table


def test_un_member_list_is_complete():
    assert len(UN_MEMBERS) == 193
    assert all(pycountry.countries.get(alpha_3=code) for code in UN_MEMBERS)


def test_kinds_are_known():
    bad = [(r.line, r.kind) for r in _rows() if r.kind not in KINDS + ("uncoded",)]
    assert bad == []


def test_codes_are_valid():
    bad = []
    for r in _rows():
        if r.kind == "igo":
            ok = r.code in IGO_CODES
        elif r.kind == "uncoded":
            ok = r.code == "-"
        else:
            ok = r.code in EXTRA_CODES or pycountry.countries.get(alpha_3=r.code) is not None
        if not ok:
            bad.append((r.line, r.alias, r.code, r.kind))
    assert bad == []


def test_no_alias_twice():
    seen: dict[str, int] = {}
    dupes = []
    for r in _rows():
        if r.alias in seen:
            dupes.append((r.alias, seen[r.alias], r.line))
        seen[r.alias] = r.line
    assert dupes == []


def test_no_alias_with_two_codes_in_any_case():
    codes: dict[str, set[str]] = defaultdict(set)
    for r in _rows():
        codes[r.alias.lower()].add(r.code)
    assert {alias: c for alias, c in codes.items() if len(c) > 1} == {}


def test_every_igo_code_is_used():
    assert {r.code for r in aliases() if r.kind == "igo"} == set(IGO_CODES)


def test_states_and_territories_have_a_name_row():
    named = {code for code, kinds in kinds_by_code().items() if "name" in kinds}
    assert sorted((UN_MEMBERS | OTHERS) - named) == []


def test_un_members_have_a_demonym():
    have = {code for code, kinds in kinds_by_code().items() if "demonym" in kinds}
    assert sorted(UN_MEMBERS - have - set(NO_DEMONYM)) == []
    assert sorted(have & set(NO_DEMONYM)) == [], "a documented gap was filled: drop it from NO_DEMONYM"


def test_un_members_have_a_capital():
    have = {code for code, kinds in kinds_by_code().items() if "capital" in kinds}
    assert sorted(UN_MEMBERS - have - set(NO_CAPITAL_ROW)) == []
    assert sorted(have & set(NO_CAPITAL_ROW)) == [], (
        "a documented gap was filled: drop it from NO_CAPITAL_ROW"
    )


@pytest.mark.parametrize(
    "code, city",
    [
        ("SGP", "Singapore"),
        ("MCO", "Monaco"),
        ("LUX", "Luxembourg"),
        ("DJI", "Djibouti"),
        ("SMR", "San Marino"),
    ],
)
def test_city_states_are_coded_by_their_name(code, city):
    assert lookup(city) == (code, "name")


@pytest.mark.parametrize(
    "text, code, kind",
    [
        ("Salvadoran", "SLV", "demonym"),
        ("Salvadoreans", "SLV", "demonym"),
        ("San Salvador", "SLV", "capital"),
        ("Caracas", "VEN", "capital"),
        ("Venezuelans", "VEN", "demonym"),
        ("Washington", "USA", "capital"),
        ("US", "USA", "name"),
        ("U.S.", "USA", "name"),
        ("America", "USA", "name"),
        ("Americans", "USA", "demonym"),
        ("Britain", "GBR", "name"),
        ("Britons", "GBR", "demonym"),
        ("U.K.", "GBR", "name"),
        ("Ivory Coast", "CIV", "name"),
        ("Ivorian", "CIV", "demonym"),
        ("Kyiv", "UKR", "capital"),
        ("Kiev", "UKR", "capital"),
        ("Russia", "RUS", "name"),
        ("Moscow", "RUS", "capital"),
        ("Iran", "IRN", "name"),
        ("Tehran", "IRN", "capital"),
        ("South Korea", "KOR", "name"),
        ("Seoul", "KOR", "capital"),
        ("Pyongyang", "PRK", "capital"),
        ("North Korean", "PRK", "demonym"),
        ("Czech Republic", "CZE", "name"),
        ("Beijing", "CHN", "capital"),
        ("Brussels", "BEL", "capital"),
        ("The Hague", "NLD", "capital"),
        ("Hague", "NLD", "capital"),  # entity spans often leave "The" out
        ("Dutch", "NLD", "demonym"),
        ("Jerusalem", "ISR", "capital"),
        ("Ramallah", "PSE", "capital"),
        ("Filipino", "PHL", "demonym"),
        ("Philippine", "PHL", "demonym"),
        ("Emirati", "ARE", "demonym"),
        ("UAE", "ARE", "name"),
        ("Emirates", "ARE", "name"),
        ("Congolese", "COD", "demonym"),
        ("DRC", "COD", "name"),
        ("DR Congo", "COD", "name"),
        ("Congo-Brazzaville", "COG", "name"),
        ("Taiwan", "TWN", "name"),
        ("Kosovo", "XKX", "name"),
        ("Hong Kong", "HKG", "name"),
        ("Georgia", "GEO", "name"),
        ("Chad", "TCD", "name"),
        ("Turkey", "TUR", "name"),
        ("Türkiye", "TUR", "name"),
        ("UN", "UNO", "igo"),
        ("U.N.", "UNO", "igo"),
        ("UN Security Council", "UNO", "igo"),
        ("UNHCR", "UNO", "igo"),
        ("World Health Organization", "UNO", "igo"),
        ("WHO", "UNO", "igo"),
        ("EU", "EUR", "igo"),
        ("European Commission", "EUR", "igo"),
        ("NATO", "NATO", "igo"),
        ("Nato", "NATO", "igo"),
        ("African Union", "AFR", "igo"),
        ("ASEAN", "ASN", "igo"),
        ("Arab League", "ARL", "igo"),
        ("International Monetary Fund", "IMF", "igo"),
        ("World Bank", "WBK", "igo"),
        ("OPEC", "OPEC", "igo"),
        ("International Criminal Court", "ICC", "igo"),
        ("International Court of Justice", "ICJ", "igo"),
        ("G7", "IGO", "igo"),
        ("ECOWAS", "IGO", "igo"),
    ],
)
def test_spot_checks(text, code, kind):
    assert lookup(text) == (code, kind)
    assert countries()[text.lower()] == (code, kind)


@pytest.mark.parametrize(
    "text, code",
    [
        ("the US", "USA"),  # leading article
        ("The U.S.", "USA"),
        ("Iran's", "IRN"),  # possessive
        ("Americans'", "USA"),
        ("Iran\u2019s", "IRN"),  # curly apostrophe
        ("C\u00f4te d\u2019Ivoire", "CIV"),
        ("Nuku\u02bbalofa", "TON"),  # okina
        ("TURKEY", "TUR"),  # headline case
        ("the Netherlands", "NLD"),
        ("the Philippines", "PHL"),
        ("Russian Federation", "RUS"),  # pycountry name
        ("Korea, Republic of", "KOR"),  # pycountry name
        ("Republic of Korea", "KOR"),
        ("State of Palestine", "PSE"),  # pycountry official name, "the" dropped
        ("Puerto Rico", "PRI"),  # a dependency: pycountry's own code
        ("Congo", "COD"),  # our row wins over pycountry's COG
        ("us", None),  # abbreviations only in their own case
        ("Us", None),
        ("who", None),
        ("turkey", None),  # common nouns in lower case
        ("chad", None),
        ("poles", None),
        ("Korean", None),  # uncoded rows are not coded
        ("Korea", None),
        ("Jersey", None),  # pycountry's JEY, blocked
        ("Victoria", None),
        ("Europe", None),  # regions are not coded (PLOVER)
        ("", None),
    ],
)
def test_lookup(text, code):
    found = lookup(text)
    assert (found[0] if found else None) == code


@pytest.mark.parametrize(
    "phrase, inner",
    [
        ("Latin America", "America"),
        ("Latin Americans", "Americans"),
        ("Central American", "American"),
        ("New Mexico", "Mexico"),
        ("New South Wales", "Wales"),
        ("New Guinea", "Guinea"),
        ("Niger Delta", "Niger"),
        ("South China Sea", "China"),
        ("Korean Peninsula", "Korean"),
    ],
)
def test_places_containing_a_country_are_not_coded(phrase, inner):
    assert phrase.lower() in not_coded()
    assert lookup(phrase) is None
    assert inner.lower() in not_coded() or lookup(inner) is not None


@pytest.fixture(scope="module")
def tokenizer():
    import spacy

    return spacy.blank("en")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Salvadoran authorities", [("Salvadoran", "SLV")]),
        ("the U.S. and Britain", [("U.S.", "USA"), ("Britain", "GBR")]),
        ("Iran's foreign minister", [("Iran", "IRN")]),
        ("officials in Washington, D.C., said", [("Washington, D.C.", "USA")]),
        (
            "the People's Republic of China",
            [("People's Republic of China", "CHN")],
        ),  # not TWN's "Republic of China"
        ("North Korean troops", [("North Korean", "PRK")]),
        ("Bosnian Serb leaders", [("Bosnian Serb", "BIH")]),
        ("the UN Security Council", [("UN Security Council", "UNO")]),
        ("C\u00f4te d'Ivoire's army", [("C\u00f4te d'Ivoire", "CIV")]),
        ("Latin American migrants", []),
        ("New Mexico officials", []),
        ("South China Sea patrols", []),
        ("Korean officials", []),
        ("West Indies players", []),  # not India
        ("VICTORIA, Seychelles (AP) -", [("VICTORIA, Seychelles", "SYC")]),  # a dateline
        ("Victoria police", []),
        ("in St. John's, Antigua", [("St. John's, Antigua", "ATG")]),
        ("in St. John's, Newfoundland", []),
        ("American Indian tribes", [("American Indian", "USA")]),  # not India
        ("Who decided it?", []),  # not the WHO
        ("Car bombs killed three", []),  # not the CAR
        ("Let us go", []),
        ("the WHO and the CAR", [("WHO", "UNO"), ("CAR", "CAF")]),
        ("a turkey in Turkey", [("Turkey", "TUR")]),
    ],
)
def test_find_in_spacy_tokens(tokenizer, text, expected):
    doc = tokenizer(text)
    found = [(doc[f.start : f.end].text, f.code) for f in find(doc)]
    assert found == expected


def test_find_in_strings():
    words = "Caracas and Latin America said the UN Security Council met".split()
    assert [(" ".join(words[f.start : f.end]), f.code, f.kind) for f in find(words)] == [
        ("Caracas", "VEN", "capital"),
        ("UN Security Council", "UNO", "igo"),
    ]


def test_uncoded_rows_say_why():
    lines = (Path(lexicons.__file__).parent / "countries.tsv").read_text(encoding="utf-8").splitlines()
    silent = [r.alias for r in _rows() if r.kind == "uncoded" and not lines[r.line - 2].startswith("# ")]
    assert silent == []


def test_uncoded_rows_are_dropped():
    uncoded = {r.alias.lower() for r in _rows() if r.kind == "uncoded"}
    assert uncoded
    assert uncoded & set(countries()) == set()


def test_pycountry_names_are_merged():
    table = countries()
    for country in pycountry.countries:
        if country.name.lower() in table or country.alpha_3 == "JEY":
            continue
        pytest.fail(f"pycountry's {country.name!r} is missing")


@pytest.mark.parametrize(
    "code, name",
    [
        ("USA", "United States"),
        ("GBR", "United Kingdom"),
        ("RUS", "Russia"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("IRN", "Iran"),
        ("SYR", "Syria"),
        ("VEN", "Venezuela"),
        ("CZE", "Czech Republic"),
        ("CIV", "Ivory Coast"),
        ("XKX", "Kosovo"),
        ("PRI", "Puerto Rico"),  # no row: pycountry
        ("BOL", "Bolivia"),
        ("UNO", "United Nations"),
        ("EUR", "European Union"),
        ("IGO", "international organization"),
    ],
)
def test_country_name(code, name):
    assert country_name(code) == name


def test_every_code_has_a_name():
    for r in aliases():
        assert country_name(r.code)


@pytest.mark.parametrize("code", ["XXX", "us", "", "ZZZZ"])
def test_country_name_unknown_code(code):
    with pytest.raises(KeyError):
        country_name(code)


def test_every_iso_code_is_a_state_or_folds_into_one():
    """PLOVER keeps independent states (and Antarctica, Hong Kong, Palestine); the rest fold."""
    keep = UN_MEMBERS | {"VAT", "PSE", "TWN", "HKG", "ATA"}
    iso = {c.alpha_3 for c in pycountry.countries}
    assert sorted(iso - keep - set(CONTROLLING_STATE)) == []
    assert sorted(keep & set(CONTROLLING_STATE)) == []
    assert set(CONTROLLING_STATE.values()) <= UN_MEMBERS


@pytest.mark.parametrize(
    "code, plover",
    [
        ("USA", "USA"),
        ("SLV", "SLV"),
        ("PRI", "USA"),
        ("GRL", "DNK"),
        ("FLK", "GBR"),
        ("MAC", "CHN"),
        ("ESH", "MAR"),
        ("HKG", "HKG"),
        ("PSE", "PSE"),
        ("TWN", "TWN"),
        ("XKX", "KOS"),
        ("UNO", "UNO"),
        ("EUR", "EUR"),
        ("NATO", "IGO"),
        ("AFR", "IGO"),
        ("IGO", "IGO"),
    ],
)
def test_plover_country(code, plover):
    assert plover_country(code) == plover


@pytest.mark.parametrize(
    "text, code",
    [
        ("Puerto Ricans", "PRI"),
        ("Greenland", "GRL"),
        ("Nuuk", "GRL"),
        ("Falklands", "FLK"),
        ("Gibraltar", "GIB"),
        ("Chagos Islands", "IOT"),
        ("New Caledonia", "NCL"),
        ("Antarctica", "ATA"),
    ],
)
def test_territories(text, code):
    found = lookup(text)
    assert found is not None and found[0] == code


# --- kind people ---------------------------------------------------------------------------------


def test_people_is_a_kind_for_states_only():
    people = [r for r in aliases() if r.kind == "people"]
    assert len(people) > 100
    assert [r.alias for r in people if r.code in IGO_CODES] == []
