"""Where an event happened: a place named in a locative phrase of its clause ("in Gaza", "at the border"),
or the place visited; resolved against the offline gazetteer, keeping the name when it cannot be resolved."""

from __future__ import annotations

from ...model import Location

LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout", "around"}
DESTINATION = {"to", "into"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def _phrase(tok):
    """The named place a token heads, as a (start, end, text) character span, or None."""
    if tok.ent_type_ not in PLACE_LABELS:
        return None
    doc = tok.doc
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            text = ent.text.removeprefix("the ").removeprefix("The ")
            return ent.start_char + (len(ent.text) - len(text)), ent.end_char, text
    return None


def _location(tok) -> Location | None:
    from ... import geo

    found = _phrase(tok)
    if found is None:
        return None
    start, end, text = found
    place = geo.lookup(text)
    if place is None and text.endswith(("’s", "'s")):
        place = geo.lookup(text[:-2])
    if place is None:
        return Location(name=text, start=start, end=end)
    return Location(name=text, country=place.country, lat=place.lat, lon=place.lon, start=start, end=end)


def location_of(anchor, trigger, entry, recipient_tok, extra=()) -> Location | None:
    heads = list(dict.fromkeys([anchor, trigger, *extra]))
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in LOCATIVE:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (loc := _location(obj)):
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
