"""The package's shape: data flows one way. No import cycle between newsgraph's modules (imports at module
level; an import inside a function is a deliberate late binding), and the data layer (lexicons) and the
store import nothing of the layers above them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "newsgraph"


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(current: str, is_package: bool, node: ast.ImportFrom) -> list[str]:
    if node.level == 0:
        base = node.module or ""
    else:
        parts = current.split(".")
        keep = len(parts) - node.level + (1 if is_package else 0)
        base = ".".join(parts[:keep] + ([node.module] if node.module else []))
    names = [f"{base}.{a.name}" for a in node.names]
    return [base, *names]


def module_imports() -> dict[str, set[str]]:
    """Module -> the newsgraph modules it imports at module level (TYPE_CHECKING blocks left out)."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py") if "static" not in p.parts}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found: set[str] = set()
        for node in tree.body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                found |= set(_resolve(name, path.name == "__init__.py", node))
        graph[name] = {m for m in found if m in paths and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every elementary cycle found by a depth-first walk (each reported once, from its smallest member)."""
    found, seen = [], set()

    def walk(node, path, on_path):
        for nxt in sorted(graph.get(node, ())):
            if nxt in on_path:
                cycle = path[path.index(nxt):]
                key = tuple(sorted(cycle))
                if key not in seen:
                    seen.add(key)
                    found.append(cycle + [nxt])
            elif len(path) < 12:
                walk(nxt, path + [nxt], on_path | {nxt})

    for start in sorted(graph):
        walk(start, [start], {start})
    return found


def _own(a: str, b: str) -> bool:
    return b.startswith(a + ".") or a.startswith(b + ".")


def real_cycles() -> set[frozenset[str]]:
    """Cycles other than a package importing its own submodules to re-export them (how packages work)."""
    return {
        frozenset(c)
        for c in cycles(module_imports())
        if not all(_own(x, y) for x, y in zip(c, c[1:], strict=False))
    }


# The event coder's and the time resolver's submodules imported back from their package's __init__ until
# issues 11 and 13 moved the helpers; no cycle is left, and none may come back.
def test_no_import_cycle():
    assert real_cycles() == set()


@pytest.mark.parametrize(
    "layer, forbidden",
    [
        ("newsgraph.lexicons", ("newsgraph.extractors", "newsgraph.store", "newsgraph.cli", "newsgraph.pipeline",
                                "newsgraph.actors", "newsgraph.geo", "newsgraph.web")),
        ("newsgraph.store", ("newsgraph.cli", "newsgraph.web")),
        ("newsgraph.extractors", ("newsgraph.store", "newsgraph.cli", "newsgraph.web")),
        ("newsgraph.readers", ("newsgraph.extractors", "newsgraph.store", "newsgraph.cli", "newsgraph.web")),
    ],
)
def test_a_lower_layer_imports_nothing_above_it(layer, forbidden):
    graph = module_imports()
    bad = sorted(
        f"{mod} -> {dep}"
        for mod, deps in graph.items()
        if mod == layer or mod.startswith(layer + ".")
        for dep in deps
        if dep.startswith(forbidden)
    )
    assert bad == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]


# Issue 11's size limits, so that a long module or function cannot creep back (complexity is ruff's C901 in
# `make lint`, with no exceptions left).
MAX_MODULE_LINES, MAX_FUNCTION_LINES = 500, 60


def _sources() -> dict[str, str]:
    return {str(p.relative_to(PACKAGE.parent)): p.read_text(encoding="utf-8")
            for p in PACKAGE.rglob("*.py") if "static" not in p.parts}


def long_functions(source: str, limit: int = MAX_FUNCTION_LINES) -> list[str]:
    """Functions (methods and nested functions too) of more than ``limit`` lines, decorators left out."""
    return [f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for node in ast.walk(ast.parse(source))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > limit]


def test_no_module_over_500_lines():
    assert {path: n for path, text in _sources().items() if (n := text.count("\n")) > MAX_MODULE_LINES} == {}


def test_no_function_over_60_lines():
    assert {path: bad for path, text in _sources().items() if (bad := long_functions(text))} == {}


@pytest.mark.parametrize("body_lines, found", [(59, []), (60, []), (61, ["f (61 lines)"])])
def test_the_length_check_counts_a_function_from_def_to_its_last_line(body_lines, found):
    source = "def f():\n" + "    x = 1\n" * (body_lines - 1)
    assert long_functions(source) == found
