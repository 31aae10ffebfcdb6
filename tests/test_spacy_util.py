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
