"""Everyday politics and business copy (issue 12, general news): uses of event words in commentary, campaign
coverage and market news that tell no political event, and clauses whose act is not told as done.

Senses (``SENSES``, read by ``senses.other_sense``): a question put by an interviewer or a moderator ("asked the
senator about his tax plan"); a price charged ("the airline charges a fee"); help with a task that is no material
aid ("helped shape the bill"); a quantity ("a good deal of work"); harm done to oneself ("shot himself"); a press
credit ("contributed reporting"); a gerund that classifies a business ("a consulting firm"); a candidate speaking at
a rally; a warning about a state of affairs, no threat ("warned that talk of a recovery might be premature"); private
payments and lending ("must pay restitution", "creditors lent the retailer millions"); a dependence ("rely on U.S.
support"); "back to normal"; a debate or an interview agreed to, invited to or met in; habitual and generic uses
("airlines normally supply", "many countries oppose").

Statuses (``status_of_clause``, read by ``status.status``): an act in a direct question ("why do you still refuse to
meet them?"); an act a noun is for, under a verb of wanting ("wants a common force to defend the bloc") or a noun of
capacity or condition ("conditions for restoring relations"); an act a noun of reluctance holds back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .lexicon import Lexicon
from .triggers import lemma, match

if TYPE_CHECKING:
    from .senses import Use

# --- questions: an interviewer's or a moderator's question is no demand

ASKING = {"ask", "press", "question", "quiz", "grill"}


def _question(u: Use) -> bool:
    """"asked the senator about his tax plan", "pressed her about how she would pay", "asked him, 'Where do we go
    from here?'": a question put, not a demand (one with an infinitive or a "for" stands: "asked Iran to free",
    "pressed for talks")."""
    if u.word not in ASKING or u.type != "REQUEST" or u.has("xcomp") or "for" in u.preps:
        return False
    tok = u.c.anchor
    about = any(k.dep_ == "prep" and k.lower_ in ("about", "over") for k in u.kids)
    sent = tok.sent
    before = tok.doc[max(sent.start - 2, 0) : sent.start]  # '"Why ...?" the host asked': the parser may split there
    return about or any(t.text == "?" for t in sent) or any(t.text == "?" for t in before)


# --- business senses

PRICES = {"price", "fee", "cost", "rate", "interest", "premium", "fare", "toll", "commission", "rent", "amount", "money",
          "dollar", "cent", "penny", "percent", "%", "tuition", "markup", "surcharge", "subscription", "what"}


def _charge_a_price(u: Use) -> bool:
    """"the airline charges passengers a fee", "charged $40 for each late payment", "what the firm charges for the
    basic model": a price asked, no accusation (one charged "with" or "for" a crime stands)."""
    if u.word != "charge" or u.type != "ACCUSE" or u.c.nominal or "with" in u.preps:
        return False
    objs = [k for k in u.kids if k.dep_ in ("dobj", "dative")] + u.objs
    priced = any(lemma(t) in PRICES or t.ent_type_ == "MONEY" or t.tag_ == "$" for o in objs for t in o.subtree)
    return priced


# "helped rebuild the school", "help feed the displaced": help whose task is itself material aid stands
MATERIAL = {"rebuild", "reconstruct", "feed", "evacuate", "house", "shelter", "supply", "fund", "finance", "equip",
            "arm", "train", "protect", "rescue", "resettle", "repair", "restore", "clear", "demine", "deliver",
            "distribute", "provide", "care", "treat", "cover", "pay", "relocate", "transport", "secure", "defend",
            "guard", "heal", "vaccinate", "fight", "recover", "survive", "cope", "escape", "flee"}


def _help_with_a_task(u: Use) -> bool:
    """"helped shape the farm bill", "will help the candidate raise money", "helping start his plan": the task names
    what is done, which is no material aid (help to rebuild, feed or evacuate stands)."""
    return u.word == "help" and u.type == "AID" and any(
        k.dep_ in ("xcomp", "ccomp") and k.pos_ in ("VERB", "AUX") and lemma(k) not in MATERIAL for k in u.kids)


def _a_quantity(u: Use) -> bool:
    """"a good deal of work", "cared a great deal": a quantity, no accord."""
    tok = u.c.token
    if u.word != "deal" or not u.c.nominal:
        return False
    kids = list(tok.children)
    return (any(k.dep_ == "det" and k.lower_ == "a" for k in kids) and any(k.lower_ in ("good", "great") for k in kids)
            and (any(k.dep_ == "prep" and k.lower_ == "of" for k in kids) or tok.dep_ in ("npadvmod", "advmod")))


REFLEXIVE = {"himself", "herself", "themselves", "myself", "yourself", "yourselves", "ourselves", "itself", "oneself"}


def _harm_to_oneself(u: Use) -> bool:
    """"the banker shot himself", "you would be shooting yourself in the foot": harm to oneself, no attack on anyone
    (a bomber who "blew himself up" attacks those around him and stands)."""
    if u.type != "ASSAULT" or u.c.nominal or u.word in ("blow", "detonate", "explode"):
        return False
    return any(o.lower_ in REFLEXIVE for o in u.objs) and not any(k.dep_ == "prt" and k.lower_ == "up" for k in u.kids)


CREDITS = {"reporting", "research", "report", "writing", "article", "story", "photography", "photo"}


def _press_credit(u: Use) -> bool:
    """"Two correspondents contributed reporting": a journalist's credit, no aid."""
    done = u.heads | {k.lower_ for k in u.kids if k.dep_ == "xcomp"}  # the parser may read "reporting" as a verb
    return u.word == "contribute" and bool(done) and done <= CREDITS


FIRMS = {"firm", "company", "business", "fee", "contract", "service", "group", "agency", "industry", "arm", "unit",
         "division", "practice", "giant", "house", "outfit", "partner", "operation", "subsidiary", "bank", "rate", "limit",
         "standard", "institution", "platform", "app", "program", "programme", "scheme", "product", "market", "sector"}


def _business_gerund(u: Use) -> bool:
    """"a consulting firm", "lending rates", "the trading arm": a gerund that classifies a business or a product."""
    tok = u.c.token
    return (tok.lower_.endswith("ing") and tok.dep_ in ("amod", "compound") and tok.i < tok.head.i
            and tok.head.pos_ == "NOUN" and lemma(tok.head) in FIRMS)


REMEDIES = {"bankruptcy", "damages", "refund", "divorce", "custody", "reimbursement", "patent", "trademark"}


def _seek_a_remedy(u: Use) -> bool:
    """"the automaker will seek bankruptcy protection", "sought damages from the builder": a legal or commercial
    remedy pursued, asked of no political actor."""
    return u.word == "seek" and u.type == "REQUEST" and any(lemma(t) in REMEDIES for o in u.objs for t in o.subtree)


TRADED = {"jet", "aircraft", "plane", "airliner", "share", "stock", "stake", "car", "vehicle", "phone", "device", "order",
          "equipment", "product", "supply", "license", "licence", "right", "asset", "property", "building"}
DEALS = {"deal", "contract", "agreement", "order", "purchase", "sale", "acquisition", "merger", "takeover"}


def _a_purchase(u: Use) -> bool:
    """"the airline has signed a deal for a further $7 billion in new jets", "a $2 billion contract for aircraft": a
    purchase or a sale, no political accord (a deal that names a country or a people stands: "a $38 billion aid deal
    with Israel")."""
    if u.type not in ("AGREE", "SUPPORT", "COOPERATE"):
        return False
    tok = u.c.token
    deals = [tok] if u.c.nominal and u.word in DEALS else [o for o in u.kids if o.dep_ == "dobj" and lemma(o) in DEALS]
    if not deals:
        return False
    worth = [] if u.c.nominal else [k for k in u.kids if k.dep_ == "prep" and k.lower_ in ("for", "worth")]
    words = [t for d in deals + worth for t in d.subtree]  # the parser may hang "for $7 billion" on the verb
    return (any(t.ent_type_ == "MONEY" or lemma(t) in TRADED for t in words)
            and not any(t.ent_type_ in ("GPE", "NORP") for t in words))


SOLD = {"discount", "price", "rate", "fare", "deal", "product", "service", "plan", "package", "coverage", "course", "class",
        "loan", "credit", "mortgage", "insurance", "bonus", "salary", "wage", "refund", "ticket", "share", "stock", "bond",
        "dividend", "rebate", "subscription", "warranty", "feature", "model", "phone", "car", "flight", "room", "meal",
        "scholarship", "job", "internship", "position", "contract", "sale", "bargain", "voucher", "perk", "benefit"}


def _sell_an_offer(u: Use) -> bool:
    """"the firm offered buyers a discount", "the price the company offers": a sale or a job offered, no political
    offer (PLOVER AGREE 03: an offer of talks, aid, peace or a concession)."""
    return u.word == "offer" and u.type == "AGREE" and bool(u.heads) and u.heads <= SOLD


EMPLOYERS = {"network", "company", "firm", "board", "bank", "newspaper", "paper", "station", "show", "magazine",
             "channel", "university", "school", "club", "team", "band", "studio", "fund", "corporation", "group"}


def _leave_a_job(u: Use) -> bool:
    """"the anchor resigned from the network", "quit the bank's board": leaving an employer, no political retreat."""
    if u.type != "RETREAT" or u.word not in ("resign", "quit", "resignation", "step"):
        return False
    left = u.objs + u.preps.get("from", [])
    return bool(left) and all(lemma(o) in EMPLOYERS or o.ent_type_ == "ORG" and lemma(o) not in POLITICAL for o in left)


POLITICAL = {"party", "government", "cabinet", "congress", "parliament", "senate", "assembly", "council", "commission"}


# --- campaign coverage

SPEAKING = {"say", "tell", "speak", "argue", "claim", "declare", "vow", "promise", "accuse", "mock", "joke", "add",
            "note", "boast", "predict", "insist", "ask", "urge", "attack", "blast", "slam", "criticize", "criticise",
            "praise", "pledge", "announce", "repeat", "recall", "talk", "remark", "quip", "call", "describe", "suggest",
            "tout", "warn", "charge", "question", "deride", "lash", "hammer", "explain"}
CROWDS = {"protester", "protestor", "demonstrator", "marcher", "activist", "crowd", "picketer", "organizer", "organiser"}
OPPOSING = {"against", "anti", "protest", "oppose", "denounce", "condemn", "demand"}


def _speech_at_a_rally(u: Use) -> bool:
    """"the senator said during a rally in Ohio that ...", "During the rally, the former governor said ...": a rally
    someone speaks at is that speaker's own, no protest (one that protesters address, or against something, stands)."""
    tok = u.c.token
    if u.word != "rally" or u.type != "PROTEST" or not u.c.nominal or tok.dep_ != "pobj":
        return False
    if tok.head.lower_ not in ("at", "during", "in", "to"):
        return False
    verb = tok.head.head
    if lemma(verb) not in SPEAKING or any(lemma(t) in OPPOSING or t.lower_.startswith("anti") for t in tok.subtree):
        return False
    speakers = [s for s in verb.children if s.dep_ == "nsubj"]
    return bool(speakers) and not any(lemma(t) in CROWDS for s in speakers for t in s.subtree)


# a debate, an interview or a show: what a candidate agrees to, invites to or meets in is no political accord or meeting
STAGES = {"interview", "debate", "appearance", "photo", "profile", "podcast", "forum", "show", "rematch", "broadcast",
          "program", "programme", "race", "primary", "runoff", "match", "game", "final", "q&a", "hall", "session"}


def _on_a_stage(u: Use) -> bool:
    """"agreed to a 30-minute interview", "invited the businessman to the debate", "met her opponents in three
    debates": a press or campaign occasion, no accord, invitation to talks or consultation."""
    if u.type not in ("AGREE", "CONSULT") or u.word not in ("agree", "invite", "invitation", "meet", "face"):
        return False
    if u.word == "meet" and u.type == "CONSULT":
        # "met her opponents one-on-one in three debates": the parser may hang the phrase on any word of the clause
        places = [t for t in u.c.anchor.subtree if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "during")]
    elif u.word in ("agree", "invite", "invitation"):
        places = u.preps.get("to", []) + [o for k in u.kids if k.dep_ == "xcomp" for o in k.children if o.dep_ == "dobj"]
    else:
        return False
    return any(lemma(o) in STAGES for o in places)


WRITER = {"me", "us"}


def _talk_to_the_writer(u: Use) -> bool:
    """"the ambassador came to talk to me about trade", "told us": an interview with the writer, no consultation."""
    if u.type != "CONSULT":
        return False
    partners = u.objs + [o for p in ("to", "with") for o in u.preps.get(p, [])]
    return bool(partners) and all(o.lower_ in WRITER for o in partners)


ROLES = {"lead", "forefront", "vanguard"}


def _a_standing_role(u: Use) -> bool:
    """"Republicans were in the lead in advocating enlargement", "at the forefront of opposing the plan": a standing
    role, no one act (not "a role in negotiating the truce", which tells the talks)."""
    tok = u.c.token
    return (tok.dep_ == "pcomp" and tok.head.lower_ in ("in", "of") and tok.head.head.pos_ == "NOUN"
            and lemma(tok.head.head) in ROLES)


# --- warnings about a state of affairs

FORCEFUL = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "REJECT", "RETREAT", "PROTEST", "ACCUSE"}
SELF = {"we", "i", "us"}


def _warn_of_a_state(u: Use) -> bool:
    """"the minister warned that talk of a recovery might be premature", "leaders warn that the bloc could fall
    apart": a warning about how things are or may go, no threat. A threat names an act of force or pressure in what
    is warned, or the warner's own act to come ("warned that it would respond")."""
    if u.word not in ("warn", "caution") or u.type != "THREATEN" or u.c.nominal:
        return False
    clauses = [k for k in u.kids if k.dep_ == "ccomp"]
    if not clauses:
        return False
    for clause in clauses:
        for t in clause.subtree:
            hit = match(t, u.lex)
            if hit is not None and hit[0].type in FORCEFUL:
                return False
        if _own_act(clause, u):
            return False
    return True


def _own_act(clause, u: Use) -> bool:
    """What the warner will do: "that we will respond", "that it would retaliate" (the warner or a pronoun)."""
    auxes = {a.lower_ for a in clause.children if a.dep_ == "aux"}
    if not auxes & {"will", "would", "'ll", "shall"}:
        return False
    warners = {lemma(s) for s in u.c.anchor.children if s.dep_ == "nsubj"}
    return any(s.lower_ in SELF or lemma(s) in warners or (s.pos_ == "PRON" and s.lower_ != "it")
               for s in clause.children if s.dep_ == "nsubj")


# --- private payments and lending

PRIVATE_PAYMENTS = {"restitution", "fine", "damages", "tax", "taxes", "bill", "salary", "wage", "rent", "price", "fee",
                    "debt", "interest", "bonus", "dividend", "settlement", "premium", "mortgage", "tuition", "penalty",
                    "tribute", "attention", "homage", "respect", "dues", "compliment", "bail", "alimony", "royalty",
                    "cost", "money", "loan", "back", "off", "lip", "service", "heed"}
LENDERS = {"investor", "bank", "lender", "creditor", "fund", "bondholder", "shareholder", "financier", "firm"}
REPAYING = {"repayment", "interest", "default", "refinancing", "servicing", "rate", "officer", "shark", "application",
            "payment", "balance", "portfolio", "book"}


def _private_payment(u: Use) -> bool:
    """"must pay restitution", "the repayment of loans", "creditors lent the retailer millions": a debt, a fine or a
    commercial loan, no aid (a government's or an agency's loan or payment to a country or a firm stands)."""
    if u.type != "AID" or u.word not in ("pay", "payment", "lend", "loan", "repay", "repayment"):
        return False
    tok = u.c.token
    if u.c.nominal:
        owner = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head if tok.dep_ == "compound" else None
        return owner is not None and lemma(owner) in REPAYING
    if u.word == "pay" and (bool(u.heads & PRIVATE_PAYMENTS) or any(k.dep_ == "prt" for k in u.kids)):
        return True
    verb = u.c.anchor
    subjects = [verb.head] if verb.dep_ == "relcl" else [s for s in verb.children if s.dep_ == "nsubj"]
    lenders = [t for s in subjects for t in s.subtree]  # "other investors that had lent the company millions"
    return u.word == "lend" and any(lemma(t) in LENDERS for t in lenders)


DEPENDING = {"rely", "depend", "count", "lean", "bank"}


def _a_dependence(u: Use) -> bool:
    """"the bloc aims to rely less on American support": a dependence, no act of support or aid."""
    tok = u.c.token
    return (u.c.nominal and u.type in ("SUPPORT", "AID", "COOPERATE") and tok.dep_ == "pobj"
            and tok.head.lower_ in ("on", "upon") and lemma(tok.head.head) in DEPENDING)


def _back_to_normal(u: Use) -> bool:
    """"traffic was close to back to normal", "went back to work": a return, no backing of anyone."""
    if u.word != "back" or u.type != "SUPPORT" or u.objs:
        return False
    tok = u.c.token
    return tok.tag_ in ("RB", "RP") or (tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to")


# --- habitual and generic uses

# not "often", "frequently": "partners who are often funded by the government" is annotated as aid (RAMS dev)
HABITUAL = {"normally", "usually", "typically", "generally", "routinely", "traditionally", "regularly", "constantly",
            "customarily", "habitually", "ordinarily", "commonly"}
# acts of force told as a habit are still events of the record ("soldiers routinely beat detainees": PLOVER GSR)
FORCE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE"}
QUANTIFIERS = {"many", "most", "all", "few", "some"}


def _habitual(u: Use) -> bool:
    """"airlines normally supply technical help", "has been constantly investigated", "airlines normally help
    crash investigations": what is done as a habit or a rule, no one event (a noun read on the verb it is the
    object of)."""
    if u.type in FORCE:
        return False
    tok = u.c.token
    verb = tok.head.head if tok.dep_ == "compound" else tok.head if u.c.nominal and tok.dep_ in ("dobj", "pobj") else tok
    if verb.dep_ == "prep":
        verb = verb.head
    return any(k.dep_ == "advmod" and k.lower_ in HABITUAL for k in verb.children)


def _generic(u: Use) -> bool:
    """"Many countries oppose the death penalty", "nations that oppose radical ideology": a present tense told of
    a kind of actor (a bare plural or one counted by "many", "most"), a standing attitude, no event."""
    verb = u.c.anchor
    if u.c.nominal or verb.tag_ not in ("VBP",) or any(a.dep_ in ("aux", "auxpass") for a in verb.children):
        return False
    if verb.dep_ == "relcl":
        subj = verb.head
        if not any(s.dep_ == "nsubj" and s.tag_ == "WDT" for s in verb.children):
            return False
    else:
        subj = next((s for s in verb.children if s.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NNS" or subj.ent_type_:
        return False
    kids = list(subj.children)
    if any(k.dep_ == "det" and k.lower_ in QUANTIFIERS or k.dep_ == "amod" and k.lower_ in QUANTIFIERS for k in kids):
        return True
    return verb.dep_ == "relcl" and not any(k.dep_ in ("det", "poss", "nummod", "compound") for k in kids)


# (name, test): read on nouns and verbs alike; each test checks its own words and parts of speech
SENSES: tuple[tuple[str, Callable[[Use], bool]], ...] = (
    ("a-question", _question), ("charge-a-price", _charge_a_price), ("help-with-a-task", _help_with_a_task),
    ("a-quantity", _a_quantity), ("harm-to-oneself", _harm_to_oneself), ("press-credit", _press_credit),
    ("business-gerund", _business_gerund), ("speech-at-a-rally", _speech_at_a_rally), ("on-a-stage", _on_a_stage),
    ("warn-of-a-state", _warn_of_a_state), ("private-payment", _private_payment), ("a-dependence", _a_dependence),
    ("back-to-normal", _back_to_normal), ("habitual", _habitual), ("generic", _generic),
    ("seek-a-remedy", _seek_a_remedy), ("a-purchase", _a_purchase),
    ("leave-a-job", _leave_a_job), ("sell-an-offer", _sell_an_offer), ("talk-to-the-writer", _talk_to_the_writer),
    ("a-standing-role", _a_standing_role),
)


# --- statuses

CAPACITY = {"force", "ability", "capacity", "power", "means", "tool", "authority", "mandate", "capability", "resource",
            "fund", "money", "army", "weapon", "strength", "leverage", "muscle", "wherewithal"}
# not "attempt", "bid", "effort": an attempt on someone's life is the attack (PLOVER GSR)
CONDITIONS = {"condition", "precondition", "requirement", "prerequisite", "term", "path", "roadmap", "framework",
              "chance", "opportunity", "option", "strategy", "incentive", "pressure", "case", "argument", "basis",
              "ground", "prospect", "hope"}
RELUCTANCE = {"reluctance", "unwillingness", "refusal", "reluctant", "unwilling", "hesitancy", "hesitation"}


def status_of_clause(anchor, lex: Lexicon) -> str | None:
    """A status the clause gives the act before the usual reading, or None."""
    if _asked(anchor):
        return "hypothetical"
    if anchor.dep_ == "pcomp" and anchor.head.lower_ in EXCEPTING and not any(c.dep_ == "neg" for c in anchor.children):
        return "occurred"  # "has not said much beyond speaking with advisers": the exception was done
    if anchor.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
        role = next((r for r in ("planned", "hypothetical") if lex.role(lemma(anchor.head), r)), None)
        if role:
            return role  # "wants the army to attack", "wants a common force to defend the bloc"
    noun = _noun_of_purpose(anchor)
    if noun is None:
        return None
    if lemma(noun) in RELUCTANCE:
        return "negated"  # "the reluctance to hand over security powers"
    if lemma(noun) in CAPACITY | CONDITIONS:
        return "hypothetical"  # "a common force to defend the bloc", "conditions for restoring relations"
    verb = noun.head
    if noun.dep_ in ("dobj", "attr") and verb.pos_ == "VERB":
        return next((r for r in ("planned", "hypothetical") if lex.role(lemma(verb), r)), None)  # "wants a force to"
    return None


def _noun_of_purpose(tok):
    """The noun an infinitive or a "for" or "of" gerund is for: "a force to defend", "conditions for restoring"."""
    if tok.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return tok.head if tok.head.pos_ in ("NOUN", "ADJ") else None
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("for", "of") and tok.head.head.pos_ == "NOUN":
        return tok.head.head
    return None


EXCEPTING = {"beyond", "besides", "except", "apart"}


WH = {"why", "how", "what", "when", "where", "who", "whom", "which", "whether"}


def _asked(anchor) -> bool:
    """An act in a direct question: "why do you still refuse to meet them?", "Did the mayor block the inquiry?".
    Read on the finite clause the act belongs to: it closes with a question mark and opens with a question word or
    with an auxiliary before its subject."""
    clause = anchor
    for _ in range(6):
        if clause.dep_ not in ("xcomp", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj", "conj") or clause.head == clause:
            break
        if clause.dep_ == "conj" and any(c.dep_ == "nsubj" for c in clause.children):
            break
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    toks = list(clause.subtree)
    after = clause.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(clause.doc) else None
    if not any(t.text == "?" for t in toks) and not (after is not None and after.text == "?"):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    inverted = subj is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in clause.children)
    first = next((t for t in toks if not t.is_punct), None)
    return inverted or (first is not None and first.lower_ in WH)
