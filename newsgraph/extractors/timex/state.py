"""What every part of the time resolver reads and calls, declared once for the type checker.

``Resolver`` (``resolve.py``) is one class made of mixins (``extents``, ``clock``, ``business``, ``story``), each a
file of ``r_<pattern>`` handlers; a handler of one mixin uses the state ``Resolver.__init__`` sets and the helpers
another part defines. The mixins inherit this class so that those names have types; it holds nothing at run time.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .dates import Point
    from .patterns import Candidate
    from .resolve import Result


class ResolverState:
    dct: dt.date  # the publication date
    doc: Doc
    days: list[tuple[int, int, dt.date, str]]  # (start, sentence start, day, gran) of resolved dates
    ref_quarters: list[tuple[int, Point]]  # explicit quarters, for "the latest quarter" and the like
    report_quarters: set[int]  # quarters that date a report: "third-quarter profit"
    comparisons: set[int]  # "a year earlier": remembered, but never counted from

    if TYPE_CHECKING:  # defined by Resolver or by one of the mixins

        def resolve(self, cand: Candidate) -> Result | None: ...

        def sentence_start(self, offset: int) -> int: ...

        def anchor(self, cand: Candidate) -> tuple[dt.date, str, str]: ...

        def anchor_day(self, c: Candidate, narrative: bool = False) -> tuple[dt.date, str, str]: ...

        def remember(self, cand: Candidate, point: Point) -> None: ...

        def _over(self, c: Candidate) -> bool: ...

        def direction(self, cand: Candidate) -> str | None: ...
