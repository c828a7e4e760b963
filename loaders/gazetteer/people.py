"""Names that are not places: people, organisations, longer proper names.

A Vietnamese person is a family name followed by given names ("Nguyen Thanh Long",
"Tran Sy Thanh", and "Đỗ Thái Bình" though Thái Bình is a province); a Japanese one a
family name and a given name, in either order ("Mori Takero", "Hiroshi Yamaguchi"); a
given name that is also a city opens a person's name before a surname ("Vladimir
Putin"); a word of address or a title says a person follows ("Mr Vinh", "ông Hà Nam
Khánh"); a company word says an organisation ("Toyota Motor", "Kobe Steel"). A place
name glued to other capitalised words that are none of these ("Victoria Beckham",
"Mekong Delta") is part of a longer name.
"""
from __future__ import annotations

import re
import unicodedata
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


def _sentence_start(sc: Scan, k: int) -> bool:
    return k == 0 or sc.sents[k - 1] != sc.sents[k]


def _clause_start(sc: Scan, k: int) -> bool:
    """Word k starts a sentence or follows a dash, a colon, a bracket or a quote ("(VNA) -
    La Métropole de Lyon"). Not a comma: an article after one is written in lowercase,
    so "..., Le Quang Nam, a indiqué" holds a name."""
    if _sentence_start(sc, k):
        return True
    gap = sc.text[sc.ends[k - 1]:sc.starts[k]].strip()
    return bool(gap) and any(ch in gap for ch in "-–—:;(«\"“")


def family_name(sc: Scan, k: int, lang: str | None = None) -> bool:
    """Word k is a Vietnamese family name opening a person's name. Not a kind word spelt
    as one ("Quận 1"), nor, in plain ASCII at the start of a sentence or clause, an
    article or a preposition of the text's language that folds like one ("Le Quang Nam a
    signé" is the province, "- La Métropole de Lyon", "To Hanoi")."""
    w = sc.words[k]
    if w not in lx.VN_FAMILY_NAMES or not sc.caps[k]:
        return False
    surface = sc.text[sc.starts[k]:sc.ends[k]]
    if surface.isascii():
        grammar = lx.FUNCTION_WORDS.get(lang or "", lx.ALL_FUNCTION_WORDS)
        return not (w in grammar and _clause_start(sc, k))
    return unicodedata.normalize("NFC", surface).lower() not in _KIND_SPELLINGS


_KIND_SPELLINGS = frozenset({"quận"})


def _honorific(sc: Scan, k: int) -> bool:
    """"ông", "bà", "Mr", "M.": a word of address."""
    w = sc.words[k]
    if w not in lx.HONORIFICS:
        return False
    surface = sc.text[sc.starts[k]:sc.ends[k]]
    if surface.isascii() and w in lx.ASCII_HONORIFICS:
        return True
    return unicodedata.normalize("NFC", surface).lower() in lx.VI_HONORIFICS


def _person_after(sc: Scan, k: int) -> bool:
    """A person's name starts at word k: "Fukuda Norihiko", "Tran Sy Thanh"."""
    if k + 1 >= len(sc.words) or not sc.caps[k] or not sc.joined(k + 1) or not sc.caps[k + 1]:
        return False
    return family_name(sc, k) or (_romaji(sc.words[k]) and _looks_given_name(sc, k + 1))


def _vn_person_before(sc: Scan, t0: int, t1: int, owner: dict[int, int], me: int, lang: str) -> bool:
    """A Vietnamese family name opens a run of one to three capitalised given names that
    ends with the candidate: "Đỗ Thái Bình", "Lê Hà Nam", "Nguyễn Thị Hà Giang"."""
    k = t0
    middle = False
    while k > 0 and t0 - k < 3 and sc.joined(k) and sc.caps[k - 1]:
        k -= 1
        if family_name(sc, k, lang):
            # The family name may be a one-word place of its own ("Tran" in Bulgaria), not
            # the end of a longer one ("Tây Ninh Bình Dương").
            mine = owner.get(k)
            if mine is not None and mine != me and (owner.get(k - 1) == mine or owner.get(k + 1) == mine):
                return False
            return (t0 - k - 1) + (t1 - t0) <= 3 + middle
        w = sc.words[k]
        if w in lx.VN_MIDDLE_NAMES:
            middle = True
        elif owner.get(k, me) != me or w in lx.KIND_WORDS or w in lx.PLACE_QUALIFIERS or w in lx.PERSON_TITLES \
                or w in lx.ORG_BEFORE:
            return False
    return False


def inside_person(sc: Scan, t0: int, t1: int) -> bool:
    """A word right after a family or middle name ("Nguyễn Thị Nga"): part of a person."""
    k = t0 - 1
    if not sc.joined(t0) or not sc.cap(k):
        return False
    w = sc.words[k]
    if w in lx.VN_MIDDLE_NAMES:
        return True
    return t1 - t0 == 1 and family_name(sc, k)


def is_person_or_org(sc: Scan, c: "Cand", me: int, owner: dict[int, int], lang: str, minor: bool = False) -> bool:
    """The candidate is (in) a person's or an organisation's name; ``owner`` maps words to
    the candidate they belong to, so a neighbouring place is never taken for a given name.
    ``minor``: the candidate can only be a district, commune or small town."""
    t0, t1 = c.t0, c.t1
    prev = t0 - 1
    if sc.joined(t0):
        # "Đỗ Thái Bình", "Lê Hà Nam", "Nguyễn Thị Hà Giang": given names that spell a place.
        if _vn_person_before(sc, t0, t1, owner, me, lang):
            return True
        w = sc.words[prev]
        # "ông Hà Nam Khánh", "M. Lê Bắc Giang": whatever follows a word of address.
        if _honorific(sc, prev):
            return True
        if owner.get(prev, me) == me:
            if w in lx.PERSON_TITLES and t1 - t0 == 1:
                return True
            if t1 - t0 == 1 and sc.caps[prev]:
                # "Hiroshi Yamaguchi": a Japanese given name before a family name that is a place.
                if _looks_given_name(sc, prev) and _romaji(sc.words[t0]):
                    return True
                # "George Washington": a given name before a surname that is a place.
                if w in lx.GIVEN_NAMES:
                    return True
                # "Xi Jinping": a Chinese family name before a given name that is a county.
                if w in lx.CN_FAMILY_NAMES and sc.text[sc.starts[prev]:sc.ends[prev]].isascii():
                    return True
            if _org_head_before(sc, prev, owner, me):
                return True
            if _institution_of(sc, t0):
                return True
    nxt = t1
    # "Kyoto University": the organisation word may itself be a place's name (a town in
    # Florida is called University), so it is read whoever owns it.
    if nxt < len(sc.words) and sc.joined(nxt) and sc.caps[nxt] and sc.words[nxt] in lx.ORG_AFTER:
        return True
    if nxt < len(sc.words) and sc.joined(nxt) and owner.get(nxt, me) == me:
        w = sc.words[nxt]
        if w in lx.ORG_AFTER and sc.caps[nxt]:
            return True
        if sc.cap(nxt) and t1 - t0 == 1 and not _place_word(w):
            first = sc.words[t0]
            # "Mori Takero", "Koike Yuriko": a Japanese family name before a given name.
            if _romaji(first) and _looks_given_name(sc, nxt):
                return True
            # "Tran Sy Thanh", "Mai Tien Dung": a family name opening a capitalised run.
            if family_name(sc, t0, lang):
                return True
            # "Vladimir Putin", "Victoria Nguyen", "Sofia Rossi": a given name and a surname.
            if first in lx.GIVEN_NAMES:
                return True
        # "UBND tỉnh Lê Hồng Phúc": a commune or district named like a person's first names
        # is that person when a given name follows. Not a curated place ("Hà Nội Mới" is a
        # newspaper of Hanoi).
        if minor and sc.cap(nxt) and t1 - t0 > 1 and family_name(sc, t0, lang) and not _place_word(w):
            return True
    return False


def _org_head_before(sc: Scan, k: int, owner: dict[int, int], me: int) -> bool:
    """An organisation's head noun opens the capitalised run that ends at word k: "Ngân
    hàng Kyoto", "Ngân hàng DGB Daegu", "Hiệp hội Doanh nghiệp Kobe", "Société Lyon"."""
    for _ in range(3):
        w = sc.words[k]
        if w in lx.ORG_BEFORE or (k > 0 and sc.joined(k) and f"{sc.words[k - 1]} {w}" in lx.ORG_BEFORE):
            return True
        # Only a name of the organisation may stand between: capitalised, no place, no
        # kind or government word ("UBND tỉnh", "Sở Ngoại vụ").
        if not sc.caps[k] or not sc.joined(k) or owner.get(k, me) != me or w in lx.KIND_WORDS \
                or w in lx.PLACE_QUALIFIERS or w in lx.ALL_FUNCTION_WORDS:
            return False
        k -= 1
    return False


def _institution_of(sc: Scan, t0: int) -> bool:
    """The place ends an institution's name that opens with its head noun: "Université
    de Bordeaux", "Chambre de commerce et d'industrie de Loir-et-Cher", "Bank of Kyoto",
    "University of California". A kind word ("la ville de") or a government body
    ("Comité populaire de") in between makes it a place again."""
    k = t0 - 1
    if sc.words[k] not in ("de", "d", "du", "des", "of"):
        return False
    while k > 0 and t0 - k < 7 and sc.joined(k):
        k -= 1
        w = sc.words[k]
        if w in lx.INSTITUTIONS:
            return sc.caps[k]
        if w in lx.KIND_WORD_PARTS or (sc.caps[k] and w not in lx.ALL_FUNCTION_WORDS):
            return False
    return False


def _place_word(w: str) -> bool:
    """Words that may follow a place's name in the name of the place or of what is there."""
    return w in lx.KIND_WORDS or w in lx.PLACE_QUALIFIERS or w in lx.ALL_FUNCTION_WORDS


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
        if k == c.t1 and _person_after(sc, k):
            continue  # "le maire de Kawasaki Fukuda Norihiko": the mayor's name follows
        return True
    return False
