"""The JSON export is a public interface (export-contract.md): names, types, offsets."""
from __future__ import annotations

import csv
import json
import subprocess
import sys

from store.db import open_db
from store.export import export_dict, write_csv
from store.writer import add_document
from tests.conftest import ROOT
from tests.records_factory import make_document


def _store(tmp_path):
    db = open_db(tmp_path / "t.db")
    add_document(db, make_document(), "test")
    return db


def test_export_has_every_contract_field_with_its_type(tmp_path):
    data = export_dict(_store(tmp_path))
    assert data["schema"] == "twinlens.export/1"
    (doc,) = data["documents"]
    assert {"id", "source", "title", "lang", "published", "localities"} <= doc.keys()
    assert doc["source"] == "/corpus/danang.txt" and doc["lang"] == "en" and doc["published"] == "2019-05"
    # Body mentions in order of first appearance; the boilerplate's Hanoi is not there.
    assert doc["localities"] == ["Da Nang", "Sakai", "Kobe"]
    names = {l["name"]: l for l in data["localities"]}
    assert set(names) == {"Da Nang", "Sakai", "Kobe"}
    assert names["Da Nang"]["country"] == "VN" and names["Da Nang"]["kind"] == "city"
    assert "Đà Nẵng" in names["Da Nang"]["aliases"] and "Danang" in names["Da Nang"]["aliases"]
    mou = next(a for a in data["agreements"] if a["kind"] == "mou")
    assert mou["parties"] == ["Da Nang", "Sakai"] and mou["status"] == "signed" and mou["date"] == "2019"
    assert mou["document"] == doc["id"]
    figure = next(f for f in data["figures"] if f["metric"] == "investment")
    assert figure["value"] == 1140000000 and isinstance(figure["value"], int)
    assert (figure["locality"], figure["partner"], figure["unit"]) == ("Da Nang", "JP", "USD")


def test_evidence_offsets_slice_the_stored_text(tmp_path):
    doc = make_document()
    data = export_dict(_store(tmp_path))
    for item in data["agreements"] + data["figures"]:
        ev = item["evidence"]
        assert doc.text[ev["start"]:ev["end"]] == ev["text"]
    assert data["figures"][0]["evidence"]["text"].startswith("Japan is the city's first investor")


def test_csv_writes_one_file_per_table(tmp_path):
    written = write_csv(_store(tmp_path), tmp_path / "out")
    assert sorted(p.name for p in written) == ["agreements.csv", "documents.csv", "figures.csv", "localities.csv"]
    rows = list(csv.DictReader((tmp_path / "out" / "agreements.csv").open(encoding="utf-8")))
    assert {r["parties"] for r in rows} == {"Da Nang;Sakai", "Da Nang;Kobe"}


def test_export_command_prints_json_the_scorer_reads(tmp_path):
    db_path = tmp_path / "t.db"
    add_document(open_db(db_path), make_document(), "test")
    out = subprocess.run([sys.executable, "-m", "twinlens", "export", "--db", str(db_path), "--format", "json"],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["documents"][0]["localities"][0] == "Da Nang"


def test_export_of_a_missing_store_fails_clearly(tmp_path):
    out = subprocess.run([sys.executable, "-m", "twinlens", "export", "--db", str(tmp_path / "none.db")],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 1
    assert "no store at" in out.stderr and "none.db" in out.stderr
