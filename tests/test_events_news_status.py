"""Status and sense of events on news by error category of the dev sets' false events (issue 12, seventh round):
acts only arranged, feared, weighed or prepared told as if they occurred, and uses of event words that are no
political event. Every sentence is the team's own; each case failed before the fix it covers."""

from __future__ import annotations

import pytest


def _types(extract, text: str, status: str | None = "occurred") -> set[str]:
    return {e.type for e in extract(text).events if status is None or e.status == status}


# --- an act arranged, feared, weighed or prepared is no act that occurred

@pytest.mark.parametrize(("text", "type_"), [
    # "was to meet": an arrangement
    ("The foreign minister was to meet his Greek counterpart in Athens on Friday.", "CONSULT"),
    # the "of" phrase of a noun of fearing or weighing
    ("Officials in Lagos raised the possibility of an attack on the pipeline.", "ASSAULT"),
    ("The militia appears increasingly concerned about its vulnerability to airstrikes in the north.", "ASSAULT"),
    # the object of a verb of planning or preparing
    ("Investigators said the cell had been preparing an assault on the parliament.", "ASSAULT"),
    # a right claimed to act
    ("The junta claimed the right to invade the disputed province.", "ASSAULT"),
    # a relative clause that puts the event ahead
    ("Organisers said the march, which will take place on Saturday, would end at the parliament.", "PROTEST"),
    # an infinitive the parser hangs as a clause of its own takes the tense of the verb that permits it
    ("The city will allow farmers to rally outside the ministry on Thursday.", "PROTEST"),
    ("The governor did not allow the students to march through the centre.", "PROTEST"),
    # a gerund in the object of a verb with a modal
    ("The minister said regional armies should take the leading role in fighting the insurgents.", "ASSAULT"),
    # an adverb of possibility on the act
    ("Defence officials began surveying a military prison in Texas to potentially hold detainees from the island.",
     "COERCE"),
    # the act a potential place is for
    ('"These surveys are necessary to determine potential sites for detaining a small number of suspects in the '
     'country," the official said.', "COERCE"),
    # a noun compounded with the object of a future verb
    ("Rebels fear that not only will the town be cut off soon, but that government warplanes will expand their "
     "bombing runs to the northern valley.", "ASSAULT"),
    # an arrangement with an adverb between
    ("The minister also was to meet the Kenyan delegation on Sunday.", "CONSULT"),
    # the purpose of a journey still under way
    ("Government troops were advancing on the port city to retake it from the militia.", "ASSAULT"),
    ("The prime minister is flying to Nairobi to meet the opposition leader.", "CONSULT"),
])  # fmt: skip
def test_an_act_not_yet_done_is_not_told_as_occurred(extract, text, type_):
    assert type_ not in _types(extract, text)


@pytest.mark.parametrize(("text", "type_", "status"), [
    # what is done "without" is not done
    ('"You are a criminal who launched this campaign without investigating the facts," the governor told the doctor.',
     "ACCUSE", "negated"),
    ("A bomb exploded without warning at a pub in the town centre, injuring 33 people.", "THREATEN", "negated"),
    # a conjunct after "but" keeps its own tense, not the first clause's negation
    ("Police said they have not yet found anything connecting the two blasts but are continuing to investigate.",
     "ACCUSE", "occurred"),
    # a denied subject
    ("The authorities have not named the blast an act of terror, and neither suspect was charged with terrorism.",
     "ACCUSE", "negated"),
    # an act named as the content of an intention
    ("The law requires evidence of an intention to coerce or intimidate a wider audience.", "THREATEN", "planned"),
])  # fmt: skip
def test_the_status_a_clause_gives(extract, text, type_, status):
    assert {e.status for e in extract(text).events if e.type == type_} == {status}


def test_an_arranged_meeting_keeps_its_planned_status(extract):
    events = extract("The foreign minister was to meet his Greek counterpart in Athens on Friday.").events
    assert [(e.type, e.status) for e in events] == [("CONSULT", "planned")]


def test_an_act_permitted_is_no_promise_of_who_may_do_it(extract):
    """PLOVER codes a promise of force or protest as THREATEN; the farmers promised nothing, the city allowed."""
    events = extract("The city will allow farmers to rally outside the ministry on Thursday.").events
    assert ("PROTEST", "planned") in {(e.type, e.status) for e in events}
    assert "THREATEN" not in {e.type for e in events}


@pytest.mark.parametrize(("text", "type_"), [
    ("Militants attacked a police station in the north on Monday, killing four officers.", "ASSAULT"),
    ("The council allowed the unions to march through the centre on Monday.", "PROTEST"),
    ("Local militias took a leading part in fighting the insurgents last year.", "ASSAULT"),
    ("Riot police arrested forty students who had occupied the rector's office.", "COERCE"),
    # a journey that ended: its purpose may be told done
    ("Detectives went to the farm on Friday to arrest the two brothers.", "COERCE"),
    # what befell a journey under way is told done, though the parser hangs the "when" clause on its purpose
    ("The aid lorries were heading to the camp to unload medicine when they were attacked by militiamen.", "ASSAULT"),
    ("Officers were racing to the port to detain the smugglers when a gunman shot two of them.", "ASSAULT"),
])  # fmt: skip
def test_acts_told_as_done_stay_occurred(extract, text, type_):
    assert type_ in _types(extract, text)


# --- uses of event words that are no political event

@pytest.mark.parametrize(("text", "type_"), [
    # a figure topped or a cause pressed, no blow
    ("The company's shares beat expectations for a third quarter running.", "ASSAULT"),
    ("The opposition has been beating a drum against the treaty for months.", "ASSAULT"),
    # weather fought, no enemy
    ("Firefighters battled strong winds and high waves to reach the burning ferry.", "ASSAULT"),
    # a project opposed, whose "of" phrase is no condition either
    ("Farmers and environmental activists have camped at the site since March fighting construction of the dam, "
     "which they say threatens their water.", "ASSAULT"),
    # acts counted in a trend, none told
    ("The rights group said the number of attacks against refugees leveled off this year after soaring in the spring.",
     "ASSAULT"),
    # a candidate's own rally, named by a politician the tagger may call an organisation, or held for one
    ("Scuffles between supporters and protesters have broken out at Trump’s rallies in three states.", "PROTEST"),
    ("The first blast went off at a rally for president Ashraf Ghani in the east of the country.", "PROTEST"),
    # a place of practice the gerund names
    ("The second device was taken to the police firing range outside the city.", "ASSAULT"),
    # one person speaking to the press, no partner named
    ('"The talks will fail," the analyst said, speaking by phone from Nairobi.', "CONSULT"),
    # an inquiry's call to the public, no request between parties
    ("Officers issued an appeal for witnesses on Tuesday and released a picture of the van.", "REQUEST"),
    ("Police appealed for witnesses after the attack on the mosque.", "REQUEST"),
    # something pursued for oneself, asked of no one
    ("Officials said the bombing was carried out by a smuggling gang seeking revenge on the police for cracking down "
     "on their trade.", "REQUEST"),
    # talk as speech about something, no talks held
    ("For all the talk by Kenyan ministers about reopening the border crossing, traders have seen little change.",
     "CONSULT"),
    # attending a protest is the protest, no meeting
    ('Women attend a "Right to Work Rally Round Two" outside the city hall in Durban.', "CONSULT"),
    # a cause an inquiry excludes, no proposal rejected
    ("Police have ruled out a grudge as the motive for the shooting of the mayor.", "REJECT"),
    ("Coroners ruled out foul play in the death of the journalist.", "REJECT"),
    ("Rail investigators have ruled out sabotage in the derailment.", "REJECT"),
    ("Detectives ruled out any link to terrorism in the stabbing.", "REJECT"),
])  # fmt: skip
def test_uses_that_are_no_political_event(extract, text, type_):
    assert type_ not in _types(extract, text, None)


@pytest.mark.parametrize(("text", "type_"), [
    # what a relative clause with its own subject acts on is its head noun: sheltered people, no visit hosted
    ("Lebanon struggles to school the refugees it has been hosting since 2012.", "CONSULT"),
    # a dismissal told by the passive, with a name the tagger may not call a person
    ("Castillo Reyes had been fired in May, the ministry said.", "ASSAULT"),
])  # fmt: skip
def test_senses_read_through_the_parse(extract, text, type_):
    assert type_ not in _types(extract, text, None)


@pytest.mark.parametrize(("text", "type_"), [
    ("The two foreign ministers spoke by phone on Tuesday about the border.", "CONSULT"),
    ("Police fired tear gas at students protesting outside the university.", "ASSAULT"),
    ("Rebels fought government troops for control of the airport.", "ASSAULT"),
    ("The government appealed for international aid after the floods.", "REQUEST"),
    ("The opposition sought talks with the government on Monday.", "REQUEST"),
    ("Thousands of Syrian families sought refuge in Turkey last year.", "REQUEST"),
    ("Thousands rallied in Moscow on Sunday in support of the jailed opposition leader.", "PROTEST"),
    ("The interior minister ruled out any negotiations with the kidnappers.", "REJECT"),
    ("The electoral board ruled out any reason to postpone the runoff.", "REJECT"),
])  # fmt: skip
def test_the_event_senses_stand(extract, text, type_):
    assert type_ in _types(extract, text)


@pytest.mark.parametrize("text", [
    # blocking protesters or armed forces is no protest, whoever the parse says does it
    "Riot police gather as they block opposition supporters in the centre of Minsk.",
    "The militia says it is blocking government forces from making further advances near the dam.",
    # a distance
    "They met at the Friends Meeting House, a small brick building just blocks from the courthouse.",
])  # fmt: skip
def test_blocking_that_is_no_protest(extract, text):
    assert "PROTEST" not in _types(extract, text, None)


def test_protesters_blocking_roads_protest(extract):
    assert "PROTEST" in _types(extract, "Protesters blocked roads into the capital on Monday.")


def test_a_strike_on_rebels_is_an_attack(extract):
    text = ("A boy covers his face from smoke as he runs past a shop after a strike on the rebel held besieged Old Town "
            "neighborhood of Homs.")
    assert _types(extract, text, None) == {"ASSAULT"}


@pytest.mark.parametrize(("text", "crashed"), [
    # a flight number reads as a name that can act; the crash of what it names kills, no one attacks
    ("Four weeks after KenyaJet Flight 311 crashed into the lake killing all 52 people on board, theories abound.", True),
    ("A suicide bomber crashed his car into the gate of the base, killing 12 soldiers.", False),
    ("Militants crashed into the compound, killing four guards.", False),
])  # fmt: skip
def test_a_vehicle_crash_kills_without_an_attack(pipeline, text, crashed):
    from newsgraph.extractors.eventcoding.animacy import vehicle_crashed
    from newsgraph.extractors.eventcoding.lexicon import default

    killing = next(t for t in pipeline.nlp(text) if t.lower_ == "killing")
    assert vehicle_crashed(killing, default()) == crashed


# --- an act under a negated verb of intent is not meant, let alone threatened (fourth hand trial: relations one
# "did not seek to break off" told as a planned sanction and a threat)

@pytest.mark.parametrize(("text", "trigger"), [
    ("Hungary does not intend to expel the Ukrainian envoys, a spokesman said.", "expel"),
    ("The president said Kenya did not want to cut ties with Somalia.", "cut"),
    ("Peru is not seeking to suspend trade with Chile, the minister said.", "suspend"),
])  # fmt: skip
def test_an_act_under_a_negated_verb_of_intent_is_negated(extract, text, trigger):
    events = [e for e in extract(text).events if e.trigger.text.startswith(trigger)]
    assert events and all(e.status == "negated" for e in events)
    assert not [e for e in extract(text).events if e.type == "THREATEN"]


def test_an_intended_act_is_still_planned(extract):
    (expel,) = [e for e in extract("Hungary intends to expel the Ukrainian envoys.").events if e.type == "SANCTION"]
    assert expel.status == "planned"


@pytest.mark.parametrize("text", [
    "A vote on the resolution was unlikely before December, diplomats said.",
    "Officials said a meeting between the two leaders was possible next month.",
])  # fmt: skip
def test_an_act_called_unlikely_or_possible_is_not_told_as_held(extract, text):
    assert not [e for e in extract(text).events if e.status == "occurred" and e.type in ("CONSULT", "AGREE")]
