"""The SQLite store: opening (WAL, foreign keys, migrations) and writing one article's record atomically.

    >>> store = Store(":memory:")
    >>> store.write(record)          # "stored"; again: "exists"; with update=True: "updated"

Every article is written whole inside one transaction (``write``: one article; ``write_many``: several,
each in its own savepoint), so a process killed at any moment leaves each article wholly stored or
absent. Readers keep reading while a writer writes (WAL).
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import NewsgraphError
from ..model import ArticleRecord
from .schema import LATEST, MIGRATIONS, VERSION_TABLE

DEFAULT_DB = "newsgraph.db"


class StoreError(NewsgraphError):
    """The store cannot be opened or used."""

    code = "E200"


class SearchSyntaxError(StoreError):
    """A full-text search the SQLite FTS5 syntax rejects."""

    code = "E201"


class SchemaTooNew(StoreError):
    """The database was made by a newer newsgraph."""

    code = "E202"


class NoStore(StoreError):
    """A query named a database file that does not exist."""

    code = "E203"


class StoreBusy(StoreError):
    """Another process held the store's write lock for longer than the 30 s the store waits."""

    code = "E204"


def coded(exc: sqlite3.Error, path: str | None = None) -> StoreError:
    """The coded error, with a remedy, for a raw ``sqlite3`` error met on the store at ``path``: the store
    maps these itself so that no caller (library user, CLI, explorer) sees SQLite's bare message."""
    where = f"The store {path}" if path else "The store"
    text = str(exc)
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return StoreBusy(
            f"{where} is busy ({text}): another process held its write lock for 30 s.", "Try again."
        )
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return StoreError(  # "file is not a database", "database disk image is malformed"
            f"{where} cannot be read: {text}.",
            "Is it a newsgraph database? Pass --db a store made by `newsgraph ingest`, or a new file name.",
        )
    return StoreError(
        f"{where} cannot be used: {text}.", "Check the file, its folder's permissions and the free disk space."
    )


def _rowid(cur: sqlite3.Cursor) -> int:
    """The rowid of the row ``cur`` just inserted (``lastrowid`` is typed optional: None before any INSERT)."""
    assert cur.lastrowid is not None, "called after an INSERT"
    return cur.lastrowid


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    """One connection to a newsgraph database. ``create=False`` refuses to make a new file."""

    def __init__(
        self, path: str | Path = DEFAULT_DB, *, create: bool = True, migrations=None, any_thread: bool = False
    ) -> None:
        self.path = str(path)
        if not create and self.path != ":memory:" and not Path(self.path).exists():
            raise NoStore(
                f"There is no store at {self.path}.",
                "Run `newsgraph ingest PATH... --db FILE` first, or pass --db.",
            )
        try:
            self.conn = sqlite3.connect(
                self.path, isolation_level=None, timeout=30, check_same_thread=not any_thread
            )
        except sqlite3.Error as exc:
            raise StoreError(
                f"Cannot open the store {self.path}: {exc}.", "Check the path and its permissions."
            ) from exc
        self.conn.row_factory = sqlite3.Row
        self.backup: str | None = None
        try:
            self._prepare(MIGRATIONS if migrations is None else migrations)
        except sqlite3.Error as exc:  # a file that is not a database, a read-only folder, a held lock
            self.conn.close()
            raise coded(exc, self.path) from exc

    def _prepare(self, migrations) -> None:
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA busy_timeout = 30000")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA mmap_size = 1073741824")  # read pages from the OS cache without a copy
        self.migrate(migrations)

    # --- schema -------------------------------------------------------------------------------

    def version(self) -> int:
        row = self.conn.execute("SELECT max(version) FROM schema_version").fetchone()
        return row[0] or 0

    def migrate(self, migrations) -> list[int]:
        """Apply the migrations this database lacks, each atomically; return the versions applied."""
        self.conn.execute(VERSION_TABLE)
        known = max((v for v, _, _ in migrations), default=0)
        if self.version() > max(known, LATEST):
            raise SchemaTooNew(
                f"The store {self.path} has schema version {self.version()}, newer than this newsgraph knows ({LATEST}).",
                "Upgrade newsgraph (pip install -U newsgraph) to open it.",
            )
        applied = []
        pending = [v for v, _, _ in migrations if v > self.version()]
        self.backup = self._backup_before_migrating() if pending and self.version() > 0 else None
        for version, description, sql in migrations:
            if self.version() >= version:
                continue
            script = (
                f"BEGIN IMMEDIATE;\n{sql}\n"
                f"INSERT INTO schema_version(version, description, applied) VALUES ({int(version)}, "
                f"'{description.replace(chr(39), chr(39) * 2)}', '{_now()}');\nCOMMIT;"
            )
            try:
                self.conn.executescript(script)
            except sqlite3.Error:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                if self.version() >= version:  # another process migrated first
                    continue
                raise
            applied.append(version)
        return applied

    def _backup_before_migrating(self) -> str | None:
        """Copy a file store as it is (``FILE.vN.bak``) before a migration changes it; None for :memory:."""
        if self.path == ":memory:":
            return None
        target = f"{self.path}.v{self.version()}.bak"
        with sqlite3.connect(target) as copy:
            self.conn.backup(copy)
        copy.close()
        return target

    def check(self) -> dict:
        """A health report: SQLite's integrity check, rows whose article or entity is gone, the schema
        version against this newsgraph's, and row counts. ``ok`` is true when all of it is sound."""
        integrity = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        orphans: dict[str, int] = {}
        for row in self.conn.execute("PRAGMA foreign_key_check").fetchall():
            orphans[row[0]] = orphans.get(row[0], 0) + 1
        version = self.version()
        report = {
            "path": self.path,
            "schema_version": version,
            "schema_latest": LATEST,
            "integrity": "ok" if integrity == ["ok"] else integrity[:20],
            "orphan_rows": orphans,
            "counts": {t: self.count(t) for t in TABLES},
        }
        report["ok"] = report["integrity"] == "ok" and not orphans and version == LATEST
        return report

    # --- writing ------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. Taking the lock and committing raise coded errors (``StoreBusy``); errors
        of the statements inside reach the caller as they are, after the rollback."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise coded(exc, self.path) from exc
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise coded(exc, self.path) from exc

    def has(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def status(self, article, languages: frozenset[str] | None = None) -> str | None:
        """None if ``article``'s id is free, or it is stored uncoded in one of ``languages`` (to code now);
        "exists" if stored with the same text and date; else "conflict"."""
        row = self.conn.execute(
            "SELECT text = ? AND date = ?, uncoded IS NOT NULL, language FROM articles WHERE id = ?",
            (article.text, article.date, article.id),
        ).fetchone()
        if row is None or (row[0] and row[1] and languages and row[2] in languages):
            return None
        return "exists" if row[0] else "conflict"

    def write(self, record: ArticleRecord, *, update: bool = False, model: str | None = None) -> str:
        """Store one record in one transaction: "stored", "updated", "exists" (already there, untouched) or
        "conflict" (the id is taken by an article with another text or date; untouched: ``update`` replaces)."""
        with self.transaction():
            return self._write(record, update, model)

    def write_many(
        self, records: list[ArticleRecord], *, update: bool = False, model: str | None = None
    ) -> list[str | sqlite3.Error]:
        """Store several records in one transaction (one commit is most of a write's cost), each article
        inside its own savepoint: an article that fails is rolled back alone and its error returned in
        its place. Killed before the commit, none of them is stored; each is always whole or absent."""
        results: list[str | sqlite3.Error] = []
        with self.transaction():
            for record in records:
                self.conn.execute("SAVEPOINT article")
                try:
                    results.append(self._write(record, update, model))
                except sqlite3.Error as exc:
                    self.conn.execute("ROLLBACK TO article")
                    results.append(exc)
                self.conn.execute("RELEASE article")
        return results

    def _write(self, record: ArticleRecord, update: bool, model: str | None) -> str:
        row = self.conn.execute(
            "SELECT pk, text = ? AND date = ?, uncoded IS NOT NULL FROM articles WHERE id = ?",
            (record.article.text, record.article.date, record.article.id),
        ).fetchone()
        # an article kept uncoded (no pipeline for its language) is replaced once a pipeline codes it
        recode = row is not None and row[1] and row[2] and record.uncoded is None
        if row and not update and not recode:
            return "exists" if row[1] else "conflict"  # conflict: another text or date under the same id
        if row:
            self.conn.execute("DELETE FROM articles WHERE pk = ?", (row[0],))
        insert_record(self.conn, record, model)
        return "updated" if row else "stored"

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 (name checked)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


TABLES = (
    "articles",
    "entities",
    "mentions",
    "times",
    "quotes",
    "quantities",
    "events",
    "event_actors",
    "names",
)

# The record fields the schema has columns for. Fields added to the records later (by other passes) are
# kept, as JSON, in the row's ``extra`` column until a migration gives them columns: nothing is dropped.
STORED = {
    "Article": {"id", "date", "text", "title", "url", "source", "language", "origin"},
    "Entity": {"id", "name", "type", "country", "sector", "title", "mentions"},
    "Mention": {"start", "end", "text", "kind"},
    "Time": {"text", "start", "end", "value", "type", "anchor"},
    "Quote": {
        "text",
        "start",
        "end",
        "kind",
        "speaker",
        "speaker_name",
        "cue",
        "cue_start",
        "cue_end",
        "speaker_start",
        "speaker_end",
    },
    "Quantity": {
        "text",
        "start",
        "end",
        "value",
        "unit",
        "qualifier",
        "low",
        "high",
        "counts",
        "counts_start",
        "counts_end",
    },
    "Event": {
        "id",
        "type",
        "mode",
        "cameo",
        "actor",
        "recipient",
        "date",
        "date_precision",
        "location",
        "status",
        "trigger",
        "sentence",
        "confidence",
        "source",
        "co_actors",
        "co_recipients",
    },
}


@functools.lru_cache(maxsize=64)
def _fields(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(fields of ``cls`` the schema stores, fields it has no column for), in declaration order."""
    known = next(STORED[c.__name__] for c in cls.__mro__ if c.__name__ in STORED)
    names = [f.name for f in dataclasses.fields(cls)]
    return tuple(n for n in names if n in known), tuple(n for n in names if n not in known)


def _split(obj) -> tuple[dict, str | None]:
    """(the fields the schema stores, the others as JSON or None). Reads attributes directly: converting
    whole records with ``to_dict`` was half of the store's CPU time."""
    known, other = _fields(type(obj))  # type: ignore[arg-type]  # a class is hashable; typeshed's type[Any] is not
    data = {k: getattr(obj, k) for k in known}
    if not other:
        return data, None
    extra = {k: v for k in other if (v := getattr(obj, k)) is not None}  # an unset field is no JSON to write
    return data, (json.dumps(extra, ensure_ascii=False, default=_json) if extra else None)


def _json(value):
    return value.to_dict() if hasattr(value, "to_dict") else str(value)


def _actor(prefix: str, actor, pks: dict[str, int]) -> dict:
    if actor is None:
        return {f"{prefix}_{k}": None for k in ("pk", "entity", "name", "country", "sector", "start", "end")}
    return {
        f"{prefix}_pk": pks.get(actor.entity) if actor.entity else None,
        f"{prefix}_entity": actor.entity,
        f"{prefix}_name": actor.name,
        f"{prefix}_country": actor.country,
        f"{prefix}_sector": actor.sector,
        f"{prefix}_start": actor.start,
        f"{prefix}_end": actor.end,
    }


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    cols = list(rows[0])
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join(f":{c}" for c in cols)
    conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def _rows(apk: int, items, **fixed) -> list[dict]:
    out = []
    for item in items:
        known, extra = _split(item)
        out.append({"article_pk": apk, **fixed, **known, "extra": extra})
    return out


def insert_record(conn: sqlite3.Connection, record: ArticleRecord, model: str | None = None) -> int:
    """Insert every row of ``record`` (the caller holds the transaction); return the article's pk."""
    a = record.article
    art, art_extra = _split(a)
    cur = conn.execute(
        "INSERT INTO articles (id, date, title, url, source, language, origin, text, ingested, model, errors, extra, "
        "uncoded) VALUES (:id, :date, :title, :url, :source, :language, :origin, :text, :ingested, :model, :errors, "
        ":extra, :uncoded)",
        {
            **art,
            "uncoded": record.uncoded,
            "ingested": _now(),
            "model": model,
            "extra": art_extra,
            "errors": json.dumps(list(record.errors)) if record.errors else None,
        },
    )
    apk = _rowid(cur)
    pks: dict[str, int] = {}
    mentions = []
    for e in record.entities:
        known, extra = _split(e)
        cur = conn.execute(
            "INSERT INTO entities (article_pk, id, name, type, country, sector, title, extra, n_mentions) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (apk, e.id, e.name, e.type, e.country, e.sector, e.title, extra, len(e.mentions)),
        )
        pks[e.id] = _rowid(cur)
        mentions += _rows(apk, e.mentions, entity_pk=pks[e.id])
    _insert(conn, "mentions", mentions)
    _insert(conn, "times", _rows(apk, record.times))
    quotes = _rows(apk, record.quotes, article_id=a.id, date=a.date)
    for row in quotes:
        row["speaker_pk"] = pks.get(row["speaker"]) if row["speaker"] else None
    _insert(conn, "quotes", quotes)
    _insert(conn, "quantities", _rows(apk, record.quantities))
    _insert(conn, "events", [{**_event_row(apk, ev, pks), "article_id": a.id} for ev in record.events])
    if any(ev.co_actors or ev.co_recipients for ev in record.events):
        _insert_co_actors(conn, apk, record, pks)
    conn.executemany("INSERT OR IGNORE INTO names(name) VALUES (?)", [(n,) for n in sorted(_names(record))])
    return apk


def _insert_co_actors(conn: sqlite3.Connection, apk: int, record: ArticleRecord, pks: dict[str, int]) -> None:
    """The coordinated actors and recipients of the article's events ("X and Y met Z"), one row each."""
    event_pks = dict(conn.execute("SELECT id, pk FROM events WHERE article_pk = ?", (apk,)).fetchall())
    _insert(
        conn,
        "event_actors",
        [
            {
                "event_pk": event_pks[ev.id],
                "article_pk": apk,
                "role": role,
                "position": n,
                **{k.replace("x_pk", "entity_pk").removeprefix("x_"): v for k, v in _actor("x", x, pks).items()},
            }
            for ev in record.events
            for role, group in (("actor", ev.co_actors), ("recipient", ev.co_recipients))
            for n, x in enumerate(group, 1)
        ],
    )


def _names(record: ArticleRecord) -> set[str]:
    """Every name the record gives an entity, a speaker or an event's participant (for look-up by name)."""
    roles = (x for ev in record.events for x in (ev.actor, ev.recipient, *ev.co_actors, *ev.co_recipients))
    return ({e.name for e in record.entities} | {q.speaker_name for q in record.quotes if q.speaker_name}
            | {x.name for x in roles if x is not None and x.name})


def _event_row(apk: int, ev, pks: dict[str, int]) -> dict:
    loc = ev.location
    _, extra = _split(ev)
    return {
        "article_pk": apk,
        "id": ev.id,
        "type": ev.type,
        "mode": ev.mode,
        "cameo": ev.cameo,
        **_actor("actor", ev.actor, pks),
        **_actor("recipient", ev.recipient, pks),
        "date": ev.date,
        "date_precision": ev.date_precision,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "location_start": loc.start if loc else None,
        "location_end": loc.end if loc else None,
        "status": ev.status,
        "trigger_start": ev.trigger.start,
        "trigger_end": ev.trigger.end,
        "trigger_text": ev.trigger.text,
        "sentence_start": ev.sentence.start,
        "sentence_end": ev.sentence.end,
        "confidence": ev.confidence,
        "source": ev.source,
        "extra": extra,
    }
