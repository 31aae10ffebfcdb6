"""Event types and participants as the PLOVER manual (../shared/reference/plover) codes them, where a hand trial
on wire copy and the error categories of the PLOVER records found the coder wrong: a rescue from a sinking boat
read as aid, an attack and its toll counted twice, a border taken for whom an act is done to, a foreign junta
given the story's own country, an execution blamed on an unidentified attacker. Sentences are the team's own."""

from __future__ import annotations

import pytest


def _events(extract, text: str, type_: str | None = None) -> list:
    return [e for e in extract(text).events if type_ is None or e.type == type_]


def _countries(actor, co) -> set:
    return {a.country for a in (actor, *co) if a is not None}


@pytest.mark.parametrize(("text", "aid"), [
    # PLOVER AID: "Hostage rescues ... should be coded as AID"; saving people from an accident is no act between actors
    ("Coast guard crews rescued 40 migrants from a sinking boat off the coast of Lampedusa on Tuesday.", False),
    ("Firefighters rescued three children from a burning building in Lyon.", False),
    ("Navy divers rescued 12 miners trapped in a flooded shaft in northern Chile.", False),
    ("Special forces rescued two hostages held by pirates off Somalia.", True),
    ("Police rescued a kidnapped engineer from a hideout in Lagos.", True),
])  # fmt: skip
def test_a_rescue_is_aid_only_from_captors(extract, text, aid):
    assert bool(_events(extract, text, "AID")) == aid


@pytest.mark.parametrize(("text", "dead"), [
    ("Gunmen attacked a police checkpoint in Kirkuk, killing four officers.", "four officers"),
    ("Rebels attacked a village near Goma on Sunday, killing at least 20 civilians.", "at least 20 civilians"),
    ("Militants stormed a hotel in Mogadishu, killing nine guests.", None),
])  # fmt: skip
def test_an_attack_and_its_toll_are_one_assault(extract, text, dead):
    """PLOVER codes the deaths as the attack's consequence: one ASSAULT, its dead among its recipients."""
    (attack,) = _events(extract, text, "ASSAULT")
    assert attack.trigger.text != "killing"
    if dead is not None:
        assert dead in {r.name for r in (attack.recipient, *attack.co_recipients) if r is not None}


def test_a_killing_after_another_kind_of_act_stands(extract):
    """Dispersing a crowd is COERCE; a killing told after it is an assault of its own."""
    (killing,) = _events(extract, "Riot police dispersed the crowd in Cairo, killing one person.", "ASSAULT")
    assert killing.trigger.text == "killing"


@pytest.mark.parametrize(("text", "type_"), [
    ("Soldiers killed two smugglers at the Thai border.", "ASSAULT"),
    ("Indian troops fired on the border with Pakistan.", "ASSAULT"),
    ("Turkish jets bombed the border region with Iraq on Sunday.", "ASSAULT"),
])  # fmt: skip
def test_a_border_is_no_recipient(extract, text, type_):
    """A border is a place: the act is at it, and the country across it is not whom it is done to."""
    (ev,) = _events(extract, text, type_)
    names = {r.name for r in (ev.recipient, *ev.co_recipients) if r is not None}
    assert not any("border" in n or n in ("Pakistan", "Iraq") for n in names)


def test_border_guards_are_people(extract):
    (ev,) = _events(extract, "Gunmen killed three border guards near the crossing.", "ASSAULT")
    assert ev.recipient is not None and ev.recipient.name == "three border guards"


@pytest.mark.parametrize(("text", "type_"), [
    ("Police arrested 20 migrants at the border with Mexico.", "COERCE"),
    ("Troops massed at the border with Armenia on Monday.", "MOBILIZE"),
])  # fmt: skip
def test_the_country_across_a_border_does_not_place_the_actor(extract, text, type_):
    (ev,) = _events(extract, text, type_)
    assert ev.actor is not None and ev.actor.country not in ("MEX", "ARM")


@pytest.mark.parametrize(("text", "type_", "country"), [
    # the home country's own government acting outward: the junta is another country's, unnamed
    ("France suspended its aid to the junta on Monday. French officials said Paris would review its ties. "
     "France said Paris was worried.", "SANCTION", None),
    ("Washington imposed sanctions on the military government, the White House said. The United States said "
     "the US would act.", "SANCTION", None),
    # criticism stays at home: the president's own generals
    ("Egypt's president criticized the generals on Monday. Egypt has faced unrest. Cairo said it would act.",
     "ACCUSE", "EGY"),
    # a story set in Mali: whoever criticises "the junta" there means Mali's
    ("Opposition parties in Bamako criticised the junta on Monday. Mali has been ruled by soldiers since 2021. "
     "Malian lawyers joined the protest.", "ACCUSE", "MLI"),
])  # fmt: skip
def test_an_unplaced_state_recipient_takes_the_story_country_only_when_not_the_actors_own(extract, text, type_, country):
    ev = _events(extract, text, type_)[0]
    assert ev.recipient is not None and ev.recipient.country == country


@pytest.mark.parametrize(("text", "actor", "country"), [
    ("The prisoner was executed on Tuesday, the justice ministry in Iran said. Iran said the sentence was lawful.",
     "authorities", "IRN"),
    ("A journalist was executed by an unidentified attacker in Kabul.", "unidentified attacker", "AFG"),
    # a massacre told as "were executed": nothing says the state did it
    ("Twelve villagers were executed in Kandahar province on Sunday.", "unidentified attacker", "AFG"),
])  # fmt: skip
def test_an_execution_with_no_author_is_by_the_state(extract, text, actor, country):
    """PLOVER ASSAULT targeted covers executions; one told with no author is the state's, not an attacker's."""
    (ev,) = _events(extract, text, "ASSAULT")
    assert (ev.actor.name, ev.actor.country) == (actor, country)


@pytest.mark.parametrize(("text", "type_"), [
    # PLOVER SANCTION expel: "expel ... from a group, organization ... or country"; deporting individuals is COERCE
    ("Nepal forced Amnesty International out of the country last year.", "SANCTION"),
    ("Niger ordered the UN children's agency out of the country.", "SANCTION"),
    ("Two aid workers were deported from Sudan last week.", "COERCE"),
    ("Police deported 40 migrants to Honduras.", "COERCE"),
])  # fmt: skip
def test_expelling_a_body_is_a_sanction(extract, text, type_):
    assert _events(extract, text, type_)
    assert not _events(extract, text, {"SANCTION": "COERCE", "COERCE": "SANCTION"}[type_])


@pytest.mark.parametrize(("text", "type_"), [
    ("The first contingent of Kenyan peacekeepers arrived in Haiti on Thursday.", "AID"),  # CAMEO 074: AID
    ("A battalion of Ghanaian troops arrived in Mali on Sunday.", "MOBILIZE"),
    ("The Guatemalan president arrived in Mexico for talks.", "CONSULT"),
])  # fmt: skip
def test_forces_that_arrive_are_deployed_not_visiting(extract, text, type_):
    assert {e.type for e in _events(extract, text)} == {type_}


@pytest.mark.parametrize(("text", "agree"), [
    # what another says an actor must do is a demand on it, not the actor's promise
    ("Ghana's president said the European Union must be ready to mediate between the two sides.", False),
    ("The minister said Italy would host the talks next month.", True),  # a future meeting: AGREE (PLOVER)
])  # fmt: skip
def test_an_obligation_is_no_promise(extract, text, agree):
    assert any(e.as_plover().type == "AGREE" for e in _events(extract, text)) == agree


@pytest.mark.parametrize(("text", "type_"), [
    # PLOVER CONCEDE: "Announcements of future retreats should be coded as CONCEDE"; AGREE: "RETREAT + future ...
    # do not reduce to AGREE"
    ("The rebels said they will free the 12 aid workers on Saturday.", "CONCEDE"),
    ("Turkey will allow the displaced families to return to their villages.", "CONCEDE"),
])  # fmt: skip
def test_a_promised_retreat_is_concede(extract, text, type_):
    (ev,) = [e for e in _events(extract, text) if e.status == "occurred"]
    assert (ev.type, ev.cameo) == (type_, "035")


def test_a_body_named_before_a_participle_is_the_actor(extract):
    """The parser makes "operating" the subject of "said"; the body it hangs on is who speaks."""
    ev = _events(extract, "The Red Cross operating in Yemen said both sides must let food convoys through.", "REQUEST")[0]
    assert ev.actor.name == "Red Cross" and ev.actor.sector == "NGO"


@pytest.mark.parametrize(("text", "type_", "actor"), [
    # the reporting verb after the clause it reports, which the parser hangs on its subject as a passive
    ("Sri Lankan authorities are failing to protect Tamil refugees, a rights group protested on Monday.",
     "ACCUSE", "rights group"),
    ("The border crossings stayed closed for a third day, the transport union complained.", None, None),
])  # fmt: skip
def test_a_reporting_verb_after_its_clause_has_its_subject(extract, text, type_, actor):
    events = _events(extract, text)
    assert not [e for e in events if e.recipient is not None and e.recipient.name in ("rights group", "transport union")]
    if type_ is not None:
        (ev,) = [e for e in events if e.type == type_]
        assert ev.actor is not None and ev.actor.name == actor


@pytest.mark.parametrize(("text", "accused", "reporter"), [
    ("Sri Lankan authorities are failing to protect Tamil refugees, a rights group protested on Monday.",
     "Sri Lankan authorities", "rights group"),
    ("Riot police beat dozens of students on the campus, a teachers' union charged on Tuesday.", "Riot police",
     "teachers' union"),
])  # fmt: skip
def test_a_charge_told_after_its_clause_is_aimed_at_its_subject(extract, text, accused, reporter):
    events = _events(extract, text)
    (ev,) = [e for e in events if e.type == "ACCUSE"]
    assert ev.recipient is not None and ev.recipient.name == accused
    reporters = [r for e in events for r in (e.recipient, *e.co_recipients) if r is not None and r.name == reporter]
    assert not reporters  # the group that reports is no one's victim


@pytest.mark.parametrize(("text", "actor"), [
    ("About 400 rebel fighters have been disarmed since the peace deal, two commanders said.", "About 400 rebel fighters"),
    ("About 400 rebel fighters have been disarmed by the peacekeepers.", "peacekeepers"),
])  # fmt: skip
def test_an_armed_group_that_is_disarmed_is_who_disarms(extract, text, actor):
    """PLOVER RETREAT covers disarming: the group that gives up its arms retreats, unless another disarms it."""
    (ev,) = _events(extract, text, "RETREAT")
    assert ev.actor is not None and ev.actor.name == actor


@pytest.mark.parametrize(("text", "type_"), [
    ("The junta ordered two radio stations to stop broadcasting.", "COERCE"),  # censorship (CAMEO 1721)
    ("The military government ordered the opposition daily Sloboda to suspend publication.", "COERCE"),
    ("The minister ordered the railway company to stop the strike talks.", "REQUEST"),  # not the press
])  # fmt: skip
def test_a_state_silencing_the_press_is_coercion(extract, text, type_):
    assert _events(extract, text, type_)


@pytest.mark.parametrize(("text", "type_"), [
    # CAMEO 0872, ease military blockade: RETREAT (material); lifting a curfew or a protest blockade: CONCEDE
    ("The Israeli army lifted a day-old blockade on the town, officials said.", "RETREAT"),
    ("The Indian navy lifted a two-week blockade on fishing boats off the coast.", "RETREAT"),
    ("The government lifted the curfew in the capital.", "CONCEDE"),
])  # fmt: skip
def test_lifting_a_military_blockade_is_a_retreat(extract, text, type_):
    assert {e.type for e in _events(extract, text) if e.status == "occurred"} == {type_}


@pytest.mark.parametrize(("text", "recipient"), [
    # "the drive" refers back to the campaign the text last gave an author
    ("Governor Mendes won votes with his campaign against street crime. Church leaders denounced the campaign "
     "on Sunday.", "Mendes"),
    ("Church leaders denounced the campaign on Sunday.", "campaign"),  # none told before: the phrase itself
])  # fmt: skip
def test_a_campaign_referred_back_to_stands_for_its_author(extract, text, recipient):
    (ev,) = _events(extract, text, "ACCUSE")
    assert (ev.recipient.name if ev.recipient is not None else None) == recipient


@pytest.mark.parametrize(("text", "recipient"), [
    # a concern accuses whoever does the act, never those who suffer it
    ("Rights groups have voiced concern that the police are torturing detainees.", "police"),
    ("Church groups voiced concern on Friday that hundreds of asylum seekers risk being detained in desert camps.",
     None),
])  # fmt: skip
def test_a_concern_accuses_the_author_not_the_victims(extract, text, recipient):
    (ev,) = _events(extract, text, "ACCUSE")
    assert (ev.recipient.name if ev.recipient is not None else None) == recipient


def test_charges_someone_was_cleared_of_are_no_accusation(extract):
    text = ("Former premier Ivo Marten demanded early elections after a court cleared him of all charges in "
            "Estland's biggest bribery trial.")
    assert not _events(extract, text, "ACCUSE")


@pytest.mark.parametrize(("text", "actor"), [
    ("Thousands of farmers were converging on Friday for a rally in Nairobi against the new tax law.", "farmers"),
    ("Opposition supporters gathered outside the court for a protest on Monday.", "Opposition supporters"),
    ("Police were deployed for the rally in the capital.", None),  # sent to it, not taking part
])  # fmt: skip
def test_who_gathers_for_a_protest_takes_part(extract, text, actor):
    (ev,) = _events(extract, text, "PROTEST")
    assert (ev.actor.name if ev.actor is not None else None) == actor


# --- material help sent, shipped, flown in or provided (AID: "humanitarian aid such as emergency assistance",
# "military and police assistance including arms and personnel"): relief goods, relief workers and training are
# aid, whatever their noun (fourth hand trial: tents and kits delivered, medicine flown in, engineers sent)

@pytest.mark.parametrize("text", [
    "Turkey delivered 2,000 blankets and 300 tents to the quake zone on Friday.",
    "Forty tonnes of rice were flown in by the World Food Programme overnight.",
    "Canada shipped generators and water pumps to the island after the hurricane.",
    "Cuba sent a team of 50 doctors to the flooded province last week.",
    "Britain provided training to the Kenyan police in 2025.",
])  # fmt: skip
def test_relief_goods_and_workers_sent_are_aid(extract, text):
    assert _events(extract, text, "AID")


# --- relations reduced by cutting flights or closing airspace (SANCTION discontinue, CAMEO 163), a garrison
# reinforced (MOBILIZE), fighters driven out by force (ASSAULT) (fourth hand trial)

@pytest.mark.parametrize(("text", "type_"), [
    ("Azerbaijan cut flights to Iran last month, the aviation agency said.", "SANCTION"),
    ("Belarus closed its airspace to Lithuanian aircraft on Sunday.", "SANCTION"),
    ("Finland reinforced its northern garrison with 400 conscripts.", "MOBILIZE"),
    ("The jihadist fighters were driven out of the village by government troops on Friday.", "ASSAULT"),
    ("Army units drove the rebels out of the market town overnight.", "ASSAULT"),
])  # fmt: skip
def test_words_for_sanctions_mobilization_and_force(extract, text, type_):
    assert _events(extract, text, type_)


@pytest.mark.parametrize("text", [
    # an ordered release is the release (RETREAT: "the actual release ... of prisoners"), as an ordered arrest is
    # the arrest; not a request (fourth hand trial: "the court ordered his release")
    "A judge in Lagos ordered the release of the two journalists on Friday.",
    "The appeals court ordered his release on bail.",
])  # fmt: skip
def test_an_ordered_release_is_the_release(extract, text):
    assert _events(extract, text, "RETREAT") and not _events(extract, text, "REQUEST")
