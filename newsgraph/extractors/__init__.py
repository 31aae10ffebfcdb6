"""The extractors, in the order they run. Each is a pure function ``extract(ctx) -> list[record]``.

An extractor reads the spaCy ``Doc`` (``ctx.doc``), the ``Article`` and the results of the extractors
before it (``ctx.entities``, ``ctx.times``, ...), and returns its own records. It never touches the
store, the CLI or another extractor's module state. To add one: write ``extractors/NAME.py`` with an
``extract(ctx)`` function and add it to ``STAGES``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Article, Entity, Event, Quantity, Quote, Time


@dataclass
class Context:
    article: Article
    doc: Any  # spacy.tokens.Doc
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``[start, end)``. Where several overlap, the one that ends
        last wins (an English noun phrase ends in its head: "EU Commissioner Janez Lenarcic" is Lenarcic,
        "Trump's homeland security chief" is the chief), then the tightest."""
        best: tuple[int, int, Entity] | None = None
        for ent in self.entities:
            for m in ent.mentions:
                if m.start < end and start < m.end:
                    key = (min(m.end, end), -(m.end - m.start))
                    if best is None or key > best[:2]:
                        best = (*key, ent)
        return best[2] if best else None


# (name, module) in running order; the module has extract(ctx) -> list
STAGES: tuple[tuple[str, str], ...] = (
    ("entities", "newsgraph.extractors.entities"),
    ("times", "newsgraph.extractors.times"),
    ("quantities", "newsgraph.extractors.quantities"),
    ("quotes", "newsgraph.extractors.quotes"),
    ("events", "newsgraph.extractors.events"),
)
