"""The whole path a user takes: load articles, export, score; build the demo store."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SAMPLES, SAMPLES_GOLD

CLI = [sys.executable, "-m", "twinlens"]


def _run(*args, **kw):
    return subprocess.run([*CLI, *map(str, args)], cwd=ROOT, capture_output=True, text=True, **kw)


def _score(export_path, gold_dir, scorer) -> dict:
    out = subprocess.run([sys.executable, str(scorer), "--gold", str(gold_dir), "--export", str(export_path),
                          "--json"], capture_output=True, text=True, check=True)
    # The scorer prints a JSON object, then its one-line summary.
    return json.loads(out.stdout[:out.stdout.rindex("}") + 1])


def _load_and_export(tmp_path, articles):
    db, out = tmp_path / "s.db", tmp_path / "s.json"
    load = _run("load", "--db", db, articles)
    assert load.returncode == 0, load.stderr
    assert _run("export", "--db", db, "--output", out).returncode == 0
    return out


def test_development_seeds_load_export_and_score(tmp_path, shared):
    out = _load_and_export(tmp_path, shared / "seeds")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["documents"]) == len(list((shared / "seeds").glob("*.txt")))
    for doc in data["documents"]:
        text = (shared / "seeds" / doc["source"].rsplit("/", 1)[-1]).read_text(encoding="utf-8")
        for item in [a for a in data["agreements"] if a["document"] == doc["id"]] + \
                    [f for f in data["figures"] if f["document"] == doc["id"]]:
            assert text[item["evidence"]["start"]:item["evidence"]["end"]] == item["evidence"]["text"]
    scores = _score(out, shared / "gold", shared / "tools" / "score.py")
    # Floors, not targets: they catch a regression without pinning today's exact numbers.
    assert scores["localities"]["f1"] >= 0.9
    assert scores["agreements"]["f1"] >= 0.85
    assert scores["figures"]["f1"] >= 0.85


def test_demo_corpus_scores_against_its_own_gold(tmp_path, shared):
    out = _load_and_export(tmp_path, SAMPLES)
    scores = _score(out, SAMPLES_GOLD, shared / "tools" / "score.py")
    assert scores["document found"]["ok"] == scores["document found"]["n"] == len(list(SAMPLES.glob("*.*")))
    assert scores["overall_f1"] >= 0.85


def test_demo_store_is_built_once_and_rebuilt_when_the_corpus_changes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in sorted(p.name for p in SAMPLES.iterdir())[:3]:
        shutil.copy(SAMPLES / name, corpus / name)
    env = {"TWINLENS_SAMPLES": str(corpus), "TWINLENS_CACHE": str(tmp_path / "cache")}
    import os
    env = {**os.environ, **env}
    first = _run("demo", "--build-only", env=env)
    assert first.returncode == 0, first.stderr
    assert "built the demo store" in first.stderr
    demo_db = first.stdout.strip()
    again = _run("demo", "--build-only", env=env)
    assert again.returncode == 0 and "built" not in again.stderr
    (corpus / "extra.txt").write_text(" date 2020-01 Hue and Kyoto\n\nHue and Kyoto signed a friendship "
                                      "agreement in 2020.\n", encoding="utf-8")
    rebuilt = _run("demo", "--build-only", env=env)
    assert "built the demo store" in rebuilt.stderr
    docs = json.loads(_run("export", "--db", demo_db).stdout)["documents"]
    assert len(docs) == 4


def test_help_and_version():
    assert _run("--version").stdout.startswith("twinlens ")
    for command in ("load", "browse", "export", "demo", "locate"):
        res = _run(command, "--help")
        assert res.returncode == 0 and "usage: twinlens " + command in res.stdout


def test_unknown_command_option_is_a_usage_error():
    res = _run("export", "--format", "xml")
    assert res.returncode == 2 and "invalid choice" in res.stderr


@pytest.mark.parametrize("argv", [["locate"], ["locate", "--db", "/tmp/x.db"]])
def test_locate_prints_the_paths(argv):
    out = _run(*argv).stdout
    assert "store" in out and "cache" in out and "samples" in out
