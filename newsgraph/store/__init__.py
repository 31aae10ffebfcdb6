"""The store of record: SQLite schema with migrations, ingest, queries and exports (SPEC section 3).

>>> from newsgraph.store import Store, queries
>>> store = Store("newsgraph.db")
>>> store.write(record)
>>> queries.events(store, country="SLV", date_from="2025-03").rows
"""

from __future__ import annotations

from .db import DEFAULT_DB, NoStore, SchemaTooNew, SearchSyntaxError, Store, StoreBusy, StoreError

__all__ = ["DEFAULT_DB", "NoStore", "SchemaTooNew", "SearchSyntaxError", "Store", "StoreBusy", "StoreError"]
