"""The event coder's rule table and ``newsgraph show --explain``: every filter and recode is a named rule, the
firing counter names the rule that dropped or re-coded a candidate, and the trail behind each event says what
proposed it, which rules fired and what the disposer scored. Sentences are team-written."""

from __future__ import annotations

import pytest

from newsgraph.extractors.eventcoding import firing
from newsgraph.extractors.eventcoding.rules import FILTERS, RECODES, RULES


def test_every_rule_is_named_once_with_a_kind_and_a_reason():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert {r.kind for r in RULES} == {"filter", "recode"}
    assert all(r.reason for r in RULES), [r.name for r in RULES if not r.reason]
    assert set(FILTERS) | set(RECODES) == set(RULES) and not set(FILTERS) & set(RECODES)


@pytest.mark.parametrize(
    "text, rule, type_, kept",
    [
        ("Soldiers marched in the independence day parade.", "ceremonial-march", "PROTEST", False),
        ("The mill fired 300 workers after the merger.", "other-sense:fire-staff", "ASSAULT", False),
        ("The rebel commander vowed to retaliate against the army.", "vowed-retaliation", "THREATEN", True),
        ("The storm killed dozens of villagers in the valley.", "inanimate-or-hazard", "ASSAULT", False),
        ("Dozens of villagers were killed in the mudslide.", "natural-cause", "ASSAULT", False),
    ],
)
def test_the_counter_names_the_rule_that_dropped_or_recoded(extract, text, rule, type_, kept):
    with firing.counting() as counts:
        types = {e.type for e in extract(text).events}
    assert rule in counts
    assert (type_ in types) == kept


def test_the_trail_of_an_event_names_its_lexicon_entry_rules_and_score(extract):
    text = "The rebel commander vowed to retaliate against the army. Soldiers marched in the independence day parade."
    with firing.explaining() as trails:
        rec = extract(text)
    (kept,) = [e for e in rec.events if e.type == "THREATEN"]
    trail = [t for ts in trails.values() for t in ts]
    (made,) = firing.explain(trail, kept)
    assert made.proposed_by.startswith("lexicon V 'vow'")
    assert "vowed-retaliation" in made.rules
    assert made.confidence == kept.confidence and (made.score is None or 0 <= made.score <= 1)
    dropped = {t.text: t.dropped_by for t in trail if t.dropped_by}
    assert dropped.get("marched") == "ceremonial-march"
    assert firing._trails is None  # off again after the block


def test_show_explain_prints_why_each_event_is_there(tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli import cli

    path = tmp_path / "story.txt"
    path.write_text("date 2025-03-27\nThe rebel commander vowed to retaliate against the army. "
                    "Soldiers marched in the independence day parade.\n")
    shown = CliRunner().invoke(cli, ["show", str(path), "--explain"], terminal_width=250)
    assert shown.exit_code == 0, shown.output
    for words in ("Why each event", "lexicon V 'vow'", "vowed-retaliation", "Candidates dropped", "ceremonial-march"):
        assert words in shown.output, words
    plain = CliRunner().invoke(cli, ["show", str(path)], terminal_width=250)
    assert "Why each event" not in plain.output
