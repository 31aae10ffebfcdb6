"""times: every time expression of the article, with its TimeML value resolved against the publication date.

The work is done by the ``timex`` subpackage (recognise with patterns, filter with the parse, resolve with the
tense of each clause); this module is the stage's entry point. See docs/times.md.
"""

from __future__ import annotations

from ..model import Time
from .timex import anchor_date, find


def extract(ctx) -> list[Time]:
    return find(ctx.article.text, ctx.doc, anchor_date(ctx.article.date))
