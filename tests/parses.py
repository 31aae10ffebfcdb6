"""Hand-built parses for rule tests, as spaCy's own tests build them (``Doc(vocab, words=..., heads=...)``):
the rule under test sees exactly the parse written here, so a failing rule test is a rule bug, never a
parser slip (those show in the model tests, marked ``model``).

One token per field group, separated by spaces: ``word/lemma/POS/TAG/dep/head`` where ``head`` is the offset
of the head from the token (0 for the root, -1 for the token before). ``_`` as lemma means the lowercased
word. A word followed by ``~`` has no space after it ("said~ ,").

    >>> doc = parse("She/she/PRON/PRP/nsubj/1 left/leave/VERB/VBD/ROOT/0 ./_/PUNCT/./punct/-1")
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_punct...), as spaCy's en_vocab fixture


def parse(notation: str, ents: list[str] | None = None) -> Doc:
    """A Doc with the words, lemmas, tags, dependencies (and IOB entity tags ``ents``) written out."""
    words, spaces, lemmas, pos, tags, deps, heads = [], [], [], [], [], [], []
    for i, item in enumerate(notation.split()):
        word, lemma, p, tag, dep, head = item.rsplit("/", 5) if item.count("/") > 5 else item.split("/")
        no_space = word.endswith("~") and len(word) > 1
        word = word[:-1] if no_space else word
        words.append(word)
        spaces.append(not no_space)
        lemmas.append(word.lower() if lemma == "_" else lemma)
        pos.append(p)
        tags.append(tag)
        deps.append(dep)
        heads.append(i + int(head))
    spaces[-1] = False
    return Doc(
        VOCAB, words=words, spaces=spaces, lemmas=lemmas, pos=pos, tags=tags, deps=deps, heads=heads, ents=ents
    )


def char_span(doc: Doc, text: str) -> tuple[int, int]:
    """(start, end) of the first occurrence of ``text`` in the doc's text."""
    start = doc.text.index(text)
    return start, start + len(text)
