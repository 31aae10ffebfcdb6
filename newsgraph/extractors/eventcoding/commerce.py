"""Business and private senses of event words on everyday news copy (issue 12, general news; read through
``commentary.SENSES``): a price charged ("the airline charges a fee"), help with a task that is no material aid
("helped shape the bill"), a quantity ("a good deal of work"), harm done to oneself ("shot himself"), a press credit
("contributed reporting"), a gerund that classifies a business ("a consulting firm"), a remedy sought in court
("seek bankruptcy protection"), a purchase ("a deal for $7 billion in new jets"), a sale offered, leaving an
employer, private payments and commercial loans ("must pay restitution", "creditors lent the retailer millions"), a
dependence ("rely on U.S. support"), "back to normal". A firm's dealings with other firms are in ``dealings``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...actors import sector_of_tokens
from .arguments import subject
from .lexicon import word_class
from .triggers import is_passive, lemma

if TYPE_CHECKING:
    from .senses import Use

# --- political actors: a state, a people, a government, an army, a party, rebels or an intergovernmental body is never
# a business's customer, employer or lender ("offered the rebels a peace deal", "the World Bank lent Ukraine")

POLITICAL_SECTORS = frozenset({"GOV", "IGO", "MIL", "LEG", "PTY", "REB", "OPP", "JUD", "COP", "SPY"})


def political(tokens) -> bool:
    """Some token names a political actor: a country or a people, or a word or a name the actor coder's sectors give
    a government, an intergovernmental body, an army, a legislature, a party, rebels, the opposition, a court or the
    police ("the World Bank" IGO, "ministers" GOV, "the central bank" GOV; "the bank" is a business)."""
    tokens = list(tokens)
    for t in tokens:
        if t.ent_type_ in ("GPE", "NORP"):
            return True
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None) if t.ent_type_ == "ORG" else None
        if ent is not None and sector_of_tokens(ent, kinds=("org",))[0] in POLITICAL_SECTORS:  # not "General Motors"
            return True
        if not t.ent_type_ and t.pos_ == "NOUN" and sector_of_tokens([t])[0] in POLITICAL_SECTORS:
            return True
    plain = sorted((t for t in tokens if not t.ent_type_), key=lambda t: t.i)  # "the central bank"
    return bool(plain) and sector_of_tokens(plain, kinds=("org",))[0] in POLITICAL_SECTORS


def heads_of(u: Use, deps: tuple = ("nsubj", "nsubjpass", "dative")) -> list:
    """The heads of the actor's and the recipient's phrases, with their compounds ("the Saudi government", not the
    "Chinese" of "Chinese airlines"), and a "to" recipient's."""
    verb = u.c.anchor
    heads = list(subject(verb)) + [k for k in verb.children if k.dep_ in deps] + u.preps.get("to", [])
    return [t for h in heads for t in [h, *(c for c in h.children if c.dep_ == "compound")]]


def phrase(tok) -> list:
    """A noun's own words: its subtree without the clauses that hang on it ("an agreement to restore water supplies":
    the agreement, not what it is to do)."""
    out = [tok]
    for k in tok.children:
        if k.pos_ in ("VERB", "AUX") or k.dep_ in ("acl", "relcl", "advcl", "ccomp", "xcomp"):
            continue
        out += phrase(k)
    return out


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
            "guard", "heal", "vaccinate", "fight", "recover", "survive", "cope", "escape", "flee", "tend", "prop",
            "bolster", "shore", "strengthen", "support", "sustain", "stabilize", "stabilise", "obtain", "acquire"}


def _help_with_a_task(u: Use) -> bool:
    """"helped shape the farm bill", "will help the candidate raise money", "helping start his plan": the task names
    what is done, which is no material aid (help to rebuild, feed or evacuate stands)."""
    if u.word != "help" or u.type != "AID" or not any(
            k.dep_ in ("xcomp", "ccomp") and k.pos_ in ("VERB", "AUX") and lemma(k) not in MATERIAL for k in u.kids):
        return False
    # a state, an agency or an organisation helping is told as aid all the same ("the council has been helping
    # tend to the displaced", "the FBI helped by providing gear"); a person's or a firm's help with a task is not
    return not any(t.ent_type_ in ("GPE", "NORP") or t.ent_type_ == "ORG" and not firm_name(t) or lemma(t) in AGENCIES
                   for h in subject(u.c.anchor) for t in h.subtree)


AGENCIES = word_class("government_noun") | {"agency", "group", "council", "organization", "organisation", "charity",
                                            "committee", "commission", "ministry", "army", "mission", "body", "union",
                                            "alliance", "coalition", "navy", "military", "police", "ngo", "red"}


FIRM_MARKS = {"inc", "inc.", "corp", "corp.", "co", "co.", "llc", "ltd", "ltd.", "company", "bank", "group", "airlines",
              "airways", "motors", "industries", "holdings", "corporation", "plc", "gmbh"}


def firm_name(tok) -> bool:
    """A company's name ("Berkshire Hathaway", "Acme Corp."): the organisation's entity ends in a company's mark, or
    the name is one the tagger gives a business sector (the actor coder's sectors are not read here)."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and ent[-1].lower_ in FIRM_MARKS


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
    """"the banker shot himself", "the firm keeps hurting itself with price cuts": harm to oneself, no attack on anyone
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
    words = [t for d in deals + worth for t in phrase(d)]  # the parser may hang "for $7 billion" on the verb
    # the deal's own words, not a clause it hangs on ("an agreement to restore water supplies" is an accord), and
    # no political party to it ("the warring parties signed")
    return (any(t.ent_type_ == "MONEY" or lemma(t) in TRADED for t in words)
            and not any(t.ent_type_ in ("GPE", "NORP") for t in words) and (u.c.nominal or not political(heads_of(u))))


SOLD = {"discount", "price", "rate", "fare", "deal", "product", "service", "plan", "package", "coverage", "course", "class",
        "loan", "credit", "mortgage", "insurance", "bonus", "salary", "wage", "refund", "ticket", "share", "stock", "bond",
        "dividend", "rebate", "subscription", "warranty", "feature", "model", "phone", "car", "flight", "room", "meal",
        "scholarship", "job", "internship", "position", "contract", "sale", "bargain", "voucher", "perk", "benefit",
        "buyout", "retirement", "severance", "layoff", "pension", "buyback"}


def _sell_an_offer(u: Use) -> bool:
    """"the firm offered buyers a discount", "the price the company offers": a sale or a job offered, no political
    offer (PLOVER AGREE 03: an offer of talks, aid, peace or a concession). An offer made to or by a political actor,
    or one whose own words name a political good ("a peace deal", "a ceasefire plan"), stands."""
    if u.word != "offer" or u.type != "AGREE" or not u.heads or not u.heads <= SOLD:
        return False
    # the one offered to, not the offerer ("the state offers cheap mortgages to young families" is a programme)
    verb = u.c.anchor
    offered = [k for k in verb.children if k.dep_ == "dative"] + u.preps.get("to", [])
    to = [t for h in offered for t in [h, *(c for c in h.children if c.dep_ == "compound")]]
    return not (political(to) or any(lemma(t) in POLITICAL_GOODS for o in u.objs for t in phrase(o)))


# what no business sells: "offered the opposition a power-sharing deal", "a ceasefire plan"
POLITICAL_GOODS = {"peace", "ceasefire", "truce", "armistice", "amnesty", "autonomy", "power-sharing", "sharing",
                   "aid", "security", "asylum", "referendum", "election", "settlement", "talk", "dialogue"}


EMPLOYERS = {"network", "company", "firm", "board", "bank", "newspaper", "paper", "station", "show", "magazine",
             "channel", "university", "school", "club", "team", "band", "studio", "fund", "corporation", "group"}


def _leave_a_job(u: Use) -> bool:
    """"the anchor resigned from the network", "quit the bank's board": leaving an employer, no political retreat."""
    if u.type != "RETREAT" or u.word not in ("resign", "quit", "resignation", "step"):
        return False
    left = u.objs + u.preps.get("from", [])
    # a minister, a lawmaker or an officer leaving is a political retreat ("two ministers resigned from the
    # coalition party"); so is leaving a body that is not a firm's ("quit the ruling party")
    if political(heads_of(u)):
        return False
    return bool(left) and all(lemma(o) in EMPLOYERS and not political(phrase(o))
                              or o.ent_type_ == "ORG" and firm_name(o) for o in left)




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
    if u.word == "pay" and (bool(u.heads & PRIVATE_PAYMENTS)
                            or any(k.dep_ == "prt" and k.lower_ in SETTLING for k in u.kids)):
        return True  # "paid off its debts", "paid back the loan"; not "paid out $2 billion in aid"
    verb = u.c.anchor
    subjects = [verb.head] if verb.dep_ == "relcl" else [s for s in verb.children if s.dep_ == "nsubj"]
    lenders = [t for s in subjects for t in phrase(s)]  # "the funds that had lent the chain money"
    # a state's, a central bank's or an intergovernmental lender's loan is aid ("the World Bank lent Ukraine")
    return u.word == "lend" and any(lemma(t) in LENDERS for t in lenders) and not political(lenders)


SETTLING = {"off", "back", "down", "up"}

SENDING = {"send", "deliver", "ship", "supply", "provide", "fly", "fly in"}
AID_WORDS = {"aid", "assistance", "relief", "donation"}


def _a_delivery(u: Use) -> bool:
    """"the company delivered the generators to the mine", "the firm shipped rice to its customers": goods a business
    sends, no aid (a state's, an agency's or a charity's stand, and goods named as aid: "the firm sent relief")."""
    named = u.heads | {lemma(c) for o in u.objs for c in o.children if c.dep_ == "compound"}  # "relief supplies"
    if u.type != "AID" or u.word not in SENDING or u.c.nominal or named & AID_WORDS:
        return False
    return _a_business(u)


def _a_business(u: Use) -> bool:
    """The verb's subject is a business ("the company", "the airline", "Acme Corp.") and names no political actor."""
    doers = [t for s in subject(u.c.anchor) for t in phrase(s)]
    return (any(firm_name(t) or not t.ent_type_ and sector_of_tokens([t])[0] == "BUS" for t in doers)
            and not political(doers))


def _a_service_cut(u: Use) -> bool:
    """"the airline cut flights to Lisbon", "the carrier suspended its service": a business's own trade cut back, no
    reduction of relations between political actors (a state's or a body's stands, and so does one aimed at a political
    actor: "the bank froze the opposition leader's accounts")."""
    # whose the objects are ("Russia's assets", "the accounts of the opposition leader"), not where a service goes
    owners = [k for o in u.objs for k in o.children if k.dep_ == "poss"] + [
        g for o in u.objs for k in o.children if k.dep_ == "prep" and k.lower_ == "of" for g in k.children]
    aimed = [*u.objs, *(t for w in owners for t in phrase(w))]
    return u.type == "SANCTION" and not u.c.nominal and (_a_business(u) or _an_organisations_service(u)) and not political(aimed)


# what a carrier or an operator runs and cuts back: "cut flights", "suspended its service", "dropped two routes"
SERVICES = {"flight", "service", "route", "connection", "sailing", "departure"}


def _an_organisations_service(u: Use) -> bool:
    """"Ryanair cut flights to Morocco", "Lufthansa suspended flights": an organisation the tagger names, with no
    political sector, cutting a service it runs is a firm like "the airline" (a state's "Russia suspended flights"
    stands)."""
    if not any(lemma(o) in SERVICES for o in u.objs):
        return False
    from ...actors import country_of

    doers = [t for s in subject(u.c.anchor) for t in phrase(s)]
    named = " ".join(t.text for t in doers if t.pos_ == "PROPN")
    return bool(doers) and all(t.ent_type_ == "ORG" for t in doers if t.pos_ == "PROPN") and any(
        t.ent_type_ == "ORG" for t in doers) and not political(doers) and country_of(named) is None  # "Azerbaijan"


DEPENDING = {"rely", "depend", "count", "lean", "bank"}


def _a_dependence(u: Use) -> bool:
    """"the region wants to lean less on federal support": a dependence, no act of support or aid."""
    tok = u.c.token
    return (u.c.nominal and u.type in ("SUPPORT", "AID", "COOPERATE") and tok.dep_ == "pobj"
            and tok.head.lower_ in ("on", "upon") and lemma(tok.head.head) in DEPENDING)


def _back_to_normal(u: Use) -> bool:
    """"traffic was close to back to normal", "went back to work": a return, no backing of anyone."""
    if u.word != "back" or u.type != "SUPPORT":
        return False
    tok = u.c.token
    if any(k.dep_ in ("prt", "advmod") and k.lower_ in ("off", "away", "out") for k in tok.children):
        return True  # "backed off some proposals", "backed away from the deal": a retreat, no backing
    if u.objs:
        return False
    return tok.tag_ in ("RB", "RP") or (tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to")


TECH = {"computer", "software", "technology", "app", "application", "product", "tool", "server", "sensor", "chip",
        "platform", "feature", "update", "code", "algorithm", "service", "network", "model", "robot", "machine", "system"}
ARMS = {"missile", "defense", "defence", "weapon", "interceptor", "radar", "battery", "drone", "warship", "jet", "troops"}


def _deploy_a_product(u: Use) -> bool:
    """"the new computer is about to be commercially deployed": a product put to use, no forces mobilized (a weapon
    system stands: "deployed a missile defence system")."""
    if u.word != "deploy" or u.type != "MOBILIZE" or u.c.nominal:
        return False
    verb = u.c.anchor
    holder = verb
    while holder.dep_ in ("xcomp", "acomp") and holder.head != holder:  # "the computer is about to be deployed"
        holder = holder.head
    if holder.dep_ == "relcl":  # "a server that is to be deployed next year"
        holder = holder.head
    things = u.objs or [s for s in verb.children if s.dep_ == "nsubjpass"] or [
        s for s in holder.children if s.dep_ == "nsubj" and is_passive(verb)] or (
        [holder] if holder.pos_ == "NOUN" and is_passive(verb) else [])
    words = [t for o in things for t in o.subtree]
    # a state, an army or an alliance deploying anything moves forces ("Germany deployed two air defence systems")
    return (bool(things) and all(lemma(o) in TECH for o in things) and not any(lemma(t) in ARMS for t in words)
            and not political(heads_of(u)))


SENSES: tuple[tuple[str, Callable[[Use], bool]], ...] = (
    ("charge-a-price", _charge_a_price), ("help-with-a-task", _help_with_a_task), ("a-quantity", _a_quantity),
    ("harm-to-oneself", _harm_to_oneself), ("press-credit", _press_credit), ("business-gerund", _business_gerund),
    ("seek-a-remedy", _seek_a_remedy), ("a-purchase", _a_purchase), ("sell-an-offer", _sell_an_offer),
    ("leave-a-job", _leave_a_job), ("private-payment", _private_payment), ("a-delivery", _a_delivery),
    ("a-service-cut", _a_service_cut),
    ("a-dependence", _a_dependence),
    ("back-to-normal", _back_to_normal), ("deploy-a-product", _deploy_a_product),
)
