"""Which way a time expression points, read from the dependency parse of its clause.

``direction(doc, start, end)`` finds the verb that governs the expression and returns ``future`` (will/'ll/
shall/would/going to, or the complement of a verb of planning such as "is due to", "plans to", "is set to"),
``past`` (past tense, perfect), ``present`` (present tense) or None (no verb: a headline, a fragment).
"""

from __future__ import annotations

import re

from newsgraph.spacy_util import FUTURE_MODALS, MAYBE_MODALS, before_reported_subject, doc_text

# the modals of spacy_util and the time pass's own: "would", "'d", and the "ca" of "can't" (the coder has "ought")
FUTURE_AUX = FUTURE_MODALS | {"would", "'d"}
MODALS = MAYBE_MODALS | {"should", "must", "ca"}
# verbs and adjectives whose complement clause is (usually) yet to happen: "plans to visit in May"
PLANNING = {
    "plan",
    "intend",
    "expect",
    "schedule",
    "due",
    "set",
    "slate",
    "aim",
    "hope",
    "prepare",
    "go",
    "want",
    "seek",
    "vow",
    "promise",
    "pledge",
    "threaten",
    "agree",
    "decide",
    "propose",
    "likely",
    "poised",
    "bound",
    "ready",
    "wish",
    "need",
    "try",
    "attempt",
    "offer",
    "ask",
    "urge",
    "call",
    "invite",
    "hold",
    "await",
}
PAST_TAGS = {"VBD"}
PLANNING_FORMS = {
    "schedule",
    "plan",
    "slate",
    "set",
    "due",
    "expect",
    "postpone",
    "delay",
    "reschedule",
    "push",
}
PRESENT_TAGS = {"VBZ", "VBP"}
_AHEAD_OF = re.compile(r"(?i)\b(?:ahead\s+of|run-up\s+to|in\s+advance\s+of)\s+$")


def governing_verb(doc, start: int, end: int):
    """The verb (or auxiliary) whose clause contains the character span, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return governing_verb_of_token(span.root)


# verbs whose past tense is spelled like their base form, so the tagger may read "cut" as present
SAME_PAST = {
    "cut",
    "put",
    "set",
    "hit",
    "let",
    "shut",
    "spread",
    "cost",
    "hurt",
    "quit",
    "split",
    "bid",
    "cast",
    "broadcast",
    "forecast",
    "upset",
    "burst",
    "thrust",
    "shed",
    "slit",
    "read",
    "beat",
    "rid",
}


def _singular_subject(verb) -> bool:
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        bool(subj) and subj[0].tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subj[0].children)
    )


def _tense(verb) -> str | None:
    """Tense of one verb from its own tag and its auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX or verb.lower_ in FUTURE_AUX:
        return "future"
    if any(a.lemma_ == "go" and a.tag_ == "VBG" for a in auxes):
        return "future"
    if lowers & MODALS and "have" not in lowers:
        return "modal"  # "may be signed on September 12": ahead, unless the time sits in a noun phrase
    if any(a.tag_ in PAST_TAGS for a in auxes):
        return "past"
    if verb.lemma_.lower() in ("schedule", "slate", "plan", "set") and any(
        a.dep_ == "auxpass" for a in auxes
    ):
        return "future"  # "a hearing has been scheduled", "talks are slated": what is planned lies ahead
    if any(a.lemma_ == "have" for a in auxes) and verb.tag_ == "VBN":
        return "past"  # present perfect: it has already happened
    if any(
        c.dep_ == "acomp"
        and c.lemma_.lower() in ("due", "set", "scheduled", "slated", "poised", "likely", "expected")
        for c in verb.children
    ):
        return "future"  # "elections are due in November"
    if verb.tag_ in PAST_TAGS:
        return "past"
    if verb.tag_ == "VBP" and verb.lower_ in SAME_PAST and not auxes and _singular_subject(verb):
        return "past"  # "the bank cut rates": with a singular subject the present would be "cuts"
    if verb.tag_ == "VBN" and not any(a.lemma_ == "be" for a in auxes):
        if verb.lemma_.lower() in PLANNING_FORMS | {"expect"}:
            return "future"  # "results expected on Friday", "a vote scheduled for May"
        return "past"  # a participle: "plans announced in January"
    if (
        verb.tag_ == "VB"
        and verb.dep_ in ("ROOT", "ccomp", "conj", "parataxis")
        and not auxes
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        and (verb.i == verb.sent.start or verb.doc[verb.i - 1].is_punct)  # heads its clause: "Call me Sunday"
    ):
        return "future"  # an imperative: "Call me Sunday night"
    if any(a.tag_ in PRESENT_TAGS for a in auxes) or verb.tag_ in PRESENT_TAGS:
        return "present"
    if verb.tag_ == "VB" and not auxes and verb.dep_ in ("ROOT", "conj") and _subject(verb):
        return "present"  # "Voters in the district go to the polls on Sunday": the tagger's base form is a present
    return None


def _subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def perfect(doc, start: int, end: int) -> bool:
    """True when the clause of the expression is in the present perfect ("has grown in recent years", "have
    helped by sharing data in recent days"), which measures a stretch up to now rather than pointing at a past
    time. A gerund or an infinitive takes the tense of the verb above it."""
    tok = governing_verb(doc, start, end)
    for _ in range(6):
        if tok is None:
            return False
        if tok.pos_ in ("VERB", "AUX"):
            auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if any(a.lemma_ == "have" and a.tag_ in PRESENT_TAGS for a in auxes):
                return True
            if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in auxes):
                return False  # a finite verb of its own tense
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def preposition(doc, start: int, end: int) -> str | None:
    """The preposition that introduces the expression ("until" in "closed until Friday"), if any."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        return root.head.lower_
    return None


def modifies_noun(doc, start: int, end: int) -> bool:
    """True when the expression modifies a noun ("Monday's debate") rather than the verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    return tok.dep_ in ("poss", "compound", "nmod", "amod") and tok.head.pos_ in ("NOUN", "PROPN")


# nouns of figures published after the period they cover: "figures for January", "the March jobs report"
REPORT_NOUNS = {"figure", "data", "datum", "statistic", "number", "result", "report", "earnings", "account", "reading",
                "survey", "index"}


def names_a_reported_period(doc, start: int, end: int) -> bool:
    """True when the expression is the period of published figures ("figures for January will be published",
    "will release its March data"): that period has begun by the time they are published, whatever the tense."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("for", "of"):
        return tok.head.head.lemma_.lower() in REPORT_NOUNS
    return tok.dep_ in ("compound", "nmod", "amod") and tok.head.lemma_.lower() in REPORT_NOUNS


def direction(doc, start: int, end: int) -> str | None:
    if _AHEAD_OF.search(doc_text(doc)[max(0, start - 20) : start]):
        return "future"  # "ahead of the weekend", "in the run-up to Sunday's vote": what is awaited lies ahead
    verb = governing_verb(doc, start, end)
    if verb is None:
        return _misparsed_present(doc, start, end)
    if _fronted(doc, start, end, verb):
        verb = verb.head  # "said on Monday she would visit Chile": the day is the saying's, not the visit's
    prep = preposition(doc, start, end)
    if prep in ("for", "until", "till", "to", "into") and verb.lemma_.lower() in PLANNING_FORMS:
        return _planned(verb)  # "scheduled for June 3", "postponed until Saturday": what is planned lies ahead
    if verb.lemma_.lower() in ("schedule", "plan", "slate") and prep not in ("in", "since", "during"):
        return _planned(verb)  # "has scheduled a news conference Thursday", "planned a rally on Saturday": the thing planned is ahead
    if prep in ("until", "till", "through", "thru"):
        # "will stay closed until Monday" is ahead; "closed until Friday" may be either side of publication
        return "future" if _tense(verb) in ("future", "modal") else "near"
    tense = _tense(verb)
    if tense in ("present", "modal") and modifies_noun(doc, start, end):
        tense = None  # "is raising questions about Monday's debate": the present says nothing of Monday
    node = verb
    for _ in range(3):  # "plans to testify", "is going to meet": the complement of a planning verb
        if node.dep_ not in ("xcomp", "ccomp", "advcl") or node.head.i == node.i:
            break
        head = node.head
        if node.dep_ == "xcomp" and head.lemma_.lower() in PLANNING:
            return _planned(head)
        if tense is None:
            tense = _tense(head)
            if tense == "past" and node.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in node.children):
                tense = "past_weak"  # "summoned him to testify on Feb. 10": what was asked for may lie ahead
        node = head
    if (
        tense is None
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        tense = _infinitive(verb)
        if tense in ("future", "modal") and _possessive(doc, start, end):
            tense = "past_weak"  # "would look for ways to get around Wednesday's ruling": the ruling exists
    return "future" if tense == "modal" else tense


# present verbs the small tagger reads as a noun or an adjective at the head of a sentence ("Nominations close on
# Monday", "Residents return to their homes on Thursday", "Talks resume in Geneva on Friday")
NOUN_LIKE_VERBS = {"close", "closes", "open", "opens", "return", "returns", "resume", "resumes", "begin", "begins",
                   "start", "starts", "end", "ends", "meet", "meets", "vote", "votes", "head", "heads", "face", "faces",
                   "rally", "rallies", "march", "marches", "strike", "strikes", "gather", "gathers", "go", "goes",
                   "arrive", "arrives", "leave", "leaves", "run", "runs", "sit", "sits", "hold", "holds", "reopen",
                   "reopens", "kick", "kicks", "wrap", "wraps"}


def _misparsed_present(doc, start: int, end: int) -> str | None:
    """A full sentence whose root is a noun ("Nominations close on Monday.", "Residents in the valley return to
    their homes on Thursday.") is one whose present verb the tagger read as a noun or an adjective: present. A
    headline, with no full stop, stays without a verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sent = span.sent
    words = [t for t in sent if not t.is_punct]
    if sent.root.pos_ in ("NOUN", "PROPN") and sent[-1].text == "." and len(words) >= 5 and not any(
        t.tag_ == "VBD" for t in sent
    ) and any(t.lower_ in NOUN_LIKE_VERBS for t in words):  # a past tense anywhere tells a past story; with no
        # word that can be the misread verb it is a photo caption ("Riot police and protesters near the court in
        # Nairobi on Tuesday."), which says when the picture was taken
        return "present"
    return None


def _fronted(doc, start: int, end: int, verb) -> bool:
    """The expression stands between a reporting verb and the subject of the clause it reports, where the parser
    hangs it on the reported verb ("said on Monday she would visit", "announced Friday that it will close")."""
    if verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and before_reported_subject(span, verb)


def _possessive(doc, start: int, end: int) -> bool:
    """ "Wednesday's ruling": the day names a thing that already exists."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ == "poss"


def _planned(verb) -> str:
    """What is planned lies ahead, unless the plan is told from a past already overtaken: "had been scheduled
    to expire Friday" (past perfect), "a rally planned for Saturday was cancelled" (a plan named in a past
    clause). Then the planned day may be either side of publication: the nearer one."""
    if any(a.lemma_ == "have" and a.tag_ == "VBD" for a in verb.children if a.dep_ in ("aux", "auxpass")):
        return "near"
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        above = governing_verb_of_token(verb.head)
        if above is not None and _tense(above) == "past":
            return "near"
    return "future"


def governing_verb_of_token(tok):
    """The verb or auxiliary above a token (the token itself when it is one), or None."""
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _infinitive(verb) -> str:
    """An infinitive takes its time from the clause above: "invoked the law to fly them out on March 16" is
    past, "has a plan to visit on Tuesday" is ahead."""
    above = verb.head
    while above.i != above.head.i and above.pos_ not in ("VERB", "AUX"):
        above = above.head
    if above is verb or above.pos_ not in ("VERB", "AUX") or above.lemma_.lower() in PLANNING:
        return "future"
    tense = _tense(above) or "future"
    # what a past verb asks for ("subpoenaed him to testify on Feb. 10") may still lie ahead: only leaning past
    return "past_weak" if tense == "past" else tense


def attaches_to_verb(doc, start: int, end: int) -> bool:
    """True when the expression modifies a verb ("ruled on March 30", "met Friday") or dates the noun after it
    ("a June report"), False when it follows a noun or an adjective ("payable Dec. 7", "holders of record
    Nov. 20"), whose time the clause's tense does not fix."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    tok = span.root
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head
    if tok.head.pos_ in ("NOUN", "PROPN") and tok.i < tok.head.i:
        return True  # a date before its noun names a thing that exists: "said in a June report"
    return tok.head.pos_ in ("VERB", "AUX") or tok.head.i == tok.i
