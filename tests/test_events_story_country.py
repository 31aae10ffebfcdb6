"""Domestic parties of news events placed by the story's country (issue 12, plover round): a union leader, strikers,
the opposition, a court, victims' families, "nine people" named without their country in a story set in one
country are of it, as PLOVER codes domestic actors. Found on the hand trials (tests/data/trial3..6), where about
half the wrong actor countries were such parties left with none. Every text is the team's own; each positive
case failed before the fix, the negative ones guard its limits."""

from __future__ import annotations

import pytest


def _party(extract, text: str, type_: str, word: str, side: str = "actor"):
    """The actor (or recipient) of the first event of ``type_`` whose phrase holds ``word``."""
    for ev in extract(text).events:
        party = getattr(ev, side)
        if ev.type == type_ and party is not None and party.start is not None and word in text[party.start:party.end]:
            return party
    raise AssertionError(f"no {type_} event with {word!r} as its {side}")


CHILE = ("Dockworkers in Valparaiso stayed off the job for a second day on Tuesday. Chile's ports ship most of the "
         "copper bound for China. ")
KENYA = ("A magistrate in Mombasa heard the case on Monday. Kenya's anti-graft agency brought the charges, with help "
         "from Britain. ")
ACCRA = "Traders closed their stalls in Accra on Friday over a rise in market fees. "


@pytest.mark.parametrize(("text", "type_", "word", "side", "country"), [
    # a union's leader named with no country, the strikers, the opposition: the story's country
    (CHILE + "The union's president, Marta Quiroga, accused the port operators of bad faith.", "ACCUSE", "Quiroga",
     "actor", "CHL"),
    (CHILE + "Strikers accused the operators of hiring replacement crews.", "ACCUSE", "Strikers", "actor", "CHL"),
    (CHILE + "Opposition parties rejected the offer on Wednesday.", "REJECT", "parties", "actor", "CHL"),
    # victims' families
    (KENYA + "Relatives of the accused welcomed the ruling.", "SUPPORT", "Relatives", "actor", "KEN"),
    # people an act is done to: "nine people", "the residents"
    (CHILE + "Masked men stormed a warehouse in the harbour, beating nine people.", "ASSAULT", "nine people",
     "recipient", "CHL"),
    # a short report naming one place once is set there
    (ACCRA + "Police arrested 30 people at the main market.", "COERCE", "Police", "actor", "GHA"),
    (ACCRA + "Police arrested 30 people at the main market.", "COERCE", "30 people", "recipient", "GHA"),
    # the army of a story set in one country
    (ACCRA + "Soldiers fired warning shots over the heads of the traders.", "ASSAULT", "Soldiers", "actor", "GHA"),
])  # fmt: skip
def test_a_domestic_party_is_of_the_story_s_country(extract, text, type_, word, side, country):
    assert _party(extract, text, type_, word, side).country == country


def test_a_court_s_fine_is_done_at_home(extract):
    text = KENYA + "The court fined three port workers two million shillings on Friday."
    ev = next(e for e in extract(text).events if e.type == "SANCTION")
    assert ev.recipient is not None and ev.recipient.country == "KEN"


@pytest.mark.parametrize(("text", "type_", "word", "side"), [
    # an aid group is no country's
    (CHILE + "Doctors Without Borders urged the operators to let medical teams into the port.", "REQUEST",
     "Doctors", "actor"),
    # an envoy serves where they are sent
    (CHILE + "A Peruvian trade team arrived in Valparaiso, and the envoy was welcomed by the port's managers.",
     "SUPPORT", "envoy", "recipient"),
    # someone's people, of a speaker the story does not place
    (CHILE + "A rights group said police had beaten its observers near the docks.", "ASSAULT", "observers",
     "recipient"),
    # across a border: the police are not of the country beyond it
    ("Police arrested 40 migrants on Monday at the border with Mexico.", "COERCE", "Police", "actor"),
])  # fmt: skip
def test_who_is_not_placed_by_the_story(extract, text, type_, word, side):
    events = [e for e in extract(text).events if e.type == type_]
    parties = [getattr(e, side) for e in events]
    placed = [p for p in parties if p is not None and p.start is not None and word in text[p.start:p.end]]
    assert placed, f"no {type_} event with {word!r} as its {side}"  # the case must reach the party it guards
    assert all(p.country not in ("CHL", "MEX") for p in placed)



# --- an act only an unnamed state or attacker does, told in the passive with no place in its clause

@pytest.mark.parametrize(("text", "type_", "name", "country"), [
    (CHILE + "Eleven dockers were arrested overnight, a union lawyer said.", "COERCE", "authorities", "CHL"),
    (KENYA + "Two former county officials were convicted of bribery on Thursday.", "SANCTION", "authorities", "KEN"),
    (CHILE + "A picket was shot in the arm during the night.", "ASSAULT", "unidentified attacker", "CHL"),
])  # fmt: skip
def test_an_implied_actor_is_of_the_story_s_country(extract, text, type_, name, country):
    ev = next(e for e in extract(text).events if e.type == type_)
    assert ev.actor is not None and (ev.actor.name, ev.actor.country) == (name, country)
    assert ev.actor.start is None and ev.confidence <= 0.7  # implied, and capped as any implied actor


@pytest.mark.parametrize("text", [
    # no story to place it in
    "Eleven dockers were arrested overnight, a union lawyer said.",
    # an arrest denied or only possible has no author
    CHILE + "Eleven dockers were not arrested, the union said.",
    CHILE + "Eleven dockers may be arrested, the union said.",
])  # fmt: skip
def test_no_implied_actor_without_a_story_or_an_act(extract, text):
    assert all(e.actor is None for e in extract(text).events if e.type == "COERCE")


# --- an act told in a "where" clause is set in the place the clause is about

def test_a_where_clause_places_an_attack(extract):
    text = ("Diplomats met in Geneva on Monday to discuss the war. The envoy accused the militia of crimes in Bentiu, "
            "where more than 200 villagers were killed in an assault in May.")
    ev = next(e for e in extract(text).events if e.type == "ASSAULT" and e.trigger.text == "killed")
    assert ev.actor is not None and ev.actor.start is None and ev.actor.country == "SSD"
    assert ev.recipient is not None and ev.recipient.country == "SSD"


# --- stories set in one country about the people of another (plover round 2): a party is not placed by the story
# when the story names another state as a party or a people, or as the scene of an act that may be done abroad.
# Each case placed the party in the host country before.

def _not_placed_there(extract, text: str, type_: str, word: str, side: str, host: str) -> None:
    """An event of ``type_`` exists, and no ``side`` party of one that holds ``word`` (or is implied and named
    ``word``) is placed in ``host``."""
    events = [e for e in extract(text).events if e.type == type_]
    assert events, f"no {type_} event"
    for ev in events:
        party = getattr(ev, side)
        if party is None:
            continue
        named = party.name == word if party.start is None else word in text[party.start:party.end]
        assert not (named and party.country == host), (ev.trigger.text, party)


@pytest.mark.parametrize(("text", "type_", "word", "side", "host"), [
    # a nationality the story gives: exiles, refugees, a foreign court's defendant
    ("Belarusian exiles met in Warsaw, Poland, on Sunday to mark the anniversary of the crackdown. Opposition "
     "leaders accused the government of jailing students.", "ACCUSE", "leaders", "actor", "POL"),
    ("Sudanese refugees arriving in Chad told reporters that militiamen had attacked their villages.", "ASSAULT",
     "militiamen", "actor", "TCD"),
    ("Rohingya refugees in Cox's Bazar, Bangladesh, told investigators that soldiers had raped women in their "
     "villages.", "ASSAULT", "soldiers", "actor", "BGD"),
    # an implied author where the story names another state: a protest over nationals held abroad, a shelling
    ("Ghana summoned Nigeria's high commissioner on Monday after four Ghanaian traders were detained. Ghana's foreign "
     "ministry called the arrests unlawful.", "COERCE", "authorities", "actor", "GHA"),
    ("NAIROBI, Kenya - Uganda's main opposition leader was arrested in Kampala on Monday, his party said. Dozens of "
     "his supporters were detained.", "COERCE", "authorities", "actor", "KEN"),
    ("Georgia said on Tuesday that Russia had shelled villages near the boundary line in Georgia. Two farmers were "
     "killed.", "ASSAULT", "unidentified attacker", "actor", "GEO"),
    # one mention in a clause describing someone does not set the story
    ("A woman who joined a militant group in Syria was arrested at the airport on her return, police said.",
     "COERCE", "woman", "recipient", "SYR"),
    ("A man who fought for separatists in Ukraine was convicted of terrorism on Tuesday.", "SANCTION",
     "authorities", "actor", "UKR"),
    # deportees and the targets of a strike abroad
    ("EL PASO, Texas - The migrants were deported on Thursday under an emergency order, officials in Texas said.",
     "COERCE", "migrants", "recipient", "USA"),
    ("JERUSALEM, Israel - The army said it struck a weapons depot in southern Lebanon overnight. Five militants "
     "were killed in the strike.", "ASSAULT", "militants", "recipient", "ISR"),
    # where people are sent is not who sent them
    ("Greek coastguards intercepted a boat carrying 60 migrants off Lesbos. The migrants were returned to Turkey on "
     "Friday.", "COERCE", "authorities", "actor", "TUR"),
])  # fmt: skip
def test_a_party_of_another_state_is_not_placed_by_the_story(extract, text, type_, word, side, host):
    _not_placed_there(extract, text, type_, word, side, host)


@pytest.mark.parametrize(("text", "word"), [
    # an act or an occasion is never whom an act is done to
    ("The talks were hosted by Qatar in Doha on Sunday.", "talks"),
    ("The peace talks were mediated by Norway.", "talks"),
    # two acts, not one object shared: the prisoners were taken, not attacked
    ("Troops attacked at dawn and took thirty prisoners.", "prisoners"),
])  # fmt: skip
def test_what_is_not_a_recipient(extract, text, word):
    record = extract(text)
    assert record.events
    assert not any(e.recipient is not None and e.recipient.start is not None
                   and word in text[e.recipient.start:e.recipient.end] for e in record.events)
