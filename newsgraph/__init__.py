"""newsgraph: news articles to a sourced, dated record of what happened and who said what.

>>> import newsgraph
>>> record = newsgraph.extract("Noem visited El Salvador on Wednesday.", date="2025-03-27")
>>> [t.value for t in record.times]
['2025-03-26']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .errors import InputError, ModelNotFound, NewsgraphError, ReadError
from .model import (
    Article,
    ArticleRecord,
    Entity,
    Event,
    EventActor,
    Location,
    Mention,
    Quantity,
    Quote,
    Span,
    Time,
)

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleRecord",
    "Entity",
    "Event",
    "EventActor",
    "InputError",
    "Location",
    "Mention",
    "ModelNotFound",
    "NewsgraphError",
    "Quantity",
    "Quote",
    "ReadError",
    "Span",
    "Time",
    "__version__",
    "extract",
    "extract_many",
]


def _pipeline(model: str | None):
    from .pipeline import Pipeline

    key = model or ""
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(model)
    return _PIPELINES[key]


_PIPELINES: dict[str, Any] = {}


def _to_article(item: Article | Mapping[str, Any] | tuple, origin: str) -> Article:
    """The Article of one API input, held to the readers' rules and their one length limit (``too_long``)."""
    from .readers.common import too_long

    made = item if isinstance(item, Article) else _made(item, origin)
    if isinstance(made, Article):
        made = too_long(made) or made
    if isinstance(made, ReadError):
        raise InputError(made.reason, made.fix)
    return made


def _made(item: Mapping[str, Any] | tuple, origin: str) -> Article | ReadError:
    """A dict or tuple read as a feed's row is: the same checks, and HTML in the text cleaned."""
    from .readers.common import row_article

    if isinstance(item, tuple):
        item = dict(zip(("id", "date", "text"), item, strict=False))
    fields = dict(item)
    return row_article(str(fields.get("origin") or origin), fields, {}, None)


def extract(
    text: str, date: str, *, id: str | None = None, model: str | None = None, **meta: Any
) -> ArticleRecord:
    """Extract entities, times, quotes, quantities and events from one article published on ``date``."""
    article = _to_article({"text": text, "date": date, "id": id, **meta}, "<extract>")
    return _pipeline(model).extract(article)


def extract_many(
    articles: Iterable[Article | Mapping[str, Any] | tuple],
    *,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 32,
) -> Iterator[ArticleRecord]:
    """Records for many articles (``Article`` objects, dicts with date/text, or (id, date, text) tuples),
    in input order. A malformed article raises ``InputError``; use the CLI readers to skip and report instead."""
    from .pipeline import run_parallel

    items = (_to_article(a, f"<item {i}>") for i, a in enumerate(articles, 1))
    if workers <= 1:
        yield from _pipeline(model).run(items, batch_size=batch_size)  # type: ignore[misc]
    else:
        yield from run_parallel(items, model=model, workers=workers, batch_size=batch_size)  # type: ignore[misc]
