"""The event lexicons (``newsgraph/lexicons/event*.tsv``): loaded once, checked on load.

A bad line (unknown PLOVER type or mode, malformed or out-of-family CAMEO code, duplicate entry, unknown
object class, wrong number of columns) raises ``LexiconError`` naming the file and line, so a typo can
never ship silently. ``tests/test_events.py`` loads every file through ``load()``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...errors import LexiconError

LEXICONS = Path(__file__).resolve().parent.parent.parent / "lexicons"

# The 16 PLOVER types and their modes (PLOVER draft 0.8; "meet"/"host" for CONSULT and "sue" for ACCUSE as
# SPEC section 2 uses them), with the CAMEO root families each type may be coded with.
MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "host", "meet", "phone", "third-party", "multilateral"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset({"economic", "military", "humanitarian", "asylum"}),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege", "sue"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        {
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        }
    ),
    "ASSAULT": frozenset(
        {
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        }
    ),
}
TYPES = frozenset(MODES)
CAMEO_ROOTS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"03"}),
    "CONSULT": frozenset({"04"}),
    "SUPPORT": frozenset({"05"}),
    "CONCEDE": frozenset({"05", "08"}),
    "COOPERATE": frozenset({"06"}),
    "AID": frozenset({"07"}),
    "RETREAT": frozenset({"08"}),
    "REQUEST": frozenset({"02", "10"}),
    "ACCUSE": frozenset({"09", "11"}),
    "REJECT": frozenset({"12"}),
    "THREATEN": frozenset({"13"}),
    "PROTEST": frozenset({"14"}),
    "SANCTION": frozenset({"11", "16"}),
    "MOBILIZE": frozenset({"15"}),
    "COERCE": frozenset({"17", "19"}),
    "ASSAULT": frozenset({"17", "18", "19", "20"}),
}
_CAMEO = re.compile(r"^(0[1-9]|1[0-9]|20)\d{0,2}$")
OBJECT_CLASSES = frozenset(
    {
        "person",
        "troops",
        "aid",
        "money",
        "weapons",
        "diplomat",
        "monitor",
        "liberty",
        "relations",
        "sanctions",
        "intelligence",
        "policy",
        "prison",
        "abstract",
        "group",
        "deportee",
        "migrant",
        "place",
        "property",
        "demand",
        "charge",
        "hazard",
        "means",
        "measure",
        "restriction",
        "occasion",
        "riot",
        "dissent",
    }
)
# the object classes of people, who can act (animacy.ANIMATE_CLASSES) and be a party (arguments.PARTY_CLASSES)
PEOPLE_CLASSES = frozenset({"person", "group", "troops", "diplomat", "deportee"})
VERB_ROLES = frozenset({"light", "speech", "planned", "hypothetical", "negated", "occurred"})
# prepositions that set a clause at an occasion (the object class "occasion": "holds a flyer during a rally", "shake
# hands at a meeting", "met in three debates"); not "before" or "after": "march before the plenary meeting" is not at it
AT_OCCASION = frozenset({"during", "at", "in"})
# the roles of a control verb (event_verbs.tsv) whose act has not happened, the first that holds winning
UNREAL_ROLES = ("planned", "hypothetical", "negated")




@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]  # head lemma first for V, last for N; the others must be children of the head
    pos: str  # V or N
    type: str
    mode: str | None
    cameo: str
    object: str | None

    @property
    def head(self) -> str:
        return self.words[0] if self.pos == "V" else self.words[-1]

    @property
    def others(self) -> tuple[str, ...]:
        return self.words[1:] if self.pos == "V" else self.words[:-1]


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]  # (head lemma, pos) -> entries, most specific first
    objects: dict[str, frozenset[str]]  # noun lemma -> classes
    verbs: dict[str, frozenset[str]]  # lemma -> roles
    evaluation: dict[str, tuple[str, str | None, str]]  # lemma -> (type, mode, cameo)

    def role(self, lemma: str, role: str) -> bool:
        return role in self.verbs.get(lemma, ())


def _rows(path: Path, columns: int):
    """(line number, fields) of the data lines; the first non-comment line is the header."""
    header_seen = False
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) != columns:
            raise LexiconError(
                f"{path.name}:{n}: expected {columns} tab-separated columns, found {len(fields)}: {raw!r}"
            )
        if not header_seen:
            header_seen = True
            continue
        yield n, [f.strip() for f in fields]


def check_code(path: Path, n: int, type_: str, mode: str | None, cameo: str) -> None:
    where = f"{path.name}:{n}"
    if type_ not in TYPES:
        raise LexiconError(f"{where}: unknown PLOVER type {type_!r}; use one of {', '.join(sorted(TYPES))}")
    if mode and mode not in MODES[type_]:
        allowed = ", ".join(sorted(MODES[type_])) or "none"
        raise LexiconError(f"{where}: {type_} has no mode {mode!r} (allowed: {allowed})")
    if not _CAMEO.match(cameo):
        raise LexiconError(f"{where}: bad CAMEO code {cameo!r}: two to four digits, root 01-20")
    if cameo[:2] not in CAMEO_ROOTS[type_]:
        raise LexiconError(f"{where}: CAMEO {cameo} (root {cameo[:2]}) does not belong with {type_}")


def load_triggers(path: Path) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    seen: dict[tuple, int] = {}
    out: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    for n, (trigger, pos, type_, mode, cameo, obj) in _rows(path, 6):
        if pos not in ("V", "N"):
            raise LexiconError(f"{path.name}:{n}: pos must be V or N, not {pos!r}")
        if obj and obj not in OBJECT_CLASSES:
            raise LexiconError(
                f"{path.name}:{n}: unknown object class {obj!r}; use one of {sorted(OBJECT_CLASSES)}"
            )
        check_code(path, n, type_, mode or None, cameo)
        words = tuple(trigger.lower().split())
        key = (words, pos, obj)
        if key in seen:
            raise LexiconError(
                f"{path.name}:{n}: duplicate entry {trigger!r} {pos} {obj or ''} (first on line {seen[key]})"
            )
        seen[key] = n
        entry = Trigger(words, pos, type_, mode or None, cameo, obj or None)
        out[(entry.head, pos)].append(entry)
    # most specific first: more words ("hold talk" before "hold" + person), then an object class
    return {k: tuple(sorted(v, key=lambda t: (-len(t.words), t.object is None))) for k, v in out.items()}


def load_pairs(path: Path, allowed: frozenset[str], what: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for n, (lemma, value) in _rows(path, 2):
        if value not in allowed:
            raise LexiconError(f"{path.name}:{n}: unknown {what} {value!r}; use one of {sorted(allowed)}")
        if value in out[lemma]:
            raise LexiconError(f"{path.name}:{n}: duplicate entry {lemma!r} {value!r}")
        out[lemma].add(value)
    return {k: frozenset(v) for k, v in out.items()}


def load_evaluation(path: Path) -> dict[str, tuple[str, str | None, str]]:
    out: dict[str, tuple[str, str | None, str]] = {}
    for n, (lemma, type_, mode, cameo) in _rows(path, 4):
        check_code(path, n, type_, mode or None, cameo)
        if lemma in out:
            raise LexiconError(f"{path.name}:{n}: duplicate entry {lemma!r}")
        out[lemma] = (type_, mode or None, cameo)
    return out


def load(folder: Path = LEXICONS) -> Lexicon:
    return Lexicon(
        triggers=load_triggers(folder / "event_triggers.tsv"),
        objects=load_pairs(folder / "event_objects.tsv", OBJECT_CLASSES, "object class"),
        verbs=load_pairs(folder / "event_verbs.tsv", VERB_ROLES, "verb role"),
        evaluation=load_evaluation(folder / "event_evaluation.tsv"),
    )


@lru_cache(maxsize=1)
def default() -> Lexicon:
    return load()


WORD_CLASSES = frozenset({
    "government_noun", "proxy_verb", "people_noun", "intransitive_noun", "object_control_verb", "stopping_verb",
    "ending_verb", "promise_verb", "retaliation_verb", "unreal_noun", "step_noun", "failing_noun", "undergone_noun", "target_noun",
    "protester_noun", "public_noun",
    "reporting_verb", "opposing_word", "collective_noun", "comment_verb",
})


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, frozenset[str]]:
    by_class: dict[str, set[str]] = defaultdict(set)
    for lemma, classes in load_pairs(LEXICONS / "event_words.tsv", WORD_CLASSES, "word class").items():
        for c in classes:
            by_class[c].add(lemma)
    return {c: frozenset(by_class[c]) for c in WORD_CLASSES}


def word_class(name: str) -> frozenset[str]:
    """The lemmas of one class of lexicons/event_words.tsv (the word lists the coder's rules test)."""
    if name not in WORD_CLASSES:
        raise KeyError(f"no word class {name!r} in event_words.tsv; use one of {sorted(WORD_CLASSES)}")
    return _word_classes()[name]
