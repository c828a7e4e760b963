"""The browser's way into the store: read-only connections, one per thread.

The UI thread keeps one connection for the small indexed reads it does as the
selection moves; a worker opens its own and closes it when done, because an
sqlite3 connection must not be used by two threads at once.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from store.db import open_db


class StoreReader:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._main: sqlite_utils.Database | None = None

    def connect(self) -> sqlite_utils.Database:
        return open_db(self.path, readonly=True)

    @property
    def main(self) -> sqlite_utils.Database:
        """The UI thread's connection (opened on first use)."""
        if self._main is None:
            self._main = self.connect()
        return self._main

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite_utils.Database]:
        """A connection of this thread's own, inside one read transaction, so a load
        committing meanwhile cannot make the counts disagree with the rows."""
        db = self.connect()
        try:
            db.execute("BEGIN")
            try:
                yield db
            finally:
                db.execute("COMMIT")
        finally:
            db.close()

    def close(self) -> None:
        if self._main is not None:
            with contextlib.suppress(Exception):
                self._main.close()
            self._main = None
