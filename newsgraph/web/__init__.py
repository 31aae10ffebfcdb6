"""The web explorer: ``newsgraph serve``'s pages and JSON API over a store opened read-only.

    app.py      the FastAPI application, security headers, error pages
    pages.py    the HTML pages (Jinja2 templates in templates/, the team's CSS and script in static/)
    api.py      the JSON API under /api/ (lists are {"items", "next"}; downloads as CSV or JSON)
    views.py    what pages and API share; the story level when the store has it
    lists.py    lists over the per-article tables (events, search with facets, names, the map)
    records.py  an article's record rebuilt from the store, its text cut into highlighted segments
    svg.py      charts and the world map drawn as SVG on the server
    paging.py   cursors, the page-size cap, CSV/JSON downloads
    db.py       read-only connections, one per thread
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
