"""Out-of-order arrival: stories, and event clusters, that a later article ties together are linked again.

Stories are built one article at a time, so the order of arrival matters: an archive ingested newest
first, or a feed that delivers a Thursday report before the Monday one, can open a story for an article
that, had its neighbours come first, would have joined theirs (the Red Cross figure of a flood, named
after none of the people the other outlets quote; a correction of the fifth day read before the first
days' reports). When a new article has the evidence to join another story besides the one it joins
(``update._tied``), the two were only waiting for the link: the articles of the smaller are unlinked here
and linked again by the next pass of ``update`` (which takes unlinked articles), now against the story
the new article made richer (``rehome``). Event clusters likewise, when a report agrees as much with two
of them (``regroup``). At most ``MERGE_MAX`` (stories) or ``REGROUP_MAX`` (clusters) articles, and an
article at most once per update: whatever the next pass decides stands.

Unlinking undoes what linking an article wrote (its story row, copy bands, actor references with their
running totals, event clusters, claim values) and marks what it touched for recount (``link_dirty``);
the refresh at the end of the chunk recounts them, as it does after ``ingest --update``.
"""

from __future__ import annotations

import sqlite3

MERGE_MAX = 50  # articles of a story taken apart to join another: a larger one stays a story of its own
REGROUP_MAX = 2  # articles of an event cluster taken apart to be linked again (``regroup``): relinking costs
RELINK_MAX = 4  # articles with an unresolved lone surname linked again in one update (``relink``)


def rehome(conn: sqlite3.Connection, groups: set[frozenset[int]], done: set[int], claim_runs: dict) -> int:
    """For each group of stories one article tied together (it had the evidence to join each), keep the
    largest (the oldest of equals) and unlink the articles of the others, to be linked again; return how
    many articles were unlinked. A story is left as it is when it has more than ``MERGE_MAX`` articles or one
    of them was unlinked before in this update (``done``). ``claim_runs`` loses the claims whose values are
    removed (their verdict is recomputed from what is left)."""
    return _take_apart(conn, groups, _articles, MERGE_MAX, done, claim_runs)


def regroup(conn: sqlite3.Connection, groups: set[frozenset[int]], done: set[int], claim_runs: dict) -> int:
    """For each group of event clusters one report had the evidence to join (``clusters.link_events``), keep
    the largest (the oldest of equals) and unlink the articles of the others' reports, to be linked again;
    return how many articles were unlinked. Clusters grow one report at a time, and a cluster is compared by
    what it has so far: "the meeting" reported before "the minister's meeting on Thursday" found no cluster
    that knew the word, and stayed apart from the one a later report showed it belongs to. Linked again
    against what is known now, its reports join as they would have had they come in another order. Same
    limits as ``rehome``, with ``REGROUP_MAX`` articles."""
    return _take_apart(conn, groups, _cluster_articles, REGROUP_MAX, done, claim_runs)


def relink(conn: sqlite3.Connection, articles: set[int], done: set[int], claim_runs: dict) -> int:
    """Unlink articles whose lone surnames were left unresolved (``update._unsure_namesakes``), to be linked
    again now that their story names a person of that surname in full; return how many. At most
    ``RELINK_MAX`` per update, and an article at most once per update (``done``)."""
    n = 0
    for article in sorted(articles - done)[:RELINK_MAX]:
        done.add(article)
        _unlink_whole(conn, article, claim_runs)
        n += 1
    return n


def _take_apart(conn: sqlite3.Connection, groups: set[frozenset[int]], articles_of, limit: int, done: set[int],
                claim_runs: dict) -> int:
    """For each group of stories or clusters (``articles_of`` lists a member's articles, at most ``limit`` + 1),
    keep the largest member (the oldest of equals) and unlink the articles of each other one that has at most
    ``limit`` articles, none unlinked before in this update; return how many articles were unlinked."""
    n = 0
    for group in sorted(groups, key=sorted):
        members = {m: arts for m in sorted(group) if (arts := articles_of(conn, m))}
        if len(members) < 2:
            continue
        keep = max(members, key=lambda m: (len(members[m]), -m))
        for member, articles in members.items():
            if member == keep or len(articles) > limit or done.intersection(articles):
                continue
            for article in articles:
                done.add(article)
                _unlink_whole(conn, article, claim_runs)
            n += len(articles)
    return n


def _unlink_whole(conn: sqlite3.Connection, article: int, claim_runs: dict) -> None:
    """Unlink one article, and its story when it was the story's last."""
    story = conn.execute("SELECT story_pk FROM story_articles WHERE article_pk = ?", (article,)).fetchone()
    _unlink(conn, article, claim_runs)
    if story is not None:
        _drop_if_empty(conn, story[0])


def _cluster_articles(conn: sqlite3.Connection, cluster: int) -> list[int]:
    return [a for (a,) in conn.execute(
        "SELECT DISTINCT article_pk FROM events WHERE cluster_pk = ? ORDER BY article_pk LIMIT ?", (cluster, REGROUP_MAX + 1))]


def _drop_if_empty(conn: sqlite3.Connection, story: int) -> None:
    """A story whose last article was unlinked goes, with its claims that have no values left."""
    if conn.execute("SELECT 1 FROM story_articles WHERE story_pk = ? LIMIT 1", (story,)).fetchone() is None:
        conn.execute("DELETE FROM claims WHERE story_pk = ? "
                     "AND NOT EXISTS (SELECT 1 FROM claim_values v WHERE v.claim_pk = claims.pk)", (story,))
        conn.execute("DELETE FROM stories WHERE pk = ?", (story,))


def _articles(conn: sqlite3.Connection, story: int) -> list[int]:
    return [a for (a,) in conn.execute(
        "SELECT article_pk FROM story_articles WHERE story_pk = ? ORDER BY article_pk LIMIT ?", (story, MERGE_MAX + 1))]


def _unlink(conn: sqlite3.Connection, article: int, claim_runs: dict) -> None:
    """Take one article out of the story level: what links it goes, what it counted in is marked dirty."""
    dirty = [("cluster", c) for (c,) in conn.execute(
        "SELECT DISTINCT cluster_pk FROM events WHERE article_pk = ? AND cluster_pk IS NOT NULL", (article,))]
    dirty += [("actor", a) for (a,) in conn.execute(
        "SELECT DISTINCT actor_ref FROM entities WHERE article_pk = ? AND actor_ref IS NOT NULL", (article,))]
    for (claim,) in conn.execute("SELECT DISTINCT claim_pk FROM claim_values WHERE article_pk = ?", (article,)):
        claim_runs.pop(claim, None)
    conn.executemany("INSERT OR IGNORE INTO link_dirty (kind, pk) VALUES (?, ?)", dirty)
    conn.execute("UPDATE events SET cluster_pk = NULL WHERE article_pk = ?", (article,))
    conn.execute("UPDATE entities SET actor_ref = NULL WHERE article_pk = ?", (article,))
    conn.execute("UPDATE quotes SET speaker_ref = NULL WHERE article_pk = ?", (article,))
    conn.execute("DELETE FROM claim_values WHERE article_pk = ?", (article,))  # marks its claims dirty
    conn.execute("DELETE FROM copy_bands WHERE article_pk = ?", (article,))
    conn.execute("DELETE FROM story_articles WHERE article_pk = ?", (article,))
