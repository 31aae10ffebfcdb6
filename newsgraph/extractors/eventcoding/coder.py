"""The coder's loop: per sentence, candidates from the trigger lexicon, the governing passes, a draft of each,
then the ordered ``RULES`` table (filters and recodes), then the Event; across the article, references back
dropped and the disposer's verdict, then merging."""

from __future__ import annotations

from dataclasses import replace

from ...model import Event
from .build import event as build_event
from .build import forget_around, with_actor_around, with_patient
from .codebook import accused_authors
from .disposer import dispose
from .draft import Draft, draft
from .firing import begin, drop, emitted, fired, follow, keeping_trails, resume, undrop
from .govern import GOVERNING, Governance, content_heads, govern
from .lexicon import Lexicon, Trigger, default
from .merge import date_retellings, dedupe
from .readings import read
from .rules import RULES, Coding, Sentence
from .senses import other_sense
from .speech import evaluations, obligations
from .storyplace import story_country, with_story_country
from .triggers import Candidate, candidates, lemma

Found = tuple[Event, bool, bool]  # (event, named by a noun alone, proposal)


def extract(ctx, lex: Lexicon | None = None) -> list[Event]:
    lex = lex or default()
    begin(ctx.article.id)
    forget_around(ctx)
    found: list[Found] = []
    for sent in ctx.doc.sents:
        found.extend(_sentence(ctx, sent, lex))
    found = _without_references_back(found)
    events = accused_authors([ev for ev, _ in dispose(found, ctx)], ctx)
    # parties read after the disposer's verdict, so that they change no event's fate: the actor from the words
    # around a noun with none of its own, then the patient of an attack or coercion (never the actor itself)
    events = [with_patient(with_actor_around(ev, ctx), ctx, lex) for ev in dedupe(date_retellings(events))]
    story = story_country(ctx)  # domestic parties the sentence does not place are of the story's country
    events = [with_story_country(ev, ctx, story) for ev in events]
    forget_around(ctx)
    return [replace(ev, id=f"ev{i}") for i, ev in enumerate(sorted(events, key=lambda e: e.trigger.start), 1)]


def _without_references_back(found: list[Found]) -> list[Found]:
    """"before her visit": a noun naming an act already reported by a verb is a reference back, not a new event;
    not a noun told before the verb ("Iran's missile strike ... is escalating" before "Iran fired missiles")."""
    verbal: dict[tuple, int] = {}
    for ev, nominal, _ in found:
        if not nominal and ev.actor and ev.actor.entity:
            key = (ev.type, ev.actor.entity)
            verbal[key] = min(verbal.get(key, ev.trigger.start), ev.trigger.start)
    kept = []
    for ev, nominal, proposal in found:
        if nominal and ev.actor and verbal.get((ev.type, ev.actor.entity), ev.trigger.start) < ev.trigger.start:
            fired("reference-back")
            continue
        kept.append((ev, nominal, proposal))
    return kept


def proposer(entry: Trigger, made_by_rule: bool) -> str:
    """How a candidate was proposed, for ``--explain``: the trigger lexicon entry, or the rule that made it."""
    code = f"{entry.type}/{entry.mode or '-'} ({entry.cameo})"
    what = f" with object {entry.object}" if entry.object else ""
    if made_by_rule:
        return f"rule stopping-an-act: '{' '.join(entry.words)}' -> {code}"
    return f"lexicon {entry.pos} '{' '.join(entry.words)}'{what} -> {code}"


def _drafts(cands: list[Candidate], g: Governance, ctx, lex: Lexicon) -> tuple[dict[int, Draft], dict]:
    drafts: dict[int, Draft] = {}
    trails = {}
    for c in cands:
        if keeping_trails():  # the trail's description costs a slice and a format per candidate: only when asked
            start, end = c.span
            trails[c.token.i] = follow(start, end, ctx.article.text[start:end], proposer(c.entry, c.token.i in g.stoppers))
        drafts[c.token.i] = draft(c, ctx, lex, g.imposed)
    return drafts, trails


def _coded(c: Candidate, s: Sentence, g: Governance) -> Coding | str:
    """The candidate through the RULES table: its coding, or the name of the filter that dropped it."""
    entry = s.drafts[c.token.i].entry
    k = Coding(c, s.drafts[c.token.i], entry.type, entry.mode, entry.cameo, g.about.get(c.token.i), g.same.get(c.token.i))
    for rule in RULES:
        if rule.test(k, s):
            fired(rule.name)
            if rule.kind == "filter":
                drop(rule.name)
                return rule.name
    return k


def _sentence(ctx, sent, lex: Lexicon) -> list[Found]:
    """(event, named by a noun alone, proposal) for each candidate the rules code; a proposal is a noun with no
    participant named ("the attack", "during a rally"), which the disposer keeps only when its model finds it likely."""
    cands = candidates(sent, lex)
    g = govern(cands, lex)
    drafts, trails = _drafts(cands, g, ctx, lex)
    s = Sentence(ctx, sent, lex, drafts,
                 forceful={k.anchor.i for k in cands if k.entry.type in ("ASSAULT", "COERCE") and not k.nominal},
                 verbal_types={(k.token.i, k.entry.type) for k in cands if not k.nominal and k.token.i not in g.suppressed})
    out: list[Found] = []
    no_act: dict[int, str] = {}  # governors a filter found to be no speech act at all -> the filter
    governors = set(g.governor.values())
    for c in cands:
        resume(trails.get(c.token.i))
        if c.token.i in g.suppressed:
            drop("governed")  # the content of another act, a charge, or an act stopped by a verb coded for it
            continue
        k = _coded(c, s, g)
        if isinstance(k, str):
            if k in NO_ACT_FILTERS and c.token.i in governors:
                no_act[c.token.i] = k
            continue
        out.extend(_made(ctx, sent, c, k, lex))
    for c, imposed in _orphaned(cands, g, no_act, lex):
        resume(trails.get(c.token.i))
        undrop()
        fired("content-of-no-act")
        if imposed and not (c.nominal and imposed == "hypothetical"):  # "asked about the attack": the attack stands
            drafts[c.token.i].status = imposed
        k = _coded(c, s, g)
        if not isinstance(k, str):
            out.extend(_made(ctx, sent, c, k, lex))
    out.extend(_speech(ctx, sent, lex, cands, g, out))
    return out


def _made(ctx, sent, c: Candidate, k: Coding, lex: Lexicon) -> list[Found]:
    """The event a coded candidate makes, and the readings derived from it."""
    ev = build_event(ctx, sent, c, k.d, k.type, k.mode, k.cameo, lex)
    readings: list[Event] = []
    if not k.proposal:
        ev, readings = read(ev, ctx)
    emitted(ev)
    made: list[Found] = [(ev, k.bare_noun, k.proposal)]
    made.extend(_followed(readings, sent, "reading of '" + ev.trigger.text + "'"))
    return made


# Filters that find a governor no act of anyone's: another sense of the word, no one able to act or to speak
NO_ACT_FILTERS = {"other-sense", "inanimate-or-hazard", "no-speaker"}
# Such a governor may still assert what happened: its content is told by the article all the same. Per (filter,
# sense or the governor's type): the status its content takes (None: its own). "the findings suggest the gunmen
# opened fire" (evidence, not advice); "committed murder and torture"; "sought to block the vote"; "asked whether
# police had detained him" (a question: the act is in doubt); "the report rules out that he was poisoned", "a
# project denying the massacre" (a denial by no speaker: negated)
ASSERTED = {
    ("other-sense", "suggest-an-opinion"): None, ("other-sense", "commit-a-crime"): None,
    ("other-sense", "seek-to-try"): None, ("other-sense", "ask-a-question"): "hypothetical",
    ("inanimate-or-hazard", "REJECT"): "negated", ("no-speaker", "REJECT"): "negated",
}
# what evidence suggests is told as done in the past ("suggest the gunmen opened fire", "suggests drones were used");
# a bare verb may be a subjunctive, advice after all ("suggested that both sides hold talks")
TOLD_AS_DONE = {"VBD", "VBN"}


def _asserted(gov: Candidate, dropped_by: str, lex: Lexicon) -> tuple[bool, str | None]:
    """Whether the content of a governor dropped by ``dropped_by`` is told all the same, and the status it takes."""
    reading = other_sense(gov, gov.entry.type, lex) if dropped_by == "other-sense" else gov.entry.type
    key = (dropped_by, reading or "")
    return key in ASSERTED, ASSERTED.get(key)


def _orphaned(cands: list[Candidate], g: Governance, no_act: dict[int, str], lex: Lexicon) -> list[tuple[Candidate, str | None]]:
    """"Preliminary findings suggest the attackers detonated explosives": the content of a governor the rules
    dropped as no act is no one's content; each such act is coded on its own, unless another governor in the same
    content governs it ("the report rules out claims that he threatened to attack": the threat only). With each,
    the status its governor imposes (a question's content is in doubt; a denial's is negated), or None."""
    told = {i: _asserted(g.by_token[i], why, lex) for i, why in no_act.items()}
    freed = [(c, told[gi][1], g.by_token[gi]) for c in cands if (gi := g.governor.get(c.token.i)) in told and told[gi][0]]
    advice = [c for c, _, gov in freed if not c.nominal and lemma(gov.token) == "suggest" and c.anchor.tag_ not in TOLD_AS_DONE]
    inner_govs = [c for c, _, _ in freed if c.entry.type in GOVERNING]
    held = {t.i for c in inner_govs for h in content_heads(c.token) for t in h.subtree if t.i != c.token.i}
    held |= {t.i for c in advice for t in c.anchor.subtree}  # "suggested that both sides hold talks": all of it
    return [(c, st) for c, st, _ in freed if c.token.i not in held]


def _followed(events: list[Event], sent, proposed_by: str) -> list[Found]:
    """Events made by a rule beyond the candidate loop, each with its own trail for ``--explain``."""
    found = []
    for ev in events:
        follow(ev.trigger.start, ev.trigger.end, ev.trigger.text, proposed_by)
        emitted(ev)
        found.append((ev, False, False))
    return found


def _speech(ctx, sent, lex: Lexicon, cands: list[Candidate], g: Governance, out: list[Found]) -> list[Found]:
    """Statements that evaluate someone (ACCUSE / SUPPORT of the speaker) and obligations ("X must withdraw")."""
    taken = {ev.trigger.start for ev, _, proposal in out if not proposal}
    live = [c for c in cands if c.token.i not in g.suppressed]
    emitted_at = {c.anchor.i for c in live}
    covered = {t.i for c in live for t in _own_clause(c.anchor)}
    protest_anchors = {c.anchor.i for c in cands if c.entry.type == "PROTEST"}
    resume(None)
    found = _followed(evaluations(ctx, sent, lex, taken, covered), sent, "speech: an evaluation in a statement")
    found += _followed(obligations(ctx, sent, lex, protest_anchors | emitted_at), sent, "speech: an obligation")
    return found


def _own_clause(anchor):
    """The anchor's subtree without the clauses of their own that hang on it ("urged Ankara to respect the law,
    while the United States said it was troubled": the second statement is not the urging's content)."""
    own = [c for c in anchor.children if c.dep_ in ("advcl", "conj", "parataxis")
           and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    skip = {t.i for c in own for t in c.subtree}
    return [t for t in anchor.subtree if t.i not in skip]
