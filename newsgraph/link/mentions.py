"""``cluster_mentions``: the store's event clustering, run over given event mentions (SPEC section 4).

Public coreference data (ECB+) gives the event trigger spans; newsgraph gives everything else. Each
mention becomes a report: the newsgraph event whose trigger overlaps it (type, canonical parties, date,
status, place) or, when no event overlaps, a lemma-only report. Articles are grouped into stories with
``cluster_articles``, and ``events.cluster_reports`` (the very function the store's clustering uses)
decides which reports are one event.
"""

from __future__ import annotations

from .events import cluster_reports, word_key
from .names import name_key

PLACEHOLDER_DATE = "2000-01-01"  # the pipeline needs a date; an article without one has its dates ignored


def _stories(articles: list[dict]) -> dict[str, str]:
    try:
        from .stories import cluster_articles
    except ImportError:  # the story clustering is not in this build: one story for everything given
        return {a["id"]: "s0" for a in articles}
    return cluster_articles(articles)


def _head_lemma(doc, start: int, end: int, text: str) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return word_key(text) or text.lower()
    return word_key(span.root.lemma_) or span.root.lemma_.lower()


def _party(actor) -> str | None:
    """A party's key across articles without a store: the last word of its name ("Lohan" and "Lindsay
    Lohan" agree), only for named parties (an entity); "police" or "the man" say nothing either way."""
    if actor is None or not actor.name or actor.entity is None:
        return None
    key = name_key(actor.name)
    return key.split()[-1] if key else None


def _report(mention: dict, doc, record, story: str | None, dated: bool) -> dict:
    start, end = mention["start"], mention["end"]
    lemma = _head_lemma(doc, start, end, record.article.text[start:end])
    report = {
        "id": mention["id"],
        "article": mention["article"],
        "lemma": lemma,
        "story": story,
        "type": None,
    }
    for ev in record.events:
        if ev.trigger.start < end and start < ev.trigger.end:
            report.update(
                type=ev.type,
                mode=ev.mode,
                actor=_party(ev.actor),
                recipient=_party(ev.recipient),
                status=ev.status,
                location=ev.location.country if ev.location else None,
            )
            if dated:
                report.update(date=ev.date, date_precision=ev.date_precision, published=record.article.date)
            break
    return report


def parsed(articles: list[dict], mentions: list[dict], pipeline=None):
    """(article, its Doc, its newsgraph record, its story id, its mentions) for each given article that has
    mentions, parsed in one spaCy stream: what ``reports`` and the contextual scorer both start from."""
    from ..model import Article
    from ..pipeline import Pipeline

    pipe = pipeline or Pipeline()
    story = _stories(articles)
    by_article: dict[str, list[dict]] = {}
    for m in mentions:
        by_article.setdefault(m["article"], []).append(m)
    todo = [a for a in articles if a["id"] in by_article]
    docs = pipe.nlp.pipe((a["text"] for a in todo), batch_size=16)
    for a, doc in zip(todo, docs, strict=True):
        art = Article(
            id=a["id"], date=a.get("date") or PLACEHOLDER_DATE, text=a["text"], title=a.get("title")
        )
        yield a, doc, pipe.record(art, doc), story.get(a["id"]), by_article[a["id"]]


def reports(articles: list[dict], mentions: list[dict], pipeline=None) -> list[dict]:
    """One report per mention, from the newsgraph record of its article."""
    return [
        _report(m, doc, record, story, bool(a.get("date")))
        for a, doc, record, story, ms in parsed(articles, mentions, pipeline)
        for m in ms
    ]


def cluster_mentions(
    articles: list[dict], mentions: list[dict], *, pipeline=None, contextual: bool = False, cross: bool = False
) -> dict[str, str]:
    """{mention id: cluster id} for event trigger spans ``mentions`` (``{"id", "article", "start",
    "end"}``) in ``articles`` (``{"id", "date", "text"}``). A mention whose article is missing is a
    singleton. ``contextual=True`` decides with the optional contextual encoder and pair scorer
    (``link/contextual.py``) instead of the store's rules; it raises ``EncoderMissing`` [E030] when the
    encoder is not installed. ``cross=True`` (implies ``contextual``) also has the fine-tuned pair
    cross-encoder (``link/crossenc.py``) read the candidate pairs; E030 when it is not installed."""
    known = {a["id"] for a in articles}
    given = [m for m in mentions if m["article"] in known]
    if contextual or cross:
        from . import contextual as ctx
        from .encoder import encoder

        enc = encoder()  # fails early, before the pipeline runs, when the encoder is missing
        pair_model = None
        if cross:
            from .crossenc import cross_encoder

            pair_model = cross_encoder()
        found = ctx.encode(ctx.contexts(articles, given, pipeline), enc)
        clusters = ctx.cluster_contexts(found, cross=pair_model)
    else:
        clusters = cluster_reports(reports(articles, given, pipeline))
    out = {rid: f"c{n}" for rid, n in clusters.items()}
    for m in mentions:
        out.setdefault(m["id"], f"c-{m['id']}")
    return out
