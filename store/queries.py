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


def _with_aliases(db: sqlite_utils.Database, rows: list[dict]) -> list[dict]:
    """Each locality row gets its other names, those seen in documents first."""
    aliases: dict[str, list[str]] = {}
    for row in db.query("SELECT locality_id, alias FROM aliases ORDER BY seen DESC, alias"):
        aliases.setdefault(row["locality_id"], []).append(row["alias"])
    for row in rows:
        row["aliases"] = [a for a in aliases.get(row["id"], []) if a != row["name"]]
    return rows


def localities(db: sqlite_utils.Database) -> list[dict]:
    rows = list(db.query(
        "SELECT l.*, (SELECT count(DISTINCT document_id) FROM mentions m WHERE m.locality_id = l.id) AS documents,"
        " (SELECT count(*) FROM agreements a WHERE a.party_a = l.id OR a.party_b = l.id) AS agreements,"
        " (SELECT count(*) FROM figures f WHERE f.locality_id = l.id) AS figures"
        " FROM localities l ORDER BY l.name, l.country"))
    return _with_aliases(db, rows)


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


# ---------------------------------------------------------------- the browser's reads
# Added for tui/; the export does not use them. Every value a user typed reaches
# SQLite as a bound parameter; sort keys come from a fixed table.

def store_summary(db: sqlite_utils.Database) -> dict[str, int]:
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "localities")}


def locality_overview(db: sqlite_utils.Database) -> list[dict]:
    """Every locality with how much the store knows about it.

    ``agreements`` counts distinct (partner, kind, status, date) ties, which is the
    number of rows ``locality_ties`` gives, so the count a user sees matches the pane."""
    rows = list(db.query(
        "WITH ties AS ("
        "  SELECT party_a AS me, party_b AS other, kind, status, coalesce(date, '') AS date FROM agreements"
        "  UNION SELECT party_b, party_a, kind, status, coalesce(date, '') FROM agreements)"
        " SELECT l.id, l.name, l.country, l.kind, l.admin, l.population, coalesce(t.n, 0) AS agreements,"
        " coalesce(f.n, 0) AS figures, coalesce(m.n, 0) AS documents FROM localities l"
        " LEFT JOIN (SELECT me, count(*) AS n FROM ties GROUP BY me) t ON t.me = l.id"
        " LEFT JOIN (SELECT locality_id, count(*) AS n FROM figures WHERE locality_id IS NOT NULL"
        "            GROUP BY locality_id) f ON f.locality_id = l.id"
        " LEFT JOIN (SELECT locality_id, count(DISTINCT document_id) AS n FROM mentions"
        "            GROUP BY locality_id) m ON m.locality_id = l.id"
        " ORDER BY l.name, l.country, l.id"))
    return _with_aliases(db, rows)


def locality(db: sqlite_utils.Database, locality_id: str) -> dict | None:
    rows = list(db.query("SELECT * FROM localities WHERE id = ?", [locality_id]))
    return rows[0] if rows else None


def locality_ties(db: sqlite_utils.Database, locality_id: str) -> list[dict]:
    """The agreements of one locality, one row per (partner, kind, status, date).

    Each row keeps the statement of the earliest document (``agreement_id``,
    ``document_id``, ``evidence``...) and counts the documents that state it."""
    rows = db.query(
        "SELECT a.id AS agreement_id, a.document_id, p.id AS partner_id, p.name AS partner,"
        " p.country AS partner_country, a.kind, a.status, a.date, a.fields, a.start, a.\"end\","
        " d.title, d.published, d.source, substr(d.text, a.start + 1, a.\"end\" - a.start) AS evidence"
        " FROM agreements a JOIN documents d ON d.id = a.document_id"
        " JOIN localities p ON p.id = CASE WHEN a.party_a = :loc THEN a.party_b ELSE a.party_a END"
        " WHERE a.party_a = :loc OR a.party_b = :loc"
        " ORDER BY coalesce(d.published, '9999'), a.document_id, a.start", {"loc": locality_id})
    groups: dict[tuple, dict] = {}
    for row in rows:
        key = (row["partner_id"], row["kind"], row["status"], row["date"] or "")
        group = groups.get(key)
        if group is None:
            row["fields"] = json.loads(row["fields"] or "[]")
            row["document_ids"] = [row["document_id"]]
            groups[key] = row
        elif row["document_id"] not in group["document_ids"]:
            group["document_ids"].append(row["document_id"])
    out = list(groups.values())
    for row in out:
        row["documents"] = len(row["document_ids"])
    out.sort(key=lambda r: (r["partner"].casefold(), r["partner_id"], r["date"] or r["published"] or "",
                            r["kind"], r["status"]))
    return out


def locality_figures(db: sqlite_utils.Database, locality_id: str) -> list[dict]:
    return list(db.query(
        "SELECT f.id, f.document_id, f.locality_id, f.partner, f.metric, f.value, f.unit, f.qualifier, f.year,"
        " f.start, f.\"end\", f.number_start, f.number_end, d.title, d.published, d.source,"
        " substr(d.text, f.start + 1, f.\"end\" - f.start) AS evidence"
        " FROM figures f JOIN documents d ON d.id = f.document_id WHERE f.locality_id = ?"
        " ORDER BY f.metric, f.year IS NULL, f.year DESC, coalesce(d.published, '') DESC, f.document_id, f.start",
        [locality_id]))


def document_evidence(db: sqlite_utils.Database, doc_id: int) -> list[dict]:
    """Every evidence span in one document, agreements and figures, in text order.

    ``main`` is 0 for the further spans an agreement cites (agreement_evidence)."""
    return list(db.query(
        "SELECT 'agreement' AS what, a.id AS id, 1 AS main, a.start AS start, a.\"end\" AS \"end\","
        " NULL AS number_start,"
        " NULL AS number_end, a.kind, a.status, a.date, la.name AS name_a, lb.name AS name_b,"
        " NULL AS metric, NULL AS value, NULL AS unit, NULL AS qualifier, NULL AS partner, NULL AS year"
        " FROM agreements a JOIN localities la ON la.id = a.party_a JOIN localities lb ON lb.id = a.party_b"
        " WHERE a.document_id = :doc"
        " UNION ALL"
        " SELECT 'agreement', a.id, 0, e.start, e.\"end\", NULL, NULL, a.kind, a.status, a.date, la.name, lb.name,"
        " NULL, NULL, NULL, NULL, NULL, NULL"
        " FROM agreement_evidence e JOIN agreements a ON a.id = e.agreement_id"
        " JOIN localities la ON la.id = a.party_a JOIN localities lb ON lb.id = a.party_b"
        " WHERE a.document_id = :doc"
        " UNION ALL"
        " SELECT 'figure', f.id, 1, f.start, f.\"end\", f.number_start, f.number_end, NULL, NULL, NULL,"
        " l.name, NULL, f.metric, f.value, f.unit, f.qualifier, f.partner, f.year"
        " FROM figures f LEFT JOIN localities l ON l.id = f.locality_id WHERE f.document_id = :doc"
        " ORDER BY start, \"end\", what, id", {"doc": doc_id}))


def relation_history(db: sqlite_utils.Database, a: str, b: str) -> list[dict]:
    """Every statement of a tie between two localities, oldest first, in either direction."""
    rows = list(db.query(
        "SELECT a.id AS agreement_id, a.document_id, a.party_a, a.party_b, a.kind, a.status, a.date, a.fields,"
        " a.start, a.\"end\", d.title, d.published, d.lang, d.source,"
        " substr(d.text, a.start + 1, a.\"end\" - a.start) AS evidence"
        " FROM agreements a JOIN documents d ON d.id = a.document_id"
        " WHERE (a.party_a = :a AND a.party_b = :b) OR (a.party_a = :b AND a.party_b = :a)"
        " ORDER BY coalesce(a.date, d.published, '9999'), coalesce(d.published, '9999'), a.document_id, a.start",
        {"a": a, "b": b}))
    for row in rows:
        row["fields"] = json.loads(row["fields"] or "[]")
    return rows


_AGREEMENT_COUNT = "(SELECT count(*) FROM agreements x WHERE x.document_id = d.id)"
_FIGURE_COUNT = "(SELECT count(*) FROM figures x WHERE x.document_id = d.id)"
DOCUMENT_SORTS = {
    "date": "coalesce(d.published, '')",
    "title": "coalesce(d.title, '') COLLATE NOCASE",
    "lang": "coalesce(d.lang, '')",
    "agreements": _AGREEMENT_COUNT,
    "figures": _FIGURE_COUNT,
    "id": "d.id",
}
_DOCUMENT_COLUMNS = (f"d.id, d.title, d.lang, d.published, d.source, length(d.text) AS length,"
                     f" {_AGREEMENT_COUNT} AS agreements, {_FIGURE_COUNT} AS figures")


def documents_page(db: sqlite_utils.Database, sort: str = "date", descending: bool = False,
                   after: tuple | None = None, limit: int = 200) -> list[dict]:
    """One page of the documents list by keyset pagination: ``after`` is the
    ``(sort_value, id)`` of the last row of the previous page."""
    key = DOCUMENT_SORTS[sort]
    order = "DESC" if descending else "ASC"
    where, params = "", []
    if after is not None:
        where = f"WHERE ({key}, d.id) {'<' if descending else '>'} (?, ?)"
        params = list(after)
    return list(db.query(
        f"SELECT {_DOCUMENT_COLUMNS}, {key} AS sort_value FROM documents d {where}"
        f" ORDER BY {key} {order}, d.id {order} LIMIT ?", [*params, limit]))


SNIPPET_START, SNIPPET_END = "\ue000", "\ue001"


def fts_query(text: str) -> str | None:
    """A user's words as an FTS5 query that can only mean "all these words": each
    token becomes a quoted string (so AND, NEAR, column filters and stray quotes
    are plain words), and the last one a prefix, for search as you type."""
    import re

    tokens = re.findall(r"\w+", text)
    if not tokens:
        return None
    quoted = ['"' + t.replace('"', '""') + '"' for t in tokens]
    return " ".join(quoted) + "*"


def search_documents(db: sqlite_utils.Database, text: str, limit: int = 500) -> list[dict]:
    """Documents matching ``text`` in the FTS index, best first, with a snippet whose
    matches are wrapped in SNIPPET_START / SNIPPET_END."""
    query = fts_query(text)
    if query is None:
        return []
    return list(db.query(
        f"SELECT {_DOCUMENT_COLUMNS}, snippet(documents_fts, -1, char(57344), char(57345), '…', 16) AS snippet"
        " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
        " WHERE documents_fts MATCH ? ORDER BY rank, d.id LIMIT ?", [query, limit]))


def document_titles(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT id, title, published, lang FROM documents ORDER BY id"))
