"""What a cue reports is not a clause of time after it, nor a statement a semicolon closed before it.
Team-written sentences."""

from __future__ import annotations

import newsgraph


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_name, q.text) for q in newsgraph.extract(text, date="2027-08-04").quotes]


def test_a_clause_of_time_after_the_cue_is_not_the_content():
    # the small parser sometimes hangs such a clause on the cue as a second ccomp: built here as it parses it
    import spacy
    from spacy.tokens import Doc

    from newsgraph.extractors.quoting.indirect import _clause_content

    words = ["The", "mayor", "will", "meet", "traders", ",", "his", "aide", "said", ",", "a", "day", "after",
             "police", "dispersed", "a", "march", "."]
    heads = [1, 3, 3, 8, 3, 8, 7, 8, 8, 8, 11, 14, 14, 14, 8, 16, 14, 8]
    deps = ["det", "nsubj", "aux", "ccomp", "dobj", "punct", "poss", "nsubj", "ROOT", "punct", "det", "npadvmod",
            "mark", "nsubj", "ccomp", "det", "dobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    content = _clause_content(doc[8], "say")
    assert [t.text for t in content] == ["The", "mayor", "will", "meet", "traders"]


def test_a_statement_closed_by_a_semicolon_is_not_the_next_speakers():
    got = _quotes("The organisers put the crowd at 20,000; police say 5,000.")
    assert not [q for q in got if q[0] == "police" and "organisers" in q[1]], got


def test_a_percentage_at_the_end_of_the_content_keeps_its_sign():
    got = _quotes("The central bank cut its main rate to 4.5%, the governor said.")
    assert got == [("the governor", "The central bank cut its main rate to 4.5%")], got
