"""What the rules table's functions read: a candidate as the rules code it (``Coding``) and its sentence
(``Sentence``). A module of its own so that rule modules beside ``rules`` (``codebook``) can name them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .draft import Draft
from .lexicon import Lexicon
from .triggers import Candidate


@dataclass
class Sentence:
    """What every rule may look at besides its candidate: the article, the sentence, every draft in it."""

    ctx: Any
    sent: Any
    lex: Lexicon
    drafts: dict[int, Draft]
    forceful: set[int]  # anchors of verbal ASSAULT/COERCE candidates
    verbal_types: set[tuple[int, str]]  # (token, type) of verbal candidates not suppressed


@dataclass
class Coding:
    """A candidate as the rules code it: its draft, current type/mode/CAMEO, the act it is about (if any), the noun
    that names its own act (if any) and whether it is only a proposal (kept by the disposer only when its model
    finds it likely)."""

    c: Candidate
    d: Draft
    type: str
    mode: str | None
    cameo: str | None
    inner: Candidate | None = None
    same: Candidate | None = None
    proposal: bool = False

    def recode(self, type_: str, mode: str | None, cameo: str | None) -> bool:
        self.type, self.mode, self.cameo = type_, mode, cameo
        return True

    @property
    def bare_noun(self) -> bool:
        return self.c.bare_noun
