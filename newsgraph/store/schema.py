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
"""

from __future__ import annotations

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

V7_UNCODED = """
ALTER TABLE articles ADD COLUMN uncoded TEXT;
"""

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
    (7, "articles kept but not coded (a language without a pipeline) say why", V7_UNCODED),
]

LATEST = MIGRATIONS[-1][0]

VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied TEXT NOT NULL
)
"""
