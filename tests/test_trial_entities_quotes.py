"""Entity and quote errors the team's hand trials found, by category, on the team's own sentences: a wire
dateline's town running into a name, an organisation's name with "and" cut at the "and", a role tagged with a
person's name as an organisation, and a parse that gives "Quispe, the seismologist, said" two subjects."""

from __future__ import annotations

import pytest


def _names(record) -> dict[str, str]:
    return {e.name: e.type for e in record.entities}


@pytest.mark.parametrize(
    "text, place",
    [
        ("LIMA - Peru's energy minister Rosa Quispe said on Tuesday that fuel prices would rise.", "Lima"),
        ("NAIROBI - The county's health office said on Friday that two clinics would reopen.", "Nairobi"),
        ("QUITO — Ecuador's transport ministry said the new bridge would open in June.", "Quito"),
    ],
)
def test_dateline_town_is_a_place_never_a_name_with_the_dash(extract, text, place):
    names = _names(extract(text))
    assert names.get(place) == "GPE"
    assert not any(n.endswith(("-", "—")) or n.isupper() for n in names)


def test_a_lead_in_capitals_is_no_dateline_place(extract):
    """Guard: a headline word in capitals before a dash stays what it is, even when a town bears its name."""
    assert _names(extract("CONGRESS WILL VOTE — Lawmakers said on Monday that the budget would pass.")).get("CONGRESS") == "ORG"


@pytest.mark.parametrize(
    "text, org, speaker",
    [
        (
            "Kenya's Ethics and Anti-Corruption Commission said it had opened an inquiry into the tender.",
            "Ethics and Anti-Corruption Commission",
            "Ethics and Anti-Corruption Commission",
        ),
        (
            "The Ethics and Anti-Doping Commission said two riders had failed tests.",
            "Ethics and Anti-Doping Commission",
            "Ethics and Anti-Doping Commission",
        ),
    ],
)
def test_organisation_name_with_and_is_whole(extract, text, org, speaker):
    record = extract(text)
    assert _names(record).get(org) == "ORG"
    assert [q.speaker_name for q in record.quotes] == [speaker]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Officials from Peru and the United Nations Development Programme met in Lima.", ["Peru", "United Nations Development Programme"]),
        ("The Trade and Industry Ministry said exports fell for a third month.", ["Trade and Industry Ministry"]),
        ("The Open Society Fund and Citizens for Fair Taxes said the plan favoured the rich.", ["Open Society Fund", "Citizens for Fair Taxes"]),
    ],
)
def test_names_either_side_of_and_stay_as_they_were(extract, text, names):
    """Guards for the join above: a name before "and" that is a name of its own stays apart."""
    found = _names(extract(text))
    assert all(n in found for n in names)



@pytest.mark.parametrize(
    "text, person, surname_at",
    [
        (
            "Seismologist Maria Quispe of the national institute warned of aftershocks. "
            "Quispe, the seismologist, said the tremor lasted forty seconds.",
            "Maria Quispe",
            "Quispe, the",
        ),
    ],
)
def test_role_before_a_name_and_appositive_surname(extract, text, person, surname_at):
    record = extract(text)
    (ent,) = [e for e in record.entities if e.name == person]
    assert ent.type == "PERSON"
    at = text.index(surname_at)
    assert any(m.start == at for m in ent.mentions)
    last = record.quotes[-1]
    assert last.speaker == ent.id and last.speaker_start == at


@pytest.mark.parametrize(
    "text, speakers",
    [
        # a legal appeal is an act: its object is the ruling, not what anyone said
        ("Tomas Berg was convicted on Monday. His client, the lawyer said, would appeal the verdict.", ["the lawyer"]),
        ("The council said the builder would appeal the fine before the end of the month.", ["The council"]),
    ],
)
def test_appealing_a_ruling_is_no_statement(extract, text, speakers):
    assert [q.speaker_name for q in extract(text).quotes] == speakers


def test_appealing_for_something_still_reports_it(extract):
    record = extract("The union appealed for calm after the clashes at the port.")
    assert [(q.text, q.speaker_name) for q in record.quotes] == [("calm", "The union")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "said X of Y": Y is whom X spoke of, never part of the speaker's phrase
        ('Tomas Berg was convicted on Monday. "He will appeal," said his lawyer of his client.', "his lawyer"),
        ('"She has done nothing wrong," said her lawyer of her client on Friday.', "her lawyer"),
        # guard: an office's own "of" stays
        ("\"We will look again,\" said Peru's minister of energy.", "Peru's minister of energy"),
    ],
)
def test_whom_a_speaker_spoke_of_is_not_the_speaker(extract, text, speaker):
    assert [q.speaker_name for q in extract(text).quotes] == [speaker]


@pytest.mark.parametrize(
    "text, person",
    [
        ("Volcanologist Ana Torres of the observatory counted three eruptions on Sunday.", "Ana Torres"),
        ("Historian Lucia Ramos wrote the report on the flood.", "Lucia Ramos"),
    ],
)
def test_unlisted_role_before_a_name_is_not_part_of_it(extract, text, person):
    assert _names(extract(text)).get(person) == "PERSON"
