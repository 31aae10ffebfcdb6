"""Entities resolved within one article, coded with country and sector.

One entity per real-world referent: "Homeland Security Secretary Kristi Noem", "Noem", "she" and "Trump's
homeland security chief" are mentions of one entity. Steps:

1. name mentions from spaCy's NER, trimmed ("the", possessive "'s") and with titles split off;
2. clusters: full names and their surnames (whatever label NER gave the lone surname), organisations by
   name and acronym, places by the country they stand for (Washington, the US and America are one actor);
3. role descriptions ("the minister", "the homeland security chief") linked to the person whose title
   shares their words, and pronouns to the nearest fitting antecedent outside quotations;
4. country and sector for each entity from titles, demonyms, affiliations and organisation words.
"""

from __future__ import annotations

import re
import string
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsgraph.spacy_util import dateline_spans, doc_text

from .. import actors, geo
from ..lexicons.places import Place, fold
from ..model import Entity, Mention
from . import entity_places, home_country
from .entity_spans import (
    _appositive_role,
    _bracketed_acronyms,
    _char_span,
    _join_split_names,
    _led_body,
    _possessor_country,
    _possessor_of,
    _text_of,
    _title_tokens,
    _titled_names,
    _trim,
    _with_known_institutions,
    company_named_person,
)

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
OTHER_LABELS = {"EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"}
FEMALE_HONORIFICS = {"mrs", "mrs.", "ms", "ms.", "dame", "lady"}
QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»"}


@dataclass
class Cluster:
    key: str
    label_votes: Counter = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    title_words: set[str] = field(default_factory=set)
    country: str | None = None
    sector: str | None = None
    org_sector: str | None = None  # from the organisation a person works for
    possessor_country: str | None = None
    gender: str | None = None
    plural: bool = False
    place: Place | None = None  # the gazetteer's answer for a place (entity_places.resolve_places)

    @property
    def type(self) -> str:
        return self.label_votes.most_common(1)[0][0] if self.label_votes else "ORG"

    def first(self) -> int:
        return min(m.start for m in self.mentions)


# --- 1. name mentions ------------------------------------------------------------------------------


# --- the pass --------------------------------------------------------------------------------------


class _Builder:
    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.text = doc_text(ctx.doc)
        self.clusters: dict[str, Cluster] = {}
        self.claimed: list[tuple[int, int]] = []  # char ranges already used by a mention or a title
        self.quoted = _quoted_ranges(self.text)
        self.person_names: list[tuple[Cluster, list[str]]] = []
        self.pending_affiliations: list = []  # (person cluster, token of the organisation they work for)
        self.pending_counterparts: list = []  # (person cluster, token of whose counterpart or deputy, deputy?)
        self.title_places: list = []  # (person cluster, offset of the place their title names: "Montreal Mayor")

    # clusters
    def cluster(self, key: str) -> Cluster:
        if key not in self.clusters:
            self.clusters[key] = Cluster(key)
        return self.clusters[key]

    def add(self, cl: Cluster, start: int, end: int, kind: str, label: str | None = None) -> None:
        if any(m.start == start and m.end == end for m in cl.mentions):
            return
        cl.mentions.append(Mention(start, end, self.text[start:end], kind))
        if label:
            cl.label_votes[label] += 1
        self.claimed.append((start, end))

    def is_claimed(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.claimed)

    def in_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quoted)

    # 1 + 2: names
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
            spans.append((span, company_named_person(span, ent.label_)))
        spans = _join_split_names(spans)
        spans = _with_known_institutions(self.doc, spans)
        spans += [(s, "PERSON") for s in _titled_names(self.doc)]
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
            key = surnames.get(text) or surnames.get(words[-1] if words else "")
            if key and len(words) <= 2 and label != "GPE" or (key and label == "PERSON"):
                self.add(self.clusters[key], start, end, "name", "PERSON")
                continue
            if label == "PERSON" and len(span) > 1:
                continue  # handled above
            if label == "PERSON" and not actors.country_of(text):
                self.person(span)  # a person named by one word only ("Ramaphosa", "Lula")
                continue
            self.other(span, label, start, end, text)
        self.missed_surnames(surnames)

    def missed_surnames(self, surnames: dict[str, str]) -> None:
        """Surnames of people named in full that NER did not tag elsewhere ("Merz told journalists")."""
        for tok in self.doc:
            key = surnames.get(tok.text)
            if key is None or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
                continue
            start, end = tok.idx, tok.idx + len(tok.text)
            if not self.is_claimed(start, end):
                self.add(self.clusters[key], start, end, "name", "PERSON")

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
        start, end, text = _char_span(span)
        words = [w for w in text.split() if w.lower() not in HONORIFICS]
        if not words:
            return
        full = " ".join(words)
        # same person already known under a longer or equal name?
        key = None
        for cl, known in self.person_names:
            if known[-1] == words[-1] and (
                len(words) == 1 or known[0] == words[0] or len(known) == 1 or known[-len(words) :] == words or words[-len(known) :] == known
            ):
                key = cl.key
                if len(words) > len(known):
                    self.person_names.remove((cl, known))
                    self.person_names.append((cl, words))
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
        toks = _title_tokens(span)
        role, affiliation, role_head = _appositive_role(span)
        if not toks and not role:
            self.preposed_title(cl, span)
        if toks:
            country = actors.country_in_tokens(toks)
            if country is None:  # "China's foreign ministry spokesman Lin Jian": the title's possessor
                owners = [c for t in toks for c in t.children if c.dep_ == "poss" and c.i < toks[0].i]
                country = actors.country_in_tokens([t for o in owners for t in o.subtree]) if owners else None
            if country and not cl.country:
                cl.country = country
            # title words without the leading country or demonym
            words = [t for t in toks if not (actors.country_of(t.text) and t.text[:1].isupper())]
            lead = entity_places.leading_place(words)
            if lead:  # "Montreal Mayor", "Florida Senator": the place is a name of its own, and the person's
                self.title_places.append((cl, words[0].idx))
                words = words[lead:]
            if words:
                of = next((k for k, t in enumerate(words) if t.lower_ in ("of", "for") and k > 0), None)
                head = words[of - 1] if of else words[-1]
                sector, term = actors.sector_of_tokens(words, head)
                generic = term is not None and term.split()[-1] in GENERIC_ROLES
                if term and (sector is None or not cl.country or generic):  # "Pentagon spokesman", "Hamas leader"
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
                    # the title's tokens are not names of their own ("Homeland Security", "Justice")
                    self.claimed.append((words[0].idx, words[-1].idx + len(words[-1].text)))
        if role:
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
        if affiliation is not None:
            self.pending_affiliations.append((cl, affiliation))

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
        self.claimed.append((words[0].idx, words[-1].idx + len(words[-1].text)))

    def other(self, span, label: str, start: int, end: int, text: str) -> None:
        hit = actors.country_of(text)
        people = hit is not None and hit[1] == "people"  # "Yoruba", "Uighurs": a people, whatever NER said,
        people = people and not (label in ("GPE", "LOC") and actors.place_country(text))  # unless a town ("Kikuyu")
        if not people and (label in ("GPE", "LOC") or (hit and hit[1] in ("name", "capital") and label in ("ORG", "NORP", "PERSON"))):
            code = hit[0] if hit and hit[1] in ("name", "capital", "igo") else None
            if hit and hit[1] == "capital" and (entity_places.is_located(span) or _in_dateline(span)):
                code = None  # "in Moscow" and a dateline's "MOSCOW (Wire) -" are the city; "Moscow denied" the government
            if code and hit[1] == "name" and entity_places.is_part_of_state(text, code):
                code = None  # "England", "Scotland": a place of its own in the state, with its own point
            if code and hit and hit[1] != "igo":
                cl = self.cluster(f"C:{code}")
                cl.country = code
                self.add(cl, start, end, "name", "GPE")
                cl.names.append(actors.country_name(code))
                return
            country = actors.place_country(text)
            cl = self.cluster(f"L:{text.lower()}")
            cl.country = cl.country or country
            self.add(cl, start, end, "name", label if label in ("GPE", "LOC") else "GPE")
            cl.names.append(text)
            return
        if label == "NORP" or people or (hit and hit[1] == "demonym" and label in ("PERSON", "ORG")):
            if hit and hit[1] == "demonym":
                if not _is_plural_people(span):
                    self.modifier(hit[0], start, end)  # "Salvadoran officials": the country, named as a modifier
                    return
                cl = self.cluster(f"N:{hit[0]}")
                cl.country = hit[0]
                cl.plural = True
                self.add(cl, start, end, "name", "NORP")
                cl.names.append(text)
                return
            if not _is_plural_people(span):
                return
            cl = self.cluster(f"O:{_norm(text)}")
            cl.country = cl.country or actors.country_in_tokens(span)  # "Bosnian Serbs" -> BIH
            cl.plural = True
            self.add(cl, start, end, "name", "NORP")
            cl.names.append(text)
            return
        if hit and hit[1] == "igo":
            cl = self.cluster(self.org_key(text, prefix="I:"))
            cl.country = hit[0]
            cl.sector = cl.sector or "IGO"
            self.add(cl, start, end, "name", "ORG")
            cl.names.append(text)
            return
        inst = actors.institutions().get(_norm(text))
        key = self.org_key(text)
        cl = self.cluster(key)
        if inst:
            cl.country = cl.country or inst[0]
            cl.sector = cl.sector or inst[1]
        self.add(cl, start, end, "name", label)
        cl.names.append(text)
        self.org_context(cl, span)

    def org_key(self, text: str, prefix: str = "O:") -> str:
        norm = _norm(text).replace(".", "") if text.replace(".", "").isupper() else _norm(text)
        norm = _CORPORATE.sub("", norm).strip() or norm
        compact = norm.replace(" ", "")
        for key in self.clusters:
            if not key.startswith(prefix):
                continue
            other = key[2:]
            if other == norm:
                return key
            # an acronym of a known name, or a name whose acronym is known: HRW ~ Human Rights Watch
            if compact.isalpha() and compact.upper() == text.replace(".", "").replace(" ", "") and _acronym(other) == compact:
                return key
            if text.isupper() is False and _acronym(norm) == other.replace(" ", "") and key[2:].isalpha():
                return key
        if " " not in norm and text[:1].isupper() and not actors.country_of(text):
            # a one-word short form of a known name: "Northrop" for Northrop Grumman, "Apple" for Apple Computer
            longer = [k for k in self.clusters if k.startswith(prefix) and k[2:].split(" ")[0] == norm and " " in k[2:]]
            if len(longer) == 1:
                return longer[0]
        return f"{prefix}{norm}"

    def org_context(self, cl: Cluster, span) -> None:
        """Sector and country of an organisation from its own words and the words around it:
        "Rights group Amnesty International", "the Tren de Aragua criminal gang", "the Kenya Ports Authority"."""
        toks = list(span)
        sector, term = actors.sector_of_tokens(toks, toks[-1], kinds=("org", "person", "title"))
        if term and actors.sector_terms()[term].kind == "title" and term.split()[-1] != toks[-1].lower_:
            sector = None  # a title word inside a name is not the body's role: "General Motors", "President Hotel"
        if sector is None and company_named_person(toks, "PERSON") == "ORG":
            sector = "BUS"  # "Seti Hydro Power", "Andes Mining": a line of business ends the name
        if sector and not cl.sector:
            cl.sector = sector
        if not cl.country:
            cl.country = actors.country_in_tokens(toks)
        around = _title_tokens(span)
        # a compound head after the name: "the Tren de Aragua criminal gang"
        root = span.root
        if root.i >= span.end - 1 and root.head.i >= span.end and root.dep_ in ("compound", "nmod", "amod"):
            head = root.head
            after = [t for t in span.doc[span.end : head.i + 1]]
            around = around + after
        for other in [root.head] if root.dep_ == "appos" else []:
            around = around + [t for t in other.subtree if t.i <= other.i and t.dep_ != "det" and not t.is_punct]
        for child in root.children:
            if child.dep_ == "appos":
                around = around + [t for t in child.subtree if t.i <= child.i and t.dep_ != "det" and not t.is_punct]
        if around:
            sector, term = actors.sector_of_tokens(around, around[-1], kinds=("org", "person", "title"))
            if sector and not cl.sector:
                cl.sector = sector
            country = actors.country_in_tokens(around)
            if country and not cl.country:
                cl.country = country
        cl.country = cl.country or _possessor_country(span)  # "Japan's Liberal Democratic Party"

    # 3. descriptions
    def descriptions(self) -> None:
        persons = [c for c in self.clusters.values() if c.type == "PERSON"]
        orgs = [c for c in self.clusters.values() if c.type in ("ORG", "NORP") and c.key.startswith(("O:", "I:"))]
        for chunk in self.doc.noun_chunks:
            root = chunk.root
            if root.pos_ != "NOUN" or root.tag_ in ("NNS", "NNPS"):
                continue
            toks = [t for t in chunk if t.dep_ not in ("det", "poss", "case") and not t.is_punct and t.i >= _after_possessor(chunk)]
            if not toks or self.is_claimed(toks[0].idx, toks[-1].idx + len(toks[-1].text)):
                continue
            sector, term = actors.sector_of_tokens(toks, root, kinds=("title", "org"))
            if term is None or root.lower_ not in term.split()[-1] and root.lemma_.lower() not in term.split():
                continue
            det = next((t for t in chunk if t.dep_ in ("det", "poss") and t.i < toks[0].i), None)
            if det is None or (det.dep_ == "det" and det.lower_ != "the"):
                continue
            words = {t.lower_ for t in toks if t.is_alpha and len(t) > 2}
            m_start = toks[0].idx
            m_end = toks[-1].idx + len(toks[-1].text)
            kind_term = actors.sector_terms()[term].kind
            target = None
            if kind_term == "title":
                target = self.best_person(persons, words, root, m_start)
            if target is None and kind_term == "org" and det.lower_ == "the":
                target = self.best_org(orgs, words, root.lower_, m_start)
            if target is None:
                continue
            self.add(target, m_start, m_end, "title")
            if det.dep_ == "poss":
                owner_span = self.doc[det.left_edge.i : det.i + 1]
                owner = self.cluster_at(owner_span.start_char, owner_span.end_char)
                if owner is not None and owner.country and not target.possessor_country:
                    target.possessor_country = owner.country

    def best_person(self, persons, words: set[str], root, pos: int):
        """A person whose title shares the description's words; for a bare "the minister", the most recent
        person so titled."""
        specific = words - {root.lower_}
        scored = []
        for cl in persons:
            if not cl.title_words:
                continue
            shared = words & cl.title_words
            if specific and not (specific & cl.title_words):
                continue
            if root.lower_ not in cl.title_words and not specific & cl.title_words:
                continue
            if not shared:
                continue
            last_before = max((m.start for m in cl.mentions if m.start < pos), default=-1)
            scored.append((len(shared), last_before, cl))
        if not scored:
            return None
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        if len(scored) > 1 and scored[0][0] == scored[1][0] and scored[0][1] == scored[1][1]:
            return None
        return scored[0][2]

    def best_org(self, orgs, words: set[str], head: str, pos: int):
        best = None
        for cl in orgs:
            name_words = {w.lower() for n in cl.names for w in n.split()}
            if head in name_words or head in {w.rstrip("s") for w in name_words}:
                last = max((m.start for m in cl.mentions if m.start < pos), default=-1)
                if last >= 0 and (best is None or last > best[0]):
                    best = (last, cl)
        return best[1] if best else None

    def recent_org(self, pos: int, sector: str | None = None) -> Cluster | None:
        """The organisation named last before ``pos``; with ``sector``, the last one of that sector ("the
        union's president" is not the court named just before)."""
        best = None
        for cl in self.clusters.values():
            if cl.type != "ORG" or (sector is not None and cl.sector != sector):
                continue
            last = max((m.start for m in cl.mentions if m.start < pos), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, cl)
        return best[1] if best else None

    def modifier(self, code: str, start: int, end: int) -> None:
        """A demonym or a country's name used as a modifier ("Canadian companies", "U.S. officials"): a mention
        of the country, of kind ``modifier`` (not a name: it does not vote for where the story is set)."""
        cl = self.cluster(f"C:{code}")
        cl.country = code
        self.add(cl, start, end, "modifier", "GPE")
        cl.names.append(actors.country_name(code))

    def places(self) -> None:
        """Resolve every place cluster against the article's scene; leave the answers on the doc for the events."""
        places = [c for c in self.clusters.values() if c.key.startswith("L:") and c.type in entity_places.PLACE_LABELS]
        states = [c for c in self.clusters.values() if c.key.startswith("C:")]
        found = entity_places.resolve_places(places, states, self.text, self.ctx.article)
        named = {fold(m.text.removesuffix("'s")): c.place for c in places if c.place for m in c.mentions}
        for cl, mention, place in entity_places.namesakes(states, found["scene"], self.text, named):
            cl.mentions.remove(mention)  # "London's" in a story set in Ontario: that London, not Britain
            other = self.cluster(f"L:{mention.text.lower().removesuffix(chr(39) + 's').removesuffix('’s')}")
            other.mentions.append(mention)
            other.label_votes["GPE"] += 1
            other.names.append(mention.text)
            if other.place is None:  # "Paris, Missouri" resolved with its qualifier: "of Paris" later is that one
                other.place, other.country = place, place.country
            found["spans"][(mention.start, mention.end)] = other.place
        states = [cl for cl in states if cl.mentions]
        for cl in states:
            cl.place = geo.country(cl.country) if cl.country else None
            found["spans"].update({(m.start, m.end): cl.place for m in cl.mentions if cl.place})
        known = {m.text.lower(): c.place for c in places if c.place for m in c.mentions}
        for cl in self.clusters.values():
            if cl.key.startswith("O:") and not cl.country and cl.names:
                place = entity_places.place_in_name(cl.names[0], known, found["scene"])
                cl.country = place.country if place else None  # "Toronto General Hospital", "Team Alberta"
        for cl, start in self.title_places:
            place = next((p for (s, _), p in found["spans"].items() if s == start), None)
            cl.country = cl.country or (place.country if place else None)
        self.doc.user_data["newsgraph.places"] = found["spans"]
        self.doc.user_data["newsgraph.scene"] = found["scene"]

    def home_country(self) -> str | None:
        """The country a story is set in, when one country has most of its place mentions (at least half,
        and at least two): state officials with no country of their own belong to it."""
        votes: Counter = Counter()
        for cl in self.clusters.values():
            if cl.type in ("GPE", "LOC", "ORG") and cl.country:
                votes[cl.country] += len([m for m in cl.mentions if m.kind == "name"])
        return home_country(votes)

    def cluster_at(self, start: int, end: int) -> Cluster | None:
        for cl in self.clusters.values():
            if any(m.start < end and start < m.end for m in cl.mentions):
                return cl
        return None

    # 3b. pronouns
    def pronouns(self) -> None:
        for sent in self.doc.sents:
            for tok in sent:
                low = tok.lower_
                if tok.pos_ != "PRON" and tok.tag_ not in ("PRP", "PRP$"):
                    continue
                if self.in_quote(tok.idx):
                    continue  # a speaker's "he" or "it" refers in the speaker's frame: too risky to guess
                if low in PERSON_PRONOUNS:
                    target = self.antecedent(tok, persons=True, gender=PERSON_PRONOUNS[low])
                    if target is not None and target.gender is None:
                        target.gender = PERSON_PRONOUNS[low]
                elif low in THING_PRONOUNS:
                    if tok.dep_ == "expl" or _is_dummy_it(tok):
                        continue
                    target = self.antecedent(tok, persons=False)
                elif low in PLURAL_PRONOUNS:
                    target = self.antecedent(tok, persons=False, plural=True)
                else:
                    continue
                if target is not None:
                    self.add(target, tok.idx, tok.idx + len(tok.text), "pronoun")

    def antecedent(self, tok, persons: bool, gender: str | None = None, plural: bool = False):
        """The nearest fitting entity mentioned before ``tok``, outside quotations (unless ``tok`` is
        quoted too): a subject of the same or previous sentence first, then the most recent mention."""
        pos = tok.idx
        tok_quoted = self.in_quote(pos)
        sent = tok.sent
        prev_sent_start = _previous_sentence_start(self.doc, sent)
        best = None
        for cl in self.clusters.values():
            ctype = cl.type
            if persons and ctype != "PERSON":
                continue
            if persons and gender and cl.gender and cl.gender != gender:
                continue
            if not persons:
                if ctype == "PERSON":
                    continue
                if plural and not (cl.plural or ctype in ("ORG", "NORP")):
                    continue
                if not plural and (cl.plural or ctype not in ("ORG", "GPE")):
                    continue
            for m in cl.mentions:
                if m.start >= pos or m.kind == "pronoun" and not persons:
                    continue
                if m.start < prev_sent_start:
                    continue
                if self.in_quote(m.start) and not tok_quoted:
                    continue
                head = _token_at(self.doc, m.start, m.end)
                subject = head is not None and _is_subject(head)
                same = m.start >= sent.start_char
                if not persons and same and head is not None and _governs_relative(head, tok):
                    continue  # "the gang, which it designated": not the gang
                possessive = head is not None and head.dep_ == "poss"
                score = (2 if subject else 0) + (1 if same else 0) - (1 if possessive else 0), m.start
                if best is None or score > best[0]:
                    best = (score, cl)
        if best is None and persons:
            # a person named further back in the article, if only one person was named before at all
            before = [c for c in self.clusters.values() if c.type == "PERSON" and c.first() < pos and (not gender or not c.gender or c.gender == gender)]
            if len(before) == 1:
                return before[0]
        return best[1] if best else None

    # 4. codes
    def merge_same_names(self) -> None:
        """"Tren de Aragua" tagged PERSON once and ORG elsewhere is one entity; the vote decides its type,
        and a name that ever follows "the" is not a person's."""
        by_norm: dict[str, list[Cluster]] = defaultdict(list)
        for cl in self.clusters.values():
            if cl.key.startswith(("P:", "O:")):
                by_norm[_norm(cl.key[2:])].append(cl)
        for group in by_norm.values():
            if len(group) < 2:
                continue
            keep, *rest = sorted(group, key=lambda c: -len(c.mentions))
            for cl in rest:
                keep.mentions += cl.mentions
                keep.label_votes.update(cl.label_votes)
                keep.names += cl.names
                keep.titles += cl.titles
                keep.sector = keep.sector or cl.sector
                keep.country = keep.country or cl.country
                del self.clusters[cl.key]
            if any(_preceded_by_the(self.text, m.start) for m in keep.mentions):
                keep.label_votes["PERSON"] = 0
                keep.label_votes["ORG"] += 1

    def counterparts(self) -> None:
        """A counterpart holds the possessor's office elsewhere ("her Ugandan counterpart": her sector); a
        deputy serves in it ("his deputy": his sector and country)."""
        for cl, owner_tok, same_country in self.pending_counterparts:
            owner = self.cluster_at(owner_tok.idx, owner_tok.idx + len(owner_tok.text))
            if owner is not None and owner is not cl and owner.type == "PERSON":
                cl.sector = cl.sector or owner.sector
                cl.org_sector = cl.org_sector or owner.org_sector
                if same_country:
                    cl.country = cl.country or owner.country

    def finish(self) -> list[Entity]:
        self.counterparts()
        for cl, affiliation in self.pending_affiliations:
            org = self.cluster_at(affiliation.idx, affiliation.idx + len(affiliation.text))
            if org is None and affiliation.lemma_.lower() in GENERIC_ORG_HEADS:
                word = actors.sector_terms().get(affiliation.lemma_.lower())
                org = self.recent_org(affiliation.idx, word.sector if word else None)  # "the group's Brazil director"
            if org is None or org is cl:
                continue
            if org.type in ("ORG", "NORP") and org.sector:
                cl.org_sector = org.sector
            if org.type in ("GPE", "LOC") and org.country and not cl.country:
                cl.country = org.country
            elif org.country and not cl.country and org.type == "ORG":
                cl.country = org.country
        for cl in self.clusters.values():
            if cl.type == "PERSON" and (not cl.country or not (cl.sector or cl.org_sector)):
                known = actors.known_person(cl.names)  # "President Bush" in a story that never says "US"
                if known is not None:
                    cl.country = cl.country or known.country
                    cl.sector = cl.sector or known.sector
        home = self.home_country()
        for cl in self.clusters.values():
            if home and not cl.country and cl.type in ("PERSON", "ORG") and (cl.org_sector or cl.sector) in STATE_SECTORS:
                cl.country = home  # "Transport Minister Davis Chirchir" in a story set in one country
        entities = []
        ordered = sorted((c for c in self.clusters.values() if c.mentions), key=Cluster.first)
        datelines = dateline_spans(self.doc)
        for n, cl in enumerate(ordered, 1):
            etype = cl.type
            sector = cl.org_sector or cl.sector if etype == "PERSON" else cl.sector
            country = cl.country or cl.possessor_country
            if etype in ("GPE", "LOC") and cl.key.startswith("C:"):
                sector = None
            name = _best_name(cl, etype, any(_wire_dateline(self.text, m, datelines) for m in cl.mentions))
            title = max(cl.titles, key=len) if cl.titles else None
            mentions = tuple(sorted(cl.mentions, key=lambda m: (m.start, m.end)))
            where = _place_fields(cl.place) if etype in entity_places.PLACE_LABELS else {}
            entities.append(Entity(f"e{n}", name, etype, country, sector, title, mentions, **where))
        return entities


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
    if cut is None:
        return span, "GPE" if label == "PERSON" and known else label
    return (head, "GPE") if known else (None, None)


def _place_fields(place: Place | None) -> dict:
    if place is None:
        return {}
    return {"lat": place.lat, "lon": place.lon, "geonameid": place.geonameid, "admin1": place.admin1}


def _is_subject(token) -> bool:
    """A subject, or part of one through conjunction or apposition ("analyst and academic Carlos Carcach said":
    the parser may hang the name off the subject as a conjunct)."""
    for _ in range(3):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        if token.dep_ not in ("conj", "appos", "compound", "flat") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _leading_title(span):
    """The title words at the start of a PERSON span ("King" in "King Abdullah"), or None."""
    k = span.start
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


def _wire_dateline(text: str, m: Mention, datelines: list[tuple[int, int]]) -> bool:
    """The mention is the place of a wire dateline ("POKHARA, Nepal (Wire) -", "NAIROBI (Wire) -"), not a
    transcript's speaker label ("BAKER:")."""
    return any(a <= m.start < b for a, b in datelines) and text[m.end : m.end + 2] in (", ", " (")


def _best_name(cl: Cluster, etype: str, in_dateline: bool = False) -> str:
    if cl.key.startswith("C:"):
        return actors.country_name(cl.key[2:])
    names = [n for n in cl.names if n]
    if not names:
        return cl.mentions[0].text
    if etype == "PERSON":
        return max(names, key=lambda n: (len(n.split()), len(n)))
    counts = Counter(names)
    # a dateline's capitals ("POKHARA, Nepal (Wire) -") are its style, not the name: the text's own form wins,
    # and a place named only there reads as a name ("Pokhara"); acronyms ("NATO", "UAE") and capitals
    # elsewhere (a transcript's "BAKER:") stay as they are
    best = max(counts, key=lambda n: (not n.isupper(), counts[n], len(n)))
    if best.isupper() and in_dateline and etype in ("GPE", "LOC") and len(best) > 4:
        return string.capwords(best.lower())
    return best


STATE_SECTORS = {"GOV", "MIL", "JUD", "LEG", "COP", "SPY"}
GENERIC_ORG_HEADS = {"group", "organisation", "organization", "body", "movement", "company", "firm", "agency", "watchdog", "charity", "union", "party", "institute", "network"}


def _preceded_by_the(text: str, start: int) -> bool:
    return text[max(0, start - 4) : start].lower() == "the "


_CORPORATE = re.compile(r"(?:[\s,]+(?:inc|ltd|llc|plc|corp|corporation|co|company|group|holdings|sa|ag|nv|n\.v|s\.a|gmbh)\.?)+$")


def _norm(text: str) -> str:
    text = text.replace("’", "'")
    text = re.sub(r"^(the)\s+", "", text, flags=re.I)
    text = re.sub(r"'s?$", "", text)
    return " ".join(text.lower().split())


def _acronym(norm: str) -> str:
    words = [w for w in norm.split() if w not in ("of", "the", "and", "for", "de", "la", "&")]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _is_plural_people(span) -> bool:
    """A demonym used as a noun for people ("the Venezuelans"), not as an adjective ("Venezuelan President")."""
    root = span.root
    if root.tag_ in ("NNS", "NNPS") or root.text.endswith(("ans", "ians", "ese", "ers", "ites", "is", "ots", "ons")):
        return root.dep_ not in ("amod", "compound") or root.head.i < root.i
    return False


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges between quotation marks, paragraph by paragraph (an unclosed one ends with it)."""
    ranges = []
    pos = 0
    for para in text.split("\n"):
        i = 0
        while i < len(para):
            ch = para[i]
            if ch in QUOTE_PAIRS:
                close = para.find(QUOTE_PAIRS[ch], i + 1)
                if close == -1:
                    ranges.append((pos + i, pos + len(para)))
                    break
                ranges.append((pos + i, pos + close + 1))
                i = close + 1
            else:
                i += 1
        pos += len(para) + 1
    return ranges


def _previous_sentence_start(doc, sent) -> int:
    if sent.start == 0:
        return 0
    prev = doc[sent.start - 1].sent
    return prev.start_char


def _token_at(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


# Roles that say rank, not sector: whose leader or chairman someone is decides the sector
GENERIC_ROLES = actors.GENERIC_ROLES


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


def _after_possessor(chunk) -> int:
    """Index of the first token after a possessor inside a noun chunk ("Trump's homeland security chief")."""
    for t in reversed(list(chunk)):
        if t.tag_ == "POS" or t.dep_ == "case":
            return t.i + 1
    return chunk.start


def _governs_relative(head, pronoun) -> bool:
    """True when ``pronoun`` sits in a relative clause attached to ``head``."""
    for child in head.children:
        if child.dep_ == "relcl" and child.left_edge.i <= pronoun.i <= child.right_edge.i:
            return True
    return False


def _is_dummy_it(tok) -> bool:
    """'It is unclear whether...', 'it was raining': no referent."""
    if tok.lower_ != "it" or tok.dep_ != "nsubj":
        return False
    head = tok.head
    if head.lemma_ in ("be", "seem", "appear", "remain", "rain", "take"):
        return any(c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in head.children) and any(
            c.dep_ in ("ccomp", "csubj") or c.tag_ == "TO" or c.lower_ in ("that", "whether", "if") for c in head.subtree
        )
    return False


def extract(ctx) -> list[Entity]:
    b = _Builder(ctx)
    b.names()
    b.merge_same_names()
    b.places()
    b.descriptions()
    b.pronouns()
    return b.finish()
