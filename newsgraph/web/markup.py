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


def type_badge(t, colours=None) -> Markup:
    """A PLOVER type with its colour swatch (the colour comes from the stylesheet's ``t-TYPE`` class)."""
    t = escape(t)
    return Markup(f'<span class="type" data-type="{t}"><i class="sw t-{t}"></i>{t}</span>')
