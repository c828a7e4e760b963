"""The store's schema and the steps that bring an older file up to date.

``PRAGMA user_version`` records how far a file has come. Each step runs in its
own transaction; a file from a newer twinlens is refused rather than guessed at.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils


class SchemaError(Exception):
    pass


_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    text TEXT NOT NULL,
    title TEXT,
    lang TEXT,
    published TEXT,
    encoding TEXT NOT NULL DEFAULT 'utf-8',
    extractor TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);
CREATE INDEX documents_sha256 ON documents(sha256);
CREATE TABLE regions (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    role TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT ''
);
CREATE INDEX regions_document ON regions(document_id);
CREATE TABLE localities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    kind TEXT,
    geonameid INTEGER,
    population INTEGER,
    admin TEXT
);
CREATE TABLE aliases (
    locality_id TEXT NOT NULL REFERENCES localities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    seen INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (locality_id, alias)
);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    locality_id TEXT NOT NULL REFERENCES localities(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    surface TEXT NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_locality ON mentions(locality_id);
CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    party_a TEXT NOT NULL REFERENCES localities(id),
    party_b TEXT NOT NULL REFERENCES localities(id),
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    date TEXT,
    fields TEXT NOT NULL DEFAULT '[]',
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX agreements_document ON agreements(document_id);
CREATE INDEX agreements_a ON agreements(party_a);
CREATE INDEX agreements_b ON agreements(party_b);
CREATE TABLE agreement_evidence (
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX agreement_evidence_agreement ON agreement_evidence(agreement_id);
CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    locality_id TEXT REFERENCES localities(id),
    partner TEXT,
    metric TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    qualifier TEXT,
    year INTEGER,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    number_start INTEGER NOT NULL,
    number_end INTEGER NOT NULL
);
CREATE INDEX figures_document ON figures(document_id);
CREATE INDEX figures_locality ON figures(locality_id);
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"""

# Index i holds the script that takes a file from version i to version i + 1.
MIGRATIONS: list[str] = [_V1]
SCHEMA_VERSION = len(MIGRATIONS)


def latest() -> int:
    # Read at call time, so a test can append a step to MIGRATIONS.
    return len(MIGRATIONS)


def version_of(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}.bak")


def check_version(db: sqlite_utils.Database, path: Path | None) -> int:
    """The file's version, or SchemaError when this twinlens must not touch it.

    Runs before anything writes to the file: even switching it to WAL would change
    a store that a newer twinlens, or another program, owns."""
    current = version_of(db)
    if current > latest():
        raise SchemaError(
            f"{path or 'the store'} was written by a newer twinlens (schema {current}; "
            f"this one knows up to {latest()}); upgrade twinlens to open it")
    if current == 0 and db.execute(
            "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]:
        raise SchemaError(f"{path or 'the store'} is an SQLite database of another program, not a twinlens store")
    return current


def migrate(db: sqlite_utils.Database, path: Path | None) -> int:
    """Bring the file to the latest version; return the version it had."""
    current = check_version(db, path)
    if current == latest():
        return current
    if current > 0 and path is not None:
        # An older store is copied aside first: a migration is the one write that
        # could cost a user data they cannot reload.
        _backup(db, backup_path(path, current))
    for step in range(current, latest()):
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while this one waited for the lock.
            if version_of(db) != step:
                db.conn.execute("ROLLBACK")
                continue
            for statement in _statements(MIGRATIONS[step]):
                db.conn.execute(statement)
            db.conn.execute(f"PRAGMA user_version = {step + 1}")
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
    return current


def _backup(db: sqlite_utils.Database, target: Path) -> None:
    # Written under another name and renamed, so a backup cut short by a crash is never
    # mistaken for a whole one.
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(partial)
    try:
        db.conn.backup(copy)
    finally:
        copy.close()
    os.replace(partial, target)


def _statements(script: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
