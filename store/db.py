"""Opening the SQLite file: pragmas, schema, locks."""
from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from store.schema import SchemaError, migrate

DEFAULT_BUSY_SECONDS = 10.0


class StoreError(Exception):
    """A store that cannot be opened or written; the message is for the user."""


class StoreBusy(StoreError):
    pass


def _connect(path: Path, readonly: bool, busy_seconds: float) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               timeout=busy_seconds, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), timeout=busy_seconds, check_same_thread=False)
    return conn


def open_db(path: str | Path, *, readonly: bool = False,
            busy_seconds: float = DEFAULT_BUSY_SECONDS) -> sqlite_utils.Database:
    """Open (and create or migrate, unless read-only) the store at ``path``."""
    path = Path(path)
    if readonly and not path.exists():
        raise StoreError(f"no store at {path}; load articles first with: twinlens load PATH --db {path}")
    if not readonly:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = _connect(path, readonly, busy_seconds)
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            migrate(db, path)
        else:
            from store.schema import SCHEMA_VERSION, version_of
            found = version_of(db)
            if found != SCHEMA_VERSION:
                raise SchemaError(
                    f"{path} has schema {found}, this twinlens reads {SCHEMA_VERSION}; "
                    + ("upgrade twinlens" if found > SCHEMA_VERSION else "run twinlens load once to migrate it"))
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a twinlens store or damaged ({exc})") from None
    except SchemaError as exc:
        raise StoreError(str(exc)) from None
    return db


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One all-or-nothing write. IMMEDIATE takes the write lock up front, so a
    second writer waits here (busy timeout) instead of failing half-way through."""
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreBusy("the store is locked by another twinlens process; try again when it is done") from None
        raise
    try:
        yield db
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")
