"""Name mentions from spaCy's NER, people and their titles: steps 1 and 2 of the entity pass for people."""

from __future__ import annotations

import re

from ... import actors, geo
from ...spacy_util import dateline_spans, doc_text
from .. import entity_places
from ..entity_spans import (
    BODY_WORDS,
    _appositive_role,
    _bracketed_acronyms,
    _char_span,
    _join_coordinated_orgs,
    _join_split_names,
    _led_body,
    _possessor_of,
    _text_of,
    _title_tokens,
    _titled_names,
    _trim,
    _with_known_institutions,
    company_named_person,
    facility_label,
    named_bodies,
    whole_hyphened_country,
)
from .cluster import FEMALE_HONORIFICS, GENERIC_ROLES, HONORIFICS, NAME_LABELS, OTHER_LABELS, Cluster, _norm
from .state import BuilderState


class NameMixin(BuilderState):
    """Steps 1 and 2 for names: every name mention, people clustered by full name and surname, their titles."""

    def names(self) -> None:
        spans = []
        for ent in self.doc.ents:
            if ent.label_ not in NAME_LABELS and ent.label_ not in OTHER_LABELS:
                continue
            span = _trim(ent)
            if span is not None and _in_dateline(span):
                span, label = _dateline_place(span, ent.label_)
                if span is not None:
                    spans.append((span, label))
                continue
            if span is None or not any(t.text.replace(".", "").isalpha() for t in span):  # "U.S.", "B.C."
                continue
            place = _dateline_head(span)
            if place is not None:  # "WASHINGTON Christopher Steele, who...": the dateline, then the name
                spans.append((place, "GPE"))
                span = self.doc[place.end : span.end]
            role_name = _role_before_name(span) if ent.label_ == "ORG" else None
            if role_name is not None:  # "[Seismologist Maria Quispe]" as an organisation: a role, then a person
                spans.append((role_name, "PERSON"))
                continue
            spans.append((span, facility_label(span, company_named_person(span, ent.label_))))
        spans = _join_coordinated_orgs(_join_split_names([whole_hyphened_country(s, lab) for s, lab in spans]))
        spans = _with_known_institutions(self.doc, spans)
        spans += [(s, "ORG") for s in named_bodies(self.doc, spans)] + [(s, "PERSON") for s in _titled_names(self.doc)]
        spans += [(s, "ORG") for s in _bracketed_acronyms(self.doc) if not any(s.start < e.end and e.start < s.end for e, _ in spans)]
        spans.sort(key=lambda x: x[0].start)
        place_texts = {s.text for s, lab in spans if lab in ("GPE", "LOC")}
        # "in Leduc", "Edmonton" as an organisation: a place the gazetteer and the text support
        # the words of full personal names: a lone "Voss" after "Lena Voss" is her, not the town of Voss
        name_parts = frozenset(w for s, lab in spans if lab == "PERSON" and len(s) > 1 for w in s.text.split())
        spans = [
            (s, "GPE" if lab not in ("GPE", "LOC", "NORP") and entity_places.is_place_name(s, lab, place_texts, name_parts) else lab)
            for s, lab in spans
        ]
        spans += [(s, "GPE") for s in entity_places.extra_places(self.doc, [s for s, _ in spans], place_texts, name_parts)]
        spans.sort(key=lambda x: x[0].start)
        # persons first, so that lone surnames and titles can be recognised
        persons = [(s, lab) for s, lab in spans if lab == "PERSON" and len(s) > 1]
        for span, _ in persons:
            self.person(span)
        surnames = self.surname_index()
        for span, label in spans:
            start, end, text = _char_span(span)
            if self.is_claimed(start, end):
                continue
            words = text.replace("’", "'").split()
            key = self.namesake(surnames, text, start) or self.namesake(surnames, words[-1] if words else "", start)
            if key and len(words) <= 2 and label != "GPE" or (key and label == "PERSON") or (key and self.surname_not_place(span, key)):
                self.add(self.clusters[key], start, end, "name", "PERSON")
                continue
            if label == "PERSON" and len(span) > 1:
                continue  # handled above
            if label == "PERSON" and len(span) == 1 and self.org_key(text) in self.clusters:
                label = "ORG"  # "Kestrel said" after "Kestrel Appliances": the short form of the body, not a person
            if label == "PERSON" and not actors.country_of(text):
                self.person(span)  # a person named by one word only ("Ramaphosa", "Lula")
                continue
            self.other(span, label, start, end, text)
        self.missed_surnames(surnames)

    def missed_surnames(self, surnames: dict[str, str]) -> None:
        """Surnames of people named in full that NER did not tag elsewhere ("Merz told journalists")."""
        for tok in self.doc:
            key = self.namesake(surnames, tok.text, tok.idx)
            if key is None or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
                continue
            start, end = tok.idx, tok.idx + len(tok.text)
            if not self.is_claimed(start, end):
                self.add(self.clusters[key], start, end, "name", "PERSON")

    def surname_not_place(self, span, key: str) -> bool:
        """A lone word the tagger read as a place that is the surname of a person named in full before it, and
        not a country nor said as a place ("Prime Minister Claire Sutton ... Sutton will fly to Jakarta" is her,
        not the London borough; "Jordan" stays the country, "in Sutton" the place)."""
        start = span.start_char
        if len(span) != 1 or actors.country_of(span.text) or _in_dateline(span):
            return False
        if span.start > 0 and span.doc[span.start - 1].lower_ in entity_places.PLACE_PREPS:
            return False
        return any(m.start < start and " " in m.text.strip() for m in self.clusters[key].mentions)

    def namesake(self, surnames: dict[str, str], word: str, pos: int) -> str | None:
        """The person a lone surname at ``pos`` names: of two people of that surname in one article ("Judge
        Esther Mwangi ... James Mwangi, the lawyer, said ... Mwangi told reporters"), the one named in full
        last before it (the first one named, when it comes before both)."""
        key = surnames.get(word)
        if key is None:
            return None
        sharing = [cl for cl, words in self.person_names if len(words) >= 2 and words[-1] == word]
        if len(sharing) < 2:
            return key
        named = [(m.start, cl.key) for cl in sharing for m in cl.mentions if m.start < pos and " " in m.text.strip()]
        return max(named)[1] if named else key

    def surname_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for cl, words in self.person_names:
            if len(words) >= 2:
                index.setdefault(words[-1], cl.key)
                index.setdefault(" ".join(words), cl.key)
        return index

    def person(self, span) -> None:
        if len(span) > 2 and span.start > 0 and span.doc[span.start - 1].lower_ in ("for", "of"):
            span = span.doc[span.end - 2 : span.end]  # "Commissioner for [Crisis Management Janez Lenarcic]"
        inner_title = _leading_title(span)
        if inner_title is not None:  # NER took the title in: "King Abdullah", "President Obama"
            span = span.doc[inner_title.end : span.end]
        elif _role_by_form(span):  # "Volcanologist Ana Torres": a role the lexicon does not list
            span = span.doc[span.start + 1 : span.end]
        start, end, text = _char_span(span)
        words = [w for w in text.split() if w.lower() not in HONORIFICS]
        if not words:
            return
        full = " ".join(words)
        # same person already known under a longer or equal name?
        key = None
        for same, known in self.person_names:
            if known[-1] == words[-1] and (
                len(words) == 1 or known[0] == words[0] or len(known) == 1 or known[-len(words) :] == words or words[-len(known) :] == known
            ):
                key = same.key
                if len(words) > len(known):
                    self.person_names.remove((same, known))
                    self.person_names.append((same, words))
                break
        cl = self.clusters.get(key) if key else None
        if cl is None:
            cl = self.cluster(f"P:{full}")
            self.person_names.append((cl, words))
        cl.names.append(full)
        if len(words) > 1 and not cl.gender:
            cl.gender = actors.first_names().get(words[0])
        if span.doc[span.start].lower_ in FEMALE_HONORIFICS or (span.start > 0 and span.doc[span.start - 1].lower_ in FEMALE_HONORIFICS):
            cl.gender = "f"
        self.add(cl, start, end, "name", "PERSON")
        if inner_title is not None:
            sector, _ = actors.sector_of_tokens(list(inner_title), inner_title[-1])
            cl.titles.append(inner_title.text)
            cl.title_words |= {t.lower_ for t in inner_title if t.is_alpha and len(t) > 2}
            cl.sector = cl.sector or sector
        self.title_of(cl, span)
        led = _led_body(span)
        if led is not None:  # "Ana Ruiz, who heads the Dockers Union": the union's sector is hers
            self.pending_affiliations.append((cl, led))
        country = _of_country(span)
        if country and not cl.country:
            cl.country = country  # "King Hassan of Morocco"

    def title_of(self, cl: Cluster, span) -> None:
        """The title before a name ("US President [Donald Trump]"), the role in apposition to it ("[Lin], a
        spokesman for the ministry"), or the role before it ("Qatar's emir, [Hamad]"), with their codes."""
        toks = _title_tokens(span)
        role, affiliation, role_head = _appositive_role(span)
        if not toks and not role:
            self.preposed_title(cl, span)
        if toks:
            self.title_before(cl, toks)
        if role:
            self.appositive_title(cl, role, role_head)
        if affiliation is not None:
            self.pending_affiliations.append((cl, affiliation))

    def title_before(self, cl: Cluster, toks: list) -> None:
        """A title written before the name: its country, sector and words (claimed: not names of their own)."""
        # a place whose name starts with a country's word ("British Columbia Premier") is not that country
        swallowed = _place_with_country_word(toks)
        country = actors.country_in_tokens(toks[swallowed:])
        if country is None:  # "China's foreign ministry spokesman Lin Jian": the title's possessor
            owners = [c for t in toks for c in t.children if c.dep_ == "poss" and c.i < toks[0].i]
            country = actors.country_in_tokens([t for o in owners for t in o.subtree]) if owners else None
        if country and not cl.country:
            cl.country = country
        # title words without the leading country or demonym
        words = toks if swallowed else [t for t in toks if not (actors.country_of(t.text) and t.text[:1].isupper())]
        lead = swallowed or entity_places.leading_place(words)
        if lead:  # "Montreal Mayor", "Florida Senator": the place is a name of its own, and the person's
            self.title_places.append((cl, words[0].idx))
            self.title_place(self.doc[words[0].i : words[lead - 1].i + 1])
            words = words[lead:]
        if not words:
            return
        of = next((k for k, t in enumerate(words) if t.lower_ in ("of", "for") and k > 0), None)
        head = words[of - 1] if of else words[-1]
        sector, term = actors.sector_of_tokens(words, head)
        generic = term is not None and term.split()[-1] in GENERIC_ROLES
        body = self.body_sector(cl, words, toks) if generic else None
        if body:  # "GFTW general secretary", "the union's general secretary": the body's sector is the role's
            sector = body
        if term and (sector is None or not cl.country or generic) and not body:  # "Pentagon spokesman", "Hamas leader"
            found = next(actors.find_institutions(_text_of(words).replace("’", "'")), None)
            known = actors.institutions()[found[2].lower()] if found else None
            if known:
                cl.country = cl.country or known[0]
                # a generic role takes the body's sector: a Hamas leader is REB, the Fed chairman GOV
                sector = known[1] if generic or sector is None else sector
        if term:
            title = _text_of(words)
            cl.titles.append(title)
            cl.title_words |= {t.lower_ for t in words if t.is_alpha and len(t) > 2}
            if sector and not cl.sector:
                cl.sector = sector
            # the title's tokens are not names of their own ("Homeland Security", "Justice"), but for a body's
            self.title_bodies(words)
            self.claimed.append((words[0].idx, words[-1].idx + len(words[-1].text)))

    def body_sector(self, cl: Cluster, words: list, toks: list) -> str | None:
        """A body named before a generic role is the person's: by a name or an acronym ("GFTW general secretary"
        after "the Ghana Federation of Transport Workers (GFTW)": its sector once the bodies are known, step 4),
        or as the title's possessor ("the union's general secretary": LAB now)."""
        named = next((t for t in words[:-1] if t.pos_ == "PROPN" or (t.text.isupper() and len(t.text) > 1)), None)
        if named is not None:
            self.pending_affiliations.append((cl, named))
        owners = [c for t in toks for c in t.children if c.dep_ == "poss" and c.i < toks[0].i]
        if owners:
            return actors.sector_of_tokens([t for o in owners for t in o.subtree], kinds=("org",))[0]
        return None

    def title_bodies(self, words: list) -> None:
        """The body a title names is a mention of that body ("the [African Union] envoy", "[Lake Basin Water
        Authority] chairman"): a name of two words or more NER tagged as an organisation inside the title, that
        the lists know or that ends in a body's word. A one-word name ("Hamas leader") and a department's words
        NER took for a name ("Homeland Security Secretary") stay part of the title."""
        if not words:
            return
        first, last = words[0].i, words[-1].i
        for ent in self.doc.ents:
            span = _trim(ent) if ent.label_ == "ORG" and first <= ent.start and ent.end - 1 <= last else None
            if span is None or len(span) < 2:
                continue
            start, end, text = _char_span(span)
            hit = actors.country_of(text)
            known = (hit is not None and hit[1] == "igo") or actors.institutions().get(_norm(text)) is not None
            if (known or span[-1].lower_ in BODY_WORDS) and not self.is_claimed(start, end):
                self.other(span, "ORG", start, end, text)

    def title_place(self, span) -> None:
        """The place at the head of a title is a mention of that place even where NER took it into another
        name ("Alberta Finance" tagged as an organisation before "Minister Joe Ceci"), which the title's claim
        would otherwise drop."""
        start, end, text = _char_span(span)
        if not self.is_claimed(start, end):
            self.other(span, "GPE", start, end, text)

    def appositive_title(self, cl: Cluster, role: list, role_head) -> None:
        """A role in apposition to the name: its words claimed, its sector and country the person's."""
        self.title_bodies(role)
        self.claimed.append((role[0].idx, role[-1].idx + len(role[-1].text)))
        sector, term = actors.sector_of_tokens(role, role_head)
        if term:
            cl.titles.append(_text_of(role[next((k + 1 for k, t in enumerate(role) if t.tag_ == "POS"), 0) :] or role))
            cl.title_words |= {t.lower_ for t in role if t.is_alpha and len(t) > 2}
            if sector and not cl.sector:
                cl.sector = sector
        country = actors.country_in_tokens(role)
        if country and not cl.country:
            cl.country = country

    def preposed_title(self, cl: Cluster, span) -> None:
        """'Qatar's emir, Hamad bin Khalifa': the role before the name, and the country of its possessor."""
        pre = _preposed_role(span)
        # the role after its possessor: "the union's president", "Its spokeswoman"
        words = pre[next((k + 1 for k, t in enumerate(pre) if t.tag_ == "POS" or t.tag_ == "PRP$"), 0) :]
        sector, term = actors.sector_of_tokens(words, span.root.head) if words else (None, None)
        owner = _possessor_of(pre)
        if term is None:
            role = span.root.head.lemma_.lower()
            if owner is not None and role in actors.COUNTERPARTS | actors.DEPUTIES:
                cl.country = cl.country or actors.country_in_tokens(words)  # "her Ugandan counterpart"
                self.pending_counterparts.append((cl, owner, role in actors.DEPUTIES))
            return
        if owner is not None and term.split()[-1] in GENERIC_ROLES:
            sector = actors.sector_of_tokens(pre, span.root.head)[0] or sector  # "the union's president": LAB
            self.pending_affiliations.append((cl, owner))  # a named body's own sector, or its country
        cl.titles.append(_text_of(words))
        cl.title_words |= {t.lower_ for t in words if t.is_alpha and len(t) > 2}
        cl.sector = cl.sector or sector
        cl.country = cl.country or actors.country_in_tokens(pre)
        self.title_bodies(words)
        self.claimed.append((words[0].idx, words[-1].idx + len(words[-1].text)))


def _place_with_country_word(toks: list) -> int:
    """How many of a title's first tokens name a place whose name holds a country's word ("British Columbia",
    "New Mexico"), not the country itself; else 0."""
    lead = entity_places.leading_place(toks) if toks and actors.country_of(toks[0].text) else 0
    return lead if lead > 1 and actors.country_of(" ".join(t.text for t in toks[:lead])) is None else 0


def _dateline_head(span):
    """The dateline NER ran into the name after it, at the start of the article or a paragraph: a place in
    capitals before a name in ordinary case ("WASHINGTON Christopher Steele, who..."), as a one-token span; else
    None. Only a place of 100,000 people or more, or a capital, is taken there."""
    first = span[0]
    at_start = span.start == 0 or "\n" in span.doc[span.start - 1].text_with_ws
    if not at_start or len(span) < 3 or not first.is_upper or len(first) < 4 or span[1].is_upper:
        return None
    name = first.text.title()
    big = geo.seat_of_government(name) is not None or any(
        official and p.kind == "city" and p.population >= 100_000 for p, official in geo.candidates(name))
    return span.doc[span.start : span.start + 1] if big else None


def _role_before_name(span):
    """The person's name in an organisation span that is a capitalised role word before a given name and a
    surname ("Seismologist Maria Quispe", "Engineer Carlos Mendoza"), or None. The role may be one the lexicon
    does not list; the given name must be one the team lists, and the surname must be named alone elsewhere in
    the article, so a company named after a person ("JP Morgan Chase") stays an organisation."""
    if len(span) != 3 or not all(t.is_title and t.is_alpha for t in span):
        return None
    role, given, surname = span
    names = actors.first_names()
    if given.text not in names or role.text in names or role.pos_ not in ("PROPN", "NOUN"):
        return None
    alone = re.search(rf"(?<![\w-]){re.escape(surname.text)}(?![\w-])", doc_text(span.doc)[span.end_char :])
    return span.doc[span.start + 1 : span.end] if alone else None


ROLE_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent")  # a person noun's ending (read by eventcoding/animacy too)


def _role_by_form(span) -> bool:
    """A name NER took with a capitalised role word before it that the lexicon does not list, known by its form
    (a person noun's ending: "Volcanologist", "Surveyor", "Historian") before a listed given name and a surname."""
    if len(span) != 3 or not all(t.is_title and t.is_alpha for t in span):
        return False
    names = actors.first_names()
    role = span[0]
    return role.text not in names and span[1].text in names and role.lower_.endswith(ROLE_ENDINGS)


def _in_dateline(span) -> bool:
    return any(a < span.end_char and span.start_char < b for a, b in dateline_spans(span.doc))


def _dateline_place(span, label: str):
    """(span, label) for a name NER found in a wire dateline ("VALPARAISO, Chile (Pacific Wire) - "), or (None,
    None): the part before the agency's bracket, a place when the gazetteer knows it ("Chile (Pacific Wire" as an
    organisation is "Chile"; "VALPARAISO" as a person is the city). Other names there ("NATO: ...") are kept."""
    cut = next((t.i for t in span if t.text == "("), None)
    head = span.doc[span.start : cut] if cut is not None else span
    while len(head) and not head[-1].is_alpha:
        head = span.doc[head.start : head.end - 1]
    known = len(head) and geo.lookup(head.text.title() if head.text.isupper() else head.text) is not None
    bracketed = span.start > 0 and span.doc[span.start - 1].text == "("  # the agency: "(UPI)"
    # the whole place of the dateline, right before its comma or dash; not a word of a lead in capitals
    # ("CONGRESS HAS INVESTIGATED HIM —")
    ends_place = head.end < len(span.doc) and span.doc[head.end].text[:1] in ",(-–—"
    if cut is None and known and head.text.isupper() and not bracketed and ends_place:
        return head, "GPE"  # "LIMA - ": the capitals are the place, never a name that runs into the dash
    if cut is None:
        return span, "GPE" if label == "PERSON" and known else label
    return (head, "GPE") if known else (None, None)


def _leading_title(span):
    """The title words at the start of a PERSON span ("King" in "King Abdullah"), with the place heading
    them ("Calgary MLA" in "Calgary MLA Sandra Jansen"), or None."""
    k = span.start
    lead = entity_places.leading_place(list(span)) if len(span) > 2 else 0
    last = None  # the title after the place may start with a word of its own ("Finance Minister")
    for j in range(k + lead, min(k + lead + 3, span.end - 1)) if lead else ():
        if actors.is_capitalised_title(span.doc[j]):
            last = j
        elif last is not None or not span.doc[j].text[:1].isupper():
            break
    k = last + 1 if last is not None else k
    while k < span.end - 1 and actors.is_capitalised_title(span.doc[k]):
        k += 1
    return span.doc[span.start : k] if k > span.start else None


_OF_PLACE = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


def _of_country(span) -> str | None:
    """The country in "NAME of COUNTRY" right after a name ("King Hassan of Morocco")."""
    m = _OF_PLACE.match(doc_text(span.doc), span.end_char)
    if not m:
        return None
    words = m[1].split()
    for k in range(len(words), 0, -1):
        hit = actors.country_of(" ".join(words[:k]))
        if hit and hit[1] in ("name", "igo"):
            return hit[0]
    return None


def _preposed_role(name_span) -> list:
    """The role a name is in apposition to when the role comes first: "Qatar's emir, Hamad bin Khalifa",
    "the Iraqi prime minister, Nouri al-Maliki" -> the role's tokens, possessor included; else []."""
    root = name_span.root
    head = root.head
    if root.dep_ != "appos" or head.i >= name_span.start or head.pos_ != "NOUN":
        return []
    between = name_span.doc[head.i + 1 : name_span.start]
    if not all(t.is_punct for t in between):
        return []
    return [t for t in head.subtree if t.i <= head.i and t.dep_ != "det" and not t.is_punct]
