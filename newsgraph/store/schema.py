"""The store's schema, as an ordered list of migrations.

A database records every migration it has had in ``schema_version``. Opening a database applies the
missing ones in order, each in its own transaction, so a file made by an older release opens with its
data intact and gains what it lacked (each step backfills from the tables it builds on). Never edit a
migration that has shipped: add the next one.

Layout (one row per record of SPEC section 2; ``article_pk`` on every child row, deleting an article
deletes its rows):

    articles     pk, id (the article key), date, title, url, source, language, origin, text, ...
    entities     one per referent per article; mentions: its stretches of text
    times, quotes, quantities, events    one row each, with their offsets into articles.text
    names        every actor, speaker and entity name once: what --actor and timeline resolve against
    articles_fts, quotes_fts    FTS5 indexes (external content) kept in step by triggers
    story level (v7, filled by ``newsgraph.link.update`` after each ingest):
    story_articles   one per linked article: its story, copy_of, independent source; copy_bands: MinHash bands
    stories, actors (+ actor_aliases, actor_titles, actor_evidence), clusters, claims (+ claim_values)
    entities.actor_ref, quotes.speaker_ref, events.actor_ref/recipient_ref/cluster_pk: canonical coding,
    the per-article coding kept in the original columns
    clusters.actor_country/actor_sector/recipient_country/recipient_sector (v11): for a party with no
    canonical actor ("police"), what most of the cluster's reports code; NULL when the party has one
    plover_events (v12): a view of events as the PLOVER manual codes them (a promised meeting is the AGREE made)
"""

from __future__ import annotations

from ..model import PROMISED

V1_TABLES = """
CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    date TEXT NOT NULL,
    title TEXT,
    url TEXT,
    source TEXT,
    language TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    ingested TEXT NOT NULL,
    model TEXT,
    errors TEXT
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_source_date ON articles(source, date);

CREATE TABLE entities (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    id TEXT NOT NULL,
    name TEXT NOT NULL COLLATE NOCASE,
    type TEXT,
    country TEXT,
    sector TEXT,
    title TEXT,
    UNIQUE (article_pk, id)
);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE mentions (
    pk INTEGER PRIMARY KEY,
    entity_pk INTEGER NOT NULL REFERENCES entities(pk) ON DELETE CASCADE,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT
);
CREATE INDEX mentions_entity ON mentions(entity_pk);
CREATE INDEX mentions_article ON mentions(article_pk);

CREATE TABLE times (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    type TEXT,
    anchor TEXT
);
CREATE INDEX times_article ON times(article_pk);
CREATE INDEX times_value ON times(value);

CREATE TABLE quotes (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    date TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT,
    speaker_pk INTEGER REFERENCES entities(pk) ON DELETE SET NULL,
    speaker TEXT,
    speaker_name TEXT COLLATE NOCASE,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    speaker_start INTEGER,
    speaker_end INTEGER
);
CREATE INDEX quotes_article ON quotes(article_pk);
CREATE INDEX quotes_speaker_date ON quotes(speaker_name, date);
CREATE INDEX quotes_date ON quotes(date);

CREATE TABLE quantities (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    unit TEXT,
    qualifier TEXT,
    low REAL,
    high REAL,
    counts TEXT,
    counts_start INTEGER,
    counts_end INTEGER
);
CREATE INDEX quantities_article ON quantities(article_pk);

CREATE TABLE events (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    actor_pk INTEGER REFERENCES entities(pk) ON DELETE SET NULL,
    actor_entity TEXT,
    actor_name TEXT COLLATE NOCASE,
    actor_country TEXT,
    actor_sector TEXT,
    actor_start INTEGER,
    actor_end INTEGER,
    recipient_pk INTEGER REFERENCES entities(pk) ON DELETE SET NULL,
    recipient_entity TEXT,
    recipient_name TEXT COLLATE NOCASE,
    recipient_country TEXT,
    recipient_sector TEXT,
    recipient_start INTEGER,
    recipient_end INTEGER,
    date TEXT NOT NULL,
    date_precision TEXT,
    location_name TEXT,
    location_country TEXT,
    lat REAL,
    lon REAL,
    location_start INTEGER,
    location_end INTEGER,
    status TEXT,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text TEXT,
    sentence_start INTEGER,
    sentence_end INTEGER,
    confidence REAL,
    source TEXT,
    UNIQUE (article_pk, id)
);
CREATE INDEX events_actor_date ON events(actor_name, date);
CREATE INDEX events_recipient_date ON events(recipient_name, date);
CREATE INDEX events_actor_country_date ON events(actor_country, date);
CREATE INDEX events_recipient_country_date ON events(recipient_country, date);
CREATE INDEX events_location_country_date ON events(location_country, date);
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_date ON events(date);
"""

V2_FTS = """
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content=[articles], content_rowid='pk', tokenize='porter unicode61');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content=[quotes], content_rowid='pk', tokenize='porter unicode61');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.pk, new.text, new.speaker_name);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.pk, old.text, old.speaker_name);
END;
CREATE TRIGGER quotes_au AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.pk, old.text, old.speaker_name);
    INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.pk, new.text, new.speaker_name);
END;
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
"""

V3_NAMES = """
CREATE TABLE names (name TEXT PRIMARY KEY COLLATE NOCASE) WITHOUT ROWID;
INSERT OR IGNORE INTO names(name)
    SELECT name FROM entities
    UNION SELECT actor_name FROM events WHERE actor_name IS NOT NULL
    UNION SELECT recipient_name FROM events WHERE recipient_name IS NOT NULL
    UNION SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL;
"""

V4_ARTICLE_IDS = """
ALTER TABLE events ADD COLUMN article_id TEXT;
UPDATE events SET article_id = (SELECT id FROM articles WHERE articles.pk = events.article_pk);
ALTER TABLE quotes ADD COLUMN article_id TEXT;
UPDATE quotes SET article_id = (SELECT id FROM articles WHERE articles.pk = quotes.article_pk);
"""

V5_EVENT_ACTORS = """
CREATE TABLE event_actors (
    pk INTEGER PRIMARY KEY,
    event_pk INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    entity_pk INTEGER REFERENCES entities(pk) ON DELETE SET NULL,
    entity TEXT,
    name TEXT COLLATE NOCASE,
    country TEXT,
    sector TEXT,
    start INTEGER,
    "end" INTEGER
);
CREATE INDEX event_actors_event ON event_actors(event_pk);
CREATE INDEX event_actors_name ON event_actors(name);
CREATE INDEX event_actors_country ON event_actors(country);
CREATE INDEX event_actors_article ON event_actors(article_pk);
ALTER TABLE articles ADD COLUMN extra TEXT;
ALTER TABLE entities ADD COLUMN extra TEXT;
ALTER TABLE mentions ADD COLUMN extra TEXT;
ALTER TABLE times ADD COLUMN extra TEXT;
ALTER TABLE quotes ADD COLUMN extra TEXT;
ALTER TABLE quantities ADD COLUMN extra TEXT;
ALTER TABLE events ADD COLUMN extra TEXT;
"""

V6_ENTITY_COUNTS = """
ALTER TABLE entities ADD COLUMN n_mentions INTEGER;
UPDATE entities SET n_mentions = (SELECT count(*) FROM mentions WHERE mentions.entity_pk = entities.pk);
CREATE INDEX entities_group ON entities(name, type, country, sector, article_pk, n_mentions);
"""

V7_STORY = """
CREATE TABLE stories (
    pk INTEGER PRIMARY KEY,
    title TEXT,
    first_seen TEXT,
    last_seen TEXT,
    n_articles INTEGER NOT NULL DEFAULT 0,
    n_sources INTEGER NOT NULL DEFAULT 0,
    terms TEXT
);
CREATE INDEX stories_last_seen ON stories(last_seen);
CREATE INDEX stories_size ON stories(n_articles);
CREATE TABLE story_articles (
    article_pk INTEGER PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    story_pk INTEGER REFERENCES stories(pk) ON DELETE SET NULL,
    copy_of TEXT,
    source_key TEXT NOT NULL,
    date TEXT NOT NULL,
    signature BLOB
);
CREATE INDEX story_articles_story ON story_articles(story_pk, date);
CREATE INDEX story_articles_date ON story_articles(date);
CREATE TABLE copy_bands (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE
);
CREATE INDEX copy_bands_key ON copy_bands(band, hash);
CREATE INDEX copy_bands_article ON copy_bands(article_pk);

CREATE TABLE actors (
    pk INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT,
    country TEXT,
    sector TEXT,
    key TEXT NOT NULL,
    surname TEXT,
    n_articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_key ON actors(key);
CREATE INDEX actors_surname ON actors(surname);
CREATE INDEX actors_size ON actors(n_articles);
CREATE TABLE actor_aliases (
    actor_pk INTEGER NOT NULL REFERENCES actors(pk) ON DELETE CASCADE,
    alias TEXT NOT NULL COLLATE NOCASE,
    n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_pk, alias)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_alias ON actor_aliases(alias);
CREATE TABLE actor_titles (
    actor_pk INTEGER NOT NULL REFERENCES actors(pk) ON DELETE CASCADE,
    title TEXT NOT NULL COLLATE NOCASE,
    first TEXT NOT NULL,
    last TEXT NOT NULL,
    PRIMARY KEY (actor_pk, title)
) WITHOUT ROWID;
CREATE TABLE actor_evidence (
    actor_pk INTEGER NOT NULL REFERENCES actors(pk) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    weight REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_pk, field, value)
) WITHOUT ROWID;
ALTER TABLE entities ADD COLUMN actor_ref INTEGER;
CREATE INDEX entities_actor_ref ON entities(actor_ref);
ALTER TABLE quotes ADD COLUMN speaker_ref INTEGER;
CREATE INDEX quotes_speaker_ref ON quotes(speaker_ref, date);

CREATE TABLE clusters (
    pk INTEGER PRIMARY KEY,
    story_pk INTEGER,
    family TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    status TEXT,
    actor_ref INTEGER,
    actor_name TEXT,
    recipient_ref INTEGER,
    recipient_name TEXT,
    date TEXT NOT NULL,
    date_precision TEXT,
    location_name TEXT,
    location_country TEXT,
    n_reports INTEGER NOT NULL DEFAULT 0,
    n_articles INTEGER NOT NULL DEFAULT 0,
    n_sources INTEGER NOT NULL DEFAULT 0,
    first_report TEXT,
    lemma TEXT
);
CREATE INDEX clusters_family_date ON clusters(family, date);
CREATE INDEX clusters_date ON clusters(date);
CREATE INDEX clusters_actor ON clusters(actor_ref, date);
CREATE INDEX clusters_recipient ON clusters(recipient_ref, date);
CREATE INDEX clusters_story ON clusters(story_pk);
ALTER TABLE events ADD COLUMN cluster_pk INTEGER;
ALTER TABLE events ADD COLUMN actor_ref INTEGER;
ALTER TABLE events ADD COLUMN recipient_ref INTEGER;
CREATE INDEX events_cluster ON events(cluster_pk);
CREATE INDEX events_actor_ref ON events(actor_ref, date);
CREATE INDEX events_recipient_ref ON events(recipient_ref, date);

CREATE TABLE claims (
    pk INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    about TEXT,
    key TEXT NOT NULL,
    story_pk INTEGER,
    cluster_pk INTEGER,
    contested INTEGER NOT NULL DEFAULT 0,
    "update" INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX claims_key ON claims(key);
CREATE INDEX claims_story ON claims(story_pk);
CREATE INDEX claims_cluster ON claims(cluster_pk);
CREATE TABLE claim_values (
    pk INTEGER PRIMARY KEY,
    claim_pk INTEGER NOT NULL REFERENCES claims(pk) ON DELETE CASCADE,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    date TEXT,
    value,
    qualifier TEXT,
    unit TEXT,
    low REAL,
    high REAL,
    start INTEGER,
    "end" INTEGER,
    text TEXT,
    is_update INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX claim_values_claim ON claim_values(claim_pk);
CREATE INDEX claim_values_article ON claim_values(article_pk);

CREATE TABLE link_dirty (kind TEXT NOT NULL, pk INTEGER NOT NULL, PRIMARY KEY (kind, pk)) WITHOUT ROWID;
CREATE TRIGGER events_unlink AFTER DELETE ON events WHEN old.cluster_pk IS NOT NULL BEGIN
    INSERT OR IGNORE INTO link_dirty(kind, pk) VALUES ('cluster', old.cluster_pk);
END;
CREATE TRIGGER story_articles_unlink AFTER DELETE ON story_articles WHEN old.story_pk IS NOT NULL BEGIN
    INSERT OR IGNORE INTO link_dirty(kind, pk) VALUES ('story', old.story_pk);
END;
CREATE TRIGGER entities_unlink AFTER DELETE ON entities WHEN old.actor_ref IS NOT NULL BEGIN
    INSERT OR IGNORE INTO link_dirty(kind, pk) VALUES ('actor', old.actor_ref);
END;
CREATE TRIGGER claim_values_unlink AFTER DELETE ON claim_values BEGIN
    INSERT OR IGNORE INTO link_dirty(kind, pk) VALUES ('claim', old.claim_pk);
END;
"""

V8_UNCODED = """
ALTER TABLE articles ADD COLUMN uncoded TEXT;
"""

V9_ACTOR_ARTICLES = """
CREATE INDEX entities_actor_article ON entities(actor_ref, article_pk);
CREATE INDEX entities_article_actor ON entities(article_pk, actor_ref);
"""

V10_LINK_INDEXES = """
CREATE INDEX clusters_story_date ON clusters(story_pk, date);
CREATE INDEX story_articles_id ON story_articles(article_id);
"""


def _reported(party: str, field: str) -> str:
    """The backfill of one v11 column: what most of a cluster's reports code (ties to the first report), for a
    party with no canonical actor; what ``link.clusters`` now keeps as the cluster's reports arrive."""
    col = f"{party}_{field}"
    return (
        f"{col} = CASE WHEN {party}_ref IS NULL THEN (SELECT e.{col} FROM events e WHERE e.cluster_pk = clusters.pk "
        f"AND e.{col} IS NOT NULL GROUP BY e.{col} ORDER BY count(*) DESC, min(e.pk) LIMIT 1) END"
    )


V11_CLUSTER_PARTIES = (
    "ALTER TABLE clusters ADD COLUMN actor_country TEXT;\n"
    "ALTER TABLE clusters ADD COLUMN actor_sector TEXT;\n"
    "ALTER TABLE clusters ADD COLUMN recipient_country TEXT;\n"
    "ALTER TABLE clusters ADD COLUMN recipient_sector TEXT;\n"
    "UPDATE clusters SET "
    + ", ".join(_reported(p, f) for p in ("actor", "recipient") for f in ("country", "sector"))
    + ";"
)


def _as_plover(col: str, value: str) -> str:
    return f"CASE WHEN promise_read THEN {value} ELSE {col} END AS {col}"


_READING = ("type", "mode", "cameo", "date", "date_precision")
_PLACE = ("location_name", "location_country", "lat", "lon", "location_start", "location_end")
_KEPT = ("pk", "article_pk", "id", "actor_pk", "actor_entity", "actor_name", "actor_country", "actor_sector",
         "actor_start", "actor_end", "recipient_pk", "recipient_entity", "recipient_name", "recipient_country",
         "recipient_sector", "recipient_start", "recipient_end", "trigger_start", "trigger_end", "trigger_text",
         "sentence_start", "sentence_end", "confidence", "source", "article_id", "cluster_pk", "actor_ref",
         "recipient_ref")

# The events as the PLOVER manual codes them, for SQL users (``model.Event.as_plover``, the PLOVER and GDELT
# exports): a promised meeting, support or aid ("said she would visit", status planned) is the AGREE that was made,
# occurred, dated the day it was said, with no place (the place was the meeting's); every other row is itself.
# ``promise_read`` says which rows were read so; ``status`` and the rest keep the store's reading in ``events``.
V12_PLOVER_VIEW = (
    "CREATE VIEW plover_events AS SELECT "
    + ", ".join(
        list(_KEPT)
        + [_as_plover(c, f"json_extract(extra, '$.plover.{c}')") for c in _READING]
        + [_as_plover(c, "NULL") for c in _PLACE]
        + [_as_plover("status", "'occurred'"), "promise_read"]
    )
    + f" FROM (SELECT *, (status IN ({', '.join(repr(s) for s in PROMISED)})"
    " AND json_extract(extra, '$.plover') IS NOT NULL) AS promise_read FROM events);"
)

# (version, what it does, SQL). Append only.
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "tables and indexes", V1_TABLES),
    (2, "full-text search on article text and quote content", V2_FTS),
    (3, "names table for actor and speaker look-up", V3_NAMES),
    (4, "article id on events and quotes, so answers need no join", V4_ARTICLE_IDS),
    (
        5,
        "coordinated actors and recipients of events; extra column for record fields without one",
        V5_EVENT_ACTORS,
    ),
    (6, "mention counts on entities and a covering index for the entities listing", V6_ENTITY_COUNTS),
    (
        7,
        "story level: copies and stories, canonical actors, event clusters, claims (filled by ingest)",
        V7_STORY,
    ),
    (8, "articles kept but not coded (a language without a pipeline) say why", V8_UNCODED),
    (9, "covering indexes from a canonical actor to its articles and back (the actors in the same articles)",
     V9_ACTOR_ARTICLES),
    (10, "indexes for linking: a story's clusters by date, a story article by its id", V10_LINK_INDEXES),
    (11, "a cluster's unnamed parties keep the country and sector most reports give them", V11_CLUSTER_PARTIES),
    (12, "plover_events: the events as the PLOVER manual codes them (a promised meeting is the AGREE made)",
     V12_PLOVER_VIEW),
]

LATEST = MIGRATIONS[-1][0]

VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied TEXT NOT NULL
)
"""
