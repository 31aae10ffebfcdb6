"""Rules the review found firing on one evaluation record only, shown on the general pattern they stand for, and
the coder's firing counter. Sentences are team-written."""

from __future__ import annotations

import pytest

from newsgraph.extractors.eventcoding import firing


def _events(extract, text):
    return extract(text).events


@pytest.mark.parametrize(
    "text, type_, country",
    [
        ("The Kurds of northern Iraq demanded a referendum.", "REQUEST", "IRQ"),
        ("The Tamils of Sri Lanka protested against the new law.", "PROTEST", "LKA"),
        ("The Serbs of Kosovo blocked the roads to the border.", "PROTEST", "XKX"),
    ],
)
def test_a_people_of_a_place_is_coded_where_it_lives(extract, text, type_, country):
    ev = next(e for e in _events(extract, text) if e.type == type_)
    assert ev.actor is not None and ev.actor.country == country


@pytest.mark.parametrize(
    "text",
    [
        "Government troops were preparing to storm the rebel stronghold.",
        "The army is preparing to attack the city, a spokesman said.",
        "Rebel fighters prepared to shell the airport on Sunday.",
        "The navy was preparing for an assault on the port.",
    ],
)
def test_an_attack_being_prepared_is_a_mobilization_not_a_threat(extract, text):
    types = {(e.type, e.status) for e in _events(extract, text)}
    assert ("MOBILIZE", "occurred") in types and ("THREATEN", "occurred") not in types


def test_the_firing_counter_is_off_by_default_and_counts_records_when_on(extract):
    text = "The Kurds of northern Iraq demanded a referendum."
    extract(text)
    assert firing._counts is None
    with firing.counting() as counts:
        extract(text)
    assert len(counts["people-of-a-place"]) == 1
    assert firing.once(counts) == sorted(counts)
    assert firing._counts is None


@pytest.mark.parametrize(
    "text, type_, side, country",
    [
        ("The European Community imposed an arms embargo on the region.", "SANCTION", "actor", "EUR"),
        ("The UN refugee agency criticised the deportations.", "ACCUSE", "actor", "UNO"),
        ("The EU's foreign policy chief met the Iranian foreign minister.", "CONSULT", "actor", "EUR"),
        ("NATO warned Russia against any incursion.", "THREATEN", "actor", "NATO"),
        ("Israel accused the UN of bias.", "ACCUSE", "recipient", "UNO"),
        ("The Warsaw Pact condemned the decision.", "ACCUSE", "actor", "IGO"),
    ],
)
def test_international_bodies_are_coded_as_bodies(extract, text, type_, side, country):
    ev = next(e for e in _events(extract, text) if e.type == type_)
    who = getattr(ev, side)
    assert who is not None and who.country == country and who.sector == "IGO", who


@pytest.mark.parametrize(
    "text, type_",
    [
        ("The militants detonated a bomb near the market.", "ASSAULT"),
        ("Rebels intimidated voters in the north.", "THREATEN"),
        ("The government and the rebels held a dialogue in Geneva.", "CONSULT"),
        ("The surrender of the rebel commander was announced on Monday.", "RETREAT"),
        ("Prosecutors filed charges against the former minister.", "ACCUSE"),
        ("A grand jury handed down an indictment against the two smugglers.", "ACCUSE"),
        ("A court in Accra found the former minister guilty of fraud.", "SANCTION"),
    ],
)
def test_general_trigger_words_from_the_codebook(extract, text, type_):
    assert type_ in {e.type for e in _events(extract, text)}


@pytest.mark.parametrize(
    "text, type_, mode",
    [
        # people who crossed a border, sent back by a state: a deportation (CAMEO 174), not a release
        ("Kenya returned 300 Somali refugees across the border on Friday.", "COERCE", "deport"),
        ("Nearly 500 migrants were returned to Honduras last month.", "COERCE", "deport"),
        # captives handed back are released (CAMEO 0842)
        ("The rebels returned 12 hostages to the Red Cross.", "RETREAT", "release"),
    ],
)
def test_returning_migrants_is_a_deportation_and_returning_captives_a_release(extract, text, type_, mode):
    assert (type_, mode) in {(e.type, e.mode) for e in _events(extract, text)}


@pytest.mark.parametrize(
    "text, type_, expected",
    [
        ("A US drone strike killed a militant commander near the border.", "ASSAULT", True),
        ("The navy's missile strike on the port drew condemnation from Moscow.", "PROTEST", False),
        ("Thousands joined the march in Paris on March 12.", "PROTEST", True),
        ("The talks are due to resume on March 3.", "PROTEST", False),  # the month is not a march
        ("Soldiers march in a parade marking Independence Day.", "PROTEST", False),  # a ceremony
        ("Police officers marched through the capital during the ceremony.", "PROTEST", False),
        ("Veterans held a march to commemorate the fallen.", "PROTEST", False),
        ("Thousands of students marched to parliament to demand reforms.", "PROTEST", True),
    ],
)
def test_strikes_marches_and_ceremonies(extract, text, type_, expected):
    assert (type_ in {e.type for e in _events(extract, text)}) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ghana beat Nigeria 3-0 in a friendly in Accra on Tuesday.", False),  # a score
        ("The hosts defeated Spain in the semi-final of the tournament.", False),  # nouns of sport
        ("The two clubs clash in Saturday's league derby.", False),
        ("Soldiers beat back an assault on the garrison town, the army said.", True),  # a fight
        ("Riot police beat students with sticks outside the ministry.", True),
        ("Militants attacked a checkpoint in 2019-20 and killed four guards.", True),  # a season of years, no score
    ],
)
def test_a_game_is_not_a_fight(extract, text, expected):
    assert ("ASSAULT" in {e.type for e in _events(extract, text)}) is expected


@pytest.mark.parametrize(
    "text, type_, expected",
    [
        ("The senator spoke at a campaign rally in Dayton on Monday.", "PROTEST", False),  # for a candidate
        ("Supporters cheered at the party's election night rally.", "PROTEST", False),
        ("Both candidates held rallies in Ohio on Sunday.", "PROTEST", False),  # held by candidates
        ("Thousands held a rally against the new tax in Lagos.", "PROTEST", True),  # against something
        ("Opposition supporters rallied in the capital after the disputed election.", "PROTEST", True),
        ("Two colleagues in Lima contributed to this report.", "AID", False),  # a journalist's credit
        ("Japan contributed $5 million to the relief fund.", "AID", True),
        ("The former mayor pleaded not guilty to bribery charges.", "REQUEST", False),  # an answer in court
        ("The families pleaded with the government to reopen the inquiry.", "REQUEST", True),
    ],
)
def test_campaign_rallies_credits_and_pleas_are_no_events(extract, text, type_, expected):
    assert (type_ in {e.type for e in _events(extract, text)}) is expected


@pytest.mark.parametrize(
    "text, word",
    [
        ("Gunmen killed six villagers near the border on Tuesday.", "killed"),
        ("Militants wounded two policemen in an ambush.", "wounded"),
    ],
)
def test_a_death_verb_stays_under_0_8_having_no_news_labels(extract, text, word):
    events = [e for e in _events(extract, text) if e.trigger.text == word]
    assert events and all(e.confidence <= 0.75 for e in events)


@pytest.mark.parametrize(
    "text, type_, expected",
    [
        ("The IMF advised Greece to cut its spending.", "REQUEST", True),
        ("Experts suggest that the economy is slowing.", "REQUEST", False),  # an opinion
        ("He recommended the book to his friends.", "REQUEST", False),
        ("Obama spoke with Merkel by phone on Tuesday.", "CONSULT", True),
        ("The president greeted the Japanese prime minister at the White House.", "CONSULT", True),
        ("He spoke with reporters after the vote.", "CONSULT", False),  # the press is not consulted
        ("The minister met journalists in Nairobi.", "CONSULT", False),
    ],
)
def test_advice_calls_and_the_press(extract, text, type_, expected):
    assert (type_ in {e.type for e in _events(extract, text)}) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Riot police dispersed striking bus drivers outside the depot in Lagos on Tuesday.",
        "The striking miners blocked the road to the pit near Potosi.",
        "Hundreds of striking nurses gathered outside the ministry in Nairobi.",
        "Soldiers detained dozens of striking teachers in Harare on Friday.",
    ],
)
def test_striking_workers_are_on_strike_not_hitting(extract, text):
    events = extract(text).events
    assert not [e for e in events if e.type == "ASSAULT" and e.trigger.text.lower() == "striking"]
    struck = [e for e in events if e.trigger.text.lower() == "striking"]
    assert all((e.type, e.mode, e.cameo) == ("PROTEST", "strike", "143") for e in struck)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen were seen striking the convoy with rockets near Kandahar.",  # hitting: a verb with an object
        "The militia kept striking army posts along the border of Chad.",
    ],
)
def test_striking_a_target_stays_an_attack(extract, text):
    assert [e for e in extract(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("TEMUCO, Chile (Andes Wire) - Police arrested two farmers in Temuco on Monday.", "Police"),
        ("MOMBASA, Kenya - Police detained three dock workers in Mombasa on Sunday.", "Police"),
        ("LIMA (Coast News) - Soldiers attacked a camp of illegal miners on Friday.", "Soldiers"),
    ],
)
def test_an_actor_name_starts_after_the_wire_dateline(extract, text, name):
    rec = extract(text)
    actors = [a for e in rec.events for a in (e.actor,) if a is not None and a.start is not None]
    assert actors
    for a in actors:
        assert a.name == name and rec.article.text[a.start : a.end] == name


@pytest.mark.parametrize(
    "text",
    [
        # the parser can read the workers as what "striking" hits when a verb follows them
        "Police fired tear gas on Monday after striking port workers marched on the harbour in Durban.",
        "Traffic stopped in the capital after striking taxi drivers blocked the main bridge in Accra.",
    ],
)
def test_striking_workers_before_their_verb_are_not_hit(extract, text):
    assert not [e for e in extract(text).events if e.type == "ASSAULT" and e.trigger.text.lower() == "striking"]


@pytest.mark.parametrize(
    "text, type_, present",
    [
        ("The rebel movement met its demise after the offensive.", "CONSULT", False),
        ("The company failed to meet the loan payment last month.", "CONSULT", False),
        ("A drone struck the army base, killing two soldiers.", "ASSAULT", True),
    ],
)
def test_a_fate_is_not_a_meeting_and_a_weapon_is_the_means_of_an_attack(extract, text, type_, present):
    assert (type_ in {e.type for e in _events(extract, text)}) == present


@pytest.mark.parametrize(
    "bias, status, proposal, kept",
    [
        (-5.0, "planned", False, False),  # the model is nearly sure it is no event: dropped whatever its status
        (-1.0, "planned", False, True),  # unlikely but possible: a planned act stays, with its confidence
        (-5.0, "occurred", False, False),
        (0.0, "occurred", True, True),  # a proposal the model finds even odds is kept
        (-1.0, "occurred", True, False),
    ],
)
def test_the_disposer_drops_what_its_model_finds_no_event(bias, status, proposal, kept):
    from newsgraph.extractors.eventcoding.disposer import _verdict
    from newsgraph.model import Event, Mention, Span

    ev = Event(id="", type="ASSAULT", mode=None, cameo="190", actor=None, recipient=None, date="2025-01-01",
               date_precision="day", location=None, status=status, trigger=Mention(0, 6, "attack", "trigger"),
               sentence=Span(0, 10), confidence=0.5)
    model = {"weights": {"bias": bias}, "keep_above": 0.3, "drop_below": 0.2}
    _, dropped = _verdict(ev, {"bias": 1.0}, proposal, model)
    assert (dropped is None) == kept


@pytest.mark.parametrize(
    "text, type_, present",
    [
        ("The envoy advised the president on the ceasefire talks.", "REQUEST", True),  # advice to someone
        ("The committee recommended sanctions against the regime.", "REQUEST", True),  # advice for an act
        ("The new figures suggest that voters are tired.", "REQUEST", False),  # an opinion
        ("She recommended the documentary to her friends.", "REQUEST", False),
        ("The arms embargo remains in force.", "SANCTION", True),  # a sanction named by its noun is proposed
    ],
)
def test_advice_to_someone_is_a_request_and_a_sanction_noun_is_proposed(extract, text, type_, present):
    assert (type_ in {e.type for e in _events(extract, text)}) == present


@pytest.mark.parametrize(
    "text, sector",
    [
        ("Red Cross officials condemned the attack on the convoy.", "NGO"),
        ("Amnesty researchers accused the police of torture.", "NGO"),
        ("Government officials condemned the attack on the convoy.", "GOV"),
    ],
)
def test_people_of_a_named_body_act_for_the_body(extract, text, sector):
    ev = next(e for e in _events(extract, text) if e.type == "ACCUSE")
    assert ev.actor is not None and ev.actor.sector == sector


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a death or injury from a natural hazard, disease or accident has no perpetrator: no event
        ("The minister consoled relatives of the 12 villagers killed in last week's floods.", False),
        ("Eleven miners were killed in an accident at the pit.", False),
        ("Seven hikers were injured in a bus crash near the pass.", False),
        ("Forty children were killed by a landslide above the camp.", False),
        ("Dozens of people were killed in the stampede at the shrine.", False),
        # weapons, attacks and attackers imply a perpetrator: the attack stands
        ("Four farmers were killed in an air strike on the village.", True),
        ("Nine farmers were killed by gunmen in the storm.", True),
        ("Three people were killed in an explosion at the market.", True),
        ("Gunmen killed six soldiers near the town.", True),
        ("A bomb killed three police officers at the checkpoint.", True),
    ],
)
def test_deaths_by_a_hazard_are_no_assault(extract, text, kept):
    assert any(e.type == "ASSAULT" for e in _events(extract, text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a clause of time the parser hangs on the reporting verb still tells the cause
        ("More than 30 people were killed when a cyclone hit the coast of Kerala on Friday, the state government "
         "said in a statement.", False),
        # damage and deaths told with no one doing them, in a story that opens on a disaster
        ("A strong earthquake shook the north of the island on Sunday. About 900 houses were destroyed, the civil "
         "protection agency said.", False),
        ("Heavy flooding hit three provinces overnight. Nine people were killed and 200 homes were damaged, "
         "officials said.", False),
        # a story that opens on violence, or names a means, keeps its attacks
        ("Clashes broke out in the border town on Sunday. Nine people were killed, officials said.", True),
        ("A week after the floods, a roadside bomb hit a bus near the bridge. Nine people were killed, police said.",
         True),
        ("Days after an earthquake hit the region, soldiers shot two looters in the market.", True),
    ],
)
def test_a_disaster_story_has_no_attack_without_an_attacker(extract, text, kept):
    assert any(e.type == "ASSAULT" for e in _events(extract, text)) is kept


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed when rebels attacked their convoy near the border, the army said.",
        "Two guards died when gunmen stormed the prison on Monday.",
    ],
)
def test_deaths_told_with_the_attack_as_their_time_are_its_toll(extract, text):
    attacks = [e for e in _events(extract, text) if e.type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].actor is not None and attacks[0].actor.name.lower() != "unidentified attacker"


# The coder's word lists live in lexicons/event_words.tsv (issue 11): each class loads, a wrong class in the file
# is a LexiconError naming the file and line, and an unknown class name is refused.
@pytest.mark.parametrize(
    "name, member",
    [("people_noun", "villager"), ("government_noun", "regime"), ("proxy_verb", "arm"),
     ("intransitive_noun", "withdrawal"), ("object_control_verb", "urge"), ("stopping_verb", "halt"),
     ("ending_verb", "cease"), ("promise_verb", "vow"), ("retaliation_verb", "avenge")],
)
def test_word_classes_come_from_the_lexicon_file(name, member):
    from newsgraph.extractors.eventcoding.lexicon import word_class

    assert member in word_class(name)


def test_a_wrong_word_class_names_the_file_and_line(tmp_path):
    from newsgraph.errors import LexiconError
    from newsgraph.extractors.eventcoding.lexicon import WORD_CLASSES, load_pairs

    bad = tmp_path / "event_words.tsv"
    bad.write_text("# a comment\nlemma\tclass\nvow\tpromise_verb\nhire\tpaid_verb\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"event_words.tsv:4: unknown word class 'paid_verb'"):
        load_pairs(bad, WORD_CLASSES, "word class")


def test_an_unknown_word_class_is_refused():
    from newsgraph.extractors.eventcoding.lexicon import word_class

    with pytest.raises(KeyError, match="no word class 'verbs_of_joy'"):
        word_class("verbs_of_joy")


@pytest.mark.parametrize(
    "text, type_, name",
    [
        ("The rebel commander, Idris Kamara, condemned the raid.", "ACCUSE", "Idris Kamara"),  # a role, then the name
        ("The ministry said it would investigate the shooting.", "ACCUSE", "ministry"),  # the speaker of "it"
        # "it" is the government that said so, not the body named in the sentence before
        ("Oxfam deplored the cuts. The government said it would investigate the complaints.", "ACCUSE", "government"),
    ],
)
def test_who_acts_is_the_named_one(extract, text, type_, name):
    actors = {e.actor.name for e in _events(extract, text) if e.type == type_ and e.actor is not None}
    assert name in actors, actors


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thousands of asylum seekers arrived in Malta by boat last month.", False),  # a journey, no visit
        ("The smuggler travelled to Belgium twice before his arrest.", False),
        ("A pensioner visited her sister in Lyon last week.", False),
        pytest.param("A pensioner from Leeds visited her sister last week.", False, marks=pytest.mark.xfail(
            strict=True, reason="a private person placed by a country ('from Leeds') is coded GBR and kept")),
        ("The German chancellor arrived in Ankara on Monday.", True),  # a visit by a political actor
        ("The Kenyan foreign minister travelled to Addis Ababa for the talks.", True),
        ("A UN envoy visited the camp near Goma on Friday.", True),
    ],
)
def test_private_journeys_are_no_visits(extract, text, expected):
    assert ("CONSULT" in {e.type for e in _events(extract, text)}) is expected


@pytest.mark.parametrize(
    "text, type_",
    [
        ("Delegates from forty states opened a conference on water rights in Dakar.", "CONSULT"),
        ("The former governor went on trial in Lagos on Monday for fraud.", "ACCUSE"),
        ("The army chief testified against the former defence minister.", "ACCUSE"),
        ("The junta ordered the execution of three coup plotters on Tuesday.", "ASSAULT"),
        # found since the "by" phrase the parser hangs on "spy" names the militia as the actor
        ("The public execution of a spy by the militia drew crowds.", "ASSAULT"),
        ("The rebels vowed to annihilate the government garrison.", "THREATEN"),
        ("Agents poisoned the exiled dissident in Vienna, investigators said.", "ASSAULT"),
        ("The brigade announced its capitulation to the army on Friday.", "RETREAT"),
        ("The Indian prime minister spoke by phone with the Nepali president on Sunday.", "CONSULT"),
        ("Government jets pummelled the rebel-held town for a third day.", "ASSAULT"),
        ("A telephone conversation between the two foreign ministers on Monday ended without progress.", "CONSULT"),
        ("The army's onslaught on the rebel enclave killed dozens of fighters.", "ASSAULT"),
    ],
)
def test_event_nouns_and_verbs_of_news(extract, text, type_):
    assert type_ in {e.type for e in _events(extract, text)}


@pytest.mark.parametrize(
    "text, type_, sector",
    [
        ("Members of the International Committee of the Red Cross visited the prison in Juba.", "CONSULT", "NGO"),
        ("Officials of Amnesty International criticised the verdict.", "ACCUSE", "NGO"),
        ("Delegates of the African Union met rebel leaders in Darfur.", "CONSULT", "IGO"),
    ],
)
def test_people_of_a_body_act_for_it(extract, text, type_, sector):
    ev = next(e for e in _events(extract, text) if e.type == type_)
    assert ev.actor is not None and ev.actor.sector == sector


@pytest.mark.parametrize(
    "text, type_, expected",
    [
        ("The foreign ministry condemned the bombing of a crowded market in Kandahar on Friday.", "ASSAULT", True),
        ("Rights groups denounced the arrest of the opposition leader in Minsk.", "COERCE", True),
        ("Police accused the two brothers of carrying out the bombing of the station.", "ASSAULT", True),
        ("The opposition accused the government of planning an attack on protesters.", "ASSAULT", False),
        ("The senator condemned the idea of an invasion.", "ASSAULT", False),
        ("The court accused him of plotting the assassination of the governor.", "ASSAULT", False),
    ],
)
def test_an_act_condemned_or_blamed_is_reported_as_done(extract, text, type_, expected):
    types = {e.type for e in _events(extract, text)}
    assert "ACCUSE" in types
    assert (type_ in types) is expected


@pytest.mark.parametrize(
    "text, trigger, feature, value",
    [
        ("Police arrested twelve marchers in Lagos on Friday.", "arrested", "gerund", 0.0),
        ("Investigators searched the attack site near the base on Monday.", "attack", "compound", 1.0),
        ("Talks stay frozen until the militia releases its captives.", "releases", "conditional", 1.0),
        ("The militia released its captives in Goma.", "released", "conditional", 0.0),
        ("The rebels will expand their bombing campaign next month.", "bombing", "modal", 1.0),
        ("Soldiers stormed the camp in 1998, the report said.", "stormed", "past_year", 1.0),
    ],
)
def test_the_disposer_sees_where_a_candidate_is_told(extract, text, trigger, feature, value):
    """Features that separate false events by cause (a classifier, an awaited act, a future, history)."""
    from newsgraph.extractors.eventcoding import disposer

    with disposer.collecting() as rows:
        extract(text)
    feats = [r["features"] for r in rows if r["event"].trigger.text == trigger]
    assert feats, [r["event"].trigger.text for r in rows]
    assert feats[0].get(feature) == value
