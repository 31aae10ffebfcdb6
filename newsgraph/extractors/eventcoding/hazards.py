"""Filters of the ``rules`` table for deaths and damage no one did: a natural hazard, a disaster story, an accident
or a crash (team sentences in tests/test_events_rules.py)."""

from __future__ import annotations

from .actorcode import is_actorlike
from .animacy import accidental, damage_in_a_disaster, killed_by_hazard, vehicle_crashed
from .ruletypes import Coding, Sentence


def natural_cause(k: Coding, s: Sentence) -> bool:
    """No perpetrator: "killed in the floods", "injured in a bus crash" are deaths by a natural hazard, disease or
    accident (event_objects.tsv class ``hazard``), no attack; "killed by gunmen", "in an air strike" stand."""
    return (k.type == "ASSAULT" and not any(is_actorlike(a) for a in k.d.actors)
            and killed_by_hazard(k.c.anchor if not k.c.nominal else k.c.token, s.lex))


def disaster_damage(k: Coding, s: Sentence) -> bool:
    """No perpetrator: "1,200 homes were destroyed" with no one named doing it, in a story about an earthquake."""
    return (k.type == "ASSAULT" and not any(is_actorlike(a) for a in k.d.actors)
            and damage_in_a_disaster(k.c.anchor if not k.c.nominal else k.c.token, s.lex))


def accident(k: Coding, s: Sentence) -> bool:
    """No attack: "killed in accidental explosions", "the device went off accidentally" is told as an accident
    with no one named doing it ("the accidental bombing of troops by the coalition" stands: someone bombed)."""
    if k.type == "ASSAULT" and not k.c.nominal and vehicle_crashed(k.c.anchor, s.lex):
        return True
    return (k.type == "ASSAULT" and not any(is_actorlike(a) for a in k.d.actors)
            and accidental(k.c.anchor if not k.c.nominal else k.c.token))

