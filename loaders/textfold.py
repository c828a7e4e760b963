"""Fold text for matching: lowercase, no diacritics, plain ASCII punctuation.

Matching runs on folded text, but what a user is shown are spans of the
original, so ``fold_with_offsets`` also says where each folded character came
from. Most articles fold character for character (one ``str.translate``, and
the offsets are the identity); only text with combining marks (NFD) or
ligatures such as ``œ`` changes length, and only then is a map built.
"""
from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose but that a reader takes for a plain one.
_SPECIAL = {
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
    "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ı": "i", "İ": "i", "ŀ": "l", "Ŀ": "l",
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ẞ": "ss", "þ": "th", "Þ": "th",
    "ĳ": "ij", "Ĳ": "ij", "ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff",
    # Typography that would otherwise split or hide words.
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u02b9": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200a": " ",
    "\u3000": " ", "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "",
}
# Blocks holding Latin letters with diacritics (Vietnamese uses Latin Extended Additional).
_LATIN_BLOCKS = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in _LATIN_BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            plain = plain.lower()
            if plain != ch:
                table[cp] = plain
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    for cp in range(0x0300, 0x0370):  # combining diacritical marks (text in NFD)
        table[cp] = ""
    for cp in (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F):
        for c in range(cp[0], cp[1] + 1):
            if unicodedata.combining(chr(c)):
                table[c] = ""
    for ch, plain in _SPECIAL.items():
        table[ord(ch)] = plain
    return table


_TABLE = _build_table()
# Characters whose folded form is not exactly one character: only these need an offset map.
_RESIZING = "".join(chr(cp) for cp, v in _TABLE.items() if len(v) != 1)
_RESIZE_RE = re.compile("[" + re.escape(_RESIZING) + "]")


def fold(s: str) -> str:
    """Lowercase, strip diacritics (đ -> d, œ -> oe), ASCII quotes and dashes."""
    if s.isascii():
        return s.lower()
    return s.translate(_TABLE).lower()


def fold_with_offsets(text: str) -> tuple[str, "range | list[int]"]:
    """Fold ``text`` and map each folded character back to the original.

    ``offsets[i]`` is the index in ``text`` of folded character ``i``, and
    ``offsets[len(folded)] == len(text)``, so a folded span ``[a, b)`` is the
    original span ``[offsets[a], offsets[b])``. When folding keeps the length
    (the common case) the offsets are a ``range``: no list is built.
    """
    if text.isascii():
        return text.lower(), range(len(text) + 1)
    if _RESIZE_RE.search(text) is None:
        folded = text.translate(_TABLE)
        lowered = folded.lower()
        if len(lowered) == len(text):
            return lowered, range(len(text) + 1)
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _RESIZE_RE.finditer(text):
        if m.start() > pos:
            _append_plain(text, pos, m.start(), pieces, offsets)
        out = _TABLE[ord(m.group())]
        pieces.append(out)
        offsets.extend([m.start()] * len(out))
        pos = m.end()
    if pos < len(text):
        _append_plain(text, pos, len(text), pieces, offsets)
    offsets.append(len(text))
    return "".join(pieces), offsets


def _append_plain(text: str, start: int, end: int, pieces: list[str], offsets: list[int]) -> None:
    chunk = text[start:end].translate(_TABLE).lower()
    if len(chunk) == end - start:
        pieces.append(chunk)
        offsets.extend(range(start, end))
        return
    # A lowercase mapping that changes length (rare outside Latin): go character by character.
    for i in range(start, end):
        out = text[i].translate(_TABLE).lower()
        pieces.append(out)
        offsets.extend([i] * len(out))


def strip_marks(s: str) -> str:
    """Remove diacritics but keep case: "Ōtawara" -> "Otawara", "Đà Nẵng" -> "Da Nang"."""
    out = []
    for ch in s:
        low = _TABLE.get(ord(ch))
        if low is None:
            out.append(ch)
        elif ch.isupper() and low:
            out.append(low[0].upper() + low[1:])
        else:
            out.append(low)
    return "".join(out)

