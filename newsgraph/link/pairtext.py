"""The cross-encoder's input for one pair of event mentions: both sentences, each trigger marked.

Why a module of its own: the fine-tuning script (``scripts/train_coref_cross.py``, torch, a dev tool) and the
numpy runtime (``crossenc.py``) must build byte-identical inputs, and the training environment has no spaCy
or newsgraph dependencies; this file imports nothing but the standard library (the tokenizer is passed in).

Layout: ``[CLS] left_a < trigger_a > right_a [SEP] left_b < trigger_b > right_b [SEP]`` with token type 0 up
to the first ``[SEP]`` and 1 after it. Each side keeps at most ``WINDOW`` word pieces before and after its
trigger (a sentence is mostly shorter) and ``TRIGGER`` pieces of the trigger. ``<`` and ``>`` are ordinary
vocabulary pieces (rare in news text), so no new embeddings are needed. The classifier reads the ``[CLS]``
vector and the vectors at the two ``<`` markers (their positions are returned).
"""

from __future__ import annotations

WINDOW = 12
TRIGGER = 8
OPEN, CLOSE = "<", ">"


def side(tokenizer, sentence: str, start: int, end: int) -> list[int]:
    """Word-piece ids of one sentence cut around its trigger ``[start, end)``, the trigger marked."""
    enc = tokenizer.encode(sentence, add_special_tokens=False)
    inside = [i for i, (a, b) in enumerate(enc.offsets) if a < end and start < b]
    ids = enc.ids
    if not inside:  # the trigger fell outside the pieces (whitespace): mark an empty span where it starts
        cut = sum(1 for a, _ in enc.offsets if a < start)
        inside_ids: list[int] = []
        first = last = cut
    else:
        first, last = inside[0], inside[-1] + 1
        inside_ids = ids[first:last][:TRIGGER]
    marks = tokenizer.token_to_id(OPEN), tokenizer.token_to_id(CLOSE)
    return ids[max(0, first - WINDOW):first] + [marks[0]] + inside_ids + [marks[1]] + ids[last:last + WINDOW]


def pair(tokenizer, a: list[int], b: list[int]) -> tuple[list[int], list[int], int, int]:
    """(ids, token types, position of a's ``<``, position of b's ``<``) for two sides from ``side``."""
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    mark = tokenizer.token_to_id(OPEN)
    ids = [cls, *a, sep, *b, sep]
    types = [0] * (len(a) + 2) + [1] * (len(b) + 1)
    return ids, types, 1 + a.index(mark), len(a) + 2 + b.index(mark)
