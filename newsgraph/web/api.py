"""The JSON API under /api/ (answers are JSONResponse built from plain dicts: FastAPI's own encoder walks
every nested value again and cost more than the queries on a story page): the data of every page. Lists are ``{"items": [...], "next": cursor}``; pass
``next`` back as ``after``. ``limit`` is capped at 500. ``download=csv`` or ``download=json`` returns the
whole list with the same filters as a file (up to 100,000 rows)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse

from . import lists, paging, records, storyviews, views
from .svg import VENDOR
from .views import Filters, store_of

router = APIRouter(prefix="/api")

Download = Literal["csv", "json"] | None
LIMIT = Query(None, description=f"page size, at most {paging.MAX_LIMIT}")
AFTER = Query(None, description="the `next` cursor of the previous page")
DOWNLOAD = Query(None, description="csv or json: the whole list with these filters, as a file")


def answer(name: str, download: Download, limit: int | None, after: str | None,
           fetch: Callable[[str | None, int], dict]) -> JSONResponse | StreamingResponse:
    """One page of a list, or (``download``) the whole list as a CSV or JSON attachment."""
    if download:
        items = paging.walk(fetch)
        chunks = paging.csv_chunks(items) if download == "csv" else paging.json_chunks(items)
        media = "text/csv; charset=utf-8" if download == "csv" else "application/json"
        headers = {"Content-Disposition": f'attachment; filename="newsgraph-{name}.{download}"'}
        return StreamingResponse(chunks, media_type=media, headers=headers)
    return JSONResponse(fetch(after, paging.clamp(limit)))


def _story_level(request: Request):
    store = store_of(request)
    if not views.has_story_level(store):
        raise HTTPException(404, "This store has no story level (stories, clusters, claims, canonical actors).")
    return store, views.story_level


@router.get("/events", summary="Events, clustered by real-world event by default")
def api_events(request: Request, f: Filters, story: str | None = None,
               clustered: bool = True, limit: int | None = LIMIT, after: str | None = AFTER,
               download: Download = DOWNLOAD):
    store = store_of(request)
    return answer("events", download, limit, after,
                  lambda a, n: views.events(store, f, story=story, clustered=clustered, limit=n, after=a))


@router.get("/search", summary="Full-text search over articles (kind=articles) or quotes (kind=quotes)")
def api_search(request: Request, f: Filters, q: str = "", kind: Literal["articles", "quotes"] = "articles",
               source: str | None = None, limit: int | None = LIMIT,
               after: str | None = AFTER, download: Download = DOWNLOAD):
    store = store_of(request)
    return answer(f"search-{kind}", download, limit, after,
                  lambda a, n: views.search(store, q, kind, f, source=source, limit=n, after=a))


@router.get("/articles", summary="Articles, newest first, with the filters of search")
def api_articles(request: Request, f: Filters, source: str | None = None,
                 limit: int | None = LIMIT, after: str | None = AFTER, download: Download = DOWNLOAD):
    return api_search(request, f, q="", kind="articles", source=source, limit=limit, after=after, download=download)


@router.get("/articles/{article_id:path}", summary="An article's text and its SPEC section 2 record")
def api_article(request: Request, article_id: str):
    found = records.article_record(store_of(request), article_id)
    if found is None:
        raise HTTPException(404)
    return JSONResponse({"id": article_id, **found})


@router.get("/quotes", summary="Quotes, newest first; actor= filters by speaker, q= searches their text")
def api_quotes(request: Request, f: Filters, q: str = "", limit: int | None = LIMIT,
               after: str | None = AFTER, download: Download = DOWNLOAD):
    return api_search(request, f, q=q, kind="quotes", source=None, limit=limit, after=after, download=download)


@router.get("/names", summary="Names of entities as written, most widely reported first")
def api_names(request: Request, name: str | None = None, limit: int | None = LIMIT, after: str | None = AFTER,
              download: Download = DOWNLOAD):
    store = store_of(request)
    return answer("names", download, limit, after, lambda a, n: lists.names(store, name=name, limit=n, after=a))


@router.get("/names/{name:path}", summary="One name as written: codings, titles, events, quotes, co-occurring names")
def api_name(request: Request, name: str):
    found = lists.name_record(store_of(request), name)
    if found is None:
        raise HTTPException(404)
    return JSONResponse(found)


@router.get("/map", summary="Events by country of location, and points where coordinates exist")
def api_map(request: Request, f: Filters):
    return JSONResponse(lists.map_counts(store_of(request), **f))


@router.get("/stories", summary="Stories (SPEC section 4), newest first")
def api_stories(request: Request, f: Filters, limit: int | None = LIMIT,
                after: str | None = AFTER, download: Download = DOWNLOAD):
    store, story = _story_level(request)
    return answer("stories", download, limit, after, lambda a, n: storyviews.page(
        story.stories, "id", store=store, limit=n, after=a, date_from=f["date_from"], date_to=f["date_to"], actor=f["actor"]))


@router.get("/stories/{story_id}", summary="One story (SPEC 4) with its clusters, claims, quotes by speaker")
def api_story(request: Request, story_id: str):
    store, _ = _story_level(request)
    found = storyviews.story_view(store, story_id)
    if found is None:
        raise HTTPException(404)
    return JSONResponse(found)


@router.get("/claims", summary="Claims (quantities and dates reported about one thing), contested or not")
def api_claims(request: Request, contested: bool | None = None, story: str | None = None,
               limit: int | None = LIMIT, after: str | None = AFTER, download: Download = DOWNLOAD):
    store, level = _story_level(request)
    return answer("claims", download, limit, after, lambda a, n: storyviews.page(
        level.claims, "id", store=store, limit=n, after=a, contested=bool(contested), story=story))


@router.get("/actors", summary="Canonical actors (one per real-world actor across articles)")
def api_actors(request: Request, name: str | None = None, limit: int | None = LIMIT, after: str | None = AFTER,
               download: Download = DOWNLOAD):
    store, level = _story_level(request)
    return answer("actors", download, limit, after,
                  lambda a, n: storyviews.page(level.actors, "id", store=store, limit=n, after=a, name=name or None))


@router.get("/actors/{actor_id}", summary="One canonical actor with aliases, titles, events, quotes")
def api_actor(request: Request, actor_id: str):
    store, _ = _story_level(request)
    found = storyviews.actor_view(store, actor_id)
    if found is None:
        raise HTTPException(404)
    return JSONResponse(found)


@router.get("/docs", include_in_schema=False)
def api_docs(request: Request):
    """Swagger UI from the npm package swagger-ui-dist, served from this server (make static)."""
    env = request.app.state.templates
    installed = (VENDOR / "swagger-ui" / "swagger-ui-bundle.js").is_file()
    return HTMLResponse(env.get_template("docs.html").render(request=request, installed=installed, nav="api"))
