"""What every benchmark shares: where the eval data is, the machine, the seed article's record."""

from __future__ import annotations

import json
import os
import platform
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("NEWSGRAPH_EVAL", ROOT.parent / "shared" / "eval"))
SEED = EVAL / "seed"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, Python {platform.python_version()}, {platform.system()}"


@lru_cache(maxsize=1)
def seed_gold() -> dict:
    return json.loads((SEED / "gold.json").read_text())


@lru_cache(maxsize=1)
def seed_record():
    """The record newsgraph extracts from the seed article (extracted once per benchmark run)."""
    from newsgraph.pipeline import Pipeline
    from newsgraph.readers import read

    (article,) = list(read([str(SEED / "article.txt")]))
    return Pipeline().extract(article)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# The summary table at the top of BENCHMARKS.md: every section states its headline figures in hidden lines made
# by ``summary``, which ``python -m benchmarks`` collects from the sections it ran and the ones it kept.
SUMMARY_HEAD = ["benchmark", "set", "dev / unseen", "scoring rule", "headline figure", "target", "met"]
SUMMARY_LINE = "<!-- summary: {} -->"
DEV, UNSEEN = "**dev**", "**unseen**"


def summary(benchmark: str, set_: str, label: str, rule: str, figure: str, target: str = "", met: bool | None = None) -> str:
    """One hidden summary row. ``label`` is DEV (rules or models were developed while reading the set) or UNSEEN
    (never read by whoever built the system); ``met`` None when there is no target."""
    assert label in (DEV, UNSEEN) or label.startswith((DEV, UNSEEN)), label
    cells = [benchmark, set_, label, rule, figure, target or "-", "-" if met is None else ("met" if met else "**not met**")]
    return SUMMARY_LINE.format(" | ".join(c.replace("|", "/").replace("-->", "->") for c in cells))


def table(header: list[str], rows: list[list]) -> str:
    def fmt(v):
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def process_tree(root: int) -> dict[int, tuple[int, float]]:
    """``root`` and every process under it: pid -> (resident bytes, CPU seconds so far, user + system), from
    Linux /proc. CPU seconds, unlike a latency or a wall time, hardly depend on what else the machine runs."""
    children: dict[int, list[int]] = {}
    seen: dict[int, tuple[int, float]] = {}
    page, tick = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            rss = int(Path(f"/proc/{entry}/statm").read_text().split()[1]) * page
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))  # fields[1]: the parent's pid
        seen[int(entry)] = (rss, (int(fields[11]) + int(fields[12])) / tick)
    tree, todo = {}, [root]
    while todo:
        pid = todo.pop()
        if pid in seen:
            tree[pid] = seen[pid]
        todo += children.get(pid, [])
    return tree
