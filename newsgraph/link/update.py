"""``update(store)``: link the articles the store has not linked yet, incrementally.

Called by ``ingest`` after its writes (and by ``newsgraph link``). The articles without a
``story_articles`` row are taken in date order; each finds its copies (MinHash bands), its story, its
canonical actors, its event clusters and its claims among what is already stored. Only the stories,
actors, clusters and claims it touched are recomputed: nothing is rebuilt, and running it again with
nothing new does nothing. Each chunk of articles is linked in one transaction: a kill leaves every
article linked or not, and the next run takes up the rest.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter

from ..store.db import Store
from . import actors as actor_mod
from . import claims as claim_mod
from . import copies
from . import stories as stories_mod
from .clusters import Clusters, link_events, refresh_cluster
from .rehome import regroup, rehome, relink

CHUNK = 200
STORY_WINDOW = 10  # days a story stays open to new articles after its last one


def update(store: Store, chunk: int = CHUNK) -> dict[str, int]:
    """Link every unlinked article; return counts of what was done.

    The articles to link are chosen inside the write transaction: two ingests into one store each link what
    is unlinked when they hold the lock, so neither links an article the other has just linked."""
    done: Counter = Counter()
    claim_runs: dict = {}  # claim pk -> where its verdict's pass stands (claims.refresh), across chunks
    rehomed: set[int] = set()  # articles unlinked once by ``rehome``: never twice in one update
    while True:
        with store.transaction() as conn:
            todo = conn.execute(
                "SELECT a.pk, a.id, a.date, a.source, a.title, a.text FROM articles a "
                "LEFT JOIN story_articles s ON s.article_pk = a.pk WHERE s.article_pk IS NULL "
                "ORDER BY a.date, a.pk LIMIT ?",
                (chunk,),
            ).fetchall()
            if not todo and not _dirty(store):
                return _counts(done)
            touched: dict[str, set] = {"story": set(), "actor": set(), "cluster": set(), "claim": set()}
            clusters = Clusters(conn)  # what this chunk's reports touch, kept for the transaction
            terms = StoryTerms(conn)  # the stories' terms, likewise
            for row in todo:
                _link_article(conn, row, touched, done, (clusters, terms))
            terms.write()
            clusters.write()
            done["relinked"] += rehome(conn, touched.pop("rehome", set()), rehomed, claim_runs)
            done["relinked"] += regroup(conn, touched.pop("ties", set()), rehomed, claim_runs)
            done["relinked"] += relink(conn, touched.pop("namesakes", set()), rehomed, claim_runs)
            done -= Counter()  # drops a zero count
            for kind, pk in conn.execute("SELECT kind, pk FROM link_dirty").fetchall():
                touched.setdefault(kind, set()).add(pk)
                if kind == "actor":
                    touched.setdefault("dirty actor", set()).add(pk)
            _refresh(conn, touched, claim_runs)
            conn.execute("DELETE FROM link_dirty")  # also what the refresh itself marked: it is done
        if not todo:
            return _counts(done)


def _counts(done: Counter) -> dict[str, int]:
    """What was done, an article linked again (``rehome``) counted once."""
    out = dict(done)
    if out.get("relinked"):
        out["articles"] = out.get("articles", 0) - out["relinked"]
    return out


def _dirty(store: Store) -> bool:
    return store.conn.execute("SELECT 1 FROM link_dirty LIMIT 1").fetchone() is not None


def _link_article(conn, row, touched: dict, done: Counter, kept: tuple[Clusters, StoryTerms]) -> None:
    pk, aid, date, source, title, text = row
    clusters, story_terms = kept
    copy_of, source_key, sig = _copies(conn, pk, aid, source, text)
    story = _story(conn, pk, copy_of, date)
    conn.execute(
        "INSERT INTO story_articles (article_pk, article_id, story_pk, copy_of, source_key, date, signature) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (pk, aid, None, copy_of, source_key, date, copies.to_blob(sig)),
    )
    signature = stories_mod.story_signature({"id": aid, "date": date, "text": text, "title": title})
    words = stories_mod.topic_words(title, text)
    candidates = story_terms.open(date) if story is None else []
    scored = _scores(candidates, signature, words)
    hint = story if story is not None else _best(scored, {})[0]
    also: list[int] = []
    refs = actor_mod.link_entities(conn, pk, date, hint)  # the likely story tells surnames apart
    keys = _actor_keys(conn, refs)
    if story is None:
        story, also = _best(scored, keys)
        story = story or _new_story(conn, title, text)
    conn.execute("UPDATE story_articles SET story_pk = ? WHERE article_pk = ?", (story, pk))
    day = date[:10]  # kept current within a chunk, so the next article of the chunk finds the story open
    conn.execute(
        "UPDATE stories SET first_seen = min(coalesce(first_seen, ?), ?), last_seen = max(coalesce(last_seen, ?), ?) "
        "WHERE pk = ?",
        (day, day, day, day, story),
    )
    story_terms.remember(story, signature, set(keys), words)
    if also:  # the article ties these stories to its own: they may be one (``rehome``)
        tied = _tied(story_terms, story, also)
        if tied:
            touched.setdefault("rehome", set()).add(frozenset([story, *tied]))
    touched["story"].add(story)
    touched["actor"] |= refs
    touched.setdefault("namesakes", set()).update(_unsure_namesakes(conn, refs, story, pk))
    conn.execute(
        "UPDATE quotes SET speaker_ref = (SELECT actor_ref FROM entities WHERE entities.pk = quotes.speaker_pk) "
        "WHERE article_pk = ?",
        (pk,),
    )
    touched["claim"] |= link_events(conn, clusters, pk, date, story, source_key, touched.setdefault("ties", set()))
    touched["claim"] |= claim_mod.link_quantities(conn, pk, aid, date, story)
    touched["claim"] |= claim_mod.link_durations(conn, pk, aid, date)
    done["articles"] += 1
    done["copies"] += copy_of is not None


def _unsure_namesakes(conn, refs: set[int], story: int, article: int) -> set[int]:
    """The other articles of the story whose lone surname nothing told apart when they were linked (an actor
    ``dlamini?``, or the body the parser's ORG "Dlamini" was left as), now that this article names a person of that surname in full: linked again (``relink``)
    against what it adds (a title, a sector). Newest first, trial 3's "Dlamini, the union leader" came
    before the union's general secretary was named with his union: an actor of its own."""
    if not refs:
        return set()
    marks = ", ".join("?" * len(refs))
    names = [s for (s,) in conn.execute(
        f"SELECT DISTINCT surname FROM actors WHERE pk IN ({marks}) AND type = 'PERSON' "  # noqa: S608
        "AND surname IS NOT NULL AND key LIKE '% %'", sorted(refs))]
    found: set[int] = set()
    for name in names:
        for (actor,) in conn.execute(  # by the actors' key: never a scan of the story's entities
            "SELECT pk FROM actors WHERE key = ? || '?' OR (key = ? AND type != 'PERSON')", (name, name)
        ).fetchall():
            found |= {a for (a,) in conn.execute(
                "SELECT DISTINCT e.article_pk FROM entities e JOIN story_articles s ON s.article_pk = e.article_pk "
                "WHERE e.actor_ref = ? AND s.story_pk = ? AND e.article_pk != ?", (actor, story, article))}
    return found


# --- copies and stories ----------------------------------------------------------------------------


def _copies(conn, pk: int, aid: str, source: str | None, text: str):
    """(copy_of, independent source key, signature) of a new article; records its bands."""
    sig = copies.signature(text)
    bands = copies.bands(sig)
    found = {
        r[0]
        for r in conn.execute(
            "SELECT article_pk FROM copy_bands WHERE "  # noqa: S608 (marks only); a multi-index OR
            + " OR ".join("(band = ? AND hash = ?)" for _ in bands),
            [x for bh in bands for x in bh],
        )
    }
    conn.executemany(
        "INSERT INTO copy_bands (band, hash, article_pk) VALUES (?, ?, ?)", [(b, h, pk) for b, h in bands]
    )
    best = None
    others = sorted(found)
    rows = _stored_copies(conn, others)
    for other in others:
        row = rows.get(other)
        if row is None or row[1] == aid or copies.similarity(sig, copies.from_blob(row[3])) < copies.THRESHOLD:
            continue  # (a copy of this article itself: it is being linked again, ``rehome``)
        root = (row[4], row[1] or row[0], row[2])
        if best is None or root < best:
            best = root
    if best is None:
        return None, source or f"article:{aid}", sig
    return best[1], best[2], sig


def _stored_copies(conn, pks: list[int]) -> dict[int, tuple]:
    """pk -> (article id, copy of, source key, signature, date) of stored candidates: one query per 500,
    not one per candidate."""
    out: dict[int, tuple] = {}
    for k in range(0, len(pks), 500):
        part = pks[k : k + 500]
        for r in conn.execute(
            "SELECT article_pk, article_id, copy_of, source_key, signature, date FROM story_articles "  # noqa: S608
            f"WHERE article_pk IN ({', '.join('?' * len(part))})",
            part,
        ):
            out[r[0]] = tuple(r[1:])
    return out


def _story(conn, pk: int, copy_of: str | None, date: str) -> int | None:
    """A copy belongs to the story of what it copies."""
    if copy_of is None:
        return None
    row = conn.execute("SELECT story_pk FROM story_articles WHERE article_id = ?", (copy_of,)).fetchone()
    return row[0] if row else None


def _day(date: str, delta: int) -> str:
    try:
        return (datetime.date.fromisoformat(date[:10]) + datetime.timedelta(days=delta)).isoformat()
    except ValueError:
        return date


PLACE_TYPES = ("GPE", "LOC", "NORP", "FAC")
STORY_EVIDENCE = 1.5  # points a story needs to take an article (see _evidence)
TEXT_POINTS = 1.5  # at most, from the cosine of the text signatures: 1 at stories.ASSIGN_THRESHOLD
WORDS_KEPT = 200  # topic words a story keeps
TIE_COSINE = 0.2  # two stories an article ties together are one when their texts agree this much (_tied)
COMMON_SHARE = 0.1  # a word or actor in more than this share of the open stories (and 3) counts nothing


def _actor_keys(conn, refs: set[int]) -> dict[str, str]:
    """Name key -> "named" or "place" for the article's actors. By key, not by actor: one name the parser
    typed two ways in two articles ("Seti" a river's organisation here, a person there) is two actors
    but one thing the articles share."""
    out: dict[str, str] = {}
    for key, type_ in conn.execute(
        f"SELECT key, type FROM actors WHERE pk IN ({', '.join('?' * len(refs))})", list(refs)  # noqa: S608
    ).fetchall():
        kind = "place" if type_ in PLACE_TYPES else "named"
        out[key.rstrip("?")] = "named" if out.get(key.rstrip("?")) == "named" else kind
    return out


def _scores(stories: list[tuple], signature: dict, words: set[str]) -> list[tuple]:
    """(story pk, points from text and topic words, terms, common) for each open story (``_best`` adds the
    actors). A word or actor that many open stories share (a country, "police") is discounted: it tells
    none of them apart."""
    df: Counter = Counter()
    for *_, keys, topic in stories:
        df.update(keys | topic)
    common = {t for t, n in df.items() if n > max(3, COMMON_SHARE * len(stories))}
    vec = stories_mod.vector(signature)
    out = []
    for spk, terms, theirs, keys, topic in stories:
        score = min(1.0, 0.5 * len((words - common) & topic))
        if theirs is not None:  # open stories are all within the window (the query's): no far story to skip
            score += min(TEXT_POINTS, stories_mod.cosine(vec, theirs) / stories_mod.ASSIGN_THRESHOLD)
        out.append((spk, score, terms, keys, common))
    return out


def _best(scored: list[tuple], keys: dict[str, str]) -> tuple[int | None, list[int]]:
    """The story with the most evidence that the article is one more report of it, ``STORY_EVIDENCE`` at
    least (None: a new story), and the other stories the article would have joined too (it ties them to
    the story: see ``_tied`` and ``rehome``). With ``keys`` (the article's actors), a story must share one of them."""
    best, best_score, also = None, STORY_EVIDENCE - 1e-9, []
    for spk, base, _terms, theirs, common in scored:
        if keys and theirs and not theirs.intersection(keys):
            continue  # both name someone, no one and nowhere in common: a story of the same kind elsewhere
        score = base + _evidence(theirs, keys, common)
        if score >= STORY_EVIDENCE - 1e-9:
            also.append(spk)
        if score > best_score:
            best, best_score = spk, score
    return best, [s for s in also if s != best]


def _tied(story_terms: StoryTerms, story: int, also: list[int]) -> list[int]:
    """The stories of ``also`` that are one with ``story``, which an article joined with the evidence to join
    each of them too: a one-article story always (it was waiting for the link), a larger one when the two
    stories' texts agree as well (cosine of their merged signatures at least ``TIE_COSINE``). Actors and topic
    words alone tie too much: in a store of ECB+ articles all of one day, an article joined another
    topic's story on them (cosine under 0.2) 90 times of 92 (training topics, **dev**)."""
    mine = story_terms.get(story).get("signature")
    vec = stories_mod.vector(mine) if mine else None
    out = []
    for other in also:
        theirs = story_terms.get(other).get("signature")
        if not theirs:
            continue
        if theirs.get("n", 1) == 1 or vec is not None and stories_mod.cosine(vec, stories_mod.vector(theirs)) >= TIE_COSINE:
            out.append(other)
    return out


def _evidence(theirs: set[str], keys: dict[str, str], common: set[str]) -> float:
    """Points for the actors an article shares with a story: a named person or body 1, a place 0.5; what
    ``common`` holds counts nothing. With the text's points (``_scores``: the cosine of the signatures,
    1 at ``stories.ASSIGN_THRESHOLD``, and 0.5 a shared topic word of headline or lead, 1 at most)."""
    return sum(1.0 if kind == "named" else 0.5 for k, kind in keys.items() if k in theirs and k not in common)


_DECODED: dict[
    str, tuple
] = {}  # a story's terms text -> _prepare's tuple
DECODED_MAX = 2048


def _decoded(text: str) -> tuple:
    """A story's terms, decoded and prepared once per distinct text (read only: callers never change
    them; a changed story is a new text). Bounded: cleared when full."""
    found = _DECODED.get(text)
    if found is None:
        found = _prepare(json.loads(text))
        if len(_DECODED) >= DECODED_MAX:
            _DECODED.clear()
        _DECODED[text] = found
    return found


def _prepare(terms: dict) -> tuple:
    """(terms, signature's unit vector, actor keys, topic words): what scoring reads of a story for every
    article while the story is open, made once per version of its terms."""
    sig = terms.get("signature")
    vec = stories_mod.vector(sig) if sig else None
    return terms, vec, frozenset(terms.get("keys", [])), frozenset(terms.get("words", []))


def _new_story(conn, title: str | None, text: str) -> int:
    head = title or text.strip().split("\n", 1)[0][:120]
    return conn.execute("INSERT INTO stories (title, terms) VALUES (?, '{}')", (head,)).lastrowid


class StoryTerms:
    """The stories' terms as one chunk leaves them. An article's additions are kept here, prepared for
    scoring, and each story changed is encoded and written once when the chunk's articles are linked
    (``write``), not for every article: the articles of a story mostly arrive in one chunk. Valid inside
    one transaction; nothing else reads ``stories.terms``."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.changed: dict[int, tuple] = {}  # story pk -> _prepare's tuple of its terms now

    def open(self, date: str) -> list[tuple]:
        """(pk, terms, unit vector, actor keys, topic words) of the stories active within ``STORY_WINDOW``
        days."""
        rows = self.conn.execute(
            "SELECT pk, terms FROM stories WHERE last_seen >= ? AND first_seen <= ? ORDER BY pk",
            (_day(date, -STORY_WINDOW), _day(date, STORY_WINDOW)),
        ).fetchall()
        return [(spk, *self._prepared(spk, text)) for spk, text in rows]

    def _prepared(self, story: int, text: str | None) -> tuple:
        found = self.changed.get(story)
        return found if found is not None else _decoded(text or "{}")

    def get(self, story: int) -> dict:
        found = self.changed.get(story)
        if found is not None:
            return found[0]
        return _decoded(self.conn.execute("SELECT terms FROM stories WHERE pk = ?", (story,)).fetchone()[0] or "{}")[0]

    def remember(self, story: int, signature: dict, keys: set[str], words: set[str]) -> None:
        """Add one article to its story's terms: its signature merged in, its actors' name keys and its
        topic words."""
        terms = dict(self.get(story))  # a new dict: the decoded one is shared
        terms["signature"] = stories_mod.add_to_story(terms.get("signature"), signature)
        old_refs = terms.pop("actors", None)  # actor pks: a story linked by an older newsgraph
        if old_refs and "keys" not in terms:
            terms["keys"] = list(_actor_keys(self.conn, set(old_refs)))
        terms["keys"] = sorted(set(terms.get("keys", [])) | keys)[-400:]
        old = terms.get("words", {})  # word -> articles using it (a list in stores linked before)
        counts = Counter(old if isinstance(old, dict) else dict.fromkeys(old, 1))
        counts.update(sorted(words))  # set order varies with PYTHONHASHSEED; ties at the cut must not
        terms["words"] = dict(counts.most_common(WORDS_KEPT))  # a busy story keeps its most used words
        self.changed[story] = _prepare(terms)

    def write(self) -> None:
        for story, prepared in self.changed.items():
            text = json.dumps(prepared[0])
            if len(_DECODED) < DECODED_MAX:
                _DECODED[text] = prepared
            self.conn.execute("UPDATE stories SET terms = ? WHERE pk = ?", (text, story))
        self.changed.clear()


# --- recomputing what was touched ------------------------------------------------------------------


def _refresh(conn, touched: dict, claim_runs: dict) -> None:
    actor_mod.refresh(conn, touched["actor"], touched.get("dirty actor", set()))
    for story in touched["story"]:
        _refresh_story(conn, story)
    for cluster in touched["cluster"]:
        claim = refresh_cluster(conn, cluster)
        if claim is not None:
            touched["claim"].add(claim)
    claim_mod.refresh(conn, touched["claim"], claim_runs)


def _refresh_story(conn, story: int) -> None:
    conn.execute(
        "UPDATE stories SET first_seen = agg.f, last_seen = agg.l, n_articles = agg.n, n_sources = agg.s FROM "
        "(SELECT min(substr(date, 1, 10)) AS f, max(substr(date, 1, 10)) AS l, count(*) AS n, "
        "count(DISTINCT source_key) AS s FROM story_articles WHERE story_pk = ?) AS agg WHERE pk = ?",
        (story, story),
    )
