"""The verb classes the indirect-quote finder reads (language data, apart from the rules in ``indirect``,
as spaCy keeps ``lang/en`` apart from its algorithms): which preposition or complement carries what a verb
reports, and which verbs take a statement, a thing or a person as their object."""

from __future__ import annotations

PREP_CONTENT = {
    "accuse": ("of",),
    "charge": ("with",),
    "blame": ("for",),
    "criticize": ("for",),
    "criticise": ("for",),
    "chastise": ("for",),
    "condemn": ("for",),
    "call": ("for",),
    "praise": ("for",),
    "warn": ("of", "about", "against"),
    "urge": ("to",),
    "question": ("about",),
    "complain": ("about", "of"),
    "appeal": ("for",),
    "hail": ("for",),
    "slam": ("for",),
    "blast": ("for",),
    "attack": ("for",),
    "apologize": ("for",),
    "apologise": ("for",),
    "thank": ("for",),
    "speak": ("about", "of"),
    "talk": ("about", "of"),
    "ask": ("about",),
    "write": ("about", "of"),
    "testify": ("about",),
    "brag": ("about",),
    "joke": ("about",),
    "argue": ("for", "against"),
    "advocate": ("for",),
    "press": ("for",),
    "push": ("for",),
    "lobby": ("for",),
    "worry": ("about",),
    "comment": ("on", "about"),
    "point": ("to",),
    "rule": ("against", "on"),
    "care": ("about",),
}


# verbs whose infinitive complement is what was said: "vowed to fight", "declined to comment"
XCOMP_CONTENT = frozenset(
    {
        "urge",
        "call",
        "promise",
        "pledge",
        "vow",
        "threaten",
        "demand",
        "decline",
        "refuse",
        "agree",
        "offer",
        "propose",
        "ask",
        "appeal",
        "swear",
        "tell",
        "warn",
        "advise",
    }
)

# classes whose verbs take a reported content as direct object ("denied the allegations", "cited a poll")
OBJECT_CLASSES = frozenset({"speech", "stance", "position"})

# speech verbs whose object is a thing made or handed over, not a statement ("wrote a book", "posted a video",
# "welcomed the guests", "offered help"); their that-clauses are still contents
THING_OBJECT = frozenset(
    {
        "write",
        "post",
        "publish",
        "sing",
        "tweet",
        "release",
        "offer",
        "pledge",  # "pledged 5 million euros": a thing promised, like an offer; "pledged to" still reports
        "declare",  # "declared the envoy persona non grata", "declared a curfew": an act; "declared that S" reports
        "welcome",
        "chant",
        "answer",
        "ask",
        "brief",
        "continue",
        "repeat",
        "signal",
        "highlight",
        "read",
        "quote",
        "recite",
        "cry",
        "laugh",
        "sigh",
        "vent",
        "add",
        "point",
        "observe",
        "boast",
        "maintain",
        "defend",
        "recall",
        "admit",
        "appeal",  # "appealed the verdict": a court filing, not a statement; "appealed for calm" still reports one
    }
)


# evidence verbs whose object is what the evidence states ("polls show the governor with a narrow lead", "the
# video shows a man running", "the study found 31 cases"); "police found the body" is a thing found, not a
# finding, but "the judge found the law unconstitutional" is one (a labelled object, any subject)
SHOWN_OBJECT = frozenset({"show", "find"})


# verbs whose direct object is the person addressed, not what was said ("told reporters", "urged voters")
ADDRESSEE_OBJECT = frozenset(
    {
        "chastise",
        "tell",
        "inform",
        "notify",
        "brief",
        "assure",
        "warn",
        "urge",
        "ask",
        "advise",
        "remind",
        "beg",
        "implore",
        "answer",
        "question",
        "blame",
        "accuse",
        "criticize",
        "criticise",
        "praise",
        "hail",
        "attack",
        "thank",
        "call",
    }
)


# addressee verbs whose object, when it is not a person or a body, is what the stance is about
# ("criticized the plan", "questioned the figures"; but "criticized the minister" has no content)
TARGET_OBJECT = frozenset({"criticize", "criticise", "chastise", "praise", "hail", "attack", "question"})
# verbs of stance that remove someone from a post when their object names a person or a role: "dismissed the
# claims" is a stance, "dismissed the army chief of staff" a firing, no words reported
REMOVING = frozenset({"dismiss"})


# verbs of taking up or turning down what someone else asked or offered: their xcomp is an act the subject will or
# will not do ("refused to share the data", "agreed to hand over the records"), reported as the subject's stance
# only in the writer's own clause: inside another's report ("officials say X refused to ...") the statement is
# the reporter's
COMMITTING = frozenset({"refuse", "agree", "decline", "offer"})

# nouns of another party's request or offer: turning one down ("rejected the demand", "refused Spain's request")
# reports no words of the subject's own; "denied the allegations" still does (an allegation is a statement)
REQUESTS_AND_OFFERS = frozenset(
    {"demand", "request", "call", "offer", "proposal", "invitation", "appeal", "plea", "ultimatum", "bid"}
)
TURNING_DOWN = frozenset({"reject", "refuse", "decline", "spurn", "dismiss"})
