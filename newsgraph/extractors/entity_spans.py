"""Reading names off the parse for the entity pass: trimming NER spans, repairing what NER gets wrong
(names cut in two, titles taken into names, names it missed after a title, "Name (ACRONYM)", well-known
institutions) and reading the title or role around a name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.spacy_util import doc_text

from .. import actors

if TYPE_CHECKING:  # spaCy types only: the tokens come from the pipeline
    from spacy.tokens import Token

_POSSESSIVE_END = re.compile(r"\s*['’]s?$")


def _trim(span):
    """Drop a leading determiner and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s", "'", "’")):
        end -= 1
    return doc[start:end] if end > start else None


def _char_span(span) -> tuple[int, int, str]:
    text = _POSSESSIVE_END.sub("", span.text)
    return span.start_char, span.start_char + len(text), text


def _title_tokens(name_span):
    """Tokens of the title before a name, from the parse: "US President [Donald Trump]",
    "Kenyan Minister of Roads and Transport [John Kamau]", "Rights group [Amnesty International]"."""
    doc = name_span.doc
    head = name_span.root
    i = name_span.start - 1
    toks = []
    while i >= 0 and i >= name_span.sent.start:
        t = doc[i]
        if t.is_punct and t.text not in ("-", "&", "."):
            break
        if (
            t.dep_ in ("det", "poss", "case")
            or t.pos_ in ("DET", "VERB", "AUX", "PRON", "ADP")
            and t.lower_ not in ("of", "for", "and")
            or t.lower_ in ("then", "also", "later")  # "X and then Texas Senator Y": not one title with X
        ):
            break
        if not _is_descendant(t, head) and not _is_descendant(t, name_span.root):
            break
        toks.append(t)
        i -= 1
    toks.reverse()
    surface = _surface_title(name_span)
    if len(surface) > len(toks) and (
        actors.country_in_tokens(surface) or actors.sector_of_tokens(surface)[1]
    ):
        toks = surface  # the parse attached the name elsewhere ("analyst and academic X" as a conjunct)
    while toks and toks[0].lower_ in ("of", "for", "and", "-", "&"):
        toks = toks[1:]
    return toks


def _surface_title(name_span) -> list:
    """Title words right before a name, read off the surface: adjectives, nouns, proper nouns and the
    joiners of/for/and, up to eight tokens within the sentence."""
    doc = name_span.doc
    toks: list[Token] = []
    i = name_span.start - 1
    while i >= name_span.sent.start and len(toks) < 8:
        t = doc[i]
        if (
            t.pos_ in ("PROPN", "NOUN", "ADJ")
            and t.tag_ != "POS"
            or t.lower_ in ("of", "for", "and", "-", "&")
        ):
            toks.append(t)
            i -= 1
            continue
        break
    toks.reverse()
    return toks


def _is_descendant(token, ancestor) -> bool:
    t = token
    for _ in range(12):
        if t.i == ancestor.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _appositive_role(name_span):
    """The appositive role after a name: "Juan Pappier, deputy director at Human Rights Watch" ->
    (role tokens, affiliation span or None)."""
    root = name_span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= name_span.end:
            role = [t for t in child.subtree if t.i < child.i or t.i == child.i]
            role = [t for t in role if t.dep_ != "det" and not t.is_punct]
            affiliation = next(
                (c for c in child.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None
            )
            for prep in child.children:
                if affiliation is not None:
                    break
                if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "for", "with", "from"):
                    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        affiliation = pobj
                        break
            return role, affiliation, child
    return None, None, None


# The last word of a company's name ("Seti Hydro Power", "Kestrel Freight", "Andes Mining"): NER, which knows
# people by their shape, often calls such a name a person. A few are surnames too ("Samantha Power"): a name
# that opens with a known first name stays a person.
COMPANY_WORDS = frozenset(
    """power energy airlines airways holdings motors steel mining petroleum telecom telecoms foods pharmaceuticals
    insurance shipping logistics freight industries electric utilities railways construction cement textiles
    appliances electronics chemicals brewery breweries bank group
    inc inc. ltd ltd. corp corp. plc llc gmbh""".split()
)

# The last word of a public body's name ("Lake Basin Water Authority", "Ruzizi Valley Farmers Union").
BODY_WORDS = frozenset(
    """union authority commission council agency board institute association federation front alliance
    movement ministry department tribunal""".split()
)


# The last word of a facility's name ("Terrorism Confinement Center", "Camp Bastion" aside): a name NER read as a
# title or a product ("the 'Hope Detention Center'") that ends in one is the facility.
FACILITY_WORDS = frozenset(
    """prison jail penitentiary camp center centre facility airport hospital base barracks stadium plant mine port
    dam refinery""".split()
)


def facility_label(span, label: str) -> str:
    """FAC for a name NER gave a label of titles, products or events whose last word names a facility."""
    if label in ("WORK_OF_ART", "PRODUCT", "EVENT") and len(span) > 1 and span[-1].lower_ in FACILITY_WORDS:
        return "FAC"
    return label


def possessor_before(span) -> str | None:
    """The country that owns a name through the words before it, read off the surface where the parse hangs the
    possessive elsewhere: "El Salvador's maximum security 'Hope Detention Center'" -> SLV."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= 6 and (doc[i].pos_ in ("ADJ", "NOUN", "PROPN") and doc[i].tag_ != "POS" or doc[i].is_quote):
        i -= 1
    if i < 1 or doc[i].tag_ != "POS" and doc[i].text not in ("'s", "’s"):
        return None
    k = i - 1
    while k > 0 and doc[k - 1].pos_ == "PROPN" and i - k < 3:
        k -= 1
    hit = actors.country_of(doc[k:i].text)
    return hit[0] if hit and hit[1] in ("name", "capital") else None


def named_bodies(doc, spans: list) -> list:
    """Names of companies and bodies NER did not tag at all ("Kestrel Appliances is recalling..."): two to five
    capitalised proper nouns in a row whose last word names a line of business or a body, outside every span NER
    or the lists found; the first word may not be a listed given name ("Samantha Power")."""
    taken = {t.i for s, _ in spans for t in s}
    found = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].is_alpha and j not in taken:
            j += 1
        if j - i >= 2 and j - i <= 5 and doc[j - 1].lower_ in COMPANY_WORDS | BODY_WORDS:
            if doc[i].text not in actors.first_names():
                found.append(doc[i:j])
        i = max(j, i + 1)
    return found


def company_named_person(span, label: str) -> str:
    """``label``, or ORG for a PERSON span whose last word names a line of business."""
    if label != "PERSON" or len(span) < 2 or not span[-1].text[:1].isupper() or span[-1].lower_ not in COMPANY_WORDS:
        return label
    return label if span[0].text in actors.first_names() else "ORG"


def _led_body(name_span):
    """The body a person leads, from a relative clause: "Ana Ruiz, who heads the Dockers Union," -> the
    Union's token; None if there is no such clause."""
    for child in name_span.root.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in actors.LEADS:
            if any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in child.children):
                return next((c for c in child.children if c.dep_ == "dobj"), None)
    return None


def _possessor_of(role) -> object | None:
    """The head of the possessor among a role's tokens ("union" in "the union's president", "Her" in "Her
    Ugandan counterpart"), or None."""
    return next((t for t in role if t.dep_ == "poss"), None)


def _text_of(tokens) -> str:
    """The article's own text from the first to the last of ``tokens``."""
    doc = tokens[0].doc
    return doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _known_institutions(doc) -> list:
    """Institutions from the team's list, wherever they stand ("Human Rights Watch welcomed...", "Fidesz won"),
    case kept and left to right, the longest name first at each word; a one-token name only where it is used as
    a name (``_name_token``): "Labour" the party, not "Forward" opening a sentence."""

    def accept(start: int, end: int) -> bool:
        span = doc.char_span(start, end)
        return span is not None and (len(span) > 1 or _name_token(span[0]))

    text = doc_text(doc).replace("’", "'")
    return [doc.char_span(start, end) for start, end, _ in actors.find_institutions(text, accept)]


def _name_token(tok) -> bool:
    """A one-token name from the list is used as a name: a proper noun, a noun NER tagged, or a word with
    capitals inside ("PiS", "ANC") that the tagger does not read as a verb."""
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ == "NOUN" and tok.ent_type_:
        return True
    return not tok.text[1:].islower() and tok.pos_ not in ("VERB", "AUX", "ADP", "DET", "PRON")


def _with_known_institutions(doc, spans: list) -> list:
    """NER's (span, label) list with the team's institutions put in, as ORG whatever NER called them: a known
    name replaces the NER spans it overlaps when their other words are lowercase or "Party" ("Law and Justice"
    over PERSON "Law", "Houthis" tagged PERSON, "the Likud party"), and gives way to a longer name ("the
    American Red Cross")."""
    known = _known_institutions(doc)
    kept = []
    for span, label in spans:
        over = next((k for k in known if k.start < span.end and span.start < k.end), None)
        if (
            len(span) == 1
            and not _name_token(span[0])
            and span.text in actors.institution_index().get(span.text, ())
        ):
            continue  # a listed name NER tagged where the tagger reads a verb: "Fed up with the delays"
        if over is None:
            kept.append((span, label))
        elif not all(
            t.is_lower or t.text == "Party" or t.is_punct for t in span if not over.start <= t.i < over.end
        ):
            kept.append((span, label))
            known.remove(over)
    return kept + [(k, "ORG") for k in known if not any(k.start < s.end and s.start < k.end for s, _ in kept)]


def _possessor_country(span) -> str | None:
    """The country of the possessor of a name or of the noun it qualifies: "Japan's [Liberal Democratic Party]",
    "South Korea's main opposition [Democratic Party]", "Britain's [Labour] government"."""
    root = span.root
    heads = [root, root.head] if root.dep_ == "compound" and root.head.i >= span.end else [root]
    owners = [c for h in heads for c in h.children if c.dep_ == "poss" and c.i < span.start]
    return actors.country_in_tokens([t for o in owners for t in o.subtree]) if owners else None


def _join_coordinated_orgs(spans: list) -> list:
    """An organisation's name with "and" in it that NER cut at the "and" ("Ethics and [Anti-Corruption
    Commission]", "Trade and [Industry Ministry]"): capitalised words outside any name, joined to the body's name
    by the parser ("Commission" a conjunct of "Ethics"), belong to it when they only qualify its head: at most two
    words, and the name's head is its last word ("PIRG Education Fund and [Citizens for Tax Justice]" are two)."""
    taken = {t.i for s, _ in spans for t in s}
    out = []
    for span, label in spans:
        doc, k = span.doc, span.start - 1
        root = span.root
        if label == "ORG" and k > 0 and doc[k].text == "and" and root.dep_ == "conj" and root.head.i < k and root.i == span.end - 1:
            j = k
            while j > 0 and doc[j - 1].i not in taken and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper():
                j -= 1
            if 0 < k - j <= 2 and root.head.i >= j:
                span = doc[j : span.end]
        out.append((span, label))
    return out


def whole_hyphened_country(span, label: str) -> tuple:
    """NER may stop a country's name at its hyphen ("Guinea" of "Guinea-Bissau", "Timor" of "Timor-Leste"): the
    name runs on to the word the hyphen joins when the whole is a country's name."""
    from ..lexicons.countries import lookup

    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text not in ("-", "–") or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return span, label
    whole = doc[span.start : end + 2]
    found = lookup(whole.text)
    return (whole, "GPE") if found is not None and found[1] == "name" else (span, label)


def _join_split_names(spans: list) -> list:
    """NER sometimes cuts one name in two ("Ana Beatriz" + "Souza"): adjacent name spans, one a person, join."""
    spans = sorted(spans, key=lambda x: x[0].start)
    out: list = []
    for span, label in spans:
        if out:
            prev, prev_label = out[-1]
            if (
                prev.end == span.start
                and "PERSON" in (label, prev_label)
                and {label, prev_label} <= {"PERSON", "ORG", "NORP", "GPE"}
                and prev_label != "NORP"
                and not (prev_label == "GPE" and prev.text.isupper() and not span.text.isupper())  # a dateline
            ):
                out[-1] = (span.doc[prev.start : span.end], "PERSON")
                continue
        out.append((span, label))
    return out


def _titled_names(doc) -> list:
    """Names spaCy's NER missed that stand right after a capitalised title: "Minister of Justice and
    Security Gustavo Villatoro", "Judge Ana Souza". Two or three proper nouns not inside another entity."""
    in_ent = {t.i for ent in doc.ents for t in ent}
    found = []
    i = 1
    while i < len(doc) - 1:
        tok = doc[i]
        if tok.i in in_ent or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            i += 1
            continue
        titled = _is_title_end(doc, i)
        j = i
        while (
            j < len(doc)
            and j - i < 3
            and doc[j].pos_ == "PROPN"
            and doc[j].text[:1].isupper()
            and doc[j].i not in in_ent
        ):
            j += 1
        if titled and j - i >= 2:
            start = i
            names = actors.first_names()
            given = [k for k in range(i, j) if doc[k].text in names]
            if given:
                start = given[0]
            elif j - i > 2:
                start = j - 2  # "... and Security Gustavo Villatoro": the title's last word is not a name
            found.append(doc[start:j])
        i = max(j, i + 1)
    return found


_ACRONYM = re.compile(r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|the|on|de)\s+)*){1,7})\(([A-Z][A-Z&]{1,7})\)")


def _bracketed_acronyms(doc) -> list:
    """Organisations introduced with their acronym, "Human Rights Watch (HRW)": the name and the acronym,
    when the acronym's letters are the name's initials."""
    found = []
    for m in _ACRONYM.finditer(doc_text(doc)):
        words = m[1].split()
        letters = m[2].replace("&", "")
        for k in range(len(words)):  # the shortest tail of capitalised words whose initials give the acronym
            tail = words[k:]
            initials = "".join(w[0] for w in tail if w[0].isupper())
            if initials == letters:
                start = m.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
                name = doc.char_span(
                    start, m.end(1) - (len(m[1]) - len(m[1].rstrip())), alignment_mode="contract"
                )
                acro = doc.char_span(m.start(2), m.end(2), alignment_mode="contract")
                found += [x for x in (name, acro) if x is not None and len(x)]
                break
    return found


def _is_title_end(doc, i: int) -> bool:
    """A capitalised title ends right before token ``i``: "President", "Minister of Justice and Security"."""
    k = i - 1
    while k >= 0 and i - k <= 6:
        tok = doc[k]
        if actors.is_capitalised_title(tok):
            return True
        if not (tok.text[:1].isupper() or tok.lower_ in ("of", "and", "for", "the", "-")):
            return False
        k -= 1
    return False
