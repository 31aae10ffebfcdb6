"""The syntax rules of the time-tense reader and the indirect-quote finder, on hand-built parses (tests/parses.py).

These run no statistical model: each row gives the parse the rule sees, so a failure here is a bug in the rule.
The sentence tables of test_times.py and test_quotes.py (marked ``model``) test the same rules through the
parser; a row failing there but passing here is a parser slip.
"""

from __future__ import annotations

import pytest
from parses import char_span, parse

from newsgraph.extractors.quoting.indirect import find
from newsgraph.extractors.timex.tense import direction

# --- which way a time points, from the verb that governs it ------------------------------------------------

TENSE = [
    # a past tense spelled like the present: tagged VBP, a singular subject makes it past ("cuts" otherwise)
    (
        "The/_/DET/DT/det/1 bank/_/NOUN/NN/nsubj/1 cut/cut/VERB/VBP/ROOT/0 rates/rate/NOUN/NNS/dobj/-1 "
        "on/_/ADP/IN/prep/-2 Monday/Monday/PROPN/NNP/pobj/-1 ./_/PUNCT/./punct/-4",
        "Monday",
        "past",
    ),
    # the same words with a plural subject are present
    (
        "Banks/bank/NOUN/NNS/nsubj/1 cut/cut/VERB/VBP/ROOT/0 rates/rate/NOUN/NNS/dobj/-1 "
        "on/_/ADP/IN/prep/-2 Monday/Monday/PROPN/NNP/pobj/-1 ./_/PUNCT/./punct/-4",
        "Monday",
        "present",
    ),
    (
        "He/he/PRON/PRP/nsubj/2 will/will/AUX/MD/aux/1 meet/meet/VERB/VB/ROOT/0 them/they/PRON/PRP/dobj/-1 "
        "on/_/ADP/IN/prep/-2 Friday/Friday/PROPN/NNP/pobj/-1 ./_/PUNCT/./punct/-4",
        "Friday",
        "future",
    ),
    (
        "They/they/PRON/PRP/nsubj/1 met/meet/VERB/VBD/ROOT/0 on/_/ADP/IN/prep/-1 "
        "Friday/Friday/PROPN/NNP/pobj/-1 ./_/PUNCT/./punct/-3",
        "Friday",
        "past",
    ),
    # the complement of a verb of planning lies ahead, whatever the planning verb's tense
    (
        "She/she/PRON/PRP/nsubj/1 planned/plan/VERB/VBD/ROOT/0 to/to/PART/TO/aux/1 visit/visit/VERB/VB/xcomp/-2 "
        "in/_/ADP/IN/prep/-1 May/May/PROPN/NNP/pobj/-1 ./_/PUNCT/./punct/-5",
        "May",
        "future",
    ),
    # what is slated or scheduled lies ahead
    (
        "Talks/talk/NOUN/NNS/nsubjpass/2 are/be/AUX/VBP/auxpass/1 slated/slate/VERB/VBN/ROOT/0 "
        "for/_/ADP/IN/prep/-1 May/May/PROPN/NNP/pobj/-1 ./_/PUNCT/./punct/-3",
        "May",
        "future",
    ),
    # an imperative heading its sentence
    (
        "Call/call/VERB/VB/ROOT/0 me/I/PRON/PRP/dobj/-1 on/_/ADP/IN/prep/-2 Sunday/Sunday/PROPN/NNP/pobj/-1 "
        "./_/PUNCT/./punct/-4",
        "Sunday",
        "future",
    ),
    # "closed until Friday" with no future marker may lie on either side of the publication date
    (
        "The/_/DET/DT/det/1 office/_/NOUN/NN/nsubjpass/2 is/be/AUX/VBZ/auxpass/1 closed/close/VERB/VBN/ROOT/0 "
        "until/_/ADP/IN/prep/-1 Friday/Friday/PROPN/NNP/pobj/-1 ./_/PUNCT/./punct/-3",
        "Friday",
        "near",
    ),
    # a modal points ahead
    (
        "The/_/DET/DT/det/1 mayor/_/NOUN/NN/nsubj/2 may/may/AUX/MD/aux/1 sign/sign/VERB/VB/ROOT/0 "
        "it/it/PRON/PRP/dobj/-1 on/_/ADP/IN/prep/-2 Monday/Monday/PROPN/NNP/pobj/-1 ./_/PUNCT/./punct/-4",
        "Monday",
        "future",
    ),
    # the present perfect has happened
    (
        "The/_/DET/DT/det/1 council/_/NOUN/NN/nsubj/2 has/have/AUX/VBZ/aux/1 approved/approve/VERB/VBN/ROOT/0 "
        "it/it/PRON/PRP/dobj/-1 ./_/PUNCT/./punct/-2",
        "it",
        "past",
    ),
    # a time inside a noun phrase ("Monday's debate") is not dated by the clause's present tense
    (
        "They/they/PRON/PRP/nsubj/1 discuss/discuss/VERB/VBP/ROOT/0 Monday~/Monday/PROPN/NNP/poss/2 "
        "'s/'s/PART/POS/case/-1 debate/debate/NOUN/NN/dobj/-3 ./_/PUNCT/./punct/-4",
        "Monday",
        None,
    ),
    # "ahead of" the expression: what is awaited lies ahead, even in a past-tense clause
    (
        "Shops/shop/NOUN/NNS/nsubj/1 closed/close/VERB/VBD/ROOT/0 ahead/ahead/ADV/RB/advmod/-1 "
        "of/_/ADP/IN/prep/-1 the/_/DET/DT/det/1 weekend/_/NOUN/NN/pobj/-2 ./_/PUNCT/./punct/-5",
        "the weekend",
        "future",
    ),
    # no verb (a headline): no direction
    (
        "Talks/talk/NOUN/NNS/ROOT/0 on/_/ADP/IN/prep/-1 Monday/Monday/PROPN/NNP/pobj/-1",
        "Monday",
        None,
    ),
]


@pytest.mark.parametrize("notation, expr, expected", TENSE)
def test_direction_on_a_given_parse(notation, expr, expected):
    doc = parse(notation)
    assert direction(doc, *char_span(doc, expr)) == expected


# --- indirect quotes: which construction reports what, and who says it ---------------------------------------

INDIRECT = [
    # a speech verb's clausal complement is the content, its subject the speaker
    (
        "The/_/DET/DT/det/1 minister/_/NOUN/NN/nsubj/1 said/say/VERB/VBD/ROOT/0 the/_/DET/DT/det/1 "
        "plan/_/NOUN/NN/nsubj/2 would/would/AUX/MD/aux/1 fail/fail/VERB/VB/ccomp/-4 ./_/PUNCT/./punct/-5",
        [("the plan would fail", "said", "minister")],
    ),
    # "that" opening the complement is not part of the content
    (
        "She/she/PRON/PRP/nsubj/1 warned/warn/VERB/VBD/ROOT/0 that/that/SCONJ/IN/mark/3 "
        "prices/price/NOUN/NNS/nsubj/2 would/would/AUX/MD/aux/1 rise/rise/VERB/VB/ccomp/-4 ./_/PUNCT/./punct/-5",
        [("prices would rise", "warned", "She")],
    ),
    # a negated speech verb reports no statement
    (
        "The/_/DET/DT/det/1 minister/_/NOUN/NN/nsubj/3 did/do/AUX/VBD/aux/2 not/not/PART/RB/neg/1 "
        "say/say/VERB/VB/ROOT/0 when/when/SCONJ/WRB/advmod/4 the/_/DET/DT/det/1 plan/_/NOUN/NN/nsubj/2 "
        "would/would/AUX/MD/aux/1 start/start/VERB/VB/ccomp/-5 ./_/PUNCT/./punct/-6",
        [],
    ),
    # "said so": a complement of one word is no content
    (
        "The/_/DET/DT/det/1 minister/_/NOUN/NN/nsubj/1 said/say/VERB/VBD/ROOT/0 so/so/ADV/RB/advmod/-1 "
        "./_/PUNCT/./punct/-2",
        [],
    ),
    # "according to X, S": the clause the phrase modifies, without the phrase; X is the source
    (
        "According/accord/VERB/VBG/prep/6 to/_/ADP/IN/prep/-1 the/_/DET/DT/det/1 report/_/NOUN/NN/pobj/-2 "
        ",/_/PUNCT/,/punct/2 prices/price/NOUN/NNS/nsubj/1 rose/rise/VERB/VBD/ROOT/0 ./_/PUNCT/./punct/-1",
        [("prices rose", "According to", "report")],
    ),
]


@pytest.mark.parametrize("notation, expected", INDIRECT)
def test_indirect_constructions_on_a_given_parse(notation, expected):
    doc = parse(notation)
    found = [
        (doc.text[c.start : c.end], c.cue.text, c.cue.subject.text if c.cue.subject is not None else None)
        for c in find(doc, [])
    ]
    assert found == expected


def test_a_clause_inside_a_direct_quote_is_left_to_the_direct_pass():
    doc = parse(INDIRECT[0][0])
    assert find(doc, [(0, len(doc.text))]) == []
