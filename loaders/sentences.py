"""Sentence spans inside the body regions of a document.

A line break is a hard boundary: news text puts headlines, captions and list items
on lines of their own, and none of them runs on into the next line. Inside a line a
sentence ends at ``.``, ``!``, ``?`` or an ellipsis (with any closing quotes or
brackets) followed by white space and something that can open a sentence. It does
not end after an abbreviation or a title ("M.", "Dr.", "St.", "Oct.", "TS."), an
initial ("John F. Kennedy"), or a dotted acronym ("U.S."); "1.14" and "TP.HCM" have
no space after the dot and never split.

The module also holds what the sentence-level extractors share: ``DocView`` (the
folded text, mentions, cues, dates and numbers of one document, computed once and
queried by range) and ``Spotter`` (many keyword patterns found in one pass).
"""
from __future__ import annotations

import re
from bisect import bisect_left

import ahocorasick

from loaders.dates import DateMatch, find_dates, fold_keep
from loaders.numbers import NumberMatch, find_numbers
from loaders.records import Region, Span

# Words (lower case, without the final dot) after which a dot does not end a sentence.
ABBREVIATIONS = frozenset({
    # titles and forms of address
    "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "st", "ste", "sr", "jr",
    "gen", "gén", "col", "lt", "capt", "cdt", "gov", "sen", "rep", "rev", "hon", "amb", "sgt", "maj",
    "mgr",
    # Vietnamese titles and administrative abbreviations (TS. = Dr., TP. = city)
    "ts", "ths", "pgs", "gs", "bs", "ks", "ls", "tp", "tx", "tt", "q", "p", "h", "đ", "nxb",
    # references and units
    "no", "nos", "n°", "nr", "vol", "art", "fig", "p", "pp", "ch", "ed", "eds", "cf", "vs", "v",
    "approx", "ca", "env", "inc", "ltd", "co", "corp", "bros", "dept", "univ", "av", "bd", "bld",
    # months written short
    "jan", "feb", "febr", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "janv", "févr", "fév", "avr", "juil", "déc",
})
_CLOSERS = "\"'»”’)]"
_OPENERS = "\"'«“‘([¿¡-–—"
# A candidate end: terminal punctuation, then closers, then white space (not a newline).
_END = re.compile(r"(?:\.{3}|…|[.!?]+)(?:[ \u00a0\u202f]?»)?[\"'»”’)\]]*(?=[ \t\u00a0\u202f]+\S)")
_LINE = re.compile(r"[^\n\r]+")
_LAST_WORD = re.compile(r"([^\s\"'«“‘(\[]+)\Z")
_DOTTED = re.compile(r"(?:\w\.)+\w\Z")


def _ends_here(line: str, m: re.Match) -> bool:
    punct = m.group(0).rstrip(_CLOSERS + " \u00a0\u202f")
    after = line[m.end():].lstrip(" \t\u00a0\u202f")
    nxt = after[0]
    if nxt.islower():
        return False
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    if punct != ".":
        return True
    word_m = _LAST_WORD.search(line, 0, m.start())
    word = word_m.group(1) if word_m else ""
    low = word.lower()
    if low in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial
    if word.isdigit() and not line[:word_m.start()].strip():
        return False  # list numbering "1. ..."
    if _DOTTED.search(word):
        return False  # U.S., e.g., J.-C.
    return True


def split_line(line: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in one line, trimmed."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _END.finditer(line):
        if _ends_here(line, m):
            out.append((pos, m.end()))
            pos = m.end()
    out.append((pos, len(line)))
    trimmed = []
    for s, e in out:
        seg = line[s:e]
        lead = len(seg) - len(seg.lstrip())
        tail = len(seg.rstrip())
        if tail > lead and any(ch.isalnum() for ch in seg):
            trimmed.append((s + lead, s + tail))
    return trimmed


def split_sentences(text: str, body: list[Region]) -> list[Span]:
    """Sentence spans inside ``body`` regions only, in text order."""
    spans: list[Span] = []
    for region in sorted(body, key=lambda r: r.start):
        for lm in _LINE.finditer(text, region.start, region.end):
            base = lm.start()
            for s, e in split_line(lm.group(0)):
                spans.append(Span(base + s, base + e))
    return spans


# ---------------------------------------------------------------- per-document lookups

# Phrases that name the article's own locality without its name ("la ville", "the
# city's", "thành phố"), folded for fr/en, lower case as written for vi. They count
# only when no name follows ("la ville de Dà Nang" is a mention, not a reference).
HOME_REFERENCES = {
    "fr": r"(?<!\w)(?:la|cette|notre|sa|leur|de la|a la) (?:ville|province|capitale|localite|municipalite|metropole|cite)(?!\w)",
    "en": r"(?<!\w)(?:the|this|our|his|her|its) (?:city|province|capital|locality|municipality|metropolis)(?:'s)?(?!\w)",
    "vi": r"(?<!\w)(?<!các )(?<!những )(?<!nhiều )(?<!hai )(?<!\d )(?:thành phố|tỉnh|địa phương|thủ đô|tp\.?)"
          r"(?!\w)(?! bạn)(?! khác)(?! thành)",
}
_HOME_REF = {lang: re.compile(p) for lang, p in HOME_REFERENCES.items()}
_NAME_AFTER = re.compile(r"[ \u00a0]*(?:de |d'|d’|of |du )?[ \u00a0]*(?=\w)")


class DocView:
    """What the extractors look up sentence by sentence, computed once per document:
    the folded text, the mentions and country cues sorted for range queries, and the
    dates and numbers of the body (read once, shared by both extractors)."""

    __slots__ = ("ctx", "text", "low", "lower", "mentions", "m_starts", "cues", "c_starts", "home_country",
                 "lang", "_dates", "_d_starts", "_numbers", "_n_starts", "_key", "_refs", "_r_starts")

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.lang = ctx.lang if ctx.lang in HOME_REFERENCES else "en"
        self.low = fold_keep(ctx.text)
        self.lower = ctx.text.lower() if self.lang == "vi" else self.low
        self.mentions = sorted((m for m in ctx.mentions if m.place_key in ctx.places), key=lambda m: m.start)
        self.m_starts = [m.start for m in self.mentions]
        self.cues = sorted(ctx.country_cues, key=lambda c: c.start)
        self.c_starts = [c.start for c in self.cues]
        home = ctx.places.get(ctx.home) if ctx.home else None
        self.home_country = home.country if home else "VN"
        self._dates: list[DateMatch] | None = None
        self._numbers: list[NumberMatch] | None = None
        self._refs: list[tuple[int, int]] | None = None
        self._key = _key(ctx)

    @classmethod
    def of(cls, ctx) -> "DocView":
        """The view of ``ctx``, reused when the previous call was for the same unchanged context
        (the pipeline runs the agreement and figure extractors one after the other)."""
        global _LAST
        if _LAST is not None and _LAST.ctx is ctx and _same(_LAST._key, _key(ctx)):
            return _LAST
        _LAST = cls(ctx)
        return _LAST

    def dates_in(self, start: int, end: int) -> list[DateMatch]:
        if self._dates is None:
            self._dates = [d for r in self.ctx.body
                           for d in find_dates(self.text, r.start, r.end, self.ctx.lang, self.ctx.year, folded=self.low)]
            self._d_starts = [d.start for d in self._dates]
        return self._dates[bisect_left(self._d_starts, start):bisect_left(self._d_starts, end)]

    def numbers_in(self, start: int, end: int) -> list[NumberMatch]:
        if self._numbers is None:
            self._numbers = []
            for r in self.ctx.body:
                dates = self.dates_in(r.start, r.end)
                self._numbers += find_numbers(self.text, r.start, r.end, self.ctx.lang, folded=self.low,
                                              doc_year=self.ctx.year, dates=dates)
            self._n_starts = [n.num_start for n in self._numbers]
        return self._numbers[bisect_left(self._n_starts, start):bisect_left(self._n_starts, end)]

    def mentions_in(self, start: int, end: int) -> list:
        i = bisect_left(self.m_starts, start)
        j = bisect_left(self.m_starts, end)
        return self.mentions[i:j]

    def cues_in(self, start: int, end: int) -> list:
        i = bisect_left(self.c_starts, start)
        j = bisect_left(self.c_starts, end)
        return self.cues[i:j]

    def country(self, key: str | None) -> str | None:
        place = self.ctx.places.get(key) if key else None
        return place.country if place else None

    def home_refs(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans in [start, end) that refer to the home locality without naming it."""
        if not self.ctx.home:
            return []
        if self._refs is None:
            self._refs = []
            for r in self.ctx.body:
                for m in _HOME_REF[self.lang].finditer(self.lower, r.start, r.end):
                    after = _NAME_AFTER.match(self.text, m.end())
                    if after and after.end() < len(self.text) and self.text[after.end()].isupper():
                        continue
                    self._refs.append(m.span())
            self._r_starts = [a for a, _ in self._refs]
        return self._refs[bisect_left(self._r_starts, start):bisect_left(self._r_starts, end)]

    def same_paragraph(self, a: int, b: int) -> bool:
        """No blank line between offsets a < b."""
        gap = self.text[a:b]
        return "\n\n" not in gap and "\n\r\n" not in gap and "\n \n" not in gap


_LAST: DocView | None = None


def _key(ctx) -> tuple:
    # The objects themselves (held, so none can be freed and its id reused) and the
    # lengths of the lists, which a caller might have extended in place.
    return ((ctx.text, ctx.mentions, ctx.places, ctx.country_cues, ctx.body, ctx.home, ctx.lang, ctx.published),
            (len(ctx.mentions), len(ctx.places), len(ctx.country_cues), len(ctx.body)))


def _same(a: tuple, b: tuple) -> bool:
    return all(x is y for x, y in zip(a[0], b[0])) and a[1] == b[1]


# ---------------------------------------------------------------- keyword spotting


class Spotter:
    """Finds many keyword patterns in one pass over a text.

    Each pattern (a regex, alternatives with "|") is indexed by the literal text it
    starts with; an Aho-Corasick automaton finds those heads, and the full pattern is
    then matched where a head was found. With hundreds of alternatives this is many
    times faster than one big regex, whose look-behinds defeat its own prefix scan.
    ``words=True`` patterns match whole words only.
    """

    def __init__(self, patterns: dict[str, str], words: bool = True) -> None:
        self.auto = ahocorasick.Automaton()
        heads: dict[str, list[tuple[str, re.Pattern]]] = {}
        for name, pattern in patterns.items():
            for alt in _alternatives(pattern):
                head = _literal_head(alt)
                if not head or (len(head) < 2 and head[0].isalnum()):
                    raise ValueError(f"{name}: {alt!r} does not start with a literal")
                rx = re.compile(alt + (r"(?!\w)" if words else ""))
                heads.setdefault(head, []).append((name, rx))
        for head, items in heads.items():
            self.auto.add_word(head, (len(head), head[0].isalnum() or head[0] == "_", tuple(items)))
        self.auto.make_automaton()

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, name) of every match in text[start:end], by start."""
        end = len(text) if end is None else end
        out = []
        for last, (size, wordy, items) in self.auto.iter(text, start, end):
            s = last + 1 - size
            if wordy and s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
                continue
            for name, rx in items:
                m = rx.match(text, s, end)
                if m:
                    out.append((s, m.end(), name))
        out.sort()
        return out


_ZERO_WIDTH = re.compile(r"\(\?<?[!=](?:[^()\\]|\\.)*\)|\\b")


def _alternatives(pattern: str) -> list[str]:
    """Top-level alternatives, with a leading group's alternatives distributed:
    "(?:les|ces) deux x" -> ["les deux x", "ces deux x"]."""
    out = []
    for alt in _split_top(pattern):
        lead = ""
        m = _ZERO_WIDTH.match(alt)
        while m:  # keep leading look-arounds in front of every expansion
            lead += m.group(0)
            alt = alt[m.end():]
            m = _ZERO_WIDTH.match(alt)
        if alt.startswith("(?:"):
            close = _closing(alt, 0)
            rest = alt[close + 1:]
            if not rest[:1] or rest[0] not in "?*+{":
                out += [lead + a + rest for a in _alternatives(alt[3:close])]
                continue
        out.append(lead + alt)
    return out


def _split_top(pattern: str) -> list[str]:
    parts, depth, cur, i = [], 0, [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[":
            j = pattern.index("]", i + 2 if pattern[i + 1:i + 2] == "^" else i + 1)
            cur.append(pattern[i:j + 1])
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return parts


def _closing(pattern: str, open_at: int) -> int:
    depth, i = 0, open_at
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = pattern.index("]", i + 1) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced: {pattern!r}")


def _literal_head(alt: str) -> str:
    """The fixed text an alternative starts with, after its leading look-arounds."""
    m = _ZERO_WIDTH.match(alt)
    while m:
        alt = alt[m.end():]
        m = _ZERO_WIDTH.match(alt)
    head = []
    i = 0
    while i < len(alt):
        ch = alt[i]
        if ch == "\\" and i + 1 < len(alt) and not alt[i + 1].isalnum():
            nxt, step = alt[i + 1], 2
        elif ch in "()[]{}?*+|.^$\\":
            break
        else:
            nxt, step = ch, 1
        if i + step < len(alt) and alt[i + step] in "?*{":
            break  # optional: not part of the fixed head
        head.append(nxt)
        i += step
    return "".join(head)
