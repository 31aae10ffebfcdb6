"""The place part of the entity pass: which names are places, and which namesake each one is.

1. ``is_place_name``: a name NER tagged ORG, PERSON, FAC or another kind is a place when the gazetteer has
   it and the text supports it: "in Edmonton", "Leduc, Alberta", "the town of Izmir", or the same name
   tagged as a place elsewhere in the article. ``extra_places`` finds the ones NER left untagged: a dateline
   ("INNISFAIL -"), a division's short form ("in B.C.", "Churchill, Man."), a name tagged as a place
   elsewhere ("Montreal Mayor ...").
2. ``is_located``: a capital stands for its government and joins the country's entity ("Moscow denied", "a
   firm hired by Caracas"), unless the text makes it the place where something happens ("in Moscow").
3. ``resolve_places``: every place cluster resolved against the article's scene (``geo.Scene``: the countries
   and divisions it names, the outlet's country), in two passes: first each name on its own, where the
   answer is clear (one country far ahead of any other), to learn the scene, then each name in it. A
   qualifier written after the name ("London, Ontario", "EDMONTON, Ky.") decides.
4. ``places_in_name``: the places an organisation or facility is named after ("Toronto General Hospital",
   "Plymouth County Sheriff's Office", "Government of Alberta"), which give it its country and are mentions
   of those places of their own (kind ``in_name``).

Resolved places are left on the doc (``doc.user_data["newsgraph.places"]``, keyed by character span, and
``["newsgraph.scene"]``) so that the event coder's locations use the same answer.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from .. import actors, geo, lexicons
from ..lexicons.institutions import institutions
from ..lexicons.places import Place, Short, continents, fold, short_forms
from ..spacy_util import doc_text, in_dateline
from .place_clues import anchor_of, area_codes_in, in_qualifier_place, near_place
from .place_names import places_in_name as places_in_name  # re-exported: the entity pass calls it here

if TYPE_CHECKING:
    from spacy.tokens import Span

# a place name before one of these is where someone lives or comes from: "a Tabriz resident", "the Edmonton man"
# or whose institutions are named: "the Ontario government"
RESIDENT_NOUNS = {"resident", "residents", "native", "natives", "man", "woman", "men", "women", "couple",
                  "family", "police", "council", "mayor", "councillor", "councilor", "sheriff", "skater", "doctor",
                  "government", "legislature", "authorities", "officials", "premier", "governor"}
# a place name before one of these is where the facility stands: "a Dunmore warehouse", "the Leduc plant"
FACILITY_NOUNS = {"warehouse", "factory", "plant", "refinery", "mine", "mill", "depot", "hospital", "school",
                  "prison", "jail", "airport", "harbour", "harbor", "station", "stadium", "courthouse", "bridge",
                  "shipyard", "barracks", "base", "camp", "market", "church", "mosque", "synagogue", "temple"}
LOCATIVE = {"in", "near", "outside", "throughout", "across", "around", "at"}
MOVEMENT = {"from", "to", "into", "via", "toward", "towards"}
NOUNS_AFTER_A_PLACE = RESIDENT_NOUNS | FACILITY_NOUNS  # built once: tested for every span
PLACE_PREPS = LOCATIVE | MOVEMENT
PLACE_NOUNS = {"town", "city", "village", "province", "state", "county", "region", "district", "suburb",
               "capital", "borough", "hamlet", "community", "municipality", "island", "port"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
_QUALIFIER = re.compile(r",\s+((?:[A-Z][\w'’-]*\.?)(?:\s*[A-Z][\w'’-]*\.?){0,3})")
_DIRECTION = re.compile(r"^(?:(?:far|central|greater)\s+)?(?:north|south|east|west|northern|southern|eastern|"
                        r"western|central|northeastern|northwestern|southeastern|southwestern|upper|lower)\s+", re.I)
# offices only a municipality has: the name before them is a town, however small ("Beaconsfield Mayor")
_MUNICIPAL = {"mayor", "reeve", "alderman", "councillor", "councilor"}
# a name NER read as an organisation is taken for a place on its own only if the place is this large
_BIG_PLACE = 100_000
# the margin (in the resolver's score, about log10 of population) by which one country must lead every other
# for a name to count towards the scene on its own
_CLEAR = 1.5


def short_form(text: str, standalone: bool) -> tuple[Short, ...]:
    """The divisions a short form may name ("Alta." -> Alberta); ``standalone``: only those that name a
    division anywhere in text ("B.C."), not only after a place and a comma ("Mo.")."""
    found = short_forms().get(text.replace(".", ""), ())
    if text.isupper() and "." not in text and len(text) == 2:
        return () if standalone else found  # a postal code, "KY"
    if not text.endswith(".") and not any(s.form.replace(".", "") == s.form for s in found):
        found = tuple(s for s in found if s.form.count(".") > 1 or not standalone)
    return tuple(s for s in found if s.standalone or not standalone)


def qualifier_after(text: str, end: int) -> tuple[int, int, str] | None:
    """The division or country written right after a place name, as (start, end, text) ("London, Ontario",
    "EDMONTON, Ky.", "Perth, Australia"), or None."""
    m = _QUALIFIER.match(text, end)
    if not m:
        return None
    words = m[1].split()
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[:k])
        bare = phrase.rstrip(".")
        place = geo.lookup(bare) if bare[:1].isupper() else None
        if place is not None and place.kind in ("country", "division") or short_form(phrase, standalone=False):
            start = m.start(1)
            return start, start + len(phrase), phrase
    return None


def qualifier_place(qualifier: str) -> list[Place]:
    """The divisions or country a qualifier names ("Ontario", "Ky.", "WA": Washington and Western Australia;
    "Georgia": the country and the US state)."""
    shorts = short_form(qualifier, standalone=False)
    if shorts:
        return [p for s in shorts if (p := geo.division(s.country, s.division)) is not None]
    found = [p for p in _official(qualifier.rstrip(".")) if p.kind == "division"]  # "Georgia": the state too
    place = geo.lookup(qualifier.rstrip("."))
    if place is not None and place.kind in ("country", "division") and place not in found:
        found.insert(0, place)
    return found


def _split(text: str) -> tuple[str, str | None]:
    """A name with its qualifier inside the span ("Paris, Texas" tagged as one place): (name, qualifier)."""
    if ", " in text:
        name, _, rest = text.partition(", ")
        found = qualifier_after(", " + rest, 0)
        if found is not None:
            return name, found[2]
    return text, None


def _official(name: str) -> list[Place]:
    return [p for p, official in geo.candidates(name) if official]


def _support(span: Span, label: str) -> bool:
    """The words around a span say it is a place: "in X", "from X" (not for a person: "a letter from Smith"),
    "the town of X", "NAME, 49, of X", "X, Alberta"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    word = before.lower_ if before is not None else ""
    if word in LOCATIVE and not (word == "at" and label == "PERSON"):
        return True
    if word in MOVEMENT and (label != "PERSON" or _big_unnamed(span.text)):
        return True  # "on her way to Edmonton" with Edmonton tagged as a person
    if word == "of" and span.start > 1:
        prior = doc[span.start - 2]
        if prior.lower_ in PLACE_NOUNS | RESIDENT_NOUNS or prior.text == "," or prior.lower_ in LOCATIVE:
            return True  # "the town of X", "residents of X", "NAME, 49, of X", "outside of X"
    root = span.root
    if root.dep_ == "conj" and root.head.i < span.start and _is_place_token(root.head):
        return True  # "from Red Deer and X": a conjunct of a place
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.lower_ in NOUNS_AFTER_A_PLACE or _title_after(doc, span.end)):
        return True
    return qualifier_after(doc_text(doc), span.end_char) is not None


def _big_unnamed(text: str) -> bool:
    """A division or a city of 100,000 people or more whose name is no first name ("Edmonton", not "Austin"):
    after "to" or "from" it is the place even where NER tagged it as a person."""
    return text not in actors.first_names() and any(
        p.kind == "division" or p.population >= _BIG_PLACE for p in _official(text))


def _is_place_token(tok: Any) -> bool:
    """A token NER tagged as a place, or the end of a proper name the gazetteer has ("Red Deer" as ORG)."""
    if tok.ent_type_ in ("GPE", "LOC"):
        return True
    start = min([tok.i] + [c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
    return tok.pos_ == "PROPN" and bool(_official(tok.doc[start : tok.i + 1].text))


def _title_after(doc: Any, i: int) -> bool:
    """A capitalised title at token ``i`` or after one or two capitalised words ("Mayor", "Finance Minister")."""
    for j in range(i, min(i + 3, len(doc))):
        if actors.is_capitalised_title(doc[j]):
            return True
        if not doc[j].text[:1].isupper():
            return False
    return False


def leading_place(tokens: list[Any]) -> int:
    """How many of a title's first tokens name a place ("Montreal" in "Montreal Mayor", "British Columbia" in
    "British Columbia Finance Minister"): proper nouns NER tagged as a place, or a division's own name, or a
    city's of 100,000 people or more, or any town's before a municipal office ("Beaconsfield Mayor": only a
    municipality has a mayor), and not words of the title itself ("Homeland" of "Homeland Security
    Secretary", "Federal" of "Federal Minister", a town in Argentina); else 0."""
    _, term = actors.sector_of_tokens(tokens)
    for k in range(min(3, len(tokens) - 1), 0, -1):
        if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tokens[:k]):
            text = " ".join(t.text for t in tokens[:k])
            if term and text.lower() in term:
                return 0
            tagged = all(t.ent_type_ in ("GPE", "LOC") for t in tokens[:k]) or tokens[k].lower_ in _MUNICIPAL
            found = [p for p in _official(text) if tagged or p.kind == "division" or p.population >= _BIG_PLACE]
            if found and not actors.is_capitalised_title(tokens[k - 1]):
                return k
    return 0


def is_place_name(span: Span, label: str, place_texts: set[str], name_parts: frozenset[str] = frozenset()) -> bool:
    """True when a span NER tagged as something other than a place names a place the gazetteer knows by its
    own name and the text supports it (``_support``), or it is tagged as a place elsewhere in the article, or
    (ORG only) it is a division, county or city of 100,000 people or more ("Alberta", "Edmonton" as an
    organisation). A word of a person's full name in the same article (``name_parts``: "Voss" after "Lena
    Voss") is that person, whatever town shares it: "Voss, Germany's interior minister, said" is no place in
    Germany, and the Norwegian town of Voss is not meant."""
    text, inner = _split(span.text.removeprefix("the ").removeprefix("The "))
    if not text[:1].isupper() or not all(t.pos_ == "PROPN" for t in span if t.is_alpha):
        return False
    if _after_place_comma(span.doc, span.start) and short_form(text, standalone=False):
        return True  # "Guelph, Ont." with "Ont" tagged as a person
    if label == "PERSON" and text in name_parts:
        return False
    if lexicons.lookup(text) is not None or text.lower() in institutions() or (text.isupper() and len(text) < 5):
        return False  # a country, a demonym, the EU ("Eu" is a French town), the White House: not this path
    found = _official(text) or _area_of(text)
    if not found:
        return False
    if inner is not None or text in place_texts or _support(span, label):
        return True
    return label == "ORG" and any(p.kind in ("division", "county") or p.population >= _BIG_PLACE for p in found)


_GREATER = re.compile(r"^Greater\s+(\S+(?:\s+\S+)?)\s+Area$")


def _area_of(text: str) -> list[Place]:
    """The city a "Greater X Area" is named after, when it is a city of 100,000 people or more."""
    m = _GREATER.match(text)
    return [p for p in _official(m[1]) if p.kind == "city" and p.population >= _BIG_PLACE] if m else []


def extra_places(
    doc: Any, taken: list[Any], place_texts: set[str], name_parts: frozenset[str] = frozenset()
) -> list[Any]:
    """Token spans NER left untagged that are places: a division's short form ("B.C.", and "Alta." right after
    a place and a comma), a dateline ("INNISFAIL -", "HOLLIDAY, Mo."), or a proper name the article tags as a
    place elsewhere ("Montreal Mayor Denis Coderre"). A word of a person's full name in the article
    (``name_parts``) is that person, never a place found here."""
    out = []
    folded = {t.lower() for t in place_texts}
    covered = {i for span in taken for i in range(span.start, span.end)}
    for tok in doc:
        if tok.ent_type_ or tok.i in covered or not tok.text[:1].isupper():
            continue
        after_comma = _after_place_comma(doc, tok.i)
        if short_form(tok.text, standalone=not after_comma):
            out.append(doc[tok.i : tok.i + 1])
        elif tok.pos_ == "PROPN" and not (tok.i and doc[tok.i - 1].pos_ == "PROPN"):
            run = _proper_run(doc, tok.i)
            if run.text in name_parts:
                continue
            big = [p for p in _official(run.text) if p.kind in ("division", "county") or p.population >= _BIG_PLACE]
            if run.text.lower() in folded or (big and _support(run, "")):
                out.append(run)
        elif tok.i == 0 and tok.is_upper and len(tok) > 2 and _dateline(doc) and _official(tok.text.title()):
            out.append(doc[0:1])
    return out


def _after_place_comma(doc: Any, i: int) -> bool:
    """Token ``i`` follows a comma after a capitalised name NER did not call a date or a number ("Thompson,"
    in "Thompson, Man." whatever label it gave Thompson): where a division's short form qualifies a place."""
    if i < 2 or doc[i - 1].text != ",":
        return False
    prior = doc[i - 2]
    return prior.text[:1].isupper() and prior.ent_type_ in ("GPE", "LOC", "ORG", "FAC", "PERSON", "")


def _proper_run(doc: Any, i: int) -> Any:
    """The run of untagged proper nouns starting at token ``i``, stopping before a title word ("Montreal" of
    "Montreal Mayor Denis Coderre") or a word for a place's people or facilities ("London" of "London Police")."""
    j = i + 1
    while j < len(doc) and j - i < 3 and doc[j].pos_ == "PROPN" and not doc[j].ent_type_ \
            and not actors.is_capitalised_title(doc[j]) and doc[j].lower_ not in NOUNS_AFTER_A_PLACE:
        j += 1
    return doc[i:j]


def _dateline(doc: Any) -> bool:
    """The article opens with a dateline: a place in capitals followed by a comma, a dash or a parenthesis."""
    return len(doc) > 1 and doc[1].text in (",", "-", "—", "–", "(")


def is_located(span: Span) -> bool:
    """A capital named as a place ("protesters gathered in Moscow", "Paris, Texas"), not as its government,
    which is how news mostly uses it ("Moscow denied", "a firm hired by Caracas"): after "in" or a word of
    movement ("flew to Paris"), in a dateline, as "the capital of X", before "-based" or a facility or its
    people ("a London-based firm", "an east London hospital", "Ottawa police", "London's Heathrow"), or in a
    list of places that starts with a place ("Toronto, Ottawa and Montreal", "in Russia and Paris")."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in PLACE_PREPS or (before == "of" and span.start > 1 and doc[span.start - 2].lower_ in PLACE_NOUNS):
        return True
    if in_dateline(span[0]) or _opens_paragraph(span):
        return True
    if _place_after(doc, span.end) or _listed_with_places(span):
        return True
    return qualifier_after(doc_text(doc), span.end_char) is not None


def _opens_paragraph(span: Span) -> bool:
    """A name that opens the article or a paragraph and is followed by an agency in brackets or a dash, or
    written in capitals before a name, a dateline the strict pattern misses ("WASHINGTON (RNS) Evangelical
    leaders", "BEIJING --At least", "WASHINGTON Christopher Steele, who...")."""
    doc = span.doc
    if span.start > 0 and "\n" not in doc[span.start - 1].text_with_ws:
        return False
    nxt = doc[span.end].text if span.end < len(doc) else ""
    caps = span.text.isupper() and len(span.text) > 3 and nxt[:1].isupper() and not nxt.isupper()
    return nxt == "(" or nxt[:1] in ("-", "–", "—") or caps  # "WASHINGTON Christopher Steele, who..."


# what follows a capital named as a place: its facilities and its people (not "officials" or "government")
_LOCATED_BEFORE = FACILITY_NOUNS | {"police", "resident", "residents", "native", "natives", "man", "woman",
                                    "men", "women", "family", "mayor", "council", "neighbourhood", "neighborhood"}


def _place_after(doc: Any, i: int) -> bool:
    """The tokens from ``i`` make the name before them a place: "-based", a facility or its people, or a
    possessive followed by a place or facility ("London's Heathrow")."""
    nxt = doc[i] if i < len(doc) else None
    if nxt is None:
        return False
    if nxt.text in ("-", "–") and i + 1 < len(doc) and doc[i + 1].lower_ == "based":
        return True
    if nxt.lower_ in _LOCATED_BEFORE:
        return True
    after = doc[i + 1] if nxt.text in ("'s", "’s") and i + 1 < len(doc) else None
    return after is not None and after.ent_type_ in ("FAC", "LOC", "GPE") and after.text[:1].isupper()


def _listed_with_places(span: Span) -> bool:
    """The name is a later item of a list whose first item is a place named as such: after "in" or a word of
    movement, or a place that is no capital ("Toronto, Ottawa" but not "Washington and Moscow agreed")."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.i >= span.start or not _is_place_token(first):
        return False
    start = min([first.i] + [c.i for c in first.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
    head = first.doc[start - 1].lower_ if start > 0 else ""
    name = first.doc[start : first.i + 1].text
    return head in PLACE_PREPS or not (_capital(name) or lexicons.lookup(name) is not None)


def is_part_of_state(text: str, code: str) -> bool:
    """A name of a state that is one of its first-level divisions, not the state ("England", "Wales" for the
    United Kingdom): news uses them as places of their own."""
    clean = re.sub(r"^the\s+", "", text.removesuffix("'s").removesuffix("’s"), flags=re.I)
    state = geo.country(code)
    return state is not None and fold(clean) != fold(state.name) and geo.division(code, clean) is not None


def _capital(text: str) -> bool:
    hit = lexicons.lookup(text.removesuffix("'s").removesuffix("’s"))
    return hit is not None and hit[1] == "capital"


def scene_of(article: Any, countries: Counter, divisions: set) -> geo.Scene:
    """The scene: countries named, divisions named, and the outlet's country, which also counts as two
    mentions of its country (a local paper writes about its own country unless it says otherwise)."""
    host = getattr(article, "source", None) or ""
    if not host and getattr(article, "url", None):
        host = re.sub(r"^[a-z]+://", "", article.url).split("/")[0]
    outlet = geo.outlet_country(host)
    votes = Counter(countries)
    if outlet:
        votes[outlet] += 2
    return geo.Scene(votes, frozenset(divisions), outlet)


def resolve_places(clusters: list[Any], country_clusters: list[Any], text: str, article: Any) -> dict:
    """Resolve each place cluster (``cl.names``, ``cl.mentions``) in the article's scene; sets ``cl.place``
    and ``cl.country``. Returns {"spans": {(start, end): Place}, "scene": Scene}. A name does not vote in the
    scene that resolves it (a clear "Kingston" must not confirm itself against "the Ontario government")."""
    named = frozenset(fold(n) for cl in clusters for n in cl.names)
    mentioned = {cl.country for cl in country_clusters if cl.mentions}  # by name or as a modifier ("Irish")
    countries: Counter = Counter()
    for cl in country_clusters:  # by the country's names, not a capital's ("London's" may be in Ontario)
        countries[cl.country] += sum(m.kind == "name" and not _capital(m.text) for m in cl.mentions)
    divisions: Counter = Counter()
    own: dict[int, tuple[Counter, Counter]] = {}
    for cl in clusters:
        place = None if any(_capital(n) for n in cl.names) else _resolve(cl, text, None, True, named=named)
        if place is not None:  # a capital never votes: "London" is clear on its own, and often in Ontario
            votes = Counter({place.country: len(cl.mentions)})
            parts: Counter[tuple[str, str]] = Counter()
            if place.admin1 and (place.kind == "division" or _resolve(cl, text, None, True, "admin1", named)):
                parts[(place.country, place.admin1)] = 1
            own[id(cl)] = (votes, parts)
            countries += votes
            divisions += parts
    for where in area_codes_in(text):
        countries[where[0]] += 1
        if where[1]:
            divisions[where] += 1
    scene = scene_of(article, countries, set(divisions))
    spans: dict = {}
    for cl in clusters:
        votes, parts = own.get(id(cl), (Counter(), Counter()))
        others = scene_of(article, countries - votes, set(divisions - parts))
        place = _resolve(cl, text, others, named=named)
        if place is not None and place.country not in mentioned and _stranger(place, others):
            cl.country = None if cl.country == place.country else cl.country  # the town's, read before
            continue
        if place is None:
            continue
        cl.place, cl.country = place, place.country
        if any(short_form(n, standalone=False) for n in cl.names):
            cl.names.append(place.name)  # "Alta." is shown as Alberta
        spans.update({(m.start, m.end): place for m in cl.mentions})
    return {"spans": spans, "scene": scene}


_STRANGER_POPULATION = 20_000


def _stranger(place: Place, scene: geo.Scene) -> bool:
    """A small town on another continent that nothing in a story clearly set elsewhere points to ("at Heathrow" in a story
    about British Airways: the gazetteer's only Heathrow is a town in Florida): the name means something the
    gazetteer lacks (an airport, a district), so it is left unplaced rather than put on another continent.
    The caller has checked that the article never names the town's country, not even as a modifier ("the
    Irish village of X")."""
    if place.kind != "city" or place.population >= _STRANGER_POPULATION or place.geonameid is None:
        return False
    if scene.countries[place.country] or any(c == place.country for c, _ in scene.divisions):
        return False
    lead = max(scene.countries, key=lambda c: scene.countries[c], default=None)
    far = continents().get(place.country) != continents().get(lead or "")  # "off Kinsale" in a British story: kept
    return lead is not None and scene.countries[lead] >= 3 and far


def _resolve(cl: Any, text: str, scene: geo.Scene | None, clear: bool = False, level: str = "country",
             named: frozenset[str] = frozenset()) -> Place | None:
    """A cluster's place: its first mention with a qualifier decides, then its first mention with an anchor
    (``place_clues``: "Toronto's Pearson airport"), else its most frequent name. With ``clear``, None unless
    one country (or ``level`` admin1: one division) is far ahead (a short form alone is never clear: "WA")."""
    mentions = sorted(cl.mentions, key=lambda m: m.start)
    for m in mentions:
        name, inner = _split(m.text)
        found = qualifier_after(text, m.end)
        qualifier = inner or (found[2] if found else None)
        if qualifier:
            return geo.resolve(name, scene, qualifier_place(qualifier))
    for m in mentions:
        place = in_qualifier_place(_split(m.text)[0], text, m.end, scene)
        if place is not None:
            return place
    for m in mentions:
        name, _, within = m.text.partition(", ")  # "Northumberland Park, Tottenham" tagged as one place
        anchor = (within, False) if within else anchor_of(text, m.start, m.end, named)
        bare = name.removesuffix("'s").removesuffix("’s")
        place = near_place(bare, anchor[0], anchor[1], scene) if anchor else None
        if place is not None:
            return place
    names = Counter(_split(n)[0] for n in cl.names) or Counter(_split(m.text)[0] for m in cl.mentions)
    for name, _ in names.most_common():
        shorts = short_form(name, standalone=False)
        if shorts:
            places = [p for s in shorts if (p := geo.division(s.country, s.division)) is not None]
            if len(places) == 1 or (places and not clear):
                return places[0]
            continue
        place = geo.resolve(name, scene, margin=_CLEAR if clear else 0.0, level=level) or _without_direction(name, scene)
        if place is not None:
            return place
    return None


def _without_direction(name: str, scene: geo.Scene | None) -> Place | None:
    """"Western Canada", "Far North Queensland": the place a region is part of, with its country (and the
    point of the whole, as no better one is known)."""
    bare = _DIRECTION.sub("", name)
    place = geo.resolve(bare, scene) if bare != name else None
    return place if place is not None and place.kind in ("country", "division") else None  # not "North Africa"


def namesakes(country_clusters: list[Any], scene: geo.Scene, text: str = "",
              known: dict[str, Place] | None = None) -> list[tuple[Any, Any, Place]]:
    """Names merged into a country's entity that the scene puts elsewhere: a capital ("London's" in a story
    from Ontario), a country's name that is also a division ("Georgia" in a story set in the United States),
    a name written with a qualifier ("Paris, Missouri") or that the article calls a town ("the city of
    Turkey": then every mention of it is the town), or a name the article already resolved as a place
    (``known``, by folded name: one sense per article): (cluster, mention, the place it is), for the entity
    pass to split off."""
    out = []
    for cl in country_clusters:
        names = [m for m in cl.mentions if m.kind == "name"]
        town = any(_PLACE_OF.search(text[max(0, m.start - 20) : m.start]) for m in names)
        for m in names:
            name = m.text.removesuffix("'s").removesuffix("’s")
            found = qualifier_after(text, m.end) if text else None
            within = qualifier_place(found[2]) if found else None
            if town and not within:
                within = [p for p in _official(name) if p.kind != "country"]
            place = (known or {}).get(fold(name)) if not within else None
            place = place or geo.resolve(name, scene, within)
            if place is not None and place.country != cl.country:
                out.append((cl, m, place))
    return out


# "the city of X" right before a name: X is a town, whatever else it names
_PLACE_OF = re.compile(r"\b(?:city|town|village)\s+of\s+$", re.I)
