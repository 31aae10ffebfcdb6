"""Score the times pass on the hand trial: python tests/data/times_trial/score.py RECORDS.jsonl [--errors].

RECORDS.jsonl is the output of `newsgraph extract tests/data/times_trial/articles.jsonl`. Recognition is
by overlap (a found time overlaps the expected span); a value is right when one of the times overlapping the
expected span has exactly the expected value and type. Times that overlap no expected time are spurious
(those that overlap a NONE line, a negative, are counted apart as well).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def expectations() -> list[dict]:
    rows = []
    for line in (HERE / "expected.tsv").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t") + [""]
        rows.append({"id": cells[0], "expr": cells[1], "nth": int(cells[2]), "type": cells[3],
                     "value": cells[4], "note": cells[5]})
    return rows


def articles() -> dict[str, dict]:
    return {a["id"]: a for a in map(json.loads, (HERE / "articles.jsonl").read_text().splitlines())}


def span(text: str, expr: str, nth: int) -> tuple[int, int]:
    pattern = (r"\b" if expr[0].isalnum() else "") + re.escape(expr) + (r"\b" if expr[-1].isalnum() else "")
    hits = list(re.finditer(pattern, text))
    m = hits[nth - 1]
    return m.start(), m.end()


def score(times_by_id: dict[str, list[dict]]) -> dict:
    """times_by_id: article id -> [{"start", "end", "value", "type", "text"}]."""
    texts = articles()
    out = Counter()
    errors: list[str] = []
    used: dict[str, set[int]] = {k: set() for k in times_by_id}
    for e in expectations():
        s, t = span(texts[e["id"]]["text"], e["expr"], e["nth"])
        got = [(i, x) for i, x in enumerate(times_by_id.get(e["id"], [])) if x["start"] < t and s < x["end"]]
        used.setdefault(e["id"], set()).update(i for i, _ in got)
        if e["type"] == "NONE":
            out["negatives"] += 1
            if got:
                out["negatives fired"] += 1
                errors.append(f"{e['id']} NEGATIVE {e['expr']!r} found as {[x['text'] for _, x in got]}")
            continue
        out["expected"] += 1
        if not got:
            out["missed"] += 1
            errors.append(f"{e['id']} MISSED {e['expr']!r} ({e['type']} {e['value']})")
            continue
        out["found"] += 1
        if any(x["value"] == e["value"] and x["type"] == e["type"] for _, x in got):
            out["value right"] += 1
        else:
            errors.append(f"{e['id']} VALUE {e['expr']!r}: expected {e['type']} {e['value']}, got "
                          + ", ".join(f"{x['text']!r} {x['type']} {x['value']}" for _, x in got))
    for aid, times in times_by_id.items():
        for i, x in enumerate(times):
            if i not in used.get(aid, set()):
                out["spurious"] += 1
                errors.append(f"{aid} SPURIOUS {x['text']!r} {x['type']} {x['value']}")
    return {"counts": out, "errors": errors}


def main(argv: list[str]) -> None:
    records = [json.loads(line) for line in Path(argv[0]).read_text().splitlines() if line.strip()]
    got = score({r["article"]["id"]: r["times"] for r in records})
    c = got["counts"]
    p = c["found"] / max(1, c["found"] + c["spurious"])
    r = c["found"] / max(1, c["expected"])
    print(f"expected {c['expected']}: found {c['found']}, missed {c['missed']}, spurious {c['spurious']} "
          f"(of which negatives fired {c['negatives fired']} of {c['negatives']}); "
          f"recognition P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}; "
          f"value right {c['value right']} of {c['expected']} ({c['value right'] / c['expected']:.3f}), "
          f"{c['value right']} of {c['found']} found")
    if "--errors" in argv:
        print("\n".join(got["errors"]))


if __name__ == "__main__":
    main(sys.argv[1:])
