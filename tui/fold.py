"""Folding names for matching: case, accents and punctuation away, on both sides.

rapidfuzz compares code points, so "Đà Nẵng" and "da nang" share almost nothing
until both are folded here. The loaders have their own normaliser; the browser
keeps this one so that it never imports them.
"""
from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not take apart: a stroke or a ligature is not a combining mark.
_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss",
                          "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d"})
_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """"Đà Nẵng" -> "da nang", "DA-NANG" -> "da nang", "Ōtawara" -> "otawara"."""
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return _NON_WORD.sub(" ", text.translate(_LETTERS)).strip()


def compact(folded: str) -> str:
    """Spaces out, so "danang" and "da nang" meet."""
    return folded.replace(" ", "")


def initials(folded: str) -> str:
    """"ho chi minh city" -> "hcmc", for the abbreviations people type."""
    return "".join(word[0] for word in folded.split())


def slug(text: str) -> str:
    return fold(text).replace(" ", "-") or "table"
