"""Places, peoples and organisations named in the article (step 2 of the entity pass), coded from their own words."""

from __future__ import annotations

from ... import actors
from .. import entity_places
from ..entity_spans import _possessor_country, _title_tokens, company_named_person, possessor_before
from .cluster import _CORPORATE, Cluster, _acronym, _norm
from .names import _in_dateline
from .state import BuilderState


class GroupMixin(BuilderState):
    """A name that is not a person's: a country, a place, a people, an IGO or an organisation."""

    def other(self, span, label: str, start: int, end: int, text: str) -> None:
        hit = actors.country_of(text)
        people = hit is not None and hit[1] == "people"  # "Yoruba", "Uighurs": a people, whatever NER said,
        people = people and not (label in ("GPE", "LOC") and actors.place_country(text))  # unless a town ("Kikuyu")
        if not people and (label in ("GPE", "LOC") or (hit and hit[1] in ("name", "capital") and label in ("ORG", "NORP", "PERSON"))):
            code = hit[0] if hit and hit[1] in ("name", "capital", "igo") else None
            if hit and hit[1] == "capital" and (entity_places.is_located(span) or _in_dateline(span)):
                code = None  # "in Moscow" and a dateline's "MOSCOW (Wire) -" are the city; "Moscow denied" the government
            if code and hit and hit[1] == "name" and entity_places.is_part_of_state(text, code):
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
            # the head word of one known name, said alone after it: "the Commission" for the European Commission
            # (an international body's too), not a new body coded from the words around it
            headed = [k for k in self.clusters if k.startswith((prefix, "I:")) and " " in k[2:] and k[2:].rsplit(" ", 1)[1] == norm]
            if len(headed) == 1:
                return headed[0]
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
        if cl.type == "FAC":
            cl.country = cl.country or possessor_before(span)  # "El Salvador's 'Hope Detention Center'"

    def modifier(self, code: str, start: int, end: int) -> None:
        """A demonym or a country's name used as a modifier ("Canadian companies", "U.S. officials"): a mention
        of the country, of kind ``modifier`` (not a name: it does not vote for where the story is set)."""
        cl = self.cluster(f"C:{code}")
        cl.country = code
        self.add(cl, start, end, "modifier", "GPE")
        cl.names.append(actors.country_name(code))


def _is_plural_people(span) -> bool:
    """A demonym used as a noun for people ("the Venezuelans"), not as an adjective ("Venezuelan President")."""
    root = span.root
    if root.tag_ in ("NNS", "NNPS") or root.text.endswith(("ans", "ians", "ese", "ers", "ites", "is", "ots", "ons")):
        return root.dep_ not in ("amod", "compound") or root.head.i < root.i
    return False
