"""Out-of-order arrival: a one-article story that a later article ties to another story is linked again.

Stories are built one article at a time, so the order of arrival matters: an archive ingested newest
first, or a feed that delivers a Thursday report before the Monday one, can open a story for an article
that, had its neighbours come first, would have joined theirs (the Red Cross figure of a flood, named
after none of the people the other outlets quote). When a new article has the evidence to join that
one-article story *and* joins another, the first story was only waiting for the link: its article is
unlinked here and linked again by the next pass of ``update`` (which takes unlinked articles), now
against the story the new article made richer. Only one-article stories, never copies (a copy's story
is its original's), and an article at most once per update: whatever the next pass decides stands.

Unlinking undoes what linking an article wrote (its story row, copy bands, actor references with their
running totals, event clusters, claim values) and marks what it touched for recount (``link_dirty``);
the refresh at the end of the chunk recounts them, as it does after ``ingest --update``.
"""

from __future__ import annotations

import sqlite3


def rehome(conn: sqlite3.Connection, stories: set[int], done: set[int], claim_runs: dict) -> int:
    """Unlink the article of each of ``stories`` that still has one article (not a copy, not unlinked
    before in this update: ``done``); return how many were unlinked. ``claim_runs`` loses the claims
    whose values are removed (their verdict is recomputed from what is left)."""
    n = 0
    for story in sorted(stories):
        rows = conn.execute(
            "SELECT article_pk, copy_of FROM story_articles WHERE story_pk = ? LIMIT 2", (story,)
        ).fetchall()
        if len(rows) != 1 or rows[0][1] is not None or rows[0][0] in done:
            continue
        article = rows[0][0]
        done.add(article)
        _unlink(conn, article, claim_runs)
        conn.execute("DELETE FROM claims WHERE story_pk = ? "
                     "AND NOT EXISTS (SELECT 1 FROM claim_values v WHERE v.claim_pk = claims.pk)", (story,))
        conn.execute("DELETE FROM stories WHERE pk = ?", (story,))
        n += 1
    return n


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
