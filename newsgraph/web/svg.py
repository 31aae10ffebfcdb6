"""Charts and the map, drawn on the server as SVG: the pages read without JavaScript and fetch nothing.

Every piece of text that reaches the SVG goes through ``escape``; numbers are formatted by Python. The
world outlines are the Natural Earth 1:110m countries of the npm package ``world-atlas`` (TopoJSON),
installed into ``static/vendor/`` at build time (``make static``); without them the map draws only points.
"""

from __future__ import annotations

import datetime
import functools
import json
import math
from pathlib import Path

from markupsafe import Markup, escape

from .words import plural

VENDOR = Path(__file__).parent / "static" / "vendor"
ATLAS = VENDOR / "world-atlas" / "countries-110m.json"

# One colour per PLOVER type (a qualitative palette; verbal cooperation blue-green, material conflict red).
TYPE_COLOURS = {
    "AGREE": "#1b9e77", "CONSULT": "#66a61e", "SUPPORT": "#2c7fb8", "CONCEDE": "#7fcdbb",
    "COOPERATE": "#41b6c4", "AID": "#225ea8", "RETREAT": "#a6bddb", "REQUEST": "#e6ab02",
    "ACCUSE": "#d95f02", "REJECT": "#fdae61", "THREATEN": "#e7298a", "PROTEST": "#7570b3",
    "SANCTION": "#bc80bd", "MOBILIZE": "#8c6d31", "COERCE": "#e31a1c", "ASSAULT": "#800026",
}  # fmt: skip
PLOVER_TYPES = list(TYPE_COLOURS)


def bars(counts: list[dict], *, width: int = 640, height: int = 90, label: str = "articles") -> Markup:
    """A bar chart of ``[{"value": period, "count": n}]`` in the given order, each bar titled; with a dozen
    bars or fewer each is labelled, else the first and the last."""
    if not counts:
        return Markup("")
    top = max(c["count"] for c in counts) or 1
    few = len(counts) <= 12
    step = min(width / len(counts), 72 if few else 28)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height + 16}" role="img" aria-label="{escape(label)} by period">']
    for i, c in enumerate(counts):
        h = max(1.0, (height - 2) * c["count"] / top)
        parts.append(
            f'<rect x="{i * step + 0.5:.1f}" y="{height - h:.1f}" width="{max(step - 2, 1):.1f}" height="{h:.1f}">'
            f"<title>{escape(c['value'])}: {escape(plural(c['count'], label.removesuffix('s')))}</title></rect>"
        )
        if few:
            parts.append(f'<text x="{i * step + step / 2:.1f}" y="{height + 13}" text-anchor="middle">{escape(c["value"])}</text>')
    if not few:
        parts.append(f'<text x="0" y="{height + 13}">{escape(counts[0]["value"])}</text>')
        parts.append(f'<text x="{step * len(counts):.0f}" y="{height + 13}" text-anchor="end">{escape(counts[-1]["value"])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def spark(articles: list[dict], *, width: int = 120, height: int = 22) -> Markup:
    """A story's activity: articles per day from its first to its last day, as a row of thin bars."""
    days = [d for d in (_day(a.get("date")) for a in articles) if d]
    if not days:
        return Markup("")
    lo, hi = min(days), max(days)
    span = (hi - lo).days + 1
    counts: dict[int, int] = {}
    for d in days:
        counts[(d - lo).days] = counts.get((d - lo).days, 0) + 1
    top = max(counts.values())
    step = width / max(span, 1)
    parts = [f'<svg class="spark" viewBox="0 0 {width} {height}" role="img" aria-label="articles per day">',
             f"<title>{plural(len(days), 'article')}, {lo.isoformat()} to {hi.isoformat()}</title>"]
    for i, n in sorted(counts.items()):
        h = max(2.0, (height - 1) * n / top)
        parts.append(f'<rect x="{i * step:.1f}" y="{height - h:.1f}" width="{max(step - 0.5, 1.5):.1f}" height="{h:.1f}"/>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _day(value: str | None) -> datetime.date | None:
    if not value:
        return None
    v = value[:10]
    v = v + "-01" * ((10 - len(v)) // 3)
    try:
        return datetime.date.fromisoformat(v)
    except ValueError:
        return None


def timeline(clusters: list[dict], *, width: int = 900) -> Markup:
    """Event clusters on a date axis, one row per PLOVER type (coloured), area by number of sources;
    planned events hollow, negated crossed out and grey, hypothetical dotted. Each dot links to its cluster."""
    dated = [(c, d) for c in clusters if (d := _day(c.get("date"))) is not None]
    if not dated:
        return Markup("")
    types = [t for t in PLOVER_TYPES if any(c.get("type") == t for c, _ in dated)]
    lo, hi = min(d for _, d in dated), max(d for _, d in dated)
    span = max((hi - lo).days, 1)
    left, row, right = 96, 26, 24
    height = row * len(types) + 30
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" aria-label="timeline of events">']
    for i, t in enumerate(types):
        y = 14 + i * row + row / 2
        parts.append(f'<text class="lab" x="{left - 8}" y="{y + 4:.0f}" text-anchor="end">{escape(t)}</text>')
        parts.append(f'<line class="row" x1="{left}" x2="{width - right}" y1="{y:.0f}" y2="{y:.0f}"/>')
    for c, d in sorted(dated, key=lambda x: -(x[0].get("n_sources") or 1)):
        x = left + (width - left - right) * (d - lo).days / span
        y = 14 + types.index(c["type"]) * row + row / 2 if c.get("type") in types else height - 10
        r = 3 + 2.2 * math.sqrt(c.get("n_sources") or 1)
        status = c.get("status") or "occurred"
        colour = TYPE_COLOURS.get(c.get("type") or "", "#555")
        tip = (f"{c.get('date')} {c.get('type')} {c.get('mode') or ''} {status}: "
               f"{(c.get('actor') or {}).get('name') or '?'} → {(c.get('recipient') or {}).get('name') or '—'}; "
               f"{plural(c.get('n_sources') or 1, 'source')}")
        dot = f'<circle class="ev {escape(status)}" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" stroke="{colour}"/>'
        if status == "negated":
            dot += f'<line class="neg" x1="{x - r:.1f}" y1="{y - r:.1f}" x2="{x + r:.1f}" y2="{y + r:.1f}"/>'
        parts.append(f'<a href="#{escape(c["cluster"])}" data-cluster="{escape(c["cluster"])}"><title>{escape(tip)}</title>{dot}</a>')
    parts.append(f'<text x="{left}" y="{height - 2}">{lo.isoformat()}</text>')
    parts.append(f'<text x="{width - right}" y="{height - 2}" text-anchor="end">{hi.isoformat()}</text></svg>')
    return Markup("".join(parts))


# --- the map --------------------------------------------------------------------------------------

NORTH, SOUTH = 84.0, -57.0  # Antarctica and the Arctic ocean are cut off: no news events there to show
MAP_W = 960
MAP_H = round(MAP_W * (NORTH - SOUTH) / 360)


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular: the simplest projection that keeps every point where a reader expects it."""
    return (lon + 180) / 360 * MAP_W, (NORTH - lat) / 360 * MAP_W


def _unwrap(ring: list[tuple[float, float]]) -> tuple[list[tuple[float, float]], int]:
    """The ring with its longitudes made continuous (a step of more than 180° crosses the antimeridian,
    so the next points are shifted by 360°), and the number of times it went round the globe."""
    out, shift = [ring[0]], 0
    for (x0, _), (x, y) in zip(ring, ring[1:], strict=False):
        if x - x0 > 180:
            shift -= 1
        elif x0 - x > 180:
            shift += 1
        out.append((x + 360 * shift, y))
    return out, shift


def ring_path(ring: list[tuple[float, float]]) -> str:
    """SVG path data of one ring of (lon, lat) points. A ring that crosses the antimeridian (Fiji, the
    east of Russia) is drawn whole in continuous longitudes, once more shifted by 360° for the part beyond
    the edge, and the map's frame clips both: drawn as stored, its points on either side of 180° would be
    joined by a stripe across the whole map. A ring round the pole (Antarctica) is drawn as stored."""
    if not ring:
        return ""
    unwrapped, turns = _unwrap(ring)
    if turns:
        unwrapped = ring
    lons = [x for x, _ in unwrapped]
    offsets = [0] + [360] * (min(lons) < -180) + [-360] * (max(lons) > 180)
    paths = []
    for off in offsets:
        pts = [project(x + off, y) for x, y in unwrapped]
        paths.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
    return "".join(paths)


@functools.lru_cache(maxsize=1)
def outlines() -> tuple[tuple[str, str, str], ...]:
    """(ISO alpha-3 or "", name, SVG path) of every country in the installed world atlas; () without it."""
    if not ATLAS.is_file():
        return ()
    import pycountry

    topo = json.loads(ATLAS.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indexes: list[int]) -> str:
        pts: list[tuple[float, float]] = []
        for i in indexes:
            seg = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts += seg[1:] if pts else seg
        return ring_path(pts)

    out = []
    for geo in topo["objects"]["countries"]["geometries"]:
        polys = geo.get("arcs") or []
        if geo.get("type") == "Polygon":
            polys = [polys]
        path = "".join(ring(r) for poly in polys for r in poly)
        code = ""
        if geo.get("id"):
            found = pycountry.countries.get(numeric=str(geo["id"]).zfill(3))
            code = found.alpha_3 if found else ""
        out.append((code, (geo.get("properties") or {}).get("name", ""), path))
    return tuple(out)


def _shade(n: int, top: int) -> int:
    """0..5: the class of a country's count on a log scale."""
    if n <= 0:
        return 0
    return 1 + min(4, int(4 * math.log1p(n) / math.log1p(max(top, 1))))


def world(countries: list[dict], points: list[dict], link: str = "/events?country=") -> Markup:
    """A choropleth of event counts by country with the events that have coordinates as dots."""
    counts = {c["country"]: c["n"] for c in countries}
    top = max(counts.values(), default=1)
    parts = [f'<svg class="map" viewBox="0 0 {MAP_W} {MAP_H}" role="img" aria-label="events by country">',
             f'<rect class="sea" width="{MAP_W}" height="{MAP_H}"/>']
    for code, name, path in outlines():
        n = counts.get(code, 0)
        shape = f'<path class="land q{_shade(n, top)}" d="{path}"><title>{escape(name)}: {plural(n, "event")}</title></path>'
        parts.append(f'<a href="{escape(link + code)}">{shape}</a>' if code and n else shape)
    ptop = max((p["n"] for p in points), default=1)
    for p in points:
        x, y = project(p["lon"], p["lat"])
        r = 1.5 + 5 * math.sqrt(p["n"] / ptop)
        parts.append(f'<circle class="pt" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{escape(p.get("name") or "")}'
                     f" ({p['lat']}, {p['lon']}): {plural(p['n'], 'event')}</title></circle>")
    parts.append("</svg>")
    return Markup("".join(parts))
