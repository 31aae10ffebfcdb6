"""Events: PLOVER gold standard records (type and actor coding) and the seed article's events against gold.json.

Scoring rule, GSR (one rule, applied to recall and precision alike): a record's predicted types are the distinct
types of its events whose status is ``occurred`` in PLOVER's reading (``Event.as_plover``, what the PLOVER export
writes: PLOVER codes what a sentence reports as done; a promised meeting, support or aid is coded as the AGREE it makes,
a promised retreat as the CONCEDE it makes, not as the act promised). Recall = records whose gold type is among their predicted types;
precision = those right types / all predicted types; actor and recipient country = records with a country code
whose gold type has a predicted event carrying that country (any coordinated actor). The headline rows use this
rule; the lenient rows apply "any status" instead, again to every count. Until 2026-12 recall counted any status
and precision only ``occurred``, which flattered both the F1 and the actor-country figure.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict

from newsgraph.model import Event

from .common import DEV, EVAL, seed_gold, seed_record, summary, table

TITLE = "Events (PLOVER types, CAMEO codes, actors)"
ORDER = 60
GSR = EVAL / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
# PLOVER 0.5b1 names in the GSR -> current names (eval/README.md)
RENAME = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# CAMEO country codes that differ from ISO 3166 alpha-3 (scorer normalisation, from the CAMEO country list)
CAMEO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "GMY": "DEU", "UKG": "GBR", "SPN": "ESP"}
NOT_COUNTRIES = {"IGO", "NGO", "IMG", "ISM", "MNC", ""}
OCCURRED = frozenset({"occurred"})  # the headline status rule (module docstring)
# The last round of issue 12, before -> after, all dev (kept as text: the "before" is the code of that morning)
ROUND_4 = (
    "Issue 12, fourth round (2026-12-06, **dev**, before -> after): type F1 0.803 -> 0.815 (a promised retreat, "
    "\"will release\", \"will withdraw\", is AGREE, CAMEO 035 intent to yield, as CAMEO2PLOVER maps it: AGREE found "
    "35 -> 39 of 40, CONCEDE unchanged); actor coded right 250 -> 253 of 319 (0.784 -> 0.793); seed 8/8 core, "
    "0.75 of output matching, unchanged. The disposer's cross-validated figures: "
    "`newsgraph/extractors/eventcoding/disposer_weights.md`."
)

ROUND_5 = (
    "Issue 12, fifth round (2026-12-06, **dev**, before -> after, main's later changes of the day merged): type F1 "
    "0.815 -> 0.819 (0.818 before the merge); actor coded right (country, or a body for IGO/NGO, co-actors counted) "
    "253 -> 257 of 319 (0.793 -> 0.806; bodies 18 -> 21 of 31); recipient country 0.504 -> 0.515; seed 8/8 core, "
    "12/16 -> 14/17 = 0.82 of output matching (13/16 before the merge). A promised retreat is now CONCEDE, as the PLOVER manual says "
    "(CONCEDE: \"Announcements of future retreats should be coded as CONCEDE\"; AGREE: \"RETREAT + future ... do not "
    "reduce to AGREE\"), not AGREE as CAMEO2PLOVER maps CAMEO 035 and the 0.5b1 records code it: that decision, made "
    "by the codebook, costs 4 AGREE records here (type F1 about 0.830 without it). Records where the coder follows "
    "the current manual and the 0.5b1 gold does not (not rescored): promised retreats as CONCEDE (4); an apology as "
    "CONCEDE (\"expressions of regret\"); a willingness to forgive as AGREE; a cancelled visit as REJECT "
    "(\"cancellation of meetings\"); compensation paid as AID (reparations); demolished homes as ASSAULT destroy; a "
    "kidnapping as ASSAULT abduct; arrests as COERCE (gold DISAPPROVE, 2); an urging to support as REQUEST; a call for "
    "sanctions as REQUEST. Seed: of the 3 outputs matching nothing, 2 are the AGREE the manual codes for a meeting "
    "or visit told in the future (\"said she would meet\", \"will accompany\"; AGREE and CONSULT sections), which "
    "gold.json lists only as CONSULT planned, and 1 is a criticism whose target needs the prison's country from "
    "earlier sentences; 0.9 needs gold.json to accept the manual's AGREE reading, not a change of the coder."
)

ROUND_6 = (
    "Issue 12, sixth round (2026-12-06, **dev**, before -> after; `tests/test_events_categories.py` holds a team-written "
    "case for every fix): type F1 0.819 -> 0.857 (target 0.85 met; recall 276 -> 288 of 322, precision 276/352 -> "
    "288/350); actor coded right 257 -> 274 of 319 (0.806 -> 0.859, target 0.85 met; bodies 21 -> 27 of 31); recipient coded right 153 -> 166 "
    "of 287 (bodies 12 -> 14 of 19); actor country 0.802 -> 0.844, recipient country 0.515 -> 0.556; seed 8/8 core, "
    "14/17 = 0.82 unchanged (target 0.9 not met: 2 of the 3 outputs left are the AGREE the manual codes for a future "
    "meeting, the third needs the prison's country from earlier sentences). By category: false types removed: the "
    "content of a demand noun whose clause the parser hangs on the verb, what a protest's demand demands, the purpose "
    "of a prevented protest, insisting on a claim, 'help' before the verb of the act, a press release, a bill signed, "
    "an act told as a decision's content (planned, no promise), civic groups mobilized; found: conditional hostile "
    "acts ('may suspend ... if') as THREATEN, a light verb over 'days of' or 'a wave of', joint drills, reaching a "
    "consensus, receiving or dispatching inspectors (RETREAT 0862, ACCUSE 090), violating a ban (REJECT 128), a "
    "message saying what someone must do, 'pushing for X to do', a promised concession, ruling an act out ('out of "
    "the question'), withdrawn peacekeepers (SANCTION withdraw); actors: associations and forums as NGOs, peoples "
    "placed by 'living in' or 'operating in', 'one third of' a group, verbs of pace ('sped up the pullout'), "
    "delegations travelling for talks, 'they' after a conjoined 'said', a name whose apposition is a role in the UN, "
    "an attack named in an allegation done by the accused; recipients: a protest's target from its demand, a "
    "demanded resignation aimed at who would resign, a demand addressed to its clause's subject, whom a permitting "
    "verb lets act, an act refused or threatened in a country aimed at it, a protesting group of its target's "
    "country. Actor errors left (45 of 319): no event of the gold type 29 (of which 17 follow the manual where the "
    "0.5b1 record does not), event of the gold type with the actor wrong 16 (a parse that loses the subject 4, a misspelt "
    "or unrecognised name 3, the country of another place or by allegiance 3, no author in the sentence 2, codings "
    "of the records the coder does not follow: Serbian police as IGO, Rwandan rebels as UGA, Irish nationalists as "
    "GBR, Russia closing its borders as the ASSAULT 4). Records where the coder follows the current manual (or "
    "CAMEO2PLOVER) and the 0.5b1 gold does not, not rescored: 19 of the 34 type misses: promised retreats and a "
    "promised resignation as CONCEDE (5), an apology "
    "as CONCEDE, a willingness to forgive as AGREE, an urging to support and a call for sanctions as REQUEST (2), a "
    "cancelled visit as REJECT, compensation paid and arriving peacekeepers as AID (2), arrests as COERCE (2), "
    "destroyed property (demolished, set on fire, blown up) as ASSAULT (CAMEO 1712; 3), a kidnapping as ASSAULT "
    "abduct, refugees forced out as COERCE deport."
)

ROUND_7 = (
    "Issue 12, seventh round (2026-12-06, evening, **dev**, before -> after): a promised meeting, visit, support, "
    "cooperation or aid is one event, the planned one, with the PLOVER manual's AGREE as its `plover` reading "
    "(`Event.as_plover`, what the PLOVER and GDELT exports write), instead of a second event; the GSR is scored on "
    "that reading, as PLOVER data. Seed 14/17 = 0.82 -> 14/15 = 0.93 of output matching (target 0.9 met; gold.json "
    "lists a future meeting once, as CONSULT planned); GSR type F1 0.857 -> 0.857, actor coded right 274 -> 273 of "
    "319 (a willingness to forgive is now only the AGREE it reads as, no longer also a SUPPORT of the gold type), "
    "actor country 0.844 -> 0.844; the news sets unchanged (AGREE is none of their types). In the store a visit "
    "announced by one outlet and reported done by another is one cluster (trial3's quake story: 5 -> 4 ACLED rows)."
)


def gsr_records() -> list[dict]:
    out = []
    for rec in json.loads(GSR.read_text(encoding="utf-8")):
        if rec.get("event") == "DOCUMENT" or not rec.get("text"):
            continue
        out.append(rec)
    return out


def _codes(field) -> set[str]:
    if not isinstance(field, list):
        return set()
    codes = {CAMEO_ISO.get(a.get("code", ""), a.get("code", "")) for a in field if isinstance(a, dict)}
    return {c for c in codes if c not in NOT_COUNTRIES}


def _countries(actor, co) -> set[str]:
    return {a.country for a in ([actor] if actor else []) + list(co) if a is not None and a.country}


def _gsr_counts(records: list[dict], out: list, statuses: frozenset[str] | None) -> dict:
    """Recall, precision and country counts under one status rule, the same for every count: an event counts
    only when its status is in ``statuses`` (None: any status)."""
    c: Counter = Counter()
    by_type: dict[str, Counter] = defaultdict(Counter)
    confusion: dict[str, Counter] = defaultdict(Counter)
    for r, rec in zip(records, out, strict=True):
        gold = RENAME.get(r["event"], r["event"])
        events = [e for e in map(Event.as_plover, rec.events) if statuses is None or e.status in statuses]
        types = {e.type for e in events}
        hit = gold in types
        c["found"] += hit
        c["pred"] += len(types)
        by_type[gold]["records"] += 1
        by_type[gold]["found"] += hit
        for t in sorted(types - {gold}):
            by_type[t]["false"] += 1
            confusion[gold][t] += 1
        if not types:
            confusion[gold]["(none)"] += 1
        right = [e for e in events if e.type == gold]
        src, tgt = _codes(r.get("source")), _codes(r.get("target"))
        c["src_n"] += bool(src)
        c["src_ok"] += bool(src) and any(_countries(e.actor, e.co_actors) & src for e in right)
        c["tgt_n"] += bool(tgt)
        c["tgt_ok"] += bool(tgt) and any(_countries(e.recipient, e.co_recipients) & tgt for e in right)
    n = len(records)
    p, r_ = (c["found"] / c["pred"] if c["pred"] else 0.0), c["found"] / n
    return {"c": c, "n": n, "p": p, "r": r_, "f1": 2 * p * r_ / (p + r_) if p + r_ else 0.0,
            "src": c["src_ok"] / max(c["src_n"], 1), "tgt": c["tgt_ok"] / max(c["tgt_n"], 1),
            "by_type": by_type, "confusion": confusion}


def _gsr_rows(s: dict, label: str) -> list[list]:
    c, n = s["c"], s["n"]
    return [
        [f"type recall ({label})", f"{c['found']}/{n} = {s['r']:.3f}"],
        [f"type precision ({label})", f"{c['found']}/{c['pred']} = {s['p']:.3f}"],
        [f"type F1 ({label})", f"{s['f1']:.3f}"],
        [f"actor country right on an event of the gold type ({label})", f"{c['src_ok']}/{c['src_n']} = {s['src']:.3f}"],
        [f"recipient country right on an event of the gold type ({label})", f"{c['tgt_ok']}/{c['tgt_n']} = {s['tgt']:.3f}"],
    ]


def gsr() -> tuple[str, dict]:
    from newsgraph.model import Article
    from newsgraph.pipeline import Pipeline

    records = gsr_records()
    articles = [Article(id=r["id"], date=r.get("date", "2000-01-01"), text=r["text"]) for r in records]
    out = list(Pipeline().run(articles))
    strict = _gsr_counts(records, out, OCCURRED)
    lenient = _gsr_counts(records, out, None)
    rows = [["records", len(records)], *_gsr_rows(strict, "**headline**: status occurred"),
            *_gsr_rows(lenient, "lenient: any status, for recall and precision alike")]
    type_rows = []
    for t in sorted(strict["by_type"]):
        c = strict["by_type"][t]
        top = ", ".join(f"{k} {v}" for k, v in strict["confusion"][t].most_common(3))
        type_rows.append([t, c["records"], c["found"], f"{c['found'] / c['records']:.2f}" if c["records"] else "-", c["false"], top])
    body = (
        f"PLOVER GSR (`{GSR.relative_to(EVAL.parent)}`), {len(records)} one-sentence records, article date 2000-01-01 "
        "(their placeholder). 0.5b1 names mapped (DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT); "
        "CAMEO country codes normalised to ISO (JAP->JPN, ITL->ITA, VTN->VNM); IGO/NGO codes are not countries. "
        "A country counts when any coordinated actor (co_actors) has it. One status rule for every figure of a row "
        "group (see the module docstring): the headline counts only events with status `occurred` (what PLOVER codes), "
        "for recall, precision and the countries alike; the lenient rows count events of any status, also for all.\n\n"
        + table(["measure", "value"], rows)
        + "\n\nBy gold type, headline rule (found = records of that type with an occurred event of that type; false = "
        "records of another gold type where this type was predicted as occurred; confusion = what else was predicted "
        "as occurred, or nothing):\n\n"
        + table(["gold type", "records", "found", "recall", "false", "predicted instead (top 3)"], type_rows)
    )
    return body, {"f1": strict["f1"], "src": strict["src"], "tgt": strict["tgt"]}


def gsr_actors() -> str:
    """Issue 12's actor measure: the source coded right, a country or, for an international or non-governmental
    body (GSR code IGO/NGO), a body (sector IGO/NGO or an IGO code), on an event of the gold type, co-actors counted."""
    from newsgraph.lexicons import IGO_CODES
    from newsgraph.model import Article
    from newsgraph.pipeline import Pipeline

    records = gsr_records()
    out = list(Pipeline().run([Article(id=r["id"], date="2000-01-01", text=r["text"]) for r in records]))
    rows = []
    for side, attr, co in (("source", "actor", "co_actors"), ("target", "recipient", "co_recipients")):
        n = ok = bodies = bodies_ok = 0
        for r, rec in zip(records, out, strict=True):
            gold = RENAME.get(r["event"], r["event"])
            coded = [a for a in r.get(side) or [] if isinstance(a, dict)]
            if not coded:
                continue
            found = [a for e in map(Event.as_plover, rec.events) if e.type == gold
                     for a in (getattr(e, attr), *getattr(e, co)) if a is not None]
            body = any(a.get("code") in ("IGO", "NGO") for a in coded)
            hit = bool(_codes(coded) & {a.country for a in found}) or (
                body and any(a.sector in ("IGO", "NGO") or a.country in IGO_CODES for a in found))
            n += bool(_codes(coded)) or body
            ok += hit and (bool(_codes(coded)) or body)
            bodies += body
            bodies_ok += body and hit
        rows.append([side, f"{ok}/{n} = {ok / max(n, 1):.3f}", f"{bodies_ok}/{bodies} = {bodies_ok / max(bodies, 1):.3f}"])
    return (
        "Actors as issue 12 counts them (**dev**): right when an event of the gold type has, among its actor and co-actors "
        "(recipient and co-recipients), the gold country, or for a body the GSR codes IGO/NGO, an actor coded as a body.\n\n"
        + table(["side", "country or body right", "of which bodies (IGO/NGO) right"], rows)
    )


# --- seed --------------------------------------------------------------------------------------------


def _actor_matches(gold: dict | None, actors) -> bool:
    if not gold:
        return True
    for a in actors:
        if a is None:
            continue
        if gold.get("name") and a.name == gold["name"]:
            return True
        if gold.get("country") and a.country == gold["country"] and (not gold.get("sector") or a.sector == gold["sector"]):
            return True
        if not gold.get("country") and gold.get("sector") and not gold.get("name") and a.sector == gold["sector"]:
            return True
    return False


def _target_matches(gold: dict | None, actors) -> bool:
    if not gold:
        return True
    if gold.get("country"):
        return any(a is not None and a.country == gold["country"] for a in actors)
    return _actor_matches(gold, actors)


def seed_matches(ev, gold: dict) -> bool:
    """gold.json's match_rule: type (or also_ok), source, and where given target country and date."""
    if ev.type != gold["type"] and ev.type not in gold.get("also_ok", ()):
        return False
    if not _actor_matches(gold.get("source"), [ev.actor, *ev.co_actors]):
        return False
    if not _target_matches(gold.get("target"), [ev.recipient, *ev.co_recipients]):
        return False
    return not gold.get("date") or ev.date == gold["date"]


def _fmt(ev) -> str:
    who = lambda a: f"{a.name} ({a.country or '-'}/{a.sector or '-'})" if a else "-"  # noqa: E731
    return f"{ev.type}/{ev.mode or '-'} {who(ev.actor)} -> {who(ev.recipient)}, {ev.date}, {ev.status}, “{ev.trigger.text}”"


def seed() -> tuple[str, dict]:
    gold = seed_gold()["events"]
    rec = seed_record()
    core, acceptable = gold["core"], gold["acceptable"]
    rows = []
    matched = 0
    for g in core:
        hits = [e for e in rec.events if seed_matches(e, g)]
        # show the closest hit: same mode and status first (the match rule itself ignores them)
        hits.sort(key=lambda e: (e.mode != g.get("mode"), e.status != g.get("status", "occurred")))
        matched += bool(hits)
        rows.append([g["id"], g["type"], "yes" if hits else "**no**", _fmt(hits[0]) if hits else ""])
    good = [e for e in rec.events if any(seed_matches(e, g) for g in core + acceptable)]
    bad = [e for e in rec.events if e not in good]
    share = len(good) / len(rec.events) if rec.events else 0.0
    body = (
        f"Seed article: **{matched}/{len(core)} core events matched** (target >= 7); "
        f"**{len(good)}/{len(rec.events)} = {share:.2f} of output events match a core or acceptable event** (target >= 0.70).\n\n"
        + table(["core event", "type", "matched", "by"], rows)
        + "\n\nOutput events matching nothing in gold.json:\n\n"
        + "\n".join(f"- {_fmt(e)}" for e in bad)
    )
    return body, {"core": matched, "share": share}


def speed() -> str:
    """The events stage's own cost, relative to bare spaCy on the same texts (the full pipeline is bench_speed)."""
    from newsgraph.extractors import Context
    from newsgraph.extractors import events as events_stage
    from newsgraph.model import Article
    from newsgraph.pipeline import Pipeline

    from .corpus import news_texts

    corpus = news_texts()[:120]
    pipe = Pipeline()
    texts = [t for _, _, t in corpus]
    started = time.perf_counter()
    docs = list(pipe.nlp.pipe(texts, batch_size=32))
    bare = time.perf_counter() - started
    contexts = []
    others = 0.0
    for (i, d, t), doc in zip(corpus, docs, strict=True):
        ctx = Context(article=Article(id=i, date=d, text=t), doc=doc)
        for name, fn in pipe.stages:
            if name != "events":
                started = time.perf_counter()
                setattr(ctx, name, list(fn(ctx)))
                others += time.perf_counter() - started
        contexts.append(ctx)
    started = time.perf_counter()
    n_events = sum(len(events_stage.extract(ctx)) for ctx in contexts)
    ev = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts)
    return (
        f"On {len(texts)} news articles ({words:,} words; PolNeAR, MEANTIME, TempEval-3 texts: **dev** texts), one process: bare spaCy "
        f"`nlp.pipe` {bare:.1f}s; the other extractors {others:.1f}s; the event coder {ev:.2f}s for {n_events} events "
        f"({100 * ev / bare:.1f}% of bare spaCy). Full pipeline (spaCy + every extractor, JSON not included) at "
        f"**{bare / (bare + others + ev):.2f} of bare spaCy throughput** (target >= 0.60); without the event coder "
        f"{bare / (bare + others):.2f}."
    )


def firing_summary(counts: dict[str, dict[str, set[str]]]) -> str:
    """How many of the coder's named rules fired on exactly one record, per set (issue 10: a rule that fires on one
    evaluation record only was written for it)."""
    from newsgraph.extractors.eventcoding import firing

    rows = []
    for name, c in counts.items():
        single = firing.once(c)
        rows.append([name, len(c), len(single), ", ".join(f"`{r}`" for r in single) or "-"])
    return (
        "Rule firings (the coder's debug counter, `eventcoding.firing`): named rules that changed the output, and those "
        "that did so on exactly one record of the set.\n\n"
        + table(["set", "rules that fired", "fired on one record only", "which"], rows)
    )


def run() -> str:
    from newsgraph.extractors.eventcoding import firing

    with firing.counting() as counter:
        gsr_body, g = gsr()
    seed_body, s = seed()
    met = lambda ok: "met" if ok else "**not met**"  # noqa: E731
    head = (
        "Both sets are **dev**: the event rules and lexicons were written while reading the seed article and the GSR "
        "records (their errors by category), so these figures say how well the coder fits them, not how it does on "
        "unseen news.\n\n"
        f"Targets: seed >= 7/8 core and >= 0.70 of output matching; GSR type F1 >= 0.75 and actor country >= 0.80. "
        f"This run (GSR headline rule: status occurred for recall and precision): seed {s['core']}/8 core "
        f"({met(s['core'] >= 7)}), {s['share']:.2f} matching ({met(s['share'] >= 0.70)}); GSR type F1 {g['f1']:.3f} "
        f"({met(g['f1'] >= 0.75)}), actor country {g['src']:.3f} ({met(g['src'] >= 0.80)}).\n\n"
    )
    rule = "gold type among a record's types with status occurred, for recall and precision"
    lines = "\n".join([
        summary("events: PLOVER type", "PLOVER GSR (322 records)", DEV, rule, f"type F1 {g['f1']:.3f}",
                ">= 0.75", g["f1"] >= 0.75),
        summary("events: actor country", "PLOVER GSR (322 records)", DEV, rule + "; any coordinated actor",
                f"{g['src']:.3f} (recipient {g['tgt']:.3f})", ">= 0.80", g["src"] >= 0.80),
        summary("events", "seed article", DEV, "gold.json match_rule (type, source, target country, date)",
                f"{s['core']}/8 core, {s['share']:.2f} of output matching", ">= 7/8, >= 0.70",
                s["core"] >= 7 and s["share"] >= 0.70),
    ])
    once = (firing_summary({"PLOVER GSR": counter}) + "\n\n" + gsr_actors() + "\n\n" + ROUND_4 + "\n\n" + ROUND_5
            + "\n\n" + ROUND_6 + "\n\n" + ROUND_7)
    return (lines + "\n\n" + head + "### PLOVER gold standard records\n\n" + gsr_body + "\n\n" + once
            + "\n\n### Seed article\n\n" + seed_body + "\n\n### Cost\n\n" + speed())


if __name__ == "__main__":
    print(run())
