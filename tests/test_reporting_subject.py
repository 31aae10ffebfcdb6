"""Who said it (``quoting.reporting.reporting_subject``): the one answer the entity pass and the event coder
share, on hand-built parses of the team's own sentences (the rule, not the statistical parser, is under test), and
what the event coder makes of it through the model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Token

from newsgraph.extractors.eventcoding.actorcode import through_collective
from newsgraph.extractors.quoting.reporting import reporting_subject

VOCAB = spacy.blank("en").vocab


def _doc(spec: str, ents: str = "") -> Doc:
    """Tokens written ``word/TAG/POS/lemma/dep/head``, space-separated (head: the index of the head)."""
    rows = [t.split("/") for t in spec.split()]
    tags = {"NNS": "NOUN", "NNPS": "PROPN", "NN": "NOUN", "NNP": "PROPN", "PRP": "PRON", "VBD": "VERB",
            "VB": "VERB", "MD": "AUX", "VBZ": "VERB", "DT": "DET", "PRP$": "PRON", "IN": "ADP", "VBG": "VERB", "JJ": "ADJ"}  # fmt: skip
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        tags=[r[1] for r in rows],
        pos=[tags[r[1]] for r in rows],
        lemmas=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[int(r[4]) for r in rows],
        ents=ents.split() if ents else None,
    )


def _pronoun(doc: Doc) -> Token:
    """The sentence's last pronoun subject (the reported clause comes after its speech verb)."""
    return [t for t in doc if t.tag_ == "PRP" and t.dep_ in ("nsubj", "nsubjpass")][-1]


CASES = [
    # (sentence as a parse, entities, the speaker the pronoun stands for or None)
    ("Officials/NNS/official/nsubj/1 said/VBD/say/ROOT/1 they/PRP/they/nsubj/4 would/MD/would/aux/4 "
     "resign/VB/resign/ccomp/1", "", "Officials"),
    ("The/DT/the/det/1 ministry/NN/ministry/nsubj/2 said/VBD/say/ROOT/2 it/PRP/it/nsubj/4 acted/VBD/act/ccomp/2",
     "", "ministry"),
    ("The/DT/the/det/1 union/NN/union/nsubj/2 warned/VBD/warn/ROOT/2 they/PRP/they/nsubj/5 would/MD/would/aux/5 "
     "strike/VB/strike/ccomp/2", "O B-ORG O O O O", "union"),  # a body speaks of itself as "they"; a stance verb
    ("Ms/NNP/Ms/compound/1 Lee/NNP/Lee/nsubj/2 said/VBD/say/ROOT/2 she/PRP/she/nsubj/4 left/VBD/leave/ccomp/2",
     "B-PERSON I-PERSON O O O", "Lee"),
    ("Ms/NNP/Ms/compound/1 Lee/NNP/Lee/nsubj/2 said/VBD/say/ROOT/2 he/PRP/he/nsubj/4 left/VBD/leave/ccomp/2",
     "B-PERSON I-PERSON O O O", None),  # she is not he: someone else
    ("The/DT/the/det/1 chairman/NN/chairman/nsubj/2 said/VBD/say/ROOT/2 he/PRP/he/nsubj/4 left/VBD/leave/ccomp/2",
     "", "chairman"),  # a person described, not named
    ("The/DT/the/det/1 ministry/NN/ministry/nsubj/2 said/VBD/say/ROOT/2 he/PRP/he/nsubj/4 left/VBD/leave/ccomp/2",
     "", None),  # a body is not "he": someone else
    ("His/PRP$/his/poss/1 speech/NN/speech/nsubj/2 confirms/VBZ/confirm/ROOT/2 he/PRP/he/nsubj/4 "
     "won/VBD/win/ccomp/2", "", None),  # nor is a thing
    ("Ms/NNP/Ms/compound/1 Lee/NNP/Lee/nsubj/2 believes/VBZ/believe/ROOT/2 it/PRP/it/nsubj/4 "
     "helped/VBD/help/ccomp/2", "B-PERSON I-PERSON O O O", None),  # a person is not "it"
    ("The/DT/the/det/1 survey/NN/survey/nsubj/2 shows/VBZ/show/ROOT/2 they/PRP/they/nsubj/4 "
     "left/VBD/leave/ccomp/2", "", None),  # evidence, not a statement: the survey is not "they"
    ("Officials/NNS/official/nsubj/1 said/VBD/say/ROOT/1 it/PRP/it/nsubj/3 rained/VBD/rain/ccomp/1", "", None),
    ("He/PRP/he/nsubj/1 said/VBD/say/ROOT/1 they/PRP/they/nsubj/3 left/VBD/leave/ccomp/1", "", None),
    ("Officials/NNS/official/nsubj/1 left/VBD/leave/ROOT/1 because/IN/because/mark/4 they/PRP/they/nsubj/4 "
     "feared/VBD/fear/advcl/1", "", None),  # no reported speech
]


@pytest.mark.parametrize("spec, ents, speaker", CASES)
def test_a_pronoun_subject_of_reported_speech_is_the_speaker(spec, ents, speaker):
    found = reporting_subject(_pronoun(_doc(spec, ents)))
    assert (found.text if found is not None else None) == speaker


GROUP = ("A/DT/a/det/1 group/NN/group/nsubj/4 of/IN/of/prep/1 leaders/NNS/leader/pobj/2 said/VBD/say/ROOT/4 "
         "they/PRP/they/nsubj/6 left/VBD/leave/ccomp/4")


@pytest.mark.parametrize(
    "counted, speaker",
    [
        (None, None),  # the entity pass: "a group" is one, "they" many
        (through_collective, "group"),  # the event coder: the group counts its leaders
    ],
)
def test_a_collective_agrees_through_what_it_counts(counted, speaker):
    found = reporting_subject(_pronoun(_doc(GROUP)), counted)
    assert (found.text if found is not None else None) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Several former drivers have complained they weren't given a fair hearing.",
        "Dozens of nurses complained they had not been paid for months.",
        "The farmers complained they were ignored by the ministry.",
    ],
)
def test_a_speaker_is_not_the_target_of_their_own_complaint(extract, text):
    """"They" is the speaker ("who said it"), so the complaint's content names the speakers: no act is done to the
    very phrase that does it."""
    (complaint,) = [e for e in extract(text).events if e.type == "ACCUSE"]
    assert complaint.actor is not None
    assert complaint.recipient is None or complaint.recipient.name != complaint.actor.name
