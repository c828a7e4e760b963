"""Names that are not places: people, organisations, longer proper names.

A Vietnamese person is a family name followed by given names ("Nguyen Thanh Long",
"Tran Sy Thanh"); a Japanese one a family name and a given name, in either order
("Mori Takero", "Hiroshi Yamaguchi"); a title says a person follows ("Mr Vinh", "ông
Vinh"); a company word says an organisation ("Toyota Motor", "Kobe Steel"). A place name
glued to other capitalised words that are none of these ("Victoria Beckham", "Mekong
Delta") is part of a longer name.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.gazetteer import lexicon as lx
from loaders.gazetteer.match import Scan

if TYPE_CHECKING:
    from loaders.gazetteer.candidates import Cand

_ROMAJI = re.compile(r"^(?:(?:[kgsztdnhbpmyrwfj]|ch|sh|ts|ky|gy|ny|hy|by|py|my|ry)?[aiueo]{1,2}n?)+$")


def _romaji(word: str) -> bool:
    """Shaped like a romanised Japanese word: (consonant) vowel (n), again and again."""
    return bool(_ROMAJI.match(word))


def _looks_given_name(sc: Scan, k: int) -> bool:
    w = sc.words[k]
    return sc.cap(k) and len(w) >= 3 and _romaji(w) and w.endswith(lx.JP_GIVEN_ENDINGS)


def inside_person(sc: Scan, t0: int, t1: int) -> bool:
    """A word right after a family or middle name ("Nguyễn Thị Nga"): part of a person."""
    k = t0 - 1
    if not sc.joined(t0) or not sc.cap(k):
        return False
    w = sc.words[k]
    if w in lx.VN_MIDDLE_NAMES:
        return True
    return w in lx.VN_FAMILY_NAMES and t1 - t0 == 1 and w not in ("le", "la")


def is_person_or_org(sc: Scan, c: "Cand", me: int, owner: dict[int, int], lang: str) -> bool:
    """The candidate is (in) a person's or an organisation's name; ``owner`` maps words to
    the candidate they belong to, so a neighbouring place is never taken for a given name."""
    t0, t1 = c.t0, c.t1
    prev = t0 - 1
    # A family name opens a person's name even when it also names a place ("Tran", a
    # town in Bulgaria, before "Quang Nam").
    if sc.joined(t0) and (owner.get(prev, me) == me or (prev >= 0 and sc.words[prev] in lx.VN_FAMILY_NAMES)):
        w = sc.words[prev]
        if sc.cap(prev):
            # "Nguyen Van Nam", "Le Thanh Long": given names after a family name.
            if w in lx.VN_MIDDLE_NAMES and prev > 0 and sc.words[prev - 1] in lx.VN_FAMILY_NAMES:
                return True
            # "Đỗ Thái Bình", "Lê Hà Nam", "Võ Bình Dương": given names that spell a place.
            if w in lx.VN_FAMILY_NAMES and not (lang == "fr" and w in ("le", "la")):
                return True
        if w in lx.PERSON_TITLES and t1 - t0 == 1:
            return True
        # "Hiroshi Yamaguchi": a Japanese given name before a family name that is a place.
        if t1 - t0 == 1 and sc.caps[prev] and _looks_given_name(sc, prev) and _romaji(sc.words[t0]):
            return True
        if w in lx.ORG_BEFORE or (prev > 0 and f"{sc.words[prev - 1]} {w}" in lx.ORG_BEFORE):
            return True
    nxt = t1
    if nxt < len(sc.words) and sc.joined(nxt) and owner.get(nxt, me) == me:
        w = sc.words[nxt]
        if w in lx.ORG_AFTER and sc.caps[nxt]:
            return True
        if sc.cap(nxt) and t1 - t0 == 1:
            first = sc.words[t0]
            # "Mori Takero", "Koike Yuriko": a Japanese family name before a given name.
            if _romaji(first) and _looks_given_name(sc, nxt):
                return True
            # "Tran Sy Thanh", "Mai Tien Dung": a family name opening a capitalised run.
            if first in lx.VN_FAMILY_NAMES and not (lang == "fr" and first in ("le", "la")):
                return True
    return False


def inside_longer_name(sc: Scan, c: "Cand", owner: dict[int, int]) -> bool:
    """"Victoria Beckham", "Mekong Delta": capitalised words glued to the name that are
    neither places, kind words nor what a place lends its name to ("Hanoi University")."""
    for k in (c.t0 - 1, c.t1):
        if k < 0 or k >= len(sc.words) or k in owner or not sc.caps[k]:
            continue
        if not sc.joined(max(k, c.t0)):
            continue
        w = sc.words[k]
        if k == c.t0 - 1 and (k == 0 or sc.sents[k - 1] != sc.sents[k]):
            continue  # "In Kisarazu", "Mr ..." at the start of a sentence
        if w in lx.ALL_FUNCTION_WORDS or w in lx.PLACE_QUALIFIERS or w in lx.KIND_WORDS or w in lx.PERSON_TITLES:
            continue
        return True
    return False
