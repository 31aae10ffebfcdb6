"""Politics coverage that uses event words for no event between political actors (senses of ``commentary``):
money given to a campaign, a party or a political committee ("contributors who gave $200", "donated $1 million to
the super PAC"), and a measure blocked by a vote, a ruling or lobbying ("a bill blocked by senators")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...actors import sector_of_tokens
from .arguments import subject
from .commerce import phrase, political
from .triggers import lemma

if TYPE_CHECKING:
    from .senses import Use


# --- campaign money

GIVING = {"give", "donate", "contribute", "fund", "finance", "spend", "pour", "chip"}
# words that put a sentence's money in politics: "a super PAC", "mega-donors", "contributors", "fundraising"
CAMPAIGN_MONEY = {"pac", "pacs", "megadonor", "mega-donor", "contributor", "fundraising", "fundraiser", "bundler"}
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


def campaign_money(u: Use) -> bool:
    """"small donors who gave $50 each", "will donate $1 million to the super PAC", "has given $60 million to his
    campaign": money given to a candidate, a party or a political committee, no aid between political actors. A
    state's or a body's money stands, and so does money given to a country or a people ("donors pledged $2 billion
    to Haiti") or that no word of campaign finance places."""
    if u.type != "AID" or u.word not in GIVING or u.c.nominal:
        return False
    verb = u.c.anchor
    if not any(_campaign_word(t) for t in verb.sent):
        return False
    givers = list(subject(verb))
    own = {t.i for g in givers for t in g.subtree}
    words = [t for t in phrase(verb) if t.i not in own]  # the verb's own words, no clause that hangs on it
    # money to a country, a people or a state body is aid ("donors gave $2 billion to flood victims in Pakistan"),
    # unless it is given to a campaign ("to the presidential campaign of the former governor")
    if not any(_campaign_word(t) for t in words) and political(words):
        return False
    # a state, a government, an army or an intergovernmental body gives aid, whatever the sentence is about
    heads = [t for g in givers for t in [g, *(c for c in g.children if c.dep_ == "compound")]]
    return not any(t.ent_type_ in ("GPE", "NORP") or sector_of_tokens([t])[0] in STATE_SECTORS for t in heads)


STATE_SECTORS = {"GOV", "IGO", "MIL", "COP", "JUD", "LEG", "SPY"}


# --- a measure blocked by a legislature, a court, a party or a firm

# who blocks by vote, ruling or lobbying: PLOVER's obstruction (PROTEST 144) is a blockade by people on the ground
BLOCKERS = {"LEG", "JUD", "PTY"}


def block_a_measure(u: Use) -> bool:
    """"a farm bill blocked by a handful of senators", "the court blocked the mill from closing its sites",
    "the rules the trade lobby had blocked since 2019": a vote, a ruling or lobbying, no blockade (protesters,
    villagers or troops blocking a road stand)."""
    if u.word != "block" or u.type != "PROTEST" or u.c.nominal:
        return False
    actors = list(subject(u.c.anchor))
    return bool(actors) and all(
        sector_of_tokens(phrase(a))[0] in BLOCKERS or sector_of_tokens([a])[0] in BLOCKERS
        or lemma(a) in ("company", "firm", "industry", "lobby") for a in actors)
