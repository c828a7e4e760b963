"""Find every gazetteer name in the body of a document, in one pass of the automaton.

The body is folded, cut into words, and each word replaced by its romanisation key;
the keys are joined by single spaces into one stream, with ``#`` wherever
punctuation stands between two words (a comma, a bracket, a full stop, a line
break), so that a name never runs across it. Patterns are `` key key `` with a space
on each side, so every match starts and ends on a word boundary. What comes out are
the words (with their offsets in the original text) and the raw hits; deciding which
hits are places is ``loaders.places``'s job.

Per-word work is kept to list comprehensions; only the gaps between words that hold
more than a space are looked at one by one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from bisect import bisect_left
from itertools import accumulate

from loaders.gazetteer.model import Gazetteer
from loaders.gazetteer.romanise import match_key
from loaders.records import Region
from loaders.textfold import fold_with_offsets

_WORD = re.compile(r"[^\W_]+")
# Punctuation that a name cannot cross; ". " (a full stop before a space) also ends a sentence.
_HARD = re.compile(r"[,;:()\[\]{}/\"|•·!?…\n]|\.(?=\s|$)")
_ENDS = {"\n", ".", "!", "?", "…"}

_KEYS: dict[str, str] = {}
_KEYS_MAX = 300_000


def _key(word: str) -> str:
    key = _KEYS.get(word)
    if key is None:
        if len(_KEYS) > _KEYS_MAX:
            _KEYS.clear()
        key = _KEYS[word] = match_key(word)
    return key


@dataclass(slots=True)
class Scan:
    """The words of the body and the raw hits of the automaton."""
    text: str
    starts: list[int] = field(default_factory=list)    # original offsets of each word
    ends: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)     # folded
    caps: list[bool] = field(default_factory=list)     # starts with a capital in the original
    gaps: list[str] = field(default_factory=list)      # punctuation before each word ("", ",", "(", ...)
    sents: list[int] = field(default_factory=list)     # sentence number of each word
    hits: list[tuple[int, int, int]] = field(default_factory=list)  # (first word, end word, row)

    def cap(self, k: int) -> bool:
        return self.caps[k]

    def joined(self, k: int) -> bool:
        """Word k follows word k-1 with only spaces between (no punctuation, same sentence)."""
        return k > 0 and not self.gaps[k] and self.sents[k] == self.sents[k - 1]

    def surface(self, t0: int, t1: int) -> str:
        return self.text[self.starts[t0]:self.ends[t1 - 1]]


def scan(text: str, body: list[Region], gaz: Gazetteer) -> Scan:
    sc = Scan(text)
    stream_parts: list[str] = []
    ends_at: dict[int, int] = {}
    pos = 1
    sent_base = 0
    for region in body:
        pos, sent_base = _scan_region(sc, region, stream_parts, ends_at, pos, sent_base)
    stream = " " + " ".join(stream_parts) + " "
    rows = gaz.rows
    hits = sc.hits
    for end, row in gaz.automaton.iter(stream):
        last = ends_at.get(end)
        if last is not None:
            hits.append((last + 1 - rows[row][0], last + 1, row))
    return sc


def _scan_region(sc: Scan, region: Region, parts: list[str], ends_at: dict[int, int],
                 pos: int, sent_base: int) -> tuple[int, int]:
    chunk = sc.text[region.start:region.end]
    folded, offs = fold_with_offsets(chunk)
    matches = list(_WORD.finditer(folded))
    if not matches:
        return pos, sent_base
    fstarts = [m.start() for m in matches]
    words = [m.group() for m in matches]
    base = region.start
    if isinstance(offs, range):
        starts = [base + s for s in fstarts]
        ends = [base + m.end() for m in matches]
    else:
        starts = [base + offs[s] for s in fstarts]
        ends = [base + offs[m.end()] for m in matches]
    text = sc.text
    caps = [text[s].isupper() for s in starts]
    n = len(words)
    gaps = [""] * n
    breaks = [0] * n          # 1 where a new sentence starts
    hard = [False] * n
    # Only the punctuation is visited, not every word: each mark belongs to the next word.
    for m in _HARD.finditer(folded):
        i = bisect_left(fstarts, m.end())
        if i >= n or i == 0:
            continue
        mark = m.group()
        if mark == "." and _abbreviation(text, words, starts, i, folded[m.start():fstarts[i]]):
            continue
        hard[i] = True
        gaps[i] += mark
        if mark in _ENDS:
            breaks[i] = 1
    sents = [sent_base + b for b in accumulate(breaks)]
    # The stream: keys joined by spaces, "# " before a word that follows hard punctuation.
    keys = [_KEYS.get(w) or _key(w) for w in words]
    pieces = [("# " + k) if h else k for k, h in zip(keys, hard)]
    firsts = list(accumulate([len(p) + 1 for p in pieces], initial=pos))
    offset = len(sc.words)
    ends_at.update(zip([a + len(p) for a, p in zip(firsts, pieces)], range(offset, offset + n)))
    parts.append(" ".join(pieces))
    parts.append("#")
    sc.starts += starts
    sc.ends += ends
    sc.words += words
    sc.caps += caps
    sc.gaps += gaps
    sc.sents += sents
    return firsts[-1] + 2, sents[-1] + 1


_ABBREVIATIONS = frozenset("tp mr mrs ms dr st mt ft jr sr no m mme mlle dt tx ts gs pgs ths".split())


def _abbreviation(text: str, words: list[str], starts: list[int], i: int, gap: str) -> bool:
    """"TP. HCM", "Mr. Vinh", "St. Petersburg", "J. Smith": the full stop closes an
    abbreviation or an initial, not a sentence."""
    if gap.strip() != ".":
        return False
    prev = words[i - 1]
    if prev in _ABBREVIATIONS or len(prev) == 1:
        return True
    original = text[starts[i - 1]:starts[i - 1] + len(prev)]
    return len(prev) <= 3 and original.isupper()
