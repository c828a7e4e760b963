"""Where twinlens keeps its files. Resolved when asked, so tests and users can
point the environment variables elsewhere at any time."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

APP = "twinlens"


def default_db() -> Path:
    env = os.environ.get("TWINLENS_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP)) / "twinlens.db"


def cache_dir() -> Path:
    env = os.environ.get("TWINLENS_CACHE")
    return Path(env).expanduser() if env else Path(user_cache_dir(APP))


def samples_dir() -> Path:
    env = os.environ.get("TWINLENS_SAMPLES")
    if env:
        return Path(env).expanduser()
    # The demo corpus lives beside the packages in the source tree (editable install).
    return Path(__file__).resolve().parent.parent / "samples"


def demo_db() -> Path:
    return cache_dir() / "demo.db"
