"""The speech-verb and cue lexicons (``newsgraph/lexicons/speech_*.tsv``), loaded once and checked."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ...errors import LexiconError

LEXICONS = Path(__file__).resolve().parent.parent.parent / "lexicons"
VERB_CLASSES = ("speech", "stance", "cognition", "evidence", "intent", "position")
# classes whose verbs attribute only in the writer's own clause: "Lopez said the party wants to ..." is Lopez's
# statement, not the party's; "voters who back the plan" is a description
WEAK_CLASSES = frozenset({"intent", "position"})
CUE_ROLES = (
    "source_prep",
    "no_cue",
    "not_label",
    "noun",
    "adjective",
    "document",
    "voiced",
    "as_verb",
    "holder",
)
SINGLE_WORD_ROLES = ("not_label", "noun", "adjective", "document", "voiced", "as_verb", "holder")

# classes whose verbs introduce indirect quotes ("X said that S", "X believes S", "the study shows S",
# "X wants to S")
INDIRECT_CLASSES = frozenset(VERB_CLASSES)




@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]  # lemma -> class
    source_preps: tuple[tuple[str, ...], ...]  # ("according", "to")
    no_cue: frozenset[tuple[str, str]]  # (verb lemma, particle)
    not_labels: frozenset[str] = frozenset()  # "UPDATE:", "WATCH:": line labels that are not speakers
    nouns: frozenset[str] = frozenset()  # "claim", "warning": nouns whose that-clause is a reported statement
    adjectives: frozenset[str] = frozenset()  # "confident", "worried": a stance its subject is said to hold
    documents: frozenset[str] = frozenset()  # "in the latest poll, S": the poll says S
    voiced: frozenset[str] = frozenset()  # "in his view, S", "in an interview, S": whose is said with "his"
    as_verbs: frozenset[str] = frozenset()  # "see", "view": a cue only in "X sees Y as Z"
    holders: frozenset[str] = frozenset()  # "supporter", "critic": "X is a critic of Y"

    @cached_property
    def source_firsts(self) -> frozenset[str]:
        return frozenset(words[0] for words in self.source_preps)

    def verb_class(self, lemma: str) -> str | None:
        return self.verbs.get(lemma.lower())

    def lemma(self, tok) -> str:
        """The token's lemma, lower case, repaired where the lemmatizer cut a verb's final "e" ("hoped" ->
        "hop"): the lexicon's verb whose forms the word is, when the lemma itself is not a cue verb."""
        low = tok.lemma_.lower()
        if low in self.verbs or not low:
            return low
        word = tok.lower_
        if low + "e" in self.verbs and word.startswith(low) and not word.startswith(low + low[-1]):
            return low + "e"
        return low


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        rows.append((n, line.split("\t")))
    return rows


def load_verbs(path: Path) -> dict[str, str]:
    verbs: dict[str, str] = {}
    for n, cols in _rows(path):
        if len(cols) != 2 or not cols[0] or cols[1] not in VERB_CLASSES:
            raise LexiconError(
                f"{path.name}:{n}: expected 'lemma<TAB>class' with class in {VERB_CLASSES}: {cols}"
            )
        lemma = cols[0].strip().lower()
        if lemma in verbs:
            raise LexiconError(f"{path.name}:{n}: duplicate lemma {lemma!r}")
        verbs[lemma] = cols[1]
    return verbs


def load_cues(path: Path):
    """(source preps, no_cue pairs, not_labels, nouns, adjectives, documents, voiced, as_verbs, holders) from
    speech_cues.tsv."""
    preps: list[tuple[str, ...]] = []
    no_cue: set[tuple[str, str]] = set()
    labels: set[str] = set()
    # roles whose phrases are kept as they are, one set each
    plain: dict[str, set[str]] = {
        r: set() for r in ("noun", "adjective", "document", "voiced", "as_verb", "holder")
    }
    seen: set[tuple[str, str]] = set()
    for n, cols in _rows(path):
        if (
            len(cols) != 2
            or cols[1] not in CUE_ROLES
            or (len(cols[0].split()) < 2 and cols[1] not in SINGLE_WORD_ROLES)
        ):
            raise LexiconError(
                f"{path.name}:{n}: expected 'phrase<TAB>role' (2+ words, role in {CUE_ROLES}): {cols}"
            )
        phrase = cols[0].strip().lower()
        if (phrase, cols[1]) in seen:
            raise LexiconError(f"{path.name}:{n}: duplicate phrase {phrase!r}")
        seen.add((phrase, cols[1]))
        words = tuple(phrase.split())
        if cols[1] == "not_label":
            labels.add(phrase.upper())
        elif cols[1] in plain:
            plain[cols[1]].add(phrase)
        elif cols[1] == "source_prep":
            preps.append(words)
        else:
            if len(words) != 2:
                raise LexiconError(f"{path.name}:{n}: a no_cue entry is 'verb particle': {phrase!r}")
            no_cue.add((words[0], words[1]))
    return (
        tuple(sorted(preps, key=len, reverse=True)),
        frozenset(no_cue),
        frozenset(labels),
        *(frozenset(plain[r]) for r in ("noun", "adjective", "document", "voiced", "as_verb", "holder")),
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    verbs = load_verbs(LEXICONS / "speech_verbs.tsv")
    cues = load_cues(LEXICONS / "speech_cues.tsv")
    return Lexicon(verbs, *cues)
