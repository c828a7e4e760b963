"""Is the store whole? The checks the kill tests and the stress script run after each kill.

``check_store`` returns a list of problems (empty when the store is sound): SQLite's
own integrity and foreign-key checks, the full-text index against the documents,
offsets inside each text, no locality left without a document, and, when the records
that were loaded are known, every stored document with exactly its parts.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

from loaders.records import DocumentRecord

_SPANS = (("regions", "start", '"end"', "document_id"),
          ("mentions", "start", '"end"', "document_id"),
          ("agreements", "start", '"end"', "document_id"),
          ("figures", "start", '"end"', "document_id"),
          ("figures", "number_start", "number_end", "document_id"))


Expected = Mapping[str, "DocumentRecord | Sequence[DocumentRecord]"]


def check_store(conn: sqlite3.Connection, expected: Expected | None = None) -> list[str]:
    """Problems found in the store behind ``conn`` (a plain sqlite3 connection that may write:
    the FTS check is an INSERT that changes nothing).

    ``expected`` maps each source to its record, or to the records it may hold (an old
    and a new version while a replacement was interrupted)."""
    problems: list[str] = []

    def rows(sql: str, params=()) -> list[tuple]:
        return conn.execute(sql, params).fetchall()

    result = [r[0] for r in rows("PRAGMA integrity_check")]
    if result != ["ok"]:
        problems.append(f"integrity_check: {result[:5]}")
    fk = rows("PRAGMA foreign_key_check")
    if fk:
        problems.append(f"foreign_key_check: {len(fk)} rows, e.g. {fk[:3]}")
    if not rows("SELECT 1 FROM sqlite_master WHERE name = 'documents'"):
        return problems  # killed before the schema was committed: an empty store is whole
    try:
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        problems.append(f"full-text index does not match the documents ({exc})")
    finally:
        # A connection in Python's default mode opened a transaction for that INSERT;
        # left open, it would hold the write lock.
        if conn.in_transaction:
            conn.rollback()
    indexed = {r[0] for r in rows("SELECT id FROM documents_fts_docsize")}
    stored = {r[0] for r in rows("SELECT id FROM documents")}
    if indexed != stored:
        problems.append(f"full-text index holds {len(indexed)} documents, the store {len(stored)}")
    for table, start, end, doc in _SPANS:
        # length() counts characters from the start of the text: once per document, not per row.
        bad = rows(f"WITH d AS MATERIALIZED (SELECT id, length(text) AS n FROM documents)"
                   f" SELECT t.rowid FROM {table} t JOIN d ON d.id = t.{doc}"
                   f" WHERE t.{start} < 0 OR t.{start} > t.{end} OR t.{end} > d.n LIMIT 3")
        if bad:
            problems.append(f"{table}: {start}-{end} outside the text (rowids {[r[0] for r in bad]})")
    # Sliced in Python: substr() walks the text from its start for each row, which on a
    # long document with thousands of mentions takes minutes.
    bad = []
    for doc_id, text in conn.execute("SELECT id, text FROM documents WHERE id IN (SELECT document_id FROM mentions)"):
        bad += [mid for mid, start, end, surface in conn.execute(
                'SELECT id, start, "end", surface FROM mentions WHERE document_id = ?', [doc_id])
                if text[start:end] != surface]
    if bad:
        problems.append(f"mentions whose surface is not the text at their offsets: {bad[:3]}")
    orphans = rows(
        "SELECT id FROM localities WHERE id NOT IN (SELECT locality_id FROM mentions)"
        " AND id NOT IN (SELECT party_a FROM agreements) AND id NOT IN (SELECT party_b FROM agreements)"
        " AND id NOT IN (SELECT locality_id FROM figures WHERE locality_id IS NOT NULL) LIMIT 3")
    if orphans:
        problems.append(f"localities no document refers to: {[r[0] for r in orphans]}")
    if expected is not None:
        problems += _check_expected(conn, expected)
    return problems


def _check_expected(conn: sqlite3.Connection, expected: Expected) -> list[str]:
    """Every stored document is one of ``expected`` and holds all of its parts, no more."""
    problems = []
    for doc_id, source, sha256, text in conn.execute("SELECT id, source, sha256, text FROM documents").fetchall():
        candidates = expected.get(source)
        if isinstance(candidates, DocumentRecord):
            candidates = (candidates,)
        if not candidates:
            problems.append(f"{source}: stored, but not among the documents loaded")
            continue
        record = next((r for r in candidates if r.sha256 == sha256), candidates[0])
        if sha256 != record.sha256 or text != record.text:
            problems.append(f"{source}: stored text differs from the file")
        want = {"regions": len(record.regions), "mentions": len(record.mentions),
                "agreements": len(record.agreements), "figures": len(record.figures),
                "agreement_evidence": sum(len(a.more_evidence) for a in record.agreements)}
        got = {t: conn.execute(f"SELECT count(*) FROM {t} WHERE document_id = ?", [doc_id]).fetchone()[0]
               for t in ("regions", "mentions", "agreements", "figures")}
        got["agreement_evidence"] = conn.execute(
            "SELECT count(*) FROM agreement_evidence e JOIN agreements a ON a.id = e.agreement_id"
            " WHERE a.document_id = ?", [doc_id]).fetchone()[0]
        if got != want:
            problems.append(f"{source}: parts {got}, expected {want}")
        used = {m.place_key for m in record.mentions} | {k for a in record.agreements for k in a.parties} \
            | {f.locality for f in record.figures if f.locality}
        if used:
            marks = ",".join("?" * len(used))
            found = conn.execute(f"SELECT count(*) FROM localities WHERE id IN ({marks})", sorted(used)).fetchone()[0]
            if found != len(used):
                problems.append(f"{source}: {len(used) - found} of its localities are missing")
            aliases = conn.execute(f"SELECT count(DISTINCT locality_id) FROM aliases WHERE locality_id IN ({marks})",
                                   sorted(used)).fetchone()[0]
            if aliases != len(used):
                problems.append(f"{source}: {len(used) - aliases} of its localities have no alias")
    return problems
