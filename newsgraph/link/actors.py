"""Canonical actors across the store: one id per real-world person, body or place, whatever each article
called it ("Kristi Noem", "Noem", "Homeland Security Secretary Kristi Noem").

Each stored entity (one referent in one article) is mapped to an actor (``entities.actor_ref``):
- a full name joins the actor with the same name key (first and last name for a person, the plain name
  otherwise);
- a surname alone ("Noem") joins the person with that surname the evidence favours: named in the same
  story, with the same title, of the same country. When two people share the surname and nothing tells
  them apart, the mention gets an actor of its own rather than a guess (two Johnsons stay two);
- a first full name adopts the surname-only actor made before it, when it is the only one of that name.

An actor's country and sector are decided by the weight of evidence across articles (one article per
vote), so one article's slip does not move a person to another country. Titles keep their first and
last date.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from .. import geo
from ..extractors.mentions.cluster import GENERIC_ORG_HEADS
from ..lexicons.countries import lookup as country_lookup
from .names import name_key, surname, words

PLACE_TYPES = {"GPE", "LOC", "FAC"}
# an alias spelled in capitals only (a dateline's "NAIROBI"): a spelling in mixed case met later replaces it
_CAPITALS = "({0} COLLATE BINARY = upper({0}) AND {0} COLLATE BINARY != lower({0}))"


def _type_group(type_: str | None) -> str:
    return "PLACE" if type_ in PLACE_TYPES else (type_ or "OTHER")


def _candidates(conn: sqlite3.Connection, key: str, group: str) -> list[int]:
    """The actors of a name key, those of the entity's type group first; any other type for a body or place,
    and for a person named in full ("Hernan Quispe" typed ORG in the article met first is the same man), but
    not for a lone surname (the ORG "Johnson" is no person's)."""
    rows = conn.execute("SELECT pk, type FROM actors WHERE key = ?", (key,)).fetchall()
    return [pk for pk, t in rows if _type_group(t) == group] or [
        pk for pk, _ in rows if group != "PERSON" or " " in key
    ]


def _surname_match(conn: sqlite3.Connection, ent: dict, story: int | None) -> int | None | str:
    """The person a surname alone names: an actor pk, None (nobody yet) or "ambiguous"."""
    rows = conn.execute(
        "SELECT pk, country, sector, key FROM actors WHERE surname = ? AND type = 'PERSON'", (surname(ent["name"]),)
    ).fetchall()
    if not rows:
        return None
    title = title_key(ent["title"])
    scored = []
    for pk, country, sector, _key in rows:
        s = 0
        if (
            story is not None
            and conn.execute(
                "SELECT 1 FROM entities e JOIN story_articles s ON s.article_pk = e.article_pk "
                "WHERE e.actor_ref = ? AND s.story_pk = ? LIMIT 1",
                (pk, story),
            ).fetchone()
        ):
            s += 2
        if title and any(
            title_key(t) == title
            for (t,) in conn.execute("SELECT title FROM actor_titles WHERE actor_pk = ?", (pk,)).fetchall()
        ):
            s += 2
        if ent["country"] and ent["country"] == country:
            s += 1
        if ent["sector"] and ent["sector"] == sector:
            s += 1  # "Dlamini, the union leader" (LAB) is the unionist, not the terminal manager
        scored.append((s, pk))
    scored.sort(reverse=True)
    if len(scored) == 1 or scored[0][0] > scored[1][0]:
        return scored[0][1]
    return "ambiguous"


def title_key(title: str | None) -> str | None:
    """A title as compared across articles: "his lawyer" is "lawyer", "the Judge" is "judge"."""
    words = (title or "").lower().split()
    while words and words[0] in {"his", "her", "their", "its", "the", "a", "an"}:
        words = words[1:]
    return " ".join(words) or None


# words that name a kind of body, not one: "the Court" or "the Bank of Kenya"'s "Bank" names no body alone: the
# entity pass's generic heads of an organisation ("a member of the group") and the bodies of a state and others
KIND_WORDS = GENERIC_ORG_HEADS | {
    "army", "assembly", "association", "authority", "bank", "board", "bureau", "center", "centre", "college",
    "commission", "committee", "council", "court", "department", "federation", "force", "forces", "foundation",
    "front", "government", "league", "ministry", "office", "parliament", "police", "service", "society", "university",
}  # fmt: skip


def _of_form(conn: sqlite3.Connection, key: str, story: int) -> int | None:
    """The body a name names in its other form, "X" and "X of Y", in the same story: "the Geophysical
    Institute" of one outlet is the "Geophysical Institute of Peru" of another, and the other way round.
    Only when X has a word of its own (not "the Court" beside "the Court of Appeal") and one body of the
    story answers."""
    short = key.split(" of ")[0] if " of " in key else key
    if not set(short.split()) - KIND_WORDS:
        return None
    if short != key:
        rows = conn.execute("SELECT pk, type FROM actors WHERE key = ?", (short,)).fetchall()
    else:
        rows = conn.execute(
            "SELECT pk, type FROM actors WHERE key > ? AND key < ?", (f"{key} of ", f"{key} of \U0010ffff")
        ).fetchall()
    found = [pk for pk, t in rows if _type_group(t) not in ("PERSON", "PLACE") and _in_story(conn, pk, story)]
    return found[0] if len(found) == 1 else None


ACRONYM_SKIP = {"of", "the", "and", "for", "&"}  # words an acronym leaves out ("Bank of Kenya": BK)


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in ACRONYM_SKIP)


def _is_acronym(name: str) -> bool:
    """"ECZ", "KPA" (not "UN": two letters name too many bodies; not "Ltd")."""
    word = name.strip().removeprefix("the ").strip()
    return 3 <= len(word) <= 6 and word.isalpha() and word.isupper()


BODY_TYPES = "a.type NOT IN ('PERSON', 'GPE', 'LOC', 'FAC')"


def _named_here(conn: sqlite3.Connection, actor: int, story: int | None, article: int | None) -> bool:
    """Whether the story's articles, or ``article`` (being linked: not in its story yet), name the actor."""
    return conn.execute(
        "SELECT 1 FROM entities e JOIN story_articles s ON s.article_pk = e.article_pk "
        "WHERE e.actor_ref = ? AND (s.story_pk = ? OR e.article_pk = ?) LIMIT 1",
        (actor, story, article),
    ).fetchone() is not None


def _longer(conn: sqlite3.Connection, short: str, acronym: bool, story: int | None, article: int | None) -> set[int]:
    """The bodies named here (``_named_here``) of which ``short`` is a short form (``_shortens``): found by
    the index of name keys ("harbourline " ...), and for an acronym among the bodies the story names."""
    rows = conn.execute(
        f"SELECT a.pk FROM actors a WHERE a.key > ? AND a.key < ? AND {BODY_TYPES}",  # noqa: S608
        (f"{short} ", f"{short} \U0010ffff"),
    ).fetchall()
    found = {pk for (pk,) in rows if _named_here(conn, pk, story, article)}
    if acronym:
        found |= {pk for pk, long in conn.execute(
            f"SELECT DISTINCT a.pk, a.key FROM actors a JOIN entities e ON e.actor_ref = a.pk "  # noqa: S608
            f"JOIN story_articles s ON s.article_pk = e.article_pk WHERE (s.story_pk = ? OR e.article_pk = ?) "
            f"AND {BODY_TYPES}", (story, article)) if _shortens(short, long, True)}
    return found


def _shortens(short: str, long: str, acronym: bool) -> bool:
    """Whether name key ``short`` is a short form of ``long``: its first words ("harbourline" of "harbourline
    terminals") or, for an ``acronym``, its initials ("ecz" of "electoral commission of zambia")."""
    if long.startswith(short + " "):
        return True
    return acronym and " " not in short and len(long.split()) > 1 and _initials(long) == short


def _names_a_body(conn: sqlite3.Connection, key: str) -> bool:
    """Whether a short form has a word of its own (not "the Court", "the Commission") and is no place's name:
    "Kenya" of "Kenya Ports Authority" is the country, "Valparaiso" (typed a body by the parser) of the
    "Valparaiso Port Workers Union" the city, and a river's "Seti" is not "Seti Hydro Power"."""
    if not set(key.split()) - KIND_WORDS or country_lookup(key.title()) is not None:
        return False
    if geo.lookup(key.title()) is not None:
        return False
    return conn.execute(
        "SELECT 1 FROM actors WHERE key = ? AND type IN ('GPE', 'LOC', 'FAC') LIMIT 1", (key,)
    ).fetchone() is None


def _short_form(conn: sqlite3.Connection, ent: dict, key: str, story: int | None) -> int | None:
    """The body a short form names in the story: the one body whose full name starts with it ("Harbourline"
    of "Harbourline Terminals"), or whose initials it is ("ECZ"); None when none, or two ("Harbourline" in a
    story of Harbourline Terminals and Harbourline Shipping), answer."""
    found = _longer(conn, key, _is_acronym(ent["name"]), story, ent.get("article"))
    return found.pop() if len(found) == 1 and _names_a_body(conn, key) else None


def _adopt_short_form(conn: sqlite3.Connection, key: str, story: int | None, article: int | None) -> int | None:
    """A body's full name met after its short form in the story takes over the short form's actor, when no
    other body of the story has that short form (as a full name takes over its surname's actor): "Harbourline"
    then "Harbourline Terminals" are one actor, as in the other order."""
    words = key.split()
    shorts = [" ".join(words[:n]) for n in range(1, len(words))] + [_initials(key)]
    for short in dict.fromkeys(shorts):
        for pk, name in conn.execute(
            f"SELECT a.pk, a.name FROM actors a WHERE a.key = ? AND {BODY_TYPES}", (short,)  # noqa: S608
        ).fetchall():
            acronym = _is_acronym(name)
            if not _shortens(short, key, acronym) or not _named_here(conn, pk, story, article):
                continue
            if _longer(conn, short, acronym, story, article) or not _names_a_body(conn, short):
                return None  # "Harbourline" of a story with Harbourline Shipping as well: whose it was is unknown
            conn.execute("UPDATE actors SET key = ? WHERE pk = ?", (key, pk))
            return pk
    return None


def _in_story(conn: sqlite3.Connection, actor: int, story: int) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM entities e JOIN story_articles s ON s.article_pk = e.article_pk "
            "WHERE e.actor_ref = ? AND s.story_pk = ? LIMIT 1",
            (actor, story),
        ).fetchone()
        is not None
    )


def _new(conn: sqlite3.Connection, ent: dict, key: str) -> int:
    cur = conn.execute(
        "INSERT INTO actors (name, type, country, sector, key, surname) VALUES (?, ?, ?, ?, ?, ?)",
        (
            ent["name"],
            ent["type"],
            ent["country"],
            ent["sector"],
            key,
            surname(ent["name"]) if ent["type"] == "PERSON" else None,
        ),
    )
    assert cur.lastrowid is not None  # set by every INSERT
    return cur.lastrowid


def _adopt_surname_actor(conn: sqlite3.Connection, ent: dict, key: str) -> int | None:
    """A full name's first appearance takes over the one actor made from its surname alone, when it is the
    only person of that surname, or the surname came with the same title; never against another title."""
    last = surname(ent["name"])
    rows = conn.execute(
        "SELECT pk FROM actors WHERE type = 'PERSON' AND surname = ? AND key = ?", (last, last)
    ).fetchall()
    others = conn.execute(
        "SELECT count(*) FROM actors WHERE type = 'PERSON' AND surname = ? AND key != ?", (last, last)
    ).fetchone()[0]
    if len(rows) != 1:
        return None
    title = title_key(ent["title"])
    titles = {title_key(t) for (t,) in conn.execute("SELECT title FROM actor_titles WHERE actor_pk = ?", rows[0])}
    if title and titles and title not in titles:
        return None  # "Mwangi, his lawyer" met first is not "Judge Esther Mwangi"
    if others and not (title and title in titles):
        return None  # another person of that surname is known: only the same title tells whose it was
    conn.execute("UPDATE actors SET key = ?, name = ? WHERE pk = ?", (key, ent["name"], rows[0][0]))
    return rows[0][0]


def resolve(conn: sqlite3.Connection, ent: dict, story: int | None) -> int | None:
    """The actor pk of one stored entity (``name``, ``type``, ``country``, ``sector``, ``title``)."""
    key = name_key(ent["name"], ent["type"])
    if key is None:
        return None
    group = _type_group(ent["type"])
    if group == "ORG" and " " not in key and story is not None:
        # a surname alone that the parser typed as a body ("Dlamini, the union leader, said"): the person of
        # that surname the story names, when the evidence picks one; else the body it may well be
        match = _surname_match(conn, {**ent, "name": key}, story)
        if isinstance(match, int) and _in_story(conn, match, story):
            return match
    if group == "PERSON" and " " not in key:
        match = _surname_match(conn, ent, story)
        if isinstance(match, int):
            return match
        if match == "ambiguous":
            key = f"{key}?"  # a surname nothing tells apart: an actor of its own, not a guess
    else:
        found = _candidates(conn, key, group)
        if found:
            return found[0]
        if group == "ORG":
            longer_or_shorter = _of_form(conn, key, story) if story is not None else None
            longer_or_shorter = longer_or_shorter or _short_form(conn, ent, key, story)
            if longer_or_shorter is None and " " in key:
                longer_or_shorter = _adopt_short_form(conn, key, story, ent.get("article"))
            if longer_or_shorter is not None:
                return longer_or_shorter
        if group == "PERSON":
            adopted = _adopt_surname_actor(conn, ent, key)
            if adopted is not None:
                return adopted
    found = _candidates(conn, key, group)
    return found[0] if found else _new(conn, ent, key)


def link_entities(conn: sqlite3.Connection, article_pk: int, date: str, story: int | None) -> set[int]:
    """Map every entity of one article to its actor and add the article's evidence; return the actors."""
    rows = conn.execute(
        "SELECT pk, name, type, country, sector, title FROM entities WHERE article_pk = ? ORDER BY length(name) DESC",
        (article_pk,),
    ).fetchall()
    seen: set[int] = set()
    votes: set[tuple] = set()  # (actor, field, value) this article has voted for: one vote per article
    acronyms = _acronyms(conn, [r[0] for r in rows])
    for pk, name, type_, country, sector, title in rows:
        ent = {"name": name, "type": type_, "country": country, "sector": sector, "title": title,
               "article": article_pk}
        ref = resolve(conn, ent, story)
        if ref is None:
            continue
        if type_ == "ORG":
            (actor_type,) = conn.execute("SELECT type FROM actors WHERE pk = ?", (ref,)).fetchone()
            ent["type"] = _type_vote(type_, name, actor_type == "PERSON")
        conn.execute("UPDATE entities SET actor_ref = ? WHERE pk = ?", (ref, pk))
        _evidence(conn, ref, ent, date, votes)
        for acronym in acronyms.get(pk, ()):
            _alias(conn, ref, acronym)
        seen.add(ref)
    conn.executemany(  # votes: read by nothing while linking, so written once per article
        "INSERT INTO actor_evidence (actor_pk, field, value, weight) VALUES (?, ?, ?, 1) "
        "ON CONFLICT (actor_pk, field, value) DO UPDATE SET weight = weight + 1",
        sorted(votes),
    )
    conn.executemany(
        "UPDATE actors SET n_articles = n_articles + 1 WHERE pk = ?", [(ref,) for ref in sorted(seen)]
    )
    return seen


def _evidence(conn: sqlite3.Connection, ref: int, ent: dict, date: str, votes: set[tuple]) -> None:
    """Running totals of what ``refresh`` counts: aliases (spelled as first met, as a recount grouping
    them finds them), titles with their first and last day, one vote per article for each country, sector
    and type the article gives the actor."""
    _alias(conn, ref, ent["name"])
    day = date[:10]
    if ent["title"]:
        conn.execute(
            "INSERT INTO actor_titles (actor_pk, title, first, last) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (actor_pk, title) DO UPDATE SET first = min(first, excluded.first), "
            "last = max(last, excluded.last)",
            (ref, ent["title"], day, day),
        )
    for field in ("country", "sector", "type"):
        if ent[field]:
            votes.add((ref, field, ent[field]))  # written by ``link_entities``, once per article


def _alias(conn: sqlite3.Connection, ref: int, name: str) -> None:
    conn.execute(
        "INSERT INTO actor_aliases (actor_pk, alias, n) VALUES (?, ?, 1) "
        "ON CONFLICT (actor_pk, alias) DO UPDATE SET n = n + 1, alias = CASE WHEN "
        f"{_CAPITALS.format('alias')} AND NOT {_CAPITALS.format('excluded.alias')} THEN excluded.alias ELSE alias END",
        (ref, name),
    )


ACRONYMS_SQL = (
    "SELECT DISTINCT m.entity_pk, m.text, e.name FROM mentions m JOIN entities e ON e.pk = m.entity_pk "
    "WHERE m.kind = 'name' AND "
)


def _acronyms(conn: sqlite3.Connection, entities: list[int] | None = None, actor: int | None = None) -> dict[int, list[str]]:
    """The acronyms the articles use as names of these entities ("The Ghana Federation of Transport Workers
    (GFTW)": a mention of the body, not an entity of its own), by entity: aliases of their actor, once per
    entity, though no other article names the body by its acronym alone. One query for all of them."""
    out: dict[int, list[str]] = {}
    if actor is not None:  # every entity of one actor (a recount: there may be thousands)
        rows = conn.execute(ACRONYMS_SQL + "e.actor_ref = ?", (actor,)).fetchall()
    elif entities:
        rows = conn.execute(ACRONYMS_SQL + f"m.entity_pk IN ({', '.join('?' * len(entities))})", entities).fetchall()
    else:
        return out
    for entity, text, own in rows:
        if _is_acronym(text) and text.casefold() != own.casefold():
            out.setdefault(entity, []).append(text)
    return out


def refresh(conn: sqlite3.Connection, refs: set[int], dirty: set[int] | frozenset[int] = frozenset()) -> None:
    """Set ``refs``' name (the most used full form), country, sector and type (the most votes, one per
    article) from the running totals ``link_entities`` keeps. The ``dirty`` ones (an article of theirs was
    replaced or removed) are first recounted from the entities mapped to them, exact whatever was taken
    away; the others need not re-read their entities (a busy actor has thousands)."""
    for ref in refs:
        if ref in dirty:
            if conn.execute("SELECT 1 FROM entities WHERE actor_ref = ? LIMIT 1", (ref,)).fetchone() is None:
                conn.execute("UPDATE actors SET n_articles = 0 WHERE pk = ?", (ref,))
                continue
            _recount(conn, ref)
        votes: dict[str, str | None] = {"country": None, "sector": None, "type": None}
        rows = conn.execute(
            "SELECT field, value FROM actor_evidence WHERE actor_pk = ? ORDER BY field, weight DESC, value", (ref,)
        )
        for field, value in rows:  # one query for the three fields: each one's first row is its winner
            if field in votes and votes[field] is None:
                votes[field] = value
        aliases = conn.execute("SELECT alias, n FROM actor_aliases WHERE actor_pk = ?", (ref,)).fetchall()
        name = max(aliases, key=_name_rank)[0]
        if _is_outlet(conn, aliases):  # "as Coast Daily reported", "(East Africa Wire)": the press, whatever
            votes["sector"], votes["type"] = "JRN", "ORG"  # the parser took it for
        conn.execute(
            "UPDATE actors SET name = ?, country = ?, sector = ?, type = coalesce(?, type) WHERE pk = ?",
            (name, votes["country"], votes["sector"], votes["type"], ref),
        )


def _is_outlet(conn: sqlite3.Connection, aliases: list[tuple[str, int]]) -> bool:
    """Whether an actor is a news outlet of the store: one of its names of two words or more is the
    ``source`` of a stored article, spelled alike (one word, "Reuters" or "Mail", could be anyone's name;
    the index on ``articles(source)`` answers it)."""
    names = [a for a, _n in aliases if len(words(a)) > 1]
    if not names:
        return False
    return (
        conn.execute(
            f"SELECT 1 FROM articles WHERE source IN ({', '.join('?' * len(names))}) LIMIT 1",  # noqa: S608
            names,
        ).fetchone()
        is not None
    )


def _name_rank(alias: tuple[str, int]) -> tuple:
    """How well an alias (spelling, number of mentions) names its actor: the fullest form (up to three words
    of the name itself, so a dateline's "LIMA -" is one word), the most used, not in capitals (a dateline's
    "NAIROBI" beside "Nairobi"), the shortest."""
    text, n = alias
    return (min(len(words(text)), 3), text.isupper() is False, n, -len(text))


def _type_vote(type_: str, name: str, person: bool) -> str:
    """The type an entity votes for its actor: a one-word body's name joined to a person (the parser's
    "Dlamini" ORG, joined to Sipho Dlamini by ``resolve``) votes for a person, else a tie of one article
    each would retype the person a body and split the next "Sipho Dlamini" off into another actor."""
    return "PERSON" if person and type_ == "ORG" and " " not in name.strip() else type_


def _recount(conn: sqlite3.Connection, ref: int) -> None:
    conn.execute("DELETE FROM actor_aliases WHERE actor_pk = ?", (ref,))
    spelled: dict[str, list] = {}  # each alias as ``_evidence`` spells it: first met, unless in capitals
    entities = conn.execute("SELECT pk, name FROM entities WHERE actor_ref = ? ORDER BY pk", (ref,)).fetchall()
    acronyms = _acronyms(conn, actor=ref)
    names = [name for _pk, name in entities] + [a for pk, _n in entities for a in acronyms.get(pk, ())]
    for name in names:
        found = spelled.setdefault(name.casefold(), [name, 0])
        if found[0].isupper() and not name.isupper():
            found[0] = name
        found[1] += 1
    conn.executemany(
        "INSERT INTO actor_aliases (actor_pk, alias, n) VALUES (?, ?, ?)", [(ref, a, n) for a, n in spelled.values()]
    )
    conn.execute("DELETE FROM actor_titles WHERE actor_pk = ?", (ref,))
    conn.execute(
        "INSERT INTO actor_titles (actor_pk, title, first, last) SELECT ?, e.title, min(substr(a.date, 1, 10)), "
        "max(substr(a.date, 1, 10)) FROM entities e JOIN articles a ON a.pk = e.article_pk "
        "WHERE e.actor_ref = ? AND e.title IS NOT NULL GROUP BY e.title COLLATE NOCASE",
        (ref, ref),
    )
    conn.execute("DELETE FROM actor_evidence WHERE actor_pk = ?", (ref,))
    for field in ("country", "sector"):
        conn.execute(
            "INSERT INTO actor_evidence (actor_pk, field, value, weight) SELECT ?, ?, "  # noqa: S608
            f"{field}, count(DISTINCT article_pk) FROM entities WHERE actor_ref = ? AND {field} IS NOT NULL "
            f"GROUP BY {field}",
            (ref, field, ref),
        )
    person = conn.execute(
        "SELECT 1 FROM entities WHERE actor_ref = ? AND type = 'PERSON' LIMIT 1", (ref,)
    ).fetchone()
    votes = {
        (_type_vote(t, name, person is not None), article)
        for t, name, article in conn.execute(
            "SELECT type, name, article_pk FROM entities WHERE actor_ref = ? AND type IS NOT NULL", (ref,)
        ).fetchall()
    }  # one vote per article and type, as ``link_entities`` gives them
    conn.executemany(
        "INSERT INTO actor_evidence (actor_pk, field, value, weight) VALUES (?, 'type', ?, ?)",
        [(ref, t, n) for t, n in sorted(Counter(t for t, _article in votes).items())],
    )
    conn.execute(
        "UPDATE actors SET n_articles = (SELECT count(DISTINCT article_pk) FROM entities WHERE actor_ref = ?) "
        "WHERE pk = ?",
        (ref, ref),
    )


def lookup(conn: sqlite3.Connection, name: str | None, type_: str | None = None) -> int | None:
    """The actor a bare name (an event party without an entity) refers to, if one has that key."""
    key = name_key(name, type_)
    if key is None:
        return None
    row = conn.execute(
        "SELECT pk FROM actors WHERE key = ? ORDER BY n_articles DESC LIMIT 1", (key,)
    ).fetchone()
    return row[0] if row else None
