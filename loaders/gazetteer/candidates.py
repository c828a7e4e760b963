"""Candidate mentions: the automaton's hits that are capitalised like names, longest first.

A country word ("Japon", "japonaises") becomes a cue; a name that holds no locality
("Thái Bình Dương", "the Mekong Delta") takes its words and is dropped; any other hit
becomes a ``Cand`` carrying the places it may be and, later, what its context says
about them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from loaders.gazetteer import lexicon as lx
from loaders.gazetteer.match import Scan
from loaders.gazetteer.model import MARKED, NOT_A_PLACE, SPELT, Gazetteer
from loaders.gazetteer.people import inside_person

# Words a multi-word name may have in lowercase ("Sant Julià de Lòria", "Thành phố Huế").
_LOWER_OK = frozenset({"pho", "thi", "xa", "tran", "ville", "city", "de", "du", "des", "la", "le", "les", "of",
                       "the", "am", "an", "der", "del", "sur", "en", "y", "i", "e", "d", "l", "s", "do"})

Cue = tuple[int, int, str]   # first word, end word, ISO 3166-1 alpha-2


@dataclass(slots=True)
class Cand:
    """A candidate mention: a span the gazetteer knows, with what its context says."""
    t0: int
    t1: int
    row: int
    cands: list[tuple[int, int]]          # (entry, tier)
    kind: str | None = None               # CITY / UNIT / DISTRICT said by a kind word
    govern: set[str] = field(default_factory=set)   # countries of words governing it
    group: int = -1
    penalty: float = 0.0
    glued: bool = False                   # part of a longer capitalised name
    choice: int = -1
    score: float = float("-inf")
    scores: dict[int, float] = field(default_factory=dict)
    pending: list[int] = field(default_factory=list)   # places that need more context (model.LOCAL)


# Letters only Vietnamese writes (with hook, horn, breve, dot below, or a tone mark on a
# circumflexed vowel), precomposed or combining (text in NFD).
VN_ONLY = re.compile("[ăđơưĂĐƠƯĩũĨŨ\u1EA0-\u1EF9\u0306\u031B\u0309\u0323]")


def split_hits(sc: Scan, gaz: Gazetteer, lang: str = "en") -> tuple[list[Cue], list[Cand]]:
    """Country cues and candidate mentions, overlaps resolved in favour of the longer."""
    spans = []
    for t0, t1, row in sc.hits:
        _, cands, cue, cue_cap = gaz.rows[row]
        if cue == NOT_A_PLACE:
            spans.append((t1 - t0, t0, t1, row, True))
        elif cue is not None and (not cue_cap or sc.cap(t0)) and not inside_person(sc, t0, t1):
            spans.append((t1 - t0, t0, t1, row, True))
        if cands and _capitalised(sc, t0, t1):
            spans.append((t1 - t0, t0, t1, row, False))
    # Longest first: "Lào Cai" beats the country word "Lào", "Ho Chi Minh City" beats "Ho
    # Chi Minh"; of two as long, the one not opened by a kind word ("Quận Ba Đình" is Ba
    # Đình, not Quản Bạ and a word).
    words = sc.words
    spans.sort(key=lambda s: (-s[0], words[s[1]] in lx.KIND_BEFORE_BARE, s[1], s[4]))
    taken = bytearray(len(sc.words) + 1)
    cues: list[Cue] = []
    out: list[Cand] = []
    for n, t0, t1, row, is_cue in spans:
        if any(taken[t0:t1]):
            continue
        _, cand_codes, cue, _ = gaz.rows[row]
        if is_cue:
            if cue != NOT_A_PLACE:
                cues.append((t0, t1, cue))
        else:
            if _vietnamese_spelling(sc, t0, t1, lang):
                # "Vân", "Xín Mần": a name written the Vietnamese way is a Vietnamese place,
                # or a foreign one in a Vietnamese spelling the gazetteer knows ("Côn Minh");
                # any other foreign place only when its country governs it ("tỉnh Kép
                # (Campuchia)").
                cands = [(code >> 3, code & 3 if code & MARKED or gaz.countries[code >> 3] == "VN" else SPELT)
                         for code in cand_codes]
            else:
                cands = [(code >> 3, code & 3) for code in cand_codes]
            if _all_caps(sc, t0, t1):
                # Acronyms ("JETRO", "NGOC PHU" in a photo credit) are places only when curated.
                cands = [(i, t) for i, t in cands if gaz.keys[i].startswith("vn:")]
                if not cands:
                    continue
            out.append(Cand(t0, t1, row, cands))
        for k in range(t0, t1):
            taken[k] = 1
    cues.sort()
    out.sort(key=lambda c: c.t0)
    return cues, out


def _vietnamese_spelling(sc: Scan, t0: int, t1: int, lang: str) -> bool:
    s = sc.text[sc.starts[t0]:sc.ends[t1 - 1]]
    if s.isascii():
        return False
    if lang == "vi":
        # In Vietnamese text every diacritic is a Vietnamese one.
        return any(ord(ch) > 127 and (ch.isalpha() or unicodedata.combining(ch)) for ch in s)
    return bool(VN_ONLY.search(s) or VN_ONLY.search(unicodedata.normalize("NFD", s)))


def _capitalised(sc: Scan, t0: int, t1: int) -> bool:
    """Capitalised as a name is: every word, but for grammar words ("Sant Julià de Lòria")
    and syllables after a hyphen ("Chăm-pa-sắc", "Mát-xcơ-va")."""
    if not sc.caps[t0]:
        return False
    for k in range(t0 + 1, t1):
        if not (sc.caps[k] or sc.words[k] in _LOWER_OK or sc.words[k].isdigit()
                or sc.text[sc.ends[k - 1]:sc.starts[k]] == "-"):
            return False
    return True


def _all_caps(sc: Scan, t0: int, t1: int) -> bool:
    s = sc.surface(t0, t1)
    if not s.isupper():
        return False
    letters = [ch for ch in s if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)
