"""No evaluation text in the repository.

The shared evaluation sets measure how well newsgraph generalises; a test built from one of their sentences tests
memory, and several sets may not be redistributed. So every sentence of 8 or more words in the project's own text
(tests, docs, README, BENCHMARKS.md, benchmarks and their data, scripts, examples, the package's string literals,
docstrings and comments, its lexicons and templates) must share less than 60% of its word 4-grams with any one evaluation document. Write a different
sentence showing the same construction instead, or cite the evaluation text by file and sentence number.

The scan goes the cheap way round: the project's 4-grams are few, so each evaluation document is reduced to the
set of those it contains (one C-level set intersection per document) instead of indexing every 4-gram of the sets.
Skipped when the evaluation folder (``NEWSGRAPH_EVAL`` or ``../shared/eval``) is absent.
"""

from __future__ import annotations

import ast
import io
import json
import os
import re
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = Path(os.environ.get("NEWSGRAPH_EVAL", ROOT.parent / "shared" / "eval"))
MIN_WORDS = 8
THRESHOLD = 0.6
N = 4

WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\s*\|\s*|`")  # sentence ends, table cells, code spans
TAG_TEXT = re.compile(r">([^<]*)<")
# the project's own text, by area (a failure names the area)
AREAS = {
    "tests": ["tests/**/*.py"],
    "docs": ["docs/**/*.md", "README.md", "BENCHMARKS.md"],
    "benchmarks": ["benchmarks/**/*.py", "benchmarks/**/*.tsv", "scripts/**/*.py"],
    "package": ["newsgraph/**/*.py", "newsgraph/**/*.tsv", "newsgraph/**/*.html"],
    "examples": ["examples/**/*.txt", "examples/**/*.jsonl", "examples/**/*.md"],
}
SKIP_EVAL = (".py", ".pdf", ".md")  # scorers and READMEs: written about the data, not the data


def words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


def grams(ws: list[str]) -> list[tuple[str, ...]]:
    return list(zip(*(ws[i:] for i in range(N)), strict=False))


@dataclass(frozen=True)
class Sentence:
    where: str  # file:line
    text: str
    grams: tuple[tuple[str, ...], ...]


# --- the project's sentences -------------------------------------------------------------------------


def _chunks_of_python(src: str) -> Iterator[tuple[int, str]]:
    """String literals (docstrings included) and runs of comment lines, each with its first line."""
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
    run: list[str] = []
    first = last = 0
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type != tokenize.COMMENT:
            continue
        line = tok.start[0]
        if run and line != last + 1:
            yield first, " ".join(run)
            run = []
        if not run:
            first = line
        run.append(tok.string.lstrip("#"))
        last = line
    if run:
        yield first, " ".join(run)


def _chunks_of_text(src: str) -> Iterator[tuple[int, str]]:
    """Paragraphs (blocks between blank lines), so a sentence wrapped over lines stays whole."""
    start, block = 1, []
    for i, line in enumerate(src.splitlines() + [""], 1):
        if line.strip():
            if not block:
                start = i
            block.append(line)
        elif block:
            yield start, "\n".join(block)
            block = []


def project_sentences(root: Path, patterns: list[str]) -> list[Sentence]:
    out = []
    for path in sorted({p for pat in patterns for p in root.glob(pat) if p.is_file()}):
        src = path.read_text(encoding="utf-8", errors="replace")
        chunks = _chunks_of_python(src) if path.suffix == ".py" else _chunks_of_text(src)
        for line, chunk in chunks:
            parts = [chunk] if path.suffix != ".md" else [chunk, *chunk.splitlines()]  # a table row as well
            for part in parts:
                for piece in SENTENCE_BREAK.split(part):
                    ws = words(piece)
                    if len(ws) >= MIN_WORDS:
                        out.append(Sentence(f"{path.relative_to(root)}:{line}", " ".join(piece.split()), tuple(grams(ws))))
    return out


# --- the evaluation documents ------------------------------------------------------------------------


def _json_strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)


def documents(path: Path) -> list[str]:
    """The texts of one evaluation file: one per JSON record or string, one per XML or plain-text file."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    name = path.name.lower()
    if name.endswith((".jsonl", ".ndjson")):
        lines = [json.loads(line) for line in raw.splitlines() if line.strip().startswith(("{", "["))]
        return [s for rec in lines for s in _json_strings(rec)]
    if name.endswith(".json") or raw.lstrip()[:1] in ("[", "{"):
        try:
            return list(_json_strings(json.loads(raw)))
        except ValueError:
            return [raw]
    if name.endswith((".xml", ".tml", ".naf")):
        return [" ".join(TAG_TEXT.findall(raw))]
    return [raw]


def eval_files(folder: Path) -> list[Path]:
    return [
        p for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.lower().endswith(SKIP_EVAL)
        and not p.name.upper().startswith(("README", "LICENSE", "LICENCE", "MAPPING"))
    ]


def copies(sentences: list[Sentence], folder: Path) -> list[tuple[Sentence, float, str]]:
    """Each sentence sharing >= THRESHOLD of its 4-grams with one evaluation document, with the best share."""
    owners: dict[tuple[str, ...], set[int]] = {}
    for k, s in enumerate(sentences):
        for g in s.grams:
            owners.setdefault(g, set()).add(k)
    wanted = set(owners)
    best: dict[int, tuple[float, str]] = {}
    for path in eval_files(folder):
        for j, text in enumerate(documents(path)):
            ws = words(text)
            if len(ws) < N:
                continue
            hit = wanted.intersection(zip(ws, ws[1:], ws[2:], ws[3:], strict=False))
            if not hit:
                continue
            for k in {k for g in hit for k in owners[g]}:
                s = sentences[k]
                share = sum(g in hit for g in s.grams) / len(s.grams)
                if share >= THRESHOLD and share > best.get(k, (0.0, ""))[0]:
                    best[k] = (share, f"{path.relative_to(folder)}#{j}")
    return [(sentences[k], share, doc) for k, (share, doc) in sorted(best.items())]


@lru_cache(maxsize=1)
def _all_copies() -> dict[str, list[tuple[Sentence, float, str]]]:
    by_area = {area: project_sentences(ROOT, pats) for area, pats in AREAS.items()}
    found = copies([s for ss in by_area.values() for s in ss], EVAL)
    return {area: [c for c in found if c[0] in set(ss)] for area, ss in by_area.items()}


# --- the tests ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("area", list(AREAS))
def test_no_sentence_copies_evaluation_text(area):
    if not EVAL.is_dir():
        pytest.skip(f"no evaluation folder at {EVAL}")
    found = _all_copies()[area]
    assert not found, "evaluation text in the project (rewrite in the team's own words):\n" + "\n".join(
        f"  {s.where}: {share:.0%} of its 4-grams in {doc}: {s.text[:90]}" for s, share, doc in found
    )


EVAL_DOC = "Lena Ortiz told the harbour council on Tuesday that the ferry fares would rise by a third in May."


@pytest.mark.parametrize(
    "project_text, flagged",
    [
        ('"""Lena Ortiz told the harbour council on Tuesday that the ferry fares would rise."""', True),  # a copy
        ('x = "Ortiz told the harbour council on Monday that the ferry fares would rise by a third."', True),  # close
        ("# Ortiz told the harbour council on Tuesday\n# that the ferry fares would rise by a third.", True),  # comment
        ('x = "The mayor told reporters on Friday that the tram fares would stay the same."', False),  # own words
        ('x = "Ortiz told the harbour council."', False),  # under eight words: a few words may be quoted
    ],
)
def test_the_check_flags_copies_and_spares_own_sentences(tmp_path, project_text, flagged):
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "doc.txt").write_text(EVAL_DOC, encoding="utf-8")
    (tmp_path / "proj" / "tests").mkdir(parents=True)
    (tmp_path / "proj" / "tests" / "test_x.py").write_text(project_text + "\n", encoding="utf-8")
    sentences = project_sentences(tmp_path / "proj", ["tests/**/*.py"])
    assert bool(copies(sentences, tmp_path / "eval")) == flagged
