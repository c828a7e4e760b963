"""Fuzzy fallbacks, only where a place is expected and no name matched.

After a kind word ("la ville japonaise de Kisarazou") the closest name of a country the
article names is taken if it is close enough; after a preposition or a kind word a run of
Vietnamese syllables one letter off a curated name ("in Thu Dau Moi") is that place.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from rapidfuzz import fuzz, process

from loaders.gazetteer import lexicon as lx
from loaders.gazetteer.candidates import VN_ONLY, Cand, Cue
from loaders.gazetteer.context import KIND_ENDS, kind_at
from loaders.gazetteer.match import Scan
from loaders.gazetteer.model import Gazetteer
from loaders.gazetteer.resolve import ACCEPT
from loaders.gazetteer.romanise import match_key
from loaders.textfold import fold

_VN_SYLLABLES: dict[str, tuple[frozenset[str], list[str], list[int]]] = {}
_VN_SYLLABLE_KEYS: dict[str, frozenset[str]] = {}


def after_kind_words(sc: Scan, gaz: Gazetteer, cands: list[Cand], cues: list[Cue],
                     blocked: set[int] = frozenset()) -> None:
    """Capitalised words right after a kind word ("la ville de Kisarazou") that no name
    matched: the closest name of a country named in the same sentence, if it is close
    enough. Not after a Vietnamese kind word, nor for a run of Vietnamese syllables
    ("thị trấn Xín Mần", "the town of Xin Cai"): those are Vietnamese names the
    gazetteer lacks, not misspelt foreign ones, however close a pinyin name folds."""
    covered = {k for c in cands for k in range(c.t0, c.t1)} | {k for t0, t1, _ in cues for k in range(t0, t1)}
    covered |= blocked
    sent_countries: dict[int, set[str]] = {}
    for t0, _, cc in cues:
        if cc != "VN":
            sent_countries.setdefault(sc.sents[t0], set()).add(cc)
    if not sent_countries:
        return
    syllables = _vn_syllable_keys(gaz)
    n = len(sc.words)
    words, sents = sc.words, sc.sents
    spots = []
    for sent in sent_countries:
        # Only the sentences that name a foreign country are read (sentence numbers rise
        # with the words).
        lo, hi = bisect_left(sents, sent), bisect_right(sents, sent)
        spots += [k for k in range(lo, hi) if words[k] in KIND_ENDS]
    for k in sorted(spots):
        countries = sent_countries[sents[k]]
        kind, _, first = kind_at(sc, k)
        if kind not in (lx.CITY, lx.UNIT) or " ".join(sc.words[first:k + 1]) in lx.KIND_BEFORE_BARE:
            continue
        j = k + 1
        # "la ville japonaise de X", "the Japanese city of X"
        while j < n and j - k <= 3 and sc.sents[j] == sc.sents[k] and (
                sc.words[j] in ("of", "de", "d", "du") or (j in covered and not sc.caps[j])):
            j += 1
        end = j
        while end < n and end - j < 3 and sc.cap(end) and end not in covered and sc.sents[end] == sc.sents[k] \
                and (end == j or sc.joined(end)):
            end += 1
        if end == j or not sc.cap(j) or j in covered:
            continue
        words = sc.words[j:end]
        query = " ".join(words)
        if len(query) < 5 or query in lx.ALL_FUNCTION_WORDS or all(match_key(w) in syllables for w in words) \
                or not sc.surface(j, end).isascii() and VN_ONLY.search(sc.surface(j, end)):
            continue
        best = None
        for cc in sorted(countries):
            pool = gaz.fuzzy_names.get(cc)
            if not pool:
                continue
            got = process.extractOne(query, _pool_names(gaz, cc), scorer=fuzz.ratio, score_cutoff=88)
            # A misspelling keeps the first letter ("Kisarazou"), and the number of words.
            if got and got[0][:1] == query[:1] and got[0].count(" ") == query.count(" ") \
                    and (best is None or got[1] > best[1]):
                best = (pool[got[2]][1], got[1])
        if best is None:
            continue
        c = Cand(j, end, -1, [(best[0], 1)], kind=kind)
        c.choice, c.score = best[0], ACCEPT
        cands.append(c)
        covered.update(range(j, end))
    cands.sort(key=lambda c: c.t0)


_POOL_NAMES: dict[tuple[str, str], list[str]] = {}


def _pool_names(gaz: Gazetteer, cc: str) -> list[str]:
    got = _POOL_NAMES.get((gaz.version, cc))
    if got is None:
        got = _POOL_NAMES[(gaz.version, cc)] = [name for name, _ in gaz.fuzzy_names[cc]]
    return got



def _vn_syllable_keys(gaz: Gazetteer) -> frozenset[str]:
    got = _VN_SYLLABLE_KEYS.get(gaz.version)
    if got is None:
        got = _VN_SYLLABLE_KEYS[gaz.version] = gaz.vn_syllables | {match_key(w) for w in _vn_names(gaz)[0]}
    return got


def _vn_names(gaz: Gazetteer) -> tuple[frozenset[str], list[str], list[int]]:
    got = _VN_SYLLABLES.get(gaz.version)
    if got is None:
        idxs = [i for i, k in enumerate(gaz.keys) if k.startswith("vn:")]
        names = [fold(gaz.names[i]).replace("-", " ") for i in idxs]
        syllables = frozenset(w for n in names for w in n.split())
        got = _VN_SYLLABLES[gaz.version] = (syllables, names, idxs)
    return got


def misspelt_vietnamese(sc: Scan, gaz: Gazetteer, cands: list[Cand], blocked: set[int] = frozenset()) -> None:
    """A misspelt Vietnamese place ("in Thu Dau Moi" for Thu Dau Mot): a capitalised run
    of two or three syllables after a preposition or a kind word, most of them syllables
    of curated names, one letter off."""
    syllables, names, idxs = _vn_names(gaz)
    covered = {k for c in cands for k in range(c.t0, c.t1)} | blocked
    n = len(sc.words)
    caps = sc.caps
    added = False
    nxt = 0
    for k in [k for k in range(n) if caps[k] and not (k and caps[k - 1] and sc.joined(k))]:
        if k < nxt or k in covered:
            continue
        end = k + 1
        while end < n and end - k < 4 and sc.cap(end) and end not in covered and sc.joined(end):
            end += 1
        words = sc.words[k:end]
        # Only where a place stands: after "in", "à", "tại", a kind word...
        prev = sc.words[k - 1] if k and sc.joined(k) else ""
        if not prev or not (prev in lx.LOCATIVES or kind_at(sc, k - 1)[0] is not None):
            nxt = end
            continue
        if 2 <= len(words) <= 3 and words[0] not in lx.VN_FAMILY_NAMES \
                and sum(w in syllables for w in words) >= len(words) - 1:
            got = process.extractOne(" ".join(words), names, scorer=fuzz.ratio, score_cutoff=90)
            if got is not None and len(got[0].split()) == len(words):
                c = Cand(k, end, -1, [(idxs[got[2]], 1)])
                c.choice, c.score = idxs[got[2]], ACCEPT
                cands.append(c)
                added = True
        nxt = end
    if added:
        cands.sort(key=lambda c: c.t0)
