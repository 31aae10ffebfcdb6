"""Contests that are no fight, told in news words: a game ("Brazil beat Argentina 2-1 in a qualifier"), play
("fired a shot past the goalkeeper"), a player disputing a call (no protest), and an illness, a social ill or a
natural force fought ("battled pneumonia", "fought the blaze"). Senses of ``senses``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .triggers import lemma

if TYPE_CHECKING:
    from .senses import Use
    from .triggers import Candidate

CONDITIONS = {"mining", "logging", "deforestation", "trafficking", "smuggling", "crime", "fraud", "poaching",
              "poverty", "corruption", "inflation", "unemployment", "disease", "illness", "cancer", "pneumonia",
              "virus", "infection", "addiction", "hunger", "famine", "drought", "fire", "flame", "blaze", "wildfire", "bout",
              "climate", "injury", "odds", "fatigue", "depression", "obesity", "stigma", "discrimination", "prejudice",
              "injustice", "inequality", "misinformation", "disinformation", "traffic", "cold", "heat", "flu",
              "wind", "wave", "storm", "gale", "flood", "flooding", "current", "snow", "rain", "weather", "construction",
              "demolition", "eviction", "closure"}
# a result or a contest in sport: "Brazil beat Argentina 2-1 in a qualifier", "clashed in the cup final"
CONTEST_WORDS = {"beat", "defeat", "thrash", "crush", "rout", "overcome", "hammer", "trounce", "outplay", "outscore",
                 "whip", "edge", "down", "win", "victory", "lose", "loss", "draw", "clash", "battle", "fight", "attack",
                 "face", "play", "tie"}
SPORTS = {"match", "qualifier", "final", "semifinal", "semi-final", "quarterfinal", "quarter-final", "tournament",
          "championship", "league", "cup", "derby", "friendly", "fixture", "playoff", "play-off", "olympics", "medal",
          "shootout", "innings", "wicket", "striker", "goalkeeper", "midfielder", "scorer", "stadium", "kickoff",
          "kick-off", "halftime", "half-time", "overtime"}  # not "game", "goal", "penalty", "season", "squad": war has them too
# words of play told in a match report, and the words of the pitch that say so (not a venue or a cup)
PLAY_WORDS = {"strike", "fire", "shoot", "hit", "score"}
PITCH = {"goalkeeper", "goalie", "midfielder", "scorer", "referee", "umpire", "crossbar", "equaliser",
         "equalizer", "hat-trick", "header", "free-kick", "halftime", "half-time", "kickoff", "kick-off", "innings",
         "wicket", "touchdown", "quarterback", "pitcher", "batsman", "bowler", "linesman"}
# what a player protests: a referee's call, which these words make one ("a penalty decision", "the referee's call")
CALLS = {"decision", "call", "penalty", "foul", "card", "offside", "refereeing", "booking", "whistle", "goal"}
REFEREEING = {"penalty", "offside", "referee", "umpire", "linesman", "var", "foul"}


def a_game(u: Use) -> bool:
    """"Brazil beat Argentina 2-1 in a qualifier", "the sides clash in Sunday's final": a game, not a fight.
    A contest word with a score in its sentence or a noun of sport there. A word of play ("struck first", "fired
    a shot past the goalkeeper") only with a score or a word of the pitch itself: a venue or a cup can be where an
    attack happened ("a bomber struck near the stadium")."""
    if u.word in PLAY_WORDS and u.type == "ASSAULT":
        return _sporting(u.c.token.sent, PITCH)
    return u.word in CONTEST_WORDS and _sporting(u.c.token.sent, SPORTS)


def _sporting(sent, words: set[str]) -> bool:
    """A score in the sentence, or one of ``words`` as a noun there (hyphened ones, "half-time", as the parser
    splits them)."""
    for tok in sent:
        if _score(tok, sent.end):
            return True
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in words:
            return True
        if tok.i + 2 < sent.end and tok.nbor(1).text == "-" and f"{tok.lower_}-{tok.nbor(2).lower_}" in words:
            return True
    return False


def protest_a_call(u: Use) -> bool:
    """"sent off for protesting a penalty decision", "protested the referee's call": a player disputing a
    referee's call, no demonstration. The call is a referee's by its own modifiers or by a sentence of sport."""
    if u.word != "protest" or u.type != "PROTEST":
        return False
    calls = [o for o in u.objs if lemma(o) in CALLS]
    refereed = any(k.dep_ in ("compound", "poss") and lemma(k) in REFEREEING for o in calls for k in o.children)
    return bool(calls) and (refereed or _sporting(u.c.token.sent, SPORTS | PITCH))


def _score(tok, end: int) -> bool:
    """A score: "2-1" as one token or three ("2", "-", "1"), each side of one to three digits (not "2020-21")."""
    if tok.text.count("-") == 1 and len(tok.text) <= 7:
        a, b = tok.text.split("-")
        return a.isdigit() and b.isdigit() and len(a) <= 3 and len(b) <= 3
    if tok.text.isdigit() and len(tok.text) <= 3 and tok.i + 2 < end and tok.nbor(1).text in ("-", "–"):
        nxt = tok.nbor(2).text
        return nxt.isdigit() and len(nxt) <= 3
    return False


def _condition(word: str) -> bool:
    return word in CONDITIONS or word.endswith("ism") and word != "terrorism"


def fights_a_condition(c: Candidate) -> bool:
    """An illness, a social ill or a natural force as what is fought: "battled pneumonia", "fight racism"."""
    if lemma(c.token) not in ("fight", "fighting", "battle", "combat", "tackle", "struggle", "attack", "beat", "wage"):
        return False
    heads = [c.token, c.anchor]
    objs = [o for h in heads for o in h.children if o.dep_ == "dobj"]
    objs += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("against", "through", "with")
             for o in p.children if o.dep_ == "pobj"]
    objs += [o for p in c.token.children if p.dep_ == "prep" and p.lower_ in ("against", "on") for o in p.children
             if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]  # not "fought the blaze on Sunday"
    # "three bouts of walking pneumonia": what the measure counts; "fighting construction of the pipeline": the
    # object itself
    counted = [next((g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), o)
               for o in objs]
    return bool(objs) and all(_condition(o.lemma_.lower()) or _condition(g.lemma_.lower()) for o, g in zip(objs, counted, strict=True))
