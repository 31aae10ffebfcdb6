"""The political-actor dictionary (newsgraph/lexicons/people.tsv): format, codes, years and a spot check."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

PATH = Path(__file__).resolve().parents[1] / "newsgraph" / "lexicons" / "people.tsv"
HEADER = ["name", "country", "sector", "role", "from", "to", "surname_ok"]
IGO_COUNTRIES = {"UNO", "EUR", "NATO", "IGO"}
# XKX (Kosovo) is user-assigned, not in pycountry; countries.tsv uses it, so this list does too.
EXTRA_COUNTRIES = {"XKX"}
SECTORS = {"GOV", "MIL", "OPP", "REB", "IGO", "PTY", "JUD", "LEG"}


def _lines() -> list[str]:
    return PATH.read_text(encoding="utf-8").splitlines()


def _rows() -> list[dict[str, str]]:
    body = [line for line in _lines() if line and not line.startswith("#")]
    return list(csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()
BY_NAME = {row["name"]: row for row in ROWS}


def test_header_and_columns():
    body = [line for line in _lines() if line and not line.startswith("#")]
    assert body[0].split("\t") == HEADER
    for line in body[1:]:
        fields = line.split("\t")
        assert len(fields) == len(HEADER), line
        assert fields == [f.strip() for f in fields], line
        assert fields[0] and fields[1] and fields[2] and fields[3], line


def test_countries_are_alpha3_or_igo():
    for row in ROWS:
        code = row["country"]
        if code in IGO_COUNTRIES or code in EXTRA_COUNTRIES:
            continue
        assert pycountry.countries.get(alpha_3=code) is not None, row


def test_sectors():
    assert {row["sector"] for row in ROWS} <= SECTORS


def test_igo_codes_only_for_igo_people():
    for row in ROWS:
        if row["country"] in IGO_COUNTRIES:
            assert row["sector"] in {"IGO", "JUD", "LEG", "MIL"}, row


def test_no_duplicate_names():
    seen: set[str] = set()
    for row in ROWS:
        assert row["name"] not in seen, row["name"]
        seen.add(row["name"])


def test_surname_ok_values():
    assert {row["surname_ok"] for row in ROWS} <= {"yes", "no"}


def test_years_plausible():
    for row in ROWS:
        start, end = row["from"], row["to"]
        for value in (start, end):
            if value:
                assert value.isdigit() and 1900 <= int(value) <= 2026, row
        if start and end:
            assert int(start) <= int(end), row
        assert start or end, row


def test_surname_ok_is_unambiguous():
    """A surname marked usable alone must not be the surname of someone coded to another country."""
    countries: dict[str, set[str]] = defaultdict(set)
    for row in ROWS:
        countries[row["name"].split()[-1].casefold()].add(row["country"])
    clashes = [
        (row["name"], sorted(countries[row["name"].split()[-1].casefold()]))
        for row in ROWS
        if row["surname_ok"] == "yes" and len(countries[row["name"].split()[-1].casefold()]) > 1
    ]
    assert clashes == []


def test_shared_surnames_marked_no():
    for name in ("George W. Bush", "George H. W. Bush", "Bill Clinton", "Hillary Clinton", "Kim Jong Un",
                 "Bashar al-Assad", "Hafez al-Assad", "Imran Khan", "Manmohan Singh", "Fidel Castro",
                 "Raúl Castro", "Lee Hsien Loong", "Rahul Gandhi"):
        assert BY_NAME[name]["surname_ok"] == "no", name


def test_variants_agree():
    groups = [
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Tayyip Erdoğan", "Tayyip Erdogan"),
        ("Bashar al-Assad", "Bashar Assad"),
        ("Muammar Gaddafi", "Moammar Gadhafi", "Muammar Qaddafi"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"),
    ]
    for group in groups:
        keys = {(BY_NAME[n]["country"], BY_NAME[n]["sector"], BY_NAME[n]["from"], BY_NAME[n]["to"]) for n in group}
        assert len(keys) == 1, group


SPOT = [
    ("Vladimir Putin", "RUS", "GOV", "yes"),
    ("George W. Bush", "USA", "GOV", "no"),
    ("George H. W. Bush", "USA", "GOV", "no"),
    ("Recep Tayyip Erdogan", "TUR", "GOV", "yes"),
    ("Xi Jinping", "CHN", "GOV", "yes"),
    ("Mohammed bin Salman", "SAU", "GOV", "no"),
    ("Ali Khamenei", "IRN", "GOV", "yes"),
    ("Bashar al-Assad", "SYR", "GOV", "no"),
    ("Alexei Navalny", "RUS", "OPP", "yes"),
    ("Aung San Suu Kyi", "MMR", "GOV", "yes"),
    ("Hassan Nasrallah", "LBN", "REB", "yes"),
    ("Abu Bakr al-Baghdadi", "IRQ", "REB", "yes"),
    ("Osama bin Laden", "AFG", "REB", "yes"),
    ("Saddam", "IRQ", "GOV", "yes"),
    ("Saddam Hussein", "IRQ", "GOV", "no"),
    ("Benjamin Netanyahu", "ISR", "GOV", "yes"),
    ("Volodymyr Zelensky", "UKR", "GOV", "yes"),
    ("Angela Merkel", "DEU", "GOV", "yes"),
    ("Emmanuel Macron", "FRA", "GOV", "yes"),
    ("Narendra Modi", "IND", "GOV", "yes"),
    ("Robert Mugabe", "ZWE", "GOV", "yes"),
    ("Yasser Arafat", "PSE", "GOV", "yes"),
    ("Kofi Annan", "UNO", "IGO", "yes"),
    ("António Guterres", "UNO", "IGO", "yes"),
    ("Jens Stoltenberg", "NATO", "IGO", "yes"),
    ("Ursula von der Leyen", "EUR", "IGO", "yes"),
    ("Kristalina Georgieva", "IGO", "IGO", "yes"),
    ("Tedros Adhanom Ghebreyesus", "UNO", "IGO", "yes"),
    ("Kim Jong Un", "PRK", "GOV", "no"),
    ("Pervez Musharraf", "PAK", "MIL", "yes"),
]


@pytest.mark.parametrize("name,country,sector,surname_ok", SPOT)
def test_spot_check(name, country, sector, surname_ok):
    row = BY_NAME[name]
    assert (row["country"], row["sector"], row["surname_ok"]) == (country, sector, surname_ok)


def test_current_leaders_have_no_end():
    for name in ("Vladimir Putin", "Xi Jinping", "Ali Khamenei", "Recep Tayyip Erdoğan", "Narendra Modi"):
        assert BY_NAME[name]["to"] == "", name


def test_coverage():
    assert len(ROWS) >= 600
    countries = {row["country"] for row in ROWS}
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
           "SAU", "ZAF", "TUR", "GBR", "USA"}
    assert g20 <= countries
    assert len(countries) >= 120
    sectors = {row["sector"] for row in ROWS}
    assert {"GOV", "MIL", "OPP", "REB", "IGO"} <= sectors
