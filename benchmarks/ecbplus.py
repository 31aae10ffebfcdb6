"""Read ECB+ (Cybulska and Vossen 2014, CC BY 3.0) from ``../shared/eval/ecbplus`` for the story-level bench.

The corpus is tokenised CAT XML: ``<token t_id sentence number>`` elements, then markables anchored on token
ids, then coreference relations between markables. This module rebuilds plain article text from the tokens
(one sentence a line, light detokenisation so spaCy sees ordinary prose) and keeps every token's character
offsets, so event mentions become ``{"id", "article", "start", "end"}`` spans as ``cluster_mentions`` takes
them. Sentence 0 of an ``ecbplus`` document is its source URL: it is left out of the text and kept apart as
``url``. Scoring follows the field: event mentions are the ``ACTION_*`` and ``NEG_*`` markables inside the
sentences listed in ``ECBplus_coreference_sentences.csv``; a mention in a cross-document chain takes the
chain's instance id, one in a within-document chain the chain's relation id, any other is a singleton.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .common import EVAL

ROOT = EVAL / "ecbplus"
DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)
HELD_OUT = tuple(range(36, 46))
EVENT_TAGS = ("ACTION_", "NEG_")

# tokens glued to the one before / after when the text is rebuilt
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "n't", "n\u2019t", "''", "...", "\u201d"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#", "\u201c"}
APOSTROPHES = ("'", "\u2019")


@dataclass
class Mention:
    id: str
    article: str
    start: int
    end: int
    text: str
    tag: str
    sentence: int
    gold: str  # gold cluster id


@dataclass
class Document:
    id: str  # e.g. "1_10ecbplus"
    topic: int
    subtopic: str  # "1ecb" or "1ecbplus": the seminal event of the document
    text: str
    url: str | None
    sentences: dict[int, tuple[int, int]]  # sentence number -> character span
    mentions: list[Mention] = field(default_factory=list)

    def article(self) -> dict:
        """The article as ``cluster_articles`` / ``cluster_mentions`` take it (ECB+ carries no dates)."""
        return {"id": self.id, "date": None, "text": self.text, "title": self.title()}

    def title(self) -> str:
        first = min(self.sentences) if self.sentences else None
        return "" if first is None else self.text[slice(*self.sentences[first])]


def topic_split(topic: int) -> str:
    """'dev' for the usual dev topics, 'training' for the rest of 1-35."""
    return "dev" if topic in DEV_TOPICS else "training"


@lru_cache(maxsize=1)
def coreference_sentences(root: Path = ROOT) -> dict[str, frozenset[int]]:
    """Document id -> the sentence numbers annotated for coreference."""
    out: dict[str, set[int]] = {}
    with open(root / "ECBplus_coreference_sentences.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(f"{row['Topic']}_{row['File']}", set()).add(int(row["Sentence Number"]))
    return {k: frozenset(v) for k, v in out.items()}


def _glue(prev: str | None, tok: str, quote_open: bool) -> bool:
    """True when ``tok`` is written straight after ``prev`` with no space."""
    if prev is None:
        return True
    if tok == '"':
        return quote_open  # a closing quote sticks to the word before it
    if prev == '"':
        return quote_open  # an opening quote sticks to the word after it
    clitic = tok.startswith(APOSTROPHES) and len(tok) <= 3  # 's 're 'll and a lone apostrophe
    return tok in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER or clitic


def _rebuild(tokens: list[tuple[int, int, str]], skip: int | None) -> tuple[str, dict, dict]:
    """Plain text, token id -> (start, end), sentence -> (start, end), from ``(t_id, sentence, text)``."""
    parts: list[str] = []
    pos = 0
    spans: dict[int, tuple[int, int]] = {}
    sentences: dict[int, tuple[int, int]] = {}
    prev: str | None = None
    sent: int | None = None
    quote_open = False
    for tid, snum, tok in tokens:
        if snum == skip:
            continue
        if snum != sent:
            if sent is not None:
                parts.append("\n")
                pos += 1
            sent, prev, quote_open = snum, None, False
        if not _glue(prev, tok, quote_open):
            parts.append(" ")
            pos += 1
        if tok == '"':
            quote_open = not quote_open
        spans[tid] = (pos, pos + len(tok))
        start = sentences.get(snum, (pos, pos))[0]
        sentences[snum] = (start, pos + len(tok))
        parts.append(tok)
        pos += len(tok)
        prev = tok
    return "".join(parts), spans, sentences


def _chains(root: ET.Element, doc_id: str) -> dict[str, str]:
    """Markable id -> gold chain id (cross-document instance id, or a within-document relation id)."""
    chain: dict[str, str] = {}
    for rel in root.iter("CROSS_DOC_COREF"):
        for src in rel.iter("source"):
            chain[src.get("m_id")] = rel.get("note")
    for rel in root.iter("INTRA_DOC_COREF"):
        for src in rel.iter("source"):
            chain.setdefault(src.get("m_id"), f"{doc_id}#{rel.get('r_id')}")
    return chain


def read_document(path: Path, selected: frozenset[int] | None = None) -> Document:
    """One CAT XML file -> Document with its event mentions (only those in ``selected`` sentences if given)."""
    root = ET.parse(path).getroot()
    doc_id = path.stem
    topic = int(doc_id.split("_")[0])
    plus = doc_id.endswith("ecbplus")
    tokens = [(int(t.get("t_id")), int(t.get("sentence")), t.text or "") for t in root.iter("token")]
    url = " ".join(t for _, s, t in tokens if s == 0).replace(" ", "") if plus else None
    text, spans, sentences = _rebuild(tokens, 0 if plus else None)
    sent_of = {tid: s for tid, s, _ in tokens}
    doc = Document(doc_id, topic, f"{topic}{'ecbplus' if plus else 'ecb'}", text, url, sentences)
    chain = _chains(root, doc_id)
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        anchors = [int(a.get("t_id")) for a in m.iter("token_anchor")]
        if not m.tag.startswith(EVENT_TAGS) or not anchors or anchors[0] not in spans:
            continue
        sentence = sent_of[anchors[0]]
        if selected is not None and sentence not in selected:
            continue
        start, end = spans[min(anchors)][0], spans[max(anchors)][1]
        mid = f"{doc_id}/{m.get('m_id')}"
        doc.mentions.append(Mention(mid, doc_id, start, end, text[start:end], m.tag, sentence,
                                    chain.get(m.get("m_id"), mid)))
    doc.mentions.sort(key=lambda x: x.start)
    return doc


@lru_cache(maxsize=2)
def load(root: Path = ROOT) -> tuple[Document, ...]:
    """Every document of the topics present (1-35), mentions restricted to the coreference sentences."""
    selected = coreference_sentences(root)
    docs = []
    for path in sorted((root / "ECB+").glob("*/*.xml")):
        docs.append(read_document(path, selected.get(path.stem, frozenset())))
    return tuple(sorted(docs, key=lambda d: (d.topic, d.id)))


def by_topic(docs: tuple[Document, ...]) -> dict[int, list[Document]]:
    out: dict[int, list[Document]] = {}
    for d in docs:
        out.setdefault(d.topic, []).append(d)
    return out
