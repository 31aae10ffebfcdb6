"""Direct and mixed quotes: which quoted spans are quotations, and which cue each belongs to.

For each quoted span (``marks.find``), in this order:
1. the governing cue: a speech verb (or "according to") that the quote hangs from in the parse,
   without crossing a relative clause or an apposition ("X said the plan would 'fail badly'");
2. the trailing frame: after the closing mark, up to the end of the sentence ('"...," Noem said on X.');
3. the leading frame: before the opening mark, from the sentence start ('Noem said: "..."');
4. for a quote embedded in a sentence with no speech verb, the sentence's subject when it is a person
   ('She welcomed the chance to see "the centre where..."');
5. for a quote with no cue of its own that opens its sentence, the speaker of the quote just before it in
   the paragraph (a split quote) or of the last sentence of the previous paragraph ('Noem said:' / '"..."').
A quote is never given to a speaker after it other than through its own sentence's trailing frame.

Not quotes: scare quotes (one or two words with no cue), names and titles (every content word capitalised,
no cue of their own), headings (a paragraph that is only a short quoted phrase).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.spacy_util import doc_text

from .layout import dash_name
from .lexicon import lexicon
from .marks import ALL_MARKS, Marked, Spans
from .reporting import reporting_subject
from .speakers import VAGUE, Cue, make_cue, names_someone

STOP_DEPS = {"relcl", "appos", "acl"}
END_PUNCT = ".!?"


@dataclass
class DirectCandidate:
    mark: Marked
    kind: str  # direct | mixed
    cue: Cue | None
    inherit: bool = False  # take the speaker of the previous attribution (split quote, paragraph after a cue)
    subject_only: Cue | None = None  # rule 4: the sentence subject speaks


def _span(doc, start: int, end: int):
    return doc.char_span(start, end, alignment_mode="expand")


def _inside(tok, marks: list[Marked]) -> bool:
    """Is the token inside (or on) one of the quotations ``marks``?"""
    return _spans(marks).overlaps(tok.idx, tok.idx + 1)


_SPANS: dict[int, tuple[list, Spans]] = {}


def _spans(marks: list[Marked]) -> Spans:
    """Spans of ``marks``, built once per list (the same list is asked about every token of a quote's frames)."""
    hit = _SPANS.get(id(marks))
    if hit is None or hit[0] is not marks:
        _SPANS.clear()
        hit = _SPANS[id(marks)] = (marks, Spans((_lo(m), _hi(m)) for m in marks))
    return hit[1]


def _lo(m: Marked) -> int:
    return m.open_at if m.open_at is not None else m.start


def _hi(m: Marked) -> int:
    return (m.close_at + 1) if m.close_at is not None else m.end


def governing_cue(content, marks) -> Cue | None:
    best = None
    for tok in content:
        head = tok.head
        if head.i == tok.i or content.start <= head.i < content.end:
            continue
        cur, steps = tok, 0
        while steps < 6 and cur.head.i != cur.i and (cur.dep_ not in STOP_DEPS or _that_clause(cur)):
            cur = cur.head
            steps += 1
            if content.start <= cur.i < content.end or _inside(cur, marks):
                continue
            cue = make_cue(cur)
            if cue is not None and cue.subject is not None:
                cue = _asserted_by(cue, marks) or _reported_stance(cue) or cue
                if best is None or _dist(cur, content) < _dist(best.token, content):
                    best = cue
                break
    return best or _side_cue(content, marks)


def _asserted_by(cue: Cue, marks) -> Cue | None:
    """The speaker's cue when ``cue`` is a thing's evidence inside someone's words: in 'Ruiz said the vote
    showed that "..."' the vote cannot speak, Ruiz quotes the words. None when the cue's subject is someone."""
    if cue.subject is None or names_someone(cue.subject) or cue.subject.lower_ in VAGUE:
        return None
    for outer in list(cue.token.ancestors)[:4]:
        if _inside(outer, marks):
            continue
        found = make_cue(outer)
        if found is not None and found.subject is not None and names_someone(found.subject):
            return found
    return None


def _reported_stance(cue: Cue) -> Cue | None:
    """The speaker's cue when ``cue`` is a stance verb inside their own report, its pronoun subject standing for
    them: in 'Egypt warned that it would defend its water "by all means"' the words are Egypt's warning, not a
    defence. None for a speech verb ('X said he told them "..."': a second statement) or another subject."""
    subject = cue.subject
    if subject is None or subject.pos_ != "PRON" or lexicon().verb_class(lexicon().lemma(cue.token)) != "stance":
        return None
    if reporting_subject(subject) is None:
        return None
    return make_cue(cue.token.head)


def _side_cue(content, marks) -> Cue | None:
    """A cue that modifies the clause the quote is in rather than governing it: an interposed "he added"
    ('the weapons, he added, are like "bombs you can't use"'), "as X put it", "according to X"."""
    roots = {t.i for t in content if t.head.i == t.i or not (content.start <= t.head.i < content.end)}
    seen: set[int] = set()
    for i in roots:
        cur = content.doc[i]
        for _ in range(6):
            if cur.i in seen:
                break
            seen.add(cur.i)
            for c in cur.children:
                if content.start <= c.i < content.end or _inside(c, marks):
                    continue
                cue = _modifier_cue(c)
                if cue is not None:
                    return cue
            if cur.head.i == cur.i or cur.dep_ in STOP_DEPS:
                break
            cur = cur.head
    return None


def _modifier_cue(c) -> Cue | None:
    if c.dep_ == "parataxis" or (
        c.dep_ == "advcl" and any(m.lower_ == "as" for m in c.children if m.dep_ == "mark")
    ):
        cue = make_cue(c)
        if (
            cue is None
            and c.lemma_ == "put"
            and any(o.lower_ == "it" for o in c.children if o.dep_ == "dobj")
        ):
            cue = Cue(
                c, c.text, c.idx, c.idx + len(c), next((s for s in c.children if s.dep_ == "nsubj"), None)
            )
        return cue if cue is not None and cue.subject is not None else None
    if c.dep_ == "prep":
        cue = make_cue(c)
        return cue if cue is not None and cue.subject is not None else None
    return None


def _that_clause(tok) -> bool:
    """'a statement that S': a content clause of a noun, not a relative clause."""
    return tok.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children)


def _dist(tok, span) -> int:
    return min(abs(tok.i - span.start), abs(tok.i - span.end))


def _cue_in(tokens, marks, trailing: bool, complete: bool = False) -> Cue | None:
    """The cue of a frame. A trailing frame must open with the cue clause ('Noem said on Monday', 'said
    Noem, a minister', 'according to X'); a leading frame must end with it ('Noem told reporters:')."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    for tok in tokens:
        if _inside(tok, marks):
            continue
        cue = make_cue(tok)
        if cue is None or cue.subject is None or (trailing and not _inside_tokens(cue.subject, tokens)):
            continue
        if trailing and complete and any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children):
            continue  # '"It is over." Baker said the union would appeal': a new sentence, not this quote's cue
        if trailing:
            first = words[0] if words else tok
            if first.i == tok.i or _in_subtree(first, cue.subject) or first.head.i == tok.i:
                return cue
        else:
            after = [t for t in words if t.i > tok.i]
            if (
                len(after) <= 6
                and not any(t.pos_ in ("VERB", "AUX") for t in after)
                and all(_in_subtree(t, tok) for t in after)
            ):
                return cue
    return None


def _in_subtree(tok, root) -> bool:
    return tok.i == root.i or any(a.i == root.i for a in tok.ancestors)


def _inside_tokens(tok, tokens) -> bool:
    return bool(tokens) and tokens[0].i <= tok.i <= tokens[-1].i


def trailing_frame(doc, m: Marked, para_end: int, marks) -> list:
    if m.close_at is None:
        return []
    text = doc_text(doc)
    i = m.close_at + 1
    if text[m.close_at] == "'" and text[i : i + 1] == "'":  # the second mark of a closing ''
        i += 1
    while i < para_end and text[i] in " ,\t—–-":
        i += 1
    if i >= para_end or (text[i] in ALL_MARKS):
        return []
    span = _span(doc, i, para_end)
    out = []
    for tok in span or []:
        if tok.text in ALL_MARKS and _starts_quote(tok, marks):
            break
        out.append(tok)
        if tok.text in END_PUNCT and len(out) > 1:
            break
    return out


def _starts_quote(tok, marks) -> bool:
    return any(m.open_at == tok.idx for m in marks)


def leading_frame(doc, m: Marked, para_start: int, marks) -> list:
    if m.open_at is None or m.open_at <= para_start:
        return []
    span = _span(doc, para_start, m.open_at)
    out: list = []
    for tok in reversed(list(span or [])):
        if tok.text in END_PUNCT:
            break
        if tok.text in ALL_MARKS and any(x.close_at == tok.idx for x in marks):
            break
        out.append(tok)
    return list(reversed(out))


def _words(tokens) -> list:
    return [t for t in tokens if t.is_alpha or t.like_num]


def is_name_like(content) -> bool:
    """Every content word capitalised: a name or a title of a work ("Terrorism Confinement Center")."""
    words = [t for t in content if not (t.is_punct or t.is_stop or t.is_space) and (t.is_alpha or t.like_num)]
    if len(words) == 1 and words[0].i == content.start and words[0].pos_ != "PROPN":
        return False  # a one-word sentence capitalised because it starts the quote ("Hi there, you")
    return bool(words) and len(content) <= 8 and all(t.is_title or t.like_num or t.is_upper for t in words)


def classify(doc, m: Marked, para: tuple[int, int], marks, prev_attributed: bool, prev_para_cue: bool):
    """A DirectCandidate for the quoted span ``m``, or None when it is not a quotation."""
    content = _span(doc, m.start, m.end)
    if content is None or len(content) == 0:
        return None
    words = _words(content)
    trailing = trailing_frame(doc, m, para[1], marks)
    leading = leading_frame(doc, m, para[0], marks)
    lead_words = _words(leading)
    complete = _ends_sentence(doc, m, ".!?")
    trail_cue = _cue_in(trailing, marks, True, complete) if trailing and _frame_starts_cue(trailing) else None
    lead_cue = _cue_in(leading, marks, False) if leading else None
    gov = governing_cue(content, marks)
    if m.close_at is not None and not gov:
        name = dash_name(doc, m.close_at, para[1])
        if name is not None:
            dash = m.close_at + 1
            while doc_text(doc)[dash].isspace():
                dash += 1
            return DirectCandidate(m, "direct", Cue(name, doc_text(doc)[dash], dash, dash + 1, name))
    alone = not lead_words and not (trailing and _words(trailing))
    if alone and len(words) <= 5 and not _ends_sentence(doc, m):
        return None  # a heading such as "'Dangerous step' -"
    if is_name_like(content) and (
        (not trail_cue and not (lead_cue and leading[-1].text == ":")) or _names_a_work(leading)
    ):
        return None  # a name or a title ('on Fox News's "Fox and Friends," Pence said')
    whole = not lead_words or (lead_cue is not None and leading[-1].text in ":,")
    cue = gov or trail_cue or lead_cue
    if cue is not None and cue.subject is not None and _inside(cue.subject, marks):
        # the parser took a quoted title for the subject ('X said on "Fox and Friends"'): the speaker is the
        # noun phrase opening the trailing frame ('"...," Flynn, a top surrogate, said')
        cue = _with_subject(cue, _frame_subject(trailing, cue.token))
    if cue is not None:
        introduced = lead_cue is not None and (leading[-1].text in ":," or leading[-1].i == lead_cue.token.i)
        # the reporter's own words around the quote in its sentence: before it (not a cue introducing it), or
        # after it (not a cue frame): 'Baker said "the offer is an insult" to the workers'
        after = bool(_words(trailing)) and trail_cue is None and not _ends_sentence(doc, m, ".!?")
        mixed = (bool(lead_words) and not introduced) or after
        if len(words) <= 2 and mixed and cue is gov and _modifier(content):
            return None  # a scare-quoted word inside a reported clause's noun phrase
        return DirectCandidate(m, "mixed" if mixed else "direct", cue)
    if len(words) <= 2:
        return None  # scare quotes
    if whole and (prev_attributed or prev_para_cue):
        return DirectCandidate(m, "direct", None, inherit=True)
    if lead_words:
        subj = _person_subject(content)
        if subj is not None:
            return DirectCandidate(m, "mixed", None, subject_only=subj)
        if len(words) < 4:
            return None
        return DirectCandidate(m, "mixed", None)
    return DirectCandidate(m, "direct", None)


def _frame_subject(tokens, verb):
    run = []
    for tok in tokens:
        if tok.i >= verb.i or tok.pos_ not in ("PROPN", "NOUN") and run:
            break
        if tok.pos_ in ("PROPN", "NOUN"):
            run.append(tok)
        elif tok.pos_ != "DET":
            break
    return run[-1] if run else None


def _with_subject(cue: Cue, subject) -> Cue | None:
    if subject is None:
        return None
    return Cue(cue.token, cue.text, cue.start, cue.end, subject)


def _names_a_work(leading) -> bool:
    """The capitalised quote follows a preposition, article or possessive: it is a title, even when a cue
    follows ('a broadcast of "Fox News Sunday," Pence said')."""
    return bool(leading) and (leading[-1].pos_ in ("ADP", "DET") or leading[-1].lower_ in ("'s", "’s"))


def _frame_starts_cue(tokens) -> bool:
    return len(tokens) <= 40


def _ends_sentence(doc, m: Marked, punct: str = ".!?,;:") -> bool:
    t = doc_text(doc)[m.start : m.end].rstrip()
    return bool(t) and t[-1] in punct


def _modifier(content) -> bool:
    roots = [t for t in content if not (content.start <= t.head.i < content.end)]
    return all(t.dep_ in ("amod", "compound", "nmod", "npadvmod", "advmod") for t in roots)


def _person_subject(content) -> Cue | None:
    sent = content[0].sent
    root = sent.root
    if content.start <= root.i < content.end:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if not (subj.lower_ in ("he", "she") or subj.ent_type_ == "PERSON"):
        return None
    return Cue(root, root.text, root.idx, root.idx + len(root), subj)
