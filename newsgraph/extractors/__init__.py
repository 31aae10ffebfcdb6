"""The extractors, in the order they run. Each is a pure function ``extract(ctx) -> list[record]``.

An extractor reads the spaCy ``Doc`` (``ctx.doc``), the ``Article`` and the results of the extractors
before it (``ctx.entities``, ``ctx.times``, ...), and returns its own records. It never touches the
store, the CLI or another extractor's module state. To add one: write ``extractors/NAME.py`` with an
``extract(ctx)`` function and add a ``Stage`` to ``STAGES`` naming what it reads (``requires``); the
pipeline checks the order when it is built (``check_stages``), as spaCy checks its components'
``requires`` and ``assigns``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import NewsgraphError
from ..model import Article, Entity, Event, Quantity, Quote, Time

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Context:
    article: Article
    doc: Doc
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def home_country(self) -> str | None:
        """The country the story is set in (``home_country`` over the places named in it), or None. The builder's
        fallback inside a sentence; after the disposer's verdict ``eventcoding.storyplace.story_country`` (built on
        this and ``only_country``) is the source for parties placed by the story."""
        votes: Counter = Counter()
        for ent in self.entities:
            if ent.type in ("GPE", "LOC", "ORG") and ent.country:
                votes[ent.country] += sum(m.kind == "name" for m in ent.mentions)
        return home_country(votes)

    def only_country(self) -> str | None:
        """The one country the article's places name (a dateline counts), when there is exactly one: officials
        with no country of their own in such a story are of it. Bodies (the UN, the EU) are no place."""
        from ..spacy_util import dateline_spans

        places = [e for e in self.entities if e.type in ("GPE", "LOC") and e.country]
        codes = {c for c in (e.country for e in places) if c and _state_code(c)}
        if len(codes) != 1:
            return None
        # and the story is set there: its dateline, or named twice ("arrested migrants at the border with
        # Mexico" names a country, but the police are not Mexico's)
        datelines = dateline_spans(self.doc)
        names = [m for e in places for m in e.mentions if m.kind == "name"]
        set_there = len(names) >= 2 or any(a <= m.start < b for m in names for a, b in datelines)
        return next(iter(codes)) if set_there else None

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``[start, end)``. Where several overlap, the one that ends
        last wins (an English noun phrase ends in its head: "EU Commissioner Janez Lenarcic" is Lenarcic,
        "Trump's homeland security chief" is the chief), then the tightest."""
        best: tuple[int, int, Entity] | None = None
        for ent in self.entities:
            for m in ent.mentions:
                if m.kind in ("modifier", "in_name"):
                    continue  # "Palestinian riots": the phrase is coded from its words, as before modifiers were kept;
                    # "Alberta" in "Government of Alberta" is a place inside the body's name, not the body
                if m.start < end and start < m.end:
                    key = (min(m.end, end), -(m.end - m.start))
                    if best is None or key > best[:2]:
                        best = (*key, ent)
        return best[2] if best else None


def _state_code(code: str) -> bool:
    """A country's ISO alpha-3 code, not a body's (the UN is not a place a story is set in)."""
    from ..lexicons import IGO_CODES

    return len(code) == 3 and code.isalpha() and code not in IGO_CODES


def home_country(votes: Counter) -> str | None:
    """The country a story is set in, from name mentions per country code: one country with at least two
    mentions and at least half of them. State officials with no country of their own belong to it."""
    votes = Counter({c: n for c, n in votes.items() if _state_code(c) and n})
    if not votes:
        return None
    (code, n), total = votes.most_common(1)[0], sum(votes.values())
    return code if n >= 2 and n * 2 >= total else None


@dataclass(frozen=True)
class Stage:
    """One extractor: it fills the Context field ``name`` (what it provides) from ``module``'s
    ``extract(ctx)``, reading the fields in ``requires``, which earlier stages must provide."""

    name: str
    module: str
    requires: tuple[str, ...] = ()


class PipelineError(NewsgraphError):
    """The stages are out of order, or one provides a field the Context does not have."""

    code = "E010"


# In running order.
STAGES: tuple[Stage, ...] = (
    Stage("entities", "newsgraph.extractors.entities"),
    Stage("times", "newsgraph.extractors.times"),
    Stage("quantities", "newsgraph.extractors.quantities", requires=("entities", "times")),
    Stage("quotes", "newsgraph.extractors.quotes", requires=("entities",)),
    Stage("events", "newsgraph.extractors.events", requires=("entities", "times", "quotes")),
)

_FIELDS = {"entities", "times", "quantities", "quotes", "events"}


def check_stages(stages: tuple[Stage, ...]) -> None:
    """Raise PipelineError unless every stage provides a Context field, once, after what it requires."""
    provided: set[str] = set()
    for stage in stages:
        if stage.name not in _FIELDS:
            raise PipelineError(f"Stage {stage.name!r} provides no Context field.", f"Use one of {sorted(_FIELDS)}.")
        if stage.name in provided:
            raise PipelineError(f"Stage {stage.name!r} is listed twice.", "List each stage once.")
        missing = [r for r in stage.requires if r not in provided]
        if missing:
            raise PipelineError(
                f"Stage {stage.name!r} requires {', '.join(missing)}, which no stage before it provides.",
                "Move it after the stages it reads.",
            )
        provided.add(stage.name)
