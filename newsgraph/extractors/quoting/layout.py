"""Quotes that the page layout attributes, not a speech verb.

- Transcript lines: ``WALLACE: Let's start with ...`` / ``"PENCE: Well, look, ...``; the label is the speaker.
  A label is an all-capitals name (not a section word such as UPDATE or WATCH, listed in speech_cues.tsv, not
  a place, and on at least two lines: a single ``KABUL: ...`` is a dateline) or a proper name of one to three
  words (``Pat Caddell: Democrats worried``, a headline convention).
- Dash attributions: ``"..." ― Sonya Herridge`` (reader comments, epigraphs): a dash after the closing mark,
  then a proper name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsgraph.spacy_util import doc_text

from .lexicon import lexicon
from .marks import ALL_MARKS

if TYPE_CHECKING:  # spaCy types only: the tokens come from the pipeline
    from spacy.tokens import Token

_LABEL = re.compile(
    r"[\"“”']?\s*([A-Z][A-Z.'’\- ]{1,30}[A-Z.]|[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,2}):\s+(?=\S)"
)
DASHES = "―—–-"


@dataclass(frozen=True)
class Line:
    label_start: int
    label_end: int
    start: int  # content
    end: int


def transcript_lines(doc, paras: list[tuple[int, int]]) -> list[Line]:
    text = doc_text(doc)
    out = []
    for ps, pe in paras:
        m = _LABEL.match(text, ps, pe)
        if not m:
            continue
        label = m.group(1).strip()
        if label.upper() in lexicon().not_labels or not _is_speaker(doc, m.start(1), m.end(1), label):
            continue
        start, end = m.end(), pe
        while end > start and (text[end - 1] in ALL_MARKS or text[end - 1].isspace()):
            end -= 1
        if sum(ch.isalpha() for ch in text[start:end]) >= 8:
            out.append(Line(m.start(1), m.start(1) + len(label), start, end))
    # capitals alone are a transcript only when several lines have them: one "KABUL: ..." is a dateline
    caps = [ln for ln in out if text[ln.label_start : ln.label_end].isupper()]
    if len(caps) == 1:
        out.remove(caps[0])
    return out


def _is_speaker(doc, start: int, end: int, label: str) -> bool:
    if label.isupper():
        span = doc.char_span(start, end, alignment_mode="expand")
        place = span is not None and any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in span)
        return sum(ch.isalpha() for ch in label) >= 2 and not place  # "ISLAMABAD:" is a dateline
    span = doc.char_span(start, end, alignment_mode="expand")
    return (
        span is not None
        and all(t.pos_ == "PROPN" or t.is_punct for t in span)
        and any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in span)
    )


def dash_name(doc, close_at: int, para_end: int):
    """The head token of a proper name after ``" ― `` following a closing mark at ``close_at``, else None."""
    text = doc_text(doc)
    i = close_at + 1
    seen_dash = False
    while i < para_end and (text[i].isspace() or text[i] in DASHES or text[i] in ",."):
        seen_dash |= text[i] in DASHES
        i += 1
    if not seen_dash or i >= para_end:
        return None
    span = doc.char_span(i, para_end, alignment_mode="expand")
    if span is None:
        return None
    name: list[Token] = []
    for tok in span:
        if tok.pos_ == "PROPN" or (name and tok.text in (".", "-") and not tok.whitespace_):
            name.append(tok)
        else:
            break
    rest = [t for t in span[len(name) :] if not t.is_space]
    if not name or (rest and rest[0].text not in ",.;()"):
        return None
    return next((t for t in reversed(name) if t.pos_ == "PROPN"), None)
