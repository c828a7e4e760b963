"""The public exports: JSON as in export-contract.md, and CSV, one file per table."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import sqlite_utils

from store import queries

SCHEMA = "twinlens.export/1"


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _evidence(row: dict) -> dict:
    return {"start": row["start"], "end": row["end"], "text": row["evidence"]}


def export_dict(db: sqlite_utils.Database) -> dict[str, Any]:
    names = queries.document_localities(db)
    docs = [{
        "id": d["id"], "source": d["source"], "title": d["title"], "lang": d["lang"],
        "published": d["published"], "sha256": d["sha256"], "encoding": d["encoding"],
        "localities": names.get(d["id"], []),
    } for d in queries.documents(db)]
    localities = [{
        "id": l["id"], "name": l["name"], "country": l["country"], "kind": l["kind"], "aliases": l["aliases"],
        "geonameid": l["geonameid"], "population": l["population"], "admin": l["admin"],
        "documents": l["documents"],
    } for l in queries.localities(db)]
    agreements = [{
        "id": a["id"], "parties": [a["name_a"], a["name_b"]], "party_ids": [a["party_a"], a["party_b"]],
        "kind": a["kind"], "status": a["status"], "date": a["date"], "fields": a["fields"],
        "document": a["document_id"], "source": a["source"], "evidence": _evidence(a),
    } for a in queries.agreements(db)]
    figures = [{
        "id": f["id"], "locality": f["locality_name"], "locality_id": f["locality_id"], "partner": f["partner"],
        "metric": f["metric"], "value": _number(f["value"]), "unit": f["unit"], "qualifier": f["qualifier"],
        "year": f["year"], "document": f["document_id"], "source": f["source"], "evidence": _evidence(f),
    } for f in queries.figures(db)]
    return {"schema": SCHEMA, "documents": docs, "localities": localities,
            "agreements": agreements, "figures": figures}


def write_json(db: sqlite_utils.Database, out) -> None:
    json.dump(export_dict(db), out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(db: sqlite_utils.Database, folder: Path) -> list[Path]:
    """One CSV per table; lists become ``;``-joined cells and evidence is flattened."""
    data = export_dict(db)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in ("documents", "localities", "agreements", "figures"):
        rows = [_flat(r) for r in data[table]]
        path = folder / f"{table}.csv"
        columns = list(rows[0]) if rows else _EMPTY_COLUMNS[table]
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
    return written


_EMPTY_COLUMNS = {
    "documents": ["id", "source", "title", "lang", "published", "sha256", "encoding", "localities"],
    "localities": ["id", "name", "country", "kind", "aliases", "geonameid", "population", "admin", "documents"],
    "agreements": ["id", "parties", "party_ids", "kind", "status", "date", "fields", "document", "source",
                   "evidence_start", "evidence_end", "evidence_text"],
    "figures": ["id", "locality", "locality_id", "partner", "metric", "value", "unit", "qualifier", "year",
                "document", "source", "evidence_start", "evidence_end", "evidence_text"],
}


def _flat(row: dict) -> dict:
    out = {}
    for key, value in row.items():
        if key == "evidence":
            out.update({"evidence_start": value["start"], "evidence_end": value["end"],
                        "evidence_text": value["text"]})
        elif isinstance(value, list):
            out[key] = ";".join(str(v) for v in value)
        else:
            out[key] = value
    return out
