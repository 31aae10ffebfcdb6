"""Quotation marks -> quoted spans, paragraph by paragraph, on the raw text (no parse needed).

Rules (news English):
- double marks (" “ ” „ « ») open and close top-level quotes; single marks (' ‘ ’ ‹ ›) do so only outside
  a double quote (inside one they are nested quotes and stay part of the content);
- a straight mark opens when it follows the paragraph start, a space or an opening bracket/dash, and
  closes otherwise; a single mark is a quotation mark only where it cannot be an apostrophe (``don't``,
  ``Jones' car``, ``'90s``): an opening one must be followed by a letter or digit, a closing one must
  follow a letter/punctuation and be followed by a space, punctuation or the paragraph end;
- a paragraph that opens a quote without closing it continues into the next paragraph when that one opens
  with a quotation mark (the multi-paragraph convention); otherwise the open quote is confined to its
  paragraph (it ends there, ``closed=False``), so one bad mark never shifts the pairing of other paragraphs;
- two straight single marks (``''``) count as one double mark, and two backticks as an opening one;
- a closing mark with no opening one in its paragraph gives a quote from the paragraph start
  (``opened=False``): the writer dropped the opening mark.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_DOUBLE + STRAIGHT_SINGLE + "‟"

_OPENERS_BEFORE = " \t\n([{—–-/\u00a0" + DOUBLE_OPEN + SINGLE_OPEN


@dataclass(frozen=True)
class Marked:
    """A stretch of text between quotation marks. ``start``/``end`` are the content (marks excluded);
    ``open_at``/``close_at`` the marks themselves (``None`` when missing)."""

    start: int
    end: int
    open_at: int | None
    close_at: int | None
    double: bool = True
    paragraphs: int = 1  # how many paragraphs the quote runs over

    @property
    def opened(self) -> bool:
        return self.open_at is not None

    @property
    def closed(self) -> bool:
        return self.close_at is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped of surrounding spaces. News paragraphs are lines."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _role(text: str, i: int, p_start: int, p_end: int) -> tuple[str, bool] | None:
    """('open'|'close', is_double) for a quotation mark at ``i``, or None if it is not one (an apostrophe)."""
    ch = text[i]
    before = text[i - 1] if i > p_start else " "
    after = text[i + 1] if i + 1 < p_end else " "
    if ch in DOUBLE_OPEN or ch == "‟":
        return "open", True
    if ch in DOUBLE_CLOSE:
        # a closing mark at a word start opening a paragraph is a mistyped opening mark
        return ("open" if i == p_start and after.isalnum() else "close"), True
    if ch == STRAIGHT_DOUBLE:
        return ("open" if before in _OPENERS_BEFORE else "close"), True
    # single marks: open only at a word start, close only at a word end, never inside a word
    opening = (
        before in _OPENERS_BEFORE and (after.isalnum() or after in '“"$£€') and not _elision(text, i, p_end)
    )
    closing = (before.isalnum() or before in '.,!?;:)”"%') and (after.isspace() or after in '.,;:!?)—–-”"')
    if ch in SINGLE_OPEN:
        return ("open", False) if opening else None  # "It‘s": a mistyped apostrophe
    if ch == STRAIGHT_SINGLE and opening:
        return "open", False
    if ch in SINGLE_CLOSE or ch == STRAIGHT_SINGLE:
        return ("close", False) if closing else None
    return None


_ELISIONS = ("em ", "tis ", "twas ", "n ", "cause ")


def _elision(text: str, i: int, p_end: int) -> bool:
    """'90s, 'em, 'n': an apostrophe at a word start."""
    rest = text[i + 1 : min(p_end, i + 8)].lower() + " "
    return bool(re.match(r"\d0s\b", rest)) or rest.startswith(_ELISIONS)


def _scan(
    text: str, p_start: int, p_end: int
) -> tuple[list[tuple[int, int, bool]], list[Marked], int | None]:
    """Pairs in one paragraph: (open_at, close_at, double) list, stray-close quotes, an unclosed open index."""
    pairs: list[tuple[int, int, bool]] = []
    stray: list[Marked] = []
    open_double: int | None = None
    open_single: int | None = None
    for i in range(p_start, p_end):
        if text[i] not in ALL_MARKS:
            continue
        role = _role(text, i, p_start, p_end)
        if role is None:
            continue
        kind, double = role
        if double:
            if kind == "open" and open_double is None:
                open_double, open_single = i, None
            elif kind == "close" and open_double is not None:
                pairs.append((open_double, i, True))
                open_double = None
            elif kind == "close" and not pairs and open_single is None and not stray:
                stray.append(Marked(p_start, i, None, i, True))
            elif kind == "open" and text[i] == STRAIGHT_DOUBLE and open_double is not None:
                pairs.append((open_double, i, True))  # a straight mark after a space that closes
                open_double = None
        elif open_double is None:
            if kind == "open" and open_single is None:
                open_single = i
            elif kind == "close" and open_single is not None:
                pairs.append((open_single, i, False))
                open_single = None
    return pairs, stray, open_double


def find(text: str) -> list[Marked]:
    """Every quoted span in ``text``, in order. See the module docstring for the rules."""
    # two straight single marks ('') are one double mark (a typewriter convention some wires keep), and so are
    # two backticks (``), the opening half of the ``...'' convention of older wire archives
    scan = text.replace("''", '"\u200b') if "''" in text else text
    scan = scan.replace("``", "\u201c\u200b") if "``" in scan else scan
    found = _find(scan)
    if scan is text:
        return found
    fixed = []
    for m in found:
        start = m.start + 1 if scan[m.start] == "\u200b" else m.start
        fixed.append(Marked(start, m.end, m.open_at, m.close_at, m.double, m.paragraphs))
    return [m for m in fixed if m.start < m.end]


def _find(text: str) -> list[Marked]:
    out: list[Marked] = []
    paras = paragraphs(text)
    carry: int | None = None  # open mark of a quote continuing from the previous paragraph
    carry_paras = 0
    for n, (ps, pe) in enumerate(paras):
        if carry is not None and text[ps] not in DOUBLE_OPEN + STRAIGHT_DOUBLE + "‟":
            out.append(Marked(carry + 1, _end_of(paras[n - 1]), carry, None, True, carry_paras))
            carry = None
        pairs, stray, unclosed = _scan(text, ps, pe)
        if carry is not None:
            # the continuing quote's reopening mark is the first mark here; its close is this paragraph's
            # first pair's close (or the quote continues further)
            if pairs and pairs[0][0] == ps:
                _, close, _ = pairs.pop(0)
                out.append(Marked(carry + 1, close, carry, close, True, carry_paras + 1))
                carry = None
            elif unclosed == ps and not pairs:
                carry_paras += 1
                continue
            else:
                out.append(Marked(carry + 1, _end_of(paras[n - 1]), carry, None, True, carry_paras))
                carry = None
        out.extend(stray)
        out.extend(Marked(o + 1, c, o, c, d) for o, c, d in pairs)
        if unclosed is not None:
            if n + 1 < len(paras) and text[paras[n + 1][0]] in DOUBLE_OPEN + STRAIGHT_DOUBLE + "‟":
                carry, carry_paras = unclosed, 1
            else:
                out.append(Marked(unclosed + 1, pe, unclosed, None, True))
    if carry is not None:
        out.append(Marked(carry + 1, paras[-1][1], carry, None, True, carry_paras))
    out = [m for m in out if _content(text, m)]
    return sorted(out, key=lambda m: m.start)


def _end_of(para: tuple[int, int]) -> int:
    return para[1]


def _content(text: str, m: Marked) -> bool:
    return any(ch.isalnum() for ch in text[m.start : m.end])


class Spans:
    """Sorted, possibly overlapping ``(start, end)`` spans with a fast overlap test (bisect on the starts)."""

    def __init__(self, spans) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = []  # the largest end among spans[0..i], so a search can stop early
        top = -1
        for _, e in self.spans:
            top = max(top, e)
            self.reach.append(top)

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect_left(self.starts, b) - 1  # last span starting before b
        while i >= 0 and self.reach[i] > a:
            s, e = self.spans[i]
            if s < b and a < e:
                return True
            i -= 1
        return False
