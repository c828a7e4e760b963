"""Ranking localities for the finder: exact, then prefix, then fuzzy.

Built once per load (off the UI thread), then asked on every keystroke. Prefix
matches come from a sorted list and ``bisect``, so they cost the same for 10 or
10,000 places; only the fuzzy tier asks rapidfuzz to look at every name.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from tui.fold import compact, fold, initials

EXACT, PREFIX, WORD_PREFIX, FUZZY = range(4)
FUZZY_CUTOFF = 80
# One or two letters match half the gazetteer fuzzily; prefixes say more.
FUZZY_MIN_LENGTH = 3


def default_order(names: Sequence[str], weights: Sequence[int]) -> list[int]:
    """Every place, the ones the store knows most about first: the list before any query."""
    folded = [fold(n) for n in names]
    return sorted(range(len(names)), key=lambda i: (-weights[i], folded[i], i))


class LocalityIndex:
    """``rank(query)`` gives positions into the lists the index was built from."""

    def __init__(self, names: Sequence[str], aliases: Sequence[Sequence[str]], weights: Sequence[int]) -> None:
        self.size = len(names)
        self._weights = list(weights)
        self._sort_names = [fold(n) for n in names]
        self._keys: list[str] = []
        self._owners: list[int] = []
        prefixes: list[tuple[str, int, int]] = []
        for i, (name, more) in enumerate(zip(names, aliases)):
            for form in {fold(x) for x in (name, *more)} - {""}:
                self._keys.append(form)
                self._owners.append(i)
                prefixes.append((compact(form), i, PREFIX))
                words = form.split()
                # "chi minh" finds "Ho Chi Minh City": every tail of the name is a prefix too.
                prefixes.extend((compact(" ".join(words[j:])), i, WORD_PREFIX) for j in range(1, len(words)))
                if len(words) > 1:
                    prefixes.append((initials(form), i, WORD_PREFIX))
        prefixes.sort()
        self._prefix_keys = [p[0] for p in prefixes]
        self._prefix_info = [(p[1], p[2]) for p in prefixes]
        self._default = sorted(range(self.size), key=self._tiebreak)

    def __len__(self) -> int:
        return self.size

    def _tiebreak(self, i: int) -> tuple:
        return (-self._weights[i], self._sort_names[i], i)

    def rank(self, query: str) -> list[int]:
        """Matching places, best first; every place, most known first, for an empty query."""
        folded = fold(query)
        if not folded:
            return list(self._default)
        wanted = compact(folded)
        best: dict[int, tuple[int, float]] = {}
        lo = bisect_left(self._prefix_keys, wanted)
        hi = bisect_left(self._prefix_keys, wanted + "\U0010ffff", lo)
        for k in range(lo, hi):
            i, tier = self._prefix_info[k]
            if tier == PREFIX and self._prefix_keys[k] == wanted:
                tier = EXACT
            # Within the exact and prefix tiers the store's knowledge decides, not length.
            if i not in best or tier < best[i][0]:
                best[i] = (tier, 0.0)
        if len(wanted) >= FUZZY_MIN_LENGTH:
            for _, score, k in process.extract(folded, self._keys, scorer=fuzz.WRatio, processor=None,
                                               score_cutoff=FUZZY_CUTOFF, limit=None):
                i = self._owners[k]
                if i not in best or (best[i][0] == FUZZY and -score < best[i][1]):
                    best[i] = (FUZZY, -score)
        return sorted(best, key=lambda i: (best[i], self._tiebreak(i)))
