"""Small helpers around spaCy objects that the extractors share."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_TEXT = "newsgraph_text"


def doc_text(doc: Any) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token again on each ``doc.text`` access, so an
    extractor that reads it in a loop becomes quadratic in the article's length."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_DATELINES = "newsgraph_datelines"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
# "BAMAKO, Nov 20 (Reuters) - ", "KYIV, Ukraine (AP) — ", "WASHINGTON — ", "Paris (AFP) - ": a place in capitals, or
# any place followed by an agency in brackets; then a dash or colon, at the start of a paragraph
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:(?P<caps>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})"
    r"(?:,[ \t]*[A-Z][\w.]+(?: [A-Z][\w.]+){0,2})?"
    rf"(?:,?[ \t]*{_MONTH})?"
    r"[ \t]*(?P<agency>\([^)\n]{1,40}\))?"
    r"[ \t]*[-–—:][ \t]+"
)


def before_reported_subject(span: Any, verb: Any) -> bool:
    """``span`` stands between a reporting verb and the subject of the clause ``verb`` it reports, where the parser
    hangs it on ``verb``: "said on Wednesday it had carried out an attack" ("on Wednesday" on "carried"). Such a
    phrase belongs to the reporting verb (``verb.head``)."""
    if verb is None or verb.dep_ != "ccomp" or not verb.head.i < span.start:
        return False
    return any(span.end <= c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


def dateline_spans(doc: Any) -> list[tuple[int, int]]:
    """Character spans of the datelines that open paragraphs ("BAMAKO, Nov 20 (Reuters) - "): a place and a
    date that say where and when the story was filed, never an actor or an event's date."""
    spans = doc.user_data.get(_DATELINES)
    if spans is None:
        spans = [
            (m.start(), m.end())
            for m in _DATELINE.finditer(doc_text(doc))
            if (m.group("caps") and len(m.group("caps")) >= 3) or m.group("agency")
        ]
        doc.user_data[_DATELINES] = spans
    return spans


def in_dateline(tok: Any) -> bool:
    return any(start <= tok.idx < end for start, end in dateline_spans(tok.doc))


def split_datelines(doc: Any) -> Any:
    """A pipeline component run before the parser: each dateline ("MWANZA, Tanzania — ", "BAMAKO, Nov 20
    (Reuters) - ") ends a sentence of its own. Parsed with the sentence it opens, the dateline's town becomes the
    head of that sentence ("A ferry capsized, killing 19" hangs on "MWANZA", which then did the killing). So does
    a line that ends a sentence or reads as a headline (``split_lines``), and a headline a dash joins to the text
    (``split_headline_dash``)."""
    split_lines(doc)
    split_headline_dash(doc)
    for _, end in dateline_spans(doc):
        tok = next((t for t in doc if t.idx >= end and not t.is_space), None)
        if tok is not None and tok.i > 0:
            tok.is_sent_start = True
            if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space and not doc[tok.i + 1].is_punct:
                # nor a sentence of one word: the parser cut "Typhoon Rai tore ..." and "Israeli aircraft struck
                # ..." after their first word, leaving "Rai" and "aircraft" without their title or owner
                doc[tok.i + 1].is_sent_start = False
    return doc


# the relative pronouns that open a relative clause as its subject or object ("the envoy who said", "the truce that
# failed"), read by the quotes pass and the event coder
RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}
# the particles of a phrasal verb ("shut down", "carried out"), which the parser may also hang on as adverbs; the
# event coder's triggers and status passes each add their own
PHRASAL_PARTICLES = {"in", "out", "up", "down", "off", "over", "away"}
# the copulas: what they link is said of their subject ("was dead", "remains illegal"); read by the amounts, the
# event coder's generic reading and, with the verbs of perception and change, the quotes pass's stances
COPULAS = {"be", "remain", "become", "appear", "seem"}
# the quantifiers that name part of a many ("many protesters", "some say", "most of the detainees"); the quotes
# pass's vague sources and the event coder's partitives add their own
QUANTIFIERS = {"all", "some", "most", "many", "few"}
# the marks of a clause of time set before or after the clause it hangs on ("a day after police dispersed a march",
# "held since May 2"): its time is its own (the event coder's dating); the quotes pass adds "when" and "while"
SHIFTING_MARKS = {"after", "before", "since", "until", "till", "once"}
# the modal auxiliaries of the future and of what may be ("will", "'ll"; "may", "could"), read by the event coder's
# status pass and the time pass's tenses, each with its own further modals
FUTURE_MODALS = {"will", "shall", "'ll", "wo"}
MAYBE_MODALS = {"may", "might", "could", "can"}

# Acts of speaking that news copy joins to a reported clause as the speaker's own: "said the talks had failed and
# urged both sides to return", "denied that he had been mistreated and accused former ministers of plotting"
SPEAKER_ACTS = {"urge", "call", "appeal", "praise", "thank", "welcome", "condemn", "criticise", "criticize", "accuse",
                "blame", "vow", "pledge", "promise", "warn", "demand", "insist"}
# acts of a speaker that may be joined so too, though a reported clause of their own is no report of speaking ("said
# the government had offered to mediate and urged": the urging is the speaker's)
SPEAKER_OFFERS = {"offer", "invite", "reject"}
# the verb a reported clause hangs from: the plain reporting verbs (lexicons/event_words.tsv, class reporting_verb)
# and these verbs of declaring
DECLARING = {"announce", "declare", "deny", "insist"}


@cache
def reporting_verbs() -> frozenset[str]:
    """The verbs whose reported clause a speaker's second act is joined to (``spoken_beside_report``)."""
    # imported late: the event coder's package imports this module
    from .extractors.eventcoding.lexicon import word_class

    return word_class("reporting_verb") | DECLARING


def sentence_before(sent: Any) -> Any | None:
    """The sentence before ``sent`` in its doc, or None for the first: where the coder, the quotes pass and the
    entity pass look back for an antecedent, a count's people or a day told before."""
    return None if sent.start == 0 else sent.doc[sent.start - 1].sent


def to_infinitive(tok: Any) -> bool:
    """The verb has the "to" of an infinitive ("efforts to end the war", "seven days to free him")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def closed_by_semicolon(clause: Any, verb: Any) -> bool:
    """The clause ends before ``verb`` with a semicolon between them: a statement of its own, not what the verb
    says ("the union puts the arrests at 63; police say 40"; "three were convicted; a fourth was acquitted").
    Read by the quotes pass (a cue's content) and the event coder (what a verb is about)."""
    return clause.i < verb.i and any(t.text == ";" for t in clause.doc[clause.right_edge.i + 1 : verb.i])


def spoken_beside_report(verb: Any) -> bool:
    """A past act of speaking joined to the clause a speaker reports is the speaker's own second act, not part of
    what is reported, when the reported clause has a subject of its own and is no act of speaking itself. A passive
    reported clause cannot lend its auxiliary to an active verb with an object ("had been mistreated and accused
    former ministers"). Read by the event coder (who urged) and by the quotes pass (where the report ends)."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or verb.lemma_.lower() not in SPEAKER_ACTS | SPEAKER_OFFERS:
        return False
    if head.lemma_.lower() in SPEAKER_ACTS or head.head.lemma_.lower() not in reporting_verbs():
        return False
    kids, head_kids = list(verb.children), list(head.children)
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in kids):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head_kids):
        return False
    passive_head = any(c.dep_ == "auxpass" for c in head_kids)
    return verb.tag_ in ("VBD", "VBZ") or (verb.tag_ == "VBN" and passive_head and any(c.dep_ == "dobj" for c in kids))


# what a line may end with when it ends a sentence; a closing quotation mark or bracket after them too
_LINE_ENDS = (".", "!", "?", ":", ";", "…")
# words a hard-wrapped line may end with inside a sentence: "... talks with the\nPresident"
_OPEN_TAGS = {"DT", "IN", "CC", "TO", "PRP$", "POS", "WDT", "WP", "WP$", "MD", ",", "HYPH", "``"}


def split_lines(doc: Any) -> None:
    """A paragraph break ends a sentence; so does a single line break after a line that ends one, or after a line
    that reads as a headline (no final stop, the next line opening with a capital: "Court Convicts Two Over
    Bombing\nA court has convicted ..."), but not a hard-wrapped line inside a sentence ("talks with the\nPresident",
    "Two of the four\nreasons"). Glued to the first sentence, the headline's words become its subject. The text
    and its offsets are untouched: only where sentences start."""
    for ws in doc:
        if not ws.is_space or "\n" not in ws.text or ws.i == 0 or ws.i + 1 >= len(doc):
            continue
        prev, nxt = doc[ws.i - 1], doc[ws.i + 1]
        if prev.is_space or nxt.is_space:
            continue
        if ws.text.count("\n") >= 2 or _ends_line(prev) or _headline_line(doc, prev, nxt):
            nxt.is_sent_start = True


def _ends_line(tok: Any) -> bool:
    """The line ends with a full stop, possibly inside a closing quotation mark or bracket."""
    while tok.i > 0 and tok.text in ("\"", "”", "’", "'", ")", "]") and not doc_text(tok.doc)[tok.idx - 1].isspace():
        tok = tok.doc[tok.i - 1]
    return tok.text.endswith(_LINE_ENDS)


def _headline_line(doc: Any, last: Any, nxt: Any) -> bool:
    """A line with no final stop, not ended by a word that opens a phrase, before a line that opens with a capital,
    a digit or a quotation mark."""
    first = nxt.text[:1]
    if not (first.isupper() or first.isdigit() or first in ("\"", "“", "'", "‘")):
        return False
    return last.tag_ not in _OPEN_TAGS and not last.text.endswith((",", "-"))


# words a title-case headline leaves in lower case ("Floods in the Delta are Worsening")
_DASHES = ("-", "–", "—")
_TITLE_LOWER = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from",
                "as", "into", "over", "after", "before", "against", "amid", "since", "vs", "via", "is", "are", "was",
                "were", "be", "has", "have", "had", "'s", "’s", "not"}


def split_headline_dash(doc: Any) -> None:
    """A title-case headline that opens the text and is joined to its first sentence by a dash ("Three Activists
    Killed in Paris-Three activists were shot dead ...", "Talks on Trade Stall -The ministers of ..."): the sentence
    starts after the last dash before the first word in lower case that a headline would capitalise; the dash
    must touch the capitalised word after it, not join two proper nouns ("President Zia-Ul-Haq today rejected"),
    and the headline have three words or more ("US-China talks" is no headline)."""
    last, words = None, 0
    for tok in doc[:60]:
        if tok.is_space and "\n" in tok.text or tok.text in (".", "!", "?"):
            return
        if tok.text in _DASHES and not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
            if not _name_hyphen(doc, tok) and not (tok.i > 0 and doc[tok.i - 1].lower_ in _PREFIXES):
                last = (tok.i + 1, words)
        elif tok.text[:1] in _DASHES and tok.text[1:2].isupper():  # " -The" is one token
            last = (tok.i, words)
            words += 1
        elif tok.is_alpha and tok.text[:1].islower() and tok.lower_ not in _TITLE_LOWER:
            if last is not None and last[1] >= 3:
                doc[last[0]].is_sent_start = True
                for after in doc[last[0] + 1:tok.i + 1]:  # nor a sentence of one word ("Three" of "Three activists")
                    after.is_sent_start = False
            return
        elif tok.is_alpha or tok.like_num:
            words += 1


# prefixes a hyphen joins to a capitalised word inside a phrase ("the Post-Soviet era", "Anti-Government marches")
_PREFIXES = {"post", "pre", "anti", "pro", "non", "ex", "neo", "pan", "self", "co", "mid", "trans", "inter", "multi",
             "counter", "semi", "vice", "ultra", "sub", "super", "pseudo", "quasi"}


def _name_hyphen(doc: Any, dash: Any) -> bool:
    """A hyphen inside a name or between two ("Zia-Ul-Haq", "Guinea-Bissau", "Trump-Putin"): proper nouns touch it
    on both sides."""
    before = doc[dash.i - 1] if dash.i > 0 else None
    return (before is not None and not before.whitespace_ and before.tag_ == "NNP"
            and doc[dash.i + 1].tag_ == "NNP")
