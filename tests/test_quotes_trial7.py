"""The fifth hand trial on quotes (tests/data/trial7: ten team-written wire articles, and the quotations a careful
annotator lists in them, written and committed before newsgraph was first run on their quotes): every required
quotation the code gets now, with its speaker, kind and the start of its content where it gets them right, so
that a regression shows. What it still misses or gets wrong is listed in tests/data/trial7/QUOTES.md and
asserted here as strict expected failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.trials import expected_rows, extract_feed, known_failures

DATA = Path(__file__).parent / "data" / "trial7"
COLUMNS = ("article", "n", "cue", "speaker", "speaker_kind", "kind", "content_start", "need")

# found with the expected content, but on a neighbouring verb of the sentence (QUOTES.md, "cue wrong")
CUE_WRONG = {("t7a03", "6")}
# found, speaker wrong ("its defence ministry", Brazil's, is an entity placed in Guyana)
WRONG_SPEAKER = {("t7a03", "11")}
# the speaker's country where the name alone is ambiguous
SPEAKER_COUNTRY = {("t7a03", "11"): "BRA", ("t7a01", "2"): "ZAF", ("t7a05", "12"): "JPN"}
# speakers judged right by hand that name the referent otherwise than the list ("Caracas": Venezuela)
SPEAKER_AS = {("t7a03", "4"): "Venezuela"}
# where the content should end, for the cases whose end was wrong on the first run
CONTENT_END = {("t7a09", "3"): "negotiations", ("t7a06", "1"): "army units"}


REQUIRED = [row for row in expected_rows(DATA / "quotes_expected.tsv", COLUMNS) if row["need"] == "req"]


@pytest.fixture(scope="module")
def records(pipeline):
    return extract_feed(pipeline, DATA / "articles.jsonl")


def _content_fits(text: str, row) -> bool:
    text = text.lower()
    return any(text.startswith(alt) or (len(text) > 3 and alt.startswith(text))
               for alt in (a.lower().strip(". ") for a in row["content_start"].split("|")))


def _found(records, row):
    cues = [c.lower() for c in row["cue"].split("/")]
    key = (row["article"], row["n"])
    return [q for q in records[row["article"]].quotes
            if (key in CUE_WRONG or (q.cue or "").lower() in cues) and _content_fits(q.text, row)]


def _speaker_right(rec, q, row) -> bool:
    ent = rec.entity(q.speaker)
    country = SPEAKER_COUNTRY.get((row["article"], row["n"]))
    if country is not None and q.speaker_country != country:
        return False
    names = [n.lower().removeprefix("the ") for n in (ent.name if ent else None, q.speaker_name) if n]
    alts = [a.lower() for a in row["speaker"].split("|")]
    alias = SPEAKER_AS.get((row["article"], row["n"]))
    if alias is not None:
        alts.append(alias.lower())
    return any(a in n or n in a for a in alts for n in names)


def _id(row) -> str:
    return f"{row['article']}-{row['n']}-{row['cue'].split('/')[0]}"


def test_the_list_holds_70_required_quotations():
    assert len(REQUIRED) == 70


@pytest.mark.parametrize("row", REQUIRED, ids=_id)
def test_a_required_quotation_is_found(records, row):
    assert _found(records, row), [(q.cue, q.text) for q in records[row["article"]].quotes]


@pytest.mark.parametrize("row", known_failures(REQUIRED, WRONG_SPEAKER, "speaker wrong: tests/data/trial7/QUOTES.md"), ids=_id)
def test_a_found_quotation_has_its_speaker(records, row):
    rec = records[row["article"]]
    assert any(_speaker_right(rec, q, row) for q in _found(records, row))


@pytest.mark.parametrize("row", REQUIRED, ids=_id)
def test_a_found_quotation_has_its_kind(records, row):
    assert any(q.kind in row["kind"].split("|") for q in _found(records, row))


@pytest.mark.parametrize(("key", "end"), sorted(CONTENT_END.items()))
def test_a_content_ends_where_it_should(records, key, end):
    row = next(r for r in REQUIRED if (r["article"], r["n"]) == key)
    assert any(q.text.endswith(end) for q in _found(records, row))


@pytest.mark.parametrize(("article", "cue", "start"), [
    ("t7a03", "rejected", "the demand"),  # a demand turned down
    ("t7a09", "rejected", "the demand"),
    ("t7a10", "rejected", "Spain's request"),
    ("t7a09", "refused", "to share data"),  # a refusal inside the officials' report
    ("t7a10", "agreed", "to share bank records"),  # an agreement inside the ministry's report
    ("t7a10", "refused", "only two"),  # the writer's fact
    ("t7a02", "declared", "the three"),  # declaring someone persona non grata is an act
    ("t7a01", "pledged", "5 million euros"),  # a thing pledged (opt by the counting rule, not in the list)
    pytest.param("t7a08", "recommends", "a candidate", marks=pytest.mark.xfail(
        strict=True, reason="a standing procedure in the present tense, still read as a stance")),
])  # fmt: skip
def test_spurious_quotes_of_the_first_run(records, article, cue, start):
    assert not [q for q in records[article].quotes if q.cue == cue and q.text.startswith(start)]
