"""Candidate mentions: the automaton's hits that are capitalised like names, longest first.

A country word ("Japon", "japonaises") becomes a cue; any other hit a ``Cand`` carrying
the places it may be and, later, what its context says about them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from loaders.gazetteer.match import Scan
from loaders.gazetteer.model import Gazetteer
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


def split_hits(sc: Scan, gaz: Gazetteer) -> tuple[list[Cue], list[Cand]]:
    """Country cues and candidate mentions, overlaps resolved in favour of the longer."""
    spans = []
    for t0, t1, row in sc.hits:
        _, cands, cue, cue_cap = gaz.rows[row]
        if cue is not None and (not cue_cap or sc.cap(t0)) and not inside_person(sc, t0, t1):
            spans.append((t1 - t0, t0, t1, row, True))
        if cands and _capitalised(sc, t0, t1):
            spans.append((t1 - t0, t0, t1, row, False))
    # Longest first: "Lào Cai" beats the country word "Lào", "Ho Chi Minh City" beats "Ho Chi Minh".
    spans.sort(key=lambda s: (-s[0], s[1], s[4]))
    taken = bytearray(len(sc.words) + 1)
    cues: list[Cue] = []
    out: list[Cand] = []
    for n, t0, t1, row, is_cue in spans:
        if any(taken[t0:t1]):
            continue
        _, cand_codes, cue, _ = gaz.rows[row]
        if is_cue:
            cues.append((t0, t1, cue))
        else:
            cands = [(code >> 2, code & 3) for code in cand_codes]
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
    letters = [ch for ch in s if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)
