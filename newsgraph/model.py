"""The records newsgraph produces: frozen dataclasses, each traceable to character offsets.

Offsets are Python ``str`` indices into ``Article.text``, end exclusive. ``to_dict`` gives the JSON
shape fixed by SPEC section 2; fields beyond the SPEC are additions, never renames.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

_SCALARS = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    if isinstance(value, _SCALARS):  # most values: answered before the slower checks below
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.to_dict() if hasattr(value, "to_dict") else dataclasses.asdict(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class _Record:
    """Mixin: a JSON-ready dict of every field, nested records included."""

    def to_dict(self) -> dict[str, Any]:
        return {name: _plain(getattr(self, name)) for name in _field_names(type(self))}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """The fields of a record class, in order (``dataclasses.fields`` rebuilds the tuple at every call)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


@dataclass(frozen=True)
class Article(_Record):
    """One input article. ``date`` is the publication date as ``YYYY-MM-DD``."""

    id: str
    date: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str | None = None  # where it was read from: "path" or "path:line"
    markup: str | None = None  # "html": the reader took the text out of HTML, so the input is not the text

    def header(self) -> dict[str, Any]:
        """The ``article`` object of the output record: everything but the text, unless the reader cleaned it
        out of HTML, when the record carries the text its offsets count into (the input holds markup)."""
        out = {
            "id": self.id,
            "date": self.date,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "language": self.language,
            "origin": self.origin,
        }
        if self.markup:
            out.update(markup=self.markup, text=self.text)
        return out


@dataclass(frozen=True)
class Span(_Record):
    start: int
    end: int


@dataclass(frozen=True)
class Mention(_Record):
    """A stretch of text that refers to an entity.

    ``kind``: ``name`` (a full or partial proper name), ``title`` (a title or role description such as
    "the homeland security chief"), ``pronoun``, ``group`` (a demonym or collective such as "Salvadoran
    authorities"), ``modifier`` (a country named by a demonym or its name used as a modifier: "Salvadoran"
    in "Salvadoran police", "U.S." in "U.S. officials"), or ``in_name`` (a place named inside an organisation's
    or facility's name, which lies within that name's mention: "Alberta" in "Government of Alberta", "U.S."
    in "U.S. Department of Energy").
    """

    start: int
    end: int
    text: str
    kind: str = "name"


@dataclass(frozen=True)
class Entity(_Record):
    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    mentions: tuple[Mention, ...] = ()
    # a place (GPE, LOC, FAC) the gazetteer resolved: its point, GeoNames id and first-level division
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    admin1: str | None = None


@dataclass(frozen=True)
class Time(_Record):
    text: str
    start: int
    end: int
    value: str
    type: str  # DATE, TIME, DURATION, SET
    anchor: str | None = None  # what the value was resolved against ("publication", "t2", ...)


@dataclass(frozen=True)
class Quote(_Record):
    text: str
    start: int
    end: int
    kind: str  # direct, indirect, mixed
    speaker: str | None = None  # entity id
    speaker_name: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None  # the mention that names the speaker at this quote
    speaker_end: int | None = None
    speaker_country: str | None = None  # the speaker entity's, or a descriptive speaker's own ("his deputy")
    speaker_sector: str | None = None


@dataclass(frozen=True)
class Quantity(_Record):
    text: str
    start: int
    end: int
    value: float | int | None
    unit: str | None = None
    qualifier: str | None = None
    low: float | int | None = None
    high: float | int | None = None
    counts: str | None = None
    counts_start: int | None = None
    counts_end: int | None = None
    fate: str | None = None  # what happened to what is counted: "kill", "die", "missing", "arrest", "death"


@dataclass(frozen=True)
class EventActor(_Record):
    entity: str | None
    name: str
    country: str | None = None
    sector: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Location(_Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    start: int | None = None
    end: int | None = None


PROMISED = ("planned", "hypothetical")  # the statuses of an event told as promised, which a ``Reading`` can have


@dataclass(frozen=True)
class Reading(_Record):
    """How a dataset without a status field codes a planned event. The PLOVER manual codes a meeting, visit,
    support, cooperation or aid told for the future as AGREE, dated when it was promised ("said she would meet
    him on Friday": AGREE 036 on the day she said it). newsgraph's record keeps one event, the CONSULT with status
    ``planned``; the PLOVER export and ``Event.as_plover`` use this reading."""

    type: str
    mode: str | None
    cameo: str | None
    date: str
    date_precision: str


@dataclass(frozen=True)
class Event(_Record):
    id: str
    type: str
    mode: str | None
    cameo: str | None
    actor: EventActor | None
    recipient: EventActor | None
    date: str
    date_precision: str  # day, month, year, publication
    location: Location | None
    status: str  # occurred, planned, negated, hypothetical
    trigger: Mention
    sentence: Span
    confidence: float
    source: str | None = None  # who reports it, when the event is the content of a quote (entity id)
    co_actors: tuple[EventActor, ...] = ()  # further coordinated actors ("Hungarian and Romanian officials")
    co_recipients: tuple[EventActor, ...] = ()
    plover: Reading | None = None  # the PLOVER manual's reading of a planned event (see ``Reading``)

    def as_plover(self) -> Event:
        """The event as the PLOVER manual codes it, in data with no status: a planned event (or one promised on a
        condition, "would meet him if ...", hypothetical) that has a reading becomes that reading, occurred on the
        day it was promised; every other event is itself."""
        r = self.plover
        if r is None or self.status not in PROMISED:
            return self
        return dataclasses.replace(self, type=r.type, mode=r.mode, cameo=r.cameo, date=r.date,
                                   date_precision=r.date_precision, status="occurred", location=None, plover=None)


@dataclass(frozen=True)
class ArticleRecord(_Record):
    """Everything newsgraph extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    times: tuple[Time, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    events: tuple[Event, ...] = ()
    errors: tuple[str, ...] = field(default=())  # extractors that failed on this article
    # why the article was not coded at all (its language has no pipeline here), or None
    uncoded: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out["article"] = self.article.header()
        if not self.errors:
            del out["errors"]
        if self.uncoded is None:
            del out["uncoded"]
        return out

    def entity(self, entity_id: str | None) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None
