"""A firm's dealings with customers, partners and other firms, which are no event between political actors (a sense
read through ``commentary.SENSES``): "the carmaker agreed to lend the supplier $2 million", "the retailer will offer
a free charger", "the two insurers agreed to merge"; and how an article tells that a name is a company's."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...actors import sector_of_tokens
from ...lexicons.institutions import institutions
from .arguments import subject, with_conj
from .commerce import FIRM_MARKS, firm_name, phrase, political
from .triggers import lemma

if TYPE_CHECKING:
    from .senses import Use


# --- a firm's dealings with customers, partners and other firms

DEALING = {"AGREE", "SUPPORT", "REQUEST", "REJECT", "COOPERATE", "CONSULT"}
# bodies that are not a firm whatever sector the actor coder gives them: a pressure group or a charity's demands
# and refusals are political acts ("Amnesty called for the release of ...")
NOT_FIRMS = {"NGO", "LAB", "REL", "EDU", "MED", "CVL", "REF", "CRM", "AGR"}
FIRM_NOUNS = {"company", "firm", "corporation", "business", "airline", "carrier", "automaker", "carmaker", "retailer",
              "manufacturer", "maker", "insurer", "lender", "investor", "shareholder", "store", "chain", "supplier",
              "vendor", "customer", "buyer", "seller", "client", "subsidiary", "startup", "conglomerate", "bank"}


# what a company has and an agency has not: "Nokia executive Anna Virta", "the brewer's board", "Nokia's
# newest phone", "shares of Siemens"
FIRM_MARKERS = FIRM_NOUNS | {"executive", "ceo", "share", "stock", "shareholder", "product", "phone", "aircraft", "jet", "car", "vehicle",
                             "plant", "factory", "profit", "revenue", "earnings", "sales", "stores", "dealership", "brand"}


def _a_firm(tok) -> bool:
    """A company: a word for a firm or its dealers ("the carmaker", "the insurers", "clients"), a name that ends in a
    company's mark or that the sectors give a business, or an organisation's name that the same article gives a
    company's things ("Nokia executive ...", "Nokia's newest phone", "shares of Siemens"). Never with a country, a
    people or a political body among its own words ("the state oil company"), nor a listed institution ("the
    Federal Reserve") or a body of a political or civic sector."""
    words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "poss", "amod"))]
    if political(words):
        return False
    if tok.ent_type_ != "ORG":
        return not tok.ent_type_ and lemma(tok) in FIRM_NOUNS
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or _listed(tok):
        return False
    sector = sector_of_tokens(ent, kinds=("org",))[0]
    if sector is not None:
        return sector == "BUS"
    return firm_name(tok) or _sold_by(ent)


def _marked(tok) -> bool:
    """The organisation's own name says it is a company: it ends in a company's mark ("Acme Corp.") or the sectors
    give it a business ("Acme Motors")."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and (firm_name(tok) or sector_of_tokens(ent, kinds=("org",))[0] == "BUS")


SELLING = {"sell", "buy", "manufacture", "produce", "lease", "ship", "purchase", "acquire", "market", "retail"}


def _sold_by(ent) -> bool:
    """Some mention of the same name in the article is a company's: it ends in a company's mark elsewhere ("Nokia
    Oyj"), owns, heads or names a company's things ("Nokia executive", "Nokia's newest phone", "Embraer E195
    jets", "shares of Siemens"), is told as one ("the carmakers - Volvo, Saab and Scania", "Volvo,
    the carmaker", "the flag carrier Finnair"), or buys, sells or makes ("Embraer manufactures")."""
    for other in ent.doc.ents:
        if other.label_ != "ORG" or other.text.split()[: len(ent)] != ent.text.split():
            continue
        if len(other) > len(ent):
            if other[-1].lower_ in FIRM_MARKS:
                return True
            continue
        last = other[-1]
        owners: list = []
        owner = last
        while owner.dep_ in ("compound", "poss", "nmod") and owner.head != owner and len(owners) < 4:
            owner = owner.head  # "Embraer E195 jets", "Nokia executive Anna Virta"
            owners.append(owner)
        if any(lemma(o) in FIRM_MARKERS and o.i >= other.end for o in owners):
            return True
        if last.dep_ == "pobj" and last.head.lower_ == "of" and lemma(last.head.head) in ("share", "stock", "shareholder"):
            return True
        if last.dep_ == "nsubj" and lemma(last.head) in SELLING:
            return True
        named = last
        while named.dep_ == "conj" and named.head != named:  # "the carmakers - Volvo, Saab and Scania"
            named = named.head
            if named.ent_type_ == "ORG" and _marked(named):
                return True  # "Volvo Cars and Scania"
        told = [named.head] if named.dep_ == "appos" else []
        if any(lemma(t) in FIRM_NOUNS for t in told + [k for k in last.children if k.dep_ in ("appos", "compound")]):
            return True  # "Volvo, the carmaker", "the flag carrier Finnair"
    return False


def a_firms_dealings(u: Use) -> bool:
    """"the carmaker agreed to lend the supplier $2 million", "the merger was backed by shareholders", "the retailer
    will offer a free charger to buyers", "clients demand faster delivery": a company's dealings with customers,
    partners and other firms, no political event. Every actor is a firm, and nothing in the clause or among the
    parties to the act (the one asked, offered, refused or dealt with) is a political actor, a listed institution, a
    union or a civic body ("the company rejected the ministry's demand", "pleaded before Congress", "refused to
    negotiate with the pilots' union" stand)."""
    if u.type not in DEALING:
        return False
    verb = u.c.anchor
    actors = list(subject(verb))
    if u.c.nominal:  # "the brewer's offer", "the deal between the two insurers"
        between = [o for p in u.c.token.children if p.dep_ == "prep" and p.lower_ == "between"
                   for o in p.children if o.dep_ == "pobj"]
        actors += [k for k in u.c.token.children if k.dep_ == "poss"] + [t for o in between for t in with_conj(o)]
    if not actors or not all(_a_firm(a) for a in actors):
        return False
    parties = [k for k in u.kids if k.dep_ in ("dative", "dobj", "nsubjpass")] + u.objs + [
        o for p in ("to", "with", "from", "for", "on", "before") for o in u.preps.get(p, [])]
    own = {t.i for a in actors for t in a.subtree}
    # the parties' own words ("a new contract with the union") and the rest of the clause, which a misparse may
    # hang them in ("pleaded before Congress to be given funds")
    words = [t for h in parties for t in phrase(h)] + [t for t in verb.subtree if t.i not in own]
    where = _places_where(verb)  # "passengers stranded in Lisbon": where it happens is no party to it
    words = [t for t in words if t.i not in where]
    # nor a listed institution ("pleaded before Congress"), a union, a pressure group or a charity
    return not political(words) and not any(
        sector_of_tokens([t])[0] in NOT_FIRMS or t.ent_type_ == "ORG" and _listed(t) for t in words)


# prepositions of where something is or happens ("stranded in Lisbon", "its stores in Paris", "a plant near Lyon")
WHERE = {"in", "at", "near", "across", "throughout", "outside", "inside", "around"}


def _places_where(verb) -> set[int]:
    """The tokens of the phrases in the clause that name only where something is or happens ("in Lisbon", "at its
    stores in Paris"): a place named so is no party to a firm's dealings, as a state in the subject, the object or a
    "with", "to" or "from" phrase is ("agreed with the government of Chad")."""
    out: set[int] = set()
    for p in verb.subtree:
        if p.dep_ != "prep" or p.lower_ not in WHERE:
            continue
        objs = [o for o in p.children if o.dep_ == "pobj"]
        if objs and all(o.ent_type_ in ("GPE", "LOC", "FAC") for o in objs):
            out |= {t.i for t in p.subtree}
    return out


def _listed(tok) -> bool:
    """The organisation's name is one of the team's listed institutions ("Congress", "the Federal Reserve")."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and ent.text.lower().removeprefix("the ") in institutions()


SENSES: tuple[tuple[str, Callable[[Use], bool]], ...] = (("a-firms-dealings", a_firms_dealings),)
