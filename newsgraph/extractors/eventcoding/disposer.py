"""Rules propose, a small learned model disposes: which candidate events to keep, and how sure to be.

The rules find candidates and code them; this module scores each with a logistic regression over plain
features of the candidate (its type, status, trigger lemma, whether it is a noun, who its actor is, whether it is
quoted, what clause it sits in) and sets ``confidence`` to the model's probability that the event is real. Two
thresholds: a rule-coded event reported as done is dropped only when the model finds it unlikely (``drop_below``;
planned, negated and hypothetical acts, and acts of types no news set labels, stay unless almost surely no event,
with their confidence, for a user who filters on status or confidence); a
*proposal* (a noun the rules alone would leave out: "the attack", "during a rally", with no participant named) is
kept only when the model finds it likely (``keep_above``).

The weights are data (``disposer_weights.json``, trained by ``scripts/train_event_disposer.py`` on data whose
licence allows shipping, see ``disposer_weights.md``); scoring is a dot product in plain Python. With no weights
file the rules' own confidence stands and no proposal is kept.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from ... import actors
from ...model import Event
from .firing import scored as explain_score
from .lexicon import word_class
from .status import CONDITIONAL_MARKS, FUTURE, MAYBE
from .triggers import governing_verb

WEIGHTS = Path(__file__).with_name("disposer_weights.json")
REFERENCE_PREPS = {"during", "after", "before", "since", "following", "amid", "in", "at", "of", "from", "by"}
STATE = actors.STATE_SECTORS | {"SPY"}  # the same six the fitted weights read
QUOTES = "\"“”"

# Proposals are kept only for material acts, whose nouns report events ("the attack", "a rally", "talks", "the
# arrests", "the embargo"); a bare noun of a speech act ("their demands", "threats") names what was said before.
# The model has exhaustive labels (M2E2) only for the CALIBRATED types; the others' confidence is capped below
PROPOSED_TYPES = {"ASSAULT", "PROTEST", "CONSULT", "COERCE", "SANCTION"}
# and the nouns of a legal step or of yielding, which report a step taken ("the investigation", "the hearing", "faces
# charges", "the withdrawal"), unlike the bare nouns of words said ("allegations", "criticism")
STEPS = word_class("step_noun")  # lexicons/event_words.tsv
STEP_TYPES = {"ACCUSE", "RETREAT"}
CALIBRATED = {"ASSAULT", "PROTEST", "CONSULT", "COERCE"}
IMPLIED_CAP = 0.7
# Planned, negated and hypothetical acts are kept whatever the model says, for a user who filters on status; but a
# candidate the model finds almost surely no event at all ("they may talk about the weather", "no one will ever
# meet them") is dropped whatever its status (dev: M2E2 precision 0.450 -> 0.469 with no event found lost;
# one of 319 RAMS events lost). So is a done act of a type without news labels (requests, accusations, threats,
# refusals): the model learned those from the PLOVER records alone, where an appeal or a charge beside the record's
# own event is labelled wrong (all three "urged" training candidates), so its low scores there are no evidence;
# they keep their low confidence (dev: RAMS recall 0.558 -> 0.580, WikiEvents precision 0.575 -> 0.562 at the
# same recall, PLOVER type F1 0.857 -> 0.856, M2E2 unchanged)
NO_EVENT_BELOW = 0.1
# The other types are learned from the PLOVER records only, sentences chosen because they hold an event, which makes
# the model over-sure of them on ordinary news (WikiEvents, never trained on: 4 of 15 requests, accusations and
# threats scored >= 0.7 were right); until there are news labels for them they stay under 0.8
UNCALIBRATED_CAP = 0.75
# Likewise a killing or a wounding told by its death or injury verb ("they killed 23 soldiers"): the news sets
# annotate the death alone (unmapped, no interaction), so training leaves these candidates out and the model's
# confidence in them comes from the PLOVER records alone (dev, WikiEvents, never trained on: 3 of the 10 events
# >= 0.8 were such verbs, each beside the attack it reports, which the set annotates)
UNLABELLED_WORDS = {"kill", "wound", "injure", "die", "slay", "murder"}

_collected: list[dict] | None = None


@cache
def weights(path: Path = WEIGHTS) -> dict | None:
    """The shipped model, or None when there is none (the rules then decide alone)."""
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


@contextmanager
def collecting() -> Iterator[list[dict]]:
    """While training: every candidate (rule-coded and proposed) with its features, whatever the model says."""
    global _collected
    previous, _collected = _collected, []
    try:
        yield _collected
    finally:
        _collected = previous


def _trigger_token(ev: Event, doc):
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def _actor_kind(actor) -> str:
    if actor is None:
        return "none"
    if actor.start is None:
        return "implied"
    if actor.entity:
        return "entity"
    return "phrase"


def _clause(tok) -> str:
    """Where the trigger sits: main clause, a subordinate clause, a relative clause, a noun phrase."""
    for _ in range(6):
        if tok.dep_ == "ROOT":
            return "main"
        if tok.dep_ in ("relcl", "acl"):
            return "relative"
        if tok.dep_ in ("advcl", "ccomp", "xcomp", "csubj"):
            return "subordinate"
        if tok.dep_ == "pobj" and tok.head.lower_ in REFERENCE_PREPS:
            return "pp-" + tok.head.lower_
        tok = tok.head
    return "deep"


def features(ev: Event, ctx, proposal: bool) -> dict[str, float]:
    """The candidate as named features (one-hot strings and a few numbers)."""
    doc = ctx.doc
    tok = _trigger_token(ev, doc)
    sent_text = ctx.article.text[ev.sentence.start:ev.trigger.start]
    f: dict[str, float] = {
        "bias": 1.0, f"type={ev.type}": 1.0, f"status={ev.status}": 1.0, f"type_status={ev.type}/{ev.status}": 1.0,
        "proposal": float(proposal), "rule_confidence": ev.confidence, f"actor={_actor_kind(ev.actor)}": 1.0,
        "recipient": float(ev.recipient is not None), "source": float(ev.source is not None),
        "quoted": float(sum(sent_text.count(q) for q in QUOTES) % 2 == 1), "mode": float(ev.mode is not None),
        "dated": float(ev.date_precision != "publication"), "located": float(ev.location is not None),
        "early": float(ev.sentence.start < 300), "co_actors": float(bool(ev.co_actors)),
    }
    if ev.actor is not None:
        f["actor_state"] = float(ev.actor.sector in STATE)
        f["actor_body"] = float(ev.actor.sector in ("IGO", "NGO"))
        f["actor_country"] = float(ev.actor.country is not None)
    if tok is not None:
        word = tok.lemma_.lower()
        f[f"lemma={word}"] = 1.0
        f[f"type_lemma={ev.type}/{word}"] = 1.0
        f[f"pos={tok.pos_}"] = 1.0
        f[f"clause={_clause(tok)}"] = 1.0
        f["plural"] = float(tok.tag_ in ("NNS", "NNPS"))
        f["definite"] = float(any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in tok.children))
        f["possessed"] = float(any(c.dep_ == "poss" for c in tok.children))
        f["negated"] = float(any(c.dep_ == "neg" for c in tok.children))
        f.update(_setting(tok, ev, ctx))
    return f


YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
CONDITION_MARKS = CONDITIONAL_MARKS | {"until", "lest"}  # the status pass's marks and these (the model was fit on them)
MODALS = FUTURE | MAYBE | {"would", "should", "must"}  # the status pass's modals less "ought" (the model was fit so)
HEADLINE_ENDS = tuple(".!?\"”’:;)")


def _setting(tok, ev: Event, ctx) -> dict[str, float]:
    """Where the candidate is told, for the false events that are no act at all: a generic gerund ("detaining
    protesters is an affront"), a noun used as a classifier ("riot police"), a condition ("until the rebels free
    them"), a modal around a noun ("will expand their bombing"), history ("the bombings of 1974"), a headline."""
    chain = [tok, *list(tok.ancestors)[:4]]
    gov = governing_verb(tok, root=True)  # what it was done, said or planned under
    text = ctx.article.text[ev.sentence.start:ev.sentence.end].rstrip()
    year = ctx.article.date[:4] if ctx.article.date else ""
    f = {
        "gerund": float(tok.tag_ == "VBG" and tok.dep_ in ("csubj", "nsubj", "pobj", "dobj", "nsubjpass")),
        "compound": float(tok.dep_ == "compound"),
        "conditional": float(any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for t in chain for c in t.children)),
        "modal": float(gov is not None and any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in gov.children)),
        "past_year": float(bool(year) and any(y < year for y in YEAR.findall(text))),
        "headline": float(not text.endswith(HEADLINE_ENDS) and len(text) < 90),
        "absent": float(_absent(tok)),
    }
    if gov is not None and gov.i != tok.i:
        f[f"governor={gov.lemma_.lower()}"] = 1.0
    return f


def _absent(tok) -> bool:
    """"without any court hearing", "no investigation", "cleared of all charges": the act is said not to be there
    (read up through "of" phrases and non-finite verbs, to the first other preposition or finite verb)."""
    for t in [tok, *list(tok.ancestors)[:6]]:
        if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in t.children):
            return True
        if t.dep_ == "prep" and (t.lower_ == "without" or (t.lower_ == "of" and _cleared(t.head))):
            return True
        if (t.dep_ == "prep" and t.lower_ != "of") or (t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN")):
            return False  # "a connection in the explosion": another phrase; a finite verb: another clause
    return False


UNDONE = {"clear", "acquit", "absolve", "exonerate"}  # "cleared of all charges"


def _cleared(head) -> bool:
    """"cleared of", "cleared him of" (the "of" phrase may hang on the object)."""
    return head.lemma_.lower() in UNDONE or (head.dep_ == "dobj" and head.head.lemma_.lower() in UNDONE)


def probability(feats: dict[str, float], model: dict) -> float:
    w = model["weights"]
    z = sum(w.get(k, 0.0) * v for k, v in feats.items())
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def _verdict(ev: Event, feats: dict[str, float], proposal: bool, model: dict | None) -> tuple[float | None, str | None]:
    """(the model's probability, the reason the candidate is dropped or None when it is kept)."""
    if model is None:
        return None, "no model: proposals are not kept" if proposal else None
    if proposal and (not _proposable(ev, feats) or ev.status != "occurred"):
        return None, "disposer: a proposal of a type or status it does not keep"
    p = probability(feats, model)
    sure = ev.status == "occurred" and ev.type in CALIBRATED  # the model's doubt counts where news labels taught it
    threshold = model["keep_above"] if proposal else model["drop_below"] if sure else NO_EVENT_BELOW
    return p, (f"disposer: {p:.2f} below {threshold:.2f}" if p < threshold else None)


def _proposable(ev: Event, feats: dict[str, float]) -> bool:
    """A material act's noun, or a legal or yielding step's not used as a classifier ("a trial date");
    not one said to be absent ("without a fight", "no hearing")."""
    if feats.get("absent"):
        return False
    return ev.type in PROPOSED_TYPES or (
        ev.type in STEP_TYPES and not feats.get("compound") and any(feats.get(f"lemma={w}") for w in STEPS))


def _confidence(ev: Event, p: float, feats: dict[str, float]) -> float:
    if ev.type not in CALIBRATED or any(feats.get(f"lemma={w}") for w in UNLABELLED_WORDS):
        p = min(p, UNCALIBRATED_CAP)  # no news labels for this type: the PLOVER records alone are all events
    if ev.actor is not None and ev.actor.start is None:
        p = min(p, IMPLIED_CAP)  # the event may be sure; its actor is a guess ("authorities", "unidentified attacker")
    return round(p, 2)


def dispose(scored: list[tuple[Event, bool, bool]], ctx) -> list[tuple[Event, bool]]:
    """(event, nominal, proposal) -> the (event, nominal) pairs kept, confidence from the model."""
    from dataclasses import replace

    model = weights()
    kept: list[tuple[Event, bool]] = []
    told = Counter((ev.type, ev.sentence.start) for ev, _, proposal in scored if not proposal and ev.status == "occurred")
    in_doc = Counter(t for t, _ in told.elements())
    for ev, nominal, proposal in scored:
        feats = features(ev, ctx, proposal) if model is not None or _collected is not None else {}
        if feats:  # the story is about such an act: "the attack", "the blast" are mentions of the one it reports
            feats["same_type_in_sentence"] = float(told[(ev.type, ev.sentence.start)] > (0 if proposal else 1))
            feats["same_type_in_story"] = min(in_doc[ev.type] - (0 if proposal or ev.status != "occurred" else 1), 3) / 3
        if _collected is not None:
            _collected.append({"id": ctx.article.id, "event": ev, "proposal": proposal, "features": feats})
        p, dropped = _verdict(ev, feats, proposal, model)
        if dropped is not None:
            explain_score(ev, p, None, dropped)
            continue
        out = ev if p is None else replace(ev, confidence=_confidence(ev, p, feats))
        explain_score(ev, p, out)
        kept.append((out, nominal))
    return kept
