"""What the words around a candidate say: a kind word, a country word, a list.

Candidates separated only by commas and "and"/"et"/"và" form a list, and what stands
before the list ("the Japanese localities of", "quatre villes japonaises :", "tỉnh") or
after it ("Province", "-ken", "(Japan)", ", Japan") applies to its members.
"""
from __future__ import annotations

import unicodedata

from loaders.gazetteer import lexicon as lx
from loaders.gazetteer.candidates import Cand, Cue
from loaders.gazetteer.match import Scan

_LEFT_SCAN = 8
_RIGHT_SCAN = 4
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve dozens several
    un deux trois quatre cinq six sept huit neuf dix onze douze plusieurs hai ba bon nam sau bay tam chin
    muoi cac nhieu""".split())
_RIGHT_SKIP = frozenset({"of", "in", "du", "de", "d", "en", "au", "cua", "o", "tai", "thuoc", "s"})
# Last words of multi-word kind words ("thành phố"), to find them from their end.
KIND_TAILS = frozenset(w.split()[-1] for w in lx.KIND_WORDS if " " in w)
# Words that can end or open a kind word: most words are neither, and are passed over
# without building phrases (this runs for every word around every candidate).
KIND_ENDS = frozenset(w.split()[-1] for w in lx.KIND_WORDS)
_KIND_OPENS = frozenset(w.split()[0] for w in lx.KIND_WORDS if " " in w)


def kind_at(sc: Scan, k: int) -> tuple[str | None, bool, int]:
    """The kind word ending at word k, if any: (class, plural, first word of the kind word)."""
    w = sc.words[k]
    if w not in KIND_ENDS:
        return None, False, k
    if w in lx.VI_KIND_SPELLINGS and not spelt_as_kind(sc, k):
        return None, False, k
    if k > 0 and sc.joined(k):
        two = f"{sc.words[k - 1]} {w}"
        if k > 1 and sc.joined(k - 1):
            three = f"{sc.words[k - 2]} {two}"
            if three in lx.KIND_WORDS:
                return lx.KIND_WORDS[three], False, k - 2
        if two in lx.KIND_WORDS:
            return lx.KIND_WORDS[two], two in lx.PLURAL_KINDS, k - 1
    if w in lx.KIND_WORDS and w not in lx.HYPHEN_ONLY_KINDS:
        return lx.KIND_WORDS[w], w in lx.PLURAL_KINDS, k
    return None, False, k


def _kind_after(sc: Scan, k: int) -> tuple[str | None, bool, int]:
    """The kind word of several words starting at word k ("border gate", "international
    border gate"): (class, plural, its last word)."""
    words = sc.words
    if words[k] not in _KIND_OPENS:
        return None, False, k
    for n in (3, 2):
        end = k + n - 1
        if end < len(words) and all(sc.joined(j) for j in range(k + 1, end + 1)):
            phrase = " ".join(words[k:end + 1])
            if phrase in lx.KIND_WORDS:
                return lx.KIND_WORDS[phrase], phrase in lx.PLURAL_KINDS, end
    return None, False, k


def spelt_as_kind(sc: Scan, k: int) -> bool:
    """Word k, which folds like a Vietnamese kind word, is spelt as one (or without
    diacritics, so that it may be one)."""
    surface = sc.text[sc.starts[k]:sc.ends[k]]
    if surface.isascii():
        return True
    return unicodedata.normalize("NFC", surface).lower() == lx.VI_KIND_SPELLINGS[sc.words[k]]


def read_context(sc: Scan, cands: list[Cand], cues: list[Cue]) -> None:
    """Set each candidate's group, kind word and governing countries."""
    cue_at: dict[int, str] = {}
    for t0, t1, cc in cues:
        for k in range(t0, t1):
            cue_at[k] = cc
    place_at: dict[int, int] = {}
    for i, c in enumerate(cands):
        for k in range(c.t0, c.t1):
            place_at[k] = i
    groups = _group(sc, cands)
    for gid, members in enumerate(groups):
        first, last = cands[members[0]], cands[members[-1]]
        for i in members:
            cands[i].group = gid
        # Left of the list: "the Japanese localities of", "quatre villes japonaises :", "tỉnh".
        kind, plural, govern = None, False, set()
        k = first.t0 - 1
        steps = 0
        sent = sc.sents[first.t0]
        while k >= 0 and steps < _LEFT_SCAN and sc.sents[k] == sent and k not in place_at:
            if k in cue_at:
                govern.add(cue_at[k])
            else:
                kc, pl, start = kind_at(sc, k)
                if kc is not None:
                    word = " ".join(sc.words[start:k + 1])
                    # "Fukui Prefecture, and Sakai": that kind word is the earlier name's; an
                    # adjective qualifies another noun ("Comité populaire municipal Tran Sy
                    # Thanh") unless "de" or "of" ties it to the name ("Conseil régional de
                    # Nouvelle-Aquitaine").
                    tied = k + 1 < len(sc.words) and sc.words[k + 1] in ("de", "d", "du", "of")
                    if (word in lx.KIND_ADJECTIVES and not tied) or (start - 1 in place_at and sc.joined(start)):
                        break
                    # Right before the name only Vietnamese kind words stand bare ("tỉnh
                    # Quảng Ninh"); elsewhere "of"/"de" or a list opener comes between.
                    if kind is None and (steps > 0 or word in lx.KIND_BEFORE_BARE):
                        kind, plural = kc, pl
                    k = start
                elif not skippable(sc.words[k]):
                    break
            k -= 1
            steps += 1
        # Right of the list: "X Province", "X-ken", "X (Japan)", ", Japan", "in Japan".
        rkind, rplural, rgovern = None, False, set()
        k = last.t1
        steps = 0
        while k < len(sc.words) and steps < _RIGHT_SCAN and sc.sents[k] == sent and k not in place_at:
            w = sc.words[k]
            hyphen = sc.text[sc.ends[k - 1]:sc.starts[k]] == "-"
            if k in cue_at:
                rgovern.add(cue_at[k])
                break
            # A kind word after the name is its own only when nothing but a space or a
            # hyphen stands between ("Quảng Đông, thành phố Quảng Châu" names a city next).
            tight = steps == 0 and (hyphen or sc.joined(k))
            several, splural, end = _kind_after(sc, k)
            if several is not None:
                if rkind is None and tight:
                    rkind, rplural = several, splural
                break
            if w in lx.KIND_WORDS and (hyphen or w not in lx.HYPHEN_ONLY_KINDS) \
                    and (w not in lx.VI_KIND_SPELLINGS or spelt_as_kind(sc, k)):
                # "the Mekong Delta city of Can Tho": a kind word before "of" is the next name's.
                after = sc.words[k + 1] if k + 1 < len(sc.words) and sc.sents[k + 1] == sent else ""
                if rkind is None and tight and after not in ("of", "de", "d", "du"):
                    rkind, rplural = lx.KIND_WORDS[w], w in lx.PLURAL_KINDS
            elif w not in _RIGHT_SKIP:
                break
            k += 1
            steps += 1
        for pos, i in enumerate(members):
            c = cands[i]
            c.govern |= govern | rgovern
            if kind is not None and (plural or pos == 0 or len(members) == 1):
                c.kind = kind
            if rkind is not None and (rplural or pos == len(members) - 1):
                # A kind word glued after the name is its own ("a city in Japan's Fukuoka
                # Prefecture"); one before it may be another's.
                c.kind = rkind
            if c.kind is None and c.t1 - c.t0 > 1:
                c.kind = _inner_kind(sc, c)


def _inner_kind(sc: Scan, c: Cand) -> str | None:
    """The kind a name says of itself: "Métropole de Lyon", "Hanoi City", "Région Île-de-France"."""
    words = sc.words
    kind = None
    rest = []
    k = c.t0
    while k < c.t1:
        two = f"{words[k]} {words[k + 1]}" if k + 1 < c.t1 else ""
        if two in lx.INNER_KINDS:
            kind = kind or lx.KIND_WORDS[two]
            k += 2
            continue
        if words[k] in lx.INNER_KINDS:
            kind = kind or lx.KIND_WORDS[words[k]]
        else:
            rest.append(words[k])
        k += 1
    # "New City", "Old Town": a common word before a kind word names nothing.
    if kind is None or all(w in lx.COMMON_WORDS or w in lx.ALL_FUNCTION_WORDS for w in rest):
        return None
    return kind


def skippable(word: str) -> bool:
    """Words that may stand between a kind or country word and the names it governs."""
    return (word in lx.ALL_FUNCTION_WORDS or word in lx.PLACE_NOUNS or word in lx.LIST_INTRO
            or word in _NUMBER_WORDS or word.isdigit() or word in ("such", "as", "s", "que", "tels", "telles"))


def _group(sc: Scan, cands: list[Cand]) -> list[list[int]]:
    """Runs of candidates that form one list: "Kawasaki, Sakai, Yokohama et Kisarazu"."""
    groups: list[list[int]] = []
    for i, c in enumerate(cands):
        if groups:
            p = cands[groups[-1][-1]]
            if sc.sents[p.t0] == sc.sents[c.t0] and _list_gap(sc, p.t1, c.t0):
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups


def _list_gap(sc: Scan, a: int, b: int) -> bool:
    """Only list glue between words a and b: commas, brackets, "and", "et", "và"."""
    if b - a > 2:
        return False
    for k in range(a, b):
        if sc.words[k] not in lx.LIST_GLUE:
            return False
    for k in range(a, b + 1):
        if any(ch not in ",;()&/" for ch in sc.gaps[k]):
            return False
    return b > a or bool(sc.gaps[b])
