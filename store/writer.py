"""Writing documents: each one whole, in one transaction, or not at all."""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

import sqlite_utils

from loaders.records import DocumentRecord
from store.db import StoreError, write_transaction

NEW, UNCHANGED, REPLACED = "new", "unchanged", "replaced"


class RecordError(ValueError):
    """A record that would store inconsistent data (a bug in extraction); nothing was written."""


def status_of(db: sqlite_utils.Database, source: str, sha256: str, extractor: str) -> str:
    """What storing this file would do, known before the costly extraction."""
    row = db.execute("SELECT sha256, extractor FROM documents WHERE source = ?", [source]).fetchone()
    if row is None:
        return NEW
    return UNCHANGED if tuple(row) == (sha256, extractor) else REPLACED


def add_document(db: sqlite_utils.Database, doc: DocumentRecord, extractor: str) -> str:
    """Store ``doc`` whole, replacing an older version of the same source, in one
    transaction: a crash at any point leaves the old version or the new one, never
    a mix. Raises RecordError (nothing written) or StoreError."""
    check_record(doc)
    try:
        with write_transaction(db):
            # Asked again under the lock: another load may have stored it meanwhile.
            outcome = status_of(db, doc.source, doc.sha256, extractor)
            if outcome == UNCHANGED:
                return outcome
            if outcome == REPLACED:
                db.execute("DELETE FROM documents WHERE source = ?", [doc.source])
            _insert(db, doc, extractor)
            _drop_orphans(db)
    except sqlite3.IntegrityError as exc:
        raise RecordError(str(exc)) from None
    except sqlite3.Error as exc:
        raise StoreError(f"cannot write to the store: {exc}") from None
    return outcome


def check_record(doc: DocumentRecord) -> None:
    """Refuse a record whose offsets or place keys do not hold, before it reaches the store."""
    n = len(doc.text)
    places = doc.places

    def span(what: str, start: int, end: int) -> None:
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= n):
            raise RecordError(f"{what} span {start}-{end} is outside the text (length {n})")

    def place(what: str, key: str | None) -> None:
        if key is not None and key not in places:
            raise RecordError(f"{what} refers to {key!r}, which is not among the document's places")

    for r in doc.regions:
        span("region", r.start, r.end)
    for m in doc.mentions:
        span("mention", m.start, m.end)
        place("mention", m.place_key)
    for a in doc.agreements:
        span("agreement evidence", a.evidence.start, a.evidence.end)
        for s in a.more_evidence:
            span("agreement evidence", s.start, s.end)
        for key in a.parties:
            place("agreement", key)
    for f in doc.figures:
        span("figure evidence", f.evidence.start, f.evidence.end)
        span("figure number", f.number.start, f.number.end)
        place("figure", f.locality)


def remove_document(db: sqlite_utils.Database, source: str) -> bool:
    try:
        with write_transaction(db):
            gone = db.execute("DELETE FROM documents WHERE source = ?", [source]).rowcount
            _drop_orphans(db)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot write to the store: {exc}") from None
    return bool(gone)


def _insert(db: sqlite_utils.Database, doc: DocumentRecord, extractor: str) -> int:
    cur = db.execute(
        "INSERT INTO documents (source, sha256, text, title, lang, published, encoding, extractor, loaded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [doc.source, doc.sha256, doc.text, doc.title, doc.lang, doc.published, doc.encoding, extractor,
         datetime.now(timezone.utc).isoformat(timespec="seconds")])
    doc_id = cur.lastrowid
    db.conn.executemany(
        'INSERT INTO regions (document_id, start, "end", role, label) VALUES (?, ?, ?, ?, ?)',
        [(doc_id, r.start, r.end, r.role, r.label) for r in doc.regions])
    for place in doc.places.values():
        db.execute(
            "INSERT INTO localities (id, name, country, kind, geonameid, population, admin)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
            " country = excluded.country, kind = excluded.kind, geonameid = excluded.geonameid,"
            " population = excluded.population, admin = excluded.admin",
            [place.key, place.name, place.country, place.kind, place.geonameid, place.population, place.admin])
        db.conn.executemany(
            "INSERT OR IGNORE INTO aliases (locality_id, alias, seen) VALUES (?, ?, 0)",
            [(place.key, alias) for alias in {place.name, *place.aliases}])
    surfaces = [(doc_id, m.place_key, m.start, m.end, doc.text[m.start:m.end]) for m in doc.mentions]
    db.conn.executemany(
        'INSERT INTO mentions (document_id, locality_id, start, "end", surface) VALUES (?, ?, ?, ?, ?)', surfaces)
    db.conn.executemany(
        "INSERT INTO aliases (locality_id, alias, seen) VALUES (?, ?, 1)"
        " ON CONFLICT(locality_id, alias) DO UPDATE SET seen = 1",
        sorted({(key, surface) for _, key, _, _, surface in surfaces}))
    for a in doc.agreements:
        cur = db.execute(
            'INSERT INTO agreements (document_id, party_a, party_b, kind, status, date, fields, start, "end")'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [doc_id, a.parties[0], a.parties[1], a.kind, a.status, a.date, json.dumps(list(a.fields)),
             a.evidence.start, a.evidence.end])
        db.conn.executemany(
            'INSERT INTO agreement_evidence (agreement_id, start, "end") VALUES (?, ?, ?)',
            [(cur.lastrowid, s.start, s.end) for s in a.more_evidence])
    db.conn.executemany(
        "INSERT INTO figures (document_id, locality_id, partner, metric, value, unit, qualifier, year,"
        ' start, "end", number_start, number_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [(doc_id, f.locality, f.partner, f.metric, f.value, f.unit, f.qualifier, f.year,
          f.evidence.start, f.evidence.end, f.number.start, f.number.end) for f in doc.figures])
    return doc_id


def _drop_orphans(db: sqlite_utils.Database) -> None:
    # A locality no document refers to any more would show in the browser with
    # nothing behind it.
    db.execute(
        "DELETE FROM localities WHERE id NOT IN (SELECT locality_id FROM mentions)"
        " AND id NOT IN (SELECT party_a FROM agreements) AND id NOT IN (SELECT party_b FROM agreements)"
        " AND id NOT IN (SELECT locality_id FROM figures WHERE locality_id IS NOT NULL)")
