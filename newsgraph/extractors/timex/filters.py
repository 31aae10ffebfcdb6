"""Which pattern matches are really times, read from the parse and the words around them.

``keep(cand, doc)`` returns the candidate (possibly shortened) or None. The rules are general ones of news
English: a capitalised month that is part of a person's name ("Theresa May") or is a verb ("March on the
capital") is not a time; a bare month needs a time preposition or modifier ("in May", "last June"); a bare
four-digit number is a year unless it counts something ("2000 troops") or is money; a season word needs a
determiner, a year or a preposition ("this spring", "in summer", but not "the prices fall").
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsgraph.spacy_util import doc_text

from .context import OF_WORD, UNIT_WORDS, next_word, prev_word, span_at, text_before
from .lexicon import words
from .patterns import Candidate
from .periods import bizperiod_ok, setword_ok, theday_ok, yearback_ok
from .vague import generic_day, ref_ok

TIME_PREPS = {
    "in", "since", "until", "till", "by", "from", "through", "to", "during", "of", "before", "after", "last",
    "next", "this", "early", "late", "mid", "between", "and", "or", "throughout", "on", "for", "at", "around",
    "into", "that", "every", "each", "-", "–", "as", "past", "coming", "previous", "following", "end", "start",
    "beginning", "middle", "when", "about", "within", "over", "circa", "'s", "’s", "year",
}
NAME_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW", "NORP", "GPE", "LOC"}
COUNTED = {"MONEY", "PERCENT", "QUANTITY"}
NOT_YEAR_BEFORE = {
    "no", "no.", "number", "page", "pages", "room", "flight", "route", "article", "section", "resolution",
    "chapter", "rule", "bill", "highway", "interstate", "code", "model", "version", "boeing", "airbus",
    "#", "$", "€", "£",
}


def _inside_name(doc, start: int, end: int) -> bool:
    """True when the match sits inside a longer named entity (a person, an organisation, a title)."""
    span = span_at(doc, start, end)
    if span is None:
        return False
    for tok in span:
        if tok.ent_type_ in NAME_LABELS:
            for ent in doc.ents:
                if ent.start <= tok.i < ent.end:
                    ent_start = ent.start_char + (4 if doc[ent.start].lower_ == "the" else 0)
                    if ent_start < start - 1 or ent.end_char > end + 1:
                        name = doc_text(doc)[ent.start_char : ent.end_char]
                        if not UNIT_WORDS.search(name.replace(doc_text(doc)[start:end], "")):
                            return True
    return False


def _month_ok(cand: Candidate, doc) -> bool:
    mstart = cand.match.start("mon")
    span = span_at(doc, mstart, cand.match.end("mon"))
    if span is None:
        return False
    tok = span[0]
    if tok.tag_ == "MD" or (tok.pos_ in ("VERB", "AUX") and tok.ent_type_ != "DATE"):
        return False
    if _inside_name(doc, mstart, max(cand.end, cand.match.end("mon"))):
        return False
    if tok.i > 0:
        prev = doc[tok.i - 1]
        if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.ent_type_ in ("PERSON", ""):
            if prev.lower_ not in TIME_PREPS and prev.ent_type_ != "DATE":
                return False
    return True


def _bare_month_ok(cand: Candidate, doc) -> bool:
    if not _month_ok(cand, doc):
        return False
    if cand.group("mod") or cand.group("rel") or cand.group("ry"):
        return True  # "last June", "June last year"
    prev = prev_word(doc_text(doc), cand.start)
    if prev in ("the", "their", "its", "his", "her", "our", "my", "your", "a", "an"):
        nxt = next_word(doc_text(doc), cand.end)
        return nxt[:1].islower() and nxt.isalpha()  # "their January sales", "the May report"
    return prev in TIME_PREPS


def _year_ok(cand: Candidate, doc) -> bool:
    if cand.group("mod") or cand.text.lower().startswith("the year"):
        return True
    text = doc_text(doc)
    start = cand.match.start("y")
    prev = prev_word(text, start)
    nxt = next_word(text, cand.end)
    if prev in NOT_YEAR_BEFORE or prev.endswith(("$", "€", "£", "#")):
        return False
    if nxt.lower() in ("%", "percent", "per", "pct", "kilometres", "kilometers", "km", "miles", "metres", "meters"):
        return False
    span = span_at(doc, start, cand.end)
    if span is None:
        return False
    tok = span[0]
    if tok.ent_type_ in COUNTED:
        return False
    head = tok.head
    counts = tok.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS") and not UNIT_WORDS.match(head.text)
    if counts and not (prev in YEAR_BEFORE or prev.endswith(("'s", "’s")) or head.lower_ in YEAR_NOUNS):
        return False  # "2000 troops"; but "in 2013", "her 2000 races", "below 2005 levels" are years
    if _inside_name(doc, start, cand.end) and not _dates_a_name(doc, tok):
        return False  # "the Russell 2000 index", "Windows 2000"
    if tok.i > 0:
        before = doc[tok.i - 1]
        if before.pos_ == "PROPN" and before.text[:1].isupper() and before.text not in words("month"):
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            named = after is not None and after.text[:1].isupper() and after.pos_ == "PROPN"
            if int(cand.group("y")) % 100 == 0 or named:
                return False  # a name with a number: "Russell 2000", "Windows 2000 Server"; not "WWDC 2005"
    return True


def _dates_a_name(doc, tok) -> bool:
    """A year that opens a name dates it: "the 2026 World Cup", "2024 Paris Olympics"."""
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return True
    first = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
    return ent.label_ == "EVENT" or tok.i == first


YEAR_BEFORE = {
    "in", "since", "by", "until", "till", "from", "before", "after", "of", "during", "through", "throughout",
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "and", "or", "between",
}
# plural nouns that a year dates rather than counts: "2005 levels", "the 2000 elections"
YEAR_NOUNS = {
    "levels", "elections", "figures", "prices", "rates", "results", "returns", "filings", "games", "olympics",
    "races", "midterms", "polls", "standards", "numbers", "data", "estimates", "budgets", "accounts", "protests",
    "floods", "riots", "attacks", "talks", "negotiations", "accords", "agreements", "sanctions", "reforms",
}


def _season_ok(cand: Candidate, doc) -> bool:
    if cand.group("y") or cand.group("mod"):
        return True
    if next_word(doc_text(doc), cand.end).lower() == "of":
        return False  # "the fall of Rome", "the spring of discontent"
    det = (cand.group("det") or "").lower()
    word = cand.group("s").lower()
    if det and det != "the":
        return True
    prev = prev_word(doc_text(doc), cand.start)
    if det == "the":
        return word != "fall" or prev in TIME_PREPS
    return word != "fall" and prev in {"in", "during", "since", "until", "by", "through", "over", "throughout", "this"}


def _clock24_ok(cand: Candidate, doc) -> bool:
    if cand.group("tz"):
        return True
    prev = prev_word(doc_text(doc), cand.start)
    return prev in {"at", "by", "from", "until", "till", "before", "after", "around", "about", "since", "to", "between"}


def _ago(cand: Candidate, doc) -> Candidate | None:
    direction = cand.group("dir").lower()
    if direction in ("before", "after", "prior", "earlier", "later"):
        nxt = next_word(doc_text(doc), cand.end)
        if nxt and (nxt[0].isalnum() or nxt in ("$",)):
            if direction in ("before", "after", "prior") or nxt.lower() == "than":
                if not cand.group("n") and not cand.group("unit").lower().endswith("s"):
                    return None
                return replace(cand, end=cand.match.end("unit"), name="ago_duration")
    if not cand.group("n") and not cand.group("unit").lower().endswith(("s", "ies")):
        return None
    return cand


def _duration(cand: Candidate, doc) -> Candidate | None:
    if not _duration_ok(cand, doc):
        return None
    head = re.match(r"(?i)the\s+", cand.text)
    if head and re.search(r"\d-|[a-z]-", cand.text) and not re.search(r"(?i)\b(past|last|next|coming|first|final)\b", cand.text):
        return replace(cand, start=cand.start + head.end())  # "the 24-hour strike": the article is the strike's
    return cand


def _duration_ok(cand: Candidate, doc) -> bool:
    unit = cand.group("unit").lower()
    n = (cand.group("n") or "").lower()
    nxt = next_word(doc_text(doc), cand.end)
    if nxt.lower() in ("-old", "old") or doc_text(doc)[cand.end : cand.end + 4] == "-old":
        return False  # an age: "a 22-year-old"
    if prev_word(doc_text(doc), cand.start) in ("aged", "ages", "age"):
        return False  # an age: "children aged 6 months and older"
    if unit.startswith("quarter") and re.fullmatch(r"(?:1[5-9]|20)\d\d", n):
        return False  # "the 1988 quarter": a year's quarter, not 1988 quarters
    if cand.group("unit")[:1].isupper() and not cand.group("unit").isupper():
        return False  # a capitalised unit is a title: "60 Minutes", "24 Hours of Le Mans"
    if n == "single" and "-" not in cand.text:
        return False  # "a single-day fall" is a day's span; "not a single day passed" is emphasis
    if unit == "second" and not n[:1].isdigit():
        return False  # "a second term"
    after_of = OF_WORD.match(doc_text(doc), cand.end)
    counted = re.match(r"(?i)the\s+(next|past|last|coming|previous|first|final)\s", cand.text) is not None
    if unit.startswith("quarter") and not counted and (
        n in ("a", "an", "one", "three") or (after_of and after_of.group(1).lower() in DETERMINERS)
    ):
        return False  # "a quarter of the vote", "three quarters"
    if n in ("a", "an", "one") and unit in ("day", "night") and nxt.lower() in ("when", "after", "before"):
        return True
    if n == "one" and unit == "day" and _indefinite_day(cand, doc):
        return False
    if after_of and after_of.group(1).lower().strip(".,;") in MEDIA_NOUNS:
        return False  # "40 hours of video": an amount of recording, not a stretch of time
    if n in ("a", "an") and cand.start > 0 and re.search(r"(\d|illion|percent|%|times|once|twice)\s+$", text_before(doc, cand.start)):
        return False  # "$5 a day": a rate, the perunit pattern takes it
    if n in ("many", "some", "several") and unit in ("day", "year") and not re.search(r"\w-\w", cand.text):
        return False  # "several days" is the bare-units pattern's; "a several-year tenure" is a stretch
    return True


# recorded media measured in hours ("40 hours of video"); not "music", which can be an event ("two days of music")
MEDIA_NOUNS = {"video", "videos", "audio", "footage", "recordings", "playback", "tape"}


def _indefinite_day(cand: Candidate, doc) -> bool:
    """ "he hopes he one day will fly", "one day the country might return": "one day" before its verb is some
    day, not a day's length ("it lasted one day", "in one day")."""
    span = span_at(doc, cand.start, cand.end)
    if span is None or cand.text.lower() != "one day":
        return False
    day = span[-1]
    return day.dep_ in ("npadvmod", "advmod") and day.head.pos_ in ("VERB", "AUX") and day.head.i > day.i


def _perunit_ok(cand: Candidate, doc) -> bool:
    """ "$5 a day" after an amount is a set; "per" makes a unit of measure ("40 litres per second", "300
    patients per week"), which TimeML corpora leave unmarked."""
    if cand.group("per").lower() == "per":
        return False
    return re.search(r"(\d|illion|thousand|percent|%|dollars|euros|pounds|times|once|twice)\s+$", text_before(doc, cand.start)) is not None


DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "all", "those", "these", "this", "that", "them"}


def _bareunits_ok(cand: Candidate, doc) -> bool:
    prev = prev_word(doc_text(doc), cand.start)
    if (cand.group("pre") or "").lower() == "the":
        return prev in ("over", "during", "throughout", "in", "across")  # "over the years"
    if cand.group("pre") or cand.group("long"):
        return True
    nxt = next_word(doc_text(doc), cand.end).lower()
    if nxt == "old" or doc_text(doc)[cand.end : cand.end + 4] == "-old":
        return False  # an age: "52 years old"
    if prev in ("for", "within", "in", "over", "after", "from", "than", "few", "took", "lasted", "spent", "last",
                "just", "only", "mere", "take", "takes", "taking", "wait", "waited"):
        return not (prev == "in" and nxt == "of")
    return nxt in ("ago", "later", "earlier", "after", "before", "long", "old", "in")


def _weekday_ok(cand: Candidate, doc) -> bool:
    return not _inside_name(doc, cand.match.start("wd"), cand.match.end("wd"))


def _dayword_ok(cand: Candidate, doc) -> bool:
    if _inside_name(doc, cand.start, cand.end) or generic_day(cand, doc):
        return False
    span = span_at(doc, cand.start, cand.end)
    if span is not None and span.start > 0 and cand.text[:1].isupper():
        prev = doc[span.start - 1]
        if prev.text[:1].isupper() and prev.pos_ == "PROPN" and not prev.is_sent_start:
            return False  # "USA Today", "Good Morning Today": a title
    return True


def _anchored_ok(cand: Candidate, doc) -> bool:
    rel = cand.group("rel").lower()
    if rel == "that":
        return cand.group("unit").lower() in ("day", "morning", "afternoon", "evening", "night", "week", "time",
                                               "month", "year")
    if cand.group("unit").lower() == "time":
        return False
    return True


def _reldate_ok(cand: Candidate, doc) -> bool:
    """ 'ABC's "This Week"': a capitalised "This Week" or "Next Year" in quotation marks is a title (a programme,
    a book), not a time; a title-case headline ("Talks Resume Next Week") is not quoted and keeps it."""
    words_ = cand.text.split()
    if len(words_) < 2 or not all(w[:1].isupper() for w in words_):
        return True
    return text_before(doc, cand.start).rstrip()[-1:] not in ('"', "“", "‘", "'", "`")


def _unitbefore_ok(cand: Candidate, doc) -> bool:
    """ "the day before" ends its clause; "the day before the vote" counts from the vote, not from a time."""
    nxt = next_word(doc_text(doc), cand.end)
    return not nxt[:1].isalnum() or cand.group("dir").lower() in ("earlier", "later") and nxt.lower() != "than"


def _range(cand: Candidate, doc) -> Candidate | None:
    n1 = cand.group("n1")
    if n1.lower() in ("a", "an") or re.fullmatch(r"(?:1[5-9]|20)\d\d", n1):
        return None
    return replace(cand, end=cand.match.end("n1"))


def _decade_ok(cand: Candidate, doc) -> bool:
    """ "the 70s" and "the 70s and 80s" are decades; "in the mid-30s" (a rate), "in his 30s" (an age) are not."""
    if not re.fullmatch(r"\d0s", cand.group("dec")):
        return True
    before = text_before(doc, cand.match.start("dec"))
    nxt = next_word(doc_text(doc), cand.end).lower()
    if nxt in ("percent", "%", "degrees", "mph"):
        return False
    return re.search(r"(?i)\bthe\s+$", before) is not None or re.search(r"\d0s\s+(?:and|or|to|-|–)\s*$", before) is not None


def _yearap_ok(cand: Candidate, doc) -> bool:
    return prev_word(doc_text(doc), cand.start) in {"since", "in", "of", "until", "from", "by", "before", "after", "to"}


def _dayonly_ok(cand: Candidate, doc) -> bool:
    """ "on the 16th": a day of the month, only after a time preposition and not before a noun."""
    if prev_word(doc_text(doc), cand.start) not in ("on", "by", "until", "since", "till", "from", "before", "after"):
        return False
    nxt = next_word(doc_text(doc), cand.end)
    return not nxt[:1].isalpha() or nxt.lower() in ("and", "or", "when", "at", "in")


HOLIDAY_NOUNS = {"day", "eve", "week", "weekend", "holiday", "holidays", "period", "season", "break", "morning",
                 "night", "evening", "recess", "vacation", "celebrations", "festivities", "truce", "ceasefire"}


# things named after a holiday: "Christmas trees" are not a date, "the Boxing Day match" is
HOLIDAY_THINGS = {
    "tree", "egg", "card", "light", "decoration", "carol", "song", "pudding", "cake", "gift", "present",
    "ornament", "bunny", "spirit", "jumper", "sweater", "stocking", "movie", "film", "album", "special",
    "cactus", "lily", "wreath", "cracker", "number", "one",
}


def _holiday_ok(cand: Candidate, doc) -> bool:
    """ "Christmas trees", "Easter eggs": the holiday names a kind of thing, not a date."""
    if cand.group("y") or cand.group("rel"):
        return True
    span = span_at(doc, cand.start, cand.end)
    if span is None:
        return False
    last = span[-1]
    if last.i + 1 < len(doc):
        nxt = doc[last.i + 1]
        if nxt.lemma_.lower() in HOLIDAY_THINGS:
            return False
        if nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and nxt.lower_ not in HOLIDAY_NOUNS:
            return False  # "Christmas Island", "the Easter Rising": a name
    return True


def _spokenyear_ok(cand: Candidate, doc) -> bool:
    """ "nineteen ninety-six" is a year; "two thousand" alone is a number unless it is "the year two thousand"."""
    if cand.group("sy").lower().startswith("nineteen"):
        return next_word(doc_text(doc), cand.end).lower() not in ("percent", "dollars", "people")
    return bool(cand.group("the"))


def _daypart_ok(cand: Candidate, doc) -> bool:
    """ "in the morning", "by mid afternoon" as an adverbial; not "the morning news" nor "the evening of June 3"."""
    if prev_word(doc_text(doc), cand.start) not in ("in", "during", "by", "throughout", "until", "since", "from"):
        return False
    nxt = next_word(doc_text(doc), cand.end)
    return not (nxt[:1].isalpha() and nxt[:1].islower()) or nxt in ("to", "and", "when", "as", "before", "after")


def _overnight_ok(cand: Candidate, doc) -> bool:
    """ "shelling hit the port overnight", "overnight losses in New York", "rain returns midweek": a night, a
    week's middle; after an indefinite article the adjective names a kind of thing ("an overnight stay", "an
    overnight success", "a midweek match"), no time."""
    before = prev_word(doc_text(doc), cand.start)
    if before in ("a", "an") or before in SUDDENLY:
        return False  # "an overnight stay"; "almost overnight": suddenly
    if cand.text[:1].isupper():  # "Overnight Finance:" a newsletter's name, unless it opens the sentence
        span = span_at(doc, cand.start, cand.end)
        return span is not None and len(span) > 0 and span[0].is_sent_start
    return True


SUDDENLY = {"almost", "nearly", "virtually", "practically", "literally", "seemingly", "just", "quite"}


BUSINESS_PERIOD = re.compile(r"\b(?:Q[1-4]|quarters?|(?:19|20)\d\d)\b")


def _barehalf_ok(cand: Candidate, doc) -> bool:
    """ "growth of 1.2% in Q2 and a slowdown in the second half": a half-year when its sentence names a quarter
    or a year; "scored twice in the second half" (of a match) names neither."""
    span = span_at(doc, cand.start, cand.end)
    return span is not None and len(span) > 0 and bool(BUSINESS_PERIOD.search(span.sent.text))


def _noon_ok(cand: Candidate, doc) -> bool:
    """ "High Noon" the film: a capitalised "Noon" inside a sentence is a name; "high noon" is the idiom of a
    decisive moment."""
    if prev_word(doc_text(doc), cand.start) == "high":
        return False
    if not cand.text[:1].isupper():
        return True
    span = span_at(doc, cand.start, cand.end)
    return span is not None and len(span) > 0 and span[0].is_sent_start


CHECKS = {
    "setword": setword_ok,
    "noon": _noon_ok,
    "overnight": _overnight_ok,
    "midweek": _overnight_ok,
    "barehalf": _barehalf_ok,
    "daypart": _daypart_ok,
    "spokenyear": _spokenyear_ok,
    "bizperiod": bizperiod_ok,
    "bizquarter": bizperiod_ok,
    "yearback": yearback_ok,
    "weekof": _month_ok,
    "decade": _decade_ok,
    "unitbefore": _unitbefore_ok,
    "holiday": _holiday_ok,
    "dayonly": _dayonly_ok,
    "mdrange": _month_ok,
    "drange": _month_ok,
    "yearap": _yearap_ok,
    "theday": theday_ok,
    "month": _bare_month_ok,
    "mdy": _month_ok,
    "dmy": _month_ok,
    "my": _month_ok,
    "year": _year_ok,
    "season": _season_ok,
    "clock24": _clock24_ok,
    "duration": _duration_ok,
    "perunit": _perunit_ok,
    "bareunits": _bareunits_ok,
    "weekday": _weekday_ok,
    "ref": ref_ok,
    "dayword": _dayword_ok,
    "anchored": _anchored_ok,
    "reldate": _reldate_ok,
}


def keep(cand: Candidate, doc) -> Candidate | None:
    if cand.name == "ago":
        return _ago(cand, doc)
    if cand.name == "range":
        return _range(cand, doc)
    if cand.name == "duration":
        return _duration(cand, doc)
    check = CHECKS.get(cand.name)
    if check is None or check(cand, doc):
        return cand
    return None
