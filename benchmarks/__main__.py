"""``python -m benchmarks [NAME...]``: run the benchmark modules and write BENCHMARKS.md.

Each module ``benchmarks/bench_NAME.py`` has ``TITLE`` (a heading), ``ORDER`` (a number) and
``run() -> str`` (a Markdown section with its figures). Sections not run this time are kept from the
previous BENCHMARKS.md, so one benchmark can be rerun alone (``make bench ONLY=times``).

The summary table at the top is rebuilt on every write from the hidden ``summary`` lines of all sections (see
``common.summary``); ``python -m benchmarks --summary`` runs nothing and only rebuilds it (after a merge).
"""

from __future__ import annotations

import datetime
import importlib
import re
import sys
import time
import traceback

from .common import EVAL, ROOT, SUMMARY_HEAD, machine, table

OUT = ROOT / "BENCHMARKS.md"
MARK = "<!-- section: {} -->"
SUMMARY = re.compile(r"^<!-- summary: (.*) -->$", re.M)


def summary_table(sections: list[tuple[str, str]]) -> str:
    """The top table, from the hidden summary lines of every section (see ``common.summary``)."""
    rows = [m.split(" | ") for _, text in sections for m in SUMMARY.findall(text)]
    if not rows:
        return ""
    return (
        "## Summary\n\n"
        "**dev**: the rules or models were developed while reading that set (its figures say how well they fit it); "
        "**unseen**: never read by whoever built the system. Each benchmark states one scoring rule in its module, "
        "applied to precision and recall alike; where lenient variants are shown they are extra rows and the headline "
        "is the strict rule (quotes, events). Times and quantities match by overlap, as TempEval-3's relaxed mode "
        "does.\n\n"
        + table(SUMMARY_HEAD, rows) + "\n\n"
    )


def modules() -> list:
    mods = [importlib.import_module(f"benchmarks.{p.stem}") for p in sorted((ROOT / "benchmarks").glob("bench_*.py"))]
    return sorted(mods, key=lambda m: getattr(m, "ORDER", 100))


def old_sections() -> dict[str, str]:
    if not OUT.exists():
        return {}
    parts = re.split(r"<!-- section: (\w+) -->\n", OUT.read_text())
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def main(argv: list[str]) -> int:
    wanted = set(argv)  # "--summary" names no module: every section is kept and the table rebuilt
    previous = old_sections()
    sections = []
    failed = False
    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    for mod in modules():
        name = mod.__name__.split(".")[-1].removeprefix("bench_")
        if wanted and name not in wanted:
            if name in previous:
                sections.append((name, previous[name]))
            continue
        print(f"== {name}: {mod.TITLE}", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            body = mod.run()
        except Exception:
            failed = True
            body = "```\n" + traceback.format_exc() + "```\n"
            print(body, file=sys.stderr)
        secs = time.perf_counter() - started
        text = f"## {mod.TITLE}\n\n_Run {stamp} on {machine()}; took {secs:.0f}s._\n\n{body.strip()}\n\n"
        print(text, flush=True)
        sections.append((name, text))
    head = (
        "# newsgraph benchmarks\n\n"
        "Written by `make bench` (`python -m benchmarks`); each section says when and on what machine it ran.\n"
        f"Reference data is read in place from `{EVAL.relative_to(ROOT.parent) if EVAL.is_relative_to(ROOT.parent) else EVAL}` "
        "(see its README for provenance and licences).\n\n"
    )
    OUT.write_text(head + summary_table(sections) + "".join(MARK.format(n) + "\n" + t for n, t in sections))
    print(f"wrote {OUT}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
