"""Dates as news text writes them, in French, English and Vietnamese.

``find_dates`` returns every date expression in a stretch of text with the most
precise value the text supports (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``). A day or
month written without a year ("le 17 octobre", "November 17", "ngày 17/11") takes
the document's year; without one it is not a date we can place and is dropped.
Each match says how its year was introduced (``marker``), because callers care:
"in 2019" dates a figure, "since 2010" does not, and a bare "2023" inside
"Festival Hokkaido 2023" is a name more than a date.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from loaders import textfold

# Month names per language, folded (no accents, lower case), with the abbreviations
# wire copy uses. Vietnamese writes months as numbers ("tháng 11").
MONTHS = {
    "fr": {"janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
           "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9,
           "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12, "dec": 12},
    "en": {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
           "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
           "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
           "dec": 12},
}
# Words that introduce a year, and what they say about it (folded).
YEAR_MARKERS = {
    "fr": {"en": "in", "courant": "in", "annee": "in", "de": "in", "du": "in", "fin": "in", "debut": "in",
           "mi-": "in", "depuis": "since", "des": "since", "a partir de": "since", "d'ici": "by",
           "jusqu'en": "by", "avant": "by", "apres": "since", "d'ici a": "by", "vers": "in"},
    "en": {"in": "in", "of": "in", "during": "in", "early": "in", "late": "in", "mid": "in", "mid-": "in",
           "end of": "in", "since": "since", "from": "since", "after": "since", "by": "by", "until": "by",
           "till": "by", "before": "by", "through": "by", "to": "by"},
    "vi": {"nam": "in", "vao nam": "in", "trong nam": "in", "dau nam": "in", "cuoi nam": "in",
           "giua nam": "in", "tu nam": "since", "tu": "since", "ke tu nam": "since", "den nam": "by",
           "toi nam": "by", "truoc nam": "by", "den": "by"},
}
# Years said relative to the document's own (folded): "last year", "l'an dernier", "năm ngoái".
RELATIVE_YEARS = {
    "last year": -1, "the previous year": -1, "the past year": -1, "this year": 0, "of the year": 0,
    "next year": 1, "l'an dernier": -1, "l'annee derniere": -1, "l'an passe": -1, "l'annee passee": -1,
    "cette annee": 0, "de l'annee": 0, "l'annee prochaine": 1, "nam ngoai": -1, "nam nay": 0, "nam toi": 1,
    "nam sau": 1,
}
WEEKDAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

def _fold_table() -> str:
    # textfold's own fold, character by character, so both agree on what a letter folds
    # to; as a string indexed by code point, which str.translate reads fastest. A
    # character whose fold is not one character keeps its place: the first letter of its
    # fold ("œ" -> "o"), or itself when folding drops it (combining marks, soft hyphens).
    points = [*range(0x2100), 0x3000, 0xFEFF, *range(0xFF01, 0xFF5F)]
    table = [chr(cp) for cp in range(points[-1] + 1)]
    for cp in points:
        folded = textfold.fold(chr(cp))
        if folded:
            table[cp] = folded[0]
    return "".join(table)


_FOLD_STR = _fold_table()
# str.translate reads a text that is not ASCII character by character, in Python
# objects; bytes.translate is a table lookup per byte. So a text is folded as Latin-1
# bytes, once each character beyond Latin-1 is replaced by its fold, which for the
# letters with diacritics (Vietnamese ones too) and the typographic quotes and dashes
# is a Latin-1 character that folds to itself.
_LATIN1_FOLD = bytes.maketrans(bytes(range(256)), _FOLD_STR[:256].encode("latin-1"))
_INTO_LATIN1 = {chr(cp): _FOLD_STR[cp] for cp in range(256, len(_FOLD_STR))
                if _FOLD_STR[cp] < "\u0100" and _FOLD_STR[ord(_FOLD_STR[cp])] == _FOLD_STR[cp]}
_BEYOND_LATIN1 = re.compile("[^\x00-\xff]")
# Each distinct character replaced costs a pass over the text: past this many, the text
# is translated character by character.
_MAX_REPLACED = 64


def fold_keep(text: str) -> str:
    """``textfold.fold`` that keeps the length: one character per character, so offsets
    in the folded copy are offsets in the original."""
    if text.isascii():
        return text.lower()
    pos = 0
    for _ in range(_MAX_REPLACED):
        m = _BEYOND_LATIN1.search(text, pos)
        if m is None:
            return text.encode("latin-1").translate(_LATIN1_FOLD).decode("latin-1")
        fold = _INTO_LATIN1.get(m.group())
        if fold is None:
            break
        # Exact: what replaced a character is its fold, which the translation keeps.
        text = text.replace(m.group(), fold)
        pos = m.start()
    return text.translate(_FOLD_STR)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    value: str          # YYYY, YYYY-MM or YYYY-MM-DD
    marker: str         # date (a day or month), or how a lone year came: in / since / by / paren / bare
    year_stated: bool   # False when the year came from the document

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def precision(self) -> int:
        return len(self.value)


def _alts(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_FR_MONTH = _alts(MONTHS["fr"])
_EN_MONTH = _alts(MONTHS["en"])
_ALL_MONTHS = {**MONTHS["fr"], **MONTHS["en"]}
_ANY_MONTH = _alts(_ALL_MONTHS)
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_MARKER_KIND = {**YEAR_MARKERS["fr"], **YEAR_MARKERS["en"], **YEAR_MARKERS["vi"]}
_MARKER_WORDS = _alts(_MARKER_KIND)
_REL = _alts(RELATIVE_YEARS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"

# All patterns run on the folded text, so accents and case do not matter.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(rf"(?<![\d.,/-])(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>[0-3]\d))?(?![\d/]|-\d)")),
    ("dmy", re.compile(rf"(?<![\d.,/-])(?P<d>{_DAY})(?P<sep>[/.-])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<y>{_YEAR})(?![\d.,/-]\d|\d)")),
    # Month first only when the day cannot be a month (US style "10/29/2014").
    ("mdy", re.compile(rf"(?<![\d.,/-])(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>{_YEAR})(?![\d/])")),
    # "ngày 17/11", "le 17/11", "on 17/11": a day and month without year need a word before them.
    ("dm", re.compile(rf"(?<!\w)(?:ngay|hom|sang|chieu|toi|trua|dem|le|du|au|on)\s+(?P<d>{_DAY})/(?P<m>0?[1-9]|1[0-2])(?![\d/])")),
    ("vi_dmy", re.compile(rf"(?<!\w)ngay\s+(?P<d>{_DAY})\s+thang\s+(?P<m>0?[1-9]|1[0-2])(?:\s*(?:,\s*)?nam\s+(?P<y>{_YEAR}))?(?!\d)")),
    ("my", re.compile(rf"(?<!\w)thang\s+(?P<m>0?[1-9]|1[0-2])\s*(?:/|-|nam)\s*(?P<y>{_YEAR})(?!\d)")),
    ("vi_m", re.compile(r"(?<!\w)thang\s+(?P<m>0?[1-9]|1[0-2])(?![\d/])")),
    # "17 novembre 2023", "le 1er juin", "les 16 et 17 novembre", "du 15 au 18 octobre", "17 November 2023"
    ("d_month", re.compile(rf"(?<![\w-])(?:{WEEKDAYS},?\s+)?(?P<d>{_DAY})(?:er|re|st|nd|rd|th)?"
                           rf"(?:\s*(?:et|au|-|and|to)\s*{_DAY}(?:er|st|nd|rd|th)?)?\s+(?:of\s+)?(?P<mon>{_ANY_MONTH})\.?"
                           rf"(?:,?\s+(?P<y>{_YEAR}))?(?![\w])")),
    # "November 17, 2023", "Oct 16, 2024", "Nov. 17"
    ("month_d", re.compile(rf"(?<![\w-])(?P<mon>{_EN_MONTH})\.?\s+(?P<d>{_DAY})(?:st|nd|rd|th)?(?![\d:])"
                           rf"(?:\s*[-–]\s*{_DAY})?(?:,?\s+(?P<y>{_YEAR}))?(?![\w])")),
    # "juillet 2024", "October 2014", "en juillet"
    ("month_y", re.compile(rf"(?<![\w-])(?P<mon>{_ANY_MONTH})\.?,?\s+(?P<y>{_YEAR})(?!\d)")),
    ("month_rel", re.compile(rf"(?<![\w-])(?:(?:en|in)\s+)?(?P<mon>{_ANY_MONTH})\.?,?\s+(?:of\s+)?(?P<rel>{_REL})(?!\w)")),
    ("in_month", re.compile(rf"(?<!\w)(?:en|in|au mois de|courant|debut|fin|mi-|early|late|mid-?)\s*(?P<mon>{_ANY_MONTH})(?![\w])")),
    # "quý II/2024", "Q3/2024", "Q1-2025": a quarter gives its year.
    ("quarter", re.compile(rf"(?<!\w)(?:quy|q)\s*(?:iv|i{{1,3}}|[1-4])\s*[/-]\s*(?:nam\s+)?(?P<y>{_YEAR})(?!\d)")),
    ("paren", re.compile(rf"\((?:(?:in|en|nam|since|depuis|tu nam)\s+)?(?P<y>{_YEAR})\)")),
    ("marked", re.compile(rf"(?<![\w-])(?P<w>{_MARKER_WORDS})\s*(?:the\s+(?:year\s+)?|l'annee\s+)?"
                          rf"(?P<y>{_YEAR})(?![\d,.]\d|\d|-\d)")),
    ("rel", re.compile(rf"(?<![\w-])(?<!\d )(?P<rel>{_REL})(?!\w)")),
    ("bare", re.compile(rf"(?<![\w.,/-]){_YEAR}(?![\w/]|[.,]\d)")),
]
# Ambiguous English month words are dates only when capitalised in the original.
# Markers that also introduce amounts ("plus de 2000", "a total of 2000").
_WEAK_MARKERS = {"de", "du", "des", "of", "to", "from"}
_AMOUNT_BEFORE = re.compile(r"(?<!\w)(?:plus|moins|pres|autour|total|nombre|number|more|less|up|hon|tren)\s*\Z")
_CASE_SENSITIVE = {"may", "march", "mar", "jan", "dec", "sep", "aug", "oct", "nov"}
# Folded Vietnamese month word; "thắng" (to win) folds the same way and is not one.
_VI_MONTH_WORDS = ("tháng", "thang")


def _valid(y: int, m: int, d: int) -> bool:
    if not 1 <= m <= 12 or not 1 <= d <= 31:
        return False
    return d <= (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)


def find_dates(text: str, start: int = 0, end: int | None = None, lang: str | None = None,
               doc_year: int | None = None, *, folded: str | None = None,
               runs: list[tuple[int, int]] | None = None) -> list[DateMatch]:
    """Dates in ``text[start:end]``, longest first where two overlap, in text order.

    ``folded`` may be passed when the caller already folded the whole text, and ``runs``
    when it has the runs of digits of the stretch (``digit_runs``)."""
    end = len(text) if end is None else end
    low = folded if folded is not None else fold_keep(text)
    found: list[DateMatch] = []
    taken = bytearray(end - start)  # 1 where a longer date already lies
    windows = _windows(low, start, end, runs)
    if not windows:
        return found

    def free(s: int, e: int) -> bool:
        return taken.find(1, s - start, e - start) < 0

    for kind, pat in _PATTERNS:
        if lang == "vi" and kind in ("d_month", "month_d", "month_y", "in_month", "month_rel"):
            continue
        if lang in ("fr", "en") and kind in ("my", "vi_dmy", "vi_m"):
            continue
        spans = windows.get(_NEEDS[kind])
        if not spans:
            continue
        for m in _matches(kind, pat, low, spans):
            s, e = m.span()
            if not free(s, e):
                continue
            g = m.groupdict()
            if kind in ("my", "vi_m", "vi_dmy"):
                at = low.find("thang", s, e)
                if text[at:at + 5].lower() not in _VI_MONTH_WORDS:
                    continue
            mon_word = g.get("mon")
            if mon_word:
                if mon_word in _CASE_SENSITIVE and not text[m.start("mon")].isupper():
                    continue
                if lang == "fr" and mon_word not in MONTHS["fr"]:
                    continue
                if lang == "en" and mon_word not in MONTHS["en"]:
                    continue
                month = _ALL_MONTHS[mon_word]
            else:
                month = int(g["m"]) if g.get("m") else None
            year = int(g["y"]) if g.get("y") else None
            day = int(g["d"]) if g.get("d") else None
            stated = year is not None
            if g.get("rel"):
                if doc_year is None:
                    continue
                year, stated = doc_year + RELATIVE_YEARS[g["rel"]], True
            if year is None and kind not in ("marked", "bare", "paren", "rel", "quarter"):
                if doc_year is None:
                    continue
                year = doc_year
            if kind == "bare":
                year = int(m.group(0))
            if kind == "marked" and g["w"] in _WEAK_MARKERS and _AMOUNT_BEFORE.search(low, max(0, s - 12), s):
                continue  # "plus de 2000 étudiants" is an amount
            if day is not None and not _valid(year, month, day):
                continue
            if month is not None:
                value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")
                marker = "date"
            else:
                value = f"{year:04d}"
                marker = ("paren" if kind == "paren" else "bare" if kind == "bare" else "in" if kind in ("rel", "quarter")
                          else _MARKER_KIND.get(g["w"], "in"))
            found.append(DateMatch(s, e, value, marker, stated))
            taken[s - start:e - start] = b"\x01" * (e - s)
    found.sort(key=lambda d: d.start)
    return found


# Every date has a year, a day/month with a separator, a month name, a Vietnamese
# month or day word, or a relative year. Each pattern runs only in windows around
# the cue it needs, which keeps the scan of a whole article cheap.
_NEEDS = {"iso": "year", "dmy": "year", "mdy": "year", "dm": "sep", "my": "year", "vi_dmy": "vi", "vi_m": "vi",
          "d_month": "mon", "month_d": "mon", "month_y": "mon", "month_rel": "mon", "in_month": "mon",
          "paren": "year", "marked": "year", "rel": "rel", "bare": "year", "quarter": "year"}
_REACH = 40
_ANY_DIGIT = re.compile(r"\d")
# Written to start with a character class rather than a repeat, which lets the regex
# engine skip to the next digit without trying a match at every position; ASCII text
# (most folded text) has no digits but 0-9, which are tested faster than \d.
_DIGITS = re.compile(r"\d\d*")
_ASCII_DIGITS = re.compile(r"[0-9][0-9]*")


def digit_runs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each run of digits in ``text[start:end]``. Folding keeps every digit
    and makes none, so the runs of the folded text are those of the text: the number
    grammar and the date grammar read one list."""
    digits = _ASCII_DIGITS if text.isascii() else _DIGITS
    return [m.span() for m in digits.finditer(text, start, len(text) if end is None else end)]


# What every match of a pattern holds, a separator or a word: a window without it is
# not searched (the patterns start with look-behinds, so a search tries every position).
_REQUIRED = {"mdy": "//", "dm": "/", "paren": "(", "my": "thang"}


def _may_hold(kind: str, low: str, ws: int, we: int) -> bool:
    """Whether text[ws:we] can hold a match of pattern ``kind``."""
    if kind == "iso":  # "2023-11", "2023-01-05": a month starts with 0 or 1
        return low.find("-0", ws, we) >= 0 or low.find("-1", ws, we) >= 0
    if kind == "dmy":  # "17/11/2023", "17.11.2023": the separator twice, the second before the year
        for sep in "/.-":
            if low.count(sep, ws, we) >= 2 and (low.find(sep + "1", ws, we) >= 0
                                                or low.find(sep + "2", ws, we) >= 0):
                return True
        return False
    need = _REQUIRED.get(kind)
    if need == "//":
        return low.count("/", ws, we) >= 2
    return need is None or low.find(need, ws, we) >= 0


def _automaton():
    auto = ahocorasick.Automaton()
    for word in _ALL_MONTHS:
        auto.add_word(word, (len(word), "mon"))
    for phrase in RELATIVE_YEARS:
        auto.add_word(phrase, (len(phrase), "rel"))
    for word in ("thang", "ngay"):
        auto.add_word(word, (len(word), "vi"))
    auto.make_automaton()
    return auto


_WORDS = _automaton()


# A stretch to search for a kind of date: (start, end, the cues it was opened around).
Window = tuple[int, int, list[tuple[int, int]]]


def _windows(low: str, start: int, end: int,
             runs: list[tuple[int, int]] | None = None) -> dict[str, list[Window]]:
    cues: list[tuple[int, int, str]] = []
    for s, e in digit_runs(low, start, end) if runs is None else runs:
        if e - s == 4 and 1800 <= int(low[s:e]) <= 2100:
            cues.append((s, e, "year"))
        elif e < end - 1 and low[e] in "/.-" and low[e + 1].isdigit():
            cues.append((s, e, "sep"))
    for last, (size, kind) in _WORDS.iter(low, start, end):
        s, e = last + 1 - size, last + 1
        if (s > 0 and low[s - 1].isalpha()) or (e < len(low) and low[e].isalpha()):
            continue
        cues.append((s, e, kind))
    cues.sort()
    out: dict[str, list] = {}  # of [start, end, cues], read as Window
    for s, e, kind in cues:
        spans = out.setdefault(kind, [])
        ws, we = max(start, s - _REACH), min(end, e + _REACH)
        if spans and ws <= spans[-1][1]:
            spans[-1][1] = we
            spans[-1][2].append((s, e))
        else:
            spans.append([ws, we, [(s, e)]])
    return out


def _matches(kind: str, pat: re.Pattern, low: str, spans: list[Window]) -> Iterator[re.Match]:
    """The matches of pattern ``kind`` in its windows, in text order."""
    for ws, we, cues in spans:
        # "bare" and "marked" dates end with a year: a run of four digits that is one of
        # the window's cues, or digits the window's end cuts off (the pattern sees no further).
        if kind == "bare":
            # The year is the whole date: it is tried where a cue starts, and four
            # characters before a window end that cuts digits.
            starts = [s for s, _ in cues]
            if low[we - 1].isdigit() and we - 4 >= ws and starts[-1] != we - 4:
                starts.append(we - 4)
            for s in starts:
                m = pat.match(low, s, we)
                if m:
                    yield m
        elif kind == "marked":
            # It looks two characters past its year: past the last cue's, nothing can match.
            yield from pat.finditer(low, ws, we if low[we - 1].isdigit() else min(we, cues[-1][1] + 2))
        elif _may_hold(kind, low, ws, we):
            yield from pat.finditer(low, ws, we)


def parse_date_phrase(s: str, lang: str | None = None, doc_year: int | None = None) -> str | None:
    """The most precise date in a short phrase ("Published: October 29, 2014",
    "January 11, 2019, 11:25", "Thứ Ba, 29/10/2014 - 11:25", "17 novembre"), or None."""
    if doc_year is None and not _ANY_DIGIT.search(s):
        return None  # without digits, only a date relative to the document's year ("in May")
    best: DateMatch | None = None
    for one in ([lang] if lang else [None]):
        for d in find_dates(s, 0, len(s), one, doc_year):
            if d.marker in ("since", "by"):
                continue
            if best is None or d.precision > best.precision:
                best = d
    return best.value if best else None
