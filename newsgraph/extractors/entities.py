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

from collections import Counter, defaultdict

from .. import actors, geo
from ..lexicons.places import fold
from ..model import Entity
from ..spacy_util import dateline_spans
from . import entity_places, home_country, place_clues
from .entity_spans import FACILITY_WORDS
from .mentions.cluster import (
    GENERIC_ORG_HEADS,
    NAME_LABELS,
    OTHER_LABELS,
    STATE_SECTORS,
    Cluster,
    _best_name,
    _norm,
    _place_fields,
    _preceded_by_the,
    _wire_dateline,
)
from .mentions.groups import GroupMixin
from .mentions.names import NameMixin
from .mentions.references import ReferenceMixin

__all__ = ["NAME_LABELS", "OTHER_LABELS", "Cluster", "extract"]


class _Builder(NameMixin, GroupMixin, ReferenceMixin):
    """One article's entity pass: the steps of the module docstring, in ``extract``'s order."""

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
        named_places = frozenset(fold(n) for c in places if c.place for n in c.names)
        for cl in self.clusters.values():
            if cl.key.startswith("O:") and cl.type == "FAC" and cl.place is None and cl.names:
                spans = [(m.start, m.end) for m in cl.mentions if m.kind == "name"]
                cl.place = place_clues.site_place(cl.names[0], spans, self.text, named_places, found["scene"])
                cl.country = cl.country or (cl.place.country if cl.place else None)  # "Toronto's Pearson airport"
        for cl in self.clusters.values():
            if cl.key.startswith("O:") and not cl.country and cl.names:
                inside = entity_places.places_in_name(cl.names[0], known, found["scene"])
                cl.country = inside[0][2].country if inside else None  # "Toronto General Hospital", "Team Alberta"
            if cl.key.startswith("O:") and cl.type in ("ORG", "FAC"):
                self.named_after(cl, known, found["scene"])
        for cl, start in self.title_places:
            named_place = next((p for (s, _), p in found["spans"].items() if s == start), None)
            cl.country = cl.country or (named_place.country if named_place else None)
        self.doc.user_data["newsgraph.places"] = found["spans"]
        self.doc.user_data["newsgraph.scene"] = found["scene"]

    def named_after(self, cl: Cluster, known: dict, scene: geo.Scene) -> None:
        """The places an organisation or facility is named after ("Toronto General Hospital", "Government of
        Alberta", "Ohio State Highway Patrol"), kept (``self.in_names``) to become mentions of those places, of kind
        ``in_name``, once the entity pass is done (before, a mention inside another would catch the look-ups
        of pronouns and affiliations by offset)."""
        for m in cl.mentions:
            if m.kind == "name":
                found = entity_places.places_in_name(m.text, known, scene)
                self.in_names += [(m.start + a, m.start + b, place) for a, b, place in found]

    def add_in_names(self) -> None:
        """Each place named inside an organisation's name becomes a mention of kind ``in_name`` of that place:
        of its country's entity, of the place's entity the article already has (by the place resolved, else
        by name), or of a new one."""
        for start, end, place in self.in_names:
            text = self.text[start:end]
            if place.kind == "country":
                cl = self.cluster(f"C:{place.country}")
                cl.country = place.country
                cl.names.append(actors.country_name(place.country))
            else:
                same = [c for c in self.clusters.values() if c.key.startswith("L:") and c.place == place]
                cl = same[0] if same else self.cluster(f"L:{text.lower()}")
                cl.names.append(text)
                cl.country = cl.country or place.country
            cl.place = cl.place or place
            self.add(cl, start, end, "in_name", None if cl.label_votes else "GPE")

    def home_country(self) -> str | None:
        """The country a story is set in, when one country has most of its place mentions (at least half,
        and at least two): state officials with no country of their own belong to it."""
        votes: Counter = Counter()
        for cl in self.clusters.values():
            if cl.type in ("GPE", "LOC", "ORG") and cl.country:
                votes[cl.country] += len([m for m in cl.mentions if m.kind == "name"])
        return home_country(votes)

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

    def affiliated_org(self, affiliation):
        """The body a person works for, from the token that names it: its mention, its name or acronym inside a
        title ("GFTW leader"), or the body a generic head last named ("the group's Brazil director")."""
        org = self.cluster_at(affiliation.idx, affiliation.idx + len(affiliation.text))
        if org is None and (affiliation.pos_ == "PROPN" or affiliation.text.isupper()):
            org = self.clusters.get(self.org_key(affiliation.text))
        if org is None and affiliation.lemma_.lower() in GENERIC_ORG_HEADS:
            word = actors.sector_terms().get(affiliation.lemma_.lower())
            org = self.recent_org(affiliation.idx, word.sector if word else None)
        return org

    def finish(self) -> list[Entity]:
        """Step 4: each cluster's country and sector from its affiliations, known people and the story's home
        country; then the entities, numbered in order of first mention."""
        self.counterparts()
        for cl, affiliation in self.pending_affiliations:
            org = self.affiliated_org(affiliation)
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
            if home and not cl.country and cl.type == "FAC" and cl.key.startswith("O:") and _site(cl):
                cl.country = cl.possessor_country or home  # a prison or a camp named in a story set in one country
        self.add_in_names()
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


def _site(cl: Cluster) -> bool:
    """A facility named as a prison, camp, base or plant ("Hope Detention Center"), not a street or a building."""
    return any(" " in n and n.split()[-1].lower() in FACILITY_WORDS for n in cl.names)


def extract(ctx) -> list[Entity]:
    b = _Builder(ctx)
    b.names()
    b.merge_same_names()
    b.places()
    b.descriptions()
    b.facilities()
    b.pronouns()
    return b.finish()
