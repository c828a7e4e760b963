"""Fuzzy fallbacks, only where a place is expected and no name matched.

After a kind word ("la ville japonaise de Kisarazou") the closest name of a country the
article names is taken if it is close enough; after a preposition or a kind word a run of
Vietnamese syllables one letter off a curated name ("in Thu Dau Moi") is that place.
"""
from __future__ import annotations

from rapidfuzz import fuzz, process

from loaders.gazetteer import lexicon as lx
from loaders.gazetteer.candidates import Cand, Cue
from loaders.gazetteer.context import KIND_TAILS, kind_at
from loaders.gazetteer.match import Scan
from loaders.gazetteer.model import Gazetteer
from loaders.gazetteer.resolve import ACCEPT
from loaders.textfold import fold

_VN_SYLLABLES: dict[str, tuple[frozenset[str], list[str], list[int]]] = {}


def after_kind_words(sc: Scan, gaz: Gazetteer, cands: list[Cand], cues: list[Cue]) -> None:
    """Capitalised words right after a kind word ("la ville de Kisarazou") that no name
    matched: the closest name of a country the text names, if it is close enough."""
    covered = {k for c in cands for k in range(c.t0, c.t1)} | {k for t0, t1, _ in cues for k in range(t0, t1)}
    countries = sorted({cc for _, _, cc in cues} - {"VN"}) or []
    if not countries:
        return
    n = len(sc.words)
    for k in [k for k, w in enumerate(sc.words) if w in lx.KIND_WORDS or w in KIND_TAILS]:
        kind, _, _ = kind_at(sc, k)
        if kind not in (lx.CITY, lx.UNIT):
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
        query = " ".join(sc.words[j:end])
        if len(query) < 5 or query in lx.ALL_FUNCTION_WORDS:
            continue
        best = None
        for cc in countries:
            pool = gaz.fuzzy_names.get(cc)
            if not pool:
                continue
            got = process.extractOne(query, [p[0] for p in pool], scorer=fuzz.ratio, score_cutoff=86)
            if got and (best is None or got[1] > best[1]):
                best = (pool[got[2]][1], got[1])
        if best is None:
            continue
        c = Cand(j, end, -1, [(best[0], 1)], kind=kind)
        c.choice, c.score = best[0], ACCEPT
        cands.append(c)
        covered.update(range(j, end))
    cands.sort(key=lambda c: c.t0)


def _vn_names(gaz: Gazetteer) -> tuple[frozenset[str], list[str], list[int]]:
    got = _VN_SYLLABLES.get(gaz.version)
    if got is None:
        idxs = [i for i, k in enumerate(gaz.keys) if k.startswith("vn:")]
        names = [fold(gaz.names[i]).replace("-", " ") for i in idxs]
        syllables = frozenset(w for n in names for w in n.split())
        got = _VN_SYLLABLES[gaz.version] = (syllables, names, idxs)
    return got


def misspelt_vietnamese(sc: Scan, gaz: Gazetteer, cands: list[Cand]) -> None:
    """A misspelt Vietnamese place ("in Thu Dau Moi" for Thu Dau Mot): a capitalised run
    of two or three syllables after a preposition or a kind word, most of them syllables
    of curated names, one letter off."""
    syllables, names, idxs = _vn_names(gaz)
    covered = {k for c in cands for k in range(c.t0, c.t1)}
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
        if not (prev in lx.LOCATIVES or prev in lx.KIND_WORDS or prev in KIND_TAILS):
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
