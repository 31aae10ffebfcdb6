"""Stores for the explorer's tests, made from the team's own sentences (no evaluation text).

``small_store(path)`` writes hand-built records (no spaCy): a plain article, a hostile one whose text,
title, source, names and URL carry markup and script, an article whose id needs URL-encoding, and 30
filler articles for paging. ``HOSTILE`` lists the payloads; a browser test checks none of them runs.
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.model import (
    Article,
    ArticleRecord,
    Entity,
    Event,
    EventActor,
    Location,
    Mention,
    Quantity,
    Quote,
    Span,
    Time,
)
from newsgraph.store import Store

PLAIN_ID = "w-port"
PLAIN = (
    "Mayor Ana Lopez met union leaders in Porto on Monday to end the dock strike.\n\n"
    '"We will not sign this offer," said union chief Rui Costa after the talks.\n\n'
    "The port handles 2,400 containers a day, and the mayor said she would meet the ministers next week."
)
HOSTILE_ID = "w-hostile"
HOSTILE = (
    "The council published a note that read <script>window.__pwned = 1</script> in full.\n\n"
    'A second line said "><img src=x onerror="window.__pwned = 2"> and nothing else.\n\n'
    'A link was pasted too: <a href="javascript:window.__pwned = 3">click here</a>, officials said.\n\n'
    "Councillor Ana Lopez condemned the note on Friday."
)
ODD_ID = "w/odd id?&x=<1>"
HOSTILE_NAME = '"><svg onload="window.__pwned=4">'


def at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def _mention(text: str, part: str, nth: int = 0) -> Mention:
    return Mention(*at(text, part, nth), part)


def plain_record() -> ArticleRecord:
    t = PLAIN
    lopez = Entity("e1", "Ana Lopez", "PERSON", "PRT", "GOV", "Mayor", (_mention(t, "Ana Lopez"), _mention(t, "the mayor")))
    costa = Entity("e2", "Rui Costa", "PERSON", "PRT", "LAB", "union chief", (_mention(t, "Rui Costa"),))
    porto = Entity("e3", "Porto", "GPE", "PRT", None, None, (_mention(t, "Porto"),))
    first = t.index("\n\n")
    met = Event("ev1", "CONSULT", "meet", "040", EventActor("e1", "Ana Lopez", "PRT", "GOV", *at(t, "Ana Lopez")),
                EventActor(None, "union leaders", "PRT", "LAB"), "2025-05-05", "day",
                Location("Porto", "PRT", 41.15, -8.61, *at(t, "Porto")), "occurred", _mention(t, "met"),
                Span(0, first), 0.9)
    last = t.rindex("\n\n") + 2
    planned = Event("ev2", "CONSULT", "meet", "040", EventActor("e1", "Ana Lopez", "PRT", "GOV"), None, "2025-05-12",
                    "week", None, "planned", _mention(t, "meet"), Span(last, len(t)), 0.7)
    quote = Quote("We will not sign this offer,", *at(t, "We will not sign this offer,"), "direct", "e2", "Rui Costa", "said")
    return ArticleRecord(
        article=Article(PLAIN_ID, "2025-05-06", t, title="Mayor meets dock unions", source="Harbour Post"),
        entities=(lopez, costa, porto),
        times=(Time("Monday", *at(t, "Monday"), "2025-05-05", "DATE"),),
        quotes=(quote,),
        quantities=(Quantity("2,400 containers", *at(t, "2,400 containers"), 2400, "container"),),
        events=(met, planned),
    )


def hostile_record() -> ArticleRecord:
    t = HOSTILE
    lopez = Entity("e1", "Ana Lopez", "PERSON", "PRT", "GOV", "Councillor", (_mention(t, "Ana Lopez"),))
    bad = Entity("e2", HOSTILE_NAME, "ORG", None, None, None, (_mention(t, "The council"),))
    ev = Event("ev1", "ACCUSE", "disapprove", "111", EventActor("e1", "Ana Lopez", "PRT", "GOV", *at(t, "Ana Lopez")),
               EventActor("e2", HOSTILE_NAME, None, None), "2025-05-09", "day", None, "occurred",
               _mention(t, "condemned"), Span(t.rindex("\n\n") + 2, len(t)), 0.8)
    return ArticleRecord(
        article=Article(HOSTILE_ID, "2025-05-10", t, title="<script>window.__pwned = 5</script>Council note",
                        url="javascript:window.__pwned = 6", source="<b>Bold Source</b>"),
        entities=(lopez, bad),
        quotes=(Quote("<img src=x onerror=window.__pwned=7>", *at(t, "nothing else"), "indirect", "e1", "Ana Lopez", "said"),),
        events=(ev,),
    )


def filler(i: int) -> ArticleRecord:
    text = f"Minister Omar Haddad visited the flood zone number {i} on Tuesday and promised aid to farmers."
    day = f"2025-04-{1 + i % 28:02d}"
    ev = Event("ev1", "CONSULT", "visit", "042", EventActor("e1", "Omar Haddad", "JOR", "GOV", *at(text, "Omar Haddad")),
               None, day, "day", Location("Irbid", "JOR", 32.55, 35.85), "occurred", _mention(text, "visited"),
               Span(0, len(text)), 0.8)
    aid = Event("ev2", "AID", None, "070", EventActor("e1", "Omar Haddad", "JOR", "GOV"), EventActor(None, "farmers", "JOR", "CVL"),
                day, "day", None, "planned", _mention(text, "promised"), Span(0, len(text)), 0.6)
    ent = Entity("e1", "Omar Haddad", "PERSON", "JOR", "GOV", "Minister", (_mention(text, "Omar Haddad"),))
    return ArticleRecord(article=Article(f"w-fill-{i:02d}", day, text, title=f"Flood visit {i}", source=f"Outlet {i % 5}"),
                         entities=(ent,), events=(ev, aid))


def records() -> list[ArticleRecord]:
    odd = plain_record()
    odd = ArticleRecord(article=Article(ODD_ID, "2025-05-07", odd.article.text, title="Odd id"), entities=odd.entities,
                        times=odd.times, quotes=odd.quotes, quantities=odd.quantities, events=odd.events)
    return [plain_record(), hostile_record(), odd, *(filler(i) for i in range(30))]


def small_store(path: Path, extra: list[ArticleRecord] = (), *, story: bool = True) -> Path:
    """A store at ``path`` with ``records()`` (and ``extra``) written through the store's own ingest path,
    its story level replaced by ``link_by_hand``, or emptied when ``story`` is False (a store the linker
    has not seen)."""
    from collections import Counter

    from newsgraph.store.ingest import ingest

    with Store(path) as store:
        ingest(store, iter([*records(), *extra]), lambda rec: rec, Counter())
    if story:
        link_by_hand(path)
    else:
        unlink(path)
    return path


STORY_TABLES = ("claim_values", "claims", "clusters", "actor_titles", "actor_aliases", "actor_evidence", "actors",
                "story_articles", "stories", "link_dirty")


def unlink(path: Path) -> None:
    """Empty the story level (what the linker made at ingest)."""
    import sqlite3

    con = sqlite3.connect(path)
    with con:
        for table in STORY_TABLES:
            con.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names
        con.execute("UPDATE entities SET actor_ref = NULL")
        con.execute("UPDATE events SET cluster_pk = NULL, actor_ref = NULL, recipient_ref = NULL")
        con.execute("UPDATE quotes SET speaker_ref = NULL")
    con.close()


def link_by_hand(path: Path) -> None:
    """Fill the story level of a ``small_store`` by hand (whatever the linker made is replaced), so the
    explorer's story pages are tested on a known story: the Porto strike (the plain article, its near-copy
    and the hostile one), with its clusters, a contested figure, and three canonical actors."""
    import sqlite3

    unlink(path)
    con = sqlite3.connect(path)
    with con:
        pk = dict(con.execute("SELECT id, pk FROM articles").fetchall())
        con.execute("INSERT INTO stories VALUES (1, 'Porto dock strike talks', '2025-05-06', '2025-05-10', 3, 2, NULL)")
        con.execute("INSERT INTO stories VALUES (2, 'Minister visits flood zones', '2025-04-01', '2025-04-28', 30, 5, NULL)")
        rows = [(pk[PLAIN_ID], PLAIN_ID, 1, None, "harbour post", "2025-05-06"),
                (pk[ODD_ID], ODD_ID, 1, PLAIN_ID, "odd", "2025-05-07"),
                (pk[HOSTILE_ID], HOSTILE_ID, 1, None, "bold", "2025-05-10")]
        rows += [(pk[f"w-fill-{i:02d}"], f"w-fill-{i:02d}", 2, None, f"outlet {i % 5}", f"2025-04-{1 + i % 28:02d}")
                 for i in range(30)]
        con.executemany("INSERT INTO story_articles VALUES (?, ?, ?, ?, ?, ?, NULL)", rows)
        con.executemany("INSERT INTO actors VALUES (?, ?, 'PERSON', ?, ?, ?, ?, ?)",
                        [(1, "Ana Lopez", "PRT", "GOV", "ana lopez", "lopez", 3),
                         (2, "Rui Costa", "PRT", "LAB", "rui costa", "costa", 2),
                         (3, "Omar Haddad", "JOR", "GOV", "omar haddad", "haddad", 30)])
        con.executemany("INSERT INTO actor_aliases VALUES (?, ?, ?)",
                        [(1, "Ana Lopez", 3), (1, "the mayor", 2), (2, "Rui Costa", 2), (3, "Omar Haddad", 30)])
        con.executemany("INSERT INTO actor_titles VALUES (?, ?, ?, ?)",
                        [(1, "Mayor", "2025-05-06", "2025-05-07"), (1, "Councillor", "2025-05-10", "2025-05-10")])
        for actor, name in ((1, "Ana Lopez"), (2, "Rui Costa"), (3, "Omar Haddad")):
            con.execute("UPDATE entities SET actor_ref = ? WHERE name = ?", (actor, name))
            con.execute("UPDATE events SET actor_ref = ? WHERE actor_name = ?", (actor, name))
            con.execute("UPDATE quotes SET speaker_ref = ? WHERE speaker_name = ?", (actor, name))
        clusters = [
            (1, 1, "CONSULT", "meet", "040", "occurred", 1, "Ana Lopez", None, "union leaders", "2025-05-05", "day", "Porto", "PRT", 2, 2, 2, "2025-05-06"),
            (2, 1, "CONSULT", "meet", "040", "planned", 1, "Ana Lopez", None, None, "2025-05-12", "week", None, None, 2, 2, 2, "2025-05-06"),
            (3, 1, "ACCUSE", "disapprove", "111", "occurred", 1, "Ana Lopez", None, HOSTILE_NAME, "2025-05-09", "day", None, None, 1, 1, 1, "2025-05-10"),
        ]
        con.executemany("INSERT INTO clusters (pk, story_pk, family, type, mode, cameo, status, actor_ref, actor_name, "
                        "recipient_ref, recipient_name, date, date_precision, location_name, location_country, n_reports, "
                        "n_articles, n_sources, first_report) VALUES (?, ?, 'x', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        clusters)
        for art in (PLAIN_ID, ODD_ID):
            con.execute("UPDATE events SET cluster_pk = 1 WHERE article_id = ? AND id = 'ev1'", (art,))
            con.execute("UPDATE events SET cluster_pk = 2 WHERE article_id = ? AND id = 'ev2'", (art,))
        con.execute("UPDATE events SET cluster_pk = 3 WHERE article_id = ?", (HOSTILE_ID,))
        for i in range(30):  # one cluster per filler event
            for ev in ("ev1", "ev2"):
                cur = con.execute("INSERT INTO clusters (story_pk, family, type, status, actor_ref, actor_name, date, "
                                  "n_reports, n_articles, n_sources, first_report) SELECT 2, 'x', type, status, 3, "
                                  "actor_name, date, 1, 1, 1, date FROM events WHERE article_id = ? AND id = ?",
                                  (f"w-fill-{i:02d}", ev))
                con.execute("UPDATE events SET cluster_pk = ? WHERE article_id = ? AND id = ?",
                            (cur.lastrowid, f"w-fill-{i:02d}", ev))
        con.execute("INSERT INTO claims VALUES (1, 'quantity', 'containers the port handles a day', 'k', 1, NULL, 1, 0)")
        start, end = at(PLAIN, "2,400")
        con.executemany("INSERT INTO claim_values (claim_pk, article_pk, article_id, date, value, start, \"end\", text) "
                        "VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                        [(pk[PLAIN_ID], PLAIN_ID, "2025-05-06", 2400, start, end, "2,400"),
                         (pk[ODD_ID], ODD_ID, "2025-05-07", 2100, start, end, "2,400")])
    con.close()
