"""``newsgraph show``: a readable terminal digest of one article record, with rich."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .model import ArticleRecord


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", show_lines=False, expand=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    return table


def _clip(text: str | None, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render(rec: ArticleRecord, console: Console | None = None, explain: list | None = None) -> None:
    """Print the digest; ``explain`` (the event coder's trails, ``show --explain``) adds why each event is there."""
    console = console or Console()
    a = rec.article
    console.rule(f"[bold]{a.title or a.origin or a.id}[/bold]  ({a.date})")
    if rec.uncoded:  # kept with its text and language, nothing extracted: say why instead of five empty tables
        console.print(f"[yellow]not coded[/yellow] (language {escape(a.language or 'unknown')}): {escape(rec.uncoded)}")
        return

    ents = _table(f"Entities ({len(rec.entities)})", "id", "name", "type", "country", "sector", "title", "where", "mentions")
    for e in rec.entities:
        mentions = ", ".join(dict.fromkeys(m.text for m in e.mentions))
        ents.add_row(e.id, e.name, e.type, e.country or "", e.sector or "", e.title or "", where(e), _clip(mentions, 60))
    console.print(ents)

    times = _table(f"Times ({len(rec.times)})", "text", "value", "type", "offsets")
    for t in rec.times:
        times.add_row(t.text, t.value, t.type, f"{t.start}-{t.end}")
    console.print(times)

    quotes = _table(f"Quotes ({len(rec.quotes)})", "speaker", "cue", "kind", "text")
    for q in rec.quotes:
        quotes.add_row(q.speaker_name or "[dim]unknown[/dim]", q.cue or "", q.kind, _clip(q.text))
    console.print(quotes)

    quants = _table(f"Quantities ({len(rec.quantities)})", "text", "value", "unit", "qualifier", "counts")
    for n in rec.quantities:
        value = n.value if n.value is not None else f"{n.low}–{n.high}"
        quants.add_row(n.text, str(value), n.unit or "", n.qualifier or "", n.counts or "")
    console.print(quants)

    events = _table(f"Events ({len(rec.events)})", "date", "actor", "event", "recipient", "place", "status", "trigger")
    for ev in rec.events:
        date = ev.date if ev.date_precision != "publication" else f"[dim]{ev.date}?[/dim]"
        events.add_row(
            date,
            _actor(ev.actor),
            f"{ev.type}/{ev.mode or '-'} ({ev.cameo or '-'})",
            _actor(ev.recipient),
            f"{ev.location.name} {where(ev.location)}".strip() if ev.location else "",
            ev.status,
            ev.trigger.text,
        )
    console.print(events)
    if explain is not None:
        _explain(rec, explain, console)
    if rec.errors:
        console.print(f"[red]extractor failures:[/red] {'; '.join(rec.errors)}")


def _explain(rec: ArticleRecord, trails: list, console: Console) -> None:
    """Per event: what proposed it, the rules that fired on it, and score -> confidence; then what was dropped."""
    from .extractors.eventcoding.firing import explain

    why = _table("Why each event", "id", "trigger", "proposed by", "rules that fired", "score -> confidence")
    for ev in rec.events:
        made = explain(trails, ev)
        rules = "; ".join(dict.fromkeys(r for t in made for r in t.rules)) or "-"
        scores = ", ".join(f"{t.score:.2f}" for t in made if t.score is not None) or "rules only"
        why.add_row(ev.id, ev.trigger.text, escape("; ".join(dict.fromkeys(t.proposed_by for t in made)) or "?"),
                    escape(rules), f"{scores} -> {ev.confidence:.2f}")
    console.print(why)
    dropped = _table("Candidates dropped", "trigger", "offsets", "proposed by", "rules that fired", "dropped by")
    for t in trails:
        if t.dropped_by:
            dropped.add_row(t.text, f"{t.start}-{t.end}", escape(t.proposed_by), escape("; ".join(t.rules) or "-"),
                            escape(t.dropped_by))
    console.print(dropped)


def where(place) -> str:
    """A place's division, point and GeoNames id ("Alberta 53.55,-113.47 #5946768"), or "" if unresolved."""
    lat, lon = getattr(place, "lat", None), getattr(place, "lon", None)
    if lat is None or lon is None:
        return ""
    admin1 = getattr(place, "admin1", None)
    gid = getattr(place, "geonameid", None)
    parts = [admin1 or "", f"{lat:.2f},{lon:.2f}", f"#{gid}" if gid else ""]
    return " ".join(p for p in parts if p)


def _actor(actor) -> str:
    if actor is None:
        return ""
    codes = "/".join(x for x in (actor.country, actor.sector) if x)
    return f"{actor.name} [dim]{codes}[/dim]" if codes else actor.name
