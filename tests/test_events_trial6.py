"""What a third hand trial on team-written wire copy (a coup, a terrorism verdict, tariffs, a camp raid, a prisoner
swap, UN vetoes, a claimed bombing, a dock strike, election monitors, a ramming at sea) found, fixed by category and
shown here on new team-written sentences, never the trial's own (tests/test_trial_six.py runs those)."""

from __future__ import annotations

import pytest


def _on(extract, text, trigger, date="2027-03-10"):
    return [e for e in extract(text, date).events if e.trigger.text.startswith(trigger)]


# --- an act of speaking joined to the clause a speaker reports is the speaker's own ---

@pytest.mark.parametrize(("text", "trigger", "type_", "actor"), [
    ("The governor said the floods had cut off three villages and urged residents to leave their homes.",
     "urged", "REQUEST", "governor"),
    ("The commander denied that the prisoners had been beaten and accused aid workers of spreading rumours.",
     "accused", "ACCUSE", "commander"),
    ("The finance minister said the budget had been approved and thanked the opposition for its votes.",
     "thanked", "SUPPORT", "finance minister"),
])  # fmt: skip
def test_a_speech_act_joined_to_a_report_is_the_speakers(extract, text, trigger, type_, actor):
    (event,) = _on(extract, text, trigger)
    assert event.type == type_ and event.status == "occurred"
    assert event.actor is not None and event.actor.name == actor


def test_a_material_act_joined_to_a_report_stays_in_it(extract):
    # "had attacked the town and killed two soldiers": the rebels killed, whatever the tagger makes of "killed"
    (killed,) = _on(extract, "The spokesman said the rebels had attacked the town and killed two soldiers.", "killed")
    assert killed.actor is not None and killed.actor.name == "rebels"


def test_the_report_ends_where_the_speakers_own_act_begins(extract):
    quotes = extract("The governor said the floods had cut off three villages and urged residents to leave their "
                     "homes.").quotes
    said = [q for q in quotes if q.cue == "said"]
    assert said and said[0].text == "the floods had cut off three villages"
    urged = [q for q in quotes if q.cue == "urged"]
    assert urged and urged[0].speaker_name == "The governor"


# --- triggers the parse hid: a particle read as a number's modifier, a demonym tagged a number, new words ---

@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("Azerbaijan handed over 19 Armenian soldiers at the border on Sunday.", "handed", "RETREAT"),
    ("Armenia released 13 Azerbaijanis on Sunday.", "released", "RETREAT"),
    ("Canada slapped duties of 25% on Chinese electric cars last week, the finance ministry said.", "slapped", "SANCTION"),
    ("The army bulldozed dozens of homes in the village on Monday, residents said.", "bulldozed", "ASSAULT"),
    ("Brazil said it stood with Argentina in the dispute over the fishing grounds.", "stood", "SUPPORT"),
    ("Police fired tear gas at protesters who had gathered outside parliament on Friday.", "gathered", "PROTEST"),
])  # fmt: skip
def test_an_act_the_parse_hid_is_found(extract, text, trigger, type_):
    assert [e for e in _on(extract, text, trigger) if e.type == type_]


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    # a comma-set relative clause said of a named party is the writer's own statement, not what is thanked
    ("The minister thanked Qatar, which had hosted the negotiations between the two sides in May.", "hosted", "CONSULT"),
    # a clause before a semicolon is no content of the verb after it
    ("Two officers were convicted of taking bribes and received suspended sentences; a third was acquitted.",
     "convicted", "SANCTION"),
    # people praised are supported though the actor coder names no one
    ("Interior Minister Ana Costa said the sentence sent a strong signal and praised the investigators.", "praised",
     "SUPPORT"),
])  # fmt: skip
def test_an_act_no_one_governs_is_told(extract, text, trigger, type_):
    assert [e for e in _on(extract, text, trigger) if e.type == type_ and e.status == "occurred"]


@pytest.mark.parametrize("text", [
    # freed from the act it hangs on, a question asked "about" something is still no demand
    "The network refused to drop the moderator, who angered the candidate by asking him about his taxes.",
    "The senator asked the general about the missing weapons on Tuesday.",
])  # fmt: skip
def test_a_question_about_something_is_no_request(extract, text):
    assert not [e for e in extract(text).events if e.type == "REQUEST"]


def test_praise_of_an_opportunity_is_still_no_support(extract):
    assert not _on(extract, "The delegates welcomed the chance to tour the old harbour.", "welcomed")


@pytest.mark.parametrize("text", [
    "At least 30 people were killed when a truck packed with explosives blew up at a checkpoint in Baidoa on Saturday.",
    "A car rigged with explosives exploded outside a police station in Quetta on Monday, killing six officers.",
])  # fmt: skip
def test_a_vehicle_packed_with_explosives_is_the_means_of_an_attack(extract, text):
    # a thing is no actor ("the truck blew up"), but one packed with explosives is a bomb: the attack stands, and its
    # dead with it, by an unidentified attacker
    attacks = [e for e in extract(text, "2027-03-08").events if e.type == "ASSAULT"]
    assert attacks and attacks[0].actor is not None and attacks[0].actor.name == "unidentified attacker"


# --- false events: what is demanded within a deadline, aid under review, an accord one has ---

@pytest.mark.parametrize(("text", "trigger"), [
    ("The African Union gave the junta seven days to release the president, officials said.", "release"),
    ("Western envoys issued an ultimatum to withdraw the troops from the border.", "withdraw"),
    ("Washington said it was reviewing its military aid to the army.", "aid"),
])  # fmt: skip
def test_an_act_only_demanded_or_weighed_is_not_told_as_done(extract, text, trigger):
    assert all(e.status != "occurred" for e in _on(extract, text, trigger))


@pytest.mark.parametrize(("text", "threat"), [
    # a span of time allowed for a concession is an ultimatum, told without the word (CAMEO 139)
    ("Western envoys gave the general 48 hours to step down.", True),
    ("The army set the rebels a deadline to disarm.", True),
    # time allowed to use a right is no threat
    ("The court gave him ten days to appeal.", False),
])  # fmt: skip
def test_time_allowed_for_a_concession_is_an_ultimatum(extract, text, threat):
    assert bool([e for e in extract(text).events if e.type == "THREATEN"]) is threat


@pytest.mark.parametrize("text", [
    "Japan, which has a security treaty with the United States, protested on Monday.",
    "The two countries have a free trade agreement and a visa pact.",
])  # fmt: skip
def test_an_accord_one_has_is_no_agreement_reached(extract, text):
    assert not [e for e in extract(text).events if e.type == "AGREE"]


def test_an_accord_signed_is_still_an_agreement(extract):
    assert [e for e in extract("The two countries reached a free trade agreement on Monday.").events if e.type == "AGREE"]


# --- dates: a when-clause's day, a joined clause's narrative day, the dateline's day ---

@pytest.mark.parametrize(("text", "trigger", "date"), [
    # "arrested ... when they stormed the ministry on Saturday": the arrests are the storming's day (published
    # Monday 8 March)
    ("Police arrested 12 students when they stormed the education ministry in Dhaka on Saturday.", "arrested",
     "2027-03-06"),
    ("Police detained dozens of students as they marched on parliament in Lagos on Sunday.", "detained", "2027-03-07"),
    # a simple past joined by "and" to a dated simple past goes on at its time
    ("Thousands of students marched through the capital on Sunday night, and police detained 30 of them.",
     "detained", "2027-03-07"),
    # a time of day dated by a day ("before dawn on Saturday") dates the act
    ("The mayor was arrested at his office before dawn on Saturday, a week after he had criticised the governor.",
     "arrested", "2027-03-06"),
    # a joined clause with a time of its own keeps it
    ("The army shelled the town on Saturday, and rebels withdrew on Monday.", "withdrew", "2027-03-08"),
])  # fmt: skip
def test_the_day_of_an_act_told_with_another(extract, text, trigger, date):
    events = _on(extract, text, trigger, date="2027-03-08")
    assert events and events[0].date == date


def test_an_undated_act_takes_the_datelines_day(extract):
    text = ("KHARTOUM, May 3 (Nile Wire) - Sudan's army accused the paramilitary forces of shelling a hospital in "
            "Omdurman. The United Nations called for an inquiry.")
    assert [e.date for e in _on(extract, text, "accused", date="2027-05-04")] == ["2027-05-03"]
    # a dateline of the publication day, or one far from it (an old story re-sent), changes nothing
    assert [e.date for e in _on(extract, text.replace("May 3", "May 4"), "accused", date="2027-05-04")] == ["2027-05-04"]


# --- entities: a country's name the tagger stops at its hyphen ---

def test_a_hyphened_country_name_is_one_place(extract):
    record = extract("Soldiers who seized power in Guinea-Bissau last Sunday named a general as interim leader.")
    places = {(e.name, e.country) for e in record.entities if e.type in ("GPE", "LOC")}
    assert ("Guinea-Bissau", "GNB") in places and not any(country == "GIN" for _, country in places)


# --- quotes: removing someone from a post reports no words ---

@pytest.mark.parametrize(("text", "quoted"), [
    ("The president dismissed the army chief of staff on Friday.", False),
    ("The prime minister dismissed his finance minister after the vote.", False),
    ("The ministry dismissed the report as propaganda.", True),
])  # fmt: skip
def test_dismissing_someone_is_no_quote(extract, text, quoted):
    assert bool([q for q in extract(text).quotes if q.cue == "dismissed"]) is quoted
