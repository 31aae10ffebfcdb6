"""Recognition: regular expressions over the article text, one per kind of time expression.

Each pattern has a name (the resolver's handler for it) and named groups. ``scan(text)`` returns every match;
``filters.py`` then drops the ones the parse says are not times ("May" the name, "March" the verb), and the
longest non-overlapping matches are kept. Months and weekdays are matched with their capital letter only, so
"may" the modal and "march" the verb never start a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import alternation


@dataclass
class Candidate:
    start: int
    end: int
    name: str
    match: re.Match
    rank: int  # the pattern's position: on equal spans the earlier pattern wins
    parts: list[Candidate] = field(default_factory=list)  # for a merged date + clock time

    @property
    def text(self) -> str:
        return self.match.string[self.start : self.end]

    def group(self, name: str) -> str:
        """The text of the named group; "" when the pattern has no such group or it took no part in the match
        (as ``groupdict(default="")``: every caller tests a group by its truth or reads its text)."""
        try:
            return self.match.group(name) or ""
        except IndexError:
            return ""


def _blocks() -> dict[str, str]:
    b: dict[str, str] = {}
    b["MONTH"] = alternation("month", exact_case=True) + r"(?!\w)"
    b["MONTH_ANY"] = "(?:" + alternation("month", "month_abbr", exact_case=True) + r")(?![\w'’])"
    b["WEEKDAY"] = "(?:" + alternation("weekday", "weekday_abbr", exact_case=True) + r")(?![\w])"
    b["DAYNUM"] = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:,.]\d|\w)"
    b["YEAR"] = r"(?<![\d$€£.,:/\w])(?:1[5-9]\d\d|20\d\d)(?![\d%]|[.,:]\d|\w)"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    b["NUMWORD"] = f"(?i:(?:{tens})[-\\s](?:{ones}))|" + alternation("number")
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    b["SPOKEN_YY"] = f"(?i:(?:{tens})(?:[\\s-]+(?:{ones}))?|{teens}|(?:oh[\\s-]+)?(?:{ones}))"
    b["NUM"] = r"(?:\d+(?:,\d{3})*(?:\.\d+)?(?!\d)|" + b["NUMWORD"] + ")"
    b["UNIT"] = "(?:" + alternation("unit_plural", "unit") + r")(?!\w)"
    b["UNITS"] = "(?:" + alternation("unit_plural") + r")(?!\w)"
    b["PART"] = "(?:" + alternation("partofday") + r")(?!\w)"
    b["ORD"] = "(?:" + alternation("ordinal") + r"|\d{1,2}(?:st|nd|rd|th))"
    b["MOD"] = (
        r"(?:(?i:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|turn|close|first\s+half|second\s+half|"
        r"first\s+days|last\s+days)\s+of|early|earlier|late|later|mid|the\s+early|the\s+late|the\s+mid)\s*-?\s*)"
    )
    b["QUANT"] = (
        r"(?i:about|around|almost|nearly|roughly|approximately|some|just|only|barely|more\s+than|less\s+than|"
        r"fewer\s+than|at\s+least|at\s+most|up\s+to|a\s+mere|the\s+last|the\s+past|the\s+next|"
        r"the\s+first|the\s+coming|the\s+previous|the\s+following|the\s+final|the\s+remaining|another|the)"
    )
    b["TZ"] = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|CST|CDT|MST|MDT|PST|PDT|PT|MSK|IST|JST|AEST|AEDT|(?i:local\s+time))"
    b["SEASON"] = r"(?i:spring|summer|autumn|fall|winter)(?!\w)"
    b["HOLIDAY"] = "(?:" + alternation("holiday", exact_case=True) + r")(?!\w)"
    b["SET"] = "(?:" + alternation("set") + r")(?!\w)"
    b["REF"] = r"(?<!\w)(?:" + alternation("ref") + r")(?!\w)"
    b["AMPM"] = r"(?i:a\.m\.|p\.m\.|a\.m(?!\w)|p\.m(?!\w)|am(?!\w)|pm(?!\w))"
    return b


# one regular expression per kind of time expression: (the resolver's handler name, template with {BLOCK}s)
TEMPLATES: list[tuple[str, str]] = [
    ("iso", r"(?<![\d-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
            r"(?:[T\s](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::\d\d)?)?(?![\d-])"),
    ("numeric", r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"),
    ("mdrange", r"(?P<mon>{MONTH_ANY})\s+(?P<d>{DAYNUM})\s*(?:-|–|(?i:to|and|through|until))\s*(?P<d2>{DAYNUM})"
                r"(?:,?\s+(?P<y>{YEAR}))?"),
    ("drange", r"(?P<d>{DAYNUM})\s*(?:-|–|(?i:to|and|through|until))\s*(?P<d2>{DAYNUM})\s+(?P<mon>{MONTH_ANY})"
               r"(?:,?\s+(?P<y>{YEAR}))?"),
    ("dayonly", r"(?i:the)\s+(?P<d>(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th))(?!\w)"),
    ("mdy", r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:{MOD})?(?P<mon>{MONTH_ANY})\s+(?P<d>{DAYNUM})(?:,?\s+(?P<y>{YEAR}))?"),
    ("dmy", r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?i:the)\s+)?(?P<d>{DAYNUM})(?:\s+(?i:of))?\s+(?P<mon>{MONTH_ANY})"
            r"(?:,?\s+(?P<y>{YEAR}))?"),
    ("my", r"(?:{MOD})?(?P<mon>{MONTH_ANY})(?:\s+(?i:of))?,?\s+(?P<y>{YEAR})"),
    ("holiday", r"(?:(?P<rel>(?i:last|next|this))\s+)?(?P<h>{HOLIDAY})(?:\s+(?P<y>{YEAR}))?(?P<wk>\s+(?i:week)(?!\w))?"),
    ("month", r"(?:(?P<mod>{MOD}))?(?:(?P<rel>(?i:last|next|this|past|coming))\s+)?(?P<mon>{MONTH})"
              r"(?:\s+(?:(?i:of)\s+)?(?P<ry>(?i:this|last|next)\s+year)(?![\w'’]))?"),
    ("fiscal", r"(?P<fy>(?i:fiscal(?:\s+year)?|FY)\s?)(?P<y>(?:1[5-9]|20)\d\d|'?\d\d)(?!\w)"),
    ("year", r"(?:(?P<mod>{MOD}))?(?:(?i:the\s+year)\s+)?(?P<y>{YEAR})"),
    ("spokenyear", r"(?:(?P<mon>{MONTH})\s+|(?P<the>(?i:the\s+year))\s+|(?:(?i:the)\s+)?(?P<s>{SEASON})\s+(?i:of)\s+)?(?P<sy>(?i:nineteen)[\s-]+(?:{SPOKEN_YY})|"
                   r"(?i:two\s+thousand)(?:\s+(?i:and\s+)?(?:{SPOKEN_YY}))?)(?!\w)"),
    ("yearap", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w%'’])"),
    ("theday", r"(?:(?P<mod>(?i:late|later|early|earlier))\s+(?i:in|on)\s+)?(?i:the)\s+"
               r"(?P<unit>(?i:day|week|month|year))(?!\w)"),
    ("modperiod", r"(?P<mod>{MOD})(?P<det>(?i:the|this))\s+(?:(?i:fiscal|financial|calendar)\s+)?"
                  r"(?P<unit>(?i:day|week|month|year))(?!\w)"),
    ("yearend", r"(?:(?i:the)\s+)?(?i:year['’]s\s+end|year[- ]end)(?!\w)"),
    ("year2", r"(?<=(?:1[5-9]|20)\d\d[-–/])(?P<yy>\d\d)(?![\d%\w])"),
    ("decade", r"(?:{MOD})?(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-]+)?"
               r"(?P<dec>(?<!\d)(?:1\d|20)\d0s|['’]\d0s|(?<![\w$'’-])\d0s)(?!\w)"),
    ("decade_word", r"(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?(?:(?i:nineteen)[\s-]+)?"
                    r"(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?!\w)"),
    ("century", r"(?:{MOD})?(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-]+)?(?P<ord>{ORD})[\s-]+(?i:century)(?!\w)"),
    ("quarter", r"(?:(?i:the)\s+|(?P<ryp>(?i:this|last|next)\s+year['’]s)\s+)?(?:(?P<pre>(?i:year-earlier|year-ago|prior-year)|{YEAR})\s+)?(?:(?i:fiscal)\s+)?(?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))[\s-]+"
                r"(?i:(?:fiscal\s+|calendar\s+)?quarter)(?!\w)(?:\s+(?i:of\s+)?(?:(?P<y>{YEAR})|"
                r"(?P<ry>(?i:this|last|next)\s+year)))?"),
    ("bizperiod", r"(?:(?i:the)\s+)?(?P<rel>(?i:latest|most\s+recent|year-earlier|year-ago|prior-year|comparable)|{YEAR})"
                  r"\s+(?:(?i:fiscal)\s+)?(?P<unit>(?i:quarter|period))(?!\w)(?:\s+(?P<ago>(?i:a\s+year\s+(?:ago|earlier))))?"),
    ("bizquarter", r"(?i:the)\s+(?:(?i:fiscal)\s+)?(?P<unit>quarter)(?!\w)(?:\s+(?P<ago>(?i:a\s+year\s+(?:ago|earlier))))?"),
    ("fullyear", r"(?i:the)\s+(?i:full|entire|whole)\s+(?:(?i:fiscal)\s+)?(?i:year)(?!\w)"),
    ("yearback", r"(?P<w>(?i:year-earlier|year-ago))(?!\w)"),
    ("yearended", r"(?:(?i:the)\s+)?(?:(?i:fiscal|financial)\s+)?(?P<unit>(?i:year))(?=\s+(?i:(?:that\s+|which\s+)?(?:ended|ending|ends))\s+(?:(?i:in|on)\s+)?(?:{MONTH_ANY}|(?i:today|tomorrow|yesterday|next|last|this)(?!\w)))"),
    ("fiscalyear", r"(?i:the)\s+(?:(?P<rel>(?i:latest|most\s+recent))\s+)?(?i:fiscal|financial)\s+(?i:year)(?![\w-])"),
    ("qcode", r"(?<!\w)(?P<q>Q[1-4]|H[12])(?:\s+(?P<y>{YEAR}))?(?!\w)"),
    ("half", r"(?:(?i:the)\s+)?(?P<ord>(?i:first|second|1st|2nd|latter|last))\s+(?i:half|two\s+quarters)\s+(?i:of)\s+"
             r"(?:(?P<y>{YEAR})|(?P<ry>(?i:the|this|last|next)\s+year))"),
    ("season", r"(?:(?P<mod>{MOD}))?(?:(?P<det>(?i:last|next|this|the|past|coming|that))\s+)?"
               r"(?P<s>{SEASON})(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR}))?"),
    ("dayword", r"(?:(?P<mod>(?i:early|late|earlier|later))\s+)?(?P<w>(?i:the\s+day\s+before\s+yesterday|"
                r"the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow))(?!\w)"
                r"(?:\s+(?P<part>{PART}))?"),
    ("partrel", r"(?P<rel>(?i:this|last|tomorrow|yesterday))\s+(?P<part>(?i:morning|afternoon|evening|night))(?!\w)"),
    ("weekday", r"(?:(?P<mod>(?i:early|late))\s+(?:(?i:on)\s+)?)?(?:(?P<rel>(?i:last|next|this|past|coming))\s+)?"
                r"(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?"),
    ("weekdays", r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)(?!\w)"),
    ("weekend", r"(?P<rel>(?i:the|last|this|next|past|coming))\s+(?i:weekend)(?!\w)"),
    ("ago", r"(?:{QUANT}\s+)?(?:(?P<n>{NUM})[\s-]+)?(?P<unit>{UNIT})\s+(?P<dir>(?i:ago|earlier|later|before|after|"
            r"from\s+now|hence|prior|back))(?!\w)"),
    ("anchored", r"(?P<rel>(?i:the\s+(?:next|following|previous|preceding|same|prior)|that(?:\s+same)?))"
                 r"\s+(?P<unit>(?i:day|week|month|year|morning|afternoon|evening|night|time))(?!\w)"),
    ("anchoredwd", r"(?i:the)\s+(?P<rel>(?i:previous|preceding|prior|following|next))\s+(?P<wd>{WEEKDAY})"),
    ("daypart", r"(?P<mod>(?i:the|mid|early|late))[\s-]+(?P<part>(?i:morning|afternoon|evening))(?!\w)"),
    ("weekof", r"(?i:the)\s+(?P<ord>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+(?i:of|in)\s+"
               r"(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
    ("sameperiod", r"(?i:the\s+same\s+)(?P<unit>(?i:period|month|quarter|week|day|season|time))\s+"
                   r"(?:(?i:of|in)\s+)?(?P<back>(?i:last\s+year|the\s+(?:previous|prior|last)\s+year|"
                   r"a\s+year\s+(?:ago|earlier|before)|the\s+year\s+before))(?!\w)"),
    ("unitbefore", r"(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<dir>(?i:before|after|earlier|later))(?!\w)"),
    ("reldate", r"(?:(?P<mod>{MOD}))?(?:(?P<the>(?i:the))\s+)?(?P<rel>(?i:last|next|this|past|coming|previous|"
                r"following|current|prior|upcoming))\s+(?P<unit>(?i:week|month|year|quarter|decade|century|"
                r"season|fiscal\s+year|school\s+year|academic\s+year|financial\s+year))(?!\w)"),
    ("perunit", r"(?P<per>(?i:an?|per))\s+(?P<unit>(?i:second|minute|hour|day|week|month|year))(?!\w)"),
    ("set", r"(?P<every>(?i:every|each))\s+(?:(?P<other>(?i:other))\s+)?(?:(?P<n>{NUM})\s+)?"
            r"(?P<what>{UNIT}|{WEEKDAY}|{MONTH}|{PART}|(?i:weekend|season|spring|summer|autumn|fall|winter)(?!\w))"),
    ("setword", r"(?<!\w)(?P<w>{SET})"),
    ("times", r"(?P<t>(?i:once|twice|thrice)|(?:\d+|{NUMWORD})\s+(?i:times))\s+(?i:a|an|per|each|every)\s+"
              r"(?P<unit>(?i:second|minute|hour|day|week|month|year|decade))(?!\w)"),
    ("range", r"(?P<n1>{NUM})\s*(?:-|–|(?i:to|or|and))\s*(?=(?P<n2>{NUM})[\s-]+(?P<unit>{UNIT}))"),
    ("duration", r"(?:{QUANT}\s+)?(?P<n>{NUM})(?P<nhalf>\s+(?i:and\s+a\s+half)|\s+1/2|\s?½)?(?:\s+(?i:more|additional|full|long|straight|consecutive|whole|"
                 r"successive|trading|business|working|calendar|school|summer|winter|sunny|rainy))?[\s-]+(?P<unit>{UNIT})(?P<half>\s+(?i:and\s+a\s+half))?(?:['’](?!\w))?(?:-long)?"),
    ("halfunit", r"(?i:half)\s+(?:(?i:an?)\s+)?(?P<unit>(?i:hour|day|year|decade|century|month))(?!\w)"),
    ("bareunits", r"(?:(?P<pre>(?i:recent|the\s+past|the\s+last|the\s+next|the\s+coming|past|coming|future|many|"
                  r"previous|following|the))\s+)?(?P<unit>{UNITS})(?P<long>-long)?"),
    ("ref", r"(?P<ref>{REF})"),
    ("clock", r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM})(?:\s+(?P<tz>{TZ}))?"),
    ("clock24", r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![:\d])(?:\s*(?P<tz>{TZ}|(?i:h|hrs|hours)(?!\w)))?"),
    ("military", r"(?<![\d:.,])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<tz>{TZ}|(?i:hrs|hours)(?!\w))"),
    ("noon", r"(?P<w>(?i:noon|midnight|midday))(?!\w)"),
    ("oclock", r"(?P<h>[01]?\d|{NUMWORD})\s+(?i:o'clock|o’clock)"),
    ("overnight", r"(?i:overnight)(?!\w)"),
    ("midweek", r"(?i:mid-?week)(?!\w)"),
    ("barehalf", r"(?i:the|its|their)\s+(?P<ord>(?i:first|second))\s+(?i:half)(?![\w-])(?!\s+(?i:of)(?!\w))"),
]


@lru_cache(maxsize=1)
def compiled() -> list[tuple[str, re.Pattern]]:
    blocks = _blocks()
    out = []
    for name, template in TEMPLATES:
        regex = re.sub(r"\{([A-Z_]+)\}", lambda m: blocks[m.group(1)], template)
        out.append((name, re.compile(r"(?<![\w])" + regex if not regex.startswith("(?<") else regex)))
    return out


# words without which a pattern cannot match: the pattern is skipped for an article that has none of them
REQUIRES = {
    "century": r"centur", "oclock": r"o['’]clock", "times": r"times|once|twice|thrice", "season": r"spring|summer|autumn|fall|winter",
    "halfunit": r"half", "decade_word": r"ties\b", "weekof": r"week", "sameperiod": r"same", "yearend": r"year",
    "quarter": r"quarter", "bizperiod": r"quarter|period", "bizquarter": r"quarter", "yearback": r"year-", "fullyear": r"full|entire|whole", "fiscalyear": r"fiscal|financial", "daypart": r"morning|afternoon|evening",
    "yearended": r"year\s+(that\s+|which\s+)?end", "half": r"half|two\s+quarters", "qcode": r"\b[QH][1-4]", "fiscal": r"fiscal|FY", "set": r"every|each",
    "weekend": r"weekend", "overnight": r"overnight", "midweek": r"mid-?week", "barehalf": r"half", "noon": r"noon|midnight|midday", "ago": r"ago|earlier|later|before|after|now|hence|prior|back",
    "holiday": r"[A-Z]", "spokenyear": r"nineteen|two\s+thousand", "weekdays": r"days\b", "dayonly": r"\d(st|nd|rd|th)\b",
}


@lru_cache(maxsize=1)
def _requires() -> dict[str, re.Pattern]:
    return {name: re.compile(rx, re.IGNORECASE if name != "qcode" else 0) for name, rx in REQUIRES.items()}


def scan(text: str) -> list[Candidate]:
    """Every match of every pattern (overlapping; ``select`` chooses)."""
    found = []
    needs = _requires()
    for rank, (name, pattern) in enumerate(compiled()):
        if name in needs and not needs[name].search(text):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append(Candidate(m.start(), m.end(), name, m, rank))
    return found


def split_ranges(cands: list[Candidate]) -> list[Candidate]:
    """A day range ("March 16-18", "16-18 March") is two dates: its first and its last day."""
    out: list[Candidate] = []
    for c in cands:
        if c.name not in ("mdrange", "drange"):
            out.append(c)
            continue
        m = c.match
        out.append(Candidate(c.start, m.end("d"), "range_first", m, c.rank))
        out.append(Candidate(m.start("d2"), c.end, "range_last", m, c.rank))
    return out


def select(cands: list[Candidate]) -> list[Candidate]:
    """The longest matches that do not overlap; on equal length the earlier pattern wins."""
    chosen: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.rank, c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
