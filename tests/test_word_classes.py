"""One source for each word list that several passes read: a class of lexicons/event_words.tsv (or one constant),
which each reader extends with its own words, named beside it. These tests pin that the readers read the one
source, so that a word added to the class reaches every pass that shares it."""

from __future__ import annotations

import pytest

from newsgraph.extractors.eventcoding.lexicon import word_class


def _readers() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """reader -> (the words it tests, the words it adds to the class)."""
    from newsgraph import spacy_util
    from newsgraph.extractors.eventcoding import dating, triggers
    from newsgraph.link import contextual

    return {
        "spacy_util.reporting_verbs": (spacy_util.reporting_verbs(), frozenset(spacy_util.DECLARING)),
        "dating.REPORTING": (frozenset(dating.REPORTING), frozenset(dating.VOUCHING)),
        "triggers.REPORTING": (frozenset(triggers.REPORTING), frozenset(triggers.INVERTED_STANCES)),
        "contextual.say": (contextual.say(), frozenset(contextual.REPORTING_TOO)),
    }


def test_the_reporting_verbs_are_one_class():
    assert {"say", "tell", "add", "state"} <= word_class("reporting_verb")


@pytest.mark.parametrize("reader", sorted(_readers()))
def test_each_reader_of_the_reporting_verbs_is_the_class_and_its_own_words(reader):
    words, own = _readers()[reader]
    assert words == word_class("reporting_verb") | own


@pytest.mark.parametrize("module", ["eventcoding.triggers", "eventcoding.govern", "quoting.speakers"])
def test_the_relative_pronouns_are_one_constant(module):
    import importlib

    from newsgraph import spacy_util

    assert importlib.import_module(f"newsgraph.extractors.{module}").RELATIVE_PRONOUNS is spacy_util.RELATIVE_PRONOUNS


def test_a_rally_against_something_is_told_by_one_class_in_both_readings():
    from newsgraph.extractors.eventcoding import commentary, ordinary

    assert ordinary.AGAINST_WORDS == commentary.OPPOSING == word_class("opposing_word")
    assert {"against", "anti", "denounce"} <= word_class("opposing_word")


def test_the_object_classes_of_people_are_one_constant():
    from newsgraph.extractors.eventcoding import animacy, arguments
    from newsgraph.extractors.eventcoding.lexicon import OBJECT_CLASSES, PEOPLE_CLASSES

    assert PEOPLE_CLASSES <= OBJECT_CLASSES
    assert animacy.ANIMATE_CLASSES == PEOPLE_CLASSES and arguments.PARTY_CLASSES == PEOPLE_CLASSES | {"monitor"}


def test_the_disposer_reads_the_status_pass_marks_of_a_condition():
    from newsgraph.extractors.eventcoding import disposer, status

    assert disposer.CONDITION_MARKS == status.CONDITIONAL_MARKS | {"until", "lest"}


def test_the_modals_are_read_from_the_status_pass():
    from newsgraph.extractors.eventcoding import disposer, readings, status

    assert readings.MAYBE is status.MAYBE and status.MAYBE < status.HYPOTHETICAL
    assert disposer.MODALS == status.FUTURE | status.HYPOTHETICAL - {"ought"} | {"would"}


def test_the_event_places_read_the_entity_pass_prepositions_of_place():
    from newsgraph.extractors import entity_places
    from newsgraph.extractors.eventcoding import places

    assert places.LOCATIVE == entity_places.LOCATIVE | {"inside"}


def test_the_coder_reads_the_entity_pass_endings_of_a_person_noun():
    from newsgraph.extractors.eventcoding import animacy
    from newsgraph.extractors.mentions import names

    assert animacy.AGENT_SUFFIXES == (*names.ROLE_ENDINGS, "ee")


def test_the_collective_nouns_are_a_class_of_their_own():
    from newsgraph.extractors.eventcoding import patients

    assert patients.MANY == word_class("collective_noun")
    # not a person ("villager" is a people_noun) and not a measure ("convoy" is of the group object class)
    assert {"family", "jury", "audience"} <= word_class("collective_noun")
    assert not {"villager", "convoy"} & word_class("collective_noun")


def test_a_refusal_to_comment_is_read_on_one_class_by_both_passes():
    from newsgraph.extractors.eventcoding import commentary, govern

    assert word_class("comment_verb") <= govern.NO_EVENT_COMPLEMENTS & commentary.UNSAID
    assert "comment" in word_class("comment_verb")


def test_the_phrasal_particles_are_one_constant_with_each_pass_own():
    from newsgraph import spacy_util
    from newsgraph.extractors.eventcoding import status, triggers

    assert triggers.PARTICLES == spacy_util.PHRASAL_PARTICLES | {"back"}
    assert status.PARTICLES == spacy_util.PHRASAL_PARTICLES | {"about", "on"}


def test_the_copulas_are_one_constant():
    from newsgraph import spacy_util
    from newsgraph.extractors.amounts import fate
    from newsgraph.extractors.eventcoding import generic
    from newsgraph.extractors.quoting import stances

    assert fate.COPULAS is spacy_util.COPULAS and generic.COPULAS is spacy_util.COPULAS
    assert stances.LINKING == spacy_util.COPULAS | {"grow", "sound", "look", "feel", "get"}
    # the generic reading tests a copula only among its verbs of judging, where it always had these three
    assert generic.COPULAS & generic.JUDGING == {"be", "remain", "seem"}


def test_the_quantifiers_are_one_constant_with_each_pass_own():
    from newsgraph import spacy_util
    from newsgraph.extractors.eventcoding import commentary, triggers
    from newsgraph.extractors.quoting import speakers

    assert commentary.QUANTIFIERS is spacy_util.QUANTIFIERS
    assert spacy_util.QUANTIFIERS < speakers.VAGUE and spacy_util.QUANTIFIERS < triggers.PARTITIVES
    assert "others" in speakers.VAGUE - triggers.PARTITIVES  # "others say": a source, no part of a whole


def test_the_marks_of_a_clause_of_time_are_one_constant():
    from newsgraph import spacy_util
    from newsgraph.extractors.quoting import fronted

    assert fronted.TIME_MARKS == spacy_util.SHIFTING_MARKS | {"when", "while"}


def test_the_linker_kinds_of_body_hold_the_entity_pass_generic_heads():
    from newsgraph.extractors.mentions.cluster import GENERIC_ORG_HEADS
    from newsgraph.link.actors import KIND_WORDS

    assert GENERIC_ORG_HEADS < KIND_WORDS and {"court", "ministry"} <= KIND_WORDS - GENERIC_ORG_HEADS


def test_the_roles_of_an_act_not_happened_are_one_ordered_constant():
    from newsgraph.extractors.eventcoding import govern, status
    from newsgraph.extractors.eventcoding.lexicon import UNREAL_ROLES, VERB_ROLES

    assert UNREAL_ROLES == ("planned", "hypothetical", "negated") and set(UNREAL_ROLES) <= VERB_ROLES
    assert govern.UNREAL_ROLES is UNREAL_ROLES and status.UNREAL_ROLES is UNREAL_ROLES


def test_the_prepositions_of_an_occasion_are_one_constant():
    from newsgraph.extractors.eventcoding import dating, draft
    from newsgraph.extractors.eventcoding.lexicon import AT_OCCASION

    assert draft.AT_OCCASION is AT_OCCASION and dating.OCCASION_PREPS == AT_OCCASION | {"amid"}
    assert not {"before", "after"} & AT_OCCASION  # "march before the plenary meeting" is not at it


def test_the_plain_reporting_verbs_are_all_verbs_of_speech_of_the_coder():
    from newsgraph.extractors.eventcoding.lexicon import default

    speech = {lemma for lemma, roles in default().verbs.items() if "speech" in roles}
    assert word_class("reporting_verb") <= speech


def test_the_time_pass_and_the_status_pass_read_one_set_of_modals():
    from newsgraph import spacy_util
    from newsgraph.extractors.eventcoding import status
    from newsgraph.extractors.timex import tense

    assert status.FUTURE is spacy_util.FUTURE_MODALS and status.MAYBE is spacy_util.MAYBE_MODALS
    assert tense.FUTURE_AUX == spacy_util.FUTURE_MODALS | {"would", "'d"}
    assert tense.MODALS == spacy_util.MAYBE_MODALS | {"should", "must", "ca"}
