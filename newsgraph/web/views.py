"""What each page and its API twin show, as plain data: the page renders it, ``/api/`` returns it.

Story-level lists (stories, clustered events, claims, canonical actors) come from
``newsgraph.store.story`` when this newsgraph has it and the store holds its tables; otherwise the
explorer falls back to the per-article tables (events as extracted, names as written).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Query, Request

from ..store.db import Store
from . import lists, paging, storyviews
from .app import check_date
from .storyviews import level as story_level


def store_of(request: Request) -> Store:
    return request.app.state.pool.get()


def has_story_level(store: Store) -> bool:
    """True when this newsgraph builds stories and this store holds them."""
    return storyviews.available(store)


def event_filters(
    actor: str | None = Query(None, description="an actor name (any part, whole words) or canonical id"),
    type: str | None = Query(None, description="PLOVER type, e.g. CONSULT"),
    country: str | None = Query(None, description="ISO alpha-3 of an actor, recipient or the location"),
    status: str | None = Query(None, description="occurred, planned, negated or hypothetical"),
    date_from: str | None = Query(None, alias="from", description="YYYY, YYYY-MM or YYYY-MM-DD"),
    date_to: str | None = Query(None, alias="to", description="YYYY, YYYY-MM or YYYY-MM-DD"),
) -> dict[str, Any]:
    """The filters every event list takes, checked (a malformed date is a 400)."""
    return {
        "actor": (actor or "").strip() or None,
        "type_": (type or "").strip() or None,
        "country": (country or "").strip() or None,
        "status": (status or "").strip() or None,
        "date_from": check_date(date_from, "from"),
        "date_to": check_date(date_to, "to"),
    }


Filters = Annotated[dict, Depends(event_filters)]


def events(store: Store, filters: dict, *, story: str | None, clustered: bool, limit: int, after: str | None) -> dict:
    """Events as real-world clusters (SPEC 4) when the story level is there and ``clustered``; else as
    extracted, one per article report (also when filtering by country or status, which clusters lack)."""
    if clustered and not filters.get("country") and not filters.get("status") and has_story_level(store):
        f = {k: v for k, v in filters.items() if k in ("actor", "type_", "date_from", "date_to")}
        page = storyviews.page(story_level.clustered_events, "cluster", store=store, limit=limit, after=after, story=story, **f)
        return {**page, "clustered": True}
    if story:
        return {"items": [], "next": None, "clustered": False}
    return {**lists.events(store, limit=limit, after=after, **filters), "clustered": False}


def search(store: Store, q: str, kind: str, filters: dict, *, source: str | None, limit: int, after: str | None) -> dict:
    fn = lists.search_quotes if kind == "quotes" else lists.search_articles
    return {**fn(store, q, limit=limit, after=after, source=source, **filters), "q": q, "kind": kind}


def download_items(fetch: Callable[[str | None, int], dict]):
    return paging.walk(fetch)
