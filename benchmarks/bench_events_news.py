"""Events on news (RAMS, M2E2, WikiEvents dev halves), scored by the shared ``score_events.py``.

Scoring rule (one for recall and precision, the scorer's strict one): a gold event is found when a predicted
event of the same PLOVER type has its trigger within 30 characters of the gold trigger or in the same sentence,
at any status; precision counts every predicted event (any status) of a type the set covers, on the two sets
that annotate every event of their types (M2E2, WikiEvents). Actor / recipient accuracy: on found events, the
predicted actor (recipient) span overlaps a gold argument of that side. Every figure here is **dev**: the team
reads these halves' errors (by category) to develop the coder; the other halves are held out.

The scorer is imported from the shared folder, never copied (its README).
"""

from __future__ import annotations

import importlib.util
import json
import os
import pickle
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .common import DEV, EVAL, summary, table

TITLE = "Events on news (RAMS, M2E2, WikiEvents dev halves)"
ORDER = 61
NEWS = EVAL / "events_news"
SETS = ("m2e2", "wikievents", "rams")
# parsed spaCy docs, cached between runs while developing (NEWSGRAPH_DOC_CACHE=dir); off by default
CACHE = os.environ.get("NEWSGRAPH_DOC_CACHE")
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
# The last round of issue 12, before -> after, all dev (kept as text: the "before" is the code of that morning)
ROUND_4 = (
    "Issue 12, fourth round (2026-12-06, **dev**, before -> after): M2E2 recall 0.705 -> 0.728, precision 0.485 -> "
    "0.487, precision at confidence >= 0.8 0.865 (52 events) -> 0.933 (45); WikiEvents recall 0.564 -> 0.588, precision "
    "0.526 -> 0.534, at >= 0.8 0.600 (10) -> 1.000 (6); RAMS recall 0.492 -> 0.495. What changed: the disposer "
    "retrained on the current rules' candidates with features of where a candidate is told (a generic gerund, a noun "
    "used as a classifier, a condition or modal over it, an earlier year, a headline, the verb it hangs on; "
    "cross-validated ROC AUC on M2E2 0.743 -> 0.769) and proposals kept from 0.25 instead of 0.3; campaign rallies, "
    "report credits and court pleas read as other senses; death and injury verbs capped at 0.75 (the sets annotate "
    "the death alone, so the model has no news labels for them); an indictment and a guilty finding in the lexicon. "
    "False events sorted by cause on a sample of 85 (55 M2E2, 30 WikiEvents): real but unannotated 36 (mentions of "
    "the story's own attack, arrests, meetings), hypothetical, generic or negated 19, scheme difference 15 (a "
    "hostage-taking, an injury, a phone call, a police cordon coded as a protest), non-political, private or "
    "ceremonial 12 (campaign rallies, a byline credit, church services, a police appeal for witnesses), figurative "
    "1, another sense 2."
)

ROUND_5 = (
    "Issue 12, fifth round (2026-12-06, **dev**, before (main that morning) -> after, with main's later dating "
    "changes merged (main alone then: M2E2 0.732 / 0.488, WikiEvents 0.594 / 0.542, RAMS 0.495)): M2E2 recall 0.730 -> 0.744, precision 0.488 -> "
    "0.505, at confidence >= 0.8 0.932 (44 events) -> 0.923 (52); WikiEvents recall 0.588 -> 0.673, precision 0.537 -> "
    "0.571, at >= 0.8 1.000 (6) -> 1.000 (6); RAMS recall 0.495 -> 0.514. What changed (rules only, the disposer's "
    "weights unchanged): an undated retelling of a dated event keeps its own telling and takes that date instead of "
    "being dropped (the sets annotate every mention; the story level clusters them); acts inside acts that report a "
    "real attack (named in a charge, a probe, or claimed: the claimer is the actor); attending a rally is the rally; "
    "nouns of a legal step or of yielding (the hearing, the charges, the withdrawal) proposed like those of material "
    "acts, none said to be absent ('without any hearing', 'no evidence of an attack'); a march named as a protest "
    "no longer read as the month; advocating a policy read as a demand; false events by cause: accidents and crashes, movements with no place or purpose, a "
    "speaker's own duty, senses that are no event (fired from a post or back in words, met with criticism, a court "
    "striking down a law, a show of force demonstrated, services attended, political and legal battles, combating "
    "an activity, hosting refugees), a strike on a place coded as an attack, not a labour strike, triggers "
    "classifying equipment ('riot gear', 'assault rifles'), security forces blocking roads. Not met: M2E2 precision "
    "(the largest cause left is a scheme difference: a killing told by its death verb alone, ASSAULT in PLOVER, is a "
    "death only in the set: 43 of the 72 'killed' and 'killing' predictions unmatched) and RAMS recall (most misses left are words the "
    "set labels that are no event in PLOVER or no event told: presidential debates, 'war', descriptive participles "
    "such as 'imprisoned hacker', generic mentions)."
)

ROUND_6 = (
    "Issue 12, sixth round (2026-12-06, **dev**, before -> after): RAMS recall 0.514 -> 0.555 (164 -> 177 of 319; "
    "target 0.55 met); M2E2 recall 0.744 -> 0.748, precision 0.505 -> 0.508 (663 predictions either way), at confidence "
    ">= 0.8 0.941 (51) -> 0.941 (51); WikiEvents recall 0.673 -> 0.685, precision 0.571 -> 0.575, at >= 0.8 1.000 (6) "
    "-> 1.000 (6). Rules only, the disposer's weights unchanged. RAMS misses sorted by cause (155 at the start): no "
    "event in PLOVER or none told (presidential debates 8, 'war' 6, 'coup' 5, being advised of, robbery) about 40; "
    "another type by the set's scheme (a ceasefire or treaty as SUPPORT, a boycott as SANCTION, a verbal attack as "
    "ASSAULT) about 20; acts inside words that are no act (the content of a governor the filters drop) 9; missed "
    "triggers by construction (a participle of detention or conviction, a fatal poisoning, bombs dropped, a "
    "subjunctive suggestion) 8; misparsed subjects (a caption, a coordinated verb hung on the clause before) and "
    "scores under the disposer's thresholds the rest. What changed: the content of a governor the filters find no act "
    "(evidence that suggests, a question asked, a report or a project that denies or rules out, a crime committed, "
    "an attempt) is coded in its own right, with the status the governor gives (a question's content hypothetical, a "
    "denial's negated); a participle of detention or conviction ('the detained student', 'a convicted offender') "
    "tells the act; 'commit' and 'perpetrate' are light verbs; 'poisoning', 'dropped bombs' and 'set off a bomb' "
    "are attacks; a present tense after a past 'suggested' is a subjunctive, advice to act. False events removed: "
    "a rally a named politician addresses or speaks at, a march to commemorate read as a relative clause, going to a "
    "court, a hearing or the scene of an incident. M2E2 precision not met: a sample of 60 of its 329 unsupported "
    "predictions has 37 real but unannotated (the story's own attacks, arrests, meetings, fighting), 9 hypothetical, "
    "generic or negated, 9 non-political, private, ceremonial or press (press conferences, which the set annotates "
    "as meetings elsewhere), 3 deaths told by their verb (scheme difference, not gamed) and 2 another sense."
)


TRIAL_2 = (
    "Issue 12, user trial on team-written wire copy (2026-12-06, **dev**, hand counts, before -> after): 17 short "
    "articles (business, elections, sport, courts, diplomacy, labour, war, disaster, health, human rights; then markets, "
    "parliament, local crime, corporate, Middle East, an obituary, EU antitrust), the events a careful coder would list "
    "written down before running: 87 -> 94 of 107 found; 108 of 126 -> 117 of 123 output events right in type and "
    "status. Fixed by cause: play in a match report read as attacks and protests; a named storm after a dateline as an "
    "attacker; work put off or a petition handed over as a refused meeting or a release; striving ('battling to regain "
    "support'), rising ('shot to fame') and ending a legal battle as fighting, shooting or a ceasefire; a main "
    "clause's negation leaking into a past clause of its own ('after Hungary blocked the text'), and what a denied "
    "clause waits for read as negated ('would not negotiate until the rebels withdrew'); conjuncts whose speaker the "
    "parse lost; a comma-set relative clause read as what an offer was about; missing triggers (hyphened 'sit-in', "
    "looting, a fine, 'called it illegal'); aircraft as the means of an attack; the parse cutting the first phrase "
    "after a dateline; an anniversary's or an amount's day dating the wrong act. Left (after): 7 of the 13 misses are "
    "candidates the disposer drops ('urged' twice, 'seized', 'looted', 'raids', 'expulsion', a planned negotiation), 2 "
    "are acts inside an accusation (by design); 6 wrong outputs (generic 'trials' and 'complained', figurative "
    "'stormed the stage' and 'held hostage', a family's appeal, an ordered inquiry as a request, as the PLOVER records "
    "code it); wrong actor countries 8 (a dateline's city, a destination, a neighbouring clause, a surname read as a "
    "place). M2E2 recall 0.748 -> 0.751, precision 0.509 -> 0.509 (664 -> 666 predictions); WikiEvents 0.685 / 0.575, "
    "RAMS 0.555, PLOVER records and seed unchanged."
)

ROUND_7 = (
    "Issue 12, seventh round (2026-12-06, **dev**, before -> after; rules only, the disposer's weights unchanged; "
    "`tests/test_events_news_status.py` holds a team-written case for every fix): M2E2 precision 0.509 (339 of 666) "
    "-> 0.526 (339 of 644), recall 0.751 -> 0.751, occurred-only precision 0.524 (617) -> 0.550 (585), at confidence "
    ">= 0.8 0.940 (50) -> 0.938 (48); WikiEvents precision 0.575 -> 0.588 (221 -> 216), recall 0.685 -> 0.685, "
    "occurred-only 0.594 -> 0.612; RAMS recall 0.558 -> 0.558; PLOVER records (type F1 0.857, actor coded right "
    "0.859) and seed (8/8) unchanged. Target M2E2 precision 0.55 not met. Every unsupported M2E2 prediction sorted "
    "by cause, before -> after (327 -> 305): real events the set does not annotate 184 -> 183; hypothetical, "
    "generic, negated or planned 60 -> 53 (of which told as occurred 28 -> 14); a death told by its verb on the "
    "set's Life:Die trigger (scheme difference, not gamed) 34 -> 33 (the one gone is an air crash); a visit on the "
    "set's Movement:Transport trigger 9 -> 9; non-political, private or ceremonial 21 -> 18; another sense or "
    "figurative 15 -> 9; wrong type or role 4 -> 0. Duplicates (noun and verb of one act in a sentence): keeping "
    "one per sentence and type would drop 39 right and 24 wrong predictions (precision 0.498), so none are merged. "
    "What changed: acts only arranged, feared, weighed, prepared or permitted are no longer told as occurred ('was "
    "to meet', the possibility of or vulnerability to an attack, preparing an assault, a right to invade, a march "
    "that will take place, an infinitive under 'will allow', an adverb of possibility, a noun compounded with a "
    "future verb's object, what is done 'without'), and a permitted or arranged act is no promise (no AGREE or "
    "THREATEN read into it); a conjunct after 'but' or with a past auxiliary keeps its own tense; senses that are no "
    "political event: beating expectations, battling winds, fighting a construction project, a firing range, one "
    "person speaking to the press by phone, attending a protest read as a meeting, a police appeal for witnesses, "
    "acts counted in a statistic, talk about something with no partner, revenge or refuge sought, a candidate's own rally named by a politician the "
    "tagger calls an organisation, blocking protesters or armed forces, a distance in blocks, a vehicle's crash; a "
    "strike on rebels is an attack, not a labour strike."
)


TRIAL_3 = (
    "Issue 12, second hand trial (2026-12-06, **dev**, hand counts, before -> after): the 17 articles above (now "
    "in-sample) and 9 new team-written ones in genres they lack (migrants pushed back at a sea border, a gas deal, a "
    "cyberattack on hospitals, peace talks after a ceasefire breach, a disputed African election, a crackdown on a "
    "Latin American march, sanctions and counter-measures, a hostage release, a standoff at sea), expected events "
    "written before the first run. New 9, first run (unseen): 50 of 65 found, 6 false, 5 wrong actors on expected "
    "events (and 1 on an optional one), 4 wrong dates, 2 wrong statuses; after: 53 of 65, 6, 3 (and 0), 4, 2. Old 17: found "
    "94 -> 95 of 107; all 6 wrong countries listed by the first trial fixed, none new. Fixed by cause: a place of the "
    "reporting ('in a report released in London', 'speaking in Paris') or of a joined clause with its own subject "
    "placing the act's actor; several governments taking the story's country; a surname the tagger read as a place; "
    "a body's head word alone ('the Commission') coded anew from its sentence; 'its' in reported words taken for the "
    "country named before; another country's title ('South Africa's president') linked to the president named "
    "before; a repeated description ('the hospital group' after 'Norway's largest hospital group') left unplaced; a "
    "capitalised plural after a dateline ('Delegations ... resumed peace talks') read as a name, so one "
    "party seemed to talk; and the disposer dropping requests under 0.2 although its doubt about the types no news "
    "set labels comes from noisy labels (see disposer_weights.md: now only under 0.1, as for planned acts). Left "
    "(new 9): 9 acts with no trigger or filtered (boats intercepted and towed back, systems crippled by hackers, "
    "supporters gathering, a strike announced, 'would retaliate', closing border crossings, a denial of paying a "
    "ransom, 'stood by its ally', help promised), 2 merged into another act of the same type, 1 planned ban under "
    "0.1; seizures, raids and looting still go under 0.2 (keeping them cost M2E2 precision 0.509 -> 0.496: the set "
    "annotates no seizure). Dev figures, before -> after: RAMS recall 0.558 -> 0.580; WikiEvents 0.685 / 0.575 -> "
    "0.685 / 0.562; PLOVER type F1 0.857 -> 0.856; M2E2 0.751 / 0.509, actor countries 274/319, seed unchanged."
)

ACTORS_1 = (
    "Issue 12, actors on news (2026-12-06, evening, **dev**, before -> after; `tests/test_events_news_actors.py` holds a "
    "team-written case for every fix): actor right M2E2 0.349 (61 of 175) -> 0.429 (75 of 175), WikiEvents 0.417 (15 of "
    "36) -> 0.417, RAMS 0.497 (75 of 151) -> 0.526 (80 of 152); recipient right 0.471 / 0.473 / 0.319 -> 0.471 / 0.473 / "
    "0.325; M2E2 0.751 / 0.526 (643 predictions) unchanged, WikiEvents 0.685 / 0.588 unchanged, RAMS recall 0.558 -> "
    "0.561, at confidence >= 0.8 unchanged; PLOVER records (type F1 0.857, actor coded right 273 of 319) and seed (8/8, "
    "14/15) unchanged. Every found event with a wrong or missing actor (211 before, 193 after) sorted by cause, before "
    "-> after: no actor while the sentence names one 72 -> 55 (of the 72, by hand: a participant of a rally or meeting "
    "the clause is set at about 28, first-person or unresolved pronouns about 9, a gerund after a preposition about 6, a "
    "noun's modifier, relative clause or passive agent about 5, the rest generic mentions with no author in reach); "
    "an implied actor ('unidentified attacker', 'authorities') while the sentence names one 19 -> 13; another phrase of "
    "the sentence 20 -> 24 (a headline glued to the first sentence about 5, the victim of a passive participle or the "
    "possessor of 'his arrest' or 'Rousseff's trial' taken as the actor 3, the appositive or antecedent the set marks); "
    "a pronoun resolved to the wrong entity 14 -> 14 (wrong coreference 8, the speaker taken as the actor of what "
    "they report 2, a patient possessor 1, right but gold elsewhere 2, partner 1: the entity pass's work, left); scoring "
    "artefacts, counted, not chased: the gold event matched through another event of its sentence 40 -> 38, a meeting "
    "where we name one party and the set the other 25 -> 28, the pronoun's antecedent marked 3 -> 3, span width 1 -> 1; "
    "the gold argument in another sentence (out of reach) 17 -> 17. What changed: who took part in a rally or meeting "
    "named by a noun alone is who the clause it is set at says ('a protester holds a flyer during a rally', 'joined the "
    "march'; for repression there, whom it is done to; not a speaker at a news conference); the actor of a noun with "
    "none of its own from the words around it ('police shootings', 'Kenyan-led airstrikes', 'the attack that the rebels "
    "launched', 'carried out by gunmen', 'taken into custody by border agents', 'blamed on the rebel group'); both are "
    "given after the disposer's verdict and the merging (`Draft.around`, `build.with_actor_around`): given before, the "
    "disposer, fitted without them, kept more real but unannotated press conferences and protests (M2E2 precision 0.526 "
    "-> 0.522 with the participants alone); the doer of a gerund after a preposition of time or means, of a passive "
    "verb of blame, or the object said of ('after meeting', 'by arresting', 'convicted of beating', 'accused X of'), "
    "people or groups only; a phrase naming no one goes after a named actor; two speakers joined in an apposition are no "
    "lone speaker. Tried and left out: 'before' and 'after' an occasion ('policemen march before the plenary meeting'), "
    "a gerund under a noun ('a policy of seizing', 'an interest in attacking': courses, no act), dropping an actorless "
    "event that another of its type in the sentence has with an actor (M2E2 precision 0.526 -> 0.516: right duplicates), "
    "the possessor of an act a person undergoes ('his arrest', 'Rousseff's trial') taken out of the actor (M2E2 actor "
    "0.429 -> 0.434, recipients WikiEvents 0.473 -> 0.491, but the disposer then drops events that lose their actor: "
    "RAMS recall 0.561 -> 0.555, WikiEvents precision 0.588 -> 0.586)."
)

TRIAL_4 = (
    "Issue 12, third hand trial (2026-12-06, night, **dev**, hand counts, before -> after; `tests/data/trial6/` "
    "holds the articles, the expected events and the protocol, `tests/test_events_trial6.py` a team-written case "
    "for every fix, `tests/test_trial_six.py` the articles against their expected events): 10 new team-written "
    "wire articles in genres the earlier trials lack (a coup and its aftermath, a terrorism verdict, tariffs and "
    "retaliation, a police raid on a refugee camp, a prisoner swap, UN vetoes, a claimed truck bombing, a dock "
    "strike with clashes, election monitors alleging fraud, a ramming at sea), 79 required events written down "
    "and committed before the first run. Team-written, first run, unseen-style: 60 of 79 found with type and "
    "status, 9 false events of 88 output, wrong actor country 16 of 60 found, wrong date 12, wrong status 1. "
    "After (now in-sample): 72 of 79, 8 false of 101, wrong actor country 17 of 72 (15 of the first run's 16, and "
    "2 newly found events with no actor), wrong date 10, wrong status 0. Fixed by cause: an act of speaking "
    "joined to the clause a speaker reports is the speaker's ('said the talks had failed and urged', 'denied that "
    "he had been mistreated and accused': negated, or the reported subject's, before), also for where the quote "
    "ends and who urged; 'handed over 19' read as 'more than 19'; a plural demonym tagged a number ('released 13 "
    "Azerbaijanis'); slapped or levied duties, bulldozing, 'stood with'; protesters 'who had gathered'; a past "
    "act of a named party in a comma-set relative clause is no content of the verb ('thanked the Emirates, which "
    "had hosted talks'; 'Hamas, which advocates' still is); a clause before a semicolon is no content of the verb "
    "after it; people praised are supported ('praised the investigators'); a vehicle packed or rigged with "
    "explosives is a bomb, so the blast and its dead stand; an ultimatum without the word ('gave the officers "
    "seven days to free him', THREATEN 139), and what it demands is not done; aid under review is not given; an "
    "accord one has ('which has a defence treaty') is no agreement reached; a question asked 'about' something is "
    "no request; dates from a when- or as-clause, from a simple past joined by 'and' to a dated one, from the "
    "dateline's day when it is 1 to 3 days before the paper's, and through a time of day ('before dawn on "
    "Sunday'); a country's name the tagger cut at its hyphen ('Guinea' of 'Guinea-Bissau') split the story's home "
    "country, so its soldiers, spokesman and protesters had none. Cost on the trial: 2 new false events, both "
    "from the semicolon rule (a visit 'called off' after the semicolon is now planned; a weapons supply named in "
    "a conviction is coded as AID). Left: 7 misses (a coup, which the codebook does not code; a killing inside "
    "'suspected of involvement in'; a planned protest named by a noun alone; talks a relative clause resumes; a "
    "conditional threat; an observers' report as an accusation; an accusation told in a mixed quote); actor "
    "countries: 8 named or described actors the story places only by its dateline or its subject (left: placing "
    "by the dateline was an error of the first trial), 6 with no actor on a passive, a noun or a misparse, 2 "
    "possessive pronouns, 1 implied attacker of 'a paramilitary assault'; dates: 7 acts of a sentence with no "
    "time of its own that goes on with a dated story. Quotes on the articles (the joined act's fix, and "
    "dismissing someone from a post no longer read as words), wrong 9 of 80 -> 5 of 81; times 2 doubtful of 67; "
    "entities 16 -> 15 plainly wrong of 109. Tried and left out: 'raze' in the lexicon (M2E2 one more unsupported "
    "prediction: demolition crews razing a camp); 'fraud', 'fraudulent', 'marred' and 'illegally' as criticism in "
    "statements (the trial's 'illegally intruded' found, 3 false accusations on M2E2: a crime named in passing, "
    "people 'here illegally'); the story's home country for an agentless passive arrest or conviction in a clause "
    "that names no place (3 actor countries right on the trial, RAMS recall 0.583 -> 0.586, but WikiEvents "
    "precision 0.575 -> 0.574 and, as the disposer caps an implied actor's confidence at 0.7, events kept at "
    "confidence >= 0.8 6 -> 4 on WikiEvents and 52 -> 51 on M2E2). Dev figures, before -> after: M2E2 0.751 / "
    "0.526 unchanged (at confidence >= 0.8 0.941 (51) -> 0.942 (52)), WikiEvents 0.685 / 0.575 unchanged, RAMS "
    "recall 0.580 -> 0.583; PLOVER records (type F1 0.855, actor coded right 273 of 319: no record's events "
    "change) and seed (8/8, 15/16) unchanged; the once-fired list gains `other-sense:agreement-held` (one M2E2 "
    "record: a country's standing peace treaty, told in a relative clause)."
)


ROUND_8 = (
    "Issue 12, eighth round (2026-12-06, night, **dev**, before -> after; `tests/test_events_news_generic.py` holds a "
    "team-written case for every fix): M2E2 precision 0.526 (338 of 643) -> 0.532 (338 of 635), recall 0.751 -> 0.751, "
    "occurred-only precision 0.550 (584) -> 0.558 (575), at confidence >= 0.8 0.941 (51) -> 0.941 (51); WikiEvents "
    "precision 0.575 (221) -> 0.585 (217), recall 0.685 -> 0.685, occurred-only 0.597 -> 0.609, at >= 0.8 1.000 (6) -> "
    "0.857 (7); RAMS recall 0.580 -> 0.574 (185 -> 183 of 319: an arms embargo that 'could only work if' neighbours "
    "cooperated is now hypothetical, and the disposer keeps no hypothetical bare noun; the set annotates it twice); "
    "PLOVER records (type F1 0.855, actor coded right 273 of 319) and seed (8/8, 0.94) unchanged. Target M2E2 "
    "precision 0.55 not met. Unsupported M2E2 predictions by cause, before -> after (305 -> 297): real events the "
    "set does not annotate 184 -> 185; hypothetical, generic, negated or planned 53 -> 47 (told as occurred 14 -> 7); "
    "a death told by its verb (scheme, not gamed) 33 -> 33; a visit on the set's Movement:Transport trigger 8 -> 8; "
    "non-political, private or ceremonial 18 -> 17; another sense 9 -> 7; their statuses after: occurred 254, "
    "planned 29, negated 6, hypothetical 8. WikiEvents (never trained on) by the same causes, 94 -> 90: real but "
    "unannotated 54 -> 54, a death or injury verb 17 -> 16, hypothetical, generic, negated or planned 14 -> 14 (a "
    "wrong status 4 -> 2), a court procedure or a police instruction 6 -> 5, another sense 1 -> 0, a wrong reading "
    "2 -> 1. What changed, by cause: statuses: an act named with 'a' under a modal is supposed ('an attack on a "
    "jet could be part of a wider campaign'), the acts a modal copula names ('would be acts such as blocking "
    "roads'), a gathering 'ahead of' which something happens is still to come, 'would eventually' or 'would later' "
    "in a past narration tells what came later (occurred, no THREATEN read into it), 'on their way to arrest' is a "
    "journey's purpose (planned, no promise); generic mentions, which name no particular act and are not output "
    "(PLOVER records particular events): a gerund judged in the present ('detaining protesters is an affront'), "
    "an act as the topic of a view ('changed his mind about torturing suspects'), acts counted in a trend ('attacks "
    "on Muslims growing in frequency', 'demonstrations vanished'); senses: striving against a decision ('fought to "
    "reverse the ruling', an infinitive the parser hangs as a clause of purpose), an inquiry addressing witnesses "
    "('urged any witnesses with tips to call'), an encounter in private life, a headline's 'Pleads Not Guilty', a "
    "programme attacked in words (ACCUSE). Tried and left out: acts told as a habit ('routinely', 'every week') as "
    "generic: the PLOVER records code 'soldiers routinely beat up detainees' as ASSAULT (a particular actor's habit is "
    "a series of real acts), and the filter cost that record and a RAMS event for one M2E2 and one WikiEvents false "
    "event; the purpose infinitive of a planned attack as planned ('prepare for an assault to retake the city'): one "
    "M2E2 matched event lost through the disposer's same-type-in-story feature; requests inside a courtroom (2 "
    "WikiEvents records, no evidence in the PLOVER records); greetings and press conferences (the set annotates "
    "'greets' and 'conference' as meetings)."
)


# Issue 12, general news: false events on everyday politics and business copy, judged by hand on the news corpus
GENERAL_NEWS = (
    "Issue 12, general news (2026-12-06, night, **dev**; hand checks on the 224-text news corpus of "
    "`benchmarks/corpus.py`, PolNeAR, MEANTIME and TempEval-3 dev texts, not the sets above): an output event counts "
    "as plausible when it is a PLOVER event of the right type, its status is right and its actor right or absent. "
    "Read to find the categories (in-sample): 13/40 and 15/40 on two random samples of the old output, then 20/40, "
    "17/40 and 17/40 on samples drawn after each round of fixes. Out of sample (fresh random samples of events never "
    "read, old and new output shuffled together before judging): 14/40 -> 14/40 at the second of five commits, 12/40 "
    "-> 20/40 on the final code, pooled 26/80 (0.33) -> 34/80 (0.43); samples of 40 move by about 3 either way, so "
    "the change is read better on what was removed: output 1,140 -> 1,043 events (103 removed, 6 added, 14 statuses "
    "changed, all 14 right); of 40 removed events sampled, two commits before the last, from the 69 never read, 38 "
    "were false (one real attack lost to a question-mark bug since fixed; one state airline purchase arguable). Of "
    "the 6 added, 5 are right (3 attacks in words now ACCUSE) and one is a nominal 'attacks' on a person no longer "
    "merged into the verbal one. The last commit keeps help given by a state, an agency or an organisation and "
    "warnings that speak for the warner or name a state's conduct (read on the M2E2 records' other types: a refugee "
    "council tending the displaced, a warner that speaks of its own answer to come), which brings back 5 false events "
    "on the corpus. Candidates dropped by category (141 firings): business and private senses "
    "80 (help with a task 26, private payments and commercial loans 22, a sale offered 8, a purchase 8, back to "
    "normal or backing off 4, harm to oneself 3, a price charged 2, a remedy sought in court 2, others 5); campaign "
    "coverage and the press 30 (a moderator's request 2, a policy proposed to voters 7, a debate or interview agreed to, invited to or met in "
    "6, an interviewer's question 6, a candidate speaking at a rally 3, popularity in a poll 3, others 3); warnings "
    "about a state of affairs 10; habitual and generic mentions 11; market and opinion commentary (a cause blamed, a "
    "fact accepted, a market rally) 9; a school attended 1. Statuses: an act in a direct question, under a noun of "
    "capacity or condition or a verb of wanting ('wants a common force to defend the bloc'), after 'need to', a bare "
    "modal, 'unable' or 'reluctant' is no longer told as occurred, and an exception to a denial ('has not said much "
    "beyond speaking with advisers') is. On the sets above, before -> after: recall, precision and predictions of the "
    "covered types unchanged (M2E2 0.751 / 0.526, WikiEvents 0.685 / 0.588, RAMS recall 0.580); M2E2 at confidence "
    ">= 0.8 0.941 (51) -> 0.942 (52) and occurred-only 0.550 (584) -> 0.549 (583), from changed statuses the "
    "disposer reads; RAMS actor right on found events 84 -> 83 of 158 (0.532 -> 0.525: 'ruled out that he poisoned "
    "himself' is no attack, and the gold's poisoning is now matched by 'poisoned by others', whose actor the set does "
    "not mark); PLOVER records (type F1 0.855, actor 273/319) and seed (8/8, 15/16) unchanged. The rules fire on "
    "the sets' uncovered types too (M2E2: contributed reporting, helping plan attacks, backing off, analysts' "
    "warnings); new single-record firings: press-credit and sell-an-offer (M2E2), private-payment (WikiEvents), "
    "on-a-stage and popularity (RAMS), each a category of the news corpus with its team-written tests. Tried and left out: a press "
    "conference as no consultation (M2E2 annotates news conferences as meetings: recall 0.751 -> 0.735, 7 events "
    "lost), 'often' and 'frequently' as habitual (RAMS annotates a group often paid by a state as aid), an attempt to act "
    "as not done (PLOVER records: an attempt on a life is the attack), acts of force told as habits dropped (PLOVER "
    "records: 'routinely beat detainees'), a charge 'for' something as a price (RAMS: 'charged hackers for "
    "espionage'). A later guard pass narrowed twelve of these rules to their category, after a review found them "
    "dropping real political and conflict events (a peace deal offered to rebels, a World Bank loan, ministers leaving "
    "a party, air defence systems a state deploys, a state pressing another 'over' a grievance, a state hosting talks, "
    "City Hall as a debate stage, a rally against fuel prices, a state warning 'that it would' act, a plan for a "
    "ceasefire, protesters' generic demands): a political actor (a country, a people, or a government, IGO, army, "
    "legislature, party, rebel, opposition, court or police sector of the actor lexicon, read on the heads of the "
    "actor's and the recipient's phrases) is never a business's customer, employer, lender or deployer, and a "
    "complement that names talks or a truce or a protest's words keep the event. On the 224-text corpus the output "
    "is unchanged (1,064 events before and after: none of the guarded constructions occurs there; a first cut that "
    "read actors anywhere in the phrases brought back 5 false business events and was narrowed); the sets above, the "
    "PLOVER records and the seed are unchanged. `tests/test_events_commentary.py` holds a team-written case for "
    "every fix and every guard."
)

LEAD_5 = (
    "Issue 12, lead's round (2026-12-06, night, **dev**). Hand checks on the same 224-text news corpus by the lead, "
    "with the rule above (plausible PLOVER event, right type and status, actor right or absent), on random samples of "
    "output events the helpers never saw: 12/40 on the output at the start of the round, 14/40 on a second, disjoint "
    "sample after the general-news merge (US politics commentary and business copy; samples of 40 move by about 3). "
    "Trial 5 (`tests/data/trial5/`, a team-written fuel-price protest told by five outlets, expectations written before "
    "the first run) found, by category, each fixed with team sentences that fail on the old code: a union or workers "
    "striking ('the union would strike from Thursday') read as an attack, now PROTEST 143; tear gas, water cannon, "
    "rubber bullets and stun grenades read as firearms, now ASSAULT 'crowd-control' (CAMEO 175) as the manual says, "
    "and the ACLED export writes them as Protests / Protest with intervention with the crowd as actor1 (GSR type F1 "
    "0.855 -> 0.853: one 0.5b1 record codes police using tear gas as PROTEST riot); putting off, suspending or "
    "cancelling one's own strike or march read as a rejected meeting or a ban, now CONCEDE 080; what an act is put "
    "off until ('until after the meeting') told as held, now planned; a day counted from another dated clause ('a day "
    "after police dispersed the march', 'a week after the truce was signed on July 20') and the day of the gathering "
    "an act was done at ('broke up Tuesday's protest') dated by the publication or the main clause; a singular 'he' "
    "or 'she' resolved to a collective or a body ('the family said he had been shot': the family shot); a body named "
    "for its workers and a generic role after its acronym or a possessive ('GFTW general secretary', 'the union's "
    "general secretary') coded GOV, now LAB; quotes whose content was a clause of time after the cue or a statement a "
    "semicolon closed, or lost a final '%'. None of these moves a figure of the sets above (PolNeAR content F1 0.762 "
    "-> 0.763). Tried and not kept: trusting the disposer's low scores less for COERCE other than arrests (the news "
    "sets label arrests and detentions only, so dispersals, bans and curfews are negatives in training): M2E2 "
    "precision 0.532 -> 0.518 (18 more predictions, none matched), GSR type F1 0.853 -> 0.850 (3 false COERCE), no "
    "event found on any set; so a dispersal or a ban the model scores under 0.2 is still dropped (trial 5: 'police "
    "dispersed them with tear gas' at 0.20, 'the government banned the march' at 0.18)."
)

PLOVER_6 = (
    "Issue 12, actor and recipient countries on news (2026-12-06, late night, **dev**, before -> after; "
    "`tests/test_events_story_country.py` and `tests/test_events_news_recipients.py` hold a team-written case for "
    "every fix, each failing on the code before): on the third hand trial (tests/data/trial6) wrong actor country "
    "17 -> 5 of 72 found events, wrong recipient country 20 -> 18 of the 39 found events whose expected recipient "
    "country is given; trials 3 to 5 (read by hand, no expected file for parties) 26 parties placed (13 actors, 13 "
    "recipients), 7 implied actors and 1 recipient added, none wrong; PLOVER records actor coded right 273 -> 275 of "
    "319, recipient 199 -> 202 of 287, actor country 0.844 -> 0.851, recipient country 0.679 -> 0.690, type F1 0.853 "
    "unchanged; seed 8/8, 0.94 unchanged; news sets: recall, precision and predictions unchanged (M2E2 0.751 / 0.531, "
    "644; WikiEvents 0.697 / 0.586, 220; RAMS recall 0.589), actor right unchanged (0.566 / 0.649 / 0.553), recipient "
    "right M2E2 0.627 and WikiEvents 0.607 unchanged, RAMS 0.458 -> 0.466 (54 -> 55 of 118); at confidence >= 0.8 "
    "M2E2 0.944 (54 events) -> 0.942 (52), WikiEvents 0.857 (7) -> 0.800 (5): four right events that now have an "
    "implied actor are capped at 0.7, as every implied actor is. Out of sample (the 224-text general news corpus, "
    "not read for this round): 151 parties placed or implied by the story; of 30 sampled at random, 27 right and 3 "
    "wrong (a phrase for foreign attackers placed in the story's country; two implied attackers of attacks in words, "
    "events already false). Wrong actor countries on trial6 by cause, before "
    "-> after: a domestic party named with no country in a story set in one country (a union leader, strikers, the "
    "opposition, victims' families, rebels' fighters, an exporters' association) 7 -> 1 (the association, coded as "
    "a non-governmental body); an agentless passive arrest, conviction or shooting whose clause names no place 4 -> "
    "0; a misparse that loses the subject 1 -> 0 (now an unidentified attacker of the right country); an act in a "
    "'where' clause 1 -> 0; left: a possessive pronoun resolved to the wrong neighbour, a regional demonym, a role "
    "in a body, a strike named by a noun with no actor. On trials 3 to 5 the same first two causes left 13 parties "
    "and 7 implied actors without a country (a court, a commission, a lawyer, officers, the union, the president "
    "of a short report naming Accra once). Recipients missed or wrong on the dev news sets by cause (RAMS "
    "62 of 118, M2E2 38 of 102, WikiEvents 22 of 56, before): the gold event matched through another event of its "
    "sentence (a killing for an attack, a shot for a stabbing) about 17; the gold argument in another sentence or out "
    "of the act's phrase about 20; goods or parties of the set's embargo and sanction roles that PLOVER codes no "
    "recipient for about 11; a pronoun the set marks where the coder gives none or its antecedent's span about 11; "
    "another phrase of the sentence about 22 (an attack's place the parse hangs elsewhere, a location, a member for "
    "its body); a passive or participle patient the rules missed about 8; reciprocal or coordinated parties about 5; "
    "the rest generic mentions with no recipient. What changed, all read after the disposer's verdict (so no event's "
    "fate moves): a domestic party of the actor lexicon with no country takes the story's country (where most of "
    "its places are, or the one country a short report names as a scene or a body's home), and so does the implied "
    "actor of a passive arrest, conviction or attack in a clause naming no place; an act in a 'where' clause is set "
    "in the place the clause is about; a passive joined to a clause is done to its subject, an infinitive passive on "
    "a copula's predicate to the copula's subject ('the first journalist to be arrested'), a verb with no object "
    "shares the object of the verb joined to it; envoys, monitors and peacekeepers are never placed by the scene or "
    "the story. Tried and left out: 'European' as the EU's demonym (3 trial parties; the lexicon leaves regions "
    "uncoded, as 'African' and 'Arab'); bodies with no sector or a non-governmental one placed by the story (1 trial "
    "party; international aid groups the institutions lexicon does not list would be placed in the country they work "
    "in); a pronoun resolved through its antecedent phrase keeping its own offsets (2 dev recipients; the rule that "
    "no act is done to its own doer compares those offsets)."
)


LEAD_6 = (
    "Issue 12, lead's round (2026-12-06, late night, **dev**). Can the disposer's thresholds meet M2E2's 0.55? With the "
    "shipped weights, dropping done acts of the four calibrated types under 0.3 instead of 0.2 gives M2E2 0.730 / "
    "0.559 (WikiEvents 0.679 / 0.599, RAMS 0.558); a retrain on this round's candidates ranks M2E2 better out of fold "
    "(ROC AUC 0.780) but WikiEvents worse (0.628 against 0.639) and meets it at no setting without losing more. Not "
    "shipped: the 69 M2E2 predictions that threshold removes were read one by one, 21 match the set and about 38 of "
    "the 48 unmatched are real events it leaves unannotated, so it trades about 59 real events for about 10 false, "
    "and the 10 RAMS events lost are all real (table of nine settings in `disposer_weights.md`). Fixed by category from "
    "WikiEvents' unmatched predictions at confidence >= 0.7 and a reviewer's probes, with team cases that fail on the "
    "old code: ruling out a cause, a motive, foul play or sabotage is no REJECT; the purpose of a journey still under "
    "way ('were heading to the border to attack') is planned, and what befell the journey in a 'when' clause "
    "('... when they were ambushed') is told done, not planned with a threat read into it. Second check of the "
    "story-country placement on trial 7 (written before that work, by another helper): 4 of its 13 wrong actor "
    "countries placed right. None of this moves the sets' figures."
)


PLOVER_7 = (
    "Issue 12, story country in multi-country stories (2026-12-06, late night, **dev**, before -> after; "
    "`tests/test_events_story_country.py` holds a team-written case for every fix, each failing on the code before; "
    "`python -m benchmarks.storyplace_probes` the probes): a reviewer's probes found the story's country right on 14 "
    "of 15 newly placed parties of single-country stories but 9 of 30 in stories naming two or three states. On 48 "
    "new team-written probe articles, expected countries written before the first run: single-country (16) placed "
    "right 10, wrong 0 -> right 10, wrong 0; multi-country (32) placed right 5, wrong 9 -> right 5, wrong 3 (the 3 "
    "left: 'Sri Lankan' unresolved by the entity pass, migrants placed by a destination the builder reads as the "
    "act's place, a possessive chain); 4 probes written after the first fix with the other state two sentences "
    "back: wrong 2 -> 2 (a lede rule fixed both but cost WikiEvents 3 right placements, so it was dropped). Fixed "
    "by cause: nothing is placed by the story when another state is named as a party or a people (a demonym of "
    "people, 'Tanzania's envoy', a foreign state's body) in the event's sentence or the one before, unless the act's "
    "own clause is set at home or those people are whom the act is done to; acts refugees, exiles or migrants tell "
    "of; the implied author of an act done to the home country's nationals; deportees, migrants and refugees; where "
    "a foreign scene is named there, an attack's or a coercion's target and implied author (not a court's "
    "conviction); a place in a relative or participle clause describing someone sets no story and, after the "
    "verdict, no implied author; where the deported are sent is not who sent them; an act or occasion noun is no "
    "recipient ('the talks were hosted by Qatar'); a verb with a phrase of its own before 'and' shares no object "
    "('attacked at dawn and took thirty prisoners'). All after the disposer's verdict: a first cut that read "
    "relative clauses and refugees' words before it lost a RAMS COERCE (recall 0.589 -> 0.586), and one that read "
    "'an attempt to assassinate' as a describing clause lost 2 PLOVER records (actor 275 -> 273). Figures, before "
    "-> after: PLOVER records actor coded right 275 -> 275 of 319, recipient 202 -> 202 of 287 (their events the "
    "same as before), seed unchanged; M2E2 0.751 / 0.530 (645), WikiEvents 0.697 / 0.586 (220), RAMS recall 0.589, "
    "actor and recipient right unchanged (RAMS recipient 0.466); WikiEvents at confidence >= 0.8 5 -> 6 events "
    "(0.800 -> 0.833): an arrest whose guessed author lost its country is no longer capped at 0.7, as only an "
    "implied actor the record names is. Cost, read by hand: 7 WikiEvents and 19 RAMS "
    "events lose a country the story gave a party: 9 were wrong (attackers and victims of strikes abroad given the "
    "striking state's country, oil tankers in Aleppo given Ukraine, sailors returned by Iran given Iran), 16 right "
    "(Thai, Afghan, Iraqi and Syrian parties in stories naming the US, China or France near them, a US stabbing's "
    "wounded), 1 unclear; no event gains or changes a country. The "
    "guards leave a party unplaced when another state is near, as the issue asks; on real news that costs more "
    "right placements than it removes wrong ones."
)


TRIAL_7 = (
    "Issue 12, fourth hand trial (2026-12-06, late night, **dev**, hand counts, before -> after; `tests/data/trial7/` "
    "holds the articles, the expected events and the protocol, `tests/test_events_trial7.py` the articles against "
    "their expected events, and each fix a team-written case in the fitting `tests/test_events_*.py` file): 10 new "
    "team-written wire articles weighted to the types the news sets barely label (aid delivered after a cyclone, "
    "diplomats expelled, troops massed and reservists called up, a minister's resignation, a law repealed, troops "
    "withdrawn, a security pact and joint patrols, endorsements for a U.N. post, a dam dispute, an extradition "
    "refused), 105 required events committed before the first run. Team-written, first run, unseen-style: 75 of 105 "
    "found, 13 false of 111 output (11 by the codebook's reading: signing is SUPPORT, the list wrote AGREE twice), "
    "wrong actor country 12 of 75, wrong date 8, wrong status 0. After (now in-sample): 94 of 105 (96 by the "
    "codebook's reading of signing), 6 false of 124 (4), wrong actor country 13 of 94 (11 of the first run's 12, "
    "and 2 newly found passives with no actor), wrong date 7, wrong status 0. Fixed by cause: a warning that the "
    "warner's own state will act ('warned that Moscow would respond', 'that it would defend' after a joined verb) "
    "was read as a warning about a state of affairs (3); relief goods, relief workers and training sent, shipped, "
    "flown in or provided had no trigger (4), and goods a business delivers or a business's own flights cut are no "
    "aid and no sanction; people thanked and a handover welcomed read as having no object (2); flights cut, "
    "airspace closed, a garrison reinforced, fighters driven out, a programme a state puts off over a grievance, "
    "an ordered release (the release, not a request), a state invited in the passive (6); a relative clause in the "
    "past perfect read as the content of a charge (1); an offer joined to a speaker's report (1); false events: an "
    "act under a negated verb of intent told as planned and threatened ('did not seek to break off relations'), an "
    "accord suspended as an agreement reached, one's own sovereignty defended as support, evidence destroyed as an "
    "attack, a meeting 'unlikely before September' as held; dates: 'over the weekend' (the time pass's 2027-W22-WE "
    "taken by no event), a clause counted in months ('a month after Somalia demanded'), a joined clause with a modal "
    "of its own dated by the first ('was fixed in 1974 and we will not negotiate it'); 'Caribbean Community' as the "
    "body CARICOM. Left: 11 misses (military helicopters sent to a disaster, foreign crews' rescues dropped as "
    "rescues from danger, a conditional threat without the word, 'Both were released', licences that 'would be "
    "restored', a handover merged into the withdrawal told in the same sentence, troops 'expected to leave', talks "
    "told only as 'after talks', an offer 'Cairo turned down' in a simple past relative clause, and the 2 signings); "
    "actor countries: people and bodies the story places only by its subject (the family, an opposition leader, "
    "'Their spokesman', 'Shikongo', tagged an organisation), passives and nouns with no actor, 'its defence "
    "ministry' resolved to the wrong state, Egypt's foreign minister placed by the country he accuses; dates: acts "
    "told as going on from a dated one ('within hours', 'also asked'), a time inside a participle or a complement "
    "('wanted in the case last month', 'asked ... to hand him over in March'). Tried and left out: a past relative "
    "clause with a subject of its own told apart from the content it sits in (the trial's 'an offer Cairo turned "
    "down' found, but 'urged both sides to respect the ceasefire they signed a week ago' then made a signing that "
    "joins trial 4's clusters of signing in the order reports arrive: tests/test_trial_four.py fails); talks 'after "
    "talks that lasted two days' kept from the talk-no-one filter (the disposer then drops them at 0.08). Dev "
    "figures, before -> after: M2E2 recall 0.751 -> 0.751, precision 0.531 (644 predictions) -> 0.530 (645): one "
    "generic 'bombing runs' in a sentence the weekend fix now dates ('a video released at the weekend'), which the "
    "disposer's dated feature lifts from 0.213 to 0.268, kept because acts told 'at' or 'over the weekend' now take "
    "their week instead of the publication day ('weekend' occurs 8, 1 and 5 times in the M2E2, WikiEvents and RAMS "
    "dev texts); WikiEvents 0.697 / 0.586 and RAMS recall "
    "0.589 unchanged; PLOVER records (type F1 0.853, actor coded right 273 of 319) and seed (8/8, 0.94) unchanged."
)


TRIAL_LEFT = (
    "Issue 12, the third and fourth hand trials' left misses by category (2026-12-06, late night, **dev**: both trials "
    "in-sample, hand-checkable counts by the scripts of `tests/test_events_trial7.py` and `tests/test_trial_six.py`, "
    "before -> after; `tests/test_events_trials_left.py` holds a team-written case for every fix, each failing on the "
    "code before): trial 7 found 94 -> 96 of 105, false 6 -> 6, wrong actor country 9 -> 7, wrong date 7 -> 3 (of "
    "96 found); trial 6 found 72 -> 73 of 79, wrong date 10 -> 11 (the new threat is dated when made, the list gives "
    "the day the strike would spread), wrong actor country 5 -> 5. By category: a threat told without the word, a "
    "response or a strike's escalation promised on an if/unless condition ('would take all necessary measures ... if "
    "drilling continued', 'the stoppage would spread ... unless'), is THREATEN made when said, aimed at who must meet "
    "the condition; a bare count or quantifier as a passive subject or object ('Both were released', 'Two were "
    "freed') counts the people named just before, and a passive release on bail or from custody is the state's; acts "
    "told 'within hours', 'hours later' or 'minutes later' take the day last told before, a time beside a participle "
    "of a state ('wanted in the case last month') is the act's, a past month of the year on what was asked ('asked "
    "Argentina to hand him over in March') dates the asking, and months are counted from a month ('six months after "
    "he was detained'); 'its defence ministry said' after a state's act is that state's body; a possessive opening a "
    "sentence that the entity pass left unresolved ('Their spokesman') is the subject of the sentence before when it "
    "agrees in number. Dev figures, before -> after: PLOVER records type F1 0.853 -> 0.853, actor coded right 275 -> "
    "275 of 319, recipient 202 -> 202 of 287; seed 8/8, 0.94 unchanged; M2E2 0.751 / 0.530 (645 predictions) "
    "unchanged, RAMS recall 0.589 unchanged; WikiEvents recall 0.697 unchanged, precision 0.586 (129 of 220) -> 0.584 "
    "(129 of 221): a car bomb that 'exploded' is kept beside the 'killed' of its sentence now that '12 were injured' "
    "counts people, a real attack the set annotates elsewhere in the story, not there. Rules that fire on one record "
    "only: 'dead-of-the-attack' is new on RAMS, since bare counts read as people (on RAMS no prediction's type, "
    "status, actor or recipient changed; one recipient, 'three' arrested, is now placed in Russia). Tried and left "
    "out: an official "
    "acting against a state named as a country or its capital placed by the dateline's country (trial 7's Egyptian "
    "foreign minister placed right, but three new team stories built the same way did not show the old error: a rule "
    "for one sentence); bare counts as active subjects too (a number read as the actor of 'injured' twice and of "
    "'assisting' once on the news sets)."
)

ACTORS_2 = (
    "Issue 12, actors, second round (2026-12-06, night, **dev**, before -> after; `tests/test_events_news_actors.py` "
    "and `tests/test_spacy_util.py` hold a team-written case for every fix, each failing on the code before): actor "
    "right M2E2 0.429 (75 of 175) -> 0.566 (99 of 175), WikiEvents 0.417 (15 of 36) -> 0.649 (24 of 37), RAMS 0.532 "
    "(84 of 158) -> 0.549 (89 of 162); recipient right 0.608 (62 of 102) / 0.618 (34 of 55) / 0.436 (51 of 117) -> "
    "0.627 (64 of 102) / 0.607 (34 of 56) / 0.445 (53 of 119) (WikiEvents: the same 34 right, one more event found "
    "that has a gold recipient); found events M2E2 328 -> 328 of 437, WikiEvents 113 -> 115 of 165, RAMS 185 -> 189 of "
    "319; precision M2E2 0.526 (338 of 643) -> 0.524 (342 of 653): 4 more right, 7 more unmatched, 1 false gone (of "
    "the 7, 5 are real events the set does not annotate: a news conference, a trip, the killing of an imam, a call "
    "between two presidents, a headline's killing; 2 are false: a planned bombardment, acid-attack survivors), "
    "WikiEvents 0.575 (127 of 221) -> 0.578 (129 of 223; the table's 0.579 rounds the scorer's 0.5785); PLOVER records actor coded right 273 of 319 = 0.856 -> 273 "
    "of 319 (one record's actor now the named bombers, not 'unidentified attacker'), type F1 0.855 -> 0.855, recipient "
    "coded right 199 of 287 unchanged; seed 8/8 core, 0.94 of output matching, unchanged; MEANTIME coreference 0.798 -> "
    "0.803; PolNeAR quotes (no target of this round; sentences now start at paragraph breaks) direct F1 0.835 -> 0.836, "
    "all 0.705 -> 0.705, direct content recall 0.904 -> 0.901 (2 fewer direct predictions). Found events with a wrong or missing actor, 195 -> 162: no actor while the sentence names one 73 -> 54, an "
    "implied actor while it names one 24 -> 14, another phrase 83 -> 78, the gold argument in another sentence 15 -> 16 "
    "(sorted by the scorer's spans; most of 'another phrase' is the scoring artefacts counted in the round before: a "
    "meeting where we name one party and the set the other, the gold event matched through another event). By cause, "
    "what changed: a line read as a headline (no final stop, the next line opening with a capital) or a paragraph "
    "break ends a sentence, and a title-case headline that a dash joins to the first sentence (a hyphen between two "
    "proper nouns is a name's), in the pipeline component that already splits datelines, offsets untouched (M2E2 2 "
    "actors and 1 recipient, WikiEvents 5 actors and 2 events, RAMS 4 events; a noun told before the verb of the same act, 'Iran's missile strike ... "
    "Iran fired', is no reference back: the event the split had cost); who took part in a meeting or rally, a speaker "
    "at a news conference, those who greet or shake hands before, after or for it, at a part of it ('on the "
    "sidelines of'), who holds a placard during a rally, who acts during clashes, the members of a body meeting, who "
    "cuts off or resumes talks (M2E2 9, RAMS 1); 'they' and 'their' for the many their sentence names as subject, in "
    "the entity pass and the coder ('the rebels mounted attacks as they battled', 'at their meeting', 'cited police "
    "as saying they made arrests'; M2E2 5); who had a part in an act ('Pakistan's involvement in the strike', "
    "'responsible for', 'implicated in'), a town before the act's noun is where, not who ('the Birmingham pub "
    "bombings'; 2); parses that hide the actor: a verb tagged as a noun with its own subject, a 'by' agent beside a "
    "subject, a body as nmod, a name the recogniser tags in part ('an Islamic State attack'; 5); the doer of the attack "
    "a passive verb of harm happened in ('killed in Turkish and Iraqi army airstrikes'), a body led by someone "
    "('U.S.-led coalition airstrikes'; 3); an arrest the police report ('Police said X was arrested'; 1), 'escorted by "
    "an officer following his arrest' (1). Recipients: words aimed at someone's things are aimed at whose they are ('an "
    "investigation into a batch of Clinton emails'; RAMS 2); a 'by' phrase the parser hangs on an active verb names "
    "who did its object ('criticised the arrests of the activists by police': police did them, and the criticism is "
    "aimed at police); concern voiced over an act is aimed at its author (no dev change, team cases). All the actors "
    "read around a noun, a possessor or an attack are given after the disposer's verdict, so they change no event's "
    "fate. Tried and left out: the gerund after 'what X is doing' ('what the army is doing, shelling the city': the army) "
    "-- the event then takes the negation of the main clause and the disposer drops it (RAMS recall 0.593 -> 0.586); a "
    "town compound taken out of the actor before the disposer (the disposer then dropped those events: WikiEvents "
    "recall 0.697 -> 0.673). Left: "
    "M2E2's paragraph joins inside texts ('Unrest-Alongside', 'China-Trump's') are the set's own format, not handled; "
    "'Arrests-Law' stays glued (two title-case words, read as a name's hyphen); wrong coreference of 'he' the entity "
    "pass does not resolve (a name tagged ORG); parses with no subject at all."
)


def scorer():
    spec = importlib.util.spec_from_file_location("score_events", NEWS / "score_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def gold(name: str) -> list[dict]:
    with open(NEWS / f"{name}_dev.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@lru_cache(maxsize=1)
def _pipeline():
    from newsgraph.pipeline import Pipeline

    return Pipeline()


def _docs(name: str, records: list[dict]) -> list:
    pipe = _pipeline()
    path = Path(CACHE) / f"{name}.pickle" if CACHE else None
    if path is not None and path.exists():
        from spacy.tokens import DocBin

        return list(DocBin().from_bytes(pickle.loads(path.read_bytes())).get_docs(pipe.nlp.vocab))
    docs = list(pipe.nlp.pipe((r["text"] for r in records), batch_size=16))
    if path is not None:
        from spacy.tokens import DocBin

        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(DocBin(store_user_data=True, docs=docs).to_bytes()))
    return docs


def predict(name: str) -> tuple[list[dict], list[dict]]:
    """(gold records, newsgraph's records as dicts) for one dev set."""
    from newsgraph.model import Article

    records = gold(name)
    pipe = _pipeline()
    out = []
    for r, doc in zip(records, _docs(name, records), strict=True):
        rec = pipe.record(Article(id=str(r["id"]), date=r.get("date") or "2016-01-01", text=r["text"]), doc)
        out.append(rec.to_dict())
    return records, out


def reliability(sc, records: list[dict], preds: list[dict]) -> list[tuple[float, float, int, int]]:
    """Per confidence bin: (low, high, predictions, right) over predictions of covered types."""
    docs = {str(r["id"]): r for r in records}
    counts: Counter = Counter()
    right: Counter = Counter()
    for p in preds:
        rec = docs[str(p["article"]["id"])]
        covered = set(rec.get("plover_types_covered") or [])
        doc = sc.Doc(rec)
        for ev in p["events"]:
            if ev["type"] not in covered:
                continue
            b = next(i for i in range(len(BINS) - 1) if BINS[i] <= ev["confidence"] < BINS[i + 1])
            counts[b] += 1
            right[b] += any(sc.match_info(doc, g, ev, {g["plover"]}, 30, True) is not None for g in rec["events"])
    return [(BINS[b], BINS[b + 1], counts[b], right[b]) for b in range(len(BINS) - 1)]


def at_least(sc, records: list[dict], preds: list[dict], threshold: float) -> dict:
    """Recall and precision of the predictions with confidence >= threshold."""
    kept = [{**p, "events": [e for e in p["events"] if e["confidence"] >= threshold]} for p in preds]
    return sc.score(records, kept)


def run_set(name: str) -> dict:
    sc = scorer()
    records, preds = predict(name)
    report = sc.score(records, preds)
    report["reliability"] = reliability(sc, records, preds) if report["precision"] else None
    report["at_0.8"] = at_least(sc, records, preds, 0.8)
    report["occurred"] = sc.score(records, [{**p, "events": [e for e in p["events"] if e["status"] == "occurred"]}
                                            for p in preds])
    report["preds"] = preds
    return report


def _fmt(v) -> str:
    return "-" if v is None else f"{v:.3f}"


def summary_rows(reports: dict[str, dict]) -> list[list]:
    rows = []
    for name, o in reports.items():
        prec = o["precision"]
        a, r = o["args"]["actor"], o["args"]["recipient"]
        rows.append([
            name, o["n_docs"], o["n_gold_events"], _fmt(o["recall_strict"]),
            _fmt(prec["precision_strict"]) if prec else "n/a", prec["pred_events_in_covered_types"] if prec else "-",
            _fmt(o["recall_lenient_types"]), f"{_fmt(a['acc_span'])} ({a['scored (gold found)']})",
            f"{_fmt(r['acc_span'])} ({r['scored (gold found)']})",
        ])
    return rows


def reliability_rows(reports: dict[str, dict]) -> list[list]:
    rows = []
    for name, o in reports.items():
        if not o["reliability"]:
            continue
        for lo, hi, n, ok in o["reliability"]:
            rows.append([name, f"[{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}", n, _fmt(ok / n) if n else "-"])
    return rows


def threshold_rows(reports: dict[str, dict], key: str = "at_0.8") -> list[list]:
    rows = []
    for name, o in reports.items():
        h = o[key]
        prec = h["precision"]
        rows.append([name, _fmt(h["recall_strict"]), _fmt(prec["precision_strict"]) if prec else "n/a",
                     prec["pred_events_in_covered_types"] if prec else "-"])
    return rows


def once_rows(reports: dict[str, dict]) -> str:
    from .bench_events import firing_summary

    return firing_summary({n: o["firings"] for n, o in reports.items() if "firings" in o})


def run() -> str:
    from newsgraph.extractors.eventcoding import firing

    reports = {}
    for name in SETS:
        with firing.counting() as counter:
            reports[name] = run_set(name)
        reports[name]["firings"] = counter
    targets = {"m2e2": (0.70, 0.55), "wikievents": (0.60, 0.55), "rams": (0.55, None)}
    lines = []
    for name, o in reports.items():
        prec = o["precision"]["precision_strict"] if o["precision"] else None
        want_r, want_p = targets.get(name, (None, None))
        figure = f"recall {o['recall_strict']:.3f}" + (f", precision {prec:.3f}" if prec is not None else "")
        want = f">= {want_r:.2f}" + (f" / >= {want_p:.2f}" if want_p else "") if want_r else ""
        met = None if want_r is None else o["recall_strict"] >= want_r and (want_p is None or (prec or 0) >= want_p)
        lines.append(summary("events on news", f"{name} dev half ({o['n_docs']} docs)", DEV,
                             "strict: same type, trigger within 30 characters or sentence, any status", figure, want, met))
    body = "\n".join(lines) + "\n\n" + (
        "Every figure **dev** (read to develop the coder, by error category; the held-out halves are the test). "
        "Strict rule for recall and precision alike (same PLOVER type, trigger within 30 characters or in the same "
        "sentence, any status); precision only on the sets that annotate every event of their types, and a lower "
        "bound. Actor / recipient: the predicted span overlaps a gold argument of that side, on found events "
        "(in brackets: how many found events had such a gold argument).\n\n"
        + table(["set", "docs", "gold events", "recall", "precision", "predictions", "recall (types the codebook also allows)",
                 "actor right", "recipient right"], summary_rows(reports))
        + "\n\nPer type (strict recall):\n\n"
        + table(["set", "type", "gold", "found", "recall"],
                [[n, t, v["gold"], v["found_strict"], _fmt(v["recall_strict"])] for n, o in reports.items()
                 for t, v in o["per_type"].items()])
        + "\n\nBefore the disposer and the work of issue 12 (2026-12-06, same scorer and rule): recall 0.510 / 0.358 / "
        "0.351 (M2E2 / WikiEvents / RAMS), precision 0.361 / 0.392, actor right 0.416 / 0.423 / 0.615."
        + "\n\n" + ROUND_4 + "\n\n" + ROUND_5 + "\n\n" + ROUND_6 + "\n\n" + TRIAL_2 + "\n\n" + ROUND_7
        + "\n\n" + TRIAL_3 + "\n\n" + ACTORS_1 + "\n\n" + ROUND_8 + "\n\n" + TRIAL_4
        + "\n\n" + GENERAL_NEWS + "\n\n" + ACTORS_2 + "\n\n" + LEAD_5 + "\n\n" + PLOVER_6 + "\n\n" + TRIAL_7 + "\n\n" + TRIAL_LEFT + "\n\n" + PLOVER_7 + "\n\n" + LEAD_6
        + "\n\nReliability of `confidence` (predictions of the covered types; precision = share matching a gold "
        "event, a lower bound), **dev**. The disposer that sets `confidence` was trained on M2E2 (and the PLOVER "
        "records), so the M2E2 rows are in-sample; its cross-validated table is in "
        "`newsgraph/extractors/eventcoding/disposer_weights.md`. WikiEvents was never trained on:\n\n"
        + table(["set", "confidence", "predictions", "precision"], reliability_rows(reports))
        + "\n\nKeeping only events with confidence >= 0.8, **dev**:\n\n"
        + table(["set", "recall", "precision", "predictions"], threshold_rows(reports))
        + "\n\nKeeping only events with status occurred (the README's filter for PLOVER's reading; the sets also "
        "annotate some planned, negated and hypothetical mentions), **dev**:\n\n"
        + table(["set", "recall", "precision", "predictions"], threshold_rows(reports, "occurred"))
        + "\n\n" + once_rows(reports)
    )
    return body


if __name__ == "__main__":
    print(run())
