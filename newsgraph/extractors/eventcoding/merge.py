"""Article-level clean-up: undated retellings of a dated event take its date, and duplicates within a sentence go."""

from __future__ import annotations

from dataclasses import replace

from ...model import Event, EventActor


def _who(actor: EventActor | None) -> tuple | None:
    if actor is None:
        return None
    return (actor.country, actor.sector) if actor.country else (actor.entity or actor.name,)


def date_retellings(events: list[Event]) -> list[Event]:
    """News retells its main events: an occurred event with only the publication date whose type, actor and
    recipient match an event with a date of its own is the same event told again ("the deportations", "the
    attack" later in the story), and takes that date. Each telling stays, with its own offsets, as the news sets
    annotate every mention; the story level clusters them into one real-world event. Where the matching events
    carry different dates the retelling is left as told."""
    dates: dict[tuple, set[tuple[str, str]]] = {}
    for ev in events:
        if ev.date and ev.date_precision and ev.date_precision != "publication" and ev.actor is not None:
            dates.setdefault((ev.type, _who(ev.actor), _who(ev.recipient)), set()).add((ev.date, ev.date_precision))
    out = []
    for ev in events:
        told = dates.get((ev.type, _who(ev.actor), _who(ev.recipient))) if ev.actor is not None else None
        if ev.date_precision == "publication" and ev.status == "occurred" and told and len(told) == 1:
            date, precision = next(iter(told))
            ev = replace(ev, date=date, date_precision=precision)
        out.append(ev)
    return out


def _key(ev: Event) -> tuple:
    who = (ev.actor.entity or ev.actor.name) if ev.actor else None
    whom = (ev.recipient.entity or ev.recipient.country or ev.recipient.name) if ev.recipient else None
    return (
        ev.type,
        who,
        whom,
        ev.sentence.start,
        ev.status,
    )  # "had withdrawn ... and would hand over": two acts


def dedupe(events: list[Event]) -> list[Event]:
    """One event per (type, actor, recipient, status) and sentence: the most confident wins."""
    best: dict[tuple, Event] = {}
    for ev in events:
        key = _key(ev)
        if key not in best or ev.confidence > best[key].confidence:
            best[key] = ev
    # an event without a recipient that another of the same type and actor in the sentence has == redundant
    kept = []
    for ev in best.values():
        if ev.recipient is None and any(
            o != ev
            and o.type == ev.type
            and o.recipient is not None
            and _key(o)[1] == _key(ev)[1]
            and o.sentence.start == ev.sentence.start
            and o.status == ev.status
            for o in best.values()
        ):
            continue
        kept.append(ev)
    return kept
