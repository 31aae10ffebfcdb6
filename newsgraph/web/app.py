"""The explorer's application: FastAPI routes for the pages (Jinja2, server-rendered) and the JSON API,
over a read-only store.

    >>> from newsgraph.web import create_app
    >>> app = create_app("news.db")            # uvicorn.run(app, host="127.0.0.1", port=8000)

Security in one place: every response carries a Content-Security-Policy that allows only this server
(``'self'``; no inline script), so even markup that slipped through escaping could neither run nor
fetch; the Host header must name this server (DNS rebinding cannot reach a server on 127.0.0.1); errors
are short messages, never tracebacks.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..store.db import StoreError
from ..store.story import value_text
from . import markup, paging, words
from .db import StorePool

HERE = Path(__file__).parent
log = logging.getLogger("newsgraph.web")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# The API docs page (Swagger UI) sets inline styles from its script; it gets that and nothing more.
CSP_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


class SecurityHeaders:
    """Adds the CSP and its companions to every response (a plain ASGI middleware: Starlette's
    ``BaseHTTPMiddleware`` costs a task and a queue per request)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = (CSP_DOCS if scope.get("path") == "/api/docs" else CSP).encode()

        async def with_headers(message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"content-security-policy", csp),
                                      (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                                      (b"x-frame-options", b"DENY")]
            await send(message)

        await self.app(scope, receive, with_headers)


class Templates(jinja2.Environment):
    """Jinja with ``x.key`` looked up as a key first when ``x`` is a dict (every value the pages show is
    one): Jinja tries the attribute first, and the AttributeError it catches on each of the thousands of
    ``c.date`` of a story page was a third of the page's time. A key named like a dict method (``items``,
    ``values``) is written ``x["items"]`` in the templates either way."""

    def getattr(self, obj, attribute):  # noqa: D102
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def _environment() -> jinja2.Environment:
    env = Templates(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every {{ value }} is escaped: article text is shown as text, never as markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates are package files: no stat of each on every page
    )
    env.filters["u"] = markup.url_part
    env.globals.update(actor_link=markup.actor_link, type_badge=markup.type_badge,  # on every row: Python, not macros
                       story_cluster_rows=markup.story_cluster_rows, actor_cluster_rows=markup.actor_cluster_rows)
    env.filters["num"] = words.number
    env.filters["claim_value"] = lambda v: value_text(v, words.number)  # "more than 200", "dozens (24-99)"
    env.filters["plural"] = words.plural  # {{ n|plural("source") }}: "1 source", "2 sources"
    return env


def create_app(db: str | Path, *, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The explorer over the store at ``db`` (opened read-only; a missing file fails here, not later).
    ``allowed_hosts``: the Host header values to answer (None: any, for tests)."""
    pool = StorePool(db)
    app = FastAPI(
        title="newsgraph explorer",
        description="Read-only JSON API over a newsgraph store: stories, event clusters, claims, actors, "
        "articles with their records, and search. Lists are `{items, next}`; pass `next` back as `after`.",
        version="1",
        docs_url=None,
        redoc_url=None,
    )
    app.state.pool = pool
    app.state.templates = _environment()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    app.add_middleware(SecurityHeaders)
    _error_handlers(app)
    from . import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def from_environment() -> FastAPI:
    """The app of one worker process of ``newsgraph serve --workers N`` (uvicorn imports it by name)."""
    import os

    hosts = [h for h in os.environ.get("NEWSGRAPH_SERVE_HOSTS", "").split(",") if h]
    app = create_app(os.environ["NEWSGRAPH_SERVE_DB"], allowed_hosts=hosts or None)
    settle()
    return app


def settle() -> None:
    """Collect what start-up left behind and exempt the rest (modules, routes, templates: tens of thousands
    of objects that live as long as the server) from the garbage collector. Without it, each full
    collection walked them all: about 30 ms of CPU every few hundred requests (far longer on a busy
    machine), during which every queued request of that process waited."""
    import gc

    gc.collect()
    gc.freeze()


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str, fix: str = "") -> HTMLResponse | JSONResponse:
    """A short error: JSON under /api/, a page elsewhere. Never a traceback."""
    if _wants_json(request):
        return JSONResponse({"error": message, "fix": fix or None, "status": status}, status_code=status)
    env: jinja2.Environment = request.app.state.templates
    html = env.get_template("error.html").render(request=request, status=status, message=message, fix=fix, nav="")
    return HTMLResponse(html, status_code=status)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        default = exc.status_code == 404 and exc.detail in (None, "", "Not Found")
        message = "Not found." if default else str(exc.detail)
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError):
        names = sorted({str(e.get("loc", ["", "?"])[-1]) for e in exc.errors()})
        return error_response(request, 400, f"Bad value for {', '.join(names)}.", "Check the query parameters.")

    @app.exception_handler(paging.BadRequest)
    async def bad_request(request: Request, exc: paging.BadRequest):
        return error_response(request, 400, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return error_response(request, 400, getattr(exc, "message", str(exc)), getattr(exc, "remedy", ""))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        log.exception("error answering %s", request.url.path)
        return error_response(request, 500, "The server failed on this request.", "See the server's log.")


DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_date(value: str | None, name: str) -> str | None:
    """A date filter as given (YYYY, YYYY-MM or YYYY-MM-DD), None when empty; BadRequest otherwise."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not DATE.match(value):
        raise paging.BadRequest(f"`{name}` must be a date: YYYY, YYYY-MM or YYYY-MM-DD.")
    return value
