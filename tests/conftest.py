"""Fixtures every test may use. Tests never touch the user's own store or cache."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"
SAMPLES_GOLD = ROOT / "tests" / "fixtures" / "samples_gold"


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path_factory, monkeypatch):
    # The gazetteer cache is shared by the whole run (building it is the slow part);
    # the store and data dirs are fresh for each test.
    monkeypatch.setenv("TWINLENS_DB", str(tmp_path_factory.mktemp("db") / "twinlens.db"))
    monkeypatch.setenv("TWINLENS_CACHE", os.environ.get("TWINLENS_TEST_CACHE", str(_session_cache())))


def _session_cache() -> Path:
    # One folder for every run: the gazetteer file in it is named by a digest of its
    # sources and code, so a stale one is never read, and a new run skips the cold build.
    import tempfile
    path = Path(tempfile.gettempdir()) / f"twinlens-test-cache-{os.getuid()}"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture
def shared() -> Path:
    """The development set beside the repository; tests using it skip when it is absent."""
    if not (SHARED / "seeds").is_dir() or not (SHARED / "gold").is_dir():
        pytest.skip("../shared (development set) is not present")
    return SHARED
