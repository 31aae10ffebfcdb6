"""Actor and recipient from syntax: subjects, passive agents, objects, prepositional recipients, relative
clauses, control verbs, possessors of nominal triggers; coded through the entity pass (pronouns and titles
resolved there) and ``newsgraph.actors.code_phrase`` for groups that are not entities.
"""

from __future__ import annotations

from ...model import EventActor
from ...spacy_util import dateline_spans, in_dateline
from . import firing
from .triggers import RELATIVE_PRONOUNS, is_passive, lemma

try:  # the lead's actor coder; the event coder still runs (with plainer actors) without it
    from ...actors import code_phrase
except ImportError:  # pragma: no cover
    code_phrase = None

RECIPIENT_PREPS = {"with", "to", "against", "on", "upon", "toward", "towards", "at", "into", "for"}
FROM_TYPES = {
    "SANCTION",
    "RETREAT",
}  # "recalled its ambassador from X", "withdrew troops from X": X is the recipient
NOMINAL_RECIPIENT_PREPS = {"of", "with", "against", "on", "to", "toward", "towards", "at", "into", "between"}
OBJECT_CONTROL = {
    "urge",
    "ask",
    "order",
    "force",
    "persuade",
    "press",
    "invite",
    "allow",
    "tell",
    "call",
    "encourage",
    "help",
    "lead",
    "compel",
    "push",
}
GOVERNMENT_NOUNS = {
    "administration",
    "government",
    "regime",
    "cabinet",
    "ministry",
    "authorities",
    "authority",
    "state",
}
SUBJECT_DEPS = ("nsubj", "csubj", "expl", "nsubjpass")


def _np_span(tok):
    """The noun phrase a head token ends: its left modifiers up to the head (no relative clauses)."""
    doc = tok.doc
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in (
            "det",
            "amod",
            "compound",
            "nummod",
            "poss",
            "quantmod",
            "nmod",
            "advmod",
            "case",
            "punct",
        ):
            start = min(start, child.left_edge.i)
    start = _after_dateline(doc, start, tok)
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "case" or (child.dep_ == "compound"):
            end = max(end, child.i + 1)
    return doc[start:end]


def _after_dateline(doc, start: int, head) -> int:
    """The first token of a name that would reach back into a wire dateline ("OSORNO, Chile (Wire) - Police"):
    the parser hangs the dateline on the paragraph's first noun, but it says where the story was filed."""
    for _start, b in dateline_spans(doc):
        if doc[start].idx < b <= head.idx:
            while start < head.i and doc[start].idx < b:
                start += 1
    return start


def entity_actor(ent, start: int, end: int, role: str) -> EventActor:
    sector = ent.sector
    if sector is None and ent.type == "GPE" and role == "actor":
        sector = "GOV"  # a country or capital acting stands for its government
    return EventActor(entity=ent.id, name=ent.name, country=ent.country, sector=sector, start=start, end=end)


def through_collective(tok):
    """'a group of diplomats', 'thousands of Kurds': the people the collective head counts."""
    from .lexicon import default
    from .triggers import object_class

    if "group" in object_class(tok, default()) or tok.pos_ == "NUM":
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return tok


def code(tok, ctx, role: str = "actor") -> EventActor | None:
    """The EventActor a head token names, or None for an unresolved pronoun or a non-actor word."""
    from ... import geo

    tok = through_collective(tok)
    span = _np_span(tok)
    ent = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
    if ent is not None and (
        ent.type in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC") or ent.country or ent.sector
    ):
        actor = entity_actor(ent, span.start_char, span.end_char, role)
        ethnic = any(t.lower_ == "ethnic" for t in span)
        if ethnic or (ent.type == "NORP" and tok.tag_ in ("NNS", "NNPS")):
            # "ethnic Albanians in Serbia", "the Albanians of southern Serbia": citizens of where they live
            found = _located_country(tok, ctx, ("in", "of", "from") if ethnic else ("of",))
            if found:
                firing.fired("ethnic-group-where-it-lives" if ethnic else "people-of-a-place")
                actor = EventActor(actor.entity, actor.name, found, actor.sector, actor.start, actor.end)
        if actor.country is None:  # "Iraqi Kurds", "rebels in Lebanon": the phrase around the name says where
            found = _phrase_country(span, ctx) or _proxy_country(tok, ctx) or _located_country(tok, ctx)
            if found:
                actor = EventActor(actor.entity, actor.name, found, actor.sector, actor.start, actor.end)
        return actor
    if tok.pos_ == "PRON":
        quoted = _quoted_speaker(tok, ctx)
        if quoted is not None:
            return entity_actor(quoted, tok.idx, tok.idx + len(tok.text), role)
        speaker = _reporting_subject(tok)
        return code(speaker, ctx, role) if speaker is not None else None
    if lemma(tok) in GOVERNMENT_NOUNS:  # "his administration", "the Bukele administration"
        for child in tok.children:
            if child.dep_ in ("poss", "compound"):
                owner = ctx.entity_at(child.idx, child.idx + len(child.text))
                if owner is not None and owner.country:
                    return EventActor(None, span.text, owner.country, "GOV", span.start_char, span.end_char)
    country = sector = None
    name = span.text
    if code_phrase is not None:
        try:
            coded = code_phrase(span, ctx)
            country, sector, name = coded.country, coded.sector, coded.name or span.text
        except Exception:  # a bug in the phrase coder must not lose the event
            pass
    if country is not None and _allegiance_only(span, country):
        country = None  # "the pro-Iranian Hizbollah group" is not Iranian
    if country is None:
        country = _proxy_country(tok, ctx) or _located_country(tok, ctx) or _possessor_country(tok, ctx)
    if country is None and tok.ent_type_ in ("GPE", "LOC"):
        country = geo.country_of(tok.text)
    if country is None and role == "actor" and geo.seat_of_government(tok.text):
        country, sector = geo.seat_of_government(tok.text), sector or "GOV"
    if name.lower().startswith("the "):
        name = name[4:]
    return EventActor(None, name, country, sector, span.start_char, span.end_char)


def _possessor_country(tok, ctx) -> str | None:
    """'its troops', 'their forces': the country of whoever the possessive pronoun stands for, from the entity
    pass, else (in reported speech) the speaker: "Malian officials said their soldiers had pulled back"."""
    from .lexicon import default

    for poss in tok.children:
        if poss.dep_ != "poss" or poss.pos_ != "PRON" or poss.lower_ not in ("its", "their", "our"):
            continue
        ent = ctx.entity_at(poss.idx, poss.idx + len(poss.text))
        if ent is not None and ent.country:
            return ent.country
        verb = tok.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") and default().role(lemma(verb), "speech"):
                # not the phrase that holds the possessive ("said its chairman": the chairman is not his own speaker)
                speakers = [
                    c
                    for c in verb.children
                    if c.dep_ == "nsubj"
                    and c.pos_ != "PRON"
                    and c.i != tok.i
                    and not (c.left_edge.i <= poss.i <= c.right_edge.i)
                ]
                if speakers:
                    coded = code(speakers[0], ctx, "actor")
                    return coded.country if coded is not None else None
                return None
            if verb.head == verb:
                return None
            verb = verb.head
    return None


PROXY_VERBS = {
    "hire",
    "back",
    "fund",
    "sponsor",
    "appoint",
    "commission",
    "employ",
    "arm",
    "finance",
    "retain",
}


def _proxy_country(tok, ctx) -> str | None:
    """The country of whoever hired, backed or funded the group this token heads."""
    for acl in tok.children:
        if acl.dep_ == "acl" and lemma(acl) in PROXY_VERBS:
            for agent in acl.children:
                if agent.dep_ == "agent":
                    for obj in agent.children:
                        coded = code(obj, ctx, "actor") if obj.dep_ == "pobj" else None
                        if coded is not None and coded.country:
                            return coded.country
    return None


def _located_country(tok, ctx, preps: tuple = ("in", "of", "from")) -> str | None:
    from ... import geo

    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC"):
                    ent = ctx.entity_at(obj.idx, obj.idx + len(obj.text))
                    if ent is not None and ent.country:
                        return ent.country
                    return geo.country_of(obj.text) or _phrase_country(_np_span(obj), ctx)
    return None


def animate(tok, lex) -> bool:
    """Can this token's referent act? People, groups, organisations, places acting as governments."""
    from .triggers import match, object_class

    if cause_kind(tok, lex):
        return False
    if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"):
        return True
    if tok.pos_ == "PROPN":
        return True  # a name NER missed
    classes = object_class(tok, lex)
    if classes & ANIMATE_CLASSES:
        return True
    if "abstract" in classes or match(tok, lex) is not None:
        return False
    # a common noun acts only when it names people or a body: "protesters", "the junta", "the ministry";
    # not "the projections provide evidence", "the left winglet struck the hangar"
    from ... import actors

    word = tok.lemma_.lower()
    coded = actors.country_of(tok.text)
    return (
        (coded is not None and coded[1] in ("demonym", "people"))  # "Copts accused", "the Kurds"
        or actors.sector_of_tokens([tok], tok)[1] is not None
        or word in PEOPLE_NOUNS
        or (
            len(word) > 4 and word.endswith(AGENT_SUFFIXES)
        )  # fundamentalists, elders, residents, Kurdish-ians
    )


AGENT_SUFFIXES = ("ist", "er", "or", "ian", "ant", "ent", "ee")


ANIMATE_CLASSES = {"person", "group", "troops", "diplomat", "deportee"}
PEOPLE_NOUNS = {
    "people",
    "man",
    "woman",
    "person",
    "crowd",
    "mob",
    "group",
    "gunman",
    "assailant",
    "attacker",
    "resident",
    "villager",
    "citizen",
    "family",
    "member",
    "youth",
    "supporter",
    "leader",
    "force",
    "side",
    "party",
    "government",
    "country",
    "nation",
    "state",
    "company",
    "firm",
    "bank",
    "union",
    "coalition",
    "alliance",
    "bloc",
    "team",
    "committee",
    "council",
    "board",
    "agency",
    "authority",
    "administration",
    "regime",
    "junta",
    "militia",
    "faction",
    "movement",
    "organisation",
    "organization",
    "association",
    "federation",
    "network",
    "cell",
    "gang",
    "rebel",
    "insurgent",
    "fighter",
    "militant",
    "extremist",
    "terrorist",
    "jihadist",
    "hacker",
    "suspect",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "prosecutor",
    "judge",
    "court",
    "jury",
    "police",
    "army",
    "navy",
    "military",
    "troop",
    "soldier",
    "investor",
    "buyer",
    "seller",
    "shareholder",
    "creditor",
    "donor",
    "voter",
    "worker",
    "employee",
    "employer",
    "student",
    "teacher",
    "doctor",
    "nurse",
    "farmer",
    "trader",
    "protester",
    "demonstrator",
    "activist",
    "critic",
    "opponent",
    "rival",
    "ally",
    "partner",
    "neighbour",
    "neighbor",
    "host",
    "guest",
    "captor",
    "kidnapper",
    "hijacker",
    "pirate",
    "smuggler",
    "trafficker",
    "refugee",
    "migrant",
    "guard",
    "officer",
    "agent",
    "chief",
    "elder",
    "delegate",
    "delegation",
    "envoy",
    "cop",
    "crew",
    "staff",
    "personnel",
    "half",
    "camp",
    "wing",
    "arm",
    "branch",
    "unit",
    "squad",
    "brigade",
    "battalion",
    "division",
    "regiment",
    "platoon",
    "cabinet",
    "parliament",
    "senate",
    "house",
    "ministry",
    "department",
    "office",
    "embassy",
    "consulate",
    "mission",
    "clan",
    "tribe",
    "community",
    "population",
    "public",
    "electorate",
    "majority",
    "minority",
    "opposition",
    "establishment",
    "elite",
    "monarch",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "sheikh",
    "cleric",
    "imam",
    "priest",
    "bishop",
    "pope",
    "monk",
    "nun",
    "child",
    "boy",
    "girl",
    "baby",
    "mother",
    "father",
    "son",
    "daughter",
    "brother",
    "sister",
    "wife",
    "husband",
    "widow",
    "victim",
    "survivor",
    "witness",
    "hostage",
    "prisoner",
    "detainee",
    "inmate",
    "convict",
    "fugitive",
}


NATIONAL_ENTS = ("NORP", "GPE", "ORG")


def cause_kind(tok, lex) -> str | None:
    """What kind of non-actor cause a subject is: "hazard" for natural and accidental ones ("floods",
    "an earthquake", "Hurricane Maria"), "means" for an instrument of violence ("the blast", "a car bomb"),
    None for anything else. Read from the head noun, its plain singular and its compound modifiers
    (event_objects.tsv classes ``hazard`` and ``means``)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    forms = {lemma(tok), tok.lower_, tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_}
    forms |= {lemma(c) for c in tok.children if c.dep_ == "compound"}
    classes = set().union(*(lex.objects.get(f, ()) for f in forms))
    if "hazard" in classes:
        return "hazard"
    if "means" in classes:
        return "means"
    return None


def means_owner(tok) -> bool:
    """A means of violence whose user the phrase names: "Israeli fire", "a Russian missile", "the army's shelling"."""
    return means_agent(tok) is not None or any(
        c.dep_ == "poss"
        or (
            c.dep_ in ("amod", "compound", "nmod")
            and (c.ent_type_ in NATIONAL_ENTS or _country_of_text(c.text))
        )
        for c in tok.subtree
        if c.i < tok.i
    )


def means_agent(tok):
    """The by-agent of a means of violence: "shelling by government forces" -> forces."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def agentive(tok, actor, lex) -> bool:
    """Can this subject make a statement or a demand? A person, group or institution, a pronoun, a place standing
    for its government, or a phrase the actor coder gives a sector or country; not a thing, a quantity or a
    hazard ("the scale of this disaster demands a response")."""
    from .triggers import object_class

    if cause_kind(tok, lex):
        return False
    if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "FAC"):
        return True
    if object_class(tok, lex) & {"person", "group", "troops", "diplomat", "deportee"}:
        return True
    if actor is not None and (actor.entity or actor.sector):
        return True
    if "measure" in object_class(tok, lex):  # "the scale of this disaster", "the number of victims"
        return False
    return animate(tok, lex)


def institutional(tok, actor, lex) -> bool:
    """Stricter than ``agentive``: a person, group or institution the text or the actor coder names as such
    ("the junta", "Sudan", "they"), not any noun that is not abstract ("these exemptions allow")."""
    from .triggers import object_class

    if cause_kind(tok, lex):
        return False
    if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if object_class(tok, lex) & {"person", "group", "troops", "diplomat"}:
        return True
    return actor is not None and bool(actor.entity or actor.sector or actor.country)


SPEAKER_PRONOUNS = {"they", "he", "she", "it", "we"}


FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}


def _quoted_speaker(pron, ctx):
    """'"We will not accept lessons," he said': I and we in a direct quote are its speaker (for "we", the
    speaker stands for the group they speak for, as event coders code it)."""
    if pron.lower_ not in FIRST_PERSON:
        return None
    for q in ctx.quotes:
        if q.kind in ("direct", "mixed") and q.start <= pron.idx < q.end and q.speaker:
            return ctx.entity(q.speaker)
    return None


def _reporting_subject(pron):
    """'Rebels said they would attack': an unresolved subject pronoun of reported speech is the speaker."""
    from .lexicon import default

    if pron.lower_ not in SPEAKER_PRONOUNS or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pron.head
    if clause.dep_ != "ccomp" or not default().role(lemma(clause.head), "speech"):
        return None
    subj = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    plural = pron.lower_ in ("they", "we")
    # number agreement on the people a collective counts: "a group of leaders said they ..."
    if (
        subj
        and (through_collective(subj[0]).tag_ in ("NNS", "NNPS") or subj[0].tag_ in ("NNS", "NNPS")) == plural
    ):
        if pron.lower_ in ("he", "she") and _gender(subj[0]) not in (
            None,
            "m" if pron.lower_ == "he" else "f",
        ):
            return None  # "Shelby said he refused": she is not he
        return subj[0]
    return None


def _gender(tok) -> str | None:
    """'m' or 'f' from a name's given name or honorific ("Betty Shelby", "Mrs Shelby"), else None."""
    from ... import actors

    words = [t for t in tok.lefts if t.dep_ in ("compound", "flat")] + [tok]
    first = words[0].text.rstrip(".").lower()
    if first in ("mrs", "ms", "miss", "madam"):
        return "f"
    if first == "mr":
        return "m"
    return actors.first_names().get(words[0].text) if len(words) > 1 else None


def _classes(tok) -> set[str]:
    from .lexicon import default
    from .triggers import object_class

    return object_class(tok, default())


def _allegiance_only(span, country: str) -> bool:
    """True when the phrase names the country only as a side taken: "pro-Iranian", "anti-Syria"."""
    doc = span.doc
    for t in span:
        low = t.lower_
        for prefix in ("pro-", "anti-"):
            if low.startswith(prefix) and _country_of_text(t.text[len(prefix) :]) == country:
                return True
        # the tokenizer splits "pro-Iranian" into "pro", "-", "Iranian"
        if t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in ("pro", "anti"):
            if _country_of_text(t.text) == country:
                return True
    return False


def _phrase_country(span, ctx) -> str | None:
    if code_phrase is None:
        return None
    try:
        return code_phrase(span, ctx).country
    except Exception:  # a bug in the phrase coder must not lose the event
        return None


def scene_country(sent, ctx) -> str | None:
    """The country where a sentence's action takes place: its first locative phrase naming a place."""
    from ... import geo
    from .places import place_token

    for obj in sent:
        prep = (
            obj.head.head
            if obj.head.lower_ == "of" and obj.head.dep_ == "prep" and obj.head.head.pos_ == "ADP"
            else obj.head
        )
        if obj.dep_ != "pobj" or prep.lower_ not in ("in", "at", "near", "inside", "throughout", "outside"):
            continue  # "in X", "near X", "outside of X"; not "demonstrations against X"
        tok = place_token(obj)
        if tok is not None:
            ent = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
            if ent is not None and ent.country and ent.type in ("GPE", "LOC", "FAC"):
                return ent.country  # not "the UN Mission in Angola", an organisation named after the place
            found = geo.country_of(tok.text)
            if found:
                return found
    return None


STATE_SECTORS = {"GOV", "MIL", "JUD", "LEG", "COP"}


def sentence_countries(sent, ctx, near: int | None = None, outside: tuple = ()) -> list[str]:
    """Countries (not IGOs) the sentence names (places, demonyms, capitals, national institutions), in order,
    or nearest first to the character offset ``near``; none named inside the ``outside`` (start, end) spans."""
    from ... import geo

    out: list[tuple[int, str]] = []
    for ent in ctx.entities:
        for m in ent.mentions:
            if sent.start_char <= m.start < sent.end_char:
                if ent.country and ent.type != "PERSON":  # places, demonyms, national institutions
                    out.append((m.start, ent.country))
                elif (found := _country_of_text(m.text)) is not None:  # a demonym tagged as something else
                    out.append((m.start, found))
    for (
        ent
    ) in sent.ents:  # names and demonyms the entity pass folded into other mentions ("Ugandan opposition")
        if ent.label_ in ("GPE", "NORP"):
            found = _country_of_text(ent.text) or geo.country_of(ent.text)
            if found:
                out.append((ent.start_char, found))
    out = [
        (pos, c) for pos, c in out if geo.country(c) is not None and not any(a <= pos < b for a, b in outside)
    ]
    if near is not None:
        out.sort(key=lambda pc: abs(pc[0] - near))
        return [c for _, c in out]
    return [c for _, c in sorted(out)]


def _country_of_text(text: str) -> str | None:
    try:
        from ...actors import country_of
    except ImportError:  # pragma: no cover
        return None
    hit = country_of(text)
    return hit[0] if hit else None


def _resolve_relative(tok, verb):
    if tok.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return tok


def _with_conj(tok) -> list:
    return [tok, *[c for c in tok.children if c.dep_ == "conj"]]


def subject(verb, depth: int = 0) -> list:
    """The tokens that do the action of ``verb`` (active subject, passive agent, controller, relative head)."""
    if depth > 5:
        return []
    kids = list(verb.children)
    participle = (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in kids)
    )
    if is_passive(verb) or participle:  # "Asked to describe the device, O'Neill said": O'Neill was asked
        agents = [p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if not agents:  # "was stabbed and wounded by a guard": the agent hangs on the last conjunct
            agents = [
                p
                for cj in kids
                if cj.dep_ == "conj"
                and cj.tag_ == "VBN"
                and not any(a.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for a in cj.children)
                for c in cj.children
                if c.dep_ == "agent"
                for p in c.children
                if p.dep_ == "pobj"
            ]
        return [t for a in agents for t in _with_conj(a)]
    subj = [c for c in kids if c.dep_ in SUBJECT_DEPS and not in_dateline(c)]  # not "BAMAKO, Nov 20 (AFP) -"
    if not subj:  # a subject the parser hung on an auxiliary ("Egypt and Qatar are mediating")
        subj = [g for c in kids if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in SUBJECT_DEPS]
    if subj:
        return [t for s in subj for t in _with_conj(_resolve_relative(s, verb))]
    head = verb.head
    if (
        verb.dep_ in ("xcomp", "advcl")
        and head != verb
        and head.pos_ == "ADJ"
        and head.dep_ in ("acomp", "attr")
    ):
        return subject(head, depth + 1)
    if (
        verb.dep_ == "xcomp"
        and head != verb
        and is_passive(head)
        and not any(c.dep_ == "agent" for c in head.children)
    ):
        raised = [
            c for c in head.children if c.dep_ == "nsubjpass"
        ]  # "is expected to use", "was said to have"
        if raised:
            return [t for r in raised for t in _with_conj(_resolve_relative(r, head))]
    if verb.dep_ in ("xcomp", "advcl") and head != verb:
        if lemma(head) in OBJECT_CONTROL:
            objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if objs:
                return _with_conj(objs[0])
        return subject(head, depth + 1)
    if verb.dep_ == "conj" and head != verb and is_passive(head) and not is_passive(verb):
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in kids):
            # "was stabbed and wounded by a guard", "were beaten and forced out": a passive sharing the auxiliary
            agents = [p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            return [t for a in agents for t in _with_conj(a)] or subject(head, depth + 1)
        # "was suspended by the council and resigned": the one who resigns is the passive subject, not the agent
        return [
            t for c in head.children if c.dep_ == "nsubjpass" for t in _with_conj(_resolve_relative(c, head))
        ]
    if verb.dep_ in ("conj", "acomp", "attr") and head != verb:
        return subject(head, depth + 1)
    if verb.dep_ in ("acl", "relcl") and head != verb:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            owners = [c for c in head.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")]
            if owners:  # "Brazil's decision to evict them": whose decision
                return _with_conj(owners[0])
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and head.head != head:
            return subject(head.head, depth + 1) if head.head.pos_ in ("VERB", "AUX") else []
        if "abstract" in _classes(head) and head.head != head and head.head.pos_ in ("VERB", "AUX"):
            return subject(head.head, depth + 1)  # "issued a declaration demanding": who issued it
        return _with_conj(head)  # "police using tear gas", "the man who attacked"
    if verb.dep_ == "pcomp" and head.head != head:  # "accused of attacking": the accused
        return []
    return []


def recipient(verb, nominal_trigger=None, type_: str | None = None) -> list:
    """The tokens the action is done to: object, dative, passive subject, prepositional recipient."""
    kids = list(verb.children)
    if is_passive(verb):
        pats = [_resolve_relative(c, verb) for c in kids if c.dep_ == "nsubjpass"]
        if not pats and verb.dep_ == "acl":
            pats = [verb.head]
        if pats:
            return [t for p in pats for t in _with_conj(p)]
    out = []
    for c in kids:
        if c.dep_ == "dative" and c.pos_ == "ADP":  # "sent aid to Haiti" parsed with a dative "to"
            out.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "dative" or (c.dep_ == "dobj" and c != nominal_trigger):
            out.append(c)
    for c in kids:
        if c.dep_ == "prep" and (c.lower_ in RECIPIENT_PREPS or (c.lower_ == "from" and type_ in FROM_TYPES)):
            out.extend(p for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME"))
    for c in kids:  # through the object: "imposed sanctions on X", "threatened action against X"
        if c.dep_ == "dobj":
            for prep in c.children:
                if prep.dep_ == "prep" and (
                    prep.lower_ in NOMINAL_RECIPIENT_PREPS - {"of"}
                    or (prep.lower_ == "from" and type_ in FROM_TYPES)
                ):
                    out.extend(p for p in prep.children if p.dep_ == "pobj")
    return [t for o in out for t in _with_conj(o)]


INTRANSITIVE_NOUNS = {
    "withdrawal",
    "retreat",
    "resignation",
    "arrival",
    "visit",
    "protest",
    "demonstration",
    "strike",
    "march",
    "rally",
    "riot",
    "surrender",
    "trip",
    "walkout",
    "boycott",
    "hunger",
    "offensive",
    "advance",
}


def nominal_actor(noun) -> list:
    """Who does what a noun names: its possessor, "by" phrase, a national modifier ("US strikes"), or for
    intransitive acts the "of" phrase ("the withdrawal of the forces")."""
    if noun.lower_ in INTRANSITIVE_NOUNS or lemma(noun) in INTRANSITIVE_NOUNS:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                found = [t for p in c.children if p.dep_ == "pobj" for t in _with_conj(p)]
                if found:
                    return found
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME"):  # not "last month's invasion"
            return _with_conj(c)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return [t for p in c.children if p.dep_ == "pobj" for t in _with_conj(p)]
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"):
            return _with_conj(c)
    for c in noun.children:  # "fighting between the army and a militia": both sides act
        if c.dep_ == "prep" and c.lower_ == "between":
            return [t for p in c.children if p.dep_ == "pobj" for t in _with_conj(p)]
    return []


def nominal_recipient(noun) -> list:
    out = []
    intransitive = noun.lower_ in INTRANSITIVE_NOUNS or lemma(noun) in INTRANSITIVE_NOUNS
    for c in noun.children:
        if (
            c.dep_ == "prep"
            and c.lower_ in NOMINAL_RECIPIENT_PREPS
            and not (intransitive and c.lower_ == "of")
        ):
            out.extend(
                p for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")
            )  # not "on Monday"
    return [t for o in out for t in _with_conj(o)]


def coordinated_modifiers(tok) -> list:
    """'Hungarian and Romanian officials': the coordinated national modifiers after the first."""
    out = []
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod"):
            out.extend(g for g in c.children if g.dep_ == "conj")
    return out


def code_all(tokens, ctx, role: str) -> list[EventActor]:
    out: list[EventActor] = []
    for tok in tokens:
        actor = code(tok, ctx, role)
        if actor is not None and all(actor.name != a.name or actor.entity != a.entity for a in out):
            out.append(actor)
        for mod in coordinated_modifiers(tok) if actor is not None else ():
            co = code(mod, ctx, role)
            if co is not None and co.country and co.country != actor.country:
                out.append(
                    EventActor(
                        None,
                        f"{mod.text} {tok.text}",
                        co.country,
                        actor.sector,
                        mod.idx,
                        tok.idx + len(tok.text),
                    )
                )
    return out


def code_pairs(tokens, ctx) -> list:
    out = []
    for tok in tokens:
        actor = code(tok, ctx, "recipient")
        if actor is not None:
            out.append((actor, tok))
    return out


def is_actorlike(actor: EventActor) -> bool:
    return bool(actor.entity or actor.country or actor.sector)


BODY_SECTORS = {None, "GOV", "MIL", "COP", "LEG", "JUD", "SPY"}


def as_body(actor: EventActor | None) -> EventActor | None:
    """An actor coded with an international body's code ("UN refugee agency" UNO, "EU foreign ministers" EUR, "NATO
    troops") acts for the body: sector IGO, as PLOVER codes the UN's agencies, missions and peacekeepers."""
    from ...lexicons import IGO_CODES

    if actor is None or actor.sector not in BODY_SECTORS or not (actor.country in IGO_CODES or actor.country == "IGO"):
        return actor
    firing.fired("international-body")
    return EventActor(actor.entity, actor.name, actor.country, "IGO", actor.start, actor.end)

