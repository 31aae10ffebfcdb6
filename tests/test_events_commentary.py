"""False events on everyday politics and business copy (issue 12, general news), by error category of the team's
hand checks of random events on the news corpus: questions, business and private senses, campaign coverage, warnings
about a state of affairs, habitual and generic mentions, and acts a noun is only for. Every sentence is the team's
own; each case failed before the fix it covers (``newsgraph/extractors/eventcoding/commentary.py``)."""

from __future__ import annotations

import pytest


def _types(extract, text: str, status: str | None = "occurred") -> set[str]:
    return {e.type for e in extract(text).events if status is None or e.status == status}


# --- uses of event words that tell no political event at all (any status)

@pytest.mark.parametrize(("text", "type_"), [
    # a question put by an interviewer or a moderator is no demand
    ("The anchor asked the senator about his tax plan during the interview.", "REQUEST"),
    ("The moderator pressed her about how she would pay for the program.", "REQUEST"),
    ('"How can you keep rejecting their offer?" the host asked the governor.', "REQUEST"),
    # how a moderator or a host runs a debate or an interview
    ("The host asked both guests to keep their answers under a minute.", "REQUEST"),
    ("The moderator urged the two candidates to stop interrupting each other.", "REQUEST"),
    # a price charged is no accusation
    ("The airline charges passengers a fee for checked bags.", "ACCUSE"),
    ("The bank charged $40 for each late payment.", "ACCUSE"),
    # help with a task is no material aid
    ("Party donors will help the candidate raise money for the runoff.", "AID"),
    ("The congressman helped shape the sentencing law in 2010.", "AID"),
    # harm to oneself is no attack
    ("The former banker shot himself at his home in Ohio last year.", "ASSAULT"),
    # a press credit
    ("Two correspondents in Lima contributed reporting.", "AID"),
    # a candidate's own rally, where the candidate speaks
    ("The senator said during a rally in Ohio that the trade deal had cost jobs.", "PROTEST"),
    ("During the rally on Tuesday, the former governor said taxes were too high.", "PROTEST"),
    # a warning about how things are or may go is no threat
    ("The finance minister warned that talk of a recovery might be premature.", "THREATEN"),
    ("The carmaker issued a warning that the slump would cause profits to drop.", "THREATEN"),
    # a cause blamed, a fact accepted, popularity in a poll: commentary, no accusation, accord or support
    ("Traders blame this week's falls on worries about a slowdown in Europe.", "ACCUSE"),
    ("Fewer farmers now accepted the idea that the drought would pass.", "AGREE"),
    ("The tracking poll measures Americans' support for the candidates every day.", "SUPPORT"),
    ("I accept your explanation that the files are too long for the average reader.", "AGREE"),
    # prices rising, no protest
    ("Until a rally late in the session, the benchmark index stayed under 9,000 points.", "PROTEST"),
    ("Asian shares fell ten percent before rallying to a smaller loss.", "PROTEST"),
    ("Stocks closed their best week in months after a three-day rally with the main indexes up sharply.", "PROTEST"),
    ("The steel company has started to offer redundancy packages and early pensions to its staff.", "AGREE"),
    ("Pollsters tried to count the millions of voters supporting the governor.", "SUPPORT"),
    # a policy put to voters, no offer to anyone
    ("The mayor proposes letting renters claim a rebate on their water bills.", "AGREE"),
    ("The senator backed off some proposals, proposing new limits on tax breaks for top earners.", "AGREE"),
    # backing off is no backing
    ("The senator backed off some proposals.", "SUPPORT"),
    # no comment to the press, no rejection
    ("The chief executive declined to predict when the company would return to profit.", "REJECT"),
    # attending a school is no consultation
    ("He praised the village clinic that his mother visits every week.", "CONSULT"),
    # a product put to use, no forces
    ("The new computer is about to be commercially deployed by a large contractor.", "MOBILIZE"),
    ("A new payroll system soon to be rolled out by the supplier handles twice the orders.", "MOBILIZE"),
    # private payments and commercial loans are no aid
    ("Creditors had lent the retailer millions before it collapsed.", "AID"),
    ("The builder must pay restitution to the families it cheated.", "AID"),
    ("Banks and bondholders who had lent the retailer billions recovered only a fraction.", "AID"),
    # a remedy sought in court or from creditors
    ("The automaker will seek bankruptcy protection next week.", "REQUEST"),
    # a purchase, no accord
    ("The airline has signed a deal for a further $7 billion in new jets.", "SUPPORT"),
    # a sale offered, no political offer
    ("The firm offered buyers a discount on the new model.", "AGREE"),
    # an interview with the writer
    ("The ambassador came to talk to me about trade last week.", "CONSULT"),
    # a standing role, no one act
    ("The farm unions were at the forefront of urging a ban on the pesticide.", "REQUEST"),
    # leaving an employer
    ("The anchor resigned from the network in 2014.", "RETREAT"),
    # a dependence is no act of support
    ("The region wants to lean less on federal support.", "SUPPORT"),
    # a return, not backing
    ("Traffic in the capital was close to back to normal on Monday.", "SUPPORT"),
    # a debate or an interview agreed to, invited to or met in
    ("The mayor agreed to an hour-long interview with the radio station.", "AGREE"),
    ("The governor invited the businessman to the debate.", "AGREE"),
    ("The challenger invited a famous boxer to sit in the audience at the debate.", "AGREE"),
    ("She met her opponents one-on-one in three televised debates.", "CONSULT"),
    # habitual and generic mentions
    ("Airlines normally help crash investigations.", "ACCUSE"),
    # a name called is no blow
    ("The mayor attacked his challenger as a liar during the radio forum.", "ASSAULT"),
    ("The senator attacked the judge in late-night posts on social media.", "ASSAULT"),
    ("Many countries oppose the death penalty.", "REJECT"),
])  # fmt: skip
def test_an_everyday_sense_is_no_event(extract, text, type_):
    assert type_ not in _types(extract, text, status=None)


# --- acts told in a question or as what a noun is for did not occur

@pytest.mark.parametrize(("text", "type_"), [
    ('"How can you keep rejecting their offer?" the host asked the governor.', "REJECT"),
    ("Did the mayor block the inquiry into the contract?", "ACCUSE"),
    ("The chancellor wants a common force to defend the bloc.", "SUPPORT"),
    ("The president wants the army to attack the town.", "ASSAULT"),
    ("The talks set out conditions for restoring relations between the two parties.", "SUPPORT"),
    ("The candidate needs to make more appeals to young voters.", "REQUEST"),
    ('"He ought to pull those troops back," the senator said.', "RETREAT"),
    ("The senator will be unable to accuse the audience of bias.", "ACCUSE"),
])  # fmt: skip
def test_an_act_asked_about_or_aimed_at_did_not_occur(extract, text, type_):
    assert type_ not in _types(extract, text)


def test_an_exception_to_a_denial_was_done(extract):
    text = "The governor has not said much about the budget beyond speaking with his advisers."
    assert {e.status for e in extract(text).events if e.type == "CONSULT"} == {"occurred"}


def test_a_question_in_another_clause_leaves_the_act_told(extract):
    text = ('"Who should pick up when the crisis comes?" The governor ran the spot against his opponent, accusing '
            "him of sleeping through the raid on the embassy.")
    assert {e.status for e in extract(text).events if e.type in ("ACCUSE", "ASSAULT")} == {"occurred"}


# --- what stands

@pytest.mark.parametrize(("text", "type_"), [
    ("The senator asked Congress to investigate the sale.", "REQUEST"),
    ("Prosecutors charged the mayor with fraud on Tuesday.", "ACCUSE"),
    ("A suicide bomber blew himself up at a checkpoint.", "ASSAULT"),
    ("The army warned that it would attack the rebels if they did not withdraw.", "THREATEN"),
    ("Protesters rallied against the tax in the capital.", "PROTEST"),
    ("The two leaders met in Geneva on Monday.", "CONSULT"),
    ("The government agreed to a ceasefire with the rebels.", "AGREE"),
    ("Volunteers helped evacuate families from the flooded town.", "AID"),
    ("Soldiers routinely beat detainees at the camp, a court was told.", "ASSAULT"),
    ("An attempt to assassinate the regional governor was thwarted, police said.", "ASSAULT"),
    ("The minister resigned from the cabinet over the scandal.", "RETREAT"),
    ("The minister blamed the bombing on the rebel group.", "ACCUSE"),
    ("Supporters rallied outside the court to demand his release.", "PROTEST"),
    ("The prime minister refused to respond to the envoy's demand to halt the raids.", "REJECT"),
    ("The government declined to release the prisoners.", "REJECT"),
    ("The navy deployed a missile defence system off the coast.", "MOBILIZE"),
    ("The two governments proposed talks on the border dispute.", "AGREE"),
    ("The rebels proposed a ceasefire on Monday.", "AGREE"),
    ("Gunmen attacked the convoy in the morning.", "ASSAULT"),
    # help given by a body, and warnings that speak for the warner or name a state's conduct
    ("The United Nations agency helped the refugees find new homes.", "AID"),
    ("The aid group has been helping displaced families find shelter.", "AID"),
    ("The Pentagon chief warned that Washington would not overlook Iran's provocations.", "THREATEN"),
    ("The government offered the rebels talks on a ceasefire.", "AGREE"),
    ("The envoy came to talk to the rebel leaders about a truce.", "CONSULT"),
    ("The two envoys played a key role in negotiating the truce.", "CONSULT"),
    ("Washington signed a $38 billion military aid deal with Israel.", "SUPPORT"),
])  # fmt: skip
def test_political_events_stand(extract, text, type_):
    assert type_ in _types(extract, text, status=None)


# --- the general-news filters keep political and conflict events: a political actor, an intergovernmental or state
# lender, a protest's words or a complement that names talks or a truce is never business or commentary. Each case
# was dropped by one of the filters before its rule was narrowed to its category.

@pytest.mark.parametrize(("text", "type_"), [
    # a sale offered: not an offer to or by a political actor, or of a political good
    ("The government offered the rebels a peace deal.", "AGREE"),
    ("The opposition offered the government a power-sharing deal.", "AGREE"),
    # private payments and loans: not a state's, a central bank's or an intergovernmental lender's
    ("The World Bank lent Ukraine $1.5 billion.", "AID"),
    ("The central bank lent the struggling lenders $3 billion.", "AID"),
    ("The donors paid out $2 billion in aid to the refugees.", "AID"),
    # leaving an employer: not ministers or lawmakers leaving a party
    ("Two ministers resigned from Likud.", "RETREAT"),
    # a purchase: the deal's own words, not a clause it hangs on
    ("The warring parties signed an agreement to restore water supplies.", "SUPPORT"),
    ("The rebels signed an agreement to restore power supplies to the city.", "SUPPORT"),
    # a product deployed: not by a state or an army
    ("Germany deployed two Patriot systems to Poland.", "MOBILIZE"),
    # a question: "over" names a grievance pressed, no question
    ("The US pressed China over its treatment of Uyghurs.", "REQUEST"),
    ("The UN pressed Myanmar over the arrests of journalists.", "REQUEST"),
    # a moderator: the subject's own head, not a state that hosts talks
    ("Qatar, the host of the talks, asked Hamas to release the hostages.", "REQUEST"),
    ("Norway, the host of the peace talks, urged both sides to return to the table.", "REQUEST"),
    # a stage: not a named hall, not a session of talks
    ("The mayor met protest leaders at City Hall.", "CONSULT"),
    ("The governor met striking teachers at Union Hall.", "CONSULT"),
    ("The two ministers met during the closing session.", "CONSULT"),
    # a market rally: not one against something or over a grievance
    ("Thousands joined a rally against rising fuel prices.", "PROTEST"),
    ("Police fired rubber bullets at a rally over the $5 billion budget cut.", "PROTEST"),
    # a warning about a state of affairs: "it" is the state that warns
    ("Iran warned that it would close the Strait of Hormuz.", "THREATEN"),
    # a policy put to voters: not a plan for a truce or for talks
    ("Egypt proposed a plan for a ceasefire in Sudan.", "AGREE"),
    ("Kenya proposed a plan for talks between the two factions.", "AGREE"),
    # a generic present: not what protesters demand
    ("Many protesters demand the resignation of the president.", "REQUEST"),
    ("Many demonstrators demand new elections.", "REQUEST"),
])  # fmt: skip
def test_political_events_pass_the_general_news_filters(extract, text, type_):
    assert type_ in _types(extract, text, status=None)


@pytest.mark.parametrize(("text", "type_"), [
    # the narrowed rules still drop their own category
    ("The president warned that it would be hard to balance the budget.", "THREATEN"),
    ("Investors lent the startup $40 million.", "AID"),
    ("The firm paid off its debts last year.", "AID"),
    ("The company deployed a new billing system across its stores.", "MOBILIZE"),
    # a country's people or a state's programme as a business's customer, a state-owned partner in a sale
    ("The federal government offers student loans to parents.", "AGREE"),
    ("Korean carriers agree purchase of forty Airbus jets worth $9 billion.", "AGREE"),
    ("The carrier already offers flights to Lisbon, Madrid and Rome.", "AGREE"),
    ("General Motors has begun to offer layoff packages to its workers.", "AGREE"),
])  # fmt: skip
def test_the_narrowed_filters_still_drop_their_category(extract, text, type_):
    assert type_ not in _types(extract, text, status=None)


# --- a warning that speaks for the warner's own state, by its name or capital, or by "it" after a joined verb
# (fourth hand trial: three threats dropped as warnings about a state of affairs)

@pytest.mark.parametrize("text", [
    "Iran's defence ministry denounced the drills and warned that Tehran would hit back.",
    "A Chinese envoy warned on Friday that Beijing would not accept any change to the status of the strait.",
    "Turkey rejected the report and warned that it would close its airspace to the alliance's jets.",
])  # fmt: skip
def test_a_warning_of_the_warners_own_state_is_a_threat(extract, text):
    assert [e for e in extract(text).events if e.type == "THREATEN" and e.trigger.text == "warned"]


@pytest.mark.parametrize("text", [
    # the warner's state undergoing something, or a joined verb whose "it" is a state of affairs
    "The Japanese trade minister warned that Japan would face higher prices next year.",
    "The British finance minister warned that Britain would slide into recession.",
    "The central bank cut rates and warned that it would be hard to keep prices stable.",
])  # fmt: skip
def test_a_warning_that_the_warners_state_will_suffer_is_no_threat(extract, text):
    assert "THREATEN" not in _types(extract, text, status=None)


@pytest.mark.parametrize(("text", "aid"), [
    # goods a business sends to its customers are no aid
    ("The company delivered 40 generators to the copper mine on Monday.", False),
    ("The firm shipped rice and flour to its customers in Europe.", False),
    ("The company delivered frozen food to the supermarket chain on time.", False),
    # goods named as relief, or sent by a state, stand
    ("The company sent relief supplies to the flood victims.", True),
    ("Norway delivered 500 tents to the camp on Monday.", True),
])  # fmt: skip
def test_goods_a_business_delivers_are_no_aid(extract, text, aid):
    assert ("AID" in _types(extract, text, status=None)) is aid


@pytest.mark.parametrize(("text", "sanction"), [
    # a business cutting back its own trade or staff is no reduction of relations
    ("The airline suspended flights to Lisbon during the strike.", False),
    ("The company suspended its chief engineer pending an inquiry.", False),
    # a state's stands, and so does a business's aimed at a political actor
    ("Georgia suspended flights to Russia in March.", True),
    ("The bank froze the accounts of the opposition leader.", True),
])  # fmt: skip
def test_a_business_cutting_its_own_trade_is_no_sanction(extract, text, sanction):
    assert ("SANCTION" in _types(extract, text, status=None)) is sanction


# --- a firm's dealings with customers, partners and other firms (a company's agreement, offer, demand, refusal or
# backing with no political party to it): the largest category of false events in the 2026-12-06 late-night check

@pytest.mark.parametrize(("text", "type_"), [
    ("The bottling company agreed to repaint the warehouses it had bought.", "AGREE"),
    ("The insurers that covered the quarry agreed to free up cash for the clean-up.", "AGREE"),
    ("The retailer will offer a free charger to everyone who bought the tablet.", "AGREE"),
    ("Clients are starting to demand faster delivery from their couriers.", "REQUEST"),
    ("The two companies agreed to merge their delivery arms.", "AGREE"),
    # a name the same article gives a company's things, calls a carmaker or writes with a company's mark
    ("Nokia executives met reporters in Espoo. Nokia refused to lower the price of its new phones.", "REJECT"),
    ("Shares of Siemens fell on Friday. Siemens declined to extend the warranty on its turbines.", "REJECT"),
    ("Volvo, the carmaker, agreed to buy back the faulty engines from its dealers.", "AGREE"),
    ("Nestle Ltd. said that Nestle had agreed to lease two warehouses.", "AGREE"),
    ("The discount carrier Ryanair negotiated the purchase of forty new planes.", "CONSULT"),
    ("Ryanair, the budget airline, agreed to lease six planes from a rival.", "AGREE"),
    # a name written with a company's mark, and one coordinated with it
    ("Toyota Motors and Mazda have started talks. Mazda will offer a cash rebate of $2,000 on its sedans.", "CONSULT"),
    ("Renault Industries and Peugeot said that Peugeot agreed to share its engine plant.", "AGREE"),
    # a place where something is or happens is no party to the deal
    ("The airline agreed to refund travellers whose flights were cancelled in Lisbon.", "AGREE"),
    ("The carmaker agreed to buy back the faulty engines from its dealers in Texas.", "AGREE"),
    ("The retailer refused to refund shoppers at its stores in Paris.", "REJECT"),
])  # fmt: skip
def test_a_firms_dealings_are_no_event(extract, text, type_):
    assert type_ not in _types(extract, text, status=None)


@pytest.mark.parametrize(("text", "type_"), [
    # a firm dealing with a state, a legislature, a union or a country stands
    ("The two airlines pleaded before the Senate to be granted emergency credit worth $6 billion.", "REQUEST"),
    ("The company rejected the ministry's demand to close the mine.", "REJECT"),
    ("The oil company agreed with the government of Chad to share the revenue.", "AGREE"),
    ("The airline refused to negotiate with the pilots' union.", "REJECT"),
    ("The mining firm offered Zambia a stake in the new smelter.", "AGREE"),
    # a state named as a party stands, wherever the deal is struck
    ("The mining company agreed in Beijing to sell a stake to the Chinese government.", "AGREE"),
    ("The airline refused to negotiate with the cabin crew union in Madrid.", "REJECT"),
    # a body that is no firm: a pressure group, a central bank, a listed institution
    ("The civil rights group called for a halt to the evictions.", "REQUEST"),
    ("The Federal Reserve refused to lower interest rates.", "REJECT"),
])  # fmt: skip
def test_a_firms_dealings_with_political_actors_stand(extract, text, type_):
    assert type_ in _types(extract, text, status=None)


# --- a claim put forward with a modal of prediction or possibility is no advice and no demand ("suggested that the
# complaints could be grounds", "insisted the law will not change"): read as a bare subjunctive before the fix

@pytest.mark.parametrize(("text", "expected"), [
    ("Three senators suggested that the complaints could be grounds for a fraud case against the banker.", False),
    ("The prime minister suggested that the country would leave the customs union.", False),
    ("The chief executive suggested that the third quarter could bring a profit.", False),
    ("The activist insisted that the new law will not change their work.", False),
    ("The analysts suggested that lower rates might lift spending.", False),
    # a subjunctive, "should", "must" or "shall": advice or a demand
    ("Norway insisted that the militia halt its raids.", True),
    ("The envoy suggested that both sides hold talks.", True),
    ("The minister insisted that Serbia must withdraw its troops.", True),
    ("The UN suggested that the rebels should lay down their arms.", True),
])  # fmt: skip
def test_a_claim_with_a_modal_of_prediction_is_no_demand(extract, text, expected):
    assert ("REQUEST" in _types(extract, text, status=None)) is expected


# --- "X said Y should ...": a forecast about a thing or advice to the public binds no actor (no REQUEST); a demand
# on an actor, or that a thing be done, stands

@pytest.mark.parametrize(("text", "expected"), [
    ("The department says consumers should expect higher heating bills.", False),
    ("The governor said homeowners should expect higher insurance premiums.", False),
    ("The candidate said people should change the law instead of blaming him.", False),
    ("The mayor said the footage should be released.", True),
    ("The UN said Israel must halt the demolitions.", True),
    ("The minister said the rebels should lay down their arms.", True),
    # the public at large, one list for every reader: residents and the public are advised as people are
    ("The fire chief said residents should keep their windows shut tonight.", False),
    ("The health agency said the public should wash their hands often.", False),
    # a group that is a party to a dispute is bound by the demand: students on a boycott, drivers blockading
    ("The schools minister said the students should call off their boycott of exams.", True),
    ("The cabinet said the lorry drivers should lift their blockade of the port.", True),
])  # fmt: skip
def test_advice_to_the_public_is_no_demand(extract, text, expected):
    assert ("REQUEST" in _types(extract, text, status=None)) is expected


# --- money given to a candidate, a party or a political committee is campaign finance, no aid; money to a country
# or its people, and a state's money, stand

@pytest.mark.parametrize(("text", "expected"), [
    ("Most of the senator's contributors gave $100 or less.", False),
    ("The developer has given $2 million to his own campaign.", False),
    ("The casino owner donated $10 million to the presidential campaign of the former governor.", False),
    ("Big donors gave $2 million to the flood victims in Pakistan.", True),
    ("The government gave $10 million to the relief campaign.", True),
    ("Wealthy donors gave $40 million to Ukraine's army last year.", True),
    # money to a party is campaign money, whether or not another campaign word is near
    ("A hedge fund manager gave $3 million to the Democratic Party before the primaries.", False),
    ("Rich supporters donated $25 million to the party ahead of the vote.", False),
    # a state's money to a party stays an act between political actors
    ("The Kremlin gave $5 million to the far-right party.", True),
])  # fmt: skip
def test_campaign_money_is_no_aid(extract, text, expected):
    assert ("AID" in _types(extract, text, status=None)) is expected


# --- a measure blocked by a vote, a ruling or lobbying is no blockade (PLOVER's obstruction is on the ground)

@pytest.mark.parametrize(("text", "expected"), [
    ("The fishing bill died, blocked by a dozen senators in committee.", False),
    ("The court blocked the mining company from closing its plants.", False),
    ("The trade lobby had blocked the new packaging rules since 2019.", False),
    ("The Senate committee blocked the mayor's nominee for police chief.", False),
    ("Villagers blocked the road to the mine.", True),
    ("Protesters blocked the entrance to parliament.", True),
    # the chamber named "the House", which the sector lexicon does not know (a house is a home)
    ("Democrats in the House blocked the relief package.", False),
    ("The House blocked the spending package for the Pentagon.", False),
])  # fmt: skip
def test_a_measure_blocked_is_no_protest(extract, text, expected):
    assert ("PROTEST" in _types(extract, text, status=None)) is expected


# --- a legislature's or a party's blocking of a measure or a nomination is a refusal, as a veto is (REJECT 120);
# a court's ruling and a firm's lobbying are no event, and a blockade on the ground stays a protest

@pytest.mark.parametrize(("text", "expected"), [
    ("The Senate blocked the governor's nominee for the supreme court.", True),
    ("House Republicans blocked the relief package.", True),
    ("Opposition lawmakers blocked the budget.", True),
    ("The court blocked the mining company from closing its plants.", False),
    ("Villagers blocked the road to the mine.", False),
])  # fmt: skip
def test_a_legislature_blocking_a_measure_rejects_it(extract, text, expected):
    assert ("REJECT" in _types(extract, text, status=None)) is expected
