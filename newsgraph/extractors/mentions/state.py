"""The entity pass's state: its clusters, the character ranges already claimed, the quotations; the basic moves
the other parts of the pass (``names``, ``groups``, ``references``) and ``entities._Builder`` make on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import Mention
from ...spacy_util import doc_text
from .cluster import Cluster, _quoted_ranges

if TYPE_CHECKING:  # spaCy types only: the spans come from the pipeline
    from spacy.tokens import Span


class BuilderState:
    """What the pass knows so far about one article; ``entities._Builder`` adds the steps."""

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
        self.in_names: list = []  # (start, end, place) of a place named inside an organisation's name

    def home_country(self) -> str | None:
        """The country the story is set in (``entities._Builder.home_country``, which the builder mixes in)."""
        raise NotImplementedError

    def other(self, span: Span, label: str, start: int, end: int, text: str) -> None:
        """A name that is not one person's: an organisation, a place, a people (``groups.GroupMixin.other``,
        which the builder mixes in; declared here so the name steps can call it)."""
        raise NotImplementedError

    def org_key(self, text: str, prefix: str = "O:") -> str:
        """The key of the body a name names, an earlier one's when it is its acronym or short form
        (``groups.GroupMixin.org_key``, which the builder mixes in)."""
        raise NotImplementedError

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

    def cluster_at(self, start: int, end: int) -> Cluster | None:
        for cl in self.clusters.values():
            if any(m.start < end and start < m.end for m in cl.mentions):
                return cl
        return None
