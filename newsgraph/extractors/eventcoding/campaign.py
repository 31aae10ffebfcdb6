"""Politics coverage that uses event words for no event between political actors (senses of ``commentary``):
money given to a campaign, a party or a political committee ("contributors who gave $200", "donated $1 million to
the super PAC", "gave $2 million to the Republican Party"), and a measure blocked by a ruling or lobbying ("the
court blocked the company from closing its plants"; a legislature's or a party's vote against a measure is a
REJECT, ``codebook.legislature_blocks_a_measure``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...actors import STATE_SECTORS, sector_of_tokens, term_of
from .arguments import subject
from .commerce import phrase, political
from .triggers import lemma

if TYPE_CHECKING:
    from .senses import Use


# --- campaign money

GIVING = {"give", "donate", "contribute", "fund", "finance", "spend", "pour", "chip"}
# words that put a sentence's money in politics: "a super PAC", "mega-donors", "contributors", "fundraising"
CAMPAIGN_MONEY = {"pac", "pacs", "megadonor", "mega-donor", "contributor", "fundraising", "fundraiser", "bundler"}
# whose money is a state's, whatever the sentence is about: a state's sectors, its intelligence services and
# intergovernmental bodies
GIVERS_OF_AID = STATE_SECTORS | {"IGO", "SPY"}
ELECTORAL = {"presidential", "election", "reelection", "re-election", "senate", "congressional", "mayoral",
             "gubernatorial", "political", "primary"}


def _campaign_word(tok) -> bool:
    """A word of campaign finance, or a candidate's campaign ("Mrs. Clinton's campaign", "his campaign", "the
    presidential campaign"; not a military or a relief campaign)."""
    if lemma(tok) in CAMPAIGN_MONEY or tok.lower_ in CAMPAIGN_MONEY or lemma(tok) == "donor" and any(
            c.lower_ in ("small-dollar", "mega", "big", "wealthy", "gop", "democratic", "republican") for c in tok.children):
        return True
    return lemma(tok) == "campaign" and any(
        c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.tag_ == "PRP$") or c.lower_ in ELECTORAL for c in tok.children)


def _a_party(tok) -> bool:
    """A political party ("the Republican Party", "the party", "the Democrats"): money given to one is campaign
    finance."""
    return lemma(tok) == "party" or sector_of_tokens([tok])[0] == "PTY" or _party_name(tok)


def campaign_money(u: Use) -> bool:
    """"small donors who gave $50 each", "will donate $1 million to the super PAC", "has given $60 million to his
    campaign", "gave $2 million to the Republican Party": money given to a candidate, a party or a political
    committee, no aid between political actors. A state's or a body's money stands, even to a party, and so does
    money given to a country or a people ("donors pledged $2 billion to Haiti") or that no word of campaign finance
    or party places."""
    if u.type != "AID" or u.word not in GIVING or u.c.nominal:
        return False
    verb = u.c.anchor
    givers = list(subject(verb))
    own = {t.i for g in givers for t in g.subtree}
    words = [t for t in phrase(verb) if t.i not in own]  # the verb's own words, no clause that hangs on it
    takers = [o for k in u.kids if k.dep_ in ("prep", "dative") and k.lower_ in ("to", "for")
              for o in k.children if o.dep_ == "pobj"] + [k for k in u.kids if k.dep_ == "dative" and k.pos_ != "ADP"]
    to_a_party = any(_a_party(o) for o in takers)
    if not to_a_party and not any(_campaign_word(t) for t in verb.sent):
        return False
    # money to a country, a people or a state body is aid ("donors gave $2 billion to flood victims in Pakistan"),
    # unless it is given to a campaign or a party ("to the presidential campaign of the former governor", "to the
    # Republican Party": a party names a country or a people too, and is no state body)
    if not to_a_party and not any(_campaign_word(t) for t in words) and political(words):
        return False
    # a state, a government, an army or an intergovernmental body gives aid, whatever the sentence is about
    heads = [t for g in givers for t in [g, *(c for c in g.children if c.dep_ == "compound")]]
    return not any(t.ent_type_ in ("GPE", "NORP") or sector_of_tokens([t])[0] in GIVERS_OF_AID for t in heads)


# --- a measure blocked by a legislature, a court, a party or a firm

# who blocks by vote, ruling or lobbying: PLOVER's obstruction (PROTEST 144) is a blockade by people on the ground.
# A legislature's or a party's block of a measure or a nomination is a refusal, as a veto is (REJECT 120:
# codebook.legislature_blocks_a_measure recodes it before this sense drops the rest)
BLOCKERS = frozenset({"LEG", "JUD", "PTY"})


def a_chamber(tok) -> bool:
    """A legislature by its name ("the House", "the Senate"): the sector lexicon knows "Senate" and "Congress", not a
    bare "house", which is a home; only a capitalised "House" inside a sentence is the chamber ("House prices" may
    open one)."""
    return tok.text == "House" and tok.i > tok.sent.start or sector_of_tokens([tok], kinds=("org",))[0] == "LEG"


def blocker(tok, sectors: frozenset[str] = BLOCKERS) -> bool:
    """A legislature, a court or a party (``sectors``), by its sector ("senators", "the court", "Republicans": the
    tagger may keep a plural name whole) or its chamber's name ("Republicans in the House")."""
    words = phrase(tok)
    return (sector_of_tokens(words)[0] in sectors or sector_of_tokens([tok])[0] in sectors
            or "PTY" in sectors and _party_name(tok) or "LEG" in sectors and any(a_chamber(t) for t in words))


def _party_name(tok) -> bool:
    """"Republicans", "Democrats" kept whole by the tagger: the sector lexicon's party member, singular."""
    hit = term_of([tok.lower_.removesuffix("s")], 0, ("person",))
    return hit is not None and hit[1].sector == "PTY"


def block_a_measure(u: Use) -> bool:
    """"a farm bill blocked by a handful of senators", "the court blocked the mill from closing its sites",
    "the rules the trade lobby had blocked since 2019": a vote, a ruling or lobbying, no blockade (protesters,
    villagers or troops blocking a road stand)."""
    if u.word != "block" or u.type != "PROTEST" or u.c.nominal:
        return False
    actors = list(subject(u.c.anchor))
    return bool(actors) and all(blocker(a) or lemma(a) in ("company", "firm", "industry", "lobby") for a in actors)
