"""A labour strike told by the verb "strike" with workers or their union as its subject ("the union would strike
from Thursday", "nurses struck for a second day"): a strike (PROTEST, CAMEO 143), never a blow. The participle
("striking dock workers") is ``senses.striking_workforce``."""

from __future__ import annotations

from .arguments import subject
from .triggers import Candidate, is_passive, lemma

UNIONS = {"union", "unionist", "syndicate", "guild"}  # "the Federation of Mine Workers" is LAB by its name


def walkout(c: Candidate, actors: list) -> bool:
    """The verb "strike" with no object, done by workers or a labour body: coded LAB, or headed by a word of the
    workforce or of a union. "Rebels struck at dawn" and "struck the convoy" stay attacks."""
    from .senses import WORKFORCE

    tok = c.token
    if c.nominal or lemma(tok) != "strike" or tok.pos_ != "VERB" or is_passive(tok):
        return False
    if any(k.dep_ in ("dobj", "attr", "acomp") for k in tok.children):
        return False  # "struck the convoy", "struck a deal", "struck gold"
    doers = subject(tok)
    labour = any(a.sector == "LAB" for a in actors)
    return bool(doers) and (labour or any(lemma(t) in WORKFORCE | UNIONS for t in doers))
