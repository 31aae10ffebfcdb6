"""Time expressions: TempEval-3 platinum, TBAQ dev half and MEANTIME TIMEX3, relaxed recognition and value F1.

Plain text is rebuilt from the XML (TimeML inline tags; CAT tokens) with character offsets computed here, the
document creation time is the article date, and every article goes through ``Pipeline().run`` so the figures
are what users get. A prediction is recognised when it overlaps a gold TIMEX3; its value is right when it also
has the same value string. P is over predictions, R over gold expressions.

``python -m benchmarks.bench_times errors [te3|tbaq|meantime]`` prints the error lists and the category table
(for developers; ``tbaq`` is the set to develop on).
"""

from __future__ import annotations

import datetime
import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass

from .common import DEV, EVAL, ROOT, UNSEEN, seed_gold, seed_record, summary, table
from .times_categories import categorise, render, render_change

TITLE = "Time expressions (TempEval-3 platinum, TBAQ dev half, MEANTIME)"
ORDER = 20
HEIDELTIME_TE3_VALUE_F1 = 0.776  # UzZaman et al. 2013, TempEval-3 task A, HeidelTime-t


@dataclass
class Gold:
    start: int
    end: int
    value: str
    type: str


@dataclass
class Doc:
    id: str
    dct: str
    text: str
    gold: list[Gold]
    skip: list[tuple[int, int]]  # spans not scored (the creation time printed in the text)


# --- TempEval-3 (TimeML) -------------------------------------------------------------------------------

def _attrs(tag: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in re.findall(r'(\w+)="([^"]*)"', tag)}


def read_timeml(path) -> Doc:
    raw = path.read_text(encoding="utf-8")
    dct = _attrs(re.search(r"<DCT>\s*(<TIMEX3[^>]*>)", raw).group(1))["value"][:10]
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    parts: list[str] = []
    pos = 0
    gold: list[Gold] = []
    open_: dict | None = None
    for m in re.finditer(r"<[^>]+>", body):
        chunk = html.unescape(body[pos : m.start()])
        parts.append(chunk)
        pos = m.end()
        here = sum(map(len, parts))
        tag = m.group()
        if tag.startswith("<TIMEX3"):
            open_ = {**_attrs(tag), "start": here}
        elif tag.startswith("</TIMEX3") and open_ is not None:
            gold.append(Gold(open_["start"], here, open_.get("value", ""), open_.get("type", "")))
            open_ = None
    parts.append(html.unescape(body[pos:]))
    return Doc(path.stem, dct, "".join(parts), gold, [])


def te3_docs() -> list[Doc]:
    return [read_timeml(p) for p in sorted((EVAL / "te3_platinum").glob("*.tml"))]


def tbaq_docs() -> list[Doc]:
    """The half of TempEval-3's training corpus (TimeBank 1.2 and AQUAINT) given to the team to develop on."""
    return [read_timeml(p) for p in sorted((EVAL / "tbaq_dev").glob("*/*.tml"))]


# --- MEANTIME (CAT XML) --------------------------------------------------------------------------------

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "'s", "’s", "n't", "%", "'", "''"}
NO_SPACE_AFTER = {"(", "[", "$", "``", "#"}


def read_cat(path) -> Doc:
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    sentence_start: dict[str, int] = {}
    text = ""
    sentence = None
    prev = None
    for tok in root.iter("token"):
        word = tok.text or ""
        if sentence is not None and tok.get("sentence") != sentence:
            text += "\n\n"
        elif prev is not None and word not in NO_SPACE_BEFORE and prev not in NO_SPACE_AFTER:
            text += " "
        sentence_start.setdefault(tok.get("sentence"), len(text))
        offsets[tok.get("t_id")] = (len(text), len(text) + len(word))
        text += word
        sentence, prev = tok.get("sentence"), word
    gold, skip, dct = [], [], None
    # MEANTIME annotates only the first sentences of each article: score those only
    sent_of = {t.get("t_id"): int(t.get("sentence")) for t in root.iter("token")}
    markables = root.find("Markables")
    last = max((sent_of[a.get("t_id")] for a in markables.iter("token_anchor")), default=0)
    tail = [start for sid, start in sentence_start.items() if int(sid) > last]
    if tail:
        skip.append((min(tail), len(text)))
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id") for a in tx.iter("token_anchor")]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = _iso(tx.get("value", ""))
            if ids:
                skip.append((offsets[ids[0]][0], offsets[ids[-1]][1]))
            continue
        if ids:
            gold.append(Gold(offsets[ids[0]][0], offsets[ids[-1]][1], tx.get("value", ""), tx.get("type", "")))
    if dct is None:  # no creation time annotated: the dateline (the article's second line)
        line = text.split("\n\n")[1]
        dct = datetime.datetime.strptime(line.strip(), "%B %d, %Y").date().isoformat()
    return Doc(root.get("doc_id") or path.stem, dct, text, gold, skip)


def _iso(value: str) -> str:
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)  # one file writes DD-MM-YYYY
    return f"{m[3]}-{m[2]}-{m[1]}" if m else value[:10]


def meantime_docs() -> list[Doc]:
    return [read_cat(p) for p in sorted((EVAL / "meantime_en" / "intra-doc_annotation").glob("*/*.xml"))]


# --- scoring -------------------------------------------------------------------------------------------

def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def predict(docs: list[Doc]) -> list[list]:
    from newsgraph.model import Article
    from newsgraph.pipeline import Pipeline

    articles = [Article(id=d.id, date=d.dct, text=d.text) for d in docs]
    out = []
    for doc, rec in zip(docs, Pipeline().run(articles), strict=True):
        times = [t for t in rec.times if not any(t.start < e and s < t.end for s, e in doc.skip)]
        out.append(times)
    return out


def score(docs: list[Doc], preds: list[list]) -> dict:
    c = Counter()
    errors: dict[str, list[str]] = {"missed": [], "spurious": [], "value": []}
    for doc, times in zip(docs, preds, strict=True):
        c["gold"] += len(doc.gold)
        c["pred"] += len(times)
        for t in times:
            hits = [g for g in doc.gold if _overlap(t, g)]
            c["pred_hit"] += bool(hits)
            c["pred_val"] += any(g.value == t.value for g in hits)
            if not hits:
                errors["spurious"].append(f"{doc.id}: {t.text!r} {t.value} ({t.type})  | {_ctx(doc.text, t)}")
        for g in doc.gold:
            hits = [t for t in times if _overlap(t, g)]
            c["gold_hit"] += bool(hits)
            c["gold_val"] += any(g.value == t.value for t in hits)
            c["gold_type_" + g.type] += 1
            c["gold_type_ok_" + g.type] += any(g.value == t.value for t in hits)
            if not hits:
                errors["missed"].append(f"{doc.id}: {doc.text[g.start:g.end]!r} {g.value} ({g.type})  | {_ctx(doc.text, g)}")
            elif not any(g.value == t.value for t in hits):
                got = ", ".join(f"{t.text!r}={t.value}" for t in hits)
                errors["value"].append(f"{doc.id} [{doc.dct}]: gold {doc.text[g.start:g.end]!r}={g.value} ({g.type}) got {got}  | {_ctx(doc.text, g)}")
    p = c["pred_hit"] / c["pred"] if c["pred"] else 0.0
    r = c["gold_hit"] / c["gold"] if c["gold"] else 0.0
    vp = c["pred_val"] / c["pred"] if c["pred"] else 0.0
    vr = c["gold_val"] / c["gold"] if c["gold"] else 0.0
    return {
        "counts": c,
        "rec": (p, r, 2 * p * r / (p + r) if p + r else 0.0),
        "val": (vp, vr, 2 * vp * vr / (vp + vr) if vp + vr else 0.0),
        "errors": errors,
    }


def _ctx(text: str, x) -> str:
    return " ".join(text[max(0, x.start - 60) : x.end + 40].split())


def seed_section() -> str:
    rec = seed_record()
    rows, ok = [], 0
    for item in seed_gold()["times"]["core"]:
        got = [t for t in rec.times if t.text == item["text"]]
        value = got[0].value if got else "(not found)"
        ok += value == item["value"]
        rows.append([item["text"], item["value"], value, "yes" if value == item["value"] else "NO"])
    line = summary("times", "seed article", DEV, "gold.json value", f"{ok}/{len(rows)} core")
    return f"{line}\n\nSeed article (**dev**), core times: {ok}/{len(rows)} right.\n\n" + table(
        ["text", "gold", "newsgraph", "right"], rows
    )


SETS = (
    ("TempEval-3 platinum", "dev (the rules were first written on it)", te3_docs),
    ("TBAQ dev half (TimeBank 1.2 + AQUAINT)", "dev (rules are developed on it now)", tbaq_docs),
    ("MEANTIME en (TIMEX3, creation time excluded)", "dev (the team has read it)", meantime_docs),
)


# The times hand trial (kept as text: the first run is the code of that evening), hand-scored by
# tests/data/times_trial/score.py; tests/test_times_trial.py asserts what the code meets now.
TRIAL = (
    "Times hand trial (2026-12-06, night; `tests/data/times_trial/`: 12 team-written news paragraphs, courts, "
    "markets, an election, a conflict, sport, health, a quake, a central bank, party politics, an appeal, company "
    "results, a flood; 149 time expressions and 16 look-alikes (ages, 'Channel 4', 'COVID-19', 'Section 21', a "
    "match's 'second half', 'a quarter point') with their TIMEX3 type and value written before the first run). "
    "**Team-written, first run, unseen-style**: found 143 of 149 (recognition P 0.986, R 0.960, F1 0.973), 2 "
    "spurious, 0 of 16 look-alikes taken for times; value right 135 of 149 (0.906; 135 of the 143 found). After "
    "the fixes (now in-sample, **dev**): found 147 (F1 0.987), 2 spurious, 0 look-alikes; value right 146 of 149 "
    "(0.980). Fixed by cause (each with team sentences in `tests/test_times_trial.py`): 'overnight' was no time "
    "(2: now the night before the story's day in a past clause, that day's own otherwise; not 'an overnight "
    "stay'); a clock time with no day of its own took the publication day instead of the day the story is at (2: "
    "'polls on Sunday ... open at 7 am'); a present tense the tagger reads as a base form ('Voters in the district "
    "go to the polls on Sunday') took the last Sunday (1); 'the first half of 2027' was the year (1); 'every few "
    "hours' was PT1H (1, now PTXH); 'midweek' was no time (1); a bare 'the second half' beside a quarter was no "
    "time (1: now a half-year when its sentence names a quarter or a year; a match's half stays none); the month "
    "of published figures under a future verb ('figures for January will be published') was next year's (1); "
    "'Nominations close at noon on Monday' took the last Monday, the tagger reading 'close' as an adjective (1: a "
    "full sentence whose root is a noun and that has no past tense is now a present; on 547 dev news texts of "
    "M2E2, WikiEvents, RAMS and PolNeAR it changes no weekday). "
    "Left: 'through the night' (a night with no day of its own, before the day named later in the sentence); "
    "'the 9/11 attacks' (a named date in numbers); 'every quarter' (the trial expected P3M, the code "
    "writes P1Q as TBAQ dev's annotation does: the expectation is off); spurious 'the winter' of 'the winter "
    "plan' and 'now' of 'now 71' (PRESENT_REF, arguably right: the expectation left it out). Dev figures, "
    "before -> after: TBAQ dev value F1 0.851 -> 0.852 (the one gold 'overnight'), recognition 0.964 unchanged; "
    "TE3 0.863 / 0.952 and MEANTIME 0.842 / 0.940 unchanged; the events benches (which date events from these "
    "times) unchanged. On 547 dev news texts with no time annotation (M2E2, WikiEvents, RAMS, PolNeAR), the "
    "round's changes alter 19 values against the code before it: 4 new nights and 1 midweek, all real; 14 clock "
    "times moved to the story's day (6 narrative ones that look right, a bombing's hour among them; 8 generic, "
    "quoted or scheduled ones, an hour in a quoted ad, a radio show's weekday hours, wrong either way). The first "
    "version of the clock rule also moved 38 live-blog entry times (an hour leading each entry) to the day the "
    "entry before named, and took 4 'Overnight' newsletter names and 'almost overnight' for nights: a time "
    "leading its line now keeps the publication day, and those uses of 'overnight' are"
    " filtered. The trial does not reproduce the drop reported on the held-out half (about 0.75): on "
    "news copy written by the team the pass resolves 0.906 of values on the first run, so the held-out losses "
    "more likely lie in the corpus's own conventions (durations, vague and generic expressions, anchors) than in "
    "the everyday news expressions this trial holds."
)


def run() -> str:
    results = []
    for name, label, load in SETS:
        docs = load()
        preds = predict(docs)
        results.append((name, label, docs, preds, score(docs, preds)))
    rows = []
    for name, label, docs, _, res in results:
        c = res["counts"]
        rows.append([name, label, len(docs), c["gold"], c["pred"], *res["rec"], *res["val"]])
    head = ["set", "label", "articles", "gold", "predicted", "rec P", "rec R", "rec F1", "value P", "value R", "value F1"]
    r_te3, r_tbaq, r_mt = results[0][4], results[1][4], results[2][4]
    rule = "relaxed overlap; value = same value string"
    v_tb, rc_tb, v_te3 = r_tbaq["val"][2], r_tbaq["rec"][2], r_te3["val"][2]
    out = [
        "\n".join([
            summary("times", "TBAQ dev half (134 articles)", DEV, rule,
                    f"value F1 {v_tb:.3f}, recognition F1 {rc_tb:.3f}", ">= 0.85, >= 0.92", v_tb >= 0.85 and rc_tb >= 0.92),
            summary("times", "TempEval-3 platinum (20 articles)", DEV, rule,
                    f"value F1 {v_te3:.3f}, recognition F1 {r_te3['rec'][2]:.3f}", "value F1 >= 0.85", v_te3 >= 0.85),
            summary("times: HeidelTime (comparison, published)", "TempEval-3 platinum", UNSEEN + " (blind for HeidelTime)",
                    "official TE3 task A", f"value F1 {HEIDELTIME_TE3_VALUE_F1:.3f}"),
            summary("times", "MEANTIME (120 articles)", DEV, rule,
                    f"value F1 {r_mt['val'][2]:.3f}, recognition F1 {r_mt['rec'][2]:.3f}"),
        ]),
        "Relaxed recognition (a prediction overlaps a gold TIMEX3) and value (overlap and the same value string); "
        "P over predictions, R over gold. Text rebuilt from the XML, the creation time as publication date, "
        "run through `Pipeline().run`. All three sets are **dev**: the team has read their errors.",
        table(head, rows),
        f"HeidelTime on TempEval-3 platinum (published, a blind figure for HeidelTime): value F1 "
        f"{HEIDELTIME_TE3_VALUE_F1:.3f}. newsgraph (dev): TE3 value F1 {r_te3['val'][2]:.3f}, TBAQ dev value F1 "
        f"{r_tbaq['val'][2]:.3f}, recognition F1 {r_tbaq['rec'][2]:.3f} (issue 13 targets on TBAQ dev: value F1 "
        ">= 0.85, recognition F1 >= 0.92; TE3 stays >= 0.85).",
        "Categories, TBAQ dev half (type, direction against the creation day, granularity of the gold value):\n\n"
        + render(categorise(results[1][2], results[1][3])),
        _change_section(results),
        seed_section(),
        TRIAL,
        "Notes: the scorer is this module's (overlap matching as in TempEval-3's relaxed mode, value compared as a "
        "string), not the official TE3 script. MEANTIME annotates only the first sentences of each article (title, "
        "dateline and about four more); only those are scored. The rules were developed from error categories on "
        "TBAQ dev (and earlier on TE3 platinum and MEANTIME), never for one sentence; the other half of TBAQ is held "
        "out by the reviewers, and a held-out set of the same kind may score somewhat lower.",
    ]
    return "\n\n".join(out)


BEFORE = ROOT / "benchmarks" / "data" / "times_before.json"


def _change_section(results) -> str:
    """Issue 13, fourth round: the category counts before it (stored, counts only) beside today's, all dev."""
    before = json.loads(BEFORE.read_text(encoding="utf-8"))
    parts = [f"Before and after issue 13's fourth round (before: commit {before['commit']}; all **dev**). Value F1: "
             + ", ".join(f"{name} {before[key]['value_f1']:.3f} -> {res['val'][2]:.3f}"
                         for key, (name, _, _, _, res) in zip(("te3", "tbaq", "meantime"), results, strict=True))
             + "."]
    for key, (name, _, docs, preds, _) in zip(("tbaq", "te3", "meantime"), (results[1], results[0], results[2]),
                                              strict=True):
        parts.append(f"Before/after by category, {name} (**dev**):\n\n" + render_change(before[key],
                                                                                        categorise(docs, preds)))
    return "\n\n".join(parts)


def predict_times_only(docs: list[Doc]) -> list[list]:
    """For developers: the spaCy parse and the times stage alone (no entity pass), to iterate quickly."""
    from newsgraph.extractors.timex import anchor_date, find
    from newsgraph.nlp import load

    nlp = load()
    out = []
    for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        times = find(doc.text, parsed, anchor_date(doc.dct))
        out.append([t for t in times if not any(t.start < e and s < t.end for s, e in doc.skip)])
    return out


def _print_errors() -> None:
    which = sys.argv[2] if len(sys.argv) > 2 else "tbaq"
    docs = {"te3": te3_docs, "tbaq": tbaq_docs, "meantime": meantime_docs}[which]()
    preds = predict_times_only(docs)
    res = score(docs, preds)
    print("rec", res["rec"], "val", res["val"])
    print(render(categorise(docs, preds)))
    for kind, items in res["errors"].items():
        print(f"\n## {kind} ({len(items)})")
        for line in items:
            print("  " + line)


if __name__ == "__main__" and sys.argv[1:2] == ["errors"]:
    _print_errors()
