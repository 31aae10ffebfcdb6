"""The event coder: who did what to whom, when and where, in PLOVER with CAMEO beside it.

Per sentence: find triggers (``triggers``), let speech acts and attitude verbs govern their content
("threatened to attack" is one THREATEN; "denied sending troops" is a negated MOBILIZE: ``govern``), take actor
and recipient from the parse (``draft``, ``arguments``), status (``status``), date (``dating``) and place
(``places``); walk the ordered table of named filters and recodes (``rules``); build the event (``build``);
statements whose reported content criticises or praises someone become ACCUSE / SUPPORT events of the speaker
(``speech``). A learned model keeps or drops each candidate and sets its confidence (``disposer``).
``coder`` is the loop; ``firing`` counts the rules that fire and keeps the trail behind each event
(``newsgraph show --explain``). Everything looks at a token's children or a short path to its head, so the cost
is linear in sentence length.
"""

from __future__ import annotations

from .coder import extract

__all__ = ["extract"]
