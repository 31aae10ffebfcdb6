"""Actor and recipient countries a conflict researcher found wrong in a hand trial on team-written wire stories,
shown on the general pattern each stands for: where an act is reported is not where it happened, a clause with
its own subject places its own actor, several states are no one country, a surname is no place, a body's head
word alone is the body, and "its" in reported words may be the speaker's. Every sentence is team-written."""

from __future__ import annotations

import pytest


def _party(extract, text, trigger, role):
    events = [e for e in extract(text, "2026-07-07").events if e.trigger.text == trigger]
    assert events, f"no event on {trigger!r}"
    party = events[0].actor if role == "actor" else events[0].recipient
    assert party is not None
    return party


@pytest.mark.parametrize(
    "text, trigger, role, country",
    [
        # the place of the report or of the speaking sets the scene of the words, not of the act they report
        ("Iran's judiciary defended its record on Monday. In a report published in Geneva, the monitors said "
         "security forces had detained hundreds of students in Iran since March. Iran called the report biased.",
         "detained", "actor", "IRN"),
        ("Mali's army has fought jihadists for a decade. Speaking in Paris on Tuesday, the minister said soldiers "
         "had killed ten fighters near Gao. Mali's junta denied it.", "killed", "actor", "MLI"),
        # a country named in a joined clause with its own subject places that clause's actor only
        ("Kenya launched a malaria drive on Monday. The Green Climate Fund pledged 200 million dollars, and "
         "Brazil's development bank agreed to lend as much again. Kenya welcomed the money.", "pledged", "actor", None),
        # several governments are no one state, not the one the story is set in
        ("Iran executed two protesters on Monday. Amnesty International urged European governments to recall "
         "their envoys. Iran rejected the criticism.", "urged", "recipient", None),
        # a surname is the person named in full before it, not a town of that name
        ("Prime Minister Claire Sutton of Australia survived a vote on Tuesday. Sutton will fly to Jakarta next "
         "week to meet the Indonesian president.", "meet", "actor", "AUS"),
        # a body's head word said alone after its full name is the body
        ("The European Commission fined Nexora 2 billion euros on Tuesday. The Commission also investigates three "
         "US software companies, officials said.", "investigates", "actor", "EUR"),
        # a title owned by another country is that country's official, not the person named before
        ("Zimbabwe's electoral commission declared President Emmerson Mnangagwa the winner in Harare. Zimbabwe's "
         "opposition rejected the result. South Africa's president congratulated Mnangagwa on Thursday.",
         "congratulated", "actor", "ZAF"),
        # "its" in reported words whose own subject is plural is the speaking body's, not the last country named
        ("Germany summoned Iran's ambassador on Monday. The rights group said Iranian authorities had not allowed "
         "its researchers into Iran.", "allowed", "recipient", None),
    ],
)
def test_the_country_of_an_actor_is_its_own(extract, text, trigger, role, country):
    assert _party(extract, text, trigger, role).country == country


def test_a_place_named_with_the_speaker_still_places_the_act(extract):
    text = "Police in Nairobi said they had arrested forty students after the march. Kenya's president praised them."
    assert _party(extract, text, "arrested", "actor").country == "KEN"


def test_a_surname_after_a_place_word_stays_the_place(extract):
    text = ("Prime Minister Claire Sutton of Australia survived a vote on Tuesday. Protesters marched in Sutton, "
            "south of London, on Wednesday.")
    record = extract(text, "2026-07-07")
    places = [e for e in record.entities if any(m.text == "Sutton" and m.start > 60 for m in e.mentions)]
    assert places and places[0].type in ("GPE", "LOC")


def test_a_title_owned_by_the_persons_own_country_is_that_person(extract):
    text = "President William Ruto opened parliament in Nairobi on Monday. Kenya's president later met opposition leaders."
    actor = _party(extract, text, "met", "actor")
    assert actor.name == "William Ruto" and actor.country == "KEN"



def test_a_request_the_model_doubts_is_kept_with_its_low_confidence(extract):
    # the disposer's model knows requests only from the PLOVER records, where an appeal beside the record's own
    # event is labelled wrong; it may lower their confidence but drops them only when almost surely no event
    text = ("Security forces broke up a march by farmers in the capital on Wednesday, firing tear gas as the crowd "
            "tried to reach parliament. The farmers were demanding lower fuel prices. Police detained 40 people, the "
            "interior ministry said. The interior minister defended the officers, saying they had been attacked with "
            "stones. The farmers' union accused the government of treating them as criminals and announced a strike. "
            "Human Rights Watch urged the government to investigate the use of force.")
    urged = [e for e in extract(text, "2026-05-07").events if e.trigger.text == "urged"]
    assert urged and urged[0].type == "REQUEST" and urged[0].confidence < 0.5


def test_plural_delegations_after_a_dateline_hold_talks(extract):
    # the tagger takes the capitalised plural opening the sentence for a name (NNP), so one party seemed to talk
    text = ("ADDIS ABABA, March 12 - Delegations from the Sudanese government and the SPLM rebel group resumed peace "
            "talks in the Ethiopian capital on Thursday.")
    assert [e for e in extract(text, "2026-03-12").events if e.type == "CONSULT" and e.trigger.text == "talks"]


def test_a_repeated_description_keeps_the_country_it_was_given(extract):
    text = ("Hackers shut down the computers of Norway's largest hospital group on Saturday. The attackers demanded "
            "a ransom in bitcoin. The hospital group refused to pay, officials said.")
    assert _party(extract, text, "refused", "actor").country == "NOR"


# --- second hand trial: false events, statuses, dates and missing triggers (team-written sentences) ---

def _on(extract, text, trigger, date="2026-04-08"):
    return [e for e in extract(text, date).events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # an act put as a question is left open: no promise, no threat, and its status hypothetical
        ("The opposition leader did not say whether his movement would boycott the vote.", "boycott"),
        ("Reporters asked the minister if the army would withdraw from the valley.", "withdraw"),
        ("Diplomats wondered whether Moscow would attack the port again.", "attack"),
    ],
)
def test_an_act_put_as_a_question_is_open_not_threatened(extract, text, trigger):
    events = extract(text, "2026-04-08").events
    assert not [e for e in events if e.type in ("THREATEN", "CONCEDE")]
    acts = [e for e in events if e.trigger.text == trigger]
    assert acts and all(e.status == "hypothetical" for e in acts)


def test_an_act_said_to_come_is_still_a_threat(extract):
    text = "The opposition leader said his movement would boycott the vote."
    assert [e for e in extract(text, "2026-04-08").events if e.type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        # an envoy sent to a meeting is a delegation to it, no investigation of anyone
        "Uganda, which has troops in the region, sent an observer to the peace talks in Nairobi.",
        "The African Union dispatched two monitors to the summit in Luanda on Friday.",
    ],
)
def test_an_observer_sent_to_talks_investigates_no_one(extract, text):
    assert not [e for e in extract(text, "2026-04-08").events if e.type == "ACCUSE"]


def test_inspectors_sent_to_a_site_still_investigate(extract):
    text = "The agency sent inspectors to the nuclear plant at Zaporizhzhia on Monday."
    assert [e for e in extract(text, "2026-04-08").events if e.type == "ACCUSE" and e.mode == "investigate"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a denial negates the act it denies, not a finite verb joined after it: the accusation was made
        ("ELN denied planting the bomb and accused army units of burning farms under its protection.", "accused"),
        ("The militia denied launching the assault and accused the army of shelling towns.", "accused"),
    ],
)
def test_a_denial_does_not_negate_the_verb_joined_after_it(extract, text, trigger):
    events = _on(extract, text, trigger)
    assert events and all(e.status == "occurred" for e in events)
    assert all(e.status == "negated" for e in extract(text, "2026-04-08").events if e.type == "ASSAULT")


def _parsed(words, heads, deps, pos, lemmas):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
               sent_starts=[True] + [False] * (len(words) - 1))


@pytest.mark.parametrize(
    "noun, dated",
    [
        # the parser, in a longer story, may hang the day's "on" on the verb's object: a day on an object that is
        # no event dates the verb; on an event noun it stays that event's ("condemned the raid on Sunday")
        ("envoy", True),
        ("raid", False),
    ],
)
def test_a_day_on_the_object_of_a_verb_dates_the_verb(noun, dated):
    from types import SimpleNamespace

    from newsgraph.extractors.eventcoding.dating import date_of

    words = ["Vietnam", "summoned", "the", noun, "on", "Monday", "."]
    doc = _parsed(words, heads=[1, 1, 3, 1, 3, 4, 1], deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                  pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                  lemmas=["Vietnam", "summon", "the", noun, "on", "Monday", "."])
    start = doc[5].idx
    monday = SimpleNamespace(type="DATE", start=start, end=start + 6, value="2026-04-06")
    value, _ = date_of([monday], doc, doc[1], doc[1], doc[0:7], "2026-04-08")
    assert (value == "2026-04-06") is dated


@pytest.mark.parametrize(
    "text, trigger, type_, status",
    [
        # boats stopped at sea with the people they carry: a restriction of movement (PLOVER COERCE restrict)
        ("Italian patrol boats intercepted two dinghies carrying 90 migrants south of Lampedusa on Friday.",
         "intercepted", "COERCE", "occurred"),
        ("Spain's coastguard intercepted 60 migrants off the Canary Islands.", "intercepted", "COERCE", "occurred"),
        # closing a border or its crossings restricts movement across it (CAMEO 191, PLOVER COERCE restrict)
        ("Poland said it would close three border crossings with Belarus from Monday.", "close", "COERCE", "planned"),
        ("Hungary closed its border with Serbia overnight.", "closed", "COERCE", "occurred"),
        # standing by an ally is support (CAMEO 051)
        ("Japan said it stood by its ally and would send a destroyer.", "stood by", "SUPPORT", "occurred"),
    ],
)
def test_acts_the_trial_missed_have_triggers(extract, text, trigger, type_, status):
    assert [e for e in _on(extract, text, trigger) if e.type == type_ and e.status == status]


@pytest.mark.parametrize(
    "text",
    [
        "The army intercepted a drone over the capital.",  # air defence, no restriction of anyone's movement
        "Troops stood by as the crowd looted shops.",  # waiting, no support of anyone
    ],
)
def test_other_senses_of_the_new_triggers_are_no_event(extract, text):
    assert not [e for e in extract(text, "2026-04-08").events if e.type in ("COERCE", "SUPPORT")]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a day hung on a participle that describes the verb's object is the day the act met it
        ("Greek patrol boats intercepted two dinghies carrying 50 migrants near Samos on Monday.", "intercepted"),
        ("Police arrested two men carrying explosives on Monday.", "arrested"),
        ("Israel struck a convoy heading to the border on Monday.", "struck"),
    ],
)
def test_a_day_on_what_the_object_was_doing_dates_the_act(extract, text, trigger):
    events = _on(extract, text, trigger)
    assert events and events[0].date == "2026-04-06"


@pytest.mark.parametrize(
    "text, trigger, cyber",
    [
        # putting computers out of action is a cyber attack (PLOVER COERCE, mode cyber); other damage is none
        ("Hackers crippled the computer systems of Denmark's biggest port operator on Sunday.", "crippled", True),
        ("Hackers disabled the websites of three ministries.", "disabled", True),
        ("Western sanctions crippled Iran's economy.", "crippled", False),
        ("The storm disabled the power plant.", "disabled", False),
    ],
)
def test_computers_put_out_of_action_are_a_cyber_attack(extract, text, trigger, cyber):
    found = [e for e in _on(extract, text, trigger) if e.type == "COERCE" and e.mode == "cyber"]
    assert bool(found) is cyber


@pytest.mark.parametrize(
    "text, threat",
    [
        # a reprisal announced is the threat, made when it is said, on a condition or not
        ("The junta condemned the sanctions and said it would retaliate.", True),
        ("Seoul said it would retaliate if the North fired again.", True),
        # a reprisal told as done is the act its own words name; one put as a question is no threat
        ("China retaliated with tariffs on soybeans.", False),
        ("Officials would not say whether Seoul would retaliate.", False),
    ],
)
def test_a_reprisal_announced_is_a_threat(extract, text, threat):
    found = [e for e in extract(text, "2026-04-08").events if e.type == "THREATEN" and e.status == "occurred"]
    assert bool(found) is threat
