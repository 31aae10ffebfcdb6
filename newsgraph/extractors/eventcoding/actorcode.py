"""Coding actor and recipient tokens: through the entity pass (pronouns and titles resolved there) and
``newsgraph.actors.code_phrase`` for groups that are not entities; the country of a group from the phrase around it
(its place, its backer, its possessor, the sentence's scene); international bodies coded as such.
"""

from __future__ import annotations

from typing import overload

from ...actors import code_phrase
from ...model import EventActor
from ...spacy_util import dateline_spans
from ..quoting.reporting import clause_subject, reporting_subject, speakers_body
from .arguments import coordinated_modifiers
from .firing import fired
from .frames import described_before, describes, reported_speakers
from .lexicon import word_class
from .patients import SINGULAR, many_people
from .possessors import reporting_owner, subject_before
from .triggers import PARTITIVES, lemma

GOVERNMENT_NOUNS = word_class("government_noun")  # lexicons/event_words.tsv


FOCUS_WORDS = {"only", "just", "even", "also", "merely", "solely", "mainly", "mostly", "especially", "particularly"}


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
    while start < tok.i and doc[start].lower_ in FOCUS_WORDS:
        start += 1  # "freed only 45 prisoners": the prisoners are "45 prisoners"; the focus is the writer's
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

    if "group" in object_class(tok, default()) or tok.pos_ == "NUM" or tok.lower_ in PARTITIVES:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return tok


def code(tok, ctx, role: str = "actor") -> EventActor | None:
    """The EventActor a head token names, or None for an unresolved pronoun or a non-actor word."""
    tok = through_collective(_participle_subject(tok))
    span = _np_span(tok)
    ent = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
    unknown_name = ent is None and tok.pos_ == "PROPN"
    role_in_body = _body_role(tok, ctx) if unknown_name or (ent is not None and ent.type == "GPE") else None
    if role_in_body is not None:  # "Kenzo Oshima, a UN envoy,": a name the tagger missed or took for a place
        return code(role_in_body, ctx, role)
    if ent is not None and (
        ent.type in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC") or ent.country or ent.sector
    ):
        return _entity_code(tok, span, ent, ctx, role)
    named = _named_appositive(tok, ctx) if ent is None else None
    if named is not None:  # "the opposition leader, Bobi Wine, condemned": the name, not the role
        return code(named, ctx, role)
    if tok.pos_ == "PRON":
        from .counted import counted_actor

        coded = counted_actor(tok, ctx, role)  # "detained two protesters ... Both were released"
        if coded is not None:
            return coded
        quoted = _quoted_speaker(tok, ctx)
        if quoted is not None:
            return entity_actor(quoted, tok.idx, tok.idx + len(tok.text), role)
        speaker = reporting_subject(tok, through_collective) or clause_subject(tok)
        if speaker is not None and tok.lower_ in SINGULAR and many_people(speaker):
            return None  # "the family said he had been shot": he is not the family
        return code(speaker, ctx, role) if speaker is not None else None
    if lemma(tok) in GOVERNMENT_NOUNS:  # "his administration", "the Bukele administration"
        for child in tok.children:
            if child.dep_ in ("poss", "compound"):
                owner = ctx.entity_at(child.idx, child.idx + len(child.text))
                if owner is not None and owner.country:
                    return EventActor(None, span.text, owner.country, "GOV", span.start_char, span.end_char)
    return _phrase_code(tok, span, ctx, role)


def _body_role(tok, ctx):
    """The apposition of a place-tagged name that names a role in an international or non-governmental body: a
    country or town takes no such role, a person does ("Kenzo Oshima, a UN envoy,")."""
    from ...lexicons import IGO_CODES

    for app in (c for c in tok.children if c.dep_ == "appos"):
        ent = ctx.entity_at(app.idx, app.idx + len(app.text))
        if ent is not None and ent.type in ("ORG", "PERSON") and (ent.sector in ("IGO", "NGO") or ent.country in IGO_CODES):
            return app
        if app.pos_ == "NOUN" and _named_body(app, ctx) is not None:  # "a United Nations envoy", "head of the UN office"
            return app
    return None


def _participle_subject(tok):
    """"The Red Cross operating in Yemen said": the parser makes the participle the subject, with the body as its
    own subject; the body is who acts."""
    if tok.pos_ == "VERB" and tok.tag_ == "VBG":
        return next((c for c in tok.children if c.dep_ == "nsubj"), tok)
    return tok


def _named_appositive(tok, ctx):
    """The person or body an apposition names after a role ("the company's founder, Ana Ruiz,"), or None. Also
    a name right after its role that the parser made a second subject ("the farmers' union Agrovia said": two
    subjects of "said")."""
    if tok.pos_ not in ("NOUN",):
        return None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    twin = after is not None and after.dep_ == tok.dep_ and after.head.i == tok.head.i and after.pos_ == "PROPN"
    for child in [c for c in tok.children if c.dep_ == "appos"] + ([after] if twin else []):
        ent = ctx.entity_at(child.idx, child.idx + len(child.text))
        if ent is not None and ent.type in ("PERSON", "ORG"):
            return child
    return None


def _entity_code(tok, span, ent, ctx, role: str) -> EventActor:
    """A named actor, placed by the phrase around it when the entity pass gives no country."""
    actor = entity_actor(ent, span.start_char, span.end_char, role)
    owner = reporting_owner(tok, ctx, actor.country)  # "its defence ministry said" after its state's act
    actor = EventActor(actor.entity, actor.name, owner or actor.country, actor.sector, actor.start, actor.end)
    ethnic = any(t.lower_ == "ethnic" for t in span)
    if ethnic or (ent.type == "NORP" and tok.tag_ in ("NNS", "NNPS")):
        # "ethnic Albanians in Serbia", "the Albanians of southern Serbia": citizens of where they live
        found = _located_country(tok, ctx, ("in", "of", "from") if ethnic else ("of",))
        if found:
            fired("ethnic-group-where-it-lives" if ethnic else "people-of-a-place")
            actor = EventActor(actor.entity, actor.name, found, actor.sector, actor.start, actor.end)
    if actor.country is None:  # "Iraqi Kurds", "rebels in Lebanon": the phrase around the name says where
        around = _outside_name(span, tok, ent)
        found = (_phrase_country(around, ctx) if len(around) else None) or _proxy_country(tok, ctx) or _located_country(tok, ctx)
        if found:
            actor = EventActor(actor.entity, actor.name, found, actor.sector, actor.start, actor.end)
    return actor


def _outside_name(span, tok, ent):
    """The phrase without a person's own name: "Sofia Mercieca" names no capital, "Georgia Lane" no state;
    "Bulgarian minister Sofia Mercieca" keeps "Bulgarian minister"."""
    if ent.type != "PERSON" or country_of_text(ent.name):  # "Sri Lanka" tagged as a person is still a country
        return span
    name = next((m for m in ent.mentions if m.start <= tok.idx < m.end), None)
    if name is None or name.kind != "name":
        return span  # "their forces": the phrase is the pronoun's
    first = next((t.i for t in span if t.idx >= name.start), span.end)
    return span.doc[span.start:first]


def _phrase_code(tok, span, ctx, role: str) -> EventActor:
    """A group that is no entity ("Kurdish rebels", "the junta"), coded by the phrase coder and the phrase around it."""
    from ... import geo

    country = sector = None
    name = span.text
    try:
        coded = code_phrase(span, ctx)
        country, sector, name = coded.country, coded.sector, coded.name or span.text
    except Exception:  # a bug in the phrase coder must not lose the event
        pass
    body = _named_body(tok, ctx)
    if body is not None:  # "Red Cross officials", "Amnesty researchers": people acting for the body, not their role
        fired("member-of-a-body")
        country, sector = body.country or country, body.sector
    if country is not None and _allegiance_only(span, country):
        country = None  # "the pro-Iranian Hizbollah group" is not Iranian
    if any(t.lower_ == "ethnic" for t in span):
        home = _located_country(tok, ctx)  # "ethnic Serb fighters living in Kosovo": where they live
        if home is not None and home != country:
            fired("ethnic-group-where-it-lives")
            country = home
    if country is None:
        country = _proxy_country(tok, ctx) or _located_country(tok, ctx) or _possessor_country(tok, ctx)
    country = country or (described_before(tok, ctx) if role == "actor" else None)
    if country is None and tok.ent_type_ in ("GPE", "LOC"):
        country = geo.country_of(tok.text)
    if country is None and role == "actor" and geo.seat_of_government(tok.text):
        country, sector = geo.seat_of_government(tok.text), sector or "GOV"
    if name.lower().startswith("the "):
        name = name[4:]
    return EventActor(None, name, country, sector, span.start_char, span.end_char)


def _named_body(tok, ctx):
    """The international or non-governmental body a modifier of the head names ("Red Cross" in "Red Cross
    officials") or its "of" phrase names ("members of the Red Cross", "officials of Amnesty International"), or None."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i]
    mods += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for c in mods:
        ent = ctx.entity_at(c.idx, c.idx + len(c.text))
        if ent is not None and ent.sector in ("IGO", "NGO"):
            return ent
    return None


def _possessor_country(tok, ctx) -> str | None:
    """'its troops', 'their forces': the country of whoever the possessive pronoun stands for, from the entity
    pass, else (in reported speech) the speaker: "Malian officials said their soldiers had pulled back"."""
    for poss in tok.children:
        if poss.dep_ != "poss" or poss.pos_ != "PRON" or poss.lower_ not in ("its", "their", "our"):
            continue
        ent = ctx.entity_at(poss.idx, poss.idx + len(poss.text))  # else "Their spokesman" opening a sentence
        if (found := ent.country if ent is not None and ent.country else subject_before(poss, ctx)) is not None:
            return found
        said = reported_speakers(tok, poss)
        if said is None:
            continue
        speakers = [c for c in said if c.pos_ != "PRON"]
        if speakers:
            coded = code(speakers[0], ctx, "actor")
            return coded.country if coded is not None else None
        return None
    return None


PROXY_VERBS = word_class("proxy_verb")  # lexicons/event_words.tsv


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


SETTLED = {"live", "base", "operate", "settle", "reside", "station", "stay", "work", "active"}


def _located_country(tok, ctx, preps: tuple = ("in", "of", "from")) -> str | None:
    from ... import geo

    # "rebels based in Lebanon", "Serbs living in Kosovo": the place of a participle describing the group
    kids = list(tok.children) + [k for a in tok.children if a.dep_ == "acl" and a.tag_ in ("VBG", "VBN")
                                 and lemma(a) in SETTLED for k in a.children]
    for prep in kids:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC"):
                    ent = ctx.entity_at(obj.idx, obj.idx + len(obj.text))
                    if ent is not None and ent.country:
                        return ent.country
                    return geo.country_of(obj.text) or _phrase_country(_np_span(obj), ctx)
    return None


FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}


def _quoted_speaker(pron, ctx):
    """'"We will not accept lessons," he said': I and we in a direct quote are its speaker (for "we", the
    speaker stands for the group they speak for, as event coders code it)."""
    if pron.lower_ not in FIRST_PERSON:
        return None
    for q in ctx.quotes:
        if q.kind in ("direct", "mixed") and q.start <= pron.idx < q.end and q.speaker:
            speaker = ctx.entity(q.speaker)
            if pron.lower_ in ("we", "us", "our") and speaker is not None and speaker.type == "PERSON":
                return speakers_body(pron.doc, q, ctx) or speaker
            return speaker
    return None


def _allegiance_only(span, country: str) -> bool:
    """True when the phrase names the country only as a side taken: "pro-Iranian", "anti-Syria"."""
    doc = span.doc
    for t in span:
        low = t.lower_
        for prefix in ("pro-", "anti-"):
            if low.startswith(prefix) and country_of_text(t.text[len(prefix) :]) == country:
                return True
        # the tokenizer splits "pro-Iranian" into "pro", "-", "Iranian"
        if t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in ("pro", "anti"):
            if country_of_text(t.text) == country:
                return True
    return False


def _phrase_country(span, ctx) -> str | None:
    try:
        return code_phrase(span, ctx).country
    except Exception:  # a bug in the phrase coder must not lose the event
        return None


ADJUNCT_CLAUSES = ("relcl", "acl", "advcl", "appos")


def own_clause(tok, asides: bool = True) -> list:
    """The tokens of the clause ``tok`` is told in, with the clauses that report it ("police said two men were
    killed in Kabul") but not the sentence it is an aside of ("talks in Addis Ababa, the first since fighting in
    which two soldiers were killed": the killing is not set in Addis Ababa); with ``asides`` False, nor the clauses
    that describe someone in it ("a man who fought in Ukraine was convicted": the conviction is not set in Ukraine;
    read after the disposer's verdict, which was fitted with them)."""
    anchor = tok
    while tok.dep_ not in ADJUNCT_CLAUSES and tok.head.i != tok.i:
        tok = tok.head
    if asides:
        return list(tok.subtree)
    described = [t for t in tok.subtree if describes(t) and t.i != tok.i
                 and not t.left_edge.i <= anchor.i <= t.right_edge.i]
    return [t for t in tok.subtree if not any(a.left_edge.i <= t.i <= a.right_edge.i for a in described)]


def scene_country(sent, ctx, scope=None) -> str | None:
    """The country where a sentence's action takes place: its first locative phrase naming a place (in
    ``scope``, a clause's tokens, when given)."""
    from ... import geo
    from .places import place_token

    for obj in sent if scope is None else scope:
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
                elif (found := country_of_text(m.text)) is not None:  # a demonym tagged as something else
                    out.append((m.start, found))
    for (
        ent
    ) in sent.ents:  # names and demonyms the entity pass folded into other mentions ("Ugandan opposition")
        if ent.label_ in ("GPE", "NORP"):
            found = country_of_text(ent.text) or geo.country_of(ent.text)
            if found:
                out.append((ent.start_char, found))
    out = [
        (pos, c) for pos, c in out
        if geo.country(c) is not None and not any(a <= pos < b for a, b in outside) and not across_border(sent, pos)
    ]
    if near is not None:
        out.sort(key=lambda pc: abs(pc[0] - near))
        return [c for _, c in out]
    return [c for _, c in sorted(out)]


def across_border(sent, pos: int) -> bool:
    """A country named as the far side of a border ("police at the border with Mexico") says where the border
    is, not whose the sentence's people are."""
    from .places import far_side

    tok = next((t for t in sent if t.idx <= pos < t.idx + len(t.text)), None)
    return tok is not None and (far_side(tok) or _destination(tok))


DESTINATION_PREPS = {"to", "toward", "towards", "into"}


def _destination(tok) -> bool:
    """A country named as where someone or something goes ("before his flight to Dubai", "the ambassador to
    France", "a visit to Kenya") says nothing of whose the sentence's people are."""
    head = tok
    while head.dep_ in ("compound", "flat", "amod") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in DESTINATION_PREPS and head.head.head.pos_ == "NOUN"


def country_of_text(text: str) -> str | None:
    try:
        from ...actors import country_of
    except ImportError:  # pragma: no cover
        return None
    hit = country_of(text)
    return hit[0] if hit else None


def code_all(tokens, ctx, role: str, each: list | None = None) -> list[EventActor]:
    """The distinct actors the tokens name, with the other countries of coordinated modifiers ("US and Iraqi
    forces"); ``each``, when given, receives every token's own code in token order (None where it names no
    actor), so a caller that needs them does not code the tokens a second time."""
    out: list[EventActor] = []
    for tok in tokens:
        actor = code(tok, ctx, role)
        if each is not None:
            each.append(actor)
        if actor is None:
            continue
        if all(actor.name != a.name or actor.entity != a.entity for a in out):
            out.append(actor)
        for mod in coordinated_modifiers(tok):
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


@overload
def as_body(actor: EventActor) -> EventActor: ...
@overload
def as_body(actor: None) -> None: ...
def as_body(actor: EventActor | None) -> EventActor | None:
    """An actor coded with an international body's code ("UN refugee agency" UNO, "EU foreign ministers" EUR, "NATO
    troops") acts for the body: sector IGO, as PLOVER codes the UN's agencies, missions and peacekeepers."""
    from ...lexicons import IGO_CODES

    if actor is None or actor.sector not in BODY_SECTORS or not (actor.country in IGO_CODES or actor.country == "IGO"):
        return actor
    fired("international-body")
    return EventActor(actor.entity, actor.name, actor.country, "IGO", actor.start, actor.end)
