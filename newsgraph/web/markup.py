"""Small pieces of markup the pages repeat on every row (an actor's link, a PLOVER badge, a URL-quoted
id), built in Python: as Jinja macros they were most of the time of a story or actor page (a macro call
costs a frame, a context and an escape per argument; a page has hundreds of them).

Every value goes through ``markupsafe.escape``, exactly as the templates' autoescaping does.
"""

from __future__ import annotations

import functools
import re
import urllib.parse

from markupsafe import Markup, escape

from .words import plural

_SAFE = re.compile(r"[A-Za-z0-9_.~-]*").fullmatch


@functools.lru_cache(maxsize=65536)
def _quote(text: str) -> str:
    return urllib.parse.quote(text, safe="")


def url_part(value) -> str:
    """``value`` quoted for one segment or parameter of a URL (the ``u`` filter): ids like ``A12`` or
    ``syn-4`` pass as they are; anything else is percent-encoded (``/``, ``?``, ``&`` and ``<`` too)."""
    text = str(value)
    return text if _SAFE(text) else _quote(text)


def actor_link(a: dict | None) -> Markup:
    """An actor as the event tables show it: a link to its canonical page (or to the name as written),
    then its country and sector codes; a dash for none, a question mark for a role without a name."""
    if a is None:
        return Markup('<span class="none">—</span>')
    name = a.get("name")
    if a.get("actor"):
        out = f'<a href="/actors/{escape(url_part(a["actor"]))}">{escape(name)}</a>'
    elif name:
        out = f'<a href="/names/{escape(url_part(name))}">{escape(name)}</a>'
    else:
        out = '<span class="none">?</span>'
    if a.get("country"):
        out += f' <span class="code">{escape(a["country"])}</span>'
    if a.get("sector"):
        out += f' <span class="code">{escape(a["sector"])}</span>'
    return Markup(out)


def type_badge(t) -> Markup:
    """A PLOVER type with its colour swatch (the colour comes from the stylesheet's ``t-TYPE`` class)."""
    t = escape(t)
    return Markup(f'<span class="type" data-type="{t}"><i class="sw t-{t}"></i>{t}</span>')


def _report_link(r: dict) -> str:
    return (f'<a class="report" href="/articles/{escape(url_part(r["article"]))}?mark={escape(url_part(r["event"]))}#m">'
            f'“{escape(r["trigger"]["text"])}”</a>')


def _cluster_cells(c: dict, *, with_id: bool) -> str:
    ident = f' id="{escape(c["cluster"])}"' if with_id else ""
    return (f'<tr class="ev-row status-{escape(c["status"])}"{ident}><td class="date">{escape(c["date"])}</td>'
            f'<td>{type_badge(c["type"])} <span class="mode">{escape(c["mode"] or "")}</span></td>\n'
            f'<td>{actor_link(c["actor"])}</td><td>{actor_link(c["recipient"])}</td>'
            f'<td class="status">{escape(c["status"])}</td>\n')


def story_cluster_rows(clusters: list[dict]) -> Markup:
    """The rows of a story's table of event clusters, each with its reports folded (a story page has a
    hundred: as template code they were half its rendering time)."""
    out = []
    for c in clusters:
        reports = "".join(f'<li>{_report_link(r)} <span class="date">{escape(r["date"])}</span> {escape(r["status"])}</li>'
                          for r in c["reports"])
        out.append(f'{_cluster_cells(c, with_id=True)}<td><details><summary>{escape(plural(c["n_sources"], "source"))}, '
                   f'{escape(plural(c["n_reports"], "report"))}</summary><ul>\n{reports}</ul></details></td></tr>\n')
    return Markup("".join(out))


def actor_cluster_rows(clusters: list[dict]) -> Markup:
    """The rows of an actor's table of event clusters, each with its first three reports."""
    out = []
    for c in clusters:
        more = f"<small>+{c['n_reports'] - 3}</small>" if c["n_reports"] > 3 else ""
        reports = "".join(_report_link(r) + " " for r in c["reports"][:3])
        out.append(f"{_cluster_cells(c, with_id=False)}<td>{reports}{more}</td></tr>\n")
    return Markup("".join(out))
