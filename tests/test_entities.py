"""Entity resolution and actor coding, one team-written case per line."""

import pytest


def entity_with(record, mention_text):
    for ent in record.entities:
        if any(m.text == mention_text for m in ent.mentions):
            return ent
    return None


def same(record, a, b):
    ea, eb = entity_with(record, a), entity_with(record, b)
    return ea is not None and ea is eb


@pytest.mark.parametrize(
    "text, mention, name, etype, country, sector, title",
    [
        ("German Chancellor Friedrich Merz met farmers on Monday.", "Friedrich Merz", "Friedrich Merz", "PERSON", "DEU", "GOV", "Chancellor"),
        ("Kenyan Interior Minister Kipchumba Murkomen visited the border.", "Kipchumba Murkomen", "Kipchumba Murkomen", "PERSON", "KEN", "GOV", "Interior Minister"),
        ("Brazilian federal judge Ana Souza ordered the release of the activists.", "Ana Souza", "Ana Souza", "PERSON", "BRA", "JUD", None),
        ("Peter Otieno, a researcher at Amnesty International, said the arrests were illegal.", "Peter Otieno", "Peter Otieno", "PERSON", None, "NGO", None),
        ("Rights group Amnesty International condemned the arrests.", "Amnesty International", "Amnesty International", "ORG", None, "NGO", None),
        ("The Kremlin rejected the proposal on Friday.", "Kremlin", "Kremlin", "ORG", "RUS", "GOV", None),
        ("Police arrested leaders of the Dock Workers Union in Mombasa.", "Dock Workers Union", "Dock Workers Union", "ORG", None, "LAB", None),
    ],
)
def test_names_are_coded_with_country_sector_and_title(extract, text, mention, name, etype, country, sector, title):
    ent = entity_with(extract(text), mention)
    assert ent is not None
    assert (ent.name, ent.type, ent.country, ent.sector) == (name, etype, country, sector)
    if title:
        assert ent.title == title


@pytest.mark.parametrize(
    "text, a, b",
    [
        # a surname is the same person, whatever label NER gives the lone surname
        ("Polish Prime Minister Donald Tusk met the chancellor in Warsaw. Tusk said the talks went well.", "Donald Tusk", "Tusk"),
        # capitals and short names used as actors are the country
        ("Moscow accused Kyiv of shelling the plant. Russia has denied attacking civilians.", "Moscow", "Russia"),
        ("The United States imposed sanctions on Iran. The US said more would follow.", "United States", "US"),
        # a shorter form that ends a known name
        ("Singer Mary J. Blige sang on Monday. J. Blige later left the stage.", "Mary J. Blige", "J. Blige"),
        # a company's short and long forms
        ("Northrop Grumman won the contract. Northrop said it was pleased.", "Northrop Grumman", "Northrop"),
        ("Aer Lingus Group PLC ordered six jets. Aer Lingus will take delivery next year.", "Aer Lingus Group PLC", "Aer Lingus"),
        # an acronym given in brackets
        ("Human Rights Watch (HRW) published a report on Tuesday. HRW said prisons were overcrowded.", "Human Rights Watch", "HRW"),
        # a pronoun after a named woman, with a man named in between
        ("Senator Maria Lopez met Governor John Carter in Austin. She said the meeting was useful.", "Maria Lopez", "She"),
        ("Senator Maria Lopez met Governor John Carter in Austin. He said the meeting was useful.", "John Carter", "He"),
        # an organisation's "it"
        ("The World Bank approved a new loan for Ghana. It said the money would fund schools.", "World Bank", "It"),
        # a role description linked to the person whose title shares its words
        ("Foreign Minister Sergei Lavrov arrived in Ankara. The foreign minister held talks with his Turkish counterpart.", "Sergei Lavrov", "foreign minister"),
    ],
)
def test_mentions_of_one_referent_are_one_entity(extract, text, a, b):
    assert same(extract(text), a, b)


@pytest.mark.parametrize(
    "text, a, b",
    [
        ("Senator Maria Lopez met Governor John Carter in Austin. She said the meeting was useful.", "John Carter", "She"),
        ("Kenya and Uganda signed a trade deal in Nairobi.", "Kenya", "Uganda"),
        ("John Smith met Paul Smith in Lagos.", "John Smith", "Paul Smith"),
        # an airline named after its country is not the country
        ("Qatar Airways ordered 20 jets. Qatar has also bought fighter planes.", "Qatar Airways", "Qatar"),
    ],
)
def test_different_referents_stay_apart(extract, text, a, b):
    rec = extract(text)
    assert entity_with(rec, a) is not None
    assert not same(rec, a, b)


@pytest.mark.parametrize(
    "text, mention, name, country, sector",
    [
        # NER cut the name in two
        ("Judge Ana Beatriz Souza ruled that the arrests were illegal.", "Ana Beatriz Souza", "Ana Beatriz Souza", None, "JUD"),
        # NER took the end of the title into the name
        ("EU Commissioner for Crisis Management Janez Lenarcic said aid would follow.", "Janez Lenarcic", "Janez Lenarcic", "EUR", "GOV"),
        # affiliation through "the group's ... director", an institution NER missed
        ("Human Rights Watch welcomed the decision. \"It is a reminder,\" said Maria Canineu, the group's Brazil director.", "Maria Canineu", "Maria Canineu", "BRA", "NGO"),
        # an appositive description of a company
        ("The mining company, Vale, denied the claim.", "Vale", "Vale", None, "BUS"),
        # a state official with no country of their own, in a story set in one country
        ("Dock workers in Mombasa walked off the job. Talks with the Kenya Ports Authority failed. Transport Minister Davis Chirchir urged calm.", "Davis Chirchir", "Davis Chirchir", "KEN", "GOV"),
    ],
)
def test_names_ner_gets_wrong_are_repaired(extract, text, mention, name, country, sector):
    ent = entity_with(extract(text), mention)
    assert ent is not None
    assert (ent.name, ent.country, ent.sector) == (name, country, sector)


@pytest.mark.parametrize(
    "text, mention, name, country, sector, title",
    [
        # NER took the title into the name
        ("King Abdullah of Jordan welcomed the plan.", "Abdullah", "Abdullah", "JOR", "GOV", "King"),
        ("President Ramaphosa of South Africa spoke first.", "Ramaphosa", "Ramaphosa", "ZAF", "GOV", "President"),
    ],
)
def test_titles_inside_names_and_countries_after_of(extract, text, mention, name, country, sector, title):
    ent = entity_with(extract(text), mention)
    assert ent is not None
    assert (ent.name, ent.country, ent.sector, ent.title) == (name, country, sector, title)


@pytest.mark.parametrize(
    "text, mention, country, sector, title",
    [
        # the role before the name, in apposition: wire style
        ("Kuwait's emir, Mishal al-Ahmad al-Sabah, opened the new session of parliament.", "Mishal al-Ahmad al-Sabah", "KWT", "GOV", "emir"),
        ("The Iraqi prime minister, Nouri al-Maliki, visited Tehran.", "Nouri al-Maliki", "IRQ", "GOV", "Iraqi prime minister"),
        ("His brother, Omar Khan, was arrested.", "Omar Khan", None, None, None),  # not a role: nothing taken
    ],
)
def test_a_role_before_the_name_in_apposition(extract, text, mention, country, sector, title):
    rec = extract(text)
    ent = entity_with(rec, mention)
    assert (ent.country, ent.sector, ent.title) == (country, sector, title)
    if country == "KWT":  # the possessor stays a place of its own
        assert entity_with(rec, "Kuwait").type == "GPE"


def test_a_pronoun_goes_to_the_subject_the_parser_made_a_conjunct(extract):
    text = "Kenyan economist and author Grace Wanjiru said the plan would hurt Ruto's standing. Later he changed course, she said."
    rec = extract(text)
    assert same(rec, "Grace Wanjiru", "she")


@pytest.mark.parametrize(
    "text, mention, country",
    [
        ("LOS ANGELES (AP) - The singer arrived on Monday.", "LOS ANGELES", "USA"),
        ("NAIROBI, Kenya - Protesters marched on Tuesday.", "NAIROBI", "KEN"),
    ],
)
def test_dateline_places_in_capitals_get_their_country(extract, text, mention, country):
    ent = entity_with(extract(text), mention)
    assert ent is not None and ent.country == country


def test_a_name_with_no_title_word_before_it_gets_no_title(extract):
    ent = entity_with(extract("Singer Mary J. Blige performed. Later, Mary J. Blige and J. Blige fans cheered."), "Mary J. Blige")
    assert ent.title is None or "Mary" not in ent.title


def test_un_and_who_stay_apart_though_both_are_un_bodies(extract):
    rec = extract("The United Nations sent food. The World Health Organization warned of cholera. The UN said more was needed.")
    assert same(rec, "United Nations", "UN")
    assert not same(rec, "United Nations", "World Health Organization")
    assert entity_with(rec, "UN").country == "UNO"


def test_pronouns_inside_quotations_are_not_resolved(extract):
    rec = extract('Minister Ana Silva spoke to reporters. "He will regret it," she said.')
    assert entity_with(rec, "He") is None
    assert same(rec, "Ana Silva", "she")


def test_a_dummy_it_is_not_an_entity(extract):
    rec = extract("The Red Cross delivered food to Gaza. It is unclear whether more convoys will follow.")
    assert entity_with(rec, "It") is None


def test_demonym_as_adjective_is_a_modifier_of_its_country_but_people_are_an_entity(extract):
    rec = extract("Salvadoran police detained the Venezuelans at the airport.")
    country = entity_with(rec, "Salvadoran")  # the country, named as a modifier (issue 18), not a NORP entity
    assert country.type == "GPE" and country.country == "SLV"
    assert [m.kind for m in country.mentions if m.text == "Salvadoran"] == ["modifier"]
    people = entity_with(rec, "Venezuelans")
    assert people is not None and people.type == "NORP" and people.country == "VEN"


def test_every_mention_points_at_its_text(extract):
    text = "US President Joe Biden met Chinese leader Xi Jinping in Lima. Biden said he raised human rights."
    rec = extract(text)
    assert rec.entities
    for ent in rec.entities:
        for m in ent.mentions:
            assert text[m.start : m.end] == m.text


def test_seed_article_core_entities(seed_record):
    """The reference article: the issue's bar is 16 of 17 core entities with country and sector."""
    from benchmarks.bench_entities import score
    from benchmarks.common import seed_gold

    rows, ok, _, unified = score(seed_record, seed_gold())
    assert ok >= 16, rows
    assert unified == 4


@pytest.mark.parametrize(
    "text, phrase, country, sector",
    [
        ("Salvadoran authorities arrested them.", "Salvadoran authorities", "SLV", "GOV"),
        ("Suspected gang members were held.", "Suspected gang members", None, "CRM"),
        ("Human rights groups criticized the drive.", "Human rights groups", None, "NGO"),
        ("Kenyan riot police fired tear gas.", "Kenyan riot police", "KEN", "COP"),
        ("The Venezuelans were flown out.", "The Venezuelans", "VEN", None),
        ("Latin American leaders met in Lima.", "Latin American leaders", None, "GOV"),
        # a tie to someone gives the country, not the sector
        ("Supporters of the Algerian president blocked roads.", "Supporters of the Algerian president", "DZA", None),
        ("Relatives of the Kenyan soldiers protested.", "Relatives of the Kenyan soldiers", "KEN", "CVL"),
        ("A member of the Syrian parliament spoke.", "A member of the Syrian parliament", "SYR", "LEG"),
    ],
)
def test_code_phrase_codes_groups_that_are_not_names(pipeline, text, phrase, country, sector):
    from newsgraph.actors import code_phrase

    doc = pipeline.nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    code = code_phrase(span)
    assert (code.country, code.sector) == (country, sector)


@pytest.mark.parametrize(
    "text, mention, country, sector",
    [
        # the leader dictionary: a person the text ties to no country
        ("Putin met Erdogan in Sochi on Friday.", "Putin", "RUS", "GOV"),
        ("President Bush said the war would go on.", "Bush", "USA", "GOV"),
        # text evidence wins over the dictionary
        ("Kenyan farmer Vladimir Putin, a namesake, sold his maize.", "Vladimir Putin", "KEN", "AGR"),
        # an ambiguous surname stays uncoded
        ("Kim said the talks had failed.", "Kim", None, None),
        # US states are in the United States
        ("Protesters gathered in Ohio.", "Ohio", "USA", None),
    ],
)
def test_well_known_people_and_places_the_text_does_not_code(extract, text, mention, country, sector):
    ent = entity_with(extract(text), mention)
    assert ent is not None
    assert (ent.country, ent.sector) == (country, sector)


def test_code_phrase_reads_an_of_complement(pipeline):
    from newsgraph.actors import code_phrase

    doc = pipeline.nlp("A member of the Iraqi parliament rejected the claim.")
    code = code_phrase(doc[1:2])  # just "member", as an event coder may pass the head alone
    assert (code.country, code.sector) == ("IRQ", "LEG")


def test_code_phrase_does_not_reach_into_clauses_of_the_complement(pipeline):
    from newsgraph.actors import code_phrase

    doc = pipeline.nlp("It was the second stop of an Asian tour that will also include Japan and Vietnam.")
    code = code_phrase(doc[3:5])  # "second stop"
    assert code.country is None


def test_a_people_named_with_a_demonym_gets_its_country(extract):
    ent = entity_with(extract("Bosnian Serbs shelled the town on Monday."), "Bosnian Serbs")
    assert ent is not None and ent.country == "BIH"


@pytest.mark.parametrize(
    "text, mention, country, sector",
    [
        # a spokesman has no sector of his own: he takes the organisation's
        ("China's foreign ministry spokesman Lin Jian told a briefing that talks would go on.", "Lin Jian", "CHN", "GOV"),
        ("Pentagon spokesman Sean Parnell said the strikes were over.", "Sean Parnell", "USA", "MIL"),
        ("White House spokeswoman Karoline Leavitt said the talks went well.", "Karoline Leavitt", "USA", "GOV"),
        # a generic role takes the sector of the body named with it
        ("Hamas leader Yahya Sinwar said the talks had failed.", "Yahya Sinwar", "PSE", "REB"),
        ("Fed Chairman Jerome Powell said rates would stay.", "Jerome Powell", "USA", "GOV"),
        ("Hezbollah commander Fuad Shukr was killed.", "Fuad Shukr", "LBN", "REB"),
    ],
)
def test_a_role_takes_the_codes_of_the_body_named_in_the_title(extract, text, mention, country, sector):
    ent = entity_with(extract(text), mention)
    assert (ent.country, ent.sector) == (country, sector)


def test_a_title_word_inside_an_organisations_name_is_not_its_sector(extract):
    ent = entity_with(extract("General Motors filed for bankruptcy on Monday."), "General Motors")
    assert (ent.type, ent.sector) == ("ORG", "BUS")  # not MIL from "General"; BUS from "Motors", a line of business



@pytest.mark.parametrize(
    "text, mention, sector",
    [
        # a role that heads any body belongs to the body named before it: labour unions and their officials
        ("Union leader Rosa Ibarra said the stoppage would go on.", "Rosa Ibarra", "LAB"),
        ("The teachers' union president, Amal Haddad, called off the march.", "Amal Haddad", "LAB"),
        ("Nurses' union chief Tomas Berg met hospital managers on Monday.", "Tomas Berg", "LAB"),
        ("The writers guild president, Lena Ortiz, welcomed the deal.", "Lena Ortiz", "LAB"),
        ("Dockers' union official Pavel Novak was detained.", "Pavel Novak", "LAB"),
        ("Shop steward Ines Lopez read the offer to the night shift.", "Ines Lopez", "LAB"),
        # the same rule for other bodies
        ("Party leader Olga Marsh resigned after the vote.", "Olga Marsh", "PTY"),
        ("Army chief Samuel Okoro visited the front.", "Samuel Okoro", "MIL"),
        ("Company president Hugo Bell announced the layoffs.", "Hugo Bell", "BUS"),
        ("Central bank chief Alma Reyes raised rates again.", "Alma Reyes", "GOV"),
        # the body as the role's possessor, or in a relative clause
        ("The minister met the union's president, Rosa Ibarra, on Friday.", "Rosa Ibarra", "LAB"),
        # not the body named just before, when it is of another kind
        ("The Lima Court of Appeals ruled for the strikers. The minister then met the union's president, Rosa "
         "Ibarra.", "Rosa Ibarra", "LAB"),
        ("Rosa Ibarra, who heads the Harbour Pilots Union, called the offer an insult.", "Rosa Ibarra", "LAB"),
        ("Ghana's president, Kofi Mensah, opened the port.", "Kofi Mensah", "GOV"),
        # roles of their own keep their sector
        ("Labour Minister Ivo Petrov met the strikers.", "Ivo Petrov", "GOV"),
        ("Opposition leader Nadia Sow called for new elections.", "Nadia Sow", "OPP"),
    ],
)
def test_a_generic_role_takes_the_sector_of_its_body(extract, text, mention, sector):
    ent = entity_with(extract(text), mention)
    assert ent is not None and ent.sector == sector


@pytest.mark.parametrize(
    "text, phrase, sector",
    [
        ("Union leaders rejected the offer.", "Union leaders", "LAB"),
        ("Striking dockers blocked the gates.", "Striking dockers", "LAB"),
        ("The national labour federation called a strike.", "The national labour federation", "LAB"),
        ("Rebel commanders agreed to a truce.", "Rebel commanders", "REB"),
        ("Company officials declined to comment.", "Company officials", "BUS"),
    ],
)
def test_code_phrase_codes_the_body_of_a_generic_role(pipeline, text, phrase, sector):
    from newsgraph.actors import code_phrase

    doc = pipeline.nlp(text)
    start = text.index(phrase)
    assert code_phrase(doc.char_span(start, start + len(phrase))).sector == sector


@pytest.mark.parametrize(
    "text, mention, country, sector",
    [
        # a counterpart holds the possessor's office in the country the phrase names
        ("Chilean Trade Minister Ana Vidal arrived first. Her Peruvian counterpart, Luis Paredes, came later.",
         "Luis Paredes", "PER", "GOV"),
        ("Kenya's army chief, Samuel Okoro, met his Ugandan counterpart, David Ssali, at the border.",
         "David Ssali", "UGA", "MIL"),
        # a deputy serves in the possessor's office, in the possessor's country
        ("Kenyan Interior Minister Joseph Ole Lenku was abroad. His deputy, Mary Wambui, chaired the meeting.",
         "Mary Wambui", "KEN", "GOV"),
    ],
)
def test_a_counterpart_takes_the_possessors_sector_and_its_own_country(extract, text, mention, country, sector):
    ent = entity_with(extract(text), mention)
    assert ent is not None and (ent.country, ent.sector) == (country, sector)


@pytest.mark.parametrize(
    "text, mention, etype, sector",
    [
        # a name ending in a line of business is a company, whatever NER says
        ("Home Minister Ramesh Karki arrived. Vardo Hydro Power said its dam was safe.", "Vardo Hydro Power", "ORG", "BUS"),
        ("Kestrel Freight cut 400 jobs on Monday.", "Kestrel Freight", "ORG", "BUS"),
        # unless it opens with a first name: a surname that is also such a word
        ("Robert Power said the vote was fair.", "Robert Power", "PERSON", None),
    ],
)
def test_company_names_are_organisations(extract, text, mention, etype, sector):
    ent = entity_with(extract(text), mention)
    assert ent is not None and (ent.type, ent.sector) == (etype, sector)


@pytest.mark.parametrize(
    "text, mention, name, title",
    [
        # a dateline's capitals are its style: the place reads as a name, acronyms stay
        ("TARIJA, Bolivia (Andes Wire) - Miners blocked roads near Tarija on Monday.", "TARIJA", "Tarija", None),
        ("NATO said on Monday it would send more ships.", "NATO", "NATO", None),
        # a capital in a dateline is the city the story was filed from, not its government
        ("NAIROBI (Savanna Wire) - Traders closed their stalls on Monday.", "NAIROBI", "Nairobi", None),
        # a possessive pronoun is not part of a title
        ("The Kenya Red Cross Society said 40 died. Its spokeswoman, Mary Wanjiku, said roads were closed.", "Mary Wanjiku",
         "Mary Wanjiku", "spokeswoman"),
    ],
)
def test_names_and_titles_read_as_written_in_running_text(extract, text, mention, name, title):
    ent = entity_with(extract(text), mention)
    assert ent is not None and (ent.name, ent.title) == (name, title)


@pytest.mark.parametrize(
    "text, body, short",
    [
        ("Kestrel Appliances is recalling 9,000 kettles sold in Ontario. Kestrel said nobody was injured.", "Kestrel Appliances", "Kestrel"),
        ("Osprey Electronics will close its plant in Leeds, union officials said. Osprey blamed falling orders.", "Osprey Electronics", "Osprey"),
    ],
)
def test_company_ner_misses_is_an_organisation_with_its_short_form(extract, text, body, short):
    record = extract(text)
    ent = entity_with(record, body)
    assert ent is not None and ent.type == "ORG"
    assert same(record, body, short)


@pytest.mark.parametrize(
    "text, body, person",
    [
        ("The truce would open the road to the border town, said Grace Achieng, the African Union envoy leading the mediation.", "African Union", "Grace Achieng"),
        ("African Union envoy Grace Achieng said monitors would reach the border town next week.", "African Union", "Grace Achieng"),
    ],
)
def test_body_named_in_a_title_is_an_entity_of_its_own(extract, text, body, person):
    record = extract(text)
    org = entity_with(record, body)
    assert org is not None and org.type == "ORG"
    envoy = entity_with(record, person)
    assert envoy is not org and envoy.type == "PERSON" and envoy.country == "AFR"


def test_quoted_facility_name_is_a_facility_of_its_possessor(extract):
    record = extract('Inmates were moved to Honduras\'s maximum security "Gracias Detention Prison" on Monday. Rights groups said the prison was overcrowded.')
    fac = entity_with(record, "Gracias Detention Prison")
    assert fac is not None and fac.type == "FAC" and fac.country == "HND"


@pytest.mark.parametrize(
    "text, name, description",
    [
        ("Police moved 300 inmates to the Gracias Detention Prison in Honduras on Monday. Rights groups said the prison was overcrowded.", "Gracias Detention Prison", "prison"),
        ('Inmates were moved to Honduras\'s maximum security "Gracias Detention Prison" on Monday. Rights groups said the prison was overcrowded.', "Gracias Detention Prison", "prison"),
    ],
)
def test_the_facility_word_after_a_named_facility_is_that_facility(extract, text, name, description):
    record = extract(text)
    fac = entity_with(record, name)
    assert fac is not None and any(m.text == description for m in fac.mentions)
