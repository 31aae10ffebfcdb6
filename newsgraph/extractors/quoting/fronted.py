"""Reported clauses that come before their cue: "S, X said", "Back home, Clarke said, he decided to ...", "If S1,
S2, X said"; and the time clauses that tell when something was said, not what ("..., a day after police ...")."""

from __future__ import annotations

from newsgraph.spacy_util import SHIFTING_MARKS

TIME_MARKS = SHIFTING_MARKS | {"when", "while"}


def timed(clause) -> bool:
    """A clause of time the parser hangs on the cue as its object ("X will meet them, his spokesman said on
    Wednesday, a day after police dispersed a march"): when it was said, not what."""
    return any(m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in clause.children)


def fronted_content(verb):
    """"S, X said": the head clause before a cue after a comma; "Back home, Clarke said, he decided to ...":
    the cue interrupts the content, and the side with the main verb is kept (a quote is one span)."""
    if not (
        verb.dep_ in ("parataxis", "ccomp")
        and verb.head.pos_ in ("VERB", "AUX")
        and _bare_cue_after_comma(verb)
    ):
        return _fronted_condition(verb)
    head = verb.head
    after = _extent(verb)[1] + 1
    if verb.dep_ == "parataxis" and after < len(verb.doc) and verb.doc[after].text == ",":
        if head.i > verb.i and timed(head):  # "S, X said, a month after Y demanded ...": S, not the time
            return [t for t in verb.sent if t.i < _extent(verb)[0]]
        side = (lambda t: t.i > verb.i) if head.i > verb.i else (lambda t: t.i < verb.i)
        return [t for t in head.subtree if side(t) and not _in_subtree(t, verb)]
    toks = [t for t in head.subtree if t.i < verb.i and not _in_subtree(t, verb)]
    if verb.i > head.i and toks and not any(c.dep_ == "nsubj" and c.i > verb.i for c in head.children):
        return toks
    return None


def _fronted_condition(verb):
    """"If S1, S2, X said.": a reported clause opening with a condition, which the parser may hang on the cue as
    an adverbial clause; it is what was said when it opens the sentence, has a subject and a finite or modal
    verb, and runs up to the comma before a bare cue."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children):
        return None
    lo = subject.left_edge.i
    for c in verb.children:
        if (
            c.dep_ == "advcl"
            and c.i < subject.i
            and c.left_edge.i == c.sent.start
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            and any(t.text == "," for t in c.subtree)  # the condition's own comma: "If S1, S2"
            and verb.doc[c.right_edge.i + 1].text == ","
            and c.right_edge.i + 2 == lo
            and any(g.dep_ == "nsubj" for g in c.children)
            and (c.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ == "aux" and g.tag_ == "MD" for g in c.children))
        ):
            return list(c.subtree)
    return None


def _bare_cue_after_comma(verb) -> bool:
    """The cue clause of "S, X said (on Monday)." / "S, said X.": a comma right before it, no complement."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children):
        return False
    lo, _ = _extent(verb)
    return lo > 0 and verb.doc[lo - 1].text in (",", "—", "–", "--")


def _extent(verb) -> tuple[int, int]:
    """First and last non-punctuation token index of the verb's subtree."""
    words = [t.i for t in verb.subtree if not (t.is_punct or t.is_space)]
    return words[0], words[-1]


def _in_subtree(tok, root) -> bool:
    return root.left_edge.i <= tok.i <= root.right_edge.i and any(
        a.i == root.i for a in [tok, *tok.ancestors]
    )
