"""Acts told inside other words: the content of a governor that is no act of anyone's, a participle of detention,
light verbs of crimes. Sentences are team-written (issue 12, sixth round)."""

from __future__ import annotations

import pytest


def _events(extract, text):
    return extract(text).events


def _found(extract, text, type_, trigger):
    return [e for e in _events(extract, text) if e.type == type_ and e.trigger.text == trigger]


@pytest.mark.parametrize(
    "text, type_, trigger, status",
    [
        # evidence, not advice: what the findings suggest is told as having happened
        ("Early findings suggest the two gunmen opened fire on the crowd before they fled.", "ASSAULT", "opened fire",
         "occurred"),
        ("Satellite images suggest Ethiopian troops shelled the town of Adwa on Tuesday.", "ASSAULT", "shelled",
         "occurred"),
        # a denial by no one who can speak: the act denied, negated
        ("The inquiry's report rules out claims that the activist was poisoned by state agents.", "ASSAULT",
         "poisoned", "negated"),
        # a question: the act asked about is in doubt
        ("Journalists asked whether the police had detained the two editors.", "COERCE", "detained", "hypothetical"),
    ],
)
def test_the_content_of_a_governor_that_is_no_act_is_told_in_its_own_right(extract, text, type_, trigger, status):
    found = _found(extract, text, type_, trigger)
    assert found, [(e.type, e.trigger.text) for e in _events(extract, text)]
    assert found[0].status == status


@pytest.mark.parametrize(
    "text, type_",
    [
        # a real request keeps its content as its own (the demand is the event, not the release)
        ("The families urged the militia to release the hostages.", "RETREAT"),
        # the content of a suggestion to act stays the suggestion's
        ("The envoy suggested that both sides hold talks in Geneva.", "CONSULT"),
    ],
)
def test_the_content_of_a_real_speech_act_stays_its_content(extract, text, type_):
    assert type_ not in {e.type for e in _events(extract, text)}


@pytest.mark.parametrize(
    "text, held",
    [
        ("One of the detained journalists was shown on state television on Monday.", True),
        ("The jailed activist's lawyer asked for a new hearing.", True),
        ("Relatives of the imprisoned bloggers marched to the court.", True),
        # other participles describe, as before
        ("The deported migrants landed in the capital on Friday.", False),
    ],
)
def test_a_participle_of_detention_tells_that_someone_was_held(extract, text, held):
    coerce = [e for e in _events(extract, text) if e.type == "COERCE"]
    assert bool(coerce) == held, [(e.type, e.trigger.text) for e in _events(extract, text)]


@pytest.mark.parametrize(
    "text, trigger, actor",
    [
        ("The militia perpetrated a massacre in the border village.", "massacre", "militia"),
        ("Security forces committed torture in the northern prisons, the report says.", "torture", "Security forces"),
    ],
)
def test_a_crime_committed_or_perpetrated_takes_its_author(extract, text, trigger, actor):
    found = _found(extract, text, "ASSAULT", trigger)
    assert found and found[0].actor is not None and actor in found[0].actor.name


@pytest.mark.parametrize(
    "text, type_, trigger",
    [
        ("Investigators linked the spy agency to the fatal poisoning of a defector in Salisbury.", "ASSAULT", "poisoning"),
        ("Government helicopters dropped barrel bombs on the rebel-held suburb overnight.", "ASSAULT", "dropped"),
        ("Insurgents set off a roadside bomb next to the army convoy.", "ASSAULT", "set off"),
        ("The minister was photographed with a convicted arms dealer at the reception.", "SANCTION", "convicted"),
    ],
)
def test_attacks_and_convictions_told_by_a_noun_a_weapon_or_a_participle(extract, text, type_, trigger):
    assert _found(extract, text, type_, trigger), [(e.type, e.trigger.text) for e in _events(extract, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors dropped the charges against the two reporters.",
        "The opposition dropped its demand for early elections.",
        "The minister's remark set off a row in parliament.",
    ],
)
def test_dropping_charges_or_demands_is_no_bombing(extract, text):
    assert "ASSAULT" not in {e.type for e in _events(extract, text)}


@pytest.mark.parametrize(
    "text, protest",
    [
        ("Senator Elizabeth Warren told a rally in Des Moines that she would win the nomination.", False),
        ("Marco Rubio hit back at Jeb Bush at a rally in Miami on Saturday.", False),
        # a rally someone is detained at, or one against something, stays a protest
        ("Alexei Navalny was detained at a rally in Moscow on Sunday.", True),
        ("Thousands of farmers joined a rally against the new land law in Nairobi.", True),
    ],
)
def test_a_rally_a_politician_addresses_is_no_protest(extract, text, protest):
    assert ("PROTEST" in {e.type for e in _events(extract, text)}) == protest


@pytest.mark.parametrize(
    "text, protest",
    [
        ("Veterans walked during a march to commemorate the soldiers killed in the border war.", False),
        ("Students walked during a march to demand the release of their teachers.", True),
    ],
)
def test_a_march_to_commemorate_is_ceremonial(extract, text, protest):
    assert ("PROTEST" in {e.type for e in _events(extract, text)}) == protest


@pytest.mark.parametrize(
    "text, visit",
    [
        ("Police escort the accused men as they arrive at a Cairo court on Tuesday.", False),
        ("A sheriff's deputy arrives to the scene of a fatal shooting in Orlando.", False),
        ("The activist was escorted in upon his arrival for a hearing at the city court.", False),
        ("The French president arrived in Kabul on Monday.", True),
    ],
)
def test_going_to_a_court_or_a_scene_is_no_visit(extract, text, visit):
    assert ("CONSULT" in {e.type for e in _events(extract, text)}) == visit


@pytest.mark.parametrize(
    "text, demand",
    [
        ("The envoy suggested that both sides hold talks in Geneva.", True),
        ("The mediators recommended that the rebels hand over their weapons.", True),
        # an opinion, not advice to act
        ("The figures suggested that prices are rising again.", False),
        ("The polls suggest the governor remains popular.", False),
    ],
)
def test_suggesting_that_others_act_is_a_request(extract, text, demand):
    assert ("REQUEST" in {e.type for e in _events(extract, text)}) == demand


# --- a relative clause in the past perfect, or in the past with a subject of its own, tells what had happened
# before, not what is charged, offered or asked (fourth hand trial: "reporters who had been detained"; a simple past
# without a comma, "an offer Cairo turned down", stays in the content)

@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("Prosecutors dropped charges against three students who had been arrested during the march.", "arrested", "COERCE"),
    ("Ethiopia invited Sudanese experts to visit the dam, an offer Khartoum had rejected in May.", "rejected", "REJECT"),
    ("The families demanded justice for the activists police had shot in March.", "shot", "ASSAULT"),
])  # fmt: skip
def test_a_past_act_in_a_relative_clause_is_told(extract, text, trigger, type_):
    assert [e for e in extract(text).events if e.trigger.text == trigger and e.type == type_ and e.status == "occurred"]


@pytest.mark.parametrize("text", [
    "The group urged governments to punish anyone who attacks journalists.",
    "The union demanded the release of workers who were detained.",
])  # fmt: skip
def test_a_relative_clause_of_the_content_stays_in_it(extract, text):
    assert not [e for e in extract(text).events if e.type in ("ASSAULT", "COERCE") and e.status == "occurred"]
