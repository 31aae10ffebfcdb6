"""A few hundred real news texts for speed runs, read in place from the eval sets (never copied)."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from xml.etree import ElementTree

from .common import EVAL

_TAG = re.compile(r"<[^>]+>")


def polnear() -> list[tuple[str, str, str]]:
    """(id, date, text) of the PolNeAR dev articles."""
    root = EVAL / "polnear_dev"
    with open(root / "metadata.tsv", encoding="utf-8") as f:
        dates = {row["filename"]: row["publication_date"] for row in csv.DictReader(f, delimiter="\t")}
    out = []
    for path in sorted((root / "text").glob("*.txt")):
        out.append((path.stem, dates.get(path.stem, "2016-10-01"), path.read_text(encoding="utf-8")))
    return out


def read_meantime(path) -> tuple[str, str, dict[str, tuple[int, int]], ElementTree.Element]:
    """One MEANTIME article: the text rebuilt from its tokens (a space between tokens, a newline between
    sentences), its creation date (2010-01-01 when none is annotated), each token's character offsets by
    t_id, and the parsed XML."""
    root = ElementTree.parse(path).getroot()
    pieces, offsets, sentence, pos = [], {}, None, 0
    for tok in root.iter("token"):
        if sentence is not None:
            pieces.append(" " if tok.get("sentence") == sentence else "\n")
            pos += 1
        sentence = tok.get("sentence")
        word = tok.text or ""
        offsets[tok.get("t_id")] = (pos, pos + len(word))
        pieces.append(word)
        pos += len(word)
    date = "2010-01-01"
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME" and re.match(r"\d{4}-\d\d-\d\d", timex.get("value", "")):
            date = timex.get("value")[:10]
    return "".join(pieces), date, offsets, root


def meantime() -> list[tuple[str, str, str]]:
    """(id, date, text) of the MEANTIME English articles, text rebuilt from their tokens."""
    out = []
    for path in sorted((EVAL / "meantime_en" / "intra-doc_annotation").rglob("*.xml")):
        text, date, _, _ = read_meantime(path)
        out.append((path.stem, date, text))
    return out


def te3() -> list[tuple[str, str, str]]:
    out = []
    for path in sorted((EVAL / "te3_platinum").glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', raw, re.S)
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        out.append((path.stem, dct[1] if dct else "2013-01-01", _TAG.sub("", body[1] if body else "").strip()))
    return out


@lru_cache(maxsize=1)
def news_texts() -> list[tuple[str, str, str]]:
    """Every eval article as (id, date, text): about 220 real news texts of varied length."""
    return polnear() + meantime() + te3()
