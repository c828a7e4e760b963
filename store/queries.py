"""Reading the store. Every SQL the export and the browser need lives here, so
neither of them builds queries from strings it got from a document or a user."""
from __future__ import annotations

import json
from collections.abc import Iterator

import sqlite_utils


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "localities", "agreements", "figures", "mentions")}


def documents(db: sqlite_utils.Database) -> Iterator[dict]:
    yield from db.query(
        "SELECT id, source, sha256, title, lang, published, encoding, extractor, loaded_at,"
        " length(text) AS length FROM documents ORDER BY id")


def document(db: sqlite_utils.Database, doc_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM documents WHERE id = ?", [doc_id]))
    return rows[0] if rows else None


def regions(db: sqlite_utils.Database, doc_id: int) -> list[dict]:
    return list(db.query('SELECT start, "end", role, label FROM regions WHERE document_id = ? ORDER BY start',
                         [doc_id]))


def document_localities(db: sqlite_utils.Database) -> dict[int, list[str]]:
    """Canonical names of the places each document's body mentions, in order of first mention."""
    out: dict[int, list[str]] = {}
    for row in db.query(
            "SELECT m.document_id AS doc, l.name AS name, min(m.start) AS first FROM mentions m"
            " JOIN localities l ON l.id = m.locality_id GROUP BY m.document_id, l.id ORDER BY doc, first"):
        out.setdefault(row["doc"], []).append(row["name"])
    return out


def localities(db: sqlite_utils.Database) -> list[dict]:
    rows = list(db.query(
        "SELECT l.*, (SELECT count(DISTINCT document_id) FROM mentions m WHERE m.locality_id = l.id) AS documents,"
        " (SELECT count(*) FROM agreements a WHERE a.party_a = l.id OR a.party_b = l.id) AS agreements,"
        " (SELECT count(*) FROM figures f WHERE f.locality_id = l.id) AS figures"
        " FROM localities l ORDER BY l.name, l.country"))
    aliases: dict[str, list[str]] = {}
    for row in db.query("SELECT locality_id, alias FROM aliases ORDER BY seen DESC, alias"):
        aliases.setdefault(row["locality_id"], []).append(row["alias"])
    for row in rows:
        row["aliases"] = [a for a in aliases.get(row["id"], []) if a != row["name"]]
    return rows


def agreements(db: sqlite_utils.Database, locality: str | None = None) -> list[dict]:
    where, params = "", []
    if locality is not None:
        where, params = "WHERE a.party_a = ? OR a.party_b = ?", [locality, locality]
    rows = list(db.query(
        "SELECT a.*, la.name AS name_a, la.country AS country_a, lb.name AS name_b, lb.country AS country_b,"
        " d.source AS source, d.published AS published, substr(d.text, a.start + 1, a.\"end\" - a.start) AS evidence"
        " FROM agreements a JOIN localities la ON la.id = a.party_a JOIN localities lb ON lb.id = a.party_b"
        f" JOIN documents d ON d.id = a.document_id {where} ORDER BY a.document_id, a.start", params))
    for row in rows:
        row["fields"] = json.loads(row["fields"] or "[]")
    return rows


def agreement_evidence(db: sqlite_utils.Database, agreement_id: int) -> list[dict]:
    return list(db.query('SELECT start, "end" FROM agreement_evidence WHERE agreement_id = ? ORDER BY start',
                         [agreement_id]))


def figures(db: sqlite_utils.Database, locality: str | None = None) -> list[dict]:
    where, params = "", []
    if locality is not None:
        where, params = "WHERE f.locality_id = ?", [locality]
    return list(db.query(
        "SELECT f.*, l.name AS locality_name, d.source AS source,"
        " substr(d.text, f.start + 1, f.\"end\" - f.start) AS evidence"
        " FROM figures f LEFT JOIN localities l ON l.id = f.locality_id JOIN documents d ON d.id = f.document_id"
        f" {where} ORDER BY f.document_id, f.start", params))


def mentions(db: sqlite_utils.Database, doc_id: int | None = None) -> list[dict]:
    where, params = ("WHERE document_id = ?", [doc_id]) if doc_id is not None else ("", [])
    return list(db.query(f'SELECT id, document_id, locality_id, start, "end", surface FROM mentions {where}'
                         " ORDER BY document_id, start", params))
