"""Sentence spans inside the body regions of a document.

A line break is a hard boundary: news text puts headlines, captions and list items
on lines of their own, and none of them runs on into the next line. Inside a line a
sentence ends at ``.``, ``!``, ``?`` or an ellipsis (with any closing quotes or
brackets) followed by white space and something that can open a sentence. It does
not end after an abbreviation or a title ("M.", "Dr.", "St.", "Oct.", "TS."), an
initial ("John F. Kennedy"), or a dotted acronym ("U.S."); "1.14" and "TP.HCM" have
no space after the dot and never split. Splitting takes time linear in the length of
the text, and no sentence is longer than ``MAX_SENTENCE`` (a page saved as one line
is cut at spaces), so what reads sentences clause by clause stays linear too.

The module also holds what the sentence-level extractors share: ``DocView`` (the
folded text, mentions, cues, dates and numbers of one document, the phrases that
stand for a locality without naming it, the headline and the places it names,
computed once and queried by range) and ``Spotter`` (many keyword patterns found in
one pass).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from loaders.dates import DateMatch, digit_runs, find_dates, fold_keep
from loaders.numbers import NumberMatch, find_numbers
from loaders.records import Mention, Region, Span

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
_OPENERS = "\"'«“‘([¿¡-–—"
_SPACES = " \t\u00a0\u202f"
# A candidate end: the last of a run of terminal marks, then closers, then white space
# (not a newline). Matching on the last mark alone keeps the scan a plain character
# class (fast) and linear: a line of ten thousand dots is ten thousand one-step attempts.
_END = re.compile(r"[.!?…](?:[ \u00a0\u202f]?»)?[\"'»”’)\]]*+(?=[ \t\u00a0\u202f]+\S)")
_MARKS = frozenset(".!?…")
_AFTER_SPACES = re.compile(r"[ \t\u00a0\u202f]*")
# Line breaks, written to start with a character class: the regex engine then skips to
# the next break at once, where "[^\n\r]+" would be tried at every character.
_LINE_BREAKS = re.compile(r"[\n\r][\n\r]*")
_DOTTED = re.compile(r"(?:\w\.)+\w\Z")
_ALNUM = re.compile(r"[^\W_]")  # a character for which str.isalnum() is true
_WORD_STOPS = frozenset(" \t\n\r\u00a0\u202f\"'«“‘([")
# No sentence is longer than this: a run of text without a full stop (a page saved as one
# line, a table flattened to text) is cut at a space, so that what reads a sentence
# clause by clause never meets a megabyte-long one.
MAX_SENTENCE = 2000


def _last_word_start(line: str, end: int, floor: int) -> int:
    """Where the word ending at ``end`` starts: after the last space or opener. Words
    of distinct candidates do not overlap, so these walks add up to one pass."""
    i = end
    while i > floor and line[i - 1] not in _WORD_STOPS:
        i -= 1
    return i


def _ends_here(line: str, m: re.Match, first_visible: int, floor: int) -> bool:
    mark_start = m.start()
    while mark_start > floor and line[mark_start - 1] in _MARKS:
        mark_start -= 1
    punct = line[mark_start:m.start() + 1]
    nxt = line[_AFTER_SPACES.match(line, m.end()).end()]
    if nxt.islower():
        return False
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    if punct != ".":
        return True
    start = _last_word_start(line, mark_start, floor)
    word = line[start:mark_start]
    low = word.lower()
    if low in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial
    if word.isdigit() and start <= first_visible:
        return False  # list numbering "1. ..."
    if "." in word and _DOTTED.search(word):
        return False  # U.S., e.g., J.-C.
    return True


def split_line(line: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in one line, trimmed. Linear in the line's length."""
    out: list[tuple[int, int]] = []
    pos = 0
    first_visible = len(line) - len(line.lstrip())
    for m in _END.finditer(line):
        if _ends_here(line, m, first_visible, pos):
            out.append((pos, m.end()))
            pos = m.end()
    out.append((pos, len(line)))
    trimmed = []
    for s, e in out:
        seg = line[s:e]
        lead = len(seg) - len(seg.lstrip())
        tail = len(seg.rstrip())
        if tail > lead and _ALNUM.search(seg):
            if tail - lead <= MAX_SENTENCE:
                trimmed.append((s + lead, s + tail))
            else:
                trimmed += _cut(line, s + lead, s + tail)
    return trimmed


def _cut(line: str, s: int, e: int) -> list[tuple[int, int]]:
    if e - s <= MAX_SENTENCE:
        return [(s, e)]
    out = []
    while e - s > MAX_SENTENCE:
        cut = line.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        if cut < 0:
            cut = s + MAX_SENTENCE
        out.append((s, cut))
        s = cut
        while s < e and line[s] == " ":
            s += 1
    if s < e:
        out.append((s, e))
    return out


def split_sentences(text: str, body: list[Region]) -> list[Span]:
    """Sentence spans inside ``body`` regions only, in text order."""
    spans: list[Span] = []
    for region in sorted(body, key=lambda r: r.start):
        for base, end in _lines(text, region.start, region.end):
            for s, e in split_line(text[base:end]):
                spans.append(Span(base + s, base + e))
    return spans


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of text[start:end]: the runs of characters that are not
    a line break."""
    pos = start
    for m in _LINE_BREAKS.finditer(text, start, end):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if end > pos:
        yield pos, end


# ---------------------------------------------------------------- per-document lookups

# Phrases that stand for a locality without naming it, folded for fr/en, lower case as
# written for vi. They count only when no name follows ("la ville de Dà Nang" is a
# mention, not a reference).
# - the article's own locality: "la ville", "the city's", "the provincial (Department)",
#   "thành phố", "tỉnh";
# - the capital ("la capitale", "thủ đô"): the home locality only when it is the capital;
# - the partner locality: "the partner province", "la ville partenaire", "tỉnh bạn";
# - both at once: "the two localities", "les deux provinces", "hai địa phương".
HOME_REFERENCES = {
    "fr": r"(?<!\w)(?:la|cette|notre|sa|leur|de la|a la) (?:ville|province|localite|municipalite|metropole|cite)(?!\w)"
          r"(?! (?:partenaire|amie|jumelle|soeur|sour)s?(?!\w))",
    "en": r"(?<!\w)(?:the|this|our|his|her|its) (?:city|province|locality|municipality|metropolis)(?:'s)?(?!\w)",
    "vi": r"(?<!\w)(?<!các )(?<!những )(?<!nhiều )(?<!hai )(?<!\d )(?:thành phố|tỉnh|địa phương|tp\.?)"
          r"(?!\w)(?! bạn)(?! khác)(?! thành)(?! kết nghĩa)(?! đối tác)",
}
# Adjectives of the home locality's institutions ("the provincial Department", "le
# Comité populaire provincial"): a capitalised word after them is no place name.
ADJECTIVE_REFERENCES = {
    "fr": r"(?<=[a-z] )(?:provincia(?:l|le|ux|les)|municipa(?:l|le|ux|les))(?!\w)",
    "en": r"(?<!\w)the (?:provincial|municipal)(?!\w)",
}
CAPITAL_REFERENCES = {
    "fr": r"(?<!\w)(?:la|cette|notre|sa|de la|a la) capitale(?!\w)",
    "en": r"(?<!\w)(?:the|this|our|its) capital(?:'s)?(?!\w)",
    "vi": r"(?<!\w)thủ đô(?!\w)",
}
PARTNER_REFERENCES = {
    "fr": r"(?<!\w)(?:la|sa|leur|notre|de la|a la) (?:ville|province|localite|prefecture|region) "
          r"(?:partenaire|amie|jumelle|soeur|sour)(?!\w)",
    "en": r"(?<!\w)(?:the|its|their|our) (?:partner|friend|twin|sister|twinned) "
          r"(?:province|city|locality|prefecture|region|state)(?:'s)?(?!\w)",
    "vi": r"(?<!\w)(?:tỉnh|thành phố|địa phương|tp\.?) (?:bạn|kết nghĩa|đối tác)(?!\w)",
}
PAIR_REFERENCES = {
    "fr": r"(?<!\w)(?:les|des|ces|leurs|aux) deux (?:localites|provinces|villes|prefectures|regions|capitales)(?!\w)",
    "en": r"(?<!\w)(?:the|both|these|their) (?:two localities|two provinces|two cities|two prefectures|two capitals|"
          r"localities|provinces|cities|prefectures|capitals)(?!\w)",
    "vi": r"(?<!\w)hai (?:địa phương|tỉnh|thành phố|thủ đô)(?!\w)",
}
# The capital of each country, folded, for "the capital".
CAPITALS = {"VN": "hanoi"}


_REF_TABLES = (("home", HOME_REFERENCES), ("adj", ADJECTIVE_REFERENCES), ("capital", CAPITAL_REFERENCES),
               ("partner", PARTNER_REFERENCES), ("pair", PAIR_REFERENCES))
_PROVINCE_WORD = re.compile(r"provinc|tỉnh")
_PROVINCE_KINDS = frozenset({"province", "prefecture", "region", "state", "oblast"})
_NAME_AFTER = re.compile(r"[ \u00a0]*(?:de |d'|d’|of |du )?[ \u00a0]*(?=\w)")
# Kinds of place that are a part of a locality, not one: what happens there is its
# province's, and it is never a party to a tie between localities.
SUBPLACE_KINDS = frozenset({"zone", "district", "town", "island", "park", "gate", "quarter", "ward", "commune"})
# Words that say what kind of unit a name is, dropped when an ``admin`` name is compared.
_KIND_WORDS = re.compile(r"\b(?:province|prefecture|oblast|region|state|city|municipality|county|district|"
                         r"special region|autonomous region|capital)\b")


def _unit_name(name: str) -> str:
    return " ".join(_KIND_WORDS.sub(" ", fold_keep(name).replace("-", " ")).split())


@dataclass(frozen=True, slots=True)
class Ref:
    """A phrase standing for a locality: ``kind`` is home, partner or pair (both); ``key``
    is the locality a home reference stands for."""
    start: int
    end: int
    kind: str
    key: str | None = None


class DocView:
    """What the extractors look up sentence by sentence, computed once per document:
    the folded text, the mentions and country cues sorted for range queries, the dates
    and numbers of the body (read once, shared by both extractors), the references to
    localities that do not name them, and the headline with the places it names."""

    __slots__ = ("ctx", "text", "low", "lower", "mentions", "m_starts", "cues", "c_starts", "home_country",
                 "lang", "_runs", "_dates", "_d_starts", "_numbers", "_n_starts", "_key", "_refs", "_r_starts",
                 "_ref_hits", "title", "_owners", "_units", "_foreign", "memo")

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.lang = ctx.lang if ctx.lang in HOME_REFERENCES else "en"
        self.low = fold_keep(ctx.text)
        self.lower = ctx.text.lower() if self.lang == "vi" else self.low
        mentions = [m for m in ctx.mentions if m.place_key in ctx.places]
        self.title = title_span(ctx)
        if self.title is not None:
            mentions += _title_mentions(ctx, self.low, self.title)
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.m_starts = [m.start for m in self.mentions]
        self.cues = sorted(ctx.country_cues, key=lambda c: c.start)
        self.c_starts = [c.start for c in self.cues]
        home = ctx.places.get(ctx.home) if ctx.home else None
        self.home_country = home.country if home else "VN"
        self._runs: list[list[tuple[int, int]]] | None = None
        self._dates: list[DateMatch] | None = None
        self._numbers: list[NumberMatch] | None = None
        self._refs: list[Ref] | None = None
        self._ref_hits: list[list[tuple[int, int, str]]] | None = None
        self._owners: dict[str, str] | None = None
        self._units: dict[tuple[str, bool], str] = {}
        self._foreign: Tally | None = None
        self.memo: dict = {}  # what an extractor computes once per document
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

    def _digit_runs(self) -> list[list[tuple[int, int]]]:
        """The runs of digits of each body region, read once for dates and numbers."""
        if self._runs is None:
            self._runs = [digit_runs(self.low, r.start, r.end) for r in self.ctx.body]  # more often ASCII
        return self._runs

    def dates_in(self, start: int, end: int) -> list[DateMatch]:
        if self._dates is None:
            self._dates = [d for r, runs in zip(self.ctx.body, self._digit_runs())
                           for d in find_dates(self.text, r.start, r.end, self.ctx.lang, self.ctx.year, folded=self.low,
                                               runs=runs)]
            self._d_starts = [d.start for d in self._dates]
        return self._dates[bisect_left(self._d_starts, start):bisect_left(self._d_starts, end)]

    def numbers_in(self, start: int, end: int) -> list[NumberMatch]:
        if self._numbers is None:
            self._numbers = []
            for r, runs in zip(self.ctx.body, self._digit_runs()):
                dates = self.dates_in(r.start, r.end)
                self._numbers += find_numbers(self.text, r.start, r.end, self.ctx.lang, folded=self.low,
                                              doc_year=self.ctx.year, dates=dates, runs=runs)
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

    def kind(self, key: str | None) -> str | None:
        place = self.ctx.places.get(key) if key else None
        return place.kind if place else None

    def unit(self, key: str, near: bool = False) -> str:
        """The locality that stands for place ``key``: a zone, district, town or island
        whose province the article names (or is about) stands for that province; a city
        stands for its province only when ``near`` says the province is named with it
        ("Ha Long, Quang Ninh"). Otherwise the place itself."""
        memo = self._units.get((key, near))
        if memo is not None:
            return memo
        out = key
        place = self.ctx.places.get(key)
        if place is not None and place.admin:
            owner = self._owner(place.admin)
            if owner and owner != key and (place.kind in SUBPLACE_KINDS or near):
                out = owner
        self._units[(key, near)] = out
        return out

    def owner(self, key: str) -> str | None:
        """The locality in play that contains place ``key`` (its ``admin``), if any."""
        place = self.ctx.places.get(key)
        if place is None or not place.admin:
            return None
        owner = self._owner(place.admin)
        return owner if owner != key else None

    def is_subplace(self, key: str | None) -> bool:
        """A part of a locality (zone, district, town, island...) rather than a locality."""
        place = self.ctx.places.get(key) if key else None
        return place is not None and place.kind in SUBPLACE_KINDS

    def _owner(self, admin: str) -> str | None:
        if self._owners is None:
            # Localities in play by name: the home first, then the places the article
            # names; a former province also answers to its successor's name ("Hội An" lies
            # in Da Nang since 2025, and in Quảng Nam for an article about Quảng Nam).
            owners: dict[str, str] = {}
            home = self.ctx.home
            keys = ([home] if home in self.ctx.places else []) + [k for k in self.ctx.places if k != home]
            for k in keys:
                owners.setdefault(_unit_name(self.ctx.places[k].name), k)
            for k in keys:
                successor = self.ctx.places[k].successor
                if successor and successor not in self.ctx.places:
                    owners.setdefault(successor.split(":", 1)[-1].replace("-", " "), k)
            self._owners = owners
        return self._owners.get(_unit_name(admin))

    def refs(self, start: int, end: int) -> list[Ref]:
        """Phrases in [start, end) that stand for a locality without naming it."""
        if not self.ctx.home:
            return []
        if self._refs is None:
            self._refs = []
            home = self.ctx.places.get(self.ctx.home)
            capital = home is not None and CAPITALS.get(home.country) == _unit_name(home.name).replace(" ", "")
            # "The province" in an article whose home is a city of that province is the province.
            province = self.owner(self.ctx.home) if home is not None and home.kind not in _PROVINCE_KINDS else None
            last_end = -1
            for i, r in enumerate(self.ctx.body):
                hits = self._ref_hits[i] if self._ref_hits is not None else \
                    _refs_spotter(self.lang).find(self.lower, r.start, r.end)
                for a, b, kind in hits:
                    if a < last_end:
                        continue  # "de la ville" and "la ville": one reference
                    after = _NAME_AFTER.match(self.text, b)
                    if kind != "adj" and after and after.end() < len(self.text) and self.text[after.end()].isupper():
                        continue
                    if kind == "capital" and (not capital or self._foreign_cue_at(after.end() if after else b)):
                        continue  # "la capitale russe" is Moscow
                    key = None
                    if kind in ("home", "adj", "capital"):
                        kind = "home"
                        key = province if province and _PROVINCE_WORD.search(self.lower, a, b) else self.ctx.home
                    self._refs.append(Ref(a, b, kind, key))
                    last_end = b
            self._r_starts = [ref.start for ref in self._refs]
        return self._refs[bisect_left(self._r_starts, start):bisect_left(self._r_starts, end)]

    def body_hits(self, spotter: "Spotter") -> list[list[tuple[int, int, str]]]:
        """What ``spotter`` finds in each body region of the folded text. When it is a
        union holding the reference patterns (``refs_spotter``), the references are read
        from its hits later: one pass over the article serves both."""
        per_region = [spotter.find(self.lower, r.start, r.end) for r in self.ctx.body]
        ref_spot = _refs_spotter(self.lang)
        if self._refs is None and any(part is ref_spot for part in spotter.parts):
            self._ref_hits = [[h for h in hits if h[2] in ref_spot.names] for hits in per_region]
        return per_region

    def _foreign_cue_at(self, pos: int) -> bool:
        cues = self.cues_in(pos, pos + 1)
        return bool(cues) and cues[0].country != self.home_country

    def home_refs(self, start: int, end: int) -> list[Ref]:
        """References in [start, end) to the home locality alone."""
        return [r for r in self.refs(start, end) if r.kind == "home"]

    def partner_locality(self, pos: int) -> str | None:
        """The foreign locality "the partner province" or "the two localities" stands for:
        the one named most before ``pos``, else the one named most in the article."""
        if self._foreign is None:
            self._foreign = Tally([(m.start, m.place_key) for m in self.mentions
                                   if self.country(m.place_key) not in (None, self.home_country)
                                   and not self.is_subplace(m.place_key)])
        return self._foreign.best(pos) or self._foreign.best(len(self.text))

    def same_paragraph(self, a: int, b: int) -> bool:
        """No blank line between offsets a < b."""
        gap = self.text[a:b]
        return "\n\n" not in gap and "\n\r\n" not in gap and "\n \n" not in gap


class Tally:
    """Counts of keys seen before a position, for questions asked in text order ("the one
    named most so far"): each call moves on from the last, so a pass over an article
    costs one count per item, not one per item per question."""

    def __init__(self, items: list[tuple[int, str]]) -> None:
        self.items = sorted(items)
        self.counts: dict[str, int] = {}
        self.first: dict[str, int] = {}
        self.done = 0

    def counts_before(self, pos: int) -> dict[str, int]:
        if self.done and self.items[self.done - 1][0] >= pos:
            self.counts, self.first, self.done = {}, {}, 0  # asked about an earlier point: start over
        items = self.items
        while self.done < len(items) and items[self.done][0] < pos:
            at, key = items[self.done]
            self.counts[key] = self.counts.get(key, 0) + 1
            self.first.setdefault(key, at)
            self.done += 1
        return self.counts

    def best(self, pos: int) -> str | None:
        """The key counted most before ``pos``, the first seen among equals."""
        counts = self.counts_before(pos)
        if not counts:
            return None
        return max(counts, key=lambda k: (counts[k], -self.first[k]))


def title_span(ctx) -> Span | None:
    """The headline's span, as the header parser found it."""
    return ctx.title


def _same_unit(ctx, key: str) -> str:
    """The home locality for a unit merged into it or that it was merged into ("Huế" in
    the headline of an article about Thừa Thiên Huế), else ``key``."""
    home = ctx.home
    if home and key != home and home in ctx.places and key in ctx.places:
        if ctx.places[home].successor == key or ctx.places[key].successor == home:
            return home
    return key


def _title_mentions(ctx, low: str, title: Span) -> list[Mention]:
    """The article's places as the headline names them: the places finder reads only the
    body, and a headline names what the body names, so the surface forms found there
    (folded) are looked for in the headline, the longest first."""
    forms: dict[str, list[str]] = {}
    for key, place in ctx.places.items():
        for form in {place.name, *place.aliases}:
            folded = fold_keep(form)
            if len(folded) >= 3:
                forms.setdefault(folded, []).append(key)
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        counts[m.place_key] = counts.get(m.place_key, 0) + 1
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        at = low.find(form, title.start, title.end)
        while at >= 0:
            end = at + len(form)
            if (at == title.start or not low[at - 1].isalnum()) and (end >= title.end or not low[end].isalnum()) \
                    and not any(a < end and at < b for a, b in taken):
                key = max(forms[form], key=lambda k: counts.get(k, 0))
                found.append(Mention(at, end, _same_unit(ctx, key)))
                taken.append((at, end))
            at = low.find(form, end, title.end)
    return found


_LAST: DocView | None = None
_REF_SPOTTERS: dict[str, "Spotter"] = {}


def refs_spotter(lang: str) -> "Spotter":
    """The spotter of the phrases that stand for a locality (``DocView.refs``), per language."""
    return _refs_spotter(lang)


def _refs_spotter(lang: str) -> "Spotter":
    spot = _REF_SPOTTERS.get(lang)
    if spot is None:
        spot = _REF_SPOTTERS[lang] = Spotter({kind: table[lang] for kind, table in _REF_TABLES if lang in table})
    return spot


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
        heads: dict[str, list[tuple[str, re.Pattern, int]]] = {}
        for name, pattern in patterns.items():
            for alt in _alternatives(pattern):
                head = _literal_head(alt)
                if not head or (len(head) < 2 and head[0].isalnum()):
                    raise ValueError(f"{name}: {alt!r} does not start with a literal")
                rx = re.compile(alt + (r"(?!\w)" if words else ""))
                # An alternative that is its head alone ("with", "between") matches where the
                # head is found, if a word ends there: that is tested without the regex.
                literal = _ZERO_WIDTH.match(alt) is None and _head_end(alt) == len(alt)
                how = (_WORD_END if words else _ANYWHERE) if literal else _REGEX
                heads.setdefault(head, []).append((name, rx, how))
        self._build(heads, {name for name in patterns}, (self,))

    def _build(self, heads: dict[str, list[tuple[str, re.Pattern, int]]], names: set[str],
               parts: tuple["Spotter", ...]) -> None:
        self.heads = heads
        self.names = frozenset(names)
        self.parts = parts  # the spotters whose work this one does
        self.auto = ahocorasick.Automaton()
        for head, items in heads.items():
            # What a hit needs, stored with the head: where the head starts relative to
            # where the automaton reports its end, and whether it must start a word.
            self.auto.add_word(head, (1 - len(head), head[0].isalnum() or head[0] == "_", tuple(items)))
        self.auto.make_automaton()

    @classmethod
    def union(cls, *spotters: "Spotter") -> "Spotter":
        """One spotter doing the work of several in one pass over a text: its hits named
        after one of them are exactly what that one finds (their names must differ)."""
        heads: dict[str, list[tuple[str, re.Pattern, int]]] = {}
        names: set[str] = set()
        for spot in spotters:
            if names & spot.names:
                raise ValueError(f"patterns named alike: {sorted(names & spot.names)}")
            names |= spot.names
            for head, items in spot.heads.items():
                heads.setdefault(head, []).extend(items)
        out = cls.__new__(cls)
        out._build(heads, names, tuple(part for spot in spotters for part in spot.parts))
        return out

    def heads_in(self, text: str, start: int, end: int) -> set[str]:
        """The names of the patterns whose first letters (a head) occur in text[start:end]:
        none of the others can match there. A cheap test, before a regex search."""
        return {name for _, (_, _, items) in self.auto.iter(text[start:end]) for name, _, _ in items}

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, name) of every match in text[start:end], by start."""
        end = len(text) if end is None else end
        out = []
        append = out.append
        # The automaton reads a slice: given the whole text and a range, it would convert
        # the whole text on every call, which a long article asked about many short
        # stretches pays quadratically. The patterns still match in the whole text, so
        # what precedes the stretch is seen by their look-behinds.
        for last, (offset, wordy, items) in self.auto.iter(text[start:end]):
            s = start + last + offset
            if wordy and s > 0:
                before = text[s - 1]
                if before.isalnum() or before == "_":
                    continue
            for name, rx, how in items:
                if how == _REGEX:
                    m = rx.match(text, s, end)
                    if m:
                        append((s, m.end(), name))
                    continue
                e = s + 1 - offset  # the end of the head
                if how == _WORD_END and e < end and (text[e].isalnum() or text[e] == "_"):
                    continue  # what (?!\w) says
                append((s, e, name))
        out.sort()
        return out


# How an item of a Spotter is matched where its head is found.
_REGEX, _WORD_END, _ANYWHERE = 0, 1, 2


_ZERO_WIDTH = re.compile(r"\(\?<?[!=](?:[^()\\]|\\.)*\)|\\b")


def _alternatives(pattern: str) -> list[str]:
    """Top-level alternatives, with the group that opens or follows the literal head
    distributed, so that each alternative starts with a longer literal and the automaton
    reports fewer heads in vain: "(?:les|ces) deux x" -> ["les deux x", "ces deux x"],
    "the (?:city|province)" -> ["the city", "the province"]."""
    out = []
    for alt in _split_top(pattern):
        lead = ""
        m = _ZERO_WIDTH.match(alt)
        while m:  # keep leading look-arounds in front of every expansion
            lead += m.group(0)
            alt = alt[m.end():]
            m = _ZERO_WIDTH.match(alt)
        at = _head_end(alt)
        if alt.startswith("(?:", at):
            close = _closing(alt, at)
            rest = alt[close + 1:]
            subs = _alternatives(alt[at + 3:close])
            if (not rest[:1] or rest[0] not in "?*+{") and len(subs) <= MAX_EXPANSION:
                out += [a for sub in subs for a in _alternatives(lead + alt[:at] + sub + rest)]
                continue
            if at == 0 and rest[:1] == "?" and rest[1:2] not in ("?", "+") and len(subs) < MAX_EXPANSION:
                # An optional group opens it: "(?:the )?island of" -> ["the island of", "island of"].
                out += [a for sub in subs for a in _alternatives(lead + sub + rest[1:])]
                out += _alternatives(lead + rest[1:])
                continue
        out.append(lead + alt)
    return out


# How many alternatives a group may expand into before it is left to the regex.
MAX_EXPANSION = 40


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


def _head_end(alt: str) -> int:
    """Where the fixed text an alternative starts with ends (no leading look-arounds)."""
    i = 0
    while i < len(alt):
        ch = alt[i]
        if ch == "\\" and i + 1 < len(alt) and not alt[i + 1].isalnum():
            step = 2
        elif ch in "()[]{}?*+|.^$\\":
            break
        else:
            step = 1
        if i + step < len(alt) and alt[i + step] in "?*{":
            break  # optional: not part of the fixed head
        i += step
    return i


def _literal_head(alt: str) -> str:
    """The fixed text an alternative starts with, after its leading look-arounds."""
    m = _ZERO_WIDTH.match(alt)
    while m:
        alt = alt[m.end():]
        m = _ZERO_WIDTH.match(alt)
    end = _head_end(alt)
    return re.sub(r"\\(.)", r"\1", alt[:end])
