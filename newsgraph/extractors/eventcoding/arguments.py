"""Actor and recipient tokens from syntax: subjects, passive agents, objects, prepositional recipients, relative
clauses, control verbs, possessors of nominal triggers. Coding the tokens is ``actorcode``'s work; whether a
subject can act at all is ``animacy``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...spacy_util import in_dateline
from .lexicon import PEOPLE_CLASSES, word_class
from .triggers import RELATIVE_PRONOUNS, REPORTING, is_passive, lemma, misattached_conj, reporting_inversion

if TYPE_CHECKING:  # spaCy types only: the tokens come from the pipeline
    from spacy.tokens import Token

RECIPIENT_PREPS = {"with", "to", "against", "on", "upon", "toward", "towards", "at", "into", "for"}


FROM_TYPES = {
    "SANCTION",
    "RETREAT",
    "COERCE",
}  # "recalled its ambassador from X", "withdrew troops from X", "seized weapons from X": X is the recipient


NOMINAL_RECIPIENT_PREPS = {"of", "with", "against", "on", "to", "toward", "towards", "at", "into", "between"}


OBJECT_CONTROL = word_class("object_control_verb")  # lexicons/event_words.tsv


SUBJECT_DEPS = ("nsubj", "csubj", "expl", "nsubjpass")


def classes_of(tok) -> set[str]:
    from .lexicon import default
    from .triggers import object_class

    return object_class(tok, default())


def animate_token(tok) -> bool:
    from .animacy import animate
    from .lexicon import default

    return animate(tok, default())


def resolve_relative(tok, verb):
    if tok.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return tok


def with_conj(tok) -> list:
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
    # "a drone shot down by a jet": a "by" agent of people or their means makes the verb passive, whatever
    # subject the parser gave it
    agents = passive_agents(kids) if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in kids)) else []
    misread = bool(agents) and all(names_who(a) or animate_token(a) or classes_of(a) & {"means", "weapons"} for a in agents)
    misread = misread and not _act_object_before(kids, agents)
    if is_passive(verb) or participle or misread:  # "Asked to describe the device, O'Neill said": O'Neill was asked
        return passive_agents(kids)
    subj = [c for c in kids if c.dep_ in SUBJECT_DEPS and not in_dateline(c)]  # not "BAMAKO, Nov 20 (AFP) -"
    if not subj:  # a subject the parser hung on an auxiliary ("Egypt and Qatar are mediating")
        subj = [g for c in kids if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in SUBJECT_DEPS]
    if subj:
        return [t for s in subj for t in with_conj(resolve_relative(s, verb))]
    if verb.head == verb:
        return []
    if verb.dep_ in ("xcomp", "advcl"):
        return _controller(verb, depth)
    if verb.dep_ == "pcomp":
        return _gerund_subject(verb, depth)
    return _clause_subject(verb, kids, depth)


# prepositions after which a gerund says what the object of the verb did: "accused the governor of ordering",
# "charged him with planning", "stopped the farmers from marching", "praised the envoy for meeting"
SAID_OF_OBJECT = {"of", "for", "from", "with"}
# prepositions of time and means: the gerund tells an act of the clause's subject ("after meeting", "by attacking");
# after others it names a stance, a thought or a topic ("not for deporting", "thinking of attacking")
DONE_PREPS = {"after", "before", "by", "since", "upon", "on", "while", "following"}


def _gerund_subject(verb, depth: int) -> list:
    """Who does what a gerund after a preposition says: "spoke to reporters after meeting the envoy", "hugged
    them before detonating the bomb" (the subject of the clause it hangs on); "was charged with planning" (the
    passive's subject); "accused the governor of ordering" (the object, of whom it is said)."""
    prep = verb.head
    head = prep.head
    # not under a noun: "a policy of seizing firms", "an interest in attacking" name a course, no act done
    if verb.tag_ != "VBG" or prep.dep_ != "prep" or head == prep or head.pos_ not in ("VERB", "AUX"):
        return []
    kids = list(head.children)
    said_of = prep.lower_ in SAID_OF_OBJECT
    objs = [c for c in kids if c.dep_ == "dobj" and animate_token(c)] if said_of else []
    if is_passive(head) and not any(c.dep_ == "agent" for c in kids) and (said_of or prep.lower_ in DONE_PREPS):
        doers = [t for c in kids if c.dep_ == "nsubjpass" for t in with_conj(resolve_relative(c, head))]
    elif objs:
        doers = with_conj(objs[0])
    elif prep.lower_ in DONE_PREPS:
        doers = subject(head, depth + 1)
    else:
        return []
    # only people or groups: "the call was made just before meeting the envoys" says nothing of who met them
    return doers if doers and all(animate_token(t) for t in doers) else []


def passive_agents(kids: list) -> list:
    """The by-agents of a passive; "was stabbed and wounded by a guard": the agent hangs on the last conjunct."""
    agents = [p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not agents:
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
    return [t for a in agents for t in with_conj(a)]


def _controller(verb, depth: int) -> list:
    """Who does what an infinitive or adverbial clause says: "is willing to withdraw", "is expected to use"
    (the raised subject), "urged Iran to free" (the object of a verb of object control), else the head's subject."""
    head = verb.head
    if head.pos_ == "ADJ" and head.dep_ in ("acomp", "attr"):
        return subject(head, depth + 1)
    if verb.dep_ == "xcomp" and is_passive(head) and not any(c.dep_ == "agent" for c in head.children):
        raised = [c for c in head.children if c.dep_ == "nsubjpass"]  # "is expected to use", "was said to have"
        if raised:
            return [t for r in raised for t in with_conj(resolve_relative(r, head))]
    if lemma(head) in OBJECT_CONTROL:
        objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        if objs:
            return with_conj(objs[0])
    return subject(head, depth + 1)


def _clause_subject(verb, kids: list, depth: int) -> list:
    """The subject a conjunct, a predicate or a relative or infinitival clause takes from its head."""
    joined = misattached_conj(verb)
    if joined is not None:
        return subject(joined, depth + 1)
    head = verb.head
    if verb.dep_ == "conj" and is_passive(head) and not is_passive(verb):
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in kids):
            # "was stabbed and wounded by a guard", "were beaten and forced out": a passive sharing the auxiliary
            agents = [p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            return [t for a in agents for t in with_conj(a)] or subject(head, depth + 1)
        # "was suspended by the council and resigned": the one who resigns is the passive subject, not the agent
        pats = [t for c in head.children if c.dep_ == "nsubjpass" for t in with_conj(resolve_relative(c, head))]
        if (verb.tag_ == "VBD" and head.dep_ == "ccomp" and lemma(head.head) in REPORTING
                and not any(animate_token(p) for p in pats)):
            # "said the vote was well run but criticised the misuse": no vote criticises; the one who said does
            return subject(head.head, depth + 1)
        return pats
    if verb.dep_ in ("conj", "acomp", "attr"):
        return subject(head, depth + 1)
    if verb.dep_ in ("acl", "relcl"):
        return with_conj(head) if reporting_inversion(verb) else _relative_subject(verb, kids, depth)
    return []


def _relative_subject(verb, kids: list, depth: int) -> list:
    head = verb.head
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        owners = [c for c in head.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")]
        if owners:  # "Brazil's decision to evict them": whose decision
            return with_conj(owners[0])
        if head.head != head:
            return subject(head.head, depth + 1) if head.head.pos_ in ("VERB", "AUX") else []
    if "abstract" in classes_of(head) and head.head != head and head.head.pos_ in ("VERB", "AUX"):
        return subject(head.head, depth + 1)  # "issued a declaration demanding": who issued it
    return with_conj(head)  # "police using tear gas", "the man who attacked"


PERMITTING = {"allow", "permit", "let", "authorize", "authorise"}


def names_who(tok) -> bool:
    """People, a body or a country, or what a named body sends ("UN planes"); not "the elections"."""
    named = ("PERSON", "ORG", "NORP", "GPE")
    return tok.pos_ != "PRON" and (tok.ent_type_ in named or any(
        c.dep_ == "compound" and c.ent_type_ in named for c in tok.children) or bool(
        classes_of(tok) & {"person", "group", "troops", "diplomat", "monitor", "deportee"}))


def is_party(tok) -> bool:
    """Someone words can be aimed at: a personal pronoun, a name, people or a body ("them", "the witnesses")."""
    return tok.lower_ in PERSONAL or names_who(tok) or lemma(tok) in PARTY_NOUNS


def _allowed(verb, kids: list) -> list:
    """"allowed UN monitors to enter": the parser makes whom a permitting verb lets act the subject of its clause."""
    if lemma(verb) not in PERMITTING:
        return []
    return [s for c in kids if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj" and names_who(s)]


def recipient(verb, nominal_trigger=None, type_: str | None = None) -> list:
    """The tokens the action is done to: object, dative, passive subject, prepositional recipient."""
    kids = list(verb.children)
    if is_passive(verb):
        pats = [resolve_relative(c, verb) for c in kids if c.dep_ == "nsubjpass"]
        if not pats and verb.dep_ == "acl":
            pats = [verb.head]
        if pats:
            return [t for p in pats for t in with_conj(p)]
    out: list[Token] = []
    for c in kids:
        if c.dep_ == "dative" and c.pos_ == "ADP":  # "sent aid to Haiti" parsed with a dative "to"
            out.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "dative" or (c.dep_ == "dobj" and c != nominal_trigger):
            out.append(c)
    for c in kids:
        if c.dep_ == "prep" and (c.lower_ in RECIPIENT_PREPS or (c.lower_ == "from" and type_ in FROM_TYPES)):
            out.extend(p for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME"))
    if not out:
        out = _allowed(verb, kids)
    for c in kids:  # through the object: "imposed sanctions on X", "threatened action against X"
        if c.dep_ == "dobj":
            for prep in c.children:
                if prep.dep_ == "prep" and (
                    prep.lower_ in NOMINAL_RECIPIENT_PREPS - {"of"}
                    or (prep.lower_ == "from" and type_ in FROM_TYPES)
                ):
                    out.extend(p for p in prep.children if p.dep_ == "pobj")
    return [t for o in out for t in with_conj(o)]


INTRANSITIVE_NOUNS = word_class("intransitive_noun")  # lexicons/event_words.tsv


UNDERGONE = word_class("undergone_noun")  # lexicons/event_words.tsv


def undergone(noun) -> bool:
    """"his arrest", "Rousseff's trial", "the envoy's expulsion": a noun of an act done to someone, whose possessor
    undergoes it, unless an "of" phrase names who does ("the army's arrest of the editor")."""
    return lemma(noun) in UNDERGONE and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def nominal_actor(noun) -> list:
    """Who does what a noun names: its possessor, "by" phrase, national modifier ("US strikes"), or an intransitive's "of"."""
    if noun.lower_ in INTRANSITIVE_NOUNS or lemma(noun) in INTRANSITIVE_NOUNS:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                found = [t for p in c.children if p.dep_ == "pobj" for t in with_conj(p)]
                if found:
                    return found
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME"):  # not "last month's invasion"
            return with_conj(c)
    for c in noun.children:  # "by", also where the parser hangs it on the "of" object ("the arrests of journalists by police")
        objs = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("by", "of") else []
        objs = objs if c.lower_ == "by" else [q for p in objs for b in p.children if b.lower_ == "by" for q in b.children if q.dep_ == "pobj"]
        if objs:
            return [t for p in objs for t in with_conj(p)]
    found = verb_by(noun)
    if found:
        return found
    for c in noun.children:
        if (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")) or (
                c.dep_ == "nmod" and c.ent_type_ in ("NORP", "ORG")):  # "an FBI corruption inquiry"; not "the Paris attacks"
            return with_conj(c)
    for c in noun.children:  # "fighting between the army and a militia": both sides act
        if c.dep_ == "prep" and c.lower_ == "between":
            return [t for p in c.children if p.dep_ == "pobj" for t in with_conj(p)]
    return []


# the people classes and monitors (inspectors, observers), whom animacy reads by its other clues (-or, -er, sectors)
PARTY_CLASSES = PEOPLE_CLASSES | {"monitor"}
NAMED = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC")
FAILINGS = word_class("failing_noun")  # lexicons/event_words.tsv
PARTY_NOUNS = word_class("people_noun") | word_class("government_noun")


def names_no_party(tok) -> bool:
    """A noun of an act, a failing or a thing said ("a flagrant disregard", "the suppression", "the plan"), not of
    someone who can be the target of words: no name, no people, no body."""
    from .lexicon import default
    from .triggers import match

    if tok.pos_ != "NOUN" or tok.ent_type_ in NAMED or lemma(tok) in PARTY_NOUNS or classes_of(tok) & PARTY_CLASSES:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
        return True  # "an admission by Moscow": a noun with an agent names an act
    return lemma(tok) in FAILINGS or bool(classes_of(tok) & {"abstract", "policy"}) or match(tok, default()) is not None


def act_author(noun, depth: int = 0) -> list:
    """Who does the act or has the failing a noun names, the target of words aimed at it: its possessor, "by"
    phrase or national modifier ("Serbia's suppression", "violations by the army", "Israeli raids"), or through an
    "of" phrase that names another act ("a disregard of the United States' obligations"); none when no one is named."""
    found = nominal_actor(noun) or _participle_agent(noun)
    if found or depth > 2:
        return found
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (names_no_party(obj) or _participle_agent(obj)):
                    return act_author(obj, depth + 1)
    return []


def _act_object_before(kids, agents) -> bool:
    """"Peru welcomed the handover of the fugitive by Bolivian police": a "by" phrase after an object that names an
    act is that act's agent (``verb_by``), not a sign the verb is a misparsed passive."""
    from .lexicon import default
    from .triggers import match

    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and all(c.i < a.i for a in agents) and match(c, default()) is not None
               for c in kids)


def verb_by(noun) -> list:
    """"criticised the arrests of the activists by police": an active verb has no agent, so a "by" phrase naming
    people or a body that the parser hangs on it names who did what its object says."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or is_passive(verb):
        return []
    return [t for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ == "by" and p.i > noun.i
            for o in p.children if o.dep_ == "pobj" and names_who(o) for t in with_conj(o)]


def _participle_agent(noun) -> list:
    """"a law signed by the minister", "land seized by the police": who did what the participle says."""
    return [t for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN" for g in a.children if g.dep_ == "agent"
            for p in g.children if p.dep_ == "pobj" for t in with_conj(p)]


def names_someone(tok) -> bool:
    """A name of a person, body or place anywhere in the phrase ("the war in Iraq", "the UN's plan")."""
    return any(t.ent_type_ in NAMED for t in tok.subtree)


# acts between parties whose recipient an "of" phrase may carry one level down ("a suspension of air links with
# Serbia", "the withdrawal of its forces from Panama")
NESTED_TYPES = {"SANCTION", "RETREAT", "AID", "COOPERATE", "AGREE", "SUPPORT", "REJECT", "CONCEDE", "CONSULT"}
NESTED_PREPS = {"with", "to", "toward", "towards", "against"}


def nominal_recipient(noun, type_: str | None = None) -> list:
    out: list[Token] = []
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
    if type_ in NESTED_TYPES:
        preps = NESTED_PREPS | ({"from"} if type_ in FROM_TYPES else set())
        out.extend(p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for m in c.children
                   if m.dep_ == "pobj" for q in m.children if q.dep_ == "prep" and q.lower_ in preps
                   for p in q.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME"))
    return [t for o in out for t in with_conj(o)]


def coordinated_modifiers(tok) -> list:
    """'Hungarian and Romanian officials': the coordinated national modifiers after the first."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod"):
            out.extend(g for g in c.children if g.dep_ == "conj")
    return out


PERSONAL = {"he", "him", "his", "she", "her", "they", "them", "their", "we", "us", "our", "i", "me", "my", "you"}
