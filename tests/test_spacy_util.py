"""The dateline detector: where and when a story was filed is not part of what it reports."""

import pytest
import spacy

from newsgraph.spacy_util import dateline_spans

NLP = spacy.blank("en")


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("BAMAKO, Nov 20 (Reuters) - Mali expelled the envoy.", "BAMAKO, Nov 20 (Reuters) - "),
        ("KYIV, Ukraine (AP) — Russia fired missiles.", "KYIV, Ukraine (AP) — "),
        ("WASHINGTON — The president spoke.", "WASHINGTON — "),
        ("Paris (AFP) - France said no.", "Paris (AFP) - "),
        ("First paragraph.\n\nLAGOS: Protests spread.", "LAGOS: "),
        ("NATO said on Monday - it was ready.", None),  # not at the start, not a dateline shape
        ("US - Russia talks resumed.", None),  # two capitals are an abbreviation
        ("Police said - nothing more.", None),  # a title-case word without an agency
    ],
)
def test_datelines_open_paragraphs(text, dateline):
    spans = [text[a:b] for a, b in dateline_spans(NLP(text))]
    assert spans == ([dateline] if dateline else [])


# --- where sentences start: a headline or a paragraph is no part of the sentence after it (issue 12, actors)


def _sentences(pipeline, text: str) -> list[str]:
    return [s.text.strip() for s in pipeline.nlp(text).sents]


@pytest.mark.parametrize(
    "text, first",
    [
        # a headline line with no final stop, then the story
        ("Court Fines Two Ministers Over Road Deal\nA court in Accra fined two ministers on Monday.",
         "Court Fines Two Ministers Over Road Deal"),
        # a paragraph break always ends a sentence
        ("Police closed the road\n\nProtesters gathered at noon.", "Police closed the road"),
        # a title-case headline a dash joins to the first sentence
        ("Rallies and Marches Across Peru-Supporters of the jailed leader marched on Sunday.", "Rallies and Marches Across Peru-"),
        ("Talks on Water Rights Stall -The ministers of Chad and Niger left Niamey.", "Talks on Water Rights Stall"),
    ],
)
def test_a_headline_or_paragraph_ends_a_sentence(pipeline, text, first):
    assert _sentences(pipeline, text)[0] == first


@pytest.mark.parametrize(
    "text",
    [
        "Two of the four\nreasons the council gave concern the budget.",  # a hard-wrapped line inside a sentence
        "The envoy held talks with the\nPresident of Ghana on Monday.",  # a line ended by a word that opens a phrase
        "General Ahmad Abu-Bakr today rejected the offer from the rebels.",  # a hyphen inside a name
        "US-China talks resumed on Monday in Geneva.",  # two names joined by a hyphen, no headline
        "In the Post-Cold War years the alliance kept troops in the region.",  # a prefix, no headline
    ],
)
def test_no_sentence_break_inside_a_sentence(pipeline, text):
    assert len(_sentences(pipeline, text)) == 1
