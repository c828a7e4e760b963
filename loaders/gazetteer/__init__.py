"""The gazetteer: every place a name may mean, built once from real data and cached.

``get()`` returns the process-wide gazetteer, loading it from the cache (or building
it the first time, a few seconds).
"""
from __future__ import annotations

import threading

from loaders.gazetteer.model import Gazetteer

_LOCK = threading.Lock()
_GAZ: Gazetteer | None = None


def get() -> Gazetteer:
    global _GAZ
    if _GAZ is None:
        with _LOCK:
            if _GAZ is None:
                from loaders.gazetteer.build import load_or_build
                _GAZ = load_or_build()
    return _GAZ


def reset() -> None:
    """Forget the loaded gazetteer (tests that point the cache elsewhere)."""
    global _GAZ
    _GAZ = None


__all__ = ["Gazetteer", "get", "reset"]
