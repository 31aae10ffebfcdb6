"""Read a WordNet 3.0 database folder (``data.*``/``index.*`` files) for the ECB+ pair experiment.

Bench-only and optional: nothing in newsgraph imports it, and no WordNet data is in the repository. Point
it at a folder that already holds the files, e.g. Debian's ``wordnet-base`` (``/usr/share/wordnet``;
WordNet 3.0 licence, permissive). A noun data file split in parts (``data.noun1``, ``data.noun2``) reads
the same, since every line carries its own offset.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DEFAULT = Path("/usr/share/wordnet")
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}


class WordNet:
    """Synsets (words, pointers, lexicographer file) and the lemma index, in plain dicts."""

    def __init__(self, folder: Path) -> None:
        self.synsets: dict[tuple[str, str], tuple[list[str], list[tuple[str, str, str]], int]] = {}
        self.index: dict[tuple[str, str], list[str]] = {}
        for path in sorted(folder.glob("data.*")):
            for line in path.read_text(encoding="latin-1").splitlines():
                if line and not line.startswith(" "):
                    self._synset(line)
        for name, pos in POS.items():
            path = folder / f"index.{name}"
            if path.exists():
                for line in path.read_text(encoding="latin-1").splitlines():
                    if line and not line.startswith(" "):
                        f = line.split()
                        self.index[(f[0], pos)] = f[4 + int(f[3]) + 2:]

    def _synset(self, line: str) -> None:
        f = line.split(" | ")[0].split()
        pos = "a" if f[2] == "s" else f[2]
        n = int(f[3], 16)
        words = [f[4 + 2 * i].lower() for i in range(n)]
        k = 4 + 2 * n
        ptrs = []
        for _ in range(int(f[k])):
            sym, off, ppos = f[k + 1], f[k + 2], f[k + 3]
            ptrs.append((sym, "a" if ppos == "s" else ppos, off))
            k += 4
        self.synsets[(pos, f[0])] = (words, ptrs, int(f[1]))

    @lru_cache(maxsize=65536)  # noqa: B019 - one instance per run
    def related(self, lemma: str, senses: int = 3) -> tuple[frozenset, frozenset, frozenset]:
        """Words of the first ``senses`` noun and verb senses: (synonyms, derivationally related,
        hypernyms up to two levels)."""
        syn: set[str] = set()
        der: set[str] = set()
        hyp: set[str] = set()
        for pos in ("v", "n"):
            for off in self.index.get((lemma.replace(" ", "_"), pos), [])[:senses]:
                words, ptrs, _ = self.synsets[(pos, off)]
                syn |= set(words)
                for sym, p, o in ptrs:
                    if sym == "+":
                        der |= set(self.synsets[(p, o)][0])
                    elif sym in ("@", "@i"):
                        up_words, up_ptrs, _ = self.synsets[(p, o)]
                        hyp |= set(up_words)
                        hyp |= {w for s2, p2, o2 in up_ptrs if s2 == "@" for w in self.synsets[(p2, o2)][0]}
        return frozenset(syn), frozenset(der), frozenset(hyp)

    def relation(self, a: str, b: str) -> tuple[int, int, int]:
        """(synonyms, derivationally related or synonyms, one a hypernym of the other) for two lemmas."""
        if a == b:
            return 1, 1, 1
        sa, da, ha = self.related(a)
        sb, db, hb = self.related(b)
        syn = b in sa or a in sb
        der = syn or b in da or a in db or bool(sa & db) or bool(sb & da)
        hyp = b in ha or a in hb or bool(ha & sb) or bool(hb & sa)
        return int(syn), int(der), int(hyp)


def load(folder: Path | None = None) -> WordNet | None:
    """The WordNet in ``folder`` (default Debian's), or None when it is not there."""
    folder = folder or DEFAULT
    return WordNet(folder) if any(folder.glob("data.*")) else None
