"""The explorer's view of the store: read-only SQLite connections, one per thread.

The server must never change the store, so it opens the file with the URI ``mode=ro`` (SQLite refuses
every write, whatever a bug in a query would try) and never runs migrations. A request handler runs in a
worker thread; each thread gets its own connection, as sqlite3 connections are not for sharing.
"""

from __future__ import annotations

import sqlite3
import threading
import urllib.parse
from pathlib import Path

from ..store.db import NoStore, Store, StoreError
from ..store.schema import LATEST


class ReadOnlyStore(Store):
    """A ``Store`` whose connection is read-only: the query functions of ``newsgraph.store`` take it as is."""

    def __init__(self, path: str | Path) -> None:  # noqa: D107 - no migrations, no pragmas that write
        self.path = str(path)
        if not Path(self.path).is_file():
            raise NoStore(
                f"There is no store at {self.path}.",
                "Run `newsgraph ingest PATH... --db FILE` first, or pass --db.",
            )
        uri = "file:" + urllib.parse.quote(str(Path(self.path).resolve())) + "?mode=ro"
        try:
            self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA query_only = ON")
            self.conn.execute("PRAGMA mmap_size = 1073741824")
            self.conn.execute("PRAGMA busy_timeout = 30000")
            version = self.version()
        except sqlite3.Error as exc:
            raise StoreError(
                f"Cannot open the store {self.path} read-only: {exc}.",
                "Check that the file is a newsgraph store and that it is readable.",
            ) from exc
        if version < 1:
            raise StoreError(f"{self.path} is not a newsgraph store.", "Pass the file `newsgraph ingest` wrote.")
        self.schema = version

    def version(self) -> int:
        try:
            row = self.conn.execute("SELECT max(version) FROM schema_version").fetchone()
        except sqlite3.OperationalError:
            return 0
        return row[0] or 0

    def has_table(self, name: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        return row is not None

    @property
    def outdated(self) -> bool:
        """True when the file was written by an older newsgraph (the explorer cannot migrate it)."""
        return self.schema < LATEST


class StorePool:
    """Hands each thread its own ``ReadOnlyStore`` on the same file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._local = threading.local()
        self.get()  # fail at start-up, not at the first request, when the file is missing or not a store

    def get(self) -> ReadOnlyStore:
        store = getattr(self._local, "store", None)
        if store is None:
            store = ReadOnlyStore(self.path)
            self._local.store = store
        return store
