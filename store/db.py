"""Opening the SQLite file: pragmas, schema, locks.

The store runs in WAL mode, so a browser can read while a load writes. Writers take
the write lock up front (BEGIN IMMEDIATE) and wait for it at most ``busy_seconds``;
the wait happens in Python, in short steps, so Ctrl-C is heard while waiting.
"""
from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from store.schema import SchemaError, check_version, latest, migrate

DEFAULT_BUSY_SECONDS = 10.0
_POLL_SECONDS = 0.05


class StoreError(Exception):
    """A store that cannot be opened or written; the message is for the user."""


class StoreBusy(StoreError):
    pass


def _is_busy(exc: sqlite3.Error) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def _busy_message(path: object, waited: float) -> str:
    return (f"the store {path} is in use by another twinlens process that is writing to it "
            f"(waited {waited:g} s); try again when it is done, or wait longer with --wait")


def _connect(path: Path, readonly: bool, busy_seconds: float) -> sqlite3.Connection:
    # isolation_level=None: no transaction is ever opened behind our back, so none is
    # left holding a lock; every write goes through write_transaction.
    if readonly:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                               timeout=busy_seconds, check_same_thread=False)
    return sqlite3.connect(str(path), timeout=busy_seconds, isolation_level=None, check_same_thread=False)


def open_db(path: str | Path, *, readonly: bool = False,
            busy_seconds: float = DEFAULT_BUSY_SECONDS) -> sqlite_utils.Database:
    """Open (and create or migrate, unless read-only) the store at ``path``."""
    path = Path(path)
    if readonly and not path.exists():
        raise StoreError(f"no store at {path}; load articles first with: twinlens load PATH --db {path}")
    if path.is_dir():
        raise StoreError(f"{path} is a folder; give the store's file name, e.g. {path / 'twinlens.db'}")
    conn = None
    try:
        if not readonly:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = _connect(path, readonly, busy_seconds)
        db = sqlite_utils.Database(conn)
        db.busy_seconds = busy_seconds
        db.execute("PRAGMA foreign_keys = ON")
        found = check_version(db, path)
        if readonly:
            if found != latest():
                raise SchemaError(f"{path} has schema {found}, this twinlens reads {latest()}; "
                                  "run twinlens load once to migrate it")
        else:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            migrate(db, path)
    except sqlite3.DatabaseError as exc:
        _close(conn)
        if _is_busy(exc):
            raise StoreBusy(_busy_message(path, busy_seconds)) from None
        raise StoreError(f"{path}: not a twinlens store, or damaged ({exc})") from None
    except SchemaError as exc:
        _close(conn)
        raise StoreError(str(exc)) from None
    except OSError as exc:
        _close(conn)
        raise StoreError(f"cannot open the store {path}: {exc.strerror or exc}") from None
    except BaseException:
        _close(conn)
        raise
    return db


def _close(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        with contextlib.suppress(sqlite3.Error):
            conn.close()


def _begin_immediate(db: sqlite_utils.Database) -> None:
    wait = getattr(db, "busy_seconds", DEFAULT_BUSY_SECONDS)
    deadline = time.monotonic() + wait
    conn = db.conn
    conn.execute(f"PRAGMA busy_timeout = {int(_POLL_SECONDS * 1000)}")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise StoreError(f"cannot write to the store: {exc}") from None
                if time.monotonic() >= deadline:
                    raise StoreBusy(_busy_message(_db_file(db), wait)) from None
            time.sleep(_POLL_SECONDS)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")


def _db_file(db: sqlite_utils.Database) -> str:
    row = db.conn.execute("PRAGMA database_list").fetchone()
    return row[2] if row and row[2] else "(in memory)"


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One all-or-nothing write. IMMEDIATE takes the write lock up front, so a
    second writer waits here instead of failing half-way through its document."""
    _begin_immediate(db)
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        try:
            db.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise StoreError(f"cannot write to the store: {exc}") from None
