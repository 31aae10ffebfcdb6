"""quotes: who said what. Direct, mixed and indirect quotations with their cue and resolved speaker.

The work is split in ``extractors/quoting/``: ``marks`` pairs quotation marks paragraph by paragraph,
``direct`` decides which quoted spans are quotations and finds their cue, ``indirect`` reads reported speech
off the parse (``stances`` the stances held or voiced without a speech verb), ``speakers`` turns a cue's
subject into an entity of the entity pass. This module puts them together in text order, so a pronoun or a
cue-less quote can refer back to the speaker before it.
See docs/quotes.md.
"""

from __future__ import annotations

from bisect import bisect_right

from newsgraph.spacy_util import doc_text

from ..model import Quote
from .quoting import direct, indirect, layout, marks
from .quoting.speakers import Cue, Resolver, Speaker, make_cue


def _para_of(paras: list[tuple[int, int]], at: int) -> int:
    """Index of the paragraph holding offset ``at`` (the last one starting at or before it)."""
    return max(bisect_right([s for s, _ in paras], at) - 1, 0)


def _direct_candidates(doc, paras, masked: str):
    found = marks.find(masked)
    out: list[direct.DirectCandidate] = []
    attributed_paras: set[int] = set()  # paragraphs holding an attributed quote so far
    for m in found:
        lo = m.open_at if m.open_at is not None else m.start
        pn = _para_of(paras, lo)
        prev_here = pn in attributed_paras
        prev_para = pn > 0 and _para_ends_with_attribution(doc, paras[pn - 1], out)
        cand = direct.classify(doc, m, paras[pn], found, prev_here, prev_para)
        if cand is not None:
            out.append(cand)
            if cand.cue or cand.inherit:
                attributed_paras.add(_para_of(paras, cand.mark.start))
    return out


def _para_ends_with_attribution(doc, para, done) -> bool:
    """The paragraph's last sentence has a speech cue with a subject, or an attributed quote."""
    s, e = para
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    sents = list(span.sents)
    last = sents[-1] if sents else span
    if any(c.mark.end > last.start_char and c.mark.start < e and (c.cue or c.inherit) for c in done):
        return True
    return any((cue := make_cue(t)) is not None and cue.subject is not None for t in last)


def extract(ctx) -> list[Quote]:
    doc = ctx.doc
    paras = marks.paragraphs(doc_text(doc))
    if not paras:
        return []
    resolver = Resolver(ctx)
    last: Speaker | None = None
    last_cue: Cue | None = None  # the cue that named ``last``: a carried-over quote shares it
    out: list[Quote] = []
    for _, c in _items(doc, paras):
        if isinstance(c, Cue):  # "Khalil spoke to reporters": a speaker a later "he said" can refer to
            if c.subject is not None and c.subject.pos_ != "PRON":
                resolver.remember(c.start, resolver.resolve(c.subject))
            continue
        found = _quote_of(doc, c, resolver, last, last_cue)
        if found is None:
            continue
        q, sp, cue = found
        if sp is not None:
            resolver.remember(q.speaker_start if q.speaker_start is not None else q.start, sp)
            last, last_cue = sp, cue
        out.append(q)
    return sorted(out, key=lambda q: q.start)


def _items(doc, paras) -> list[tuple[int, object]]:
    """Every quote candidate (transcript lines, quotation marks, reported speech) and bare speech cue, in the
    order their speakers are resolved."""
    lines = layout.transcript_lines(doc, paras)
    masked = doc_text(doc)
    for ln in lines:  # transcript lines are quotes as a whole: their marks are not scanned
        ps, pe = next(p for p in paras if p[0] <= ln.label_start < p[1])
        masked = masked[:ps] + " " * (pe - ps) + masked[pe:]
    directs = _direct_candidates(doc, paras, masked)
    quoted = [(ln.start, ln.end) for ln in lines] + [
        (
            c.mark.open_at if c.mark.open_at is not None else c.mark.start,
            (c.mark.close_at + 1) if c.mark.close_at is not None else c.mark.end,
        )
        for c in directs
    ]
    indirects = indirect.find(doc, quoted)
    items: list[tuple[int, object]] = [(c.mark.start, c) for c in directs] + [(c.start, c) for c in indirects]
    items += [(ln.start, ln) for ln in lines]
    items += [(cue.start, cue) for cue in _bare_cues(doc, quoted, items)]
    items.sort(key=lambda x: (_order(x[1]), x[0]))
    return items


def _quote_of(doc, c, resolver, last, last_cue) -> tuple[Quote, Speaker | None, Cue | None] | None:
    """The quote of one candidate, its speaker and the cue a later carried-over quote shares; None for reported
    speech with no source ("is hailed for ...") or a misparse naming itself."""
    if isinstance(c, layout.Line):
        sp = resolver.label(c.label_start, c.label_end)
        q = Quote(doc_text(doc)[c.start : c.end], c.start, c.end, "direct", sp.entity, sp.name,
                  None, None, None, c.label_start, c.label_end)
        return q, sp, None
    if isinstance(c, direct.DirectCandidate):
        cue = c.cue or c.subject_only
        if cue is not None:
            sp = resolver.resolve(cue.subject)
        elif c.inherit:
            sp, cue = last, last_cue
        else:
            sp = None
        return _quote(doc_text(doc), c.mark.start, c.mark.end, c.kind, cue, sp), sp, cue
    sp = resolver.resolve(c.cue.subject)
    if sp is None or (sp.start is not None and sp.start < c.end and c.start < sp.end):
        return None
    return _quote(doc_text(doc), c.start, c.end, "indirect", c.cue, sp), sp, c.cue


def _bare_cues(doc, quoted, items) -> list[Cue]:
    """Speech verbs with a named subject that introduce no quote of their own ("Khalil spoke to reporters")."""
    used = {c.cue.start for _, c in items if getattr(c, "cue", None) is not None}
    spans = marks.Spans(quoted)
    out = []
    for tok in doc:
        if tok.idx in used or spans.overlaps(tok.idx, tok.idx + 1):
            continue
        cue = make_cue(tok)
        if cue is not None and cue.subject is not None:
            out.append(cue)
    return out


def _order(c) -> int:
    if isinstance(c, Cue):
        return c.start
    """Resolution order: by where the speaker is named (the cue), else by the content."""
    if isinstance(c, layout.Line):
        return c.label_start
    if isinstance(c, direct.DirectCandidate):
        cue = c.cue or c.subject_only
        return min(cue.start, c.mark.start) if cue is not None else c.mark.start
    return min(c.cue.start, c.start)


def _quote(text: str, start: int, end: int, kind: str, cue, sp: Speaker | None) -> Quote:
    """A Quote; a speaker carried over from an earlier quote keeps the span where it was last named."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        kind=kind,
        speaker=sp.entity if sp else None,
        speaker_name=sp.name if sp else None,
        cue=cue.text if cue is not None else None,
        cue_start=cue.start if cue is not None else None,
        cue_end=cue.end if cue is not None else None,
        speaker_start=None if sp is None else sp.start,
        speaker_end=None if sp is None else sp.end,
        speaker_country=sp.country if sp else None,
        speaker_sector=sp.sector if sp else None,
    )
