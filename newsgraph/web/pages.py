"""The pages: server-rendered HTML that reads without JavaScript; ``static/explorer.js`` only adds
in-place marking of spans and auto-submitting filters. Each page has a stable URL whose query string holds
its filters, so a view can be shared, and a JSON twin under /api/."""

from __future__ import annotations

import urllib.parse
from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from . import lists, paging, records, storyviews, svg, views
from .views import Filters, store_of

router = APIRouter(include_in_schema=False)


def with_params(request: Request, **changes) -> str:
    """This page's URL with some query parameters changed (None removes one) and the cursor reset."""
    params = {k: v for k, v in request.query_params.items() if k != "after"}
    for key, value in changes.items():
        key = {"from_": "from", "type_": "type"}.get(key, key)
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urllib.parse.urlencode(params)
    return request.url.path + ("?" + query if query else "")


def api_url(request: Request, path: str, **extra) -> str:
    """The API twin of this page with the same filters (``download=csv`` makes it a file)."""
    params = {k: v for k, v in request.query_params.items() if k not in ("after", "mark")}
    params.update({k: v for k, v in extra.items() if v is not None})
    return path + ("?" + urllib.parse.urlencode(params) if params else "")


def render(request: Request, template: str, nav: str, **context) -> HTMLResponse:
    env = request.app.state.templates
    store = store_of(request)
    html = env.get_template(template).render(
        request=request, nav=nav, with_params=lambda **c: with_params(request, **c),
        api_url=lambda p, **e: api_url(request, p, **e), story_level=views.has_story_level(store),
        plover_types=svg.PLOVER_TYPES, **context)
    return HTMLResponse(html)


@router.get("/")
def home(request: Request, f: Filters, limit: int | None = None, after: str | None = None):
    store = store_of(request)
    n = paging.clamp(limit)
    if views.has_story_level(store):
        page = storyviews.page(views.story_level.stories, "id", store=store, limit=n, after=after, date_from=f["date_from"],
                               date_to=f["date_to"], actor=f["actor"])
        for s in page["items"]:
            s["chart"] = svg.spark(s["articles"])
        return render(request, "stories.html", "stories", page=page, f=f)
    found = lists.search_articles(store, "", limit=n, after=after, **f)
    chart = svg.bars(found["facets"][found["facets"]["grain"]])
    counts = {t: store.count(t) for t in ("articles", "events", "quotes", "entities")}
    return render(request, "home.html", "stories", page=found, chart=chart, counts=counts, f=f)


@router.get("/articles/{article_id:path}")
def article(request: Request, article_id: str, mark: str | None = None):
    found = records.article_record(store_of(request), article_id)
    if found is None:
        raise HTTPException(404)
    rec = found["record"]
    segs = records.segments(found["text"], records.spans(rec), mark)
    return render(request, "article.html", "search", art=rec["article"], segments=segs, side=records.side_lists(rec),
                  mark=mark, errors=rec.get("errors", []))


@router.get("/search")
def search(request: Request, f: Filters, q: str = "", kind: Literal["articles", "quotes"] = "articles",
           source: str | None = None, limit: int | None = None,
           after: str | None = None, grain: Literal["day", "month", "year"] | None = None):
    store = store_of(request)
    found = views.search(store, q, kind, f, source=source, limit=paging.clamp(limit), after=after)
    grain = grain or found["facets"]["grain"]
    chart = svg.bars(found["facets"][grain], label=kind)
    return render(request, "search.html", "search", page=found, f=f, q=q, kind=kind, source=source or "",
                  grain=grain, chart=chart)


@router.get("/events")
def events(request: Request, f: Filters, story: str | None = None, clustered: bool = True,
           limit: int | None = None, after: str | None = None):
    page = views.events(store_of(request), f, story=story, clustered=clustered, limit=paging.clamp(limit), after=after)
    return render(request, "events.html", "events", page=page, f=f, story=story)


@router.get("/names/{name:path}")
def name_page(request: Request, name: str):
    found = lists.name_record(store_of(request), name)
    if found is None:
        raise HTTPException(404)
    return render(request, "name.html", "actors", rec=found)


@router.get("/actors")
def actors(request: Request, name: str | None = None, limit: int | None = None, after: str | None = None):
    store = store_of(request)
    n = paging.clamp(limit)
    if views.has_story_level(store):
        page = storyviews.page(views.story_level.actors, "id", store=store, limit=n, after=after, name=name or None)
        return render(request, "actors.html", "actors", page=page, name=name or "", canonical=True)
    page = lists.names(store, name=name, limit=n, after=after)
    return render(request, "actors.html", "actors", page=page, name=name or "", canonical=False)


@router.get("/map")
def world_map(request: Request, f: Filters):
    counts = lists.map_counts(store_of(request), **f)
    drawing = svg.world(counts["countries"], counts["points"])
    return render(request, "map.html", "map", counts=counts, drawing=drawing, f=f, outlines=bool(svg.outlines()))


def _story_level_or_404(request: Request):
    store = store_of(request)
    if not views.has_story_level(store):
        raise HTTPException(404)
    return store


@router.get("/stories/{story_id}")
def story_page(request: Request, story_id: str):
    found = storyviews.story_view(_story_level_or_404(request), story_id)
    if found is None:
        raise HTTPException(404)
    present = {c["type"] for c in found["clusters"]}
    return render(request, "story.html", "stories", s=found, timeline=svg.timeline(found["clusters"]),
                  chart=svg.bars(found["activity"], height=50), types=[t for t in svg.PLOVER_TYPES if t in present])


@router.get("/actors/{actor_id}")
def actor_page(request: Request, actor_id: str):
    found = storyviews.actor_view(_story_level_or_404(request), actor_id)
    if found is None:
        raise HTTPException(404)
    return render(request, "actor.html", "actors", rec=found)


@router.get("/claims")
def claims_page(request: Request, contested: bool = False, story: str | None = None, limit: int | None = None,
                after: str | None = None):
    level = views.story_level
    page = storyviews.page(level.claims, "id", limit=paging.clamp(limit), after=after,
                           store=_story_level_or_404(request), contested=contested, story=story)
    return render(request, "claims.html", "claims", page=page, contested=contested, story=story)
