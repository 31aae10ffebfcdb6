"""Where an event happened: a place named in a locative phrase of its clause ("in Gaza", "at the border"),
or the place visited; resolved against the offline gazetteer, keeping the name when it cannot be resolved."""

from __future__ import annotations

from ...model import Location
from ..entity_places import LOCATIVE as WHERE_SOMEONE_IS

# the entity pass's prepositions of where someone is, and "inside" ("clashes inside the compound")
LOCATIVE = WHERE_SOMEONE_IS | {"inside"}
DESTINATION = {"to", "into"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Common nouns that name part of a place, so "the town of X", "a sector of X", "X's border" locate at X; not
# "in support of Israel" or "in the wake of the coup"
PLACE_NOUNS = {
    "town",
    "city",
    "village",
    "region",
    "province",
    "district",
    "state",
    "sector",
    "area",
    "suburb",
    "suburbs",
    "outskirts",
    "border",
    "borders",
    "capital",
    "country",
    "part",
    "parts",
    "centre",
    "center",
    "south",
    "north",
    "east",
    "west",
    "heart",
    "streets",
    "street",
    "port",
    "island",
    "coast",
    "camp",
    "neighbourhood",
    "neighborhood",
    "quarter",
    "county",
    "municipality",
    "territory",
    "zone",
    "enclave",
    "prefecture",
    "governorate",
    "oblast",
    "outpost",
    "frontier",
    "hills",
    "mountains",
    "valley",
    "desert",
    "countryside",
    # the seats of a state stand in it ("outside Russia's parliament"); an embassy or consulate does not
    "parliament",
    "legislature",
    "palace",
    "ministry",
    "presidency",
}


# A border is a line between two places: "the border with Armenia" is not in Armenia, and neither the border nor
# the country across it is whom an act at the border is done to ("troops massed at the border with Armenia").
BORDER_NOUNS = {"border", "borders", "frontier", "frontiers", "boundary", "borderline"}


def _border(tok) -> bool:
    """A border noun, or a place named by one ("the border region", "a frontier town"; not "border guards")."""
    return tok.pos_ == "NOUN" and (
        tok.lemma_.lower() in BORDER_NOUNS
        or (tok.lemma_.lower() in PLACE_NOUNS
            and any(c.dep_ == "compound" and c.lemma_.lower() in BORDER_NOUNS for c in tok.children)))


def far_side(tok) -> bool:
    """True for a border itself, or the place across it ("the border with Armenia", "its frontier with Iraq";
    also where the parser hangs "with Armenia" on the verb: the word before "with" says it)."""
    if _border(tok):
        return True
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with":
        return False
    before = tok.doc[prep.i - 1] if prep.i > 0 else prep
    return _border(prep.head) or _border(before)


def _phrase(tok):
    """The named place a token heads, as a (start, end, text) character span, or None."""
    named_as_place = (
        tok.pos_ == "PROPN" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_NOUNS
    ) or (_known_place(tok))
    if tok.ent_type_ not in PLACE_LABELS and not named_as_place:
        return None
    doc = tok.doc
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            text = ent.text.removeprefix("the ").removeprefix("The ")
            return ent.start_char + (len(ent.text) - len(text)), ent.end_char, text
    if named_as_place:  # "the town of Ghazni", "in Bamako" with no place entity: the name's own tokens
        span = _name_tokens(tok)
        return span.start_char, span.end_char, span.text
    return None


def _name_tokens(tok):
    """The proper name a token ends, with its compound words before it ("St. Lucie")."""
    return tok.doc[min([tok.i] + [c.i for c in tok.lefts if c.dep_ == "compound"]) : tok.i + 1]


def _location(tok) -> Location | None:
    from ... import geo

    found = _phrase(tok)
    if found is None:
        return None
    start, end, text = found
    place = _resolved(tok.doc, start, end) or geo.lookup(text)
    if place is None and text.endswith(("’s", "'s")):
        place = geo.lookup(text[:-2])
    if place is None:
        return Location(name=text, start=start, end=end)
    return Location(name=text, country=place.country, lat=place.lat, lon=place.lon, start=start, end=end)


def _resolved(doc, start: int, end: int):
    """The place the entity pass resolved for this span in the article's context (entity_places), if any."""
    spans = doc.user_data.get("newsgraph.places") or {}
    return next((p for (s, e), p in spans.items() if s < end and start < e), None)


def _known_place(tok) -> bool:
    """A proper noun after a locative preposition that the gazetteer knows ("marched in Bamako" with Bamako
    tagged ORG by NER): a place whatever the tagger said."""
    from ... import geo

    if (
        tok.pos_ != "PROPN"
        or tok.head.lower_ not in LOCATIVE
        or tok.dep_ != "pobj"
        or tok.ent_type_ not in ("", "ORG", "PERSON")
    ):
        return False  # not "in March" (a date)
    text = _name_tokens(tok).text
    place = geo.lookup(text)
    return (
        place is not None and place.name == text
    )  # its own name, not an alternate spelling of another place


def place_token(obj):
    """The named place a locative object stands for: itself, or the place a common noun hangs on ("near the town
    of Samarra", "in a residential sector of eastern Beirut", "near Macedonia's border", "outside of Basra")."""
    if obj.ent_type_ in PLACE_LABELS or _known_place(obj):
        return obj
    for _ in range(2):
        if obj.lemma_.lower() not in PLACE_NOUNS and obj.lower_ not in PLACE_NOUNS:
            return None
        nxt = None
        for child in obj.children:
            if child.dep_ == "poss" and child.ent_type_ in PLACE_LABELS:
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if (
                            pobj.ent_type_ in PLACE_LABELS or pobj.pos_ == "PROPN"
                        ):  # "the town of Ghazni" (as ORG)
                            return pobj
                        nxt = pobj
        if nxt is None:
            return None
        obj = nxt
    return None


def locative_objects(head):
    """The objects of the locative phrases on a head ("in X", "near X", "outside of X")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    yield obj
                elif obj.dep_ == "prep" and obj.lower_ == "of":  # "outside of", "ahead of"
                    yield from (o for o in obj.children if o.dep_ == "pobj")


def location_of(anchor, trigger, entry, recipient_tok, extra=()) -> Location | None:
    heads = list(dict.fromkeys([anchor, trigger, *extra]))
    for head in heads:
        for obj in locative_objects(head):
            place = place_token(obj)
            if place is not None and (loc := _location(place)):
                return loc
    movement = entry.type == "CONSULT" and entry.mode in ("visit", None) or entry.mode in ("deport",)
    if movement:
        for head in heads:
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in DESTINATION:
                    for obj in prep.children:
                        if obj.dep_ == "pobj" and (loc := _location(obj)):
                            return loc
        if entry.type == "CONSULT" and recipient_tok is not None:
            return _location(recipient_tok)
    return None
