"""Role descriptions ("the minister") and pronouns linked to the entities named before them (step 3 of the pass)."""

from __future__ import annotations

from ... import actors
from ...spacy_util import sentence_before
from ..entity_spans import FACILITY_WORDS
from ..quoting.reporting import clause_subject, is_person, reporting_subject
from .cluster import PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS, Cluster
from .state import BuilderState


class ReferenceMixin(BuilderState):
    """Descriptions linked by their title words, pronouns by the nearest fitting antecedent outside quotations."""

    def facilities(self) -> None:
        """"The prison" after "the Hope Detention Prison": a definite description whose head is the last word of
        one facility named before it (and of no other) is that facility."""
        facs = [c for c in self.clusters.values() if c.type in ("FAC", "ORG") and c.key.startswith("O:") and c.names]
        heads: dict[str, list[Cluster]] = {}
        for cl in facs:
            for word in {n.split()[-1].lower() for n in cl.names if " " in n and n.split()[-1].lower() in FACILITY_WORDS}:
                heads.setdefault(word, []).append(cl)
        for chunk in self.doc.noun_chunks if heads else ():
            root = chunk.root
            if root.pos_ != "NOUN" or root.tag_ != "NN" or root.lower_ not in heads or len(heads[root.lower_]) != 1:
                continue
            if chunk[0].lower_ != "the" or chunk[0].i != root.i - 1:
                continue  # "the prison", not "the prison system" nor "the island's prison"
            start, end = root.idx, root.idx + len(root.text)
            target = heads[root.lower_][0]
            if not self.is_claimed(start, end) and target.first() < start:
                self.add(target, start, end, "title")

    def descriptions(self) -> None:
        persons = [c for c in self.clusters.values() if c.type == "PERSON"]
        orgs = [c for c in self.clusters.values() if c.type in ("ORG", "NORP") and c.key.startswith(("O:", "I:"))]
        for chunk in self.doc.noun_chunks:
            root = chunk.root
            if root.pos_ != "NOUN" or root.tag_ in ("NNS", "NNPS"):
                continue
            toks = [t for t in chunk if t.dep_ not in ("det", "poss", "case") and not t.is_punct and t.i >= _after_possessor(chunk)]
            if not toks or self.is_claimed(toks[0].idx, toks[-1].idx + len(toks[-1].text)):
                continue
            sector, term = actors.sector_of_tokens(toks, root, kinds=("title", "org"))
            if term is None or root.lower_ not in term.split()[-1] and root.lemma_.lower() not in term.split():
                continue
            det = next((t for t in chunk if t.dep_ in ("det", "poss") and t.i < toks[0].i), None)
            if det is None or (det.dep_ == "det" and det.lower_ != "the"):
                continue
            words = {t.lower_ for t in toks if t.is_alpha and len(t) > 2}
            m_start = toks[0].idx
            m_end = toks[-1].idx + len(toks[-1].text)
            kind_term = actors.sector_terms()[term].kind
            target = None
            if kind_term == "title":
                target = self.best_person(persons, words, root, m_start)
            if target is None and kind_term == "org" and det.lower_ == "the":
                target = self.best_org(orgs, words, root.lower_, m_start)
            if target is None or (det.dep_ == "poss" and self.other_country(det, target)):
                continue
            self.add(target, m_start, m_end, "title")
            if det.dep_ == "poss":
                owner_span = self.doc[det.left_edge.i : det.i + 1]
                owner = self.cluster_at(owner_span.start_char, owner_span.end_char)
                if owner is not None and owner.country and not target.possessor_country:
                    target.possessor_country = owner.country

    def other_country(self, det, target) -> bool:
        """"South Africa's president congratulated Mnangagwa" in a story set in Zimbabwe: a title owned by a country
        other than the one the titled person is known to be of (or, with none known, the story's) is another
        official of that country, not the person named before."""
        owner = self.cluster_at(det.left_edge.idx, det.idx + len(det.text))
        if owner is None or not owner.country or owner.type not in ("GPE", "NORP"):
            return False
        known = target.country or target.possessor_country or self.home_country()
        return known is not None and known != owner.country

    def best_person(self, persons, words: set[str], root, pos: int):
        """A person whose title shares the description's words; for a bare "the minister", the most recent
        person so titled."""
        specific = words - {root.lower_}
        scored = []
        for cl in persons:
            if not cl.title_words:
                continue
            shared = words & cl.title_words
            if specific and not (specific & cl.title_words):
                continue
            if root.lower_ not in cl.title_words and not specific & cl.title_words:
                continue
            if not shared:
                continue
            last_before = max((m.start for m in cl.mentions if m.start < pos), default=-1)
            scored.append((len(shared), last_before, cl))
        if not scored:
            return None
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        if len(scored) > 1 and scored[0][0] == scored[1][0] and scored[0][1] == scored[1][1]:
            return None
        return scored[0][2]

    def best_org(self, orgs, words: set[str], head: str, pos: int):
        best = None
        for cl in orgs:
            name_words = {w.lower() for n in cl.names for w in n.split()}
            if head in name_words or head in {w.rstrip("s") for w in name_words}:
                last = max((m.start for m in cl.mentions if m.start < pos), default=-1)
                if last >= 0 and (best is None or last > best[0]):
                    best = (last, cl)
        return best[1] if best else None

    def recent_org(self, pos: int, sector: str | None = None) -> Cluster | None:
        """The organisation named last before ``pos``; with ``sector``, the last one of that sector ("the
        union's president" is not the court named just before)."""
        best = None
        for cl in self.clusters.values():
            if cl.type != "ORG" or (sector is not None and cl.sector != sector):
                continue
            last = max((m.start for m in cl.mentions if m.start < pos), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, cl)
        return best[1] if best else None

    def pronouns(self) -> None:
        for sent in self.doc.sents:
            for tok in sent:
                low = tok.lower_
                if tok.pos_ != "PRON" and tok.tag_ not in ("PRP", "PRP$"):
                    continue
                if self.in_quote(tok.idx):
                    continue  # a speaker's "he" or "it" refers in the speaker's frame: too risky to guess
                if low in PERSON_PRONOUNS:
                    target = self.antecedent(tok, persons=True, gender=PERSON_PRONOUNS[low])
                    if target is not None and target.gender is None:
                        target.gender = PERSON_PRONOUNS[low]
                elif low in THING_PRONOUNS:
                    if tok.dep_ == "expl" or _is_dummy_it(tok):
                        continue
                    target = self.antecedent(tok, persons=False)
                elif low in PLURAL_PRONOUNS:
                    target = self.antecedent(tok, persons=False, plural=True)
                else:
                    continue
                if target is not None:
                    self.add(target, tok.idx, tok.idx + len(tok.text), "pronoun")

    def antecedent(self, tok, persons: bool, gender: str | None = None, plural: bool = False):
        """The nearest fitting entity mentioned before ``tok``, outside quotations (unless ``tok`` is
        quoted too): a subject of the same or previous sentence first, then the most recent mention; unless the
        pronoun's own sentence says whom it stands for (``in_sentence``)."""
        decided, hit, peoples_only = self.in_sentence(tok, persons, gender, plural)
        if decided:
            return hit
        return self.nearest_before(tok, persons, gender, plural, peoples_only)

    def in_sentence(self, tok, persons: bool, gender: str | None, plural: bool):
        """(decided, entity, peoples only): whom the pronoun's own sentence makes it stand for, if it says."""
        ahead = _fronted_clause_subject(tok) if persons else None
        if ahead is not None:  # "Asked whether he would resign, Okafor replied": the subject the clause leads to
            hit = self.cluster_at(ahead.idx, ahead.idx + len(ahead.text))
            if hit is not None and _may_refer(hit, persons, gender, plural):
                return True, hit, False
        speaker = reporting_subject(tok)
        hit = self.cluster_at(speaker.idx, speaker.idx + len(speaker.text)) if speaker is not None else None
        if speaker is not None and (hit is not None or not (persons and _described_person(speaker))):
            # "The government said it would investigate": "it" is the one who said so. When that subject is
            # an entity the pronoun joins it; when it is not ("the government", no name), nothing named
            # earlier may take its place, and the event coder codes the subject itself. A person described
            # and not named ("the chairman said he") is the person a name nearby is: searched below.
            return True, (hit if hit is not None and _may_refer(hit, persons, gender, plural) else None), False
        local = clause_subject(tok) if plural else None
        if local is None:
            return False, None, False
        # "The rebels mounted attacks as they battled", "X and Y shake hands after their meeting": the many the
        # sentence names as its subject; no body named earlier takes their place, only a people ("deported forty
        # Venezuelans, and the men were put on a plane, their hands tied")
        hit = self.cluster_at(local.idx, local.idx + len(local.text))
        if hit is not None or local.pos_ == "PROPN" or any(c.dep_ == "conj" for c in local.children):
            return True, (hit if hit is not None and _may_refer(hit, persons, gender, plural) else None), False
        return False, None, True

    def nearest_before(self, tok, persons: bool, gender: str | None, plural: bool, peoples_only: bool):
        """The entity mentioned last before ``tok`` in its sentence or the one before, subjects first."""
        pos = tok.idx
        tok_quoted = self.in_quote(pos)
        sent = tok.sent
        prev_sent_start = _previous_sentence_start(self.doc, sent)
        best = None
        for cl in self.clusters.values():
            if not _may_refer(cl, persons, gender, plural) or (peoples_only and not cl.plural):
                continue
            for m in cl.mentions:
                if m.start >= pos or m.kind == "pronoun" and not persons:
                    continue
                if m.start < prev_sent_start:
                    continue
                if self.in_quote(m.start) and not tok_quoted:
                    continue
                head = _token_at(self.doc, m.start, m.end)
                subject = head is not None and _is_subject(head)
                same = m.start >= sent.start_char
                if not persons and same and head is not None and _governs_relative(head, tok):
                    continue  # "the gang, which it designated": not the gang
                possessive = head is not None and head.dep_ == "poss"
                score = (2 if subject else 0) + (1 if same else 0) - (1 if possessive else 0), m.start
                if best is None or score > best[0]:
                    best = (score, cl)
        if best is None and persons:
            # a person named further back in the article, if only one person was named before at all
            before = [c for c in self.clusters.values() if c.type == "PERSON" and c.first() < pos and (not gender or not c.gender or c.gender == gender)]
            if len(before) == 1:
                return before[0]
        return best[1] if best else None

def _may_refer(cl: Cluster, persons: bool, gender: str | None, plural: bool) -> bool:
    """Whether a pronoun of this kind (a person's of ``gender``, a thing's, a plural) may stand for ``cl``."""
    ctype = cl.type
    if persons:
        return ctype == "PERSON" and not (gender and cl.gender and cl.gender != gender)
    if ctype == "PERSON":
        return False
    if plural:
        return cl.plural or ctype in ("ORG", "NORP")
    return not (cl.plural or ctype not in ("ORG", "GPE"))


def _described_person(tok) -> bool:
    """A person's role word heading the phrase ("the chairman"), not a name."""
    return tok.pos_ != "PROPN" and tok.ent_type_ != "PERSON" and is_person(tok)


def _is_subject(token) -> bool:
    """A subject, or part of one through conjunction or apposition ("analyst and academic Carlos Carcach said":
    the parser may hang the name off the subject as a conjunct)."""
    for _ in range(3):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        if token.dep_ not in ("conj", "appos", "compound", "flat") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _previous_sentence_start(doc, sent) -> int:
    prev = sentence_before(sent)
    return 0 if prev is None else prev.start_char


def _token_at(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


# Roles that say rank, not sector: whose leader or chairman someone is decides the sector

def _after_possessor(chunk) -> int:
    """Index of the first token after a possessor inside a noun chunk ("Trump's homeland security chief")."""
    for t in reversed(list(chunk)):
        if t.tag_ == "POS" or t.dep_ == "case":
            return t.i + 1
    return chunk.start


def _governs_relative(head, pronoun) -> bool:
    """True when ``pronoun`` sits in a relative clause attached to ``head``."""
    for child in head.children:
        if child.dep_ == "relcl" and child.left_edge.i <= pronoun.i <= child.right_edge.i:
            return True
    return False


def _is_dummy_it(tok) -> bool:
    """'It is unclear whether...', 'it was raining': no referent."""
    if tok.lower_ != "it" or tok.dep_ != "nsubj":
        return False
    head = tok.head
    if head.lemma_ in ("be", "seem", "appear", "remain", "rain", "take"):
        return any(c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in head.children) and any(
            c.dep_ in ("ccomp", "csubj") or c.tag_ == "TO" or c.lower_ in ("that", "whether", "if") for c in head.subtree
        )
    return False


def _fronted_clause_subject(pron):
    """"Asked whether he would resign, Okafor replied", "After she landed, Ms Lee said": a "he" or "she" inside an
    adverbial clause set before its main clause stands for the main clause's named subject, which follows."""
    clause = next((a for a in pron.ancestors if a.dep_ == "advcl"), None)
    if clause is None or clause.head.i <= clause.i:
        return None
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i > pron.i), None)
    if subj is None or subj.i < clause.right_edge.i or subj.pos_ != "PROPN":
        return None
    return subj
