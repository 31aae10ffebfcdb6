"""One error catalogue: every code newsgraph reports is listed once in ``errors.CATALOGUE``, whichever module
its class lives in; the store turns raw ``sqlite3`` errors into coded ones with a remedy."""

from __future__ import annotations

import ast
import re
import sqlite3
from pathlib import Path

import pytest

from newsgraph.errors import CATALOGUE, LABELS, NewsgraphError
from newsgraph.store.db import NoStore, SchemaTooNew, SearchSyntaxError, Store, StoreBusy, StoreError, coded
from newsgraph.store.exports import ExportError

PACKAGE = Path(__file__).resolve().parent.parent / "newsgraph"


def _class_codes() -> list[tuple[str, str, str]]:
    """(module file, class name, code) of every class in the package that sets ``code = "..."``. Read from
    the source, so modules behind optional dependencies (Ray, the web stack) count too."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.Assign)
                    and [getattr(t, "id", None) for t in stmt.targets] == ["code"]
                    and isinstance(stmt.value, ast.Constant)
                    and isinstance(stmt.value.value, str)
                ):
                    found.append((str(path.relative_to(PACKAGE)), node.name, stmt.value.value))
    return found


def test_every_error_class_has_its_own_code():
    codes = [code for _, _, code in _class_codes()]
    assert len(codes) >= 12, codes  # the walk finds the classes (a broken walk would pass vacuously)
    assert sorted(c for c in set(codes) if codes.count(c) > 1) == []


@pytest.mark.parametrize("where, name, code", _class_codes())
def test_every_error_class_code_is_in_the_catalogue(where, name, code):
    assert code in CATALOGUE, f"{where}: {name} [{code}] is missing from errors.CATALOGUE"


def test_every_code_written_in_a_message_is_in_the_catalogue():
    """Codes written into messages by hand ("[E300] ...") are catalogued too."""
    written = {
        (str(path.relative_to(PACKAGE)), code)
        for path in PACKAGE.rglob("*.py")
        for code in re.findall(r"\[([EI]\d{3})\]", path.read_text(encoding="utf-8"))
    }
    assert len(written) >= 1
    assert sorted((where, code) for where, code in written if code not in CATALOGUE) == []


def test_the_bad_input_labels_are_in_the_catalogue():
    assert set(LABELS) <= set(CATALOGUE)


def test_the_docstring_tree_names_every_class_code():
    import newsgraph.errors as errors

    doc = errors.__doc__ or ""
    missing = [(name, code) for _, name, code in _class_codes() if f"[{code}]" not in doc or name not in doc]
    assert missing == []


@pytest.mark.parametrize(
    "cls, code",
    [
        (StoreError, "E200"),
        (SearchSyntaxError, "E201"),
        (SchemaTooNew, "E202"),
        (NoStore, "E203"),
        (StoreBusy, "E204"),
        (ExportError, "E210"),
    ],
)
def test_store_errors_are_newsgraph_errors_with_their_code(cls, code):
    assert issubclass(cls, StoreError) and issubclass(cls, NewsgraphError)
    assert cls.code == code and str(cls("what happened.", "what to do.")).startswith(f"[{code}] what happened.")


@pytest.mark.parametrize(
    "exc, cls, words",
    [
        (sqlite3.OperationalError("database is locked"), StoreBusy, "busy"),
        (sqlite3.OperationalError("database table is locked"), StoreBusy, "Try again"),
        (sqlite3.DatabaseError("file is not a database"), StoreError, "Is it a newsgraph database?"),
        (sqlite3.DatabaseError("database disk image is malformed"), StoreError, "cannot be read"),
        (sqlite3.OperationalError("unable to open database file"), StoreError, "permissions"),
        (sqlite3.OperationalError("disk I/O error"), StoreError, "cannot be used"),
    ],
)
def test_raw_sqlite_errors_become_coded_store_errors(exc, cls, words):
    err = coded(exc, "x.db")
    assert type(err) is cls and words in str(err) and "x.db" in str(err) and str(exc) in str(err)


def test_opening_a_file_that_is_not_a_database_is_a_coded_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError) as err:
        Store(path)
    assert err.value.code == "E200" and str(path) in str(err.value) and err.value.remedy
    assert isinstance(err.value.__cause__, sqlite3.DatabaseError)
    assert path.read_text(encoding="utf-8").startswith("these are notes")  # left as it was


def test_a_held_write_lock_is_store_busy(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        store = Store(path)
        store.conn.execute("PRAGMA busy_timeout = 50")  # do not wait the 30 s a real writer gets
        with pytest.raises(StoreBusy, match=r"\[E204\]"):
            with store.transaction():
                pass
        store.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
